//! Agent mode in the app: whether an agent is signed in (memory only, so a reload or a reset ends
//! it), the PIN check, and the wrong-PIN lock kept in localStorage so that it survives a reload.

use leptos::prelude::*;
use pasapas_core::agent::agent_lock::{PinLock, STORAGE_KEY};

/// The agent screens' addresses.
pub const ENTRY_PATH: &str = "/agent";
pub const DASHBOARD_PATH: &str = "/agent/dashboard";
pub const LAUNCH_PATH: &str = "/agent/launch";
pub const STATUS_PATH: &str = "/agent/status";
pub const STATS_PATH: &str = "/agent/stats";

/// Seconds without a touch before agent mode ends (the warning's countdown included).
pub const AGENT_IDLE_SECONDS: u32 = 60;

/// How long agent mode lasts at most, touched or not, in milliseconds (ten minutes). Every touch
/// extends the 60 s idle delay, so without a cap a person who reaches the kiosk while the agent
/// steps away could find agent mode open for ever (figures, export, erase). Ten minutes is
/// more than launching a tutorial, reading the figures or checking the printer takes; the agent
/// bar says when it closes, and entering the PIN again opens ten more.
pub const AGENT_MODE_MAX_MS: f64 = 600_000.0;

/// Whether an agent entered the PIN in this visit, and when (`Date.now()`). Provided once by
/// `App`.
#[derive(Clone, Copy)]
pub struct AgentMode(pub RwSignal<bool>, RwSignal<f64>);

impl AgentMode {
    /// When agent mode closes by itself, in milliseconds since the epoch (tracked).
    pub fn closes_at_ms(&self) -> f64 {
        self.1.get() + AGENT_MODE_MAX_MS
    }
}

pub fn provide_agent_mode() -> AgentMode {
    let mode = AgentMode(RwSignal::new(false), RwSignal::new(0.0));
    provide_context(mode);
    mode
}

pub fn use_agent_mode() -> AgentMode {
    expect_context::<AgentMode>()
}

/// Turns agent mode on or off, and with it the counting of visits (an agent is not a visitor).
/// On, it also starts the [`AGENT_MODE_MAX_MS`] cap: then the kiosk's full reset ends it.
pub fn set_agent_mode(mode: AgentMode, on: bool) {
    crate::stats::set_paused(on);
    mode.0.set(on);
    if on {
        let opened_at = js_sys::Date::now();
        mode.1.set(opened_at);
        set_timeout(
            move || {
                // Only this opening's cap: agent mode may have ended and opened again since.
                if mode.0.get_untracked() && mode.1.get_untracked() == opened_at {
                    crate::kiosk::reset();
                }
            },
            std::time::Duration::from_millis(AGENT_MODE_MAX_MS as u64),
        );
    }
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
