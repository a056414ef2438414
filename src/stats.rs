//! The anonymous counters in the app: each event is written to localStorage at once (read, add
//! one, write), so no count is lost at a reset, a reload or a crash. The model, the windows and
//! the CSV are `pasapas_core::stats`; this file only touches storage.

use crate::places::local_now;
use pasapas_core::stats::{Event, Stats, CORRUPT_KEY, STORAGE_KEY};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;

thread_local! {
    /// Counters already counted during this visit, for events that count once per person (a
    /// tutorial started, an assessment completed). Memory only: the reset reloads the page.
    static COUNTED_THIS_VISIT: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
    /// True in agent mode: an agent's taps are not a visitor's.
    static PAUSED: Cell<bool> = const { Cell::new(false) };
}

/// Stops (agent mode) or resumes counting. Set synchronously with agent mode
/// (`agent::set_agent_mode`), so an event right after the switch is counted the right way.
pub fn set_paused(paused: bool) {
    PAUSED.with(|p| p.set(paused));
}

/// `true` the first time it is asked for `key` in this visit: for things that count once per
/// visit whatever their detail (an assessment's result, even if the person changes answers).
pub fn first_time(key: &str) -> bool {
    COUNTED_THIS_VISIT.with(|counted| counted.borrow_mut().insert(format!("once:{key}")))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The stored counters. A value that cannot be read is set aside under `CORRUPT_KEY` (for
/// inspection; the agent screen says so) and counting starts again.
pub fn read() -> Stats {
    let Some(storage) = storage() else {
        return Stats::default();
    };
    let raw = storage.get_item(STORAGE_KEY).ok().flatten();
    let loaded = Stats::load(raw.as_deref());
    if let Some(corrupt) = loaded.problem {
        log::warn!(
            "{STORAGE_KEY}: {}; set aside under {CORRUPT_KEY}",
            corrupt.reason
        );
        let _ = storage.set_item(CORRUPT_KEY, &corrupt.raw);
        let _ = storage.set_item(STORAGE_KEY, &loaded.stats.to_json());
    }
    loaded.stats
}

/// Counts one event today.
pub fn record(event: Event) {
    if PAUSED.with(Cell::get) {
        return;
    }
    let Some(storage) = storage() else {
        return;
    };
    let mut stats = read();
    stats.record(local_now().date(), &event);
    if let Err(error) = storage.set_item(STORAGE_KEY, &stats.to_json()) {
        log::warn!("{STORAGE_KEY} not written: {error:?}");
    }
}

/// Counts an event only the first time it happens in this visit.
pub fn record_once(event: Event) {
    let key = pasapas_core::stats::Counter::of(&event).key();
    let first = COUNTED_THIS_VISIT.with(|counted| counted.borrow_mut().insert(key));
    if first {
        record(event);
    }
}

/// Whether a corrupt value was set aside (the agent screen notes it).
pub fn has_corrupt_value() -> bool {
    storage()
        .and_then(|s| s.get_item(CORRUPT_KEY).ok().flatten())
        .is_some()
}

/// Empties the counters and the set-aside value, after the agent confirmed.
pub fn erase() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
        let _ = storage.remove_item(CORRUPT_KEY);
    }
}
