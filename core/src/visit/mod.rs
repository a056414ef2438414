//! One person's visit: where Back goes, the display settings, the idle countdown.

pub mod idle;
pub mod navigation;
pub mod settings;
