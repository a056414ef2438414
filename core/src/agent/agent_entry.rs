//! The discreet way into agent mode: five taps on the logo within three seconds. A person tapping
//! the logo by chance, or twice to see what happens, does not open the PIN pad.

/// Taps needed.
pub const TAPS: usize = 5;
/// Within this many milliseconds, from the first tap to the last.
pub const WINDOW_MS: f64 = 3000.0;

/// The times of the latest taps on the logo.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuickTaps {
    times_ms: Vec<f64>,
}

impl QuickTaps {
    /// Counts a tap at `now_ms`; `true` when it is the fifth within the window (the count then
    /// starts again, so a sixth tap does not open it twice).
    pub fn tap(&mut self, now_ms: f64) -> bool {
        self.times_ms
            .retain(|t| now_ms - t < WINDOW_MS && *t <= now_ms);
        self.times_ms.push(now_ms);
        if self.times_ms.len() >= TAPS {
            self.times_ms.clear();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_quick_taps_open() {
        let mut taps = QuickTaps::default();
        let opened: Vec<bool> = [0.0, 400.0, 800.0, 1200.0, 1600.0]
            .into_iter()
            .map(|t| taps.tap(t))
            .collect();
        assert_eq!(opened, [false, false, false, false, true]);
    }

    #[test]
    fn slow_taps_do_not_open() {
        let mut taps = QuickTaps::default();
        for t in [0.0, 800.0, 1600.0, 2400.0, 3200.0, 4000.0] {
            assert!(!taps.tap(t), "tap at {t}");
        }
    }

    #[test]
    fn the_count_starts_again_after_opening() {
        let mut taps = QuickTaps::default();
        for t in [0.0, 100.0, 200.0, 300.0] {
            taps.tap(t);
        }
        assert!(taps.tap(400.0));
        assert!(!taps.tap(500.0));
    }

    #[test]
    fn a_clock_that_goes_back_forgets_the_future_taps() {
        let mut taps = QuickTaps::default();
        for t in [5000.0, 5100.0, 5200.0, 5300.0] {
            taps.tap(t);
        }
        assert!(!taps.tap(100.0));
    }
}
