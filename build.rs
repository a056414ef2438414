//! Lists the illustrations the kiosk ships (`assets/illustrations/`) for the app's warm-up after
//! the start (`components::icon::warm`), so a new picture needs no code change; and
//! makes one constant per pictogram (`components::icon::pictogram`), so the code cannot name a
//! pictogram that has no file. Also writes the few messages every language shows before it is
//! picked (`i18n::PICKER`), and the names of the tutorials' Fluent files (`i18n::TUTORIAL_FILES`),
//! since other languages than French are fetched, not compiled in.

use std::fmt::Write as _;

fn main() {
    let mut list =
        String::from("/// Every illustration's address.\npub const PICTURES: &[&str] = &[\n");
    let folder = "assets/illustrations";
    println!("cargo:rerun-if-changed={folder}");
    for name in files_in(folder, ".svg") {
        let _ = writeln!(list, "    \"/illustrations/{name}\",");
    }
    list.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = std::path::Path::new(&out);
    std::fs::write(out.join("pictures.rs"), list).expect("OUT_DIR is writable");
    std::fs::write(out.join("pictograms.rs"), pictogram_constants()).expect("OUT_DIR is writable");
    std::fs::write(out.join("languages.rs"), language_constants()).expect("OUT_DIR is writable");
    compile_content(out);
}

/// The house's content, read and checked from its TOML here rather than in the kiosk, and written
/// compact for `content.rs` and `i18n.rs` (`data_file::compile`): the wasm then carries no TOML
/// parser for it, and the tutorials' `[[source]]` lists, which authors and `cargo xtask facts`
/// read but no screen shows, are left out. A file that does not read is left out with a warning,
/// as the kiosk did at start before (`cargo xtask check-content` names its problem); the kiosk
/// then runs without it.
fn compile_content(out: &std::path::Path) {
    use pasapas_core::content::assessment::Questionnaire;
    use pasapas_core::content::data_file::compile;
    use pasapas_core::content::languages::LanguageList;
    use pasapas_core::content::orientation::Rules;
    use pasapas_core::content::practice::PracticeContent;
    use pasapas_core::content::tutorials::Tutorial;

    let folder = "assets/content/tutorials";
    println!("cargo:rerun-if-changed={folder}");
    let tutorials: Vec<Tutorial> = files_in(folder, ".toml")
        .into_iter()
        .filter_map(|name| {
            let text = std::fs::read_to_string(format!("{folder}/{name}")).unwrap_or_default();
            match Tutorial::parse(&text) {
                Ok(mut tutorial) => {
                    tutorial.sources.clear();
                    Some(tutorial)
                }
                Err(problem) => {
                    warn_left_out(&format!("{folder}/{name}"), &problem);
                    None
                }
            }
        })
        .collect();
    write_compiled(out, "tutorials.bin", Some(compile(&tutorials)));
    write_compiled(
        out,
        "assessment.bin",
        read_checked("assets/content/assessment.toml", Questionnaire::parse).map(|f| compile(&f)),
    );
    write_compiled(
        out,
        "orientation.bin",
        read_checked("assets/content/orientation.toml", Rules::parse).map(|f| compile(&f)),
    );
    write_compiled(
        out,
        "practice.bin",
        read_checked("assets/content/practice.toml", PracticeContent::parse).map(|f| compile(&f)),
    );
    let languages = read_checked("locales/languages.toml", LanguageList::parse).expect(
        "locales/languages.toml must read: cargo test -p pasapas-core --test locales says why",
    );
    write_compiled(out, "languages.bin", Some(compile(&languages)));
}

fn read_checked<T>(path: &str, parse: fn(&str) -> Result<T, String>) -> Option<T> {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    parse(&text)
        .map_err(|problem| warn_left_out(path, &problem))
        .ok()
}

fn warn_left_out(path: &str, problem: &str) {
    let problem = problem.replace('\n', " / ");
    println!("cargo:warning={path} left out of the kiosk: {problem}");
}

/// Writes a compiled file; an empty one when its source did not read (the kiosk logs it).
fn write_compiled(out: &std::path::Path, name: &str, bytes: Option<Result<Vec<u8>, String>>) {
    let bytes = match bytes {
        Some(Ok(bytes)) => bytes,
        Some(Err(problem)) => {
            warn_left_out(name, &problem);
            Vec::new()
        }
        None => Vec::new(),
    };
    std::fs::write(out.join(name), bytes).expect("OUT_DIR is writable");
}

/// The messages every language shows before a person picks it: its invitation on Welcome, its
/// Home title (the agents' voice check says it), and the message for a language that did not load.
const PICKER_IDS: [&str; 3] = ["welcome-choose", "home-title", "language-not-loaded"];

/// `PICKER`: for each folder of `locales/`, the Fluent text of [`PICKER_IDS`] (each message's line
/// and its indented continuation lines). `TUTORIAL_FILES`: the French tutorials' file names, the
/// same in every language (`cargo xtask check-content` checks it).
fn language_constants() -> String {
    println!("cargo:rerun-if-changed=locales");
    let mut codes: Vec<String> = std::fs::read_dir("locales")
        .map(|entries| {
            entries
                .flatten()
                .filter(|entry| entry.path().is_dir())
                .filter_map(|entry| entry.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    let mut constants = String::from(
        "/// Each language's messages shown before it is picked, as Fluent text.
",
    );
    constants.push_str("pub const PICKER: &[(&str, &str)] = &[\n");
    for code in codes {
        let file = format!("locales/{code}/pasapas.ftl");
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let mut picked = String::new();
        let mut inside = false;
        for line in text.lines() {
            if !line.starts_with([' ', '\t']) {
                inside = PICKER_IDS.iter().any(|id| {
                    line.strip_prefix(id)
                        .is_some_and(|r| r.trim_start().starts_with('='))
                });
            }
            if inside {
                picked.push_str(line);
                picked.push('\n');
            }
        }
        let _ = writeln!(constants, "    ({code:?}, {picked:?}),");
    }
    constants.push_str("];\n");
    let tutorials = files_in("locales/fr/tutorials", ".ftl");
    constants.push_str("/// The tutorials' Fluent files of every language, by name.\n");
    let _ = writeln!(
        constants,
        "pub const TUTORIAL_FILES: &[&str] = &{tutorials:?};"
    );
    constants
}

/// One constant per file of `assets/icons/` (`check-in.svg` gives `CHECK_IN`), the only way the
/// app's code names a pictogram: a name without its file does not compile.
fn pictogram_constants() -> String {
    println!("cargo:rerun-if-changed=assets/icons");
    let mut constants = String::from("use super::Pictogram;\n");
    for file in files_in("assets/icons", ".svg") {
        let name = file.trim_end_matches(".svg");
        let constant = name.to_uppercase().replace('-', "_");
        let _ = writeln!(
            constants,
            "/// `assets/icons/{name}.svg`.\npub const {constant}: Pictogram = Pictogram(\"{name}\");"
        );
    }
    constants
}

/// The names of a folder's files that end with `ending`, sorted (none if it cannot be read).
fn files_in(folder: &str, ending: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|entry| entry.file_name().into_string().ok())
                .filter(|name| name.ends_with(ending))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
