//! Broken copies of the repository for the checker's tests: the content (and, when asked, the
//! app's code) copied to a fresh folder under the target directory, then changed on purpose.

#![allow(dead_code)] // each test file uses its own part of these helpers

use std::path::{Path, PathBuf};

/// The repository.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A copy of these folders and files of the repository in a fresh folder named `name`.
pub fn copy_of(name: &str, parts: &[&str]) -> PathBuf {
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&copy);
    for part in parts {
        let from = root().join(part);
        if from.is_dir() {
            copy_folder(&from, &copy.join(part));
        } else {
            let to = copy.join(part);
            std::fs::create_dir_all(to.parent().expect("a parent")).expect("a folder");
            std::fs::copy(&from, &to).expect("a file copied");
        }
    }
    copy
}

/// The content the checker reads: texts, data files and their pictures.
pub const CONTENT: [&str; 5] = [
    "locales",
    "assets/content",
    "assets/icons",
    "assets/illustrations",
    "assets/style",
];

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder in the target directory");
    for entry in std::fs::read_dir(from)
        .expect("a folder of the repository")
        .flatten()
    {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a file copied");
        }
    }
}

/// Replaces `from` by `to` once in a file of the copy; the test fails if `from` moved away.
pub fn replace_in(copy: &Path, file: &str, from: &str, to: &str) {
    let path = copy.join(file);
    let text = std::fs::read_to_string(&path).expect("a file of the copy");
    assert!(
        text.contains(from),
        "{file} no longer holds «{from}»: update this test"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy written");
}

/// The checker's problems on a copy, one line each.
pub fn problems(copy: &Path) -> Vec<String> {
    pasapas_core::authoring::content_check::check_repository(copy)
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// Fails unless, for each `(file, words)`, one problem starts with `file: ` and holds every word.
pub fn expect_reported(found: &[String], expected: &[(&str, &[&str])]) {
    for (file, words) in expected {
        assert!(
            found
                .iter()
                .any(|p| p.starts_with(&format!("{file}: ")) && words.iter().all(|w| p.contains(w))),
            "not reported: {file} {words:?}\n{found:#?}"
        );
    }
}
