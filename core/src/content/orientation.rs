//! Orientation: from the self-assessment to at most three cards of human help, each with the kind
//! of places that fit. The rules are data (`assets/content/orientation.toml`), read top to bottom;
//! they are a proposal to refine with local conseillers numériques, so they must stay editable.

use crate::content::assessment::{Answers, Group, Profile, Score, SkillAnswer};
use crate::installation::places::{Place, ACCOMPANIMENT, PROGRAMMES, PUBLICS, SERVICES, SUPPORTS};
use serde::{Deserialize, Serialize};

/// The version of the orientation file format this code reads.
pub const FORMAT_VERSION: u32 = 1;

/// At most this many cards on a ticket.
pub const MAX_CARDS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    pub format_version: u32,
    #[serde(rename = "card")]
    pub cards: Vec<Card>,
    /// Preferences among places, added by what the person said or did.
    #[serde(default, rename = "preference")]
    pub preferences: Vec<Preference>,
    /// Documents to bring, per procedure the person wants to do.
    #[serde(default, rename = "documents")]
    pub documents: Vec<Documents>,
    /// What the person lacks for online procedures, told to the agent on the ticket.
    #[serde(default, rename = "lack")]
    pub lacks: Vec<Documents>,
    /// Tutorials of the kiosk to suggest, per answer.
    #[serde(default, rename = "tutorial")]
    pub tutorials: Vec<SuggestedTutorial>,
    /// From this many "I don't understand" (on any question), reading is taken to be hard, as it
    /// is when read aloud is on: cards marked `when_reading_is_hard` are then given.
    #[serde(default = "default_reading_is_hard_at")]
    pub reading_is_hard_at: usize,
    /// "question=answer" pairs by which a person says reading is hard.
    #[serde(default)]
    pub reading_is_hard_answers: Vec<String>,
}

fn default_reading_is_hard_at() -> usize {
    3
}

/// A tutorial to suggest when `answer` ("goal=caf") was given.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestedTutorial {
    pub answer: String,
    /// The tutorial's id (its file name in assets/content/tutorials/).
    pub id: String,
}

/// One kind of help. It is given when every condition written holds (a list holds when any of its
/// items does); the texts are `orientation-<id>-title` and `orientation-<id>-ask`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub pictogram: String,
    /// "question=answer" pairs, any of which must have been answered.
    #[serde(default)]
    pub answers: Vec<String>,
    /// "question=answer" pairs, none of which may have been answered.
    #[serde(default)]
    pub not_answers: Vec<String>,
    /// Profiles (`discovering`, `with-help`, `almost-autonomous`), any of which.
    #[serde(default)]
    pub profiles: Vec<String>,
    /// Star groups, any of which has one star.
    #[serde(default)]
    pub weak: Vec<String>,
    /// Skill questions, any of which was asked and not answered "alone".
    #[serde(default)]
    pub needs_help_with: Vec<String>,
    /// Also given, whatever `answers`, `profiles`, `weak` and `needs_help_with` say, to a person
    /// for whom reading seems hard (`not_answers` still holds).
    #[serde(default)]
    pub when_reading_is_hard: bool,
    /// The card of last resort: given only when no other card has a place to go to, so that no
    /// result leaves a person without a human. Its other conditions are not read.
    #[serde(default)]
    pub fallback: bool,
    /// Places offering any of these `services`.
    #[serde(default)]
    pub services: Vec<String>,
    /// …or part of any of these national programmes.
    #[serde(default)]
    pub programmes: Vec<String>,
    /// …and, if given, offering any of these ways of accompanying.
    #[serde(default)]
    pub accompaniment: Vec<String>,
    /// Where the commune hands out the Pass numérique (configuration), this card mentions it.
    #[serde(default)]
    pub pass_numerique: bool,
}

/// Places with one of `supports`, or addressing one of `publics`, come first when the condition
/// holds. A preference never excludes a place (R11: the age band is a bonus, never a filter).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Preference {
    pub id: String,
    /// "question=answer" pairs, any of which.
    #[serde(default)]
    pub answers: Vec<String>,
    /// The displayed language is not the default one.
    #[serde(default)]
    pub language_not_default: bool,
    /// At least this many "I don't understand the question".
    #[serde(default)]
    pub not_understood_at_least: Option<usize>,
    /// `prise_en_charge_specifique` values.
    #[serde(default)]
    pub supports: Vec<String>,
    /// `publics_specifiquement_adresses` values.
    #[serde(default)]
    pub publics: Vec<String>,
    /// `formations_labels` values: mediators trained for this need (an Aidants Connect mandate).
    #[serde(default)]
    pub labels: Vec<String>,
    /// Places with an accessibility sheet (`fiche_acces_libre`) come first: the person can check
    /// before going that the place suits their disability.
    #[serde(default)]
    pub accessibility_sheet: bool,
}

/// A message given when `answer` ("goal=caf") was: the documents to bring for a procedure, or
/// what the person lacks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Documents {
    pub answer: String,
    pub message: String,
}

/// What the person said and how it scored, as the rules read it.
pub struct Situation<'a> {
    pub answers: &'a Answers,
    pub score: &'a Score,
    pub language_is_default: bool,
    /// Read aloud was on when the result was shown.
    pub reads_aloud: bool,
}

impl Situation<'_> {
    fn answered(&self, pair: &str) -> bool {
        let Some((question, answer)) = pair.split_once('=') else {
            return false;
        };
        self.answers
            .get(question)
            .is_some_and(|given| given.iter().any(|a| a == answer))
    }

    fn weak(&self, group: &str) -> bool {
        Group::ALL
            .iter()
            .find(|g| g.slug() == group)
            .and_then(|g| self.score.stars.get(g))
            .is_some_and(|stars| *stars <= 1)
    }

    /// Asked, and answered with help, no, or "I don't understand".
    fn needs_help_with(&self, question: &str) -> bool {
        self.answers
            .get(question)
            .and_then(|given| given.first())
            .is_some_and(|answer| answer != SkillAnswer::Alone.slug())
    }

    fn profile_is(&self, slug: &str) -> bool {
        let profile: Profile = self.score.profile;
        profile.slug() == slug
    }
}

impl Rules {
    /// Reads the rules; the error names the problem in plain words.
    pub fn parse(text: &str) -> Result<Rules, String> {
        crate::content::data_file::read(text)
    }
}

impl crate::content::data_file::DataFile for Rules {
    const FORMAT_VERSION: u32 = FORMAT_VERSION;

    fn format_version(&self) -> u32 {
        self.format_version
    }

    /// Values that are not in the places schema, so would never match a place.
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut check = |card: &str, field: &str, values: &[String], allowed: &[&str]| {
            for value in values.iter().filter(|v| !allowed.contains(&v.as_str())) {
                problems.push(format!(
                    "{card}: `{field}` has \"{value}\", which is not a value of the places schema"
                ));
            }
        };
        for card in &self.cards {
            check(&card.id, "services", &card.services, &SERVICES);
            check(&card.id, "programmes", &card.programmes, &PROGRAMMES);
            check(
                &card.id,
                "accompaniment",
                &card.accompaniment,
                &ACCOMPANIMENT,
            );
        }
        for preference in &self.preferences {
            check(&preference.id, "supports", &preference.supports, &SUPPORTS);
            check(&preference.id, "publics", &preference.publics, &PUBLICS);
        }
        problems
    }
}

impl Rules {
    /// The cards for this situation, in rule order, at most `MAX_CARDS`.
    /// The fallback cards are not among them (see [`Rules::fallback`]).
    pub fn cards(&self, situation: &Situation) -> Vec<&Card> {
        let reading_is_hard = self.reading_is_hard(situation);
        self.cards
            .iter()
            .filter(|card| !card.fallback)
            .filter(|card| {
                let conditions = (card.answers.is_empty()
                    || card.answers.iter().any(|a| situation.answered(a)))
                    && (card.profiles.is_empty()
                        || card.profiles.iter().any(|p| situation.profile_is(p)))
                    && (card.weak.is_empty() || card.weak.iter().any(|g| situation.weak(g)))
                    && (card.needs_help_with.is_empty()
                        || card
                            .needs_help_with
                            .iter()
                            .any(|q| situation.needs_help_with(q)));
                (conditions || (card.when_reading_is_hard && reading_is_hard))
                    && !card.not_answers.iter().any(|a| situation.answered(a))
            })
            .take(MAX_CARDS)
            .collect()
    }

    /// The card of last resort, if the rules have one.
    pub fn fallback(&self) -> Option<&Card> {
        self.cards.iter().find(|card| card.fallback)
    }

    /// Many "I don't understand", or read aloud on: the person may not read well, so a card that
    /// only points to reading texts alone would leave them without help.
    pub fn reading_is_hard(&self, situation: &Situation) -> bool {
        situation.reads_aloud
            || situation.score.not_understood >= self.reading_is_hard_at
            || self
                .reading_is_hard_answers
                .iter()
                .any(|pair| situation.answered(pair))
    }

    /// The supports and publics to prefer among places for this situation.
    /// Also the `formations_labels` values to prefer.
    pub fn preferred_supports(&self, situation: &Situation) -> Vec<&str> {
        self.preferences_holding(situation)
            .into_iter()
            .flat_map(|p| {
                p.supports
                    .iter()
                    .chain(&p.publics)
                    .chain(&p.labels)
                    .map(String::as_str)
            })
            .collect()
    }

    /// Whether places with an accessibility sheet come first for this situation.
    pub fn prefers_accessibility_sheet(&self, situation: &Situation) -> bool {
        self.preferences_holding(situation)
            .iter()
            .any(|p| p.accessibility_sheet)
    }

    fn preferences_holding(&self, situation: &Situation) -> Vec<&Preference> {
        self.preferences
            .iter()
            .filter(|p| {
                p.answers.iter().any(|a| situation.answered(a))
                    || (p.language_not_default && !situation.language_is_default)
                    || p.not_understood_at_least
                        .is_some_and(|n| situation.score.not_understood >= n)
            })
            .collect()
    }

    /// Ids of the tutorials to suggest, in rule order, without repeats.
    pub fn tutorials(&self, situation: &Situation) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for suggestion in self
            .tutorials
            .iter()
            .filter(|t| situation.answered(&t.answer))
        {
            if !ids.contains(&suggestion.id.as_str()) {
                ids.push(&suggestion.id);
            }
        }
        ids
    }

    /// Every message id the rules make reachable: each card's title and question, each list of
    /// documents.
    pub fn message_ids(&self) -> Vec<String> {
        let cards = self
            .cards
            .iter()
            .flat_map(|c| [c.title_message_id(), c.ask_message_id()]);
        cards
            .chain(self.documents.iter().map(|d| d.message.clone()))
            .chain(self.lacks.iter().map(|d| d.message.clone()))
            .collect()
    }

    /// Message ids of what the person lacks (a device, a connection...), for the agent.
    pub fn lacks(&self, situation: &Situation) -> Vec<&str> {
        given(&self.lacks, situation)
    }

    /// Message ids of the documents to bring for what the person wants to do.
    pub fn documents(&self, situation: &Situation) -> Vec<&str> {
        given(&self.documents, situation)
    }
}

/// The messages of `list` whose answer was given.
fn given<'a>(list: &'a [Documents], situation: &Situation) -> Vec<&'a str> {
    list.iter()
        .filter(|d| situation.answered(&d.answer))
        .map(|d| d.message.as_str())
        .collect()
}

impl Card {
    /// The kind of help in words.
    pub fn title_message_id(&self) -> String {
        format!("orientation-{}-title", self.id)
    }

    /// What to ask for at the place.
    pub fn ask_message_id(&self) -> String {
        format!("orientation-{}-ask", self.id)
    }

    /// Whether a place offers this kind of help.
    pub fn fits(&self, place: &Place) -> bool {
        let any =
            |wanted: &[String], offered: &[String]| wanted.iter().any(|w| offered.contains(w));
        let offers = (self.services.is_empty() && self.programmes.is_empty())
            || any(&self.services, &place.services)
            || any(&self.programmes, &place.programmes);
        let accompanies =
            self.accompaniment.is_empty() || any(&self.accompaniment, &place.accompaniment);
        offers && accompanies
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::answers;
    use std::collections::BTreeMap;

    const RULES: &str = r#"
format_version = 1

[[card]]
id = "get-equipped"
pictogram = "phone"
answers = ["equipment=none", "internet=no"]
services = ["Acquisition de matériel informatique à prix solidaire"]

[[card]]
id = "do-it-with-a-professional"
pictogram = "agent"
profiles = ["discovering"]
not_answers = ["goal=learn-basics"]
programmes = ["France Services", "Aidants Connect"]

[[card]]
id = "protect-yourself"
pictogram = "scam"
weak = ["procedures-and-safety"]
services = ["Utilisation sécurisée du numérique"]

[[card]]
id = "go-on-alone"
pictogram = "practice"
profiles = ["almost-autonomous"]

[[preference]]
id = "languages"
language_not_default = true
not_understood_at_least = 3
supports = ["Langues étrangères (anglais)", "Langues étrangères (autres)"]

[[documents]]
answer = "goal=caf"
message = "orientation-documents-caf"
"#;

    fn score(profile: Profile, safety: u8, not_understood: usize) -> Score {
        Score {
            stars: BTreeMap::from([
                (Group::Basics, 1),
                (Group::Communicating, 1),
                (Group::ProceduresAndSafety, safety),
            ]),
            profile,
            not_understood,
            gated: false,
        }
    }

    #[test]
    fn a_beginner_without_equipment_gets_three_cards_at_most() {
        let rules = Rules::parse(RULES).expect("valid");
        let given = answers(&[("equipment", "none"), ("goal", "caf")]);
        let score = score(Profile::Discovering, 1, 0);
        let situation = Situation {
            answers: &given,
            score: &score,
            language_is_default: true,
            reads_aloud: false,
        };
        let ids: Vec<&str> = rules
            .cards(&situation)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "get-equipped",
                "do-it-with-a-professional",
                "protect-yourself"
            ]
        );
        assert_eq!(rules.documents(&situation), ["orientation-documents-caf"]);
        assert!(rules.preferred_supports(&situation).is_empty());
    }

    #[test]
    fn learning_the_basics_is_not_sent_to_someone_who_does_it_for_you() {
        let rules = Rules::parse(RULES).expect("valid");
        let given = answers(&[("goal", "learn-basics")]);
        let score = score(Profile::Discovering, 3, 0);
        let situation = Situation {
            answers: &given,
            score: &score,
            language_is_default: true,
            reads_aloud: false,
        };
        assert!(rules.cards(&situation).is_empty());
    }

    #[test]
    fn another_language_or_many_not_understood_prefer_language_support() {
        let rules = Rules::parse(RULES).expect("valid");
        let given = Answers::new();
        let score_fr = score(Profile::AlmostAutonomous, 3, 3);
        let situation = Situation {
            answers: &given,
            score: &score_fr,
            language_is_default: true,
            reads_aloud: false,
        };
        assert_eq!(rules.preferred_supports(&situation).len(), 2);
        let score_ar = score(Profile::AlmostAutonomous, 3, 0);
        let situation = Situation {
            answers: &given,
            score: &score_ar,
            language_is_default: false,
            reads_aloud: false,
        };
        assert_eq!(rules.preferred_supports(&situation).len(), 2);
        let ids: Vec<&str> = rules
            .cards(&situation)
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["go-on-alone"]);
    }

    #[test]
    fn an_age_band_prefers_places_for_that_public() {
        let rules = Rules::parse(&format!(
            "{RULES}\n[[preference]]\nid = \"seniors\"\nanswers = [\"age=75-plus\"]\npublics = [\"Seniors\"]\n"
        ))
        .expect("valid");
        let given = answers(&[("age", "75-plus")]);
        let score = score(Profile::WithHelp, 3, 0);
        let situation = Situation {
            answers: &given,
            score: &score,
            language_is_default: true,
            reads_aloud: false,
        };
        assert_eq!(rules.preferred_supports(&situation), ["Seniors"]);
    }

    #[test]
    fn values_outside_the_places_schema_are_named() {
        let broken = RULES.replace("Utilisation sécurisée du numérique", "Sécurité");
        let error = Rules::parse(&broken).expect_err("unknown service");
        assert!(
            error.contains("protect-yourself: `services` has \"Sécurité\""),
            "{error}"
        );
    }
}
