//! The tutorials' data model: one TOML file per tutorial under `assets/content/tutorials/`.
//!
//! Every word lives in Fluent (`locales/<lang>/tutorials/<id>.ftl`); the data file only says
//! which messages, pictures and practice screens make each step. `content_check` checks the files
//! for authors; the app parses the same files with the same types.

use serde::Deserialize;

/// The version of the tutorial file format this code reads.
pub const FORMAT_VERSION: u32 = 1;

/// One tutorial: what it is about and its steps, in order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
}

/// One screen of a tutorial: one action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
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
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
format_version = 1
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
        let error = Tutorial::parse(&SAMPLE.replace("format_version = 1", "format_version = 2"))
            .expect_err("version 2");
        assert!(error.contains("reads version 1"), "{error}");
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
}
