//! What every versioned data file shares: the format version check, with one wording for authors.

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
