//! The idle warning's countdown, as arithmetic on timestamps.
//!
//! Counting from timestamps rather than decrementing a counter keeps the countdown right when the
//! browser delays timers (a busy kiosk, a throttled background tab).

/// Seconds without a touch before the warning (issue #2 default; configurable later).
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// Length of the warning's countdown. WCAG 2.2.1 asks for at least 20 s; slow readers need more.
pub const DEFAULT_WARNING_SECONDS: u32 = 30;

/// Whole seconds left before the reset, rounded up so the screen never shows 0 while waiting.
pub fn seconds_left(warning_started_ms: f64, now_ms: f64, warning_seconds: u32) -> u32 {
    let elapsed = ((now_ms - warning_started_ms) / 1000.0).max(0.0);
    let left = f64::from(warning_seconds) - elapsed;
    if left <= 0.0 {
        0
    } else {
        left.ceil() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_starts_full() {
        assert_eq!(seconds_left(1000.0, 1000.0, 30), 30);
    }

    #[test]
    fn the_countdown_rounds_up() {
        assert_eq!(seconds_left(0.0, 100.0, 30), 30);
        assert_eq!(seconds_left(0.0, 1000.0, 30), 29);
        assert_eq!(seconds_left(0.0, 29_999.0, 30), 1);
    }

    #[test]
    fn the_countdown_stops_at_zero() {
        assert_eq!(seconds_left(0.0, 30_000.0, 30), 0);
        assert_eq!(seconds_left(0.0, 95_000.0, 30), 0);
    }

    #[test]
    fn a_clock_that_goes_back_does_not_add_time() {
        assert_eq!(seconds_left(5000.0, 1000.0, 30), 30);
    }
}
