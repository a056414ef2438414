//! The kiosk's logic that needs no browser: the language list, the locale checker, navigation,
//! display settings and the idle countdown. It has no Leptos and no web-sys, so its tests run
//! natively in seconds, and the same code serves the app and the authors' checking commands.

pub mod agent_entry;
pub mod agent_lock;
pub mod assessment;
pub mod commune_file;
pub mod config;
pub mod content_check;
pub mod data_file;
pub mod falc;
pub mod idle;
pub mod languages;
pub mod locales;
pub mod navigation;
pub mod orientation;
pub mod pin;
pub mod places;
pub mod practice;
pub mod settings;
pub mod stats;
pub mod tutorials;
pub mod voices;
