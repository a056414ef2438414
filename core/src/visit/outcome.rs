//! The self-assessment's outcome: one value computed from the answers, the rules, the places and
//! where the kiosk stands. The result screen and the ticket only render it, so they can never
//! disagree, and every rule of it is tested here, natively.

use crate::content::assessment::{Answers, Group, Kind, Profile, Questionnaire};
use crate::content::orientation::{Card, Rules, Situation};
use crate::installation::places::{rank, Place, PlacesFile};
use chrono::NaiveDateTime;

/// Places shown per kind of help.
pub const PLACES_PER_CARD: usize = 3;

/// What the outcome is computed from.
pub struct Inputs<'a> {
    pub questionnaire: &'a Questionnaire,
    pub rules: &'a Rules,
    pub answers: &'a Answers,
    /// The displayed language's code.
    pub language: &'a str,
    /// Whether it is the kiosk's default language: the rules prefer places for people who read
    /// another language when it is not.
    pub language_is_default: bool,
    /// The places, once read; `None` while loading or when there are none.
    pub places: Option<&'a PlacesFile>,
    /// The kiosk's coordinates, when the configuration gives them.
    pub kiosk_at: Option<(f64, f64)>,
    /// The kiosk's local time, for opening hours.
    pub now: NaiveDateTime,
}

/// One star group: its stars, or `None` when none of its questions was asked (the beginner path
/// skips them): "not assessed", never one star.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupStars {
    pub group: Group,
    pub stars: Option<u8>,
}

/// One kind of help with its best places.
#[derive(Debug, Clone, PartialEq)]
pub struct Help {
    pub card: Card,
    pub places: Vec<Place>,
}

/// Everything the result screen and the ticket show. Nothing in it names the person.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub profile: Profile,
    pub stars: Vec<GroupStars>,
    /// The kinds of help, in rule order, each with its places.
    pub help: Vec<Help>,
    /// Message ids of the documents to bring.
    pub documents: Vec<String>,
    /// Ids of the kiosk's tutorials to suggest.
    pub tutorials: Vec<String>,
    /// The anonymous result in one line, for the ticket's QR code.
    pub summary: String,
}

impl Outcome {
    /// Whether a card of the outcome is one the Pass numérique pays for.
    pub fn pass_numerique(&self) -> bool {
        self.help.iter().any(|h| h.card.pass_numerique)
    }
}

/// Computes the outcome.
pub fn outcome(inputs: &Inputs) -> Outcome {
    let answers = inputs.answers;
    let score = inputs.questionnaire.score(answers);
    let situation = Situation {
        answers,
        score: &score,
        language_is_default: inputs.language_is_default,
    };
    let asked: Vec<Group> = inputs
        .questionnaire
        .path(answers)
        .iter()
        .filter(|q| q.kind == Kind::Skill)
        .filter_map(|q| q.group)
        .collect();
    let stars: Vec<GroupStars> = Group::ALL
        .iter()
        .map(|group| GroupStars {
            group: *group,
            stars: asked
                .contains(group)
                .then(|| score.stars.get(group).copied().unwrap_or(1)),
        })
        .collect();
    let preferred: Vec<String> = inputs
        .rules
        .preferred_supports(&situation)
        .into_iter()
        .map(String::from)
        .collect();
    let help: Vec<Help> = inputs
        .rules
        .cards(&situation)
        .into_iter()
        .map(|card| Help {
            card: card.clone(),
            places: inputs
                .places
                .map(|file| best_places(file, card, &preferred, inputs.kiosk_at, inputs.now))
                .unwrap_or_default(),
        })
        .collect();
    let documents = inputs
        .rules
        .documents(&situation)
        .into_iter()
        .map(String::from)
        .collect();
    let tutorials = inputs
        .rules
        .tutorials(&situation)
        .into_iter()
        .map(String::from)
        .collect();
    let goals = answers.get("goal").cloned().unwrap_or_default();
    let summary = summary_code(score.profile, &stars, &help, &goals, inputs.language);
    Outcome {
        profile: score.profile,
        stars,
        help,
        documents,
        tutorials,
        summary,
    }
}

/// The best places for one kind of help: those that fit, ranked (open, near the kiosk, free,
/// reachable), then those with a support or a public the person needs first. At most
/// [`PLACES_PER_CARD`].
fn best_places(
    file: &PlacesFile,
    card: &Card,
    preferred: &[String],
    kiosk_at: Option<(f64, f64)>,
    now: NaiveDateTime,
) -> Vec<Place> {
    let mut ranked: Vec<Place> = rank(&file.places, |p| card.fits(p), kiosk_at, now, usize::MAX)
        .into_iter()
        .cloned()
        .collect();
    // A stable sort: the ranking is kept among places with (or without) the support.
    ranked.sort_by_key(|p| {
        !p.supports
            .iter()
            .chain(&p.publics)
            .any(|s| preferred.contains(s))
    });
    ranked.truncate(PLACES_PER_CARD);
    ranked
}

/// The anonymous result in one line, for the agent's phone: profile, stars (`0`: not assessed),
/// cards, what the person wants to do, language. No name, no answer beyond these.
fn summary_code(
    profile: Profile,
    stars: &[GroupStars],
    help: &[Help],
    goals: &[String],
    language: &str,
) -> String {
    let stars: Vec<String> = stars
        .iter()
        .map(|g| g.stars.unwrap_or(0).to_string())
        .collect();
    let cards: Vec<&str> = help.iter().map(|h| h.card.id.as_str()).collect();
    format!(
        "PASAPAS1;profil={};etoiles={};aides={};demarche={};langue={language}",
        profile.slug(),
        stars.join("-"),
        cards.join(","),
        goals.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::assessment::answers;
    use crate::installation::places::read_places;

    fn questionnaire() -> Questionnaire {
        Questionnaire::parse(include_str!("../../../assets/content/assessment.toml"))
            .expect("the questionnaire")
    }

    fn rules() -> Rules {
        Rules::parse(include_str!("../../../assets/content/orientation.toml")).expect("the rules")
    }

    fn places() -> PlacesFile {
        read_places(include_bytes!("../../../assets/data/places.csv")).expect("the sample places")
    }

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("a Tuesday morning")
    }

    fn outcome_of(pairs: &[(&str, &str)], language: &str, places: Option<&PlacesFile>) -> Outcome {
        let (questionnaire, rules) = (questionnaire(), rules());
        let given = answers(pairs);
        outcome(&Inputs {
            questionnaire: &questionnaire,
            rules: &rules,
            answers: &given,
            language,
            language_is_default: language == "fr",
            places,
            kiosk_at: Some((48.85, 2.35)),
            now: now(),
        })
    }

    const BEGINNER: &[(&str, &str)] = &[
        ("equipment", "none"),
        ("internet", "no"),
        ("goal", "caf"),
        ("switch-on", "no"),
        ("touch-keyboard", "no"),
        ("wifi", "no"),
    ];

    #[test]
    fn a_beginner_gets_kinds_of_help_with_places_and_unasked_groups_not_assessed() {
        let file = places();
        let result = outcome_of(BEGINNER, "fr", Some(&file));
        assert_eq!(result.profile, Profile::Discovering);
        assert_eq!(
            result.stars[0],
            GroupStars {
                group: Group::Basics,
                stars: Some(1)
            }
        );
        assert!(
            result.stars[1..].iter().all(|g| g.stars.is_none()),
            "the beginner path asks no question of the other groups: {:?}",
            result.stars
        );
        assert!(!result.help.is_empty());
        assert!(result
            .help
            .iter()
            .all(|h| h.places.len() <= PLACES_PER_CARD));
        assert!(
            result.help.iter().any(|h| !h.places.is_empty()),
            "the sample places serve at least one card"
        );
        assert!(result
            .summary
            .starts_with("PASAPAS1;profil=discovering;etoiles=1-0-0;"));
        assert!(
            result.summary.ends_with(";demarche=caf;langue=fr"),
            "{}",
            result.summary
        );
    }

    #[test]
    fn without_places_the_help_is_kept_with_no_place() {
        let result = outcome_of(BEGINNER, "ar", None);
        assert!(!result.help.is_empty());
        assert!(result.help.iter().all(|h| h.places.is_empty()));
        assert!(result.summary.ends_with(";langue=ar"));
    }

    #[test]
    fn a_person_who_answered_every_skill_has_stars_in_every_group() {
        let q = questionnaire();
        let mut pairs: Vec<(&str, &str)> = vec![("goal", "taxes")];
        for question in q.questions.iter().filter(|q| q.kind == Kind::Skill) {
            pairs.push((question.id.as_str(), "alone"));
        }
        let result = outcome_of(&pairs, "fr", None);
        assert!(
            result.stars.iter().all(|g| g.stars == Some(3)),
            "{:?}",
            result.stars
        );
        assert_eq!(result.profile, Profile::AlmostAutonomous);
    }
}
