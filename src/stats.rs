//! The anonymous counters in the app. Each event is one IndexedDB transaction on that day's
//! record, committed with `durability: "strict"`: the browser has written it to disk before the
//! transaction completes, so a power cut right after an event loses nothing (localStorage, used
//! before, is written to disk in batches, seconds later). The cost of an event is one day's record,
//! whatever the history. The model, the folding of old days, the windows and the CSV are
//! `pasapas_core::agent::stats`; this file only touches storage.

use crate::agent::AgentMode;
use crate::browser::{local_now, now_iso};
use leptos::prelude::*;
use pasapas_core::agent::stats::{CorruptKind, Counter, Event, Stats, CORRUPT_KEY, STORAGE_KEY};
use pasapas_core::content::tutorials::Tutorial;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;

/// localStorage key of the events the database refused (quota, a broken profile), kept to be
/// added at the next start rather than lost. Survives the reset; holds only counter keys and days.
pub const PENDING_KEY: &str = "pasapas-stats-pending";

/// How long after the start the kiosk tidies the figures (moves an old localStorage value and the
/// pending events, folds old days): after the first screen, never in its way.
const TIDY_AFTER_MS: u64 = 2000;

// IndexedDB's requests and transactions are callbacks on browser objects: plain JavaScript says
// them in a third of the lines web-sys would. Every change is one read-write transaction with
// strict durability; each is kept in `pending` until it ends, so the reset can wait for them.
#[wasm_bindgen(inline_js = r#"
// The database's name comes from `pasapas_core::agent::stats::DATABASE` (`figures_open`, at the start).
let name = null;
const pending = new Set();
let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('days', { keyPath: 'day' });
        db.createObjectStore('months', { keyPath: 'month' });
        db.createObjectStore('aside', { autoIncrement: true });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => { opening = null; reject(request.error); };
    });
  }
  return opening;
}

// A tap's count waits until the next screen is painted: its write is never on the tap's path.
// Half a second at most, should no frame come (a hidden page).
function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
}

// `after`: what the transaction waits for. The change is pending from the call on, so the reset
// and `pasapasFiguresSettled` wait for one that has not begun yet too.
function change(stores, work, after = Promise.resolve()) {
  const done = after.then(open).then((db) => new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
    work(tx);
  }));
  pending.add(done);
  const forget = () => pending.delete(done);
  done.then(forget, forget);
  return done;
}

function addTo(store, keyName, key, counts) {
  const request = store.get(key);
  request.onsuccess = () => {
    const record = request.result ?? { [keyName]: key, counts: {} };
    for (const [counter, count] of Object.entries(counts)) {
      record.counts[counter] = Math.min((record.counts[counter] ?? 0) + count, 4294967295);
    }
    store.put(record);
  };
}

export function figures_open(database) {
  name = database;
  open().catch((error) => console.warn(`figures: the database does not open (${error})`));
}

export function figures_add(day, counter) {
  return change(['days'], (tx) => addTo(tx.objectStore('days'), 'day', day, { [counter]: 1 }), afterPaint());
}

export function figures_merge(json) {
  const { days, months } = JSON.parse(json);
  return change(['days', 'months'], (tx) => {
    for (const [day, counts] of Object.entries(days ?? {})) addTo(tx.objectStore('days'), 'day', day, counts);
    for (const [month, counts] of Object.entries(months ?? {})) addTo(tx.objectStore('months'), 'month', month, counts);
  });
}

export function figures_fold(json) {
  const { days, months } = JSON.parse(json);
  return change(['days', 'months'], (tx) => {
    for (const day of days) tx.objectStore('days').delete(day);
    for (const [month, counts] of Object.entries(months)) addTo(tx.objectStore('months'), 'month', month, counts);
  });
}

export function figures_set_aside(keys) {
  return change(['days', 'months', 'aside'], (tx) => {
    for (const key of keys) {
      for (const name of ['days', 'months']) {
        const store = tx.objectStore(name);
        const request = store.get(key);
        request.onsuccess = () => {
          if (request.result === undefined) return;
          tx.objectStore('aside').add({ store: name, at: new Date().toISOString(), record: request.result });
          store.delete(key);
        };
      }
    }
  });
}

export async function figures_all() {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['days', 'months', 'aside'], 'readonly');
    const days = tx.objectStore('days').getAll();
    const months = tx.objectStore('months').getAll();
    const aside = tx.objectStore('aside').count();
    tx.oncomplete = () => resolve([JSON.stringify({ days: days.result, months: months.result }), aside.result]);
    tx.onerror = () => reject(tx.error);
  });
}

export function figures_erase() {
  return change(['days', 'months', 'aside'], (tx) => {
    for (const name of ['days', 'months', 'aside']) tx.objectStore(name).clear();
  });
}

// The reset (src/kiosk.rs) waits for these before it reloads: an event just before it counts.
globalThis.pasapasFiguresSettled = () => Promise.allSettled([...pending]);
"#)]
extern "C" {
    fn figures_open(database: &str);
    #[wasm_bindgen(catch)]
    fn figures_add(day: &str, counter: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch)]
    fn figures_merge(json: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch)]
    fn figures_fold(json: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch)]
    fn figures_set_aside(keys: Vec<String>) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch)]
    fn figures_all() -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
    #[wasm_bindgen(catch)]
    fn figures_erase() -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// A change to the database, awaited; `Err` says why for the log.
async fn done(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> Result<(), String> {
    let promise = promise.map_err(|e| format!("{e:?}"))?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

/// The counting of anonymous figures, as screens use it: provided once by `App`. Events are
/// recorded by the actions that cause them (a tap, an answer, a reset), never while a screen is
/// drawn.
#[derive(Clone, Copy)]
pub struct Counting {
    agent: AgentMode,
    /// Counters already counted in this visit, for events that count once per person. Memory
    /// only: the reset reloads the page.
    counted: StoredValue<HashSet<String>, LocalStorage>,
}

impl Counting {
    /// Counts one event today, unless an agent is signed in (an agent's taps are not a
    /// visitor's). The write begins once the next screen is painted (off the tap's path) and
    /// ends after this returns; the reset waits for it. If the database refuses it, the event
    /// waits in localStorage (`PENDING_KEY`) for the next start.
    pub fn record(&self, event: Event) {
        if !self.agent.is_on_untracked() {
            record(event);
        }
    }

    /// Counts an event only the first time it happens in this visit; `true` when it counted
    /// (then the events that go with it may be counted too).
    pub fn record_once(&self, event: Event) -> bool {
        // In agent mode nothing counts, and nothing is marked as counted either: the visitor's
        // own first time comes later.
        if self.agent.is_on_untracked() {
            return false;
        }
        let first = self
            .counted
            .try_update_value(|counted| counted.insert(event.once_per_visit_key()))
            .unwrap_or(false);
        if first {
            self.record(event);
        }
        first
    }

    /// A person reached `step` of a tutorial by a tap: the tutorial counts as started (once per
    /// visit and tutorial: going back and forth is one start), and as completed at its last step.
    pub fn tutorial_reached(&self, tutorial: &Tutorial, step: usize) {
        self.record_once(Event::TutorialStarted(tutorial.id.clone()));
        if step >= tutorial.steps.len() {
            self.record_once(Event::TutorialCompleted(tutorial.id.clone()));
        }
    }
}

/// Provides the counting; call once, in `App`, after agent mode.
pub fn provide_counting(agent: AgentMode) -> Counting {
    let counting = Counting {
        agent,
        counted: StoredValue::new_local(HashSet::new()),
    };
    provide_context(counting);
    counting
}

/// The `Counting` provided by `App`.
pub fn use_counting() -> Counting {
    expect_context::<Counting>()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn today() -> String {
    local_now().date().format("%Y-%m-%d").to_string()
}

/// Writes one event of today; [`Counting::record`] decides whether it counts.
fn record(event: Event) {
    let day = today();
    let counter = Counter::of(&event).key();
    leptos::task::spawn_local(async move {
        if let Err(error) = done(figures_add(&day, &counter)).await {
            log::warn!(
                "figures: {counter} on {day} not written ({error}); kept for the next start"
            );
            keep_pending(&day, &counter);
        }
    });
}

/// One event the database refused, added to the waiting list.
fn keep_pending(day: &str, counter: &str) {
    let Some(storage) = storage() else {
        return;
    };
    let mut waiting = Stats::load(storage.get_item(PENDING_KEY).ok().flatten().as_deref()).stats;
    let Some(date) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok() else {
        return;
    };
    waiting.add_one(date, counter);
    if let Err(error) = storage.set_item(PENDING_KEY, &waiting.to_json()) {
        log::error!("figures: {counter} on {day} lost, storage refuses it too: {error:?}");
    }
}

/// A stored value set aside because it could not be read, for inspection.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SetAside {
    /// When it was set aside (ISO 8601).
    pub at: String,
    /// What is wrong with it, worded on the agent screen.
    pub problem: CorruptKind,
    /// The stored text, unchanged.
    pub raw: String,
}

/// The set-aside list under `CORRUPT_KEY`, each entry as it is stored: entries written by older
/// kiosks (with an English `reason` instead of a `problem`) are kept as they are.
fn set_aside_list(storage: &web_sys::Storage) -> Vec<serde_json::Value> {
    storage
        .get_item(CORRUPT_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Adds a value to the set-aside list under `CORRUPT_KEY`: a second one never replaces the first.
fn set_aside(storage: &web_sys::Storage, problem: CorruptKind, raw: String) {
    let mut list = set_aside_list(storage);
    let at = now_iso();
    list.extend(serde_json::to_value(SetAside { at, problem, raw }).ok());
    let text = serde_json::to_string(&list).unwrap_or_default();
    if let Err(error) = storage.set_item(CORRUPT_KEY, &text) {
        log::error!("figures: the unreadable value could not be set aside: {error:?}");
    }
}

/// The values set aside with what is wrong with each, oldest first, for the agent screen. Entries
/// of older kiosks say nothing the screen can word, so they are left out here (not in storage).
pub fn set_aside_values() -> Vec<SetAside> {
    storage()
        .map(|storage| set_aside_list(&storage))
        .unwrap_or_default()
        .into_iter()
        .filter_map(|entry| serde_json::from_value(entry).ok())
        .collect()
}

/// Moves a localStorage value of figures (the old home of the figures, or the events the database
/// refused) into the database, then removes it. An unreadable value is set aside first.
async fn move_into_database(storage: &web_sys::Storage, key: &str) {
    let Some(raw) = storage.get_item(key).ok().flatten() else {
        return;
    };
    let loaded = Stats::load(Some(&raw));
    if let Some(corrupt) = loaded.problem {
        log::warn!(
            "{key}: {:?}; set aside under {CORRUPT_KEY}",
            corrupt.problem
        );
        set_aside(storage, corrupt.problem, corrupt.raw);
        let _ = storage.remove_item(key);
        return;
    }
    match done(figures_merge(&loaded.stats.to_json())).await {
        Ok(()) => {
            let _ = storage.remove_item(key);
        }
        Err(error) => log::warn!("{key}: not moved into the figures database yet ({error})"),
    }
}

/// Tidies the figures once, shortly after the start: the old localStorage value and the events
/// the database refused go into it, unreadable records are set aside, and days older than
/// `KEEP_DAYS` fold into their month. Call once, in `App`.
pub fn tidy_after_start() {
    // Opened now, so that the first event is one transaction, not an opening and a transaction.
    figures_open(pasapas_core::agent::stats::DATABASE);
    let tidy = || leptos::task::spawn_local(tidy());
    leptos::prelude::set_timeout(tidy, std::time::Duration::from_millis(TIDY_AFTER_MS));
}

async fn tidy() {
    if let Some(storage) = storage() {
        move_into_database(&storage, STORAGE_KEY).await;
        move_into_database(&storage, PENDING_KEY).await;
    }
    let Ok(Figures { stats, bad, .. }) = read().await else {
        return;
    };
    if !bad.is_empty() {
        log::warn!("figures: records set aside, they cannot be counted: {bad:?}");
        if let Err(error) = done(figures_set_aside(bad)).await {
            log::warn!("figures: not set aside ({error})");
        }
    }
    let fold = stats.fold_before(local_now().date());
    if !fold.days.is_empty() {
        let json = serde_json::to_string(&fold).unwrap_or_default();
        if let Err(error) = done(figures_fold(&json)).await {
            log::warn!("figures: old days not folded ({error})");
        }
    }
}

/// The figures as the agent screen reads them.
#[derive(Clone, Debug)]
pub struct Figures {
    pub stats: Stats,
    /// Keys of records that cannot be counted (set aside at the next start).
    pub bad: Vec<String>,
    /// Whether a value or record was ever set aside (the agent screen notes it).
    pub set_aside: bool,
    /// Events the database refused, waiting for the next start.
    pub waiting: bool,
}

/// Every figure kept: the database's records, and what waits in localStorage.
pub async fn read() -> Result<Figures, String> {
    let promise = figures_all().map_err(|e| format!("{e:?}"))?;
    let found = JsFuture::from(promise)
        .await
        .map_err(|e| format!("{e:?}"))?;
    let pair = js_sys::Array::from(&found);
    let json = pair.get(0).as_string().unwrap_or_default();
    let aside = pair.get(1).as_f64().unwrap_or(0.0);
    let (stats, bad) = Stats::from_records(&json)?;
    let local = storage();
    let has = |key: &str| {
        local
            .as_ref()
            .and_then(|s| s.get_item(key).ok().flatten())
            .is_some()
    };
    Ok(Figures {
        stats,
        set_aside: aside > 0.0 || !bad.is_empty() || has(CORRUPT_KEY),
        waiting: has(PENDING_KEY) || has(STORAGE_KEY),
        bad,
    })
}

/// Empties the figures, what was set aside and what waits, after the agent confirmed.
pub async fn erase() -> Result<(), String> {
    if let Some(storage) = storage() {
        for key in [STORAGE_KEY, CORRUPT_KEY, PENDING_KEY] {
            let _ = storage.remove_item(key);
        }
    }
    done(figures_erase()).await
}
