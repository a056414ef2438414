//! Every language listed in `locales/languages.toml` has a Fluent file that says everything the
//! French file says, with the same variables. A failure names the file and the message to fix.

use pasapas_core::authoring::locales::{compare, read_shapes};
use pasapas_core::content::languages::LanguageList;
use std::path::{Path, PathBuf};

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn language_list() -> LanguageList {
    LanguageList::parse(&read(&locales_dir().join("languages.toml")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn ftl_name(code: &str) -> String {
    format!("locales/{code}/pasapas.ftl")
}

#[test]
fn every_listed_language_says_everything_french_says() {
    let list = language_list();
    let source_name = ftl_name("fr");
    let source = read_shapes(&source_name, &read(&locales_dir().join("fr/pasapas.ftl")))
        .unwrap_or_else(|p| panic!("{}", join(&p)));
    assert!(!source.messages.is_empty(), "{source_name} has no message");
    let mut problems = Vec::new();
    for language in list.languages.iter().filter(|l| l.code != "fr") {
        let name = ftl_name(&language.code);
        let path = locales_dir().join(&language.code).join("pasapas.ftl");
        if !path.exists() {
            problems.push(format!(
                "{name}: this file is missing (the language is in languages.toml)"
            ));
            continue;
        }
        match read_shapes(&name, &read(&path)) {
            Ok(shapes) => problems.extend(
                compare(&source_name, &source, &name, &shapes)
                    .iter()
                    .map(ToString::to_string),
            ),
            Err(p) => problems.extend(p.iter().map(ToString::to_string)),
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_locale_folder_is_listed_and_french_is_offered() {
    let list = language_list();
    assert!(
        list.get("fr").is_some(),
        "locales/languages.toml must offer French, the source"
    );
    for entry in std::fs::read_dir(locales_dir()).expect("locales/ exists") {
        let entry = entry.expect("readable entry");
        if entry.path().is_dir() {
            let code = entry.file_name().to_string_lossy().to_string();
            assert!(
                list.get(&code).is_some(),
                "locales/{code}/ exists but locales/languages.toml does not list \"{code}\""
            );
        }
    }
}

#[test]
fn no_message_is_left_empty() {
    for language in &language_list().languages {
        let path = locales_dir().join(&language.code).join("pasapas.ftl");
        for (n, line) in read(&path).lines().enumerate() {
            let trimmed = line.trim_end();
            assert!(
                !trimmed.ends_with('=') || trimmed.starts_with('#'),
                "{}: line {} has no text after `=`",
                ftl_name(&language.code),
                n + 1
            );
        }
    }
}

fn join(problems: &[pasapas_core::authoring::locales::LocaleProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
