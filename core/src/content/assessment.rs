//! The self-assessment ("diagnostic numérique"): the questionnaire as data
//! (`assets/content/assessment.toml`), the order of its screens with gating, and the scoring into
//! three star ratings and a profile. Pure logic: the screens only show and collect.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the questionnaire file format this code reads.
pub const FORMAT_VERSION: u32 = 1;

/// The whole questionnaire, in screen order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    pub format_version: u32,
    /// If at least this many gating questions are answered "No" (or "I don't understand"), the
    /// remaining skill questions are skipped: a beginner is not shown ten "No" in a row.
    pub gating_no_limit: usize,
    /// The pictogram of each skill answer, the same on every skill question, so a person who
    /// does not read tells them apart.
    pub skill_answer_pictograms: SkillAnswerPictograms,
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

/// Files of `assets/icons/` for "yes, alone", "with help" and "no".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SkillAnswerPictograms {
    pub alone: String,
    pub with_help: String,
    pub no: String,
}

impl SkillAnswerPictograms {
    /// The pictogram of a skill answer ("I don't understand" has the kiosk's help sign).
    pub fn of(&self, answer: SkillAnswer) -> &str {
        match answer {
            SkillAnswer::Alone => &self.alone,
            SkillAnswer::WithHelp => &self.with_help,
            SkillAnswer::No | SkillAnswer::DontUnderstand => &self.no,
        }
    }
}

/// One screen: one question, answered with picture buttons.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Short name; the texts are `assessment-<id>` (the question) and
    /// `assessment-<id>-<answer>` (each answer of a context or preference question).
    pub id: String,
    pub kind: Kind,
    /// A file of `assets/icons/`, shown beside the question.
    pub pictogram: String,
    /// For a skill: which star rating it counts in.
    #[serde(default)]
    pub group: Option<Group>,
    /// For a skill: whether it is one of the first, gating questions.
    #[serde(default)]
    pub gating: bool,
    /// For context, preference and optional questions: the possible answers, each with its
    /// pictogram. Skills always have the same three answers (see `SkillAnswer`).
    #[serde(default, rename = "answer")]
    pub answers: Vec<Answer>,
    /// Several answers may be chosen (equipment at home).
    #[serde(default)]
    pub multiple: bool,
    /// Read aloud as soon as it shows, whatever the setting: a question about reading must not
    /// need reading.
    #[serde(default)]
    pub spoken: bool,
}

/// A picture button.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub id: String,
    pub pictogram: String,
    /// Choosing it turns read aloud on for the rest of the visit ("I do not read French").
    #[serde(default)]
    pub turns_on_read_aloud: bool,
}

/// What a question is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Not scored: equipment, connection, what the person wants to do.
    Context,
    /// "I can…", scored.
    Skill,
    /// How the person likes to be helped.
    Preference,
    /// May be skipped: age band, disability.
    Optional,
}

/// The three star ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    Basics,
    Communicating,
    ProceduresAndSafety,
}

impl Group {
    pub const ALL: [Group; 3] = [
        Group::Basics,
        Group::Communicating,
        Group::ProceduresAndSafety,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Group::Basics => "basics",
            Group::Communicating => "communicating",
            Group::ProceduresAndSafety => "procedures-and-safety",
        }
    }

    /// The group's name on the result screen and the ticket.
    pub fn message_id(self) -> String {
        format!("result-group-{}", self.slug())
    }
}

/// The answers to a skill question ("I don't understand" is on every screen and scores as No,
/// but is counted apart: a sign of a language or reading difficulty).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkillAnswer {
    Alone,
    WithHelp,
    No,
    DontUnderstand,
}

impl SkillAnswer {
    pub const ALL: [SkillAnswer; 4] = [
        SkillAnswer::Alone,
        SkillAnswer::WithHelp,
        SkillAnswer::No,
        SkillAnswer::DontUnderstand,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SkillAnswer::Alone => "alone",
            SkillAnswer::WithHelp => "with-help",
            SkillAnswer::No => "no",
            SkillAnswer::DontUnderstand => "dont-understand",
        }
    }

    /// The answer's words, the same on every skill question.
    pub fn message_id(self) -> String {
        format!("assessment-answer-{}", self.slug())
    }

    fn points(self) -> u32 {
        match self {
            SkillAnswer::Alone => 2,
            SkillAnswer::WithHelp => 1,
            SkillAnswer::No | SkillAnswer::DontUnderstand => 0,
        }
    }
}

/// A person's answers: question id -> chosen answer ids (skills use `SkillAnswer::slug`).
pub type Answers = BTreeMap<String, Vec<String>>;

/// Answers with one answer per question, from (question id, answer id) pairs: personas in tests.
pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, a)| (q.to_string(), vec![a.to_string()]))
        .collect()
}

/// The three profiles of the sources (Emmaüs Connect / WeTechCare, with the Coop's scale).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// "Je découvre".
    Discovering,
    /// "Je me débrouille avec de l'aide".
    WithHelp,
    /// "Je suis presque autonome".
    AlmostAutonomous,
}

impl Profile {
    pub fn slug(self) -> &'static str {
        match self {
            Profile::Discovering => "discovering",
            Profile::WithHelp => "with-help",
            Profile::AlmostAutonomous => "almost-autonomous",
        }
    }

    pub const ALL: [Profile; 3] = [
        Profile::Discovering,
        Profile::WithHelp,
        Profile::AlmostAutonomous,
    ];

    /// The profile in words, on the result screen and the ticket.
    pub fn message_id(self) -> String {
        format!("result-profile-{}", self.slug())
    }
}

/// The result of the scoring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// 1 to 3 stars per group.
    pub stars: BTreeMap<Group, u8>,
    pub profile: Profile,
    /// How many questions, of any kind, the person answered "I don't understand the question".
    pub not_understood: usize,
    /// The beginner path was taken: skills after the gating ones were not asked.
    pub gated: bool,
}

impl Question {
    /// The question's words.
    pub fn message_id(&self) -> String {
        format!("assessment-{}", self.id)
    }

    /// The words of one of its own answers.
    pub fn answer_message_id(&self, answer: &str) -> String {
        format!("assessment-{}-{answer}", self.id)
    }
}

impl Questionnaire {
    /// Reads the questionnaire; the error says what is wrong and where, in plain words.
    pub fn parse(text: &str) -> Result<Questionnaire, String> {
        crate::content::data_file::read(text)
    }
}

impl crate::content::data_file::DataFile for Questionnaire {
    const FORMAT_VERSION: u32 = FORMAT_VERSION;

    fn format_version(&self) -> u32 {
        self.format_version
    }

    /// What an author must fix beyond the format: skills without group, answers on skills,
    /// questions without answers, duplicate ids.
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for q in &self.questions {
            if !seen.insert(q.id.as_str()) {
                problems.push(format!("question \"{}\" is written twice", q.id));
            }
            match q.kind {
                Kind::Skill if q.group.is_none() => {
                    problems.push(format!("skill \"{}\" needs a group", q.id))
                }
                Kind::Skill if !q.answers.is_empty() => problems.push(format!(
                    "skill \"{}\" must not list answers: skills are answered alone / with help / no",
                    q.id
                )),
                Kind::Context | Kind::Preference | Kind::Optional if q.answers.is_empty() => {
                    problems.push(format!("question \"{}\" has no [[question.answer]]", q.id))
                }
                _ => {}
            }
            if q.gating && q.kind != Kind::Skill {
                problems.push(format!(
                    "only skills can be gating; \"{}\" is not a skill",
                    q.id
                ));
            }
        }
        problems
    }
}

impl Questionnaire {
    /// Every message id the questionnaire makes reachable: each question and its answers, the
    /// skill answers when a skill question exists, and every profile and group a score can give.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for q in &self.questions {
            ids.push(q.message_id());
            ids.extend(q.answers.iter().map(|a| q.answer_message_id(&a.id)));
        }
        if self.questions.iter().any(|q| q.kind == Kind::Skill) {
            ids.extend(SkillAnswer::ALL.map(SkillAnswer::message_id));
            ids.extend(Profile::ALL.map(Profile::message_id));
            ids.extend(Group::ALL.map(Group::message_id));
        }
        ids
    }

    /// Whether the gating questions already send the person down the beginner path.
    fn gated(&self, answers: &Answers) -> bool {
        let noes = self
            .questions
            .iter()
            .filter(|q| q.gating)
            .filter(|q| {
                answers.get(&q.id).is_some_and(|a| {
                    a.iter().any(|s| {
                        s == SkillAnswer::No.slug() || s == SkillAnswer::DontUnderstand.slug()
                    })
                })
            })
            .count();
        noes >= self.gating_no_limit
    }

    /// The questions to show, in order, given the answers so far (gating removes the skill
    /// questions that come after the gating ones).
    pub fn path(&self, answers: &Answers) -> Vec<&Question> {
        let gated = self.gated(answers);
        self.questions
            .iter()
            .filter(|q| !(gated && q.kind == Kind::Skill && !q.gating))
            .collect()
    }

    /// Where a question stands for the progress bar: its place in the whole questionnaire, counted
    /// from one, and the whole length. Gating skips questions but never shortens this scale, so
    /// the bar only moves forward (a total that shrank, "6 of 18" then "7 of 9", looked like a
    /// step back).
    pub fn progress(&self, question: &Question) -> (usize, usize) {
        let position = self
            .questions
            .iter()
            .position(|q| q.id == question.id)
            .map_or(0, |i| i + 1);
        (position, self.questions.len())
    }

    /// Scores the skill answers. Unasked or skipped skills count as "No" (a gated beginner).
    pub fn score(&self, answers: &Answers) -> Score {
        let mut points: BTreeMap<Group, (u32, u32)> = BTreeMap::new();
        let mut alone = 0;
        let mut skills = 0;
        for q in self.questions.iter().filter(|q| q.kind == Kind::Skill) {
            let Some(group) = q.group else { continue };
            let answer = answers
                .get(&q.id)
                .and_then(|a| a.first())
                .and_then(|slug| SkillAnswer::ALL.into_iter().find(|s| s.slug() == slug))
                .unwrap_or(SkillAnswer::No);
            skills += 1;
            if answer == SkillAnswer::Alone {
                alone += 1;
            }
            let entry = points.entry(group).or_insert((0, 0));
            entry.0 += answer.points();
            entry.1 += 2;
        }
        // Every screen offers "I don't understand", context questions included: each one counts.
        let not_understood = self
            .questions
            .iter()
            .filter(|q| {
                answers.get(&q.id).is_some_and(|given| {
                    given
                        .iter()
                        .any(|a| a == SkillAnswer::DontUnderstand.slug())
                })
            })
            .count();
        let stars: BTreeMap<Group, u8> = Group::ALL
            .iter()
            .map(|g| {
                let (got, max) = points.get(g).copied().unwrap_or((0, 0));
                (*g, stars_for(got, max))
            })
            .collect();
        let basics = stars.get(&Group::Basics).copied().unwrap_or(1);
        let others = [Group::Communicating, Group::ProceduresAndSafety]
            .iter()
            .map(|g| stars.get(g).copied().unwrap_or(1))
            .min()
            .unwrap_or(1);
        let gated = self.gated(answers);
        let profile = if gated || basics == 1 {
            Profile::Discovering
        } else if basics == 3 && others >= 2 && alone * 2 > skills {
            // "Most items alone, a few gaps" (§4.3 of the reference).
            Profile::AlmostAutonomous
        } else {
            Profile::WithHelp
        };
        Score {
            stars,
            profile,
            not_understood,
            gated,
        }
    }
}

/// One to three stars from a share of the points: under 40 % one star, under 75 % two, else three.
fn stars_for(got: u32, max: u32) -> u8 {
    if max == 0 {
        return 1;
    }
    let share = f64::from(got) / f64::from(max);
    if share < 0.4 {
        1
    } else if share < 0.75 {
        2
    } else {
        3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
format_version = 1
gating_no_limit = 2
skill_answer_pictograms = { alone = "alone", with_help = "together", no = "answer-no" }

[[question]]
id = "equipment"
kind = "context"
pictogram = "tablet"
multiple = true
[[question.answer]]
id = "smartphone"
pictogram = "phone"
[[question.answer]]
id = "none"
pictogram = "close"

[[question]]
id = "switch-on"
kind = "skill"
group = "basics"
gating = true
pictogram = "tablet"

[[question]]
id = "touch"
kind = "skill"
group = "basics"
gating = true
pictogram = "touch"

[[question]]
id = "email"
kind = "skill"
group = "communicating"
pictogram = "mail"

[[question]]
id = "scam"
kind = "skill"
group = "procedures-and-safety"
pictogram = "scam"
"#;

    #[test]
    fn reads_the_questionnaire_and_lists_its_messages() {
        let q = Questionnaire::parse(SAMPLE).expect("valid");
        assert_eq!(q.questions.len(), 5);
        assert!(q
            .message_ids()
            .contains(&"assessment-equipment-none".to_string()));
    }

    #[test]
    fn two_noes_at_the_gate_skip_the_other_skills() {
        let q = Questionnaire::parse(SAMPLE).expect("valid");
        let beginner = answers(&[("switch-on", "no"), ("touch", "dont-understand")]);
        let path: Vec<&str> = q.path(&beginner).iter().map(|q| q.id.as_str()).collect();
        assert_eq!(path, ["equipment", "switch-on", "touch"]);
        let score = q.score(&beginner);
        assert!(score.gated);
        assert_eq!(score.profile, Profile::Discovering);
        assert_eq!(score.not_understood, 1);
        assert_eq!(q.path(&answers(&[("switch-on", "alone")])).len(), 5);
    }

    #[test]
    fn stars_and_profiles_follow_the_answers() {
        let q = Questionnaire::parse(SAMPLE).expect("valid");
        let autonomous = answers(&[
            ("switch-on", "alone"),
            ("touch", "alone"),
            ("email", "alone"),
            ("scam", "with-help"),
        ]);
        let score = q.score(&autonomous);
        assert_eq!(score.stars[&Group::Basics], 3);
        assert_eq!(score.stars[&Group::ProceduresAndSafety], 2);
        assert_eq!(score.profile, Profile::AlmostAutonomous);
        let helped = answers(&[
            ("switch-on", "alone"),
            ("touch", "with-help"),
            ("email", "no"),
            ("scam", "no"),
        ]);
        let score = q.score(&helped);
        assert_eq!(score.stars[&Group::Basics], 3);
        assert_eq!(score.stars[&Group::Communicating], 1);
        assert_eq!(score.profile, Profile::WithHelp);
    }

    #[test]
    fn authoring_mistakes_are_named() {
        let broken = SAMPLE.replace("group = \"communicating\"\n", "");
        let error = Questionnaire::parse(&broken).expect_err("skill without group");
        assert!(error.contains("skill \"email\" needs a group"), "{error}");
        let unknown = SAMPLE.replace("gating_no_limit", "gate");
        assert!(Questionnaire::parse(&unknown)
            .expect_err("unknown")
            .contains("unknown field `gate`"));
    }

    #[test]
    fn the_progress_only_moves_forward_when_gating_skips_questions() {
        let q = Questionnaire::parse(include_str!("../../../assets/content/assessment.toml"))
            .expect("the questionnaire");
        let mut given = Answers::new();
        let mut shown = Vec::new();
        // A beginner: "No" to the first skills, so the path shortens after them.
        for n in 0.. {
            let path = q.path(&given);
            let Some(question) = path.get(n).copied() else {
                break;
            };
            shown.push(q.progress(question));
            let answer = match question.kind {
                Kind::Skill => "no".to_string(),
                _ => question.answers[0].id.clone(),
            };
            given.insert(question.id.clone(), vec![answer]);
        }
        assert!(q.gated(&given), "the beginner path was taken");
        assert!(
            shown
                .windows(2)
                .all(|w| w[0].0 < w[1].0 && w[0].1 == w[1].1),
            "the bar went back or its scale changed: {shown:?}"
        );
        assert_eq!(shown.last().map(|p| p.0), Some(q.questions.len()));
    }
}
