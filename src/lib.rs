//! Pas à pas: the kiosk app (Leptos, client-side). `main.rs` only mounts it; the tests in
//! `tests/web.rs` use its components. Pure logic lives in `pasapas-core`.
//!
//! - [`app`]: the contexts, the effects on `<html>`, the route table; [`screen`]: the `Screen`
//!   vocabulary's links and navigation; [`pages`]: one file per screen; [`components`]: one
//!   folder per widget.
//! - The contexts: [`i18n`] (language), [`session`] (display and speech), [`assessment`]
//!   (answers and their outcome), [`config`], [`places`], [`agent`] (agent mode, PIN lock),
//!   [`stats`] (counting and the figures' database).
//! - The outside world: [`browser`] (clock and fetch), [`offline`] (service worker, kept copies),
//!   [`kiosk`] (reset, crash recovery, guards), [`printing`], [`speech`]; [`content`]: the
//!   house's data compiled in.

pub mod agent;
pub mod app;
pub mod assessment;
pub mod browser;
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
