//! Agent mode in the app: whether an agent is signed in (memory only, so a reload or a reset ends
//! it), the PIN check, and the wrong-PIN lock kept in localStorage so that it survives a reload.

use leptos::prelude::*;
use pasapas_core::agent::agent_lock::{PinLock, STORAGE_KEY};

/// Seconds without a touch before agent mode ends (the warning's countdown included).
pub const AGENT_IDLE_SECONDS: u32 = 60;

/// How long agent mode lasts at most, touched or not, in milliseconds (ten minutes). Every touch
/// extends the 60 s idle delay, so without a cap a person who reaches the kiosk while the agent
/// steps away could find agent mode open for ever (figures, export, erase). Ten minutes is
/// more than launching a tutorial, reading the figures or checking the printer takes; the agent
/// bar says when it closes, and entering the PIN again opens ten more.
pub const AGENT_MODE_MAX_MS: f64 = 600_000.0;

/// Whether an agent entered the PIN in this visit, and when. Provided once by `App`; memory only,
/// so a reload or a reset ends it. Screens read it and ask it to open or close; nothing else
/// writes it.
#[derive(Clone, Copy)]
pub struct AgentMode {
    on: RwSignal<bool>,
    /// `Date.now()` when it opened, for the [`AGENT_MODE_MAX_MS`] cap.
    opened_at: RwSignal<f64>,
}

impl AgentMode {
    /// Whether agent mode is on (tracked).
    pub fn is_on(&self) -> bool {
        self.on.get()
    }

    /// Whether agent mode is on, without tracking (in event handlers and effects).
    pub fn is_on_untracked(&self) -> bool {
        self.on.get_untracked()
    }

    /// When agent mode closes by itself, in milliseconds since the epoch (tracked).
    pub fn closes_at_ms(&self) -> f64 {
        self.opened_at.get() + AGENT_MODE_MAX_MS
    }

    /// Opens agent mode after a right PIN, and starts the [`AGENT_MODE_MAX_MS`] cap: then the
    /// kiosk's full reset ends it. The figures stop counting while it is on (an agent is not a
    /// visitor): they read [`AgentMode::is_on_untracked`] at each event.
    pub fn open(self) {
        let opened_at = js_sys::Date::now();
        self.opened_at.set(opened_at);
        self.on.set(true);
        set_timeout(
            move || {
                // Only this opening's cap: agent mode may have ended and opened again since.
                if self.on.get_untracked() && self.opened_at.get_untracked() == opened_at {
                    crate::kiosk::reset();
                }
            },
            std::time::Duration::from_millis(AGENT_MODE_MAX_MS as u64),
        );
    }

    /// Closes agent mode: Quit, leaving the agent screens, or a tutorial launched for a person.
    pub fn close(self) {
        self.on.set(false);
    }
}

/// Provides agent mode, off; call once, in `App`.
pub fn provide_agent_mode() -> AgentMode {
    let mode = AgentMode {
        on: RwSignal::new(false),
        opened_at: RwSignal::new(0.0),
    };
    provide_context(mode);
    mode
}

/// The `AgentMode` provided by `App`.
pub fn use_agent_mode() -> AgentMode {
    expect_context::<AgentMode>()
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
