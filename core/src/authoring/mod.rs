//! The checkers for content authors and translators, run by native tests and by
//! `cargo xtask check-content`.

pub mod content_check;
pub mod falc;
pub mod locales;
