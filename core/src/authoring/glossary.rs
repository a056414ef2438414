//! The shared glossary (`locales/glossary.toml`): one word for each thing in every language, the
//! words a person's screens must not use, and the acronyms to explain where they first appear.
//! Read by `content_check`; an author edits the file, not this code.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The version of the glossary format this code reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub format_version: u32,
    /// One thing, one word: per language, the variants that must not appear.
    #[serde(default, rename = "term")]
    pub terms: Vec<Term>,
    /// Acronyms, with the words that explain them in each language.
    #[serde(default, rename = "acronym")]
    pub acronyms: Vec<Acronym>,
    /// Words a person may not know, not to be used on a person's screens (French).
    #[serde(default, rename = "jargon")]
    pub jargon: Vec<Jargon>,
}

/// One thing and its one word per language (`use`), with the variants to replace (`avoid`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What the thing is, for authors.
    pub about: String,
    /// language code -> the word to use.
    #[serde(rename = "use")]
    pub words: BTreeMap<String, String>,
    /// language code -> variants that must not appear (matched as whole words, case included).
    #[serde(default)]
    pub avoid: BTreeMap<String, Vec<String>>,
}

/// An acronym and, per language, words that explain it (found in the same step or message).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acronym {
    pub word: String,
    pub explained: BTreeMap<String, String>,
}

/// A word to avoid on a person's screens, and what to say instead.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jargon {
    pub word: String,
    pub instead: String,
}

impl Glossary {
    /// Reads the glossary; the error says what is wrong and where.
    pub fn parse(text: &str) -> Result<Glossary, String> {
        crate::content::data_file::read(text)
    }
}

impl crate::content::data_file::DataFile for Glossary {
    const FORMAT_VERSION: u32 = FORMAT_VERSION;

    fn format_version(&self) -> u32 {
        self.format_version
    }
}

/// Whether `word` appears in `text` as a whole word (not inside a longer one), case included.
pub fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `word` appears in `text` as a whole word, whatever the case.
pub fn has_word_any_case(text: &str, word: &str) -> bool {
    has_word(&text.to_lowercase(), &word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(has_word("Déclarez à la CAF.", "CAF"));
        assert!(!has_word("Déclarez à la Caf.", "CAF"));
        assert!(!has_word("CAFÉ", "CAF"));
        assert!(has_word_any_case("Ce Tutoriel aide.", "tutoriel"));
        assert!(!has_word_any_case("Les tutoriels", "tutoriel"));
    }

    #[test]
    fn reads_a_glossary() {
        let glossary = Glossary::parse(
            r#"
format_version = 1
[[term]]
about = "Caisse d'allocations familiales"
use = { fr = "Caf", en = "Caf" }
avoid = { fr = ["CAF"] }
[[acronym]]
word = "RSA"
explained = { fr = "revenu de solidarité active" }
[[jargon]]
word = "tutoriel"
instead = "les étapes"
"#,
        )
        .expect("valid");
        assert_eq!(glossary.terms[0].avoid["fr"], ["CAF"]);
        assert_eq!(glossary.acronyms[0].word, "RSA");
    }
}
