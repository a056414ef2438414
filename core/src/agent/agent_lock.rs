//! The lock of the agent entry: after [`MAX_FAILURES`] wrong PINs in a row, the PIN pad refuses
//! every attempt for [`LOCK_MS`]. The app keeps this state in localStorage under [`STORAGE_KEY`],
//! as JSON, so that reloading the page does not reopen the door; this module is the pure logic.
//!
//! The policy, and why one minute: anyone can type five wrong PINs, again and again, so a long
//! lock is a way to keep the agents out. One minute is all an abuser can cost an agent, while
//! guessing stays hopeless: five tries a minute is 7,200 a day, so an 8-digit PIN (the shortest
//! allowed) takes about 19 years on average, on a kiosk in view of the desk. Each lock is counted
//! in the figures (`agent-locked`), so the agents see when someone is trying.
//!
//! While [`PinLock::seconds_locked`] is `Some`, the app refuses the PIN without checking it, so
//! neither [`PinLock::record_failure`] nor [`PinLock::record_success`] is called during a lock. If
//! `record_failure` is called anyway, it changes nothing: the lock is neither extended nor counted.

use serde::{Deserialize, Serialize};

/// The localStorage key of the lock's state (versioned, so a new format can use a new key).
pub const STORAGE_KEY: &str = "pasapas-agent-lock-v1";
/// Wrong PINs in a row that lock the agent entry.
pub const MAX_FAILURES: u32 = 5;
/// How long the agent entry stays locked, in milliseconds (one minute).
pub const LOCK_MS: f64 = 60_000.0;

/// The state of the agent entry's lock, as stored in localStorage.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinLock {
    /// Wrong PINs since the last right one or the last lock.
    pub failures: u32,
    /// Until when the entry is locked, in milliseconds since the Unix epoch (`Date.now()`); 0 when
    /// it has never been locked.
    pub locked_until_ms: f64,
}

impl PinLock {
    /// The state stored in localStorage: `None` (nothing stored) gives the default state. A value
    /// that cannot be read counts as locked from `now_ms` for [`LOCK_MS`]: tampering or a bug must
    /// not open the door.
    pub fn load(raw: Option<&str>, now_ms: f64) -> PinLock {
        let Some(raw) = raw else {
            return PinLock::default();
        };
        match serde_json::from_str::<PinLock>(raw) {
            Ok(mut lock) if lock.locked_until_ms.is_finite() => {
                // A lock never lasts more than LOCK_MS from now: a date further ahead comes from
                // tampering or from the kiosk's clock going back, and must not lock it for ever.
                lock.locked_until_ms = lock.locked_until_ms.min(now_ms + LOCK_MS);
                lock
            }
            _ => PinLock {
                failures: 0,
                locked_until_ms: now_ms + LOCK_MS,
            },
        }
    }

    /// The JSON to store in localStorage under [`STORAGE_KEY`].
    pub fn to_json(&self) -> String {
        // Two plain numbers cannot fail to serialise; the fallback is only there to avoid a panic
        // path, and reads back as locked.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `Some(whole seconds left, rounded up)` while the entry is locked, `None` otherwise.
    pub fn seconds_locked(&self, now_ms: f64) -> Option<u32> {
        let left_ms = self.locked_until_ms - now_ms;
        // `as` saturates, and `left_ms` is at most LOCK_MS after `load`.
        (left_ms > 0.0).then(|| (left_ms / 1000.0).ceil() as u32)
    }

    /// A wrong PIN: counts it; at [`MAX_FAILURES`] the entry locks for [`LOCK_MS`] from `now_ms`
    /// and the count restarts at 0. Returns the wrong attempts left before the lock (0 when it
    /// just locked). While locked, changes nothing and returns 0 (see the module's documentation).
    pub fn record_failure(&mut self, now_ms: f64) -> u32 {
        if self.seconds_locked(now_ms).is_some() {
            return 0;
        }
        self.failures = self.failures.saturating_add(1);
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            self.locked_until_ms = now_ms + LOCK_MS;
            return 0;
        }
        MAX_FAILURES - self.failures
    }

    /// A right PIN: the count of wrong ones restarts.
    pub fn record_success(&mut self) {
        self.failures = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: f64 = 1_790_000_000_000.0;

    #[test]
    fn five_wrong_pins_lock_for_one_minute() {
        let mut lock = PinLock::default();
        for left in [4, 3, 2, 1] {
            assert_eq!(lock.record_failure(NOW), left);
            assert_eq!(lock.seconds_locked(NOW), None);
        }
        assert_eq!(lock.record_failure(NOW + 10.0), 0);
        assert_eq!(lock.failures, 0);
        assert_eq!(lock.seconds_locked(NOW + 10.0), Some(60));
        assert_eq!(lock.seconds_locked(NOW + 10.0 + LOCK_MS - 1.0), Some(1));
        assert_eq!(lock.seconds_locked(NOW + 10.0 + LOCK_MS), None);
        assert_eq!(lock.record_failure(NOW + 10.0 + LOCK_MS), 4);
    }

    #[test]
    fn seconds_left_are_rounded_up() {
        let lock = PinLock {
            failures: 0,
            locked_until_ms: NOW + 2_000.0,
        };
        assert_eq!(lock.seconds_locked(NOW), Some(2));
        assert_eq!(lock.seconds_locked(NOW + 1.0), Some(2));
        assert_eq!(lock.seconds_locked(NOW + 999.0), Some(2));
        assert_eq!(lock.seconds_locked(NOW + 1_000.0), Some(1));
        assert_eq!(lock.seconds_locked(NOW + 1_999.5), Some(1));
        assert_eq!(lock.seconds_locked(NOW + 2_000.0), None);
        assert_eq!(PinLock::default().seconds_locked(NOW), None);
    }

    #[test]
    fn a_right_pin_restarts_the_count() {
        let mut lock = PinLock::default();
        lock.record_failure(NOW);
        lock.record_failure(NOW);
        lock.record_success();
        assert_eq!(lock.record_failure(NOW), 4);
    }

    #[test]
    fn a_failure_while_locked_changes_nothing() {
        let mut lock = PinLock::default();
        for _ in 0..MAX_FAILURES {
            lock.record_failure(NOW);
        }
        let locked = lock.clone();
        assert_eq!(lock.record_failure(NOW + 30_000.0), 0);
        assert_eq!(lock, locked);
    }

    #[test]
    fn the_state_survives_a_round_trip_through_json() {
        let lock = PinLock {
            failures: 3,
            locked_until_ms: NOW + 1_234.5,
        };
        let json = lock.to_json();
        assert_eq!(PinLock::load(Some(&json), NOW), lock);
        assert_eq!(PinLock::load(None, NOW), PinLock::default());
    }

    #[test]
    fn an_unreadable_value_is_locked_from_now() {
        for raw in [
            "",
            "{",
            "null",
            "{\"failures\":1}",
            "{\"failures\":-1,\"locked_until_ms\":0}",
            "{\"failures\":1,\"locked_until_ms\":0,\"open\":true}",
            "{\"failures\":1,\"locked_until_ms\":\"0\"}",
        ] {
            let lock = PinLock::load(Some(raw), NOW);
            assert_eq!(lock.seconds_locked(NOW), Some(60), "{raw}");
        }
    }

    #[test]
    fn a_lock_far_in_the_future_lasts_one_minute_at_most() {
        let raw = format!("{{\"failures\":0,\"locked_until_ms\":{}}}", NOW * 2.0);
        let lock = PinLock::load(Some(&raw), NOW);
        assert_eq!(lock.seconds_locked(NOW), Some(60));
    }
}
