//! The house's content, compiled into the wasm so it works offline: the tutorials
//! (`assets/content/tutorials/`), the practice screens, the questionnaire and the orientation
//! rules, each beside the others.
//!
//! `build.rs` reads and checks the TOML files and writes them compact (`data_file::compile`,
//! without the tutorials' sources); here they are decoded on first use. A file that did not read
//! at build time was left out with a warning (`cargo xtask check-content` names its problem): it
//! is logged here, and the rest of the kiosk keeps working.

use pasapas_core::content::assessment::Questionnaire;
use pasapas_core::content::data_file::{decode, decode_all};
use pasapas_core::content::orientation::Rules;
use pasapas_core::content::practice::PracticeContent;
use pasapas_core::content::tutorials::Tutorial;
use std::sync::LazyLock;

/// Every tutorial, in file-name order (the list then groups them by theme).
pub static TUTORIALS: LazyLock<Vec<Tutorial>> = LazyLock::new(|| {
    decode_all(include_bytes!(concat!(env!("OUT_DIR"), "/tutorials.bin")))
        .map_err(|error| log::error!("the tutorials are left out: {error}"))
        .unwrap_or_default()
});

/// The practice screens' content (`assets/content/practice.toml`, checked natively). Empty lists
/// if it were ever broken: the practice screens then show their instructions without items.
pub static PRACTICE: LazyLock<PracticeContent> = LazyLock::new(|| {
    decode(include_bytes!(concat!(env!("OUT_DIR"), "/practice.bin"))).unwrap_or_else(|error| {
        log::error!("practice.toml left out: {error}");
        PracticeContent {
            format_version: pasapas_core::content::practice::FORMAT_VERSION,
            scam_or_real: Vec::new(),
            gallery: Vec::new(),
        }
    })
});

/// The tutorial with this id.
pub fn tutorial(id: &str) -> Option<&'static Tutorial> {
    TUTORIALS.iter().find(|t| t.id == id)
}

/// `assets/content/assessment.toml`, checked by `core/tests/assessment.rs`.
pub static QUESTIONNAIRE: LazyLock<Option<Questionnaire>> = LazyLock::new(|| {
    decode(include_bytes!(concat!(env!("OUT_DIR"), "/assessment.bin")))
        .map_err(|error| log::error!("assessment.toml left out: {error}"))
        .ok()
});

/// The orientation rules (`assets/content/orientation.toml`, checked natively).
pub static RULES: LazyLock<Option<Rules>> = LazyLock::new(|| {
    decode(include_bytes!(concat!(env!("OUT_DIR"), "/orientation.bin")))
        .map_err(|error| log::error!("orientation.toml left out: {error}"))
        .ok()
});
