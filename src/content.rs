//! The house's content, compiled into the wasm so it works offline: the tutorials
//! (`assets/content/tutorials/`), the practice screens, the questionnaire and the orientation
//! rules, each beside the others.
//!
//! The files are checked by `cargo xtask check-content` and by the native tests, so a file that
//! does not parse here is a bug that slipped through: it is logged and left out, and the other
//! tutorials keep working.

use pasapas_core::content::assessment::Questionnaire;
use pasapas_core::content::orientation::Rules;
use pasapas_core::content::practice::PracticeContent;
use pasapas_core::content::tutorials::Tutorial;
use rust_embed::RustEmbed;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "assets/content/tutorials/"]
struct TutorialFiles;

/// Every tutorial, in file-name order (the list then groups them by theme).
pub static TUTORIALS: LazyLock<Vec<Tutorial>> = LazyLock::new(|| {
    let mut names: Vec<_> = TutorialFiles::iter().collect();
    names.sort();
    names
        .iter()
        .filter_map(|name| {
            let file = TutorialFiles::get(name)?;
            let text = String::from_utf8_lossy(&file.data).into_owned();
            Tutorial::parse(&text)
                .map_err(|error| log::error!("tutorial {name} left out: {error}"))
                .ok()
        })
        .collect()
});

/// The practice screens' content (`assets/content/practice.toml`, checked natively). Empty lists
/// if it were ever broken: the practice screens then show their instructions without items.
pub static PRACTICE: LazyLock<PracticeContent> = LazyLock::new(|| {
    PracticeContent::parse(include_str!("../assets/content/practice.toml")).unwrap_or_else(
        |error| {
            log::error!("practice.toml left out: {error}");
            PracticeContent {
                format_version: pasapas_core::content::practice::FORMAT_VERSION,
                scam_or_real: Vec::new(),
                gallery: Vec::new(),
            }
        },
    )
});

/// The tutorial with this id.
pub fn tutorial(id: &str) -> Option<&'static Tutorial> {
    TUTORIALS.iter().find(|t| t.id == id)
}

/// `assets/content/assessment.toml`, checked by `core/tests/assessment.rs`.
pub static QUESTIONNAIRE: LazyLock<Option<Questionnaire>> = LazyLock::new(|| {
    Questionnaire::parse(include_str!("../assets/content/assessment.toml"))
        .map_err(|error| log::error!("assessment.toml left out: {error}"))
        .ok()
});

/// The orientation rules (`assets/content/orientation.toml`, checked natively).
pub static RULES: LazyLock<Option<Rules>> = LazyLock::new(|| {
    Rules::parse(include_str!("../assets/content/orientation.toml"))
        .map_err(|error| log::error!("orientation.toml left out: {error}"))
        .ok()
});
