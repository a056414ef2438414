//! One person's visit: every screen and where Back goes, the display settings, the idle
//! countdown, the self-assessment's outcome.

pub mod idle;
pub mod navigation;
pub mod outcome;
pub mod settings;
