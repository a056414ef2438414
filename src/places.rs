//! The places file, fetched once at start-up from `/data/places.csv` (served next to the app, so
//! a commune replaces it without rebuilding), and the orientation rules that sort places by need.

use leptos::prelude::*;
use pasapas_core::orientation::Rules;
use pasapas_core::places::{read_places, PlacesFile};
use std::sync::{Arc, LazyLock};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the kiosk finds its places file.
pub const PLACES_URL: &str = "/data/places.csv";

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

/// Starts fetching the places file; call once, in `App`.
pub fn provide_places() {
    let resource = LocalResource::new(|| async {
        let result = fetch_places().await;
        match &result {
            Ok(file) => log::info!(
                "{PLACES_URL}: {} places kept, {} rows skipped, {} not receiving the public",
                file.places.len(),
                file.skipped.len(),
                file.not_receiving_public
            ),
            Err(problem) => log::warn!("{PLACES_URL}: {problem:?}"),
        }
        result
    });
    provide_context(Places(resource));
}

async fn fetch_places() -> Result<Arc<PlacesFile>, PlacesProblem> {
    let init = web_sys::RequestInit::new();
    // Always the commune's current file, not a cached copy.
    init.set_cache(web_sys::RequestCache::NoCache);
    let promise = window().fetch_with_str_and_init(PLACES_URL, &init);
    let response = JsFuture::from(promise)
        .await
        .map_err(|e| PlacesProblem::Unreachable(format!("{e:?}")))?
        .dyn_into::<web_sys::Response>()
        .map_err(|e| PlacesProblem::Unreachable(format!("{e:?}")))?;
    if !response.ok() {
        return Err(PlacesProblem::Missing(response.status()));
    }
    let text = response
        .text()
        .map_err(|e| PlacesProblem::Unreachable(format!("{e:?}")))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| PlacesProblem::Unreachable(format!("{e:?}")))?
        .as_string()
        .unwrap_or_default();
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

/// The best places for one kind of help: those that fit, ranked (open, near, free, reachable),
/// then those with a support or a public the person needs first. At most `limit`.
pub fn best_places(
    file: &PlacesFile,
    card: &pasapas_core::orientation::Card,
    preferred: &[String],
    limit: usize,
) -> Vec<pasapas_core::places::Place> {
    let now = local_now();
    let mut ranked: Vec<_> =
        pasapas_core::places::rank(&file.places, |p| card.fits(p), None, now, usize::MAX)
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
