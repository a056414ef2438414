//! Pas à pas: the kiosk app (Leptos, client-side). `main.rs` only mounts it; the tests in
//! `tests/web.rs` use its components. Pure logic lives in `pasapas-core`.

pub mod agent;
pub mod app;
pub mod assessment;
pub mod components;
pub mod config;
pub mod content;
pub mod i18n;
pub mod kiosk;
pub mod offline;
pub mod pages;
pub mod places;
pub mod printing;
pub mod screen;
pub mod session;
pub mod speech;
pub mod stats;
