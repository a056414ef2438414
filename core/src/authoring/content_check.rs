//! The authors' checker: languages, tutorials and their texts, read from a copy of the repository.
//!
//! Run by a native test (`core/tests/content.rs`) and by `cargo xtask check-content`. Its messages
//! are for content authors and translators: they name the file, the message or the step, say what
//! is wrong in plain words, and what to do.

use crate::agent::stats;
use crate::authoring::glossary::{self, Glossary};
use crate::authoring::locales::{compare, read_shapes, MessageShapes};
use crate::authoring::{bidi, facts, falc, pictograms, plurals, typography};
use crate::content::assessment::Questionnaire;
use crate::content::languages::{Direction, LanguageList};
use crate::content::orientation::Rules;
use crate::content::practice::PracticeContent;
use crate::content::tutorials::{phone_digits, theme_message_id, Theme, Tutorial};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One thing an author has to fix: the file to open (relative to the repository) and what to do.
/// The same type as the locale checker's, so both print alike.
pub use crate::authoring::locales::LocaleProblem as Problem;

/// Every Fluent message of one language, from all its files: id -> (file, shape).
type Messages = BTreeMap<String, (String, crate::authoring::locales::Shape)>;

/// Checks everything an author can break. An empty list means all is well.
pub fn check_repository(root: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let list_file = "locales/languages.toml";
    let languages = match read_data(root, list_file, LanguageList::parse) {
        Ok(list) => list,
        Err(what) => {
            return vec![Problem {
                file: list_file.into(),
                what,
            }]
        }
    };
    let mut messages: BTreeMap<String, Messages> = BTreeMap::new();
    check_locales(root, &languages, &mut messages, &mut problems);
    check_tutorials(root, &languages, &messages, &mut problems);
    check_practice(root, &languages, &messages, &mut problems);
    check_reachable_messages(root, &languages, &messages, &mut problems);
    check_facts_table(root, &mut problems);
    check_glossary(root, &languages, &messages, &mut problems);
    check_plurals(root, &languages, &mut problems);
    problems.extend(pictograms::check(root));
    problems
}

/// Every count shown next to a word that agrees with it has a plural choice, with the forms of
/// each language (`plurals::COUNTS`), in every Fluent file; the list follows the French texts.
fn check_plurals(root: &Path, languages: &LanguageList, problems: &mut Vec<Problem>) {
    let mut source = plurals::Variables::new();
    for language in &languages.languages {
        let code = &language.code;
        let is_source = *code == languages.default;
        for relative in ftl_files(&root.join("locales").join(code)) {
            let file = format!("locales/{code}/{relative}");
            let Ok(text) = std::fs::read_to_string(root.join(&file)) else {
                continue;
            };
            let (found, variables) = plurals::check_file(&file, code, &text, is_source);
            problems.extend(found);
            if is_source {
                source.extend(variables);
            }
        }
    }
    problems.extend(plurals::stale(&source));
}

/// Messages only agents read (their screens, the figures, the setup report): the person-facing
/// rules (jargon, acronyms, easy-to-read French) do not apply to them; one word per thing does.
const AGENT_PREFIXES: [&str; 6] = ["agent-", "stats-", "report-", "config-", "test-", "check-"];

fn is_for_agents(id: &str) -> bool {
    AGENT_PREFIXES.iter().any(|prefix| id.starts_with(prefix))
}

/// The shared glossary (`locales/glossary.toml`): one word per thing in every language's texts;
/// on a person's screens, no jargon and every acronym explained where it appears (the same
/// message, or the same tutorial step the first time), easy-to-read French, and at most
/// `falc::MAX_SENTENCES_PER_SCREEN` sentences on a tutorial step.
fn check_glossary(
    root: &Path,
    languages: &LanguageList,
    messages: &BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let file = "locales/glossary.toml";
    let glossary = match read_data(root, file, Glossary::parse) {
        Ok(glossary) => glossary,
        Err(what) => {
            problems.push(problem(file, &what));
            return;
        }
    };
    for acronym in &glossary.acronyms {
        for language in &languages.languages {
            if !acronym.explained.contains_key(&language.code) {
                problems.push(problem(
                    file,
                    &format!(
                        "the acronym {} has no explanation in {}: add it to `explained`",
                        acronym.word, language.code
                    ),
                ));
            }
        }
    }
    let tutorials = read_tutorials(root);
    let in_tutorial: BTreeSet<&str> = tutorials.iter().flat_map(|t| t.message_ids()).collect();
    for language in &languages.languages {
        let code = &language.code;
        let is_source = *code == languages.default;
        let Some(all) = messages.get(code) else {
            continue;
        };
        for (id, (ftl, shape)) in all {
            for term in &glossary.terms {
                for variant in term.avoid.get(code).into_iter().flatten() {
                    if glossary::has_word(&shape.text, variant) {
                        let word = term.words.get(code).map_or("", String::as_str);
                        problems.push(problem(
                            ftl,
                            &format!("`{id}`: write «{word}», not «{variant}» ({}): one word for one thing", term.about),
                        ));
                    }
                }
            }
            if is_for_agents(id) {
                continue;
            }
            if is_source && !in_tutorial.contains(id.as_str()) {
                for hint in falc::check_message(&shape.text) {
                    problems.push(problem(ftl, &format!("`{id}`: {hint}")));
                }
            }
            if is_source {
                for jargon in &glossary.jargon {
                    if glossary::has_word_any_case(&shape.text, &jargon.word) {
                        problems.push(problem(
                            ftl,
                            &format!(
                                "`{id}`: «{}» is a word people may not know; say {} instead",
                                jargon.word, jargon.instead
                            ),
                        ));
                    }
                }
            }
            if !in_tutorial.contains(id.as_str()) {
                for (word, explanation) in unexplained(&glossary, code, &shape.text) {
                    problems.push(problem(
                        ftl,
                        &format!("`{id}`: explain {word} in the same text (for example with «{explanation}»)"),
                    ));
                }
            }
        }
        for tutorial in &tutorials {
            check_tutorial_screens(tutorial, &glossary, code, is_source, all, problems);
        }
    }
}

/// A tutorial's acronyms are explained on the step where each first appears; in French, a step
/// holds at most `falc::MAX_SENTENCES_PER_SCREEN` sentences.
fn check_tutorial_screens(
    tutorial: &Tutorial,
    glossary: &Glossary,
    code: &str,
    is_source: bool,
    all: &Messages,
    problems: &mut Vec<Problem>,
) {
    let ftl = format!("locales/{code}/tutorials/{}.ftl", tutorial.id);
    let say = |id: &str| {
        all.get(id)
            .map(|(_, shape)| shape.text.clone())
            .unwrap_or_default()
    };
    let mut explained: BTreeSet<&str> = BTreeSet::new();
    for (n, step) in tutorial.steps.iter().enumerate() {
        let mut ids = vec![step.title.as_str(), step.instruction.as_str()];
        ids.extend(step.tip.as_deref());
        ids.extend(step.caution.as_deref());
        if n == 0 {
            ids.push(tutorial.title.as_str());
        }
        let screen: Vec<String> = ids.iter().map(|id| say(id)).collect();
        let screen = screen.join("\n");
        for (word, explanation) in unexplained(glossary, code, &screen) {
            if explained.insert(word) {
                problems.push(problem(
                    &ftl,
                    &format!("step {}: {word} appears here for the first time; explain it on this step (for example with «{explanation}»)", n + 1),
                ));
            }
        }
        for acronym in &glossary.acronyms {
            if glossary::has_word(&screen, &acronym.word) {
                explained.insert(&acronym.word);
            }
        }
        let read = [
            Some(&step.instruction),
            step.tip.as_ref(),
            step.caution.as_ref(),
        ];
        let sentences: usize = read
            .into_iter()
            .flatten()
            .map(|id| falc::sentence_count(&say(id)))
            .sum();
        if is_source && sentences > falc::MAX_SENTENCES_PER_SCREEN {
            problems.push(problem(
                &ftl,
                &format!(
                    "step {}: {sentences} sentences on one screen, more than {}; move some to a new step or cut them",
                    n + 1,
                    falc::MAX_SENTENCES_PER_SCREEN
                ),
            ));
        }
    }
}

/// The glossary's acronyms that `text` uses without their explanation, with that explanation.
fn unexplained<'a>(glossary: &'a Glossary, code: &str, text: &str) -> Vec<(&'a str, &'a str)> {
    let lower = text.to_lowercase();
    glossary
        .acronyms
        .iter()
        .filter(|a| glossary::has_word(text, &a.word))
        .filter_map(|a| {
            let explanation = a.explained.get(code)?;
            (!lower.contains(&explanation.to_lowercase()))
                .then_some((a.word.as_str(), explanation.as_str()))
        })
        .collect()
}

/// Where the tutorials' data files are, in the repository.
pub const TUTORIALS_FOLDER: &str = "assets/content/tutorials";

/// The tutorials' data files (`*.toml`), in name order; none when the folder cannot be read.
pub fn tutorial_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(TUTORIALS_FOLDER))
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    files.sort();
    files
}

/// Every tutorial that can be read (the others are reported by `check_tutorials`).
fn read_tutorials(root: &Path) -> Vec<Tutorial> {
    tutorial_files(root)
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .filter_map(|text| Tutorial::parse(&text).ok())
        .collect()
}

/// The README's table of facts matches the tutorials' sources (only where a README is present:
/// the checker also runs on copies of the content alone).
fn check_facts_table(root: &Path, problems: &mut Vec<Problem>) {
    let Ok(readme) = std::fs::read_to_string(root.join("README.md")) else {
        return;
    };
    let Ok(table) = facts::table(root) else {
        return; // the tutorial's own problem is already listed
    };
    match facts::with_table(&readme, &table) {
        None => problems.push(problem(
            "README.md",
            &format!("the table of facts is missing: put the lines {} and {} in the README, then run `cargo xtask facts`", facts::START, facts::END),
        )),
        Some(current) if current != readme => problems.push(problem(
            "README.md",
            "the table of facts is out of date with the tutorials' [[source]] entries: run `cargo xtask facts`",
        )),
        Some(_) => {}
    }
}

/// Every message id the app builds from a data file (a question and its answers, a profile, a
/// star group, a card's title and question, documents to bring, a theme, a kind of figure)
/// exists in every language: without it the kiosk would show a wrong text. Each data file is
/// read with the same model, and the ids come from the same functions, as in the app.
fn check_reachable_messages(
    root: &Path,
    languages: &LanguageList,
    messages: &BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let assessment = "assets/content/assessment.toml";
    match read_data(root, assessment, Questionnaire::parse) {
        Ok(questionnaire) => check_ids(
            assessment,
            &questionnaire.message_ids(),
            languages,
            messages,
            problems,
        ),
        Err(what) => problems.push(problem(assessment, &what)),
    }
    let orientation = "assets/content/orientation.toml";
    match read_data(root, orientation, Rules::parse) {
        Ok(rules) => check_ids(
            orientation,
            &rules.message_ids(),
            languages,
            messages,
            problems,
        ),
        Err(what) => problems.push(problem(orientation, &what)),
    }
    let mut themes: Vec<String> = Theme::ALL.map(Theme::message_id).to_vec();
    themes.push(theme_message_id(stats::UNKNOWN_THEME));
    check_ids(
        "assets/content/tutorials (themes)",
        &themes,
        languages,
        messages,
        problems,
    );
    let access: Vec<String> = crate::installation::places::ACCESS_MESSAGES
        .iter()
        .map(|(_, id)| id.to_string())
        .collect();
    check_ids(
        "the places' ways to come (modalites_acces)",
        &access,
        languages,
        messages,
        problems,
    );
    check_ids(
        "the figures screen (kinds of counts)",
        &stats::message_ids(),
        languages,
        messages,
        problems,
    );
}

/// Reports each id of `ids` missing in a language, with the French words to translate.
fn check_ids(
    file: &str,
    ids: &[String],
    languages: &LanguageList,
    messages: &BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let source = messages.get(&languages.default);
    for id in ids {
        let french = source
            .and_then(|m| m.get(id))
            .map(|(_, shape)| format!(" (in French: \"{}\")", shape.text))
            .unwrap_or_default();
        for language in &languages.languages {
            if !messages
                .get(&language.code)
                .is_some_and(|m| m.contains_key(id))
            {
                problems.push(problem(
                    file,
                    &format!(
                        "the text `{id}` is missing in locales/{}/pasapas.ftl: the kiosk needs it; add it{french}",
                        language.code
                    ),
                ));
            }
        }
    }
}

/// The practice screens' content: readable, its messages in every language, its pictures present.
fn check_practice(
    root: &Path,
    languages: &LanguageList,
    messages: &BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let file = "assets/content/practice.toml";
    let content = match read_data(root, file, PracticeContent::parse) {
        Ok(content) => content,
        Err(what) => return problems.push(problem(file, &what)),
    };
    for photo in &content.gallery {
        let picture = format!("assets/illustrations/{}.svg", photo.picture);
        if !root.join(&picture).is_file() {
            problems.push(problem(
                file,
                &format!(
                    "the picture \"{}\" does not exist: add {picture}",
                    photo.picture
                ),
            ));
        }
    }
    check_ids(file, &content.message_ids(), languages, messages, problems);
}

/// Every file under `locales/fr/` has its counterpart in every listed language, with the same
/// messages and variables; every folder under `locales/` is listed.
fn check_locales(
    root: &Path,
    languages: &LanguageList,
    messages: &mut BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let source = &languages.default;
    let source_files = ftl_files(&root.join("locales").join(source));
    if source_files.is_empty() {
        problems.push(problem(
            &format!("locales/{source}"),
            "there is no Fluent file for the source language",
        ));
    }
    for language in &languages.languages {
        let mut all = Messages::new();
        for relative in &source_files {
            let source_name = format!("locales/{source}/{relative}");
            let name = format!("locales/{}/{relative}", language.code);
            let Some(shapes) = read_ftl(root, &name, problems) else {
                continue;
            };
            if language.code != *source {
                if let Some(source_shapes) = read_ftl(root, &source_name, &mut Vec::new()) {
                    problems.extend(
                        compare(&source_name, &source_shapes, &name, &shapes)
                            .into_iter()
                            .map(|p| problem(&p.file, &p.what)),
                    );
                }
            }
            for (id, shape) in shapes.messages {
                if language.direction == Direction::Rtl {
                    for run in bidi::unisolated_latin_runs(&shape.text) {
                        problems.push(problem(
                            &name,
                            &format!("`{id}`: «{run}» is left-to-right text inside a right-to-left sentence and may show in the wrong order; wrap it between U+2066 and U+2069, as `practice-scam-1-from` does"),
                        ));
                    }
                }
                if language.code == "fr" {
                    for place in typography::breakable_spaces(&shape.text) {
                        problems.push(problem(
                            &name,
                            &format!("`{id}`: «{place}»: the line may break before or after the mark; write a no-break space (U+00A0) there"),
                        ));
                    }
                }
                all.insert(id, (name.clone(), shape));
            }
        }
        let extra = ftl_files(&root.join("locales").join(&language.code));
        for relative in extra.iter().filter(|f| !source_files.contains(f)) {
            problems.push(problem(
                &format!("locales/{}/{relative}", language.code),
                &format!("this file has no French source (locales/{source}/{relative}); remove it or add the source"),
            ));
        }
        messages.insert(language.code.clone(), all);
    }
    if let Ok(entries) = std::fs::read_dir(root.join("locales")) {
        for entry in entries.flatten().filter(|e| e.path().is_dir()) {
            let code = entry.file_name().to_string_lossy().to_string();
            if languages.get(&code).is_none() {
                problems.push(problem(
                    &format!("locales/{code}"),
                    "this folder is not listed in locales/languages.toml; add the language there or remove the folder",
                ));
            }
        }
    }
}

fn read_ftl(root: &Path, name: &str, problems: &mut Vec<Problem>) -> Option<MessageShapes> {
    let Ok(text) = std::fs::read_to_string(root.join(name)) else {
        problems.push(problem(
            name,
            "this file is missing; copy the French file and translate it",
        ));
        return None;
    };
    match read_shapes(name, &text) {
        Ok(shapes) => Some(shapes),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| problem(&p.file, &p.what)));
            None
        }
    }
}

/// `.ftl` files below a folder, as paths relative to it, sorted.
fn ftl_files(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(folder.join(&relative)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = relative.join(entry.file_name());
            if entry.path().is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                found.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

/// Every tutorial file: readable, unique, complete in every language, pictures present, French
/// easy to read.
fn check_tutorials(
    root: &Path,
    languages: &LanguageList,
    messages: &BTreeMap<String, Messages>,
    problems: &mut Vec<Problem>,
) {
    let folder = TUTORIALS_FOLDER;
    let files = tutorial_files(root);
    if files.is_empty() {
        problems.push(problem(folder, "there is no tutorial (*.toml) here"));
    }
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for path in files {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let file = format!("{folder}/{stem}.toml");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let tutorial = match Tutorial::parse(&text) {
            Ok(tutorial) => tutorial,
            Err(what) => {
                problems.push(problem(&file, &what));
                continue;
            }
        };
        let mut reading_problems = Vec::new();
        let mut say = |what: String| problems.push(problem(&file, &what));
        if tutorial.id != stem {
            say(format!(
                "id is \"{}\" but the file is {stem}.toml; make them the same",
                tutorial.id
            ));
        }
        if let Some(other) = seen.insert(tutorial.id.clone(), file.clone()) {
            say(format!(
                "the id \"{}\" is already used by {other}",
                tutorial.id
            ));
        }
        if tutorial.steps.is_empty() {
            say("there is no [[step]]; a tutorial needs at least one".into());
        }
        if !(1..=60).contains(&tutorial.minutes) {
            say(format!(
                "minutes is {}; write a number from 1 to 60",
                tutorial.minutes
            ));
        }
        for (n, step) in tutorial.steps.iter().enumerate() {
            let picture = format!("assets/illustrations/{}.svg", step.illustration);
            if !root.join(&picture).is_file() {
                say(format!(
                    "step {}: the illustration \"{}\" does not exist: add {picture}",
                    n + 1,
                    step.illustration
                ));
            }
        }
        let prefix = format!("{}-", tutorial.id);
        let mut used = BTreeSet::new();
        for id in tutorial.message_ids() {
            if !id.starts_with(&prefix) {
                say(format!(
                    "the message id `{id}` must start with `{prefix}`, so translators find it"
                ));
            }
            if !used.insert(id) {
                say(format!(
                    "the message id `{id}` is used twice; give each text its own id"
                ));
            }
            for language in &languages.languages {
                let found = messages.get(&language.code).and_then(|m| m.get(id));
                match found {
                    None => say(format!(
                        "the message `{id}` is missing in locales/{}/tutorials/{}.ftl",
                        language.code, tutorial.id
                    )),
                    Some((ftl, shape)) if language.code == languages.default => {
                        for hint in falc::check(&shape.text) {
                            reading_problems.push(problem(ftl, &format!("`{id}`: {hint}")));
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        if let Some(roads) = &tutorial.other_roads {
            let number = phone_digits(&roads.phone);
            for language in &languages.languages {
                let shown = messages
                    .get(&language.code)
                    .and_then(|m| m.get(&roads.phone_message));
                if let Some((ftl, shape)) = shown {
                    if !phone_digits(&shape.text).contains(&number) {
                        problems.push(problem(
                            ftl,
                            &format!(
                                "`{}` must show the number to call, {}, as other_roads.phone says in {file}",
                                roads.phone_message, roads.phone
                            ),
                        ));
                    }
                }
            }
        }
        problems.extend(reading_problems);
    }
}

/// A data file of the repository, read and parsed; the error in the parser's plain words.
fn read_data<T>(
    root: &Path,
    file: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, String> {
    std::fs::read_to_string(root.join(file))
        .map_err(|e| e.to_string())
        .and_then(|text| parse(&text))
}

fn problem(file: &str, what: &str) -> Problem {
    Problem {
        file: file.to_string(),
        what: what.to_string(),
    }
}
