//! The checkers for content authors and translators, run by native tests and by
//! `cargo xtask check-content`.

pub mod bidi;
pub mod content_check;
pub mod facts;
pub mod falc;
pub mod glossary;
pub mod locales;
pub mod pictograms;
pub mod plurals;
pub mod typography;
