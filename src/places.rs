//! The places file, fetched once at start-up from the address the configuration gives
//! (`/data/places.csv` by default, served next to the app, so a commune replaces it without
//! rebuilding).

use crate::browser::FetchProblem;
use crate::config::Config;
use crate::offline::{fetch_commune_file, Origin};
use leptos::prelude::*;
use pasapas_core::installation::places::{read_places, worth_keeping, PlacesFile, Unreadable};
use std::sync::Arc;

/// Why there are no places to show. People see a calm sentence; agents read this in the log
/// (and, with the agent screen, on screen).
#[derive(Debug, Clone, PartialEq)]
pub enum PlacesProblem {
    /// The file is not there (HTTP status).
    Missing(u16),
    /// The network or the server failed.
    Unreachable(String),
    /// The file cannot be used at all (too large, not CSV, required columns missing).
    Unreadable(Unreadable),
    /// The file was read, but every row was skipped.
    NoUsablePlace,
}

/// The places as the kiosk found them.
#[derive(Debug, Clone)]
pub struct LoadedPlaces {
    /// The places in use, or why there are none.
    pub result: Result<Arc<PlacesFile>, PlacesProblem>,
    /// Where they come from: the server, or the kiosk's last good copy.
    pub origin: Origin,
    /// Why the server's copy is not the one in use, when it is not.
    pub server_problem: Option<PlacesProblem>,
}

/// The places, as the screens read them: `None` while loading.
#[derive(Clone, Copy)]
pub struct Places(LocalResource<Arc<LoadedPlaces>>);

impl Places {
    /// The places in use: `None` while loading.
    pub fn get(&self) -> Option<Result<Arc<PlacesFile>, PlacesProblem>> {
        self.0.get().map(|loaded| loaded.result.clone())
    }

    /// Everything known about the file: `None` while loading.
    pub fn loaded(&self) -> Option<Arc<LoadedPlaces>> {
        self.0.get()
    }
}

/// Starts fetching the places file named by the configuration; call once, in `App`.
pub fn provide_places(config: Config) {
    let resource = LocalResource::new(move || async move {
        let address = config.when_read().await.settings.places_file.clone();
        let loaded = load_places(&address).await;
        match &loaded.result {
            Ok(file) => log::info!(
                "{address}: {} places kept, {} rows skipped, {} not receiving the public ({:?})",
                file.places.len(),
                file.skipped.len(),
                file.not_receiving_public,
                loaded.origin
            ),
            Err(problem) => log::warn!("{address}: {problem:?}"),
        }
        Arc::new(loaded)
    });
    provide_context(Places(resource));
}

async fn load_places(address: &str) -> LoadedPlaces {
    let read = |bytes: &[u8]| read_places(bytes).map(Arc::new);
    let usable =
        |read: &Result<Arc<PlacesFile>, Unreadable>| read.as_ref().is_ok_and(|f| worth_keeping(f));
    let file = fetch_commune_file(address, read, usable).await;
    let server_problem = match &file.server {
        Ok(read) if usable(read) => None,
        Ok(Err(why)) => Some(PlacesProblem::Unreadable(why.clone())),
        Ok(Ok(_)) => Some(PlacesProblem::NoUsablePlace),
        Err(FetchProblem::Status(code)) => Some(PlacesProblem::Missing(*code)),
        Err(FetchProblem::Network(why)) => Some(PlacesProblem::Unreachable(why.clone())),
    };
    let result = match (file.in_use, &server_problem) {
        (Some(read), _) => read.map_err(PlacesProblem::Unreadable),
        (None, Some(problem)) => Err(problem.clone()),
        (None, None) => Err(PlacesProblem::Unreachable(String::new())),
    };
    let server_problem = server_problem.filter(|_| !file.origin.is_server());
    LoadedPlaces {
        result,
        origin: file.origin,
        server_problem,
    }
}

/// The places provided by `App`.
pub fn use_places() -> Places {
    expect_context::<Places>()
}
