//! The house's data files under `assets/content/` and `locales/languages.toml`, their models and
//! the rules that read them.

pub mod assessment;
pub mod data_file;
pub mod languages;
pub mod orientation;
pub mod practice;
pub mod tutorials;
