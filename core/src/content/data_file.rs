//! What every versioned data file shares: read with serde, the format version checked with one
//! wording for authors, then the file's own problems.

use serde::de::DeserializeOwned;
use serde::Serialize;

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

/// A checked file in the compact form the kiosk's build compiles into the wasm (postcard): the
/// wasm then needs no TOML parser for the house's content, and reads it faster at start.
pub fn compile<T: Serialize>(file: &T) -> Result<Vec<u8>, String> {
    postcard::to_allocvec(file).map_err(|e| e.to_string())
}

/// Reads what [`compile`] wrote, with the format version checked again (a stale build fails
/// here, not later).
pub fn decode<T: DataFile>(bytes: &[u8]) -> Result<T, String> {
    let file: T = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    check_format_version(file.format_version(), T::FORMAT_VERSION)?;
    Ok(file)
}

/// Reads a list of files [`compile`]d together (the tutorials), each version checked.
pub fn decode_all<T: DataFile>(bytes: &[u8]) -> Result<Vec<T>, String> {
    let files: Vec<T> = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    for file in &files {
        check_format_version(file.format_version(), T::FORMAT_VERSION)?;
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::Questionnaire;
    use crate::content::languages::LanguageList;
    use crate::content::orientation::Rules;
    use crate::content::practice::PracticeContent;
    use crate::content::tutorials::Tutorial;

    /// What the build compiles reads back the same, for every shipped file.
    #[test]
    fn the_shipped_content_reads_back_the_same_once_compiled() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let text =
            |path: &str| std::fs::read_to_string(format!("{root}/{path}")).expect("a shipped file");
        let questionnaire =
            Questionnaire::parse(&text("assets/content/assessment.toml")).expect("questionnaire");
        let compiled = compile(&questionnaire).expect("compiles");
        assert_eq!(decode::<Questionnaire>(&compiled), Ok(questionnaire));
        let rules = Rules::parse(&text("assets/content/orientation.toml")).expect("rules");
        assert_eq!(
            decode::<Rules>(&compile(&rules).expect("compiles")),
            Ok(rules)
        );
        let practice =
            PracticeContent::parse(&text("assets/content/practice.toml")).expect("practice");
        assert_eq!(
            decode::<PracticeContent>(&compile(&practice).expect("compiles")),
            Ok(practice)
        );
        let languages = LanguageList::parse(&text("locales/languages.toml")).expect("languages");
        let back = LanguageList::decode(&compile(&languages).expect("compiles")).expect("decodes");
        assert_eq!(back.languages, languages.languages);

        let folder = format!("{root}/assets/content/tutorials");
        let mut tutorials = Vec::new();
        for entry in std::fs::read_dir(folder)
            .expect("the tutorials' folder")
            .flatten()
        {
            let text = std::fs::read_to_string(entry.path()).expect("a tutorial");
            tutorials.push(Tutorial::parse(&text).expect("a tutorial that reads"));
        }
        assert_eq!(tutorials.len(), 12);
        let back = decode_all::<Tutorial>(&compile(&tutorials).expect("compiles"));
        assert_eq!(back, Ok(tutorials));
    }

    /// A compiled file of another format version is refused with the authors' wording.
    #[test]
    fn a_compiled_file_of_another_version_is_refused() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        let text = std::fs::read_to_string(format!("{root}/assets/content/orientation.toml"))
            .expect("the rules");
        let mut rules = Rules::parse(&text).expect("rules");
        rules.format_version += 1;
        let problem = decode::<Rules>(&compile(&rules).expect("compiles")).expect_err("refused");
        assert!(problem.contains("format_version is"), "{problem}");
        assert!(
            decode::<Rules>(&[1, 2, 3]).is_err(),
            "bytes that are not a file"
        );
    }
}
