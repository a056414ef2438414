//! Reusable widgets, one folder each (`mod.rs` and its CSS).

pub mod agent_bar;
pub mod ask_an_agent;
pub mod data_text;
pub mod icon;
pub mod idle_warning;
pub mod keyboard;
pub mod language_picker;
pub mod modal;
pub mod other_roads;
pub mod place_card;
pub mod practice;
pub mod scroll_buttons;
pub mod setup_report;
pub mod take_home_sheet;
pub mod ticket;
pub mod toolbar;
pub mod voice_check;
