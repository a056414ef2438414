//! The places file, fetched once at start-up from the address the configuration gives
//! (`/data/places.csv` by default, served next to the app, so a commune replaces it without
//! rebuilding), and the orientation rules that sort places by need.

use crate::config::{fetch_text, Config, FetchProblem};
use leptos::prelude::*;
use pasapas_core::orientation::Rules;
use pasapas_core::places::{read_places, PlacesFile};
use std::sync::{Arc, LazyLock};

/// The orientation rules, compiled in (`assets/content/orientation.toml`, checked natively).
pub static RULES: LazyLock<Option<Rules>> = LazyLock::new(|| {
    Rules::parse(include_str!("../assets/content/orientation.toml"))
        .map_err(|error| log::error!("orientation.toml left out: {error}"))
        .ok()
});

/// Why there are no places to show. People see a calm sentence; agents read this in the log
/// (and, with the agent screen, on screen).
#[derive(Debug, Clone, PartialEq)]
pub enum PlacesProblem {
    /// The file is not there (HTTP status).
    Missing(u16),
    /// The network or the server failed.
    Unreachable(String),
    /// The file cannot be used at all (not CSV, required columns missing).
    Unreadable(String),
}

/// The places, as the screens read them: `None` while loading.
#[derive(Clone, Copy)]
pub struct Places(pub LocalResource<Result<Arc<PlacesFile>, PlacesProblem>>);

/// Starts fetching the places file named by the configuration; call once, in `App`.
pub fn provide_places(config: Config) {
    let resource = LocalResource::new(move || async move {
        let address = config.0.await.settings.places_file.clone();
        let result = fetch_places(&address).await;
        match &result {
            Ok(file) => log::info!(
                "{address}: {} places kept, {} rows skipped, {} not receiving the public",
                file.places.len(),
                file.skipped.len(),
                file.not_receiving_public
            ),
            Err(problem) => log::warn!("{address}: {problem:?}"),
        }
        result
    });
    provide_context(Places(resource));
}

async fn fetch_places(address: &str) -> Result<Arc<PlacesFile>, PlacesProblem> {
    let text = fetch_text(address).await.map_err(|problem| match problem {
        FetchProblem::Status(code) => PlacesProblem::Missing(code),
        FetchProblem::Network(why) => PlacesProblem::Unreachable(why),
    })?;
    read_places(&text)
        .map(Arc::new)
        .map_err(PlacesProblem::Unreadable)
}

/// The places provided by `App`.
pub fn use_places() -> Places {
    expect_context::<Places>()
}

/// The kiosk's local time, as the opening hours need it.
pub fn local_now() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|d| d.and_hms_opt(now.get_hours(), now.get_minutes(), 0))
    .unwrap_or_default()
}

/// The best places for one kind of help: those that fit, ranked (open, near the kiosk's
/// coordinates when configured, free, reachable),
/// then those with a support or a public the person needs first. At most `limit`.
pub fn best_places(
    file: &PlacesFile,
    card: &pasapas_core::orientation::Card,
    preferred: &[String],
    kiosk_at: Option<(f64, f64)>,
    limit: usize,
) -> Vec<pasapas_core::places::Place> {
    let now = local_now();
    let mut ranked: Vec<_> =
        pasapas_core::places::rank(&file.places, |p| card.fits(p), kiosk_at, now, usize::MAX)
            .into_iter()
            .cloned()
            .collect();
    // A stable sort: the ranking is kept among places with (or without) the support.
    ranked.sort_by_key(|p| {
        !p.supports
            .iter()
            .chain(&p.publics)
            .any(|s| preferred.contains(s))
    });
    ranked.truncate(limit);
    ranked
}
