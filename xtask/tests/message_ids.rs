//! A message id written as a literal in the app (`text(locale, "step-tip")`, a label passed to a
//! widget, a menu's table of titles) is checked by nothing at compile time: `fl!` checks only the
//! ids given to `t!` itself. This test reads every kebab-case string literal under `src/` and
//! fails on one that is not a message of `locales/fr/pasapas.ftl` nor one of the other kinds of
//! names the app writes that way (a CSS class or element id `k-…`, an attribute `data-…`, a
//! storage key `pasapas-…`, a pictogram of `assets/icons/`, a kind of figure, a few states).
//! A typo in a message id then fails here instead of showing the raw id on the kiosk.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

/// Literals that are neither messages nor of the families above: an HTTP header, test faults
/// and the service worker's states.
const OTHER_NAMES: &[&str] = &[
    "content-type",
    "panic-at-start",
    "test-faults",
    "update-coming",
    "update-waiting",
];

/// The kebab-case literals of a source text: `"word-word…"`, lower case, one dash at least.
fn kebab_literals(text: &str) -> Vec<&str> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| {
            s.contains('-')
                && s.starts_with(|c: char| c.is_ascii_lowercase())
                && s.split('-').all(|part| {
                    !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                })
        })
        .collect()
}

#[test]
fn every_message_id_written_in_the_app_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let french = std::fs::read_to_string(root.join("locales/fr/pasapas.ftl")).expect("French");
    let messages: BTreeSet<&str> = french
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim())
        .filter(|id| !id.is_empty() && !id.starts_with(['#', ' ', '-']))
        .collect();
    let kinds = pasapas_core::agent::stats::KINDS;
    let files = common::files_with_extension(&root.join("src"), "rs");
    let mut wrong = Vec::new();
    let mut messages_seen = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file");
        for literal in kebab_literals(&text) {
            if messages.contains(literal) {
                messages_seen += 1;
                continue;
            }
            let other = literal.starts_with("k-")
                || literal.starts_with("data-")
                || literal.starts_with("pasapas-")
                || kinds.contains(&literal)
                || OTHER_NAMES.contains(&literal)
                || root.join(format!("assets/icons/{literal}.svg")).is_file();
            if !other {
                let relative = file.strip_prefix(&root).unwrap_or(file).display();
                wrong.push(format!(
                    "{relative}: \"{literal}\" looks like a message id but locales/fr/pasapas.ftl has no such message: fix the id, or add the message in every language"
                ));
            }
        }
    }
    assert!(
        messages_seen > 100,
        "too few messages found: {messages_seen}"
    );
    assert!(wrong.is_empty(), "\n{}\n", wrong.join("\n"));
}

#[test]
fn kebab_literals_are_found_and_others_left() {
    assert_eq!(
        kebab_literals(r#"text(locale, "step-tip"); let a = "Step tip"; b("k-x", "y")"#),
        ["step-tip", "k-x"]
    );
}
