//! What every versioned data file shares: read with serde, the format version checked with one
//! wording for authors, then the file's own problems.

use serde::de::DeserializeOwned;

/// A data file under `assets/` (tutorial, questionnaire, orientation rules, practice content).
pub trait DataFile: DeserializeOwned {
    /// The format version this kiosk reads.
    const FORMAT_VERSION: u32;

    /// The format version the file says it has.
    fn format_version(&self) -> u32;

    /// What an author must fix beyond what serde checks, in plain words; empty when all is well.
    fn problems(&self) -> Vec<String> {
        Vec::new()
    }
}

/// Reads a data file: TOML through serde (unknown fields are refused by each type), its format
/// version, then its own problems, one per line.
pub fn read<T: DataFile>(text: &str) -> Result<T, String> {
    let file: T = toml::from_str(text).map_err(|e| e.to_string())?;
    check_format_version(file.format_version(), T::FORMAT_VERSION)?;
    let problems = file.problems();
    if problems.is_empty() {
        Ok(file)
    } else {
        Err(problems.join("\n"))
    }
}

/// `Ok` when a file's `format_version` is the one this kiosk reads.
pub fn check_format_version(found: u32, expected: u32) -> Result<(), String> {
    if found == expected {
        Ok(())
    } else {
        Err(format!(
            "format_version is {found}, but this kiosk reads version {expected}"
        ))
    }
}
