//! Lists the pictures the kiosk ships (`assets/icons/`, `assets/illustrations/`) for the app's
//! warm-up after the start (`components::icon::warm`), so a new picture needs no code change; and
//! makes one constant per pictogram (`components::icon::pictogram`), so the code cannot name a
//! pictogram that has no file. Also writes the few messages every language shows before it is
//! picked (`i18n::PICKER`), and the names of the tutorials' Fluent files (`i18n::TUTORIAL_FILES`),
//! since other languages than French are fetched, not compiled in.

use std::fmt::Write as _;

fn main() {
    let mut list = String::from(
        "/// Every picture's address, pictograms first.\npub const PICTURES: &[&str] = &[\n",
    );
    for (folder, address) in [
        ("assets/icons", "/icons"),
        ("assets/illustrations", "/illustrations"),
    ] {
        println!("cargo:rerun-if-changed={folder}");
        for name in files_in(folder, ".svg") {
            let _ = writeln!(list, "    \"{address}/{name}\",");
        }
    }
    list.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = std::path::Path::new(&out);
    std::fs::write(out.join("pictures.rs"), list).expect("OUT_DIR is writable");
    std::fs::write(out.join("pictograms.rs"), pictogram_constants()).expect("OUT_DIR is writable");
    std::fs::write(out.join("languages.rs"), language_constants()).expect("OUT_DIR is writable");
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
