//! Agent mode in the app: whether an agent is signed in (memory only, so a reload or a reset ends
//! it), the PIN check, and the wrong-PIN lock kept in localStorage so that it survives a reload.

use leptos::prelude::*;
use pasapas_core::agent_lock::{PinLock, STORAGE_KEY};

/// The agent screens' addresses.
pub const ENTRY_PATH: &str = "/agent";
pub const DASHBOARD_PATH: &str = "/agent/dashboard";
pub const LAUNCH_PATH: &str = "/agent/launch";
pub const STATUS_PATH: &str = "/agent/status";
pub const STATS_PATH: &str = "/agent/stats";

/// Seconds without a touch before agent mode ends (the warning's countdown included).
pub const AGENT_IDLE_SECONDS: u32 = 60;

/// Whether an agent entered the PIN in this visit. Provided once by `App`.
#[derive(Clone, Copy)]
pub struct AgentMode(pub RwSignal<bool>);

pub fn provide_agent_mode() -> AgentMode {
    let mode = AgentMode(RwSignal::new(false));
    provide_context(mode);
    mode
}

pub fn use_agent_mode() -> AgentMode {
    expect_context::<AgentMode>()
}

/// Turns agent mode on or off, and with it the counting of visits (an agent is not a visitor).
pub fn set_agent_mode(mode: AgentMode, on: bool) {
    crate::stats::set_paused(on);
    mode.0.set(on);
}

/// The agent idle delays: (seconds before the warning, warning's length), 60 s in all, with the
/// configured warning capped at half of it.
pub fn agent_idle(warning_seconds: u32) -> (u32, u32) {
    let warning = warning_seconds.min(AGENT_IDLE_SECONDS / 2);
    (AGENT_IDLE_SECONDS - warning, warning)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The wrong-PIN lock as stored.
pub fn read_lock() -> PinLock {
    let raw = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    PinLock::load(raw.as_deref(), js_sys::Date::now())
}

/// Stores the lock at once: a reload right after the fifth wrong PIN must find it.
pub fn write_lock(lock: &PinLock) {
    if let Some(storage) = storage() {
        if let Err(error) = storage.set_item(STORAGE_KEY, &lock.to_json()) {
            log::warn!("{STORAGE_KEY} not written: {error:?}");
        }
    }
}
