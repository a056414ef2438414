//! Every pictogram the kiosk names exists as a file of `assets/icons/`.
//!
//! The widgets draw `<name>` from the sprite `cargo xtask pictograms` makes of `assets/icons/`
//! (they drew `assets/icons/<name>.svg` as a CSS mask before): a name without its file draws
//! nothing, or drew a plain square of colour, and nothing else fails (it happened with `learn`,
//! `together` and `money`). So every name is checked where it is written: in the data files (read with the same
//! models as the app), and in any address `/icons/<name>.svg` written in the app's scripts, styles
//! and page. The app's Rust code names pictograms only through constants made from the files
//! (`src/components/icon/`, `build.rs`): there, a name without its file does not compile. A file
//! that no one names is fine.

use crate::authoring::locales::LocaleProblem as Problem;
use crate::content::assessment::Questionnaire;
use crate::content::orientation::Rules;
use crate::content::tutorials::Tutorial;
use std::path::{Path, PathBuf};

/// Where the pictograms are, in the repository.
pub const ICONS_FOLDER: &str = "assets/icons";

/// One pictogram name written somewhere: the file, where in it (for the message, e.g.
/// `card "protect-yourself": `, or empty), and the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// Relative to the repository.
    pub file: String,
    /// Where in the file, ending with `: `, or empty for the file as a whole.
    pub place: String,
    /// The pictogram's name, without `.svg`.
    pub name: String,
}

/// Every pictogram name with no file of `assets/icons/`, in plain words. Data files that cannot be
/// read are left to their own checks.
pub fn check(root: &Path) -> Vec<Problem> {
    let existing = existing_names(root);
    let mut named = data_names(root);
    named.extend(addresses_in_files(root));
    named
        .into_iter()
        .filter_map(|use_| {
            missing(&use_, &existing).map(|what| Problem {
                file: use_.file,
                what,
            })
        })
        .collect()
}

/// The names of the files of `assets/icons/` (without `.svg`), sorted.
pub fn existing_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join(ICONS_FOLDER))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().to_string();
                    name.strip_suffix(".svg").map(str::to_string)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The problem with one name, if any: not a plain file name, or no such file.
fn missing(use_: &Named, existing: &[String]) -> Option<String> {
    let name = &use_.name;
    let place = &use_.place;
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !plain {
        return Some(format!(
            "{place}the pictogram \"{name}\" is not a file name: write the name of a file of {ICONS_FOLDER}/ without .svg, in small letters, digits and dashes"
        ));
    }
    if existing.contains(name) {
        return None;
    }
    let closest = closest(name, existing)
        .map(|c| format!(" (the closest is \"{c}\")"))
        .unwrap_or_default();
    Some(format!(
        "{place}the pictogram \"{name}\" does not exist: add {ICONS_FOLDER}/{name}.svg or use one of the existing names{closest}"
    ))
}

/// The existing name nearest to a misspelt one, when it is only a few letters away.
fn closest<'a>(name: &str, existing: &'a [String]) -> Option<&'a str> {
    existing
        .iter()
        .map(|e| (edit_distance(name, e), e))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, e)| e.as_str())
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Every pictogram named by the data files, read with the app's own models: the questionnaire
/// (skill answers, questions, answers), the orientation cards, the tutorials.
pub fn data_names(root: &Path) -> Vec<Named> {
    let mut named = Vec::new();
    let mut add = |file: &str, place: String, name: &str| {
        named.push(Named {
            file: file.to_string(),
            place,
            name: name.to_string(),
        })
    };
    let assessment = "assets/content/assessment.toml";
    if let Some(q) = read(root, assessment, Questionnaire::parse) {
        let skill = &q.skill_answer_pictograms;
        for (field, name) in [
            ("alone", &skill.alone),
            ("with_help", &skill.with_help),
            ("no", &skill.no),
        ] {
            add(
                assessment,
                format!("skill_answer_pictograms.{field}: "),
                name,
            );
        }
        for question in &q.questions {
            add(
                assessment,
                format!("question \"{}\": ", question.id),
                &question.pictogram,
            );
            for answer in &question.answers {
                add(
                    assessment,
                    format!("question \"{}\", answer \"{}\": ", question.id, answer.id),
                    &answer.pictogram,
                );
            }
        }
    }
    let orientation = "assets/content/orientation.toml";
    if let Some(rules) = read(root, orientation, Rules::parse) {
        for card in &rules.cards {
            add(
                orientation,
                format!("card \"{}\": ", card.id),
                &card.pictogram,
            );
        }
    }
    for path in crate::authoring::content_check::tutorial_files(root) {
        let file = relative(root, &path);
        if let Some(tutorial) = read(root, &file, Tutorial::parse) {
            add(&file, String::new(), &tutorial.pictogram);
        }
    }
    named
}

fn read<T>(root: &Path, file: &str, parse: impl FnOnce(&str) -> Result<T, String>) -> Option<T> {
    std::fs::read_to_string(root.join(file))
        .ok()
        .and_then(|text| parse(&text).ok())
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Files below a folder with one of these extensions, sorted.
fn files_below(folder: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![folder.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| extensions.iter().any(|x| e == *x))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Every address `/icons/<name>.svg` written in the app's files (a script drawing the restart
/// screen, a style, the page).
fn addresses_in_files(root: &Path) -> Vec<Named> {
    let mut files = files_below(&root.join("src"), &["rs", "js", "css", "html"]);
    files.extend(files_below(&root.join("assets/style"), &["css"]));
    files.push(root.join("index.html"));
    let mut named = Vec::new();
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for (n, line) in text.lines().enumerate() {
            for name in icon_addresses(line) {
                named.push(Named {
                    file: relative(root, &path),
                    place: format!("line {}: ", n + 1),
                    name: name.to_string(),
                });
            }
        }
    }
    named
}

/// The names in the addresses `/icons/<name>.svg` of a line (not `/icons/{name}.svg`).
fn icon_addresses(line: &str) -> Vec<&str> {
    line.match_indices("/icons/")
        .filter_map(|(at, marker)| {
            let rest = &line[at + marker.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            (end > 0 && rest[end..].starts_with(".svg")).then(|| &rest[..end])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Named {
        Named {
            file: "assets/content/orientation.toml".into(),
            place: "card \"protect-yourself\": ".into(),
            name: name.into(),
        }
    }

    #[test]
    fn a_missing_name_says_what_to_do_and_the_closest_name() {
        let existing = ["agent".to_string(), "shield".to_string()];
        assert_eq!(
            missing(&named("shieldd"), &existing).as_deref(),
            Some("card \"protect-yourself\": the pictogram \"shieldd\" does not exist: add assets/icons/shieldd.svg or use one of the existing names (the closest is \"shield\")")
        );
        assert_eq!(missing(&named("shield"), &existing), None);
        let far = missing(&named("money"), &existing).expect("missing");
        assert!(!far.contains("closest"), "{far}");
    }

    #[test]
    fn a_name_that_is_not_a_file_name_is_refused() {
        let found = missing(&named("../style/x"), &["x".to_string()]).expect("refused");
        assert!(found.contains("is not a file name"), "{found}");
    }

    #[test]
    fn finds_icon_addresses_but_not_templates() {
        assert_eq!(
            icon_addresses(
                "icon.src = '/icons/alert.svg'; url(\"/icons/{name}.svg\") /icons/x.png"
            ),
            ["alert"]
        );
    }

    #[test]
    fn edit_distance_counts_letters() {
        assert_eq!(edit_distance("shieldd", "shield"), 1);
        assert_eq!(edit_distance("", "ab"), 2);
        assert_eq!(edit_distance("learn", "learn"), 0);
    }
}
