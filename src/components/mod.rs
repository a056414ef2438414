//! Reusable widgets, one folder each (`mod.rs` and its CSS).

pub mod icon;
pub mod idle_warning;
pub mod language_picker;
pub mod modal;
pub mod toolbar;
