//! The questionnaire and the orientation rules shipped in assets/content/ read without problem,
//! agree with each other, and give sensible cards for typical people.

use pasapas_core::content::assessment::{answers, Kind, Profile, Questionnaire};
use pasapas_core::content::orientation::{Rules, Situation};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(root().join(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn questionnaire() -> Questionnaire {
    Questionnaire::parse(&read("assets/content/assessment.toml"))
        .unwrap_or_else(|e| panic!("assets/content/assessment.toml:\n{e}"))
}

fn rules() -> Rules {
    Rules::parse(&read("assets/content/orientation.toml"))
        .unwrap_or_else(|e| panic!("assets/content/orientation.toml:\n{e}"))
}

#[test]
fn the_questionnaire_has_fourteen_skills_and_its_pictograms() {
    let q = questionnaire();
    assert_eq!(
        q.questions.iter().filter(|q| q.kind == Kind::Skill).count(),
        14
    );
    let mut missing = Vec::new();
    let skill_answers = &q.skill_answer_pictograms;
    for name in [
        &skill_answers.alone,
        &skill_answers.with_help,
        &skill_answers.no,
    ] {
        if !root().join(format!("assets/icons/{name}.svg")).is_file() {
            missing.push(format!("skill_answer_pictograms: assets/icons/{name}.svg"));
        }
    }
    for question in &q.questions {
        let pictograms = std::iter::once(&question.pictogram)
            .chain(question.answers.iter().map(|a| &a.pictogram));
        for name in pictograms {
            if !root().join(format!("assets/icons/{name}.svg")).is_file() {
                missing.push(format!(
                    "question \"{}\": assets/icons/{name}.svg",
                    question.id
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "missing pictograms:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_answer_the_rules_name_exists_in_the_questionnaire() {
    let q = questionnaire();
    let exists = |pair: &str| {
        pair.split_once('=').is_some_and(|(question, answer)| {
            q.questions
                .iter()
                .any(|x| x.id == question && x.answers.iter().any(|a| a.id == answer))
        })
    };
    let rules = rules();
    let mut unknown = Vec::new();
    for card in &rules.cards {
        for pair in card.answers.iter().chain(&card.not_answers) {
            if !exists(pair) {
                unknown.push(format!("card \"{}\": {pair}", card.id));
            }
        }
        for skill in &card.needs_help_with {
            let is_skill = q
                .questions
                .iter()
                .any(|q| &q.id == skill && q.kind == Kind::Skill);
            if !is_skill {
                unknown.push(format!(
                    "card \"{}\": needs_help_with {skill} is not a skill question",
                    card.id
                ));
            }
        }
    }
    for preference in &rules.preferences {
        unknown.extend(
            preference
                .answers
                .iter()
                .filter(|p| !exists(p))
                .map(|p| format!("preference \"{}\": {p}", preference.id)),
        );
    }
    for suggestion in &rules.tutorials {
        if !exists(&suggestion.answer) {
            unknown.push(format!("tutorial: {}", suggestion.answer));
        }
        let file = format!("assets/content/tutorials/{}.toml", suggestion.id);
        if !root().join(&file).is_file() {
            unknown.push(format!(
                "tutorial \"{}\": {file} does not exist",
                suggestion.id
            ));
        }
    }
    for documents in &rules.documents {
        if !exists(&documents.answer) {
            unknown.push(format!("documents: {}", documents.answer));
        }
    }
    for pair in &rules.reading_is_hard_answers {
        if !exists(pair) {
            unknown.push(format!("reading_is_hard_answers: {pair}"));
        }
    }
    for lack in &rules.lacks {
        if !exists(&lack.answer) {
            unknown.push(format!("lack: {}", lack.answer));
        }
    }
    assert!(
        unknown.is_empty(),
        "assets/content/orientation.toml names answers that do not exist:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn andrei_75_no_device_who_needs_his_caf_is_sent_to_a_professional() {
    let given = answers(&[
        ("equipment", "none"),
        ("internet", "no"),
        ("goal", "caf"),
        ("switch-on", "no"),
        ("touch-keyboard", "dont-understand"),
        ("preference", "for-me"),
    ]);
    let score = questionnaire().score(&given);
    assert_eq!(score.profile, Profile::Discovering);
    let rules = rules();
    let situation = Situation {
        answers: &given,
        score: &score,
        language_is_default: false,
        reads_aloud: false,
    };
    let ids: Vec<&str> = rules
        .cards(&situation)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["get-equipped", "do-it-for-me", "learn-the-basics"]);
    assert_eq!(rules.documents(&situation), ["orientation-documents-caf"]);
    assert!(rules
        .preferred_supports(&situation)
        .contains(&"Langues étrangères (autres)"));
}

#[test]
fn sandrine_who_manages_with_help_learns_online_procedures() {
    let mut pairs = vec![
        ("equipment", "smartphone"),
        ("internet", "phone-only"),
        ("goal", "learn-basics"),
        ("preference", "workshop"),
    ];
    for skill in [
        "switch-on",
        "touch-keyboard",
        "wifi",
        "open-website",
        "read-email",
        "scan-send",
    ] {
        pairs.push((skill, "alone"));
    }
    for skill in [
        "official-site",
        "send-attachment",
        "passwords",
        "franceconnect",
        "fill-form",
        "recognise-scam",
    ] {
        pairs.push((skill, "with-help"));
    }
    let given = answers(&pairs);
    let score = questionnaire().score(&given);
    assert_eq!(score.profile, Profile::WithHelp);
    let rules = rules();
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
    // Recognising scams only with help: the safety card follows that question.
    assert_eq!(ids, ["learn-online-procedures", "protect-yourself"]);
}
