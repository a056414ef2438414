//! What a commune gives its kiosk: the configuration, the places file, the bytes of those files as
//! text, and the PC's voices.

pub mod commune_file;
pub mod config;
pub mod places;
pub mod voices;
