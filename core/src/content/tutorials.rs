//! The tutorials' data model: one TOML file per tutorial under `assets/content/tutorials/`.
//!
//! Every word lives in Fluent (`locales/<lang>/tutorials/<id>.ftl`); the data file only says
//! which messages, pictures and practice screens make each step. `content_check` checks the files
//! for authors; the app parses the same files with the same types.

use serde::{Deserialize, Serialize};

/// The version of the tutorial file format this code reads.
pub const FORMAT_VERSION: u32 = 2;

/// One tutorial: what it is about and its steps, in order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tutorial {
    /// Must be `FORMAT_VERSION`.
    pub format_version: u32,
    /// Short name in the address (`/tutorials/<id>/1`), and the file name without `.toml`.
    pub id: String,
    /// The topic, as French digital mediators name it.
    pub theme: Theme,
    /// A file of `assets/icons/` (without `.svg`), shown on the tutorial's card.
    pub pictogram: String,
    /// About how long it takes, in minutes.
    pub minutes: u32,
    /// Message id of the tutorial's title.
    pub title: String,
    /// For a procedure: the roads that need no internet, shown on the last step and printed.
    #[serde(default)]
    pub other_roads: Option<OtherRoads>,
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
    /// Every fact the tutorial teaches, with the public page that says it.
    #[serde(default, rename = "source")]
    pub sources: Vec<Source>,
}

/// The phone road and the desk or paper road of a procedure. A person who cannot or will not do
/// it online must never be left with the online road only (Défenseur des droits, 2022 and 2024).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OtherRoads {
    /// The number to call, as written in the phone message of every language (checked).
    pub phone: String,
    /// Message id: how to call (the number, when, what it costs).
    pub phone_message: String,
    /// Message id: where to go or what to send on paper.
    pub in_person_message: String,
}

/// One fact a tutorial teaches and where it was checked, so a commune knows what to re-check.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The fact, in one English sentence, for the README's table.
    pub fact: String,
    /// The public page that states it.
    pub url: String,
    /// The day it was read there, `YYYY-MM-DD`.
    pub checked: String,
}

/// One screen of a tutorial: one action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Message id of the step's title, also its line on the take-home sheet.
    pub title: String,
    /// Message id of the instruction: one sentence per line, each line its own paragraph.
    pub instruction: String,
    /// A file of `assets/illustrations/` (without `.svg`).
    pub illustration: String,
    /// Message id of the illustration's text alternative.
    pub illustration_alt: String,
    /// Message id of an optional tip.
    #[serde(default)]
    pub tip: Option<String>,
    /// Message id of an optional warning.
    #[serde(default)]
    pub caution: Option<String>,
    /// An optional practice screen that imitates the real thing with fake data.
    #[serde(default)]
    pub practice: Option<Practice>,
}

/// The topics, from La Coop de la médiation numérique's "thématiques", in the order the tutorial
/// list shows them (first steps first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    PrendreEnMainDuMateriel,
    NavigationSurInternet,
    Email,
    PreventionEnSecuriteNumerique,
    AideAuxDemarchesAdministratives,
    Sante,
    InsertionProfessionnelle,
    ReseauxSociauxCommunication,
}

impl Theme {
    /// Every theme, in display order.
    pub const ALL: [Theme; 8] = [
        Theme::PrendreEnMainDuMateriel,
        Theme::NavigationSurInternet,
        Theme::Email,
        Theme::PreventionEnSecuriteNumerique,
        Theme::AideAuxDemarchesAdministratives,
        Theme::Sante,
        Theme::InsertionProfessionnelle,
        Theme::ReseauxSociauxCommunication,
    ];

    /// The kebab-case name, as written in the data files.
    pub fn slug(self) -> &'static str {
        match self {
            Theme::PrendreEnMainDuMateriel => "prendre-en-main-du-materiel",
            Theme::NavigationSurInternet => "navigation-sur-internet",
            Theme::Email => "email",
            Theme::PreventionEnSecuriteNumerique => "prevention-en-securite-numerique",
            Theme::AideAuxDemarchesAdministratives => "aide-aux-demarches-administratives",
            Theme::Sante => "sante",
            Theme::InsertionProfessionnelle => "insertion-professionnelle",
            Theme::ReseauxSociauxCommunication => "reseaux-sociaux-communication",
        }
    }

    /// A procedure with an administration: it must give the phone and the desk or paper roads.
    pub fn is_procedure(self) -> bool {
        matches!(
            self,
            Theme::AideAuxDemarchesAdministratives | Theme::Sante | Theme::InsertionProfessionnelle
        )
    }

    /// The theme's name, as a heading of the list and a row of the figures.
    pub fn message_id(self) -> String {
        theme_message_id(self.slug())
    }
}

/// The name of the theme with this slug; the figures keep slugs, and name "unknown" the theme
/// of a tutorial counted then removed.
pub fn theme_message_id(slug: &str) -> String {
    format!("theme-{slug}")
}

/// The practice screens a step can hold. None keeps or sends anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Practice {
    /// Type an e-mail address on the kiosk's own keyboard.
    EmailKeyboard,
    /// A FranceConnect-style login with a fake account.
    FranceconnectLogin,
    /// Attach a photo of a paper to a message.
    AttachDocument,
    /// Three messages: real or scam?
    ScamOrReal,
}

impl Tutorial {
    /// Reads a tutorial file. The error says what is wrong, and where, in plain words.
    pub fn parse(text: &str) -> Result<Tutorial, String> {
        crate::content::data_file::read(text)
    }

    /// Every message id the tutorial uses, in order.
    pub fn message_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.title.as_str()];
        for step in &self.steps {
            ids.extend([
                step.title.as_str(),
                step.instruction.as_str(),
                step.illustration_alt.as_str(),
            ]);
            ids.extend(step.tip.as_deref());
            ids.extend(step.caution.as_deref());
        }
        if let Some(roads) = &self.other_roads {
            ids.extend([
                roads.phone_message.as_str(),
                roads.in_person_message.as_str(),
            ]);
        }
        ids
    }

    /// The step at a 1-based number, as in the address.
    pub fn step(&self, number: usize) -> Option<&Step> {
        number.checked_sub(1).and_then(|i| self.steps.get(i))
    }
}

/// Sorts tutorials for the list: by theme, then in the order given (the file order).
pub fn by_theme(tutorials: &[Tutorial]) -> Vec<(Theme, Vec<&Tutorial>)> {
    Theme::ALL
        .iter()
        .map(|theme| {
            let matching = tutorials.iter().filter(|t| t.theme == *theme).collect();
            (*theme, matching)
        })
        .filter(|(_, list): &(Theme, Vec<&Tutorial>)| !list.is_empty())
        .collect()
}

impl crate::content::data_file::DataFile for Tutorial {
    const FORMAT_VERSION: u32 = FORMAT_VERSION;

    fn format_version(&self) -> u32 {
        self.format_version
    }

    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.sources.is_empty() {
            problems.push(
                "there is no [[source]]: add one per fact the tutorial teaches (fact, url, checked)"
                    .to_string(),
            );
        }
        for (n, source) in self.sources.iter().enumerate() {
            let n = n + 1;
            if source.fact.trim().is_empty() {
                problems.push(format!("source {n}: write the fact it proves in `fact`"));
            }
            if !source.url.starts_with("https://") || source.url.len() <= "https://".len() {
                problems.push(format!(
                    "source {n}: url is \"{}\"; write the page's address, starting with https://",
                    source.url
                ));
            }
            if !is_iso_date(&source.checked) {
                problems.push(format!(
                    "source {n}: checked is \"{}\"; write the day you read the page, as 2026-11-26",
                    source.checked
                ));
            }
        }
        if self.theme.is_procedure() && self.other_roads.is_none() {
            problems.push(format!(
                "the theme \"{}\" is a procedure: add [other_roads] with phone, phone_message and in_person_message, so a person without internet has a way",
                self.theme.slug()
            ));
        }
        if let Some(roads) = &self.other_roads {
            if !roads.phone.chars().any(|c| c.is_ascii_digit()) {
                problems.push(format!(
                    "other_roads: phone is \"{}\"; write the number to call",
                    roads.phone
                ));
            }
        }
        problems
    }
}

/// `YYYY-MM-DD` with a month from 1 to 12 and a day from 1 to 31.
fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize| {
        (part.len() == len && part.chars().all(|c| c.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [year, month, day] => {
            number(year, 4).is_some()
                && number(month, 2).is_some_and(|m| (1..=12).contains(&m))
                && number(day, 2).is_some_and(|d| (1..=31).contains(&d))
        }
        _ => false,
    }
}

/// The digits of a phone number, so "39 49", "3949" and an isolated "\u{2066}3949\u{2069}" match.
pub fn phone_digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
format_version = 2
id = "sample"
theme = "email"
pictogram = "mail"
minutes = 5
title = "sample-title"

[[step]]
title = "sample-1-title"
instruction = "sample-1-text"
illustration = "mail"
illustration_alt = "sample-1-image"
tip = "sample-1-tip"

[[step]]
title = "sample-2-title"
instruction = "sample-2-text"
illustration = "keyboard"
illustration_alt = "sample-2-image"
practice = "email-keyboard"

[[source]]
fact = "A sample fact."
url = "https://example.org/page"
checked = "2026-11-26"
"#;

    const ROADS: &str = r#"
[other_roads]
phone = "3949"
phone_message = "sample-road-phone"
in_person_message = "sample-road-in-person"
"#;

    #[test]
    fn reads_a_tutorial() {
        let tutorial = Tutorial::parse(SAMPLE).expect("valid sample");
        assert_eq!(tutorial.steps.len(), 2);
        assert_eq!(tutorial.theme, Theme::Email);
        assert_eq!(tutorial.steps[1].practice, Some(Practice::EmailKeyboard));
        assert_eq!(
            tutorial.step(1).map(|s| s.title.as_str()),
            Some("sample-1-title")
        );
        assert_eq!(tutorial.step(0), None);
        assert_eq!(tutorial.step(3), None);
        assert_eq!(
            tutorial.message_ids(),
            [
                "sample-title",
                "sample-1-title",
                "sample-1-text",
                "sample-1-image",
                "sample-1-tip",
                "sample-2-title",
                "sample-2-text",
                "sample-2-image"
            ]
        );
    }

    #[test]
    fn an_unknown_field_is_named_with_its_line() {
        let broken = SAMPLE.replace("tip = ", "hint = ");
        let error = Tutorial::parse(&broken).expect_err("unknown field");
        assert!(error.contains("unknown field `hint`"), "{error}");
        assert!(error.contains("line 14"), "{error}");
    }

    #[test]
    fn another_format_version_is_refused() {
        let error = Tutorial::parse(&SAMPLE.replace("format_version = 2", "format_version = 1"))
            .expect_err("version 1");
        assert!(error.contains("reads version 2"), "{error}");
    }

    #[test]
    fn the_list_groups_by_theme_in_theme_order() {
        let email = Tutorial::parse(SAMPLE).expect("valid sample");
        let mut touch = email.clone();
        touch.theme = Theme::PrendreEnMainDuMateriel;
        let tutorials = [email, touch];
        let groups = by_theme(&tutorials);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].0, Theme::PrendreEnMainDuMateriel);
        assert_eq!(groups[1].0, Theme::Email);
        assert_eq!(Theme::Email.slug(), "email");
    }

    #[test]
    fn a_tutorial_without_sources_is_refused() {
        let bare = SAMPLE.split("[[source]]").next().unwrap_or_default();
        let error = Tutorial::parse(bare).expect_err("no source");
        assert!(error.contains("there is no [[source]]"), "{error}");
    }

    #[test]
    fn a_source_needs_an_address_and_a_day() {
        let broken = SAMPLE
            .replace("https://example.org/page", "example.org")
            .replace("2026-11-26", "26/11/2026");
        let error = Tutorial::parse(&broken).expect_err("bad source");
        assert!(error.contains("source 1: url"), "{error}");
        assert!(error.contains("source 1: checked"), "{error}");
        assert!(is_iso_date("2024-12-10"));
        assert!(!is_iso_date("2024-13-10"));
        assert!(!is_iso_date("2024-1-10"));
    }

    #[test]
    fn a_procedure_must_give_the_other_roads() {
        let procedure = SAMPLE.replace("theme = \"email\"", "theme = \"sante\"");
        let error = Tutorial::parse(&procedure).expect_err("no roads");
        assert!(error.contains("add [other_roads]"), "{error}");
        // The roads table goes before the steps, as TOML tables do.
        let with_roads = procedure.replacen("[[step]]", &format!("{ROADS}\n[[step]]"), 1);
        let tutorial = Tutorial::parse(&with_roads).expect("roads given");
        let ids = tutorial.message_ids();
        assert!(ids.contains(&"sample-road-phone"), "{ids:?}");
        assert!(ids.contains(&"sample-road-in-person"), "{ids:?}");
        assert_eq!(phone_digits("\u{2066}39 49\u{2069}"), "3949");
    }
}
