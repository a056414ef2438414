//! The kiosk's logic that needs no browser: no Leptos and no web-sys, so its tests run natively in
//! seconds, and the same code serves the app and the authors' and installers' commands.
//!
//! Five rooms, by what they serve, and one vocabulary they share:
//! - [`content`]: the house's data files and their models (languages, tutorials, practice
//!   screens, the self-assessment, the orientation rules) and every message id they make
//!   reachable.
//! - [`visit`]: one person's visit (navigation, display settings, the idle countdown, the
//!   self-assessment's outcome).
//! - [`installation`]: what a commune gives the kiosk (its configuration, its places file, the
//!   bytes of those files, the voices of the PC).
//! - [`agent`]: what agents use (the PIN, its lock, the five-tap entry, the anonymous figures).
//! - [`authoring`]: the checkers for content authors and translators.
//! - [`problem`]: the vocabulary shared for what is wrong in a file (a commune's configuration,
//!   its places, the stored figures): each kind of problem is data, worded by a Fluent message.
//!
//! The rooms depend on each other one way only: `problem` ← `agent` ← `installation` ←
//! `content` ← `visit`, and `authoring` reads any of them (`core/tests/layers.rs` checks it).

pub mod agent;
pub mod authoring;
pub mod content;
pub mod installation;
pub mod problem;
pub mod visit;
