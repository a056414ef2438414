//! The places file, fetched when the browser is first idle after the start, from the address the
//! configuration gives (`/data/places.csv` by default, served next to the app, so a commune
//! replaces it without rebuilding), and read by the places reader, a web worker of its own
//! (`src/bin/pasapas-places.rs`): the CSV reader and the `opening_hours` parser stay out of the
//! pages' wasm, and reading never holds up a tap. The reader works out each place's open times
//! for the days ahead (`Timetable`); the kiosk asks it again when the day changes.

use crate::browser::{local_now, FetchProblem};
use crate::config::Config;
use crate::offline::{fetch_commune_file, Origin};
use chrono::NaiveDate;
use leptos::prelude::*;
use pasapas_core::installation::places::{
    decode_places_read, worth_keeping, PlacesFile, PlacesRead, Unreadable,
};
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The places reader's script, as trunk names it (`data-loader-shim` in `index.html`): at the
/// site's root, for both pages.
const READER: &str = "/pasapas-places_loader.js";

/// How long the reader may take to start and read: a 2 MB file on a slow kiosk PC, with room.
const READER_MS: i32 = 30_000;

#[wasm_bindgen(inline_js = r#"
export function read_in_worker(address, view, day, ms) {
  // A view into the wasm's memory, which a later allocation may replace: copied at once.
  const bytes = view.slice();
  return new Promise((resolve, reject) => {
    let worker;
    try {
      worker = new Worker(address, { type: "module" });
    } catch (error) {
      reject(`the places reader could not start: ${error}`);
      return;
    }
    const end = () => { clearTimeout(timer); worker.terminate(); };
    const timer = setTimeout(() => {
      end();
      reject(`the places reader did not answer within ${ms} ms`);
    }, ms);
    worker.onerror = (event) => {
      end();
      reject(`the places reader failed: ${event.message || address + " did not load"}`);
    };
    worker.onmessage = (event) => {
      // Its first word says its wasm runs: a job sent before would be lost.
      if (event.data === "ready") {
        worker.postMessage([bytes, day]);
        return;
      }
      end();
      if (event.data instanceof Uint8Array) resolve(event.data);
      else reject(`the places reader could not answer: ${event.data}`);
    };
  });
}
"#)]
extern "C" {
    fn read_in_worker(address: &str, bytes: &[u8], day: &str, ms: i32) -> js_sys::Promise;
}

/// What the places reader made of `bytes`, with timetables from `day`.
async fn read_in_reader(bytes: &[u8], day: NaiveDate) -> Result<Arc<PlacesFile>, PlacesProblem> {
    let day = day.to_string();
    let answer = JsFuture::from(read_in_worker(READER, bytes, &day, READER_MS))
        .await
        .map_err(|why| PlacesProblem::ReaderFailed(why.as_string().unwrap_or_default()))?;
    let answer = js_sys::Uint8Array::new(&answer).to_vec();
    let read: PlacesRead = decode_places_read(&answer)
        .map_err(|why| PlacesProblem::ReaderFailed(format!("its answer does not read: {why}")))?;
    read.map(Arc::new).map_err(PlacesProblem::Unreadable)
}

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
    /// The places reader (a web worker) did not start, failed or did not answer: its words.
    ReaderFailed(String),
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
    /// The kiosk's day the timetables start from.
    pub day: NaiveDate,
}

/// The places, as the screens read them: `None` while loading.
#[derive(Clone, Copy)]
pub struct Places {
    resource: LocalResource<Arc<LoadedPlaces>>,
    /// The day a new reading was last asked for, so that it is asked once.
    asked_on: StoredValue<Option<NaiveDate>>,
}

impl Places {
    /// The places in use: `None` while loading.
    pub fn get(&self) -> Option<Result<Arc<PlacesFile>, PlacesProblem>> {
        self.loaded().map(|loaded| loaded.result.clone())
    }

    /// Everything known about the file: `None` while loading, and while it is read again
    /// because the kiosk's day is no longer the one its timetables start from (a page that
    /// lived past midnight, a clock set back): a screen never shows hours worked out for
    /// another day.
    pub fn loaded(&self) -> Option<Arc<LoadedPlaces>> {
        let loaded = self.resource.get()?;
        let today = local_now().date();
        if loaded.day == today {
            return Some(loaded);
        }
        if self.asked_on.get_value() != Some(today) {
            self.asked_on.set_value(Some(today));
            let resource = self.resource;
            // Not while the screen that asked is being drawn.
            queue_microtask(move || resource.refetch());
        }
        None
    }
}

/// Starts fetching the places file named by the configuration when the browser is first idle.
/// Call once, in `App`.
pub fn provide_places(config: Config) {
    let resource = LocalResource::new(move || async move {
        let address = config.when_read().await.settings.places_file.clone();
        idle().await;
        let loaded = load_places(&address, local_now().date()).await;
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
    provide_context(Places {
        resource,
        asked_on: StoredValue::new(None),
    });
}

/// Waits until the browser is idle: the places are not needed for Welcome, so their reading
/// does not compete with the start.
async fn idle() {
    let (done, idle) = futures::channel::oneshot::channel();
    let done = std::cell::Cell::new(Some(done));
    request_idle_callback(move || {
        if let Some(done) = done.take() {
            let _ = done.send(());
        }
    });
    let _ = idle.await;
}

async fn load_places(address: &str, day: NaiveDate) -> LoadedPlaces {
    let read = async |bytes: &[u8]| read_in_reader(bytes, day).await;
    let usable = |read: &Result<Arc<PlacesFile>, PlacesProblem>| {
        read.as_ref().is_ok_and(|f| worth_keeping(f))
    };
    let file = fetch_commune_file(address, read, usable).await;
    let server_problem = match &file.server {
        Ok(read) if usable(read) => None,
        Ok(Err(why)) => Some(why.clone()),
        Ok(Ok(_)) => Some(PlacesProblem::NoUsablePlace),
        Err(FetchProblem::Status(code)) => Some(PlacesProblem::Missing(*code)),
        Err(FetchProblem::Network(why)) => Some(PlacesProblem::Unreachable(why.clone())),
    };
    let result = match (file.in_use, &server_problem) {
        (Some(read), _) => read,
        (None, Some(problem)) => Err(problem.clone()),
        (None, None) => Err(PlacesProblem::Unreachable(String::new())),
    };
    let server_problem = server_problem.filter(|_| !file.origin.is_server());
    LoadedPlaces {
        result,
        origin: file.origin,
        server_problem,
        day,
    }
}

/// The places provided by `App`.
pub fn use_places() -> Places {
    expect_context::<Places>()
}
