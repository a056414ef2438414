//! Every kind of problem a commune's files or the stored figures can have is worded in every
//! language: its Fluent message exists in each `locales/<code>/pasapas.ftl`, gets every variable
//! it uses, and uses every value the kind gives it. Otherwise an agent would read a message id, a
//! hole, or a sentence that leaves out what to fix.

use pasapas_core::agent::stats::CorruptKind;
use pasapas_core::authoring::locales::{read_shapes, MessageShapes};
use pasapas_core::content::languages::LanguageList;
use pasapas_core::installation::config::ProblemKind;
use pasapas_core::installation::places::{RowProblem, Unreadable};
use pasapas_core::problem::Problem;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Each listed language's code and the shapes of its messages.
fn every_language() -> Vec<(String, MessageShapes)> {
    let list = LanguageList::parse(&read(&locales_dir().join("languages.toml")))
        .unwrap_or_else(|e| panic!("{e}"));
    list.languages
        .iter()
        .map(|language| {
            let name = format!("locales/{}/pasapas.ftl", language.code);
            let text = read(&locales_dir().join(&language.code).join("pasapas.ftl"));
            let shapes = read_shapes(&name, &text).unwrap_or_else(|p| panic!("{name}: {p:?}"));
            (language.code.clone(), shapes)
        })
        .collect()
}

/// Checks one sample of each kind of a family, named by `index` (a match with an arm per kind,
/// so that a new kind does not compile until it has a number, and then fails here until it has
/// a sample).
fn check_family<P: Problem + std::fmt::Debug>(
    family: &str,
    samples: &[P],
    index: fn(&P) -> usize,
    kinds: usize,
    languages: &[(String, MessageShapes)],
    problems: &mut Vec<String>,
) {
    let covered: BTreeSet<usize> = samples.iter().map(index).collect();
    let every: BTreeSet<usize> = (0..kinds).collect();
    assert_eq!(covered, every, "{family}: one sample of each kind");
    assert_eq!(samples.len(), kinds, "{family}: one sample of each kind");
    let ids: BTreeSet<&str> = samples.iter().map(|s| s.message().id).collect();
    assert_eq!(
        ids.len(),
        kinds,
        "{family}: each kind has a message of its own"
    );
    for sample in samples {
        let message = sample.message();
        let given: BTreeSet<&str> = message.args.iter().map(|(name, _)| *name).collect();
        let context: BTreeSet<&str> = P::CONTEXT.iter().copied().collect();
        for (code, shapes) in languages {
            let file = format!("locales/{code}/pasapas.ftl");
            let Some(shape) = shapes.messages.get(message.id) else {
                problems.push(format!("{file}: `{}` is missing ({sample:?})", message.id));
                continue;
            };
            for variable in &shape.variables {
                if !given.contains(variable.as_str()) && !context.contains(variable.as_str()) {
                    problems.push(format!(
                        "{file}: `{}` uses {{ ${variable} }}, which {family} does not give",
                        message.id
                    ));
                }
            }
            for name in &given {
                if !shape.variables.contains(*name) {
                    problems.push(format!(
                        "{file}: `{}` leaves out {{ ${name} }} ({sample:?})",
                        message.id
                    ));
                }
            }
        }
    }
}

#[test]
fn every_problem_kind_has_its_message_in_every_language() {
    let languages = every_language();
    assert!(languages.iter().any(|(code, _)| code == "fr"));
    let mut problems = Vec::new();

    let config = [
        ProblemKind::Syntax {
            detail: "expected `=`".into(),
        },
        ProblemKind::UnknownSetting,
        ProblemKind::WrongType { expected: "text" },
        ProblemKind::OutOfRange {
            min: "60".into(),
            max: "900".into(),
        },
        ProblemKind::NotAllowed {
            value: "70".into(),
            allowed: "58, 80".into(),
        },
        ProblemKind::UnknownLanguage {
            value: "xx".into(),
            known: "fr, en, ar".into(),
        },
        ProblemKind::DefaultNotEnabled { value: "ar".into() },
        ProblemKind::HalfCoordinates,
        ProblemKind::BadAddress {
            value: "http://x".into(),
        },
        ProblemKind::EmptyText,
        ProblemKind::BadPinHash,
        ProblemKind::WrongFormatVersion {
            found: "2".into(),
            expected: 1,
        },
        ProblemKind::MissingFormatVersion,
        ProblemKind::TooLarge {
            kilobytes: 900,
            limit_kilobytes: 64,
        },
    ];
    let config_index = |kind: &ProblemKind| match kind {
        ProblemKind::Syntax { .. } => 0,
        ProblemKind::UnknownSetting => 1,
        ProblemKind::WrongType { .. } => 2,
        ProblemKind::OutOfRange { .. } => 3,
        ProblemKind::NotAllowed { .. } => 4,
        ProblemKind::UnknownLanguage { .. } => 5,
        ProblemKind::DefaultNotEnabled { .. } => 6,
        ProblemKind::HalfCoordinates => 7,
        ProblemKind::BadAddress { .. } => 8,
        ProblemKind::EmptyText => 9,
        ProblemKind::BadPinHash => 10,
        ProblemKind::WrongFormatVersion { .. } => 11,
        ProblemKind::MissingFormatVersion => 12,
        ProblemKind::TooLarge { .. } => 13,
    };
    check_family(
        "the configuration",
        &config,
        config_index,
        14,
        &languages,
        &mut problems,
    );

    let unreadable = [
        Unreadable::TooLarge {
            kilobytes: 9000,
            limit_kilobytes: 2048,
        },
        Unreadable::NotCsv {
            detail: "found a quote".into(),
        },
        Unreadable::MissingColumns {
            columns: vec!["id", "pivot"],
        },
    ];
    let unreadable_index = |kind: &Unreadable| match kind {
        Unreadable::TooLarge { .. } => 0,
        Unreadable::NotCsv { .. } => 1,
        Unreadable::MissingColumns { .. } => 2,
    };
    check_family(
        "the places file",
        &unreadable,
        unreadable_index,
        3,
        &languages,
        &mut problems,
    );

    let rows = [
        RowProblem::Empty { column: "nom" },
        RowProblem::BadPivot { value: "12".into() },
        RowProblem::BadPostcode {
            value: "9901".into(),
        },
        RowProblem::BadDate {
            value: "01/10/2026".into(),
        },
        RowProblem::BadPhone {
            value: "0199000001".into(),
        },
        RowProblem::BadCoordinates {
            latitude: "45.0".into(),
            longitude: "est".into(),
        },
        RowProblem::UnknownValue {
            column: "services",
            value: "Club de bridge".into(),
        },
        RowProblem::NotRead {
            detail: "duplicate field `nom`".into(),
        },
    ];
    let row_index = |kind: &RowProblem| match kind {
        RowProblem::Empty { .. } => 0,
        RowProblem::BadPivot { .. } => 1,
        RowProblem::BadPostcode { .. } => 2,
        RowProblem::BadDate { .. } => 3,
        RowProblem::BadPhone { .. } => 4,
        RowProblem::BadCoordinates { .. } => 5,
        RowProblem::UnknownValue { .. } => 6,
        RowProblem::NotRead { .. } => 7,
    };
    check_family(
        "a places row",
        &rows,
        row_index,
        8,
        &languages,
        &mut problems,
    );

    let figures = [
        CorruptKind::NotJson {
            detail: "key must be a string".into(),
        },
        CorruptKind::NotAnObject {
            found: "array".into(),
        },
        CorruptKind::WrongFormatVersion {
            found: 2,
            expected: 1,
        },
        CorruptKind::WrongShape {
            detail: "unknown field `visitors`".into(),
        },
        CorruptKind::BadDay {
            day: "2026-13-40".into(),
        },
        CorruptKind::UnknownKind {
            kind: "visitor-name".into(),
            day: "2026-03-01".into(),
        },
    ];
    let figures_index = |kind: &CorruptKind| match kind {
        CorruptKind::NotJson { .. } => 0,
        CorruptKind::NotAnObject { .. } => 1,
        CorruptKind::WrongFormatVersion { .. } => 2,
        CorruptKind::WrongShape { .. } => 3,
        CorruptKind::BadDay { .. } => 4,
        CorruptKind::UnknownKind { .. } => 5,
    };
    check_family(
        "the stored figures",
        &figures,
        figures_index,
        6,
        &languages,
        &mut problems,
    );

    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}
