//! The self-assessment's outcome: one value computed from the answers, the rules, the places and
//! where the kiosk stands. The result screen and the ticket only render it, so they can never
//! disagree, and every rule of it is tested here, natively.

use crate::content::assessment::{Answers, Group, Kind, Profile, Questionnaire};
use crate::content::orientation::{Card, Rules, Situation};
use crate::installation::places::{rank, Place, PlacesFile, Ranking};
use chrono::NaiveDateTime;

/// Places shown per kind of help.
pub const PLACES_PER_CARD: usize = 3;

/// Places printed per kind of help. Each is printed in full (address, phone, how to come, the
/// week's hours), about 12 cm of an 80 mm ticket: three per need made a ticket of a metre.
pub const PLACES_PER_CARD_ON_PAPER: usize = 2;

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
    /// Read aloud is on: reading may be hard for this person.
    pub reads_aloud: bool,
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

impl Help {
    /// The places the ticket prints: the best ones, at most [`PLACES_PER_CARD_ON_PAPER`].
    pub fn places_on_paper(&self) -> &[Place] {
        &self.places[..self.places.len().min(PLACES_PER_CARD_ON_PAPER)]
    }
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
    /// Message ids of what the person came to do, in words (the goal question's answers).
    pub goals: Vec<String>,
    /// Message ids of what the person lacks for online procedures, for the agent.
    pub lacks: Vec<String>,
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
        reads_aloud: inputs.reads_aloud,
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
    let wants_sheet = inputs.rules.prefers_accessibility_sheet(&situation);
    let prefer = |place: &Place| {
        place
            .supports
            .iter()
            .chain(&place.publics)
            .chain(&place.training_labels)
            .any(|s| preferred.contains(s))
            || (wants_sheet && place.accessibility_sheet.is_some())
    };
    let help_with = |card: &Card| Help {
        card: card.clone(),
        places: inputs
            .places
            .map(|file| best_places(file, card, &prefer, inputs.kiosk_at, inputs.now))
            .unwrap_or_default(),
    };
    let mut help: Vec<Help> = inputs
        .rules
        .cards(&situation)
        .into_iter()
        .map(help_with)
        .collect();
    // No dead end: when no card was given, or none has a place while places are known, the card
    // of last resort sends the person to a human.
    let without_a_place = inputs.places.is_some() && help.iter().all(|h| h.places.is_empty());
    if help.is_empty() || without_a_place {
        if let Some(card) = inputs.rules.fallback() {
            help.push(help_with(card));
        }
    }
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
    let goal_words = inputs
        .questionnaire
        .questions
        .iter()
        .find(|q| q.id == "goal")
        .map(|question| {
            goals
                .iter()
                .filter(|g| question.answers.iter().any(|a| &a.id == *g))
                .map(|g| question.answer_message_id(g))
                .collect()
        })
        .unwrap_or_default();
    let lacks = inputs
        .rules
        .lacks(&situation)
        .into_iter()
        .map(String::from)
        .collect();
    Outcome {
        profile: score.profile,
        stars,
        help,
        documents,
        goals: goal_words,
        lacks,
        tutorials,
        summary,
    }
}

/// The best places for one kind of help: those that fit, ranked (near the kiosk, open soonest,
/// free, reachable), then those the person's needs `prefer` first (a support, a public, a label of
/// its mediators, an accessibility sheet). At most [`PLACES_PER_CARD`].
fn best_places(
    file: &PlacesFile,
    card: &Card,
    prefer: &dyn Fn(&Place) -> bool,
    kiosk_at: Option<(f64, f64)>,
    now: NaiveDateTime,
) -> Vec<Place> {
    let mut ranked: Vec<Place> = rank(
        &file.places,
        |p| card.fits(p),
        kiosk_at,
        now,
        usize::MAX,
        // Read later, at home or at the place: the nearest first, the opening next.
        Ranking::NearestFirst,
    )
    .into_iter()
    .cloned()
    .collect();
    // A stable sort: the ranking is kept among places with (or without) the support.
    ranked.sort_by_key(|p| !prefer(p));
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
    use crate::content::assessment::{answers, Answers};
    use crate::installation::places::read_places_on;

    fn questionnaire() -> Questionnaire {
        Questionnaire::parse(include_str!("../../../assets/content/assessment.toml"))
            .expect("the questionnaire")
    }

    fn rules() -> Rules {
        Rules::parse(include_str!("../../../assets/content/orientation.toml")).expect("the rules")
    }

    fn places() -> PlacesFile {
        read_places_on(
            include_bytes!("../../../assets/data/places.csv"),
            now().date(),
        )
        .expect("the sample places")
    }

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("a Tuesday morning")
    }

    fn outcome_of(pairs: &[(&str, &str)], language: &str, places: Option<&PlacesFile>) -> Outcome {
        outcome_read_aloud(pairs, language, places, false)
    }

    fn outcome_read_aloud(
        pairs: &[(&str, &str)],
        language: &str,
        places: Option<&PlacesFile>,
        reads_aloud: bool,
    ) -> Outcome {
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
            reads_aloud,
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
        let three = result
            .help
            .iter()
            .find(|h| h.places.len() == 3)
            .expect("a kind of help with three places");
        assert_eq!(
            three.places_on_paper(),
            &three.places[..2],
            "the ticket prints the two best"
        );
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

    fn card_ids(result: &Outcome) -> Vec<&str> {
        result.help.iter().map(|h| h.card.id.as_str()).collect()
    }

    /// The people of the seed documents, as far as today's questions can say who they are.
    mod personas {
        use super::*;

        /// Andrei, 75: a phone for calls only, no internet, no e-mail, reads little; says "I
        /// don't understand" on the first skills and stops the skills there (beginner path).
        #[test]
        fn andrei_gets_equipment_and_a_professional_not_only_the_basics() {
            let file = places();
            let result = outcome_of(
                &[
                    ("equipment", "basic-phone"),
                    ("internet", "no"),
                    ("reading", "hard"),
                    ("email", "no"),
                    ("goal", "caf"),
                    ("switch-on", "no"),
                    ("touch-keyboard", "with-help"),
                    ("wifi", "no"),
                    ("preference", "beside-me"),
                    ("trusted-person", "no"),
                    ("age", "75-plus"),
                ],
                "fr",
                Some(&file),
            );
            let cards = card_ids(&result);
            assert_eq!(
                cards,
                [
                    "get-equipped",
                    "do-it-with-a-professional",
                    "learn-the-basics"
                ]
            );
            let professional = &result.help[1];
            assert!(
                !professional.places.is_empty(),
                "a France Services or Aidants Connect place of the sample"
            );
            assert_eq!(result.documents, ["orientation-documents-caf"]);
            assert_eq!(result.goals, ["assessment-goal-caf"]);
            assert_eq!(
                result.lacks,
                [
                    "orientation-lacks-smartphone",
                    "orientation-lacks-email",
                    "orientation-lacks-trusted-person",
                    "orientation-lacks-internet"
                ]
            );
            assert!(
                result.summary.contains("etoiles=1-0-0"),
                "{}",
                result.summary
            );
        }

        /// Sandrine: internet on her phone only (a neighbour's connection), the Caf to declare,
        /// manages with help.
        #[test]
        fn sandrine_learns_her_procedures_with_a_person_and_brings_her_papers() {
            let file = places();
            let mut pairs = vec![
                ("equipment", "smartphone"),
                ("internet", "phone-only"),
                ("goal", "caf"),
                ("preference", "beside-me"),
            ];
            for (question, answer) in [
                ("switch-on", "alone"),
                ("touch-keyboard", "alone"),
                ("wifi", "with-help"),
                ("open-website", "alone"),
                ("official-site", "with-help"),
                ("read-email", "with-help"),
                ("send-attachment", "no"),
                ("passwords", "with-help"),
                ("franceconnect", "no"),
                ("fill-form", "with-help"),
                ("scan-send", "no"),
                ("recognise-scam", "alone"),
            ] {
                pairs.push((question, answer));
            }
            let result = outcome_of(&pairs, "fr", Some(&file));
            assert_eq!(result.profile, Profile::WithHelp);
            let cards = card_ids(&result);
            assert!(cards.contains(&"learn-online-procedures"), "{cards:?}");
            assert!(
                !cards.contains(&"protect-yourself"),
                "she recognises scams alone; weak forms are not a scam risk: {cards:?}"
            );
            assert_eq!(result.documents, ["orientation-documents-caf"]);
            assert_eq!(result.tutorials, ["caf-declaration"]);
            assert!(result.help.iter().any(|h| !h.places.is_empty()));
        }

        /// A Dari speaker who needs a residence permit ("something else" until the goal exists),
        /// reading the kiosk in another language than French.
        #[test]
        fn a_dari_speaker_with_another_procedure_is_sent_to_france_services() {
            let file = places();
            let result = outcome_of(
                &[
                    ("equipment", "smartphone"),
                    ("internet", "phone-only"),
                    ("goal", "something-else"),
                    ("switch-on", "alone"),
                    ("touch-keyboard", "alone"),
                    ("wifi", "alone"),
                    ("open-website", "with-help"),
                    ("preference", "for-me"),
                ],
                "ar",
                Some(&file),
            );
            let cards = card_ids(&result);
            assert_eq!(cards[0], "do-it-for-me", "{cards:?}");
            assert!(cards.contains(&"other-procedure"), "{cards:?}");
            assert!(
                result.help.iter().all(|h| !h.places.is_empty()),
                "{cards:?}"
            );
        }

        /// "I don't understand" on every screen.
        #[test]
        fn a_person_who_understands_no_question_gets_a_professional_with_a_place() {
            let file = places();
            let q = questionnaire();
            let pairs: Vec<(&str, &str)> = q
                .questions
                .iter()
                .map(|question| (question.id.as_str(), "dont-understand"))
                .collect();
            let result = outcome_of(&pairs, "fr", Some(&file));
            let cards = card_ids(&result);
            assert!(cards.contains(&"do-it-with-a-professional"), "{cards:?}");
            assert!(
                result.help.iter().any(|h| !h.places.is_empty()),
                "{cards:?}"
            );
        }
    }

    #[test]
    fn asking_for_it_to_be_done_for_me_is_not_learning_with_a_professional() {
        let result = outcome_of(&[("goal", "caf"), ("preference", "for-me")], "fr", None);
        let cards = card_ids(&result);
        assert!(cards.contains(&"do-it-for-me"), "{cards:?}");
        assert!(!cards.contains(&"do-it-with-a-professional"), "{cards:?}");
    }

    #[test]
    fn read_aloud_counts_as_hard_reading() {
        // Basics all alone, goal taxes: on paper, nobody needs a professional.
        let pairs = [
            ("goal", "taxes"),
            ("switch-on", "alone"),
            ("touch-keyboard", "alone"),
            ("wifi", "alone"),
        ];
        let with = |reads_aloud: bool| {
            let result = outcome_read_aloud(&pairs, "fr", None, reads_aloud);
            card_ids(&result).contains(&"do-it-with-a-professional")
        };
        assert!(!with(false));
        assert!(with(true));
    }

    #[test]
    fn a_person_who_moves_with_difficulty_sees_places_with_an_accessibility_sheet_first() {
        let file = places();
        let beginner = [
            ("switch-on", "no"),
            ("touch-keyboard", "no"),
            ("goal", "learn-basics"),
        ];
        // The sample's one place with an accessibility sheet (fiche_acces_libre).
        let with_sheet = |pairs: &[(&str, &str)]| {
            let result = outcome_of(pairs, "fr", Some(&file));
            let basics = result
                .help
                .iter()
                .find(|h| h.card.id == "learn-the-basics")
                .cloned()
                .expect("the basics card");
            basics
                .places
                .iter()
                .any(|p| p.accessibility_sheet.is_some())
        };
        assert!(
            !with_sheet(&beginner),
            "too far to be among the three nearest"
        );
        let mut motor = beginner.to_vec();
        motor.push(("disability", "motor"));
        assert!(
            with_sheet(&motor),
            "brought forward for a person who moves with difficulty"
        );
    }

    #[test]
    fn nothing_answered_still_sends_to_a_person() {
        let file = places();
        let result = outcome_of(&[], "fr", Some(&file));
        assert!(!result.help.is_empty());
        assert!(result.help.iter().any(|h| !h.places.is_empty()));
    }

    /// One answer (or none) per question, any of its own, "I don't understand", or a skill's
    /// three answers.
    fn any_answers() -> impl proptest::strategy::Strategy<Value = Vec<(String, String)>> {
        use proptest::prelude::*;
        let q = questionnaire();
        let per_question: Vec<_> = q
            .questions
            .iter()
            .map(|question| {
                let mut choices: Vec<Option<String>> = vec![None, Some("dont-understand".into())];
                if question.kind == Kind::Skill {
                    choices.extend(["alone", "with-help", "no"].map(|a| Some(a.to_string())));
                } else {
                    choices.extend(question.answers.iter().map(|a| Some(a.id.clone())));
                }
                let id = question.id.clone();
                proptest::sample::select(choices).prop_map(move |c| (id.clone(), c))
            })
            .collect();
        per_question.prop_map(|pairs| {
            pairs
                .into_iter()
                .filter_map(|(q, a)| a.map(|a| (q, a)))
                .collect()
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// No dead end: whatever the answers, in French or not, read aloud or not, the result
        /// has a kind of help, and one of them has a place to go to.
        #[test]
        fn no_answers_leave_a_person_without_a_human_place(
            pairs in any_answers(),
            default_language in proptest::bool::ANY,
            reads_aloud in proptest::bool::ANY,
            only_place in proptest::option::of(0usize..64),
        ) {
            let (questionnaire, rules, mut file) = (questionnaire(), rules(), places());
            // A small commune may list a single place, which fits none of the cards given.
            if let Some(index) = only_place {
                let one = file.places[index % file.places.len()].clone();
                file.places = vec![one];
            }
            let given: Answers = pairs.into_iter().map(|(q, a)| (q, vec![a])).collect();
            let inputs = |places| Inputs {
                questionnaire: &questionnaire,
                rules: &rules,
                answers: &given,
                language: if default_language { "fr" } else { "ar" },
                language_is_default: default_language,
                places,
                kiosk_at: Some((48.85, 2.35)),
                now: now(),
                reads_aloud,
            };
            let with_places = outcome(&inputs(Some(&file)));
            proptest::prop_assert!(
                with_places.help.iter().any(|h| !h.places.is_empty()),
                "no place for {given:?}: {:?}", card_ids(&with_places)
            );
            let without = outcome(&inputs(None));
            proptest::prop_assert!(!without.help.is_empty(), "no help for {given:?}");
            let safety_needs_help = ["recognise-scam", "passwords-secret"].iter().any(|q| {
                given.get(*q).and_then(|a| a.first()).is_some_and(|a| a != "alone")
            });
            let scam_card = card_ids(&with_places).contains(&"protect-yourself");
            proptest::prop_assert!(
                !scam_card || safety_needs_help,
                "the scam card follows the safety questions only: {given:?}"
            );
        }
    }
}
