//! `locales/languages.toml`: which languages the kiosk offers, in which order, in which direction.

use serde::{Deserialize, Serialize};

/// The format version this code reads. Bump it when the file's shape changes.
pub const FORMAT_VERSION: u32 = 1;

/// The whole `languages.toml` file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageList {
    pub format_version: u32,
    /// Code of the language the kiosk starts in, and returns to after every reset.
    pub default: String,
    /// The languages in the order the picker shows them.
    #[serde(rename = "language")]
    pub languages: Vec<Language>,
}

/// One language the kiosk offers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 code, also the folder name under `locales/` (`fr`, `ar`).
    pub code: String,
    /// The language's name in itself (endonym), as the picker shows it: "العربية", never "Arabe".
    pub name: String,
    pub direction: Direction,
    pub status: ReviewStatus,
}

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Whether a native speaker has reviewed the translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    Reviewed,
    Draft,
}

impl LanguageList {
    /// Reads and checks the file. The error is a sentence an author can act on.
    pub fn parse(text: &str) -> Result<Self, String> {
        let list: LanguageList = toml::from_str(text)
            .map_err(|e| format!("locales/languages.toml cannot be read: {e}"))?;
        list.check()?;
        Ok(list)
    }

    /// Reads the list as the build compiled it ([`crate::content::data_file::compile`]), checked
    /// again.
    pub fn decode(bytes: &[u8]) -> Result<Self, String> {
        let list: LanguageList = postcard::from_bytes(bytes)
            .map_err(|e| format!("locales/languages.toml, as compiled, cannot be read: {e}"))?;
        list.check()?;
        Ok(list)
    }

    fn check(&self) -> Result<(), String> {
        if self.format_version != FORMAT_VERSION {
            return Err(format!(
                "locales/languages.toml: format_version is {}, this kiosk reads version {FORMAT_VERSION}.",
                self.format_version
            ));
        }
        if self.languages.is_empty() {
            return Err("locales/languages.toml: add at least one [[language]].".into());
        }
        for (i, lang) in self.languages.iter().enumerate() {
            if self.languages[..i].iter().any(|l| l.code == lang.code) {
                return Err(format!(
                    "locales/languages.toml: the language \"{}\" is listed twice.",
                    lang.code
                ));
            }
            if lang.name.trim().is_empty() {
                return Err(format!(
                    "locales/languages.toml: the language \"{}\" has no name.",
                    lang.code
                ));
            }
        }
        if self.get(&self.default).is_none() {
            return Err(format!(
                "locales/languages.toml: the default language \"{}\" is not in the list.",
                self.default
            ));
        }
        Ok(())
    }

    /// The language with this code, if the kiosk offers it.
    pub fn get(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The default language (checked to exist by `parse`).
    pub fn default_language(&self) -> &Language {
        self.get(&self.default).unwrap_or(&self.languages[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
format_version = 1
default = "fr"
[[language]]
code = "fr"
name = "Français"
direction = "ltr"
status = "reviewed"
[[language]]
code = "ar"
name = "العربية"
direction = "rtl"
status = "draft"
"#;

    #[test]
    fn reads_a_good_list_in_order() {
        let list = LanguageList::parse(GOOD).expect("valid list");
        let codes: Vec<_> = list.languages.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["fr", "ar"]);
        assert_eq!(list.default_language().code, "fr");
        assert_eq!(list.get("ar").map(|l| l.direction), Some(Direction::Rtl));
    }

    #[test]
    fn rejects_an_unknown_field_by_name() {
        let err = LanguageList::parse(
            &GOOD.replace("status = \"draft\"", "status = \"draft\"\nflag = \"dz\""),
        )
        .expect_err("unknown field");
        assert!(err.contains("flag"), "{err}");
    }

    #[test]
    fn rejects_a_default_that_is_not_offered() {
        let err = LanguageList::parse(&GOOD.replace("default = \"fr\"", "default = \"es\""))
            .expect_err("bad default");
        assert!(err.contains("\"es\" is not in the list"), "{err}");
    }

    #[test]
    fn rejects_a_language_listed_twice() {
        let twice = format!("{GOOD}\n[[language]]\ncode = \"ar\"\nname = \"x\"\ndirection = \"rtl\"\nstatus = \"draft\"\n");
        let err = LanguageList::parse(&twice).expect_err("duplicate");
        assert!(err.contains("listed twice"), "{err}");
    }

    #[test]
    fn rejects_another_format_version() {
        let err = LanguageList::parse(&GOOD.replace("format_version = 1", "format_version = 2"))
            .expect_err("version");
        assert!(err.contains("format_version is 2"), "{err}");
    }
}
