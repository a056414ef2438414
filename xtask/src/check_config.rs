//! `cargo xtask check-config [CONFIG] [PLACES] [--lang fr|en|ar]`: checks a kiosk configuration
//! and a places file before they are installed, and prints the problems in the same words as the
//! agent screen (the same Fluent messages), then each skipped row of the places file in detail.

use crate::root;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use pasapas_core::content::languages::LanguageList;
use pasapas_core::installation::commune_file::Encoding;
use pasapas_core::installation::config::parse_file;
use pasapas_core::installation::places::{read_places_on, skipped_by_reason};
use pasapas_core::problem::{Message, Problem, DETAIL};
use std::path::{Path, PathBuf};

/// The agent screen's messages in one language.
struct Words {
    bundle: FluentBundle<FluentResource>,
}

impl Words {
    fn load(language: &str) -> Result<Self, String> {
        let path = root().join("locales").join(language).join("pasapas.ftl");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("check-config: {}: {e}", path.display()))?;
        let resource = FluentResource::try_new(text)
            .map_err(|(_, errors)| format!("check-config: {}: {errors:?}", path.display()))?;
        let identifier = language
            .parse()
            .map_err(|e| format!("check-config: language {language}: {e}"))?;
        let mut bundle = FluentBundle::new(vec![identifier]);
        // Plain text in a terminal: no invisible direction marks around the values.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("check-config: {errors:?}"))?;
        Ok(Self { bundle })
    }

    fn say(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A problem, worded as the agent screen words it. The parser's own words stay in the
    /// sentence: a terminal has no voice to warn that they are English.
    fn problem(&self, message: &Message) -> String {
        let args: Vec<(&str, FluentValue)> = message
            .args
            .iter()
            .map(|(name, value)| (*name, FluentValue::from(value.clone())))
            .collect();
        self.say(message.id, &args)
    }
}

/// Runs the command; `Err` (a non-zero exit) when either file has a problem.
pub fn check_config(args: &[String]) -> Result<(), String> {
    let mut language = "fr".to_string();
    let mut paths = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--lang" {
            language = rest.next().cloned().unwrap_or(language);
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    let words = Words::load(&language)?;
    let languages = LanguageList::parse(&read(&root().join("locales/languages.toml"))?)
        .map_err(|e| format!("check-config: locales/languages.toml: {e}"))?;
    let codes: Vec<&str> = languages
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();

    let config_path = paths
        .first()
        .cloned()
        .unwrap_or_else(|| root().join("assets/config/kiosk.toml"));
    let (settings, problems) = parse_file(&read_bytes(&config_path)?, &codes, &languages.default);
    println_out(&format!(
        "{}\n  {}",
        words.say("report-config-title", &[]),
        config_path.display()
    ));
    if problems.is_empty() {
        println_out(&format!("  {}", words.say("report-config-ok", &[])));
    } else {
        let count = FluentValue::from(problems.len());
        println_out(&format!(
            "  {}",
            words.say("report-config-problems", &[("count", count)])
        ));
        for problem in &problems {
            println_out(&format!("  - {}", words.problem(&problem.message())));
        }
    }

    let places_path = match paths.get(1) {
        Some(path) => Some(path.clone()),
        // A path on the kiosk's server maps to the repository's assets; a web address cannot be
        // checked from here.
        None => settings
            .places_file
            .strip_prefix('/')
            .map(|relative| root().join("assets").join(relative)),
    };
    let mut places_problems = 0;
    println_out(&format!("\n{}", words.say("report-places-title", &[])));
    match places_path {
        None => println_out(&format!(
            "  {}",
            words.say(
                "check-config-web",
                &[("address", settings.places_file.clone().into())]
            )
        )),
        Some(path) => {
            println_out(&format!("  {}", path.display()));
            match read_places_on(&read_bytes(&path)?, chrono::Local::now().date_naive()) {
                Err(why) => {
                    places_problems += 1;
                    println_out(&format!("  {}", words.problem(&why.message())));
                }
                Ok(file) => {
                    // Read all the same, but the commune should save it as the schema asks.
                    if file.separator == ';' {
                        println_out(&format!("  {}", words.say("report-places-semicolons", &[])));
                    }
                    if file.encoding == Encoding::Windows1252 {
                        places_problems += 1;
                        println_out(&format!(
                            "  {}",
                            words.say("report-places-windows-1252", &[])
                        ));
                    }
                    let count = |n: usize| [("count", FluentValue::from(n))];
                    for (id, n) in [
                        ("report-places-kept", file.places.len()),
                        ("report-places-skipped", file.skipped.len()),
                        ("report-places-closed", file.not_receiving_public),
                    ] {
                        println_out(&format!("  {}", words.say(id, &count(n))));
                    }
                    for (column, n) in skipped_by_reason(&file) {
                        let said = match column {
                            Some(column) => words.say(
                                "report-places-column",
                                &[("column", column.into()), ("count", n.into())],
                            ),
                            None => {
                                words.say("report-places-rows-not-read", &[("count", n.into())])
                            }
                        };
                        println_out(&format!("  - {said}"));
                    }
                    // The detail of each row, for the person who fixes the file.
                    for (line, reasons) in &file.skipped {
                        for reason in reasons {
                            let message = reason.message().with("line", line);
                            println_out(&format!("    {}", words.problem(&message)));
                        }
                    }
                    for (name, why) in &file.unreadable_hours {
                        let args = [
                            ("name", name.as_str().into()),
                            (DETAIL, why.as_str().into()),
                        ];
                        println_out(&format!(
                            "    {}",
                            words.say("report-places-hours-unreadable", &args)
                        ));
                    }
                    let to_check = file.hours_to_check(chrono::Local::now().naive_local());
                    if !to_check.is_empty() {
                        let args = [
                            ("count", FluentValue::from(to_check.len())),
                            ("names", FluentValue::from(to_check.join(", "))),
                        ];
                        println_out(&format!("  {}", words.say("report-places-hours", &args)));
                    }
                    places_problems +=
                        file.skipped.len() + file.unreadable_hours.len() + to_check.len();
                }
            }
        }
    }
    match problems.len() + places_problems {
        0 => Ok(()),
        n => Err(format!(
            "check-config: {}",
            words.say("check-config-problems", &[("count", n.into())])
        )),
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("check-config: {}: {e}", path.display()))
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("check-config: {}: {e}", path.display()))
}

/// The report goes to standard output, so it can be saved or piped.
fn println_out(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_files_pass_and_a_broken_configuration_fails() {
        assert_eq!(check_config(&[]), Ok(()));
        let broken = std::env::temp_dir().join("pasapas-check-config-test.toml");
        std::fs::write(&broken, "format_version = 1\n[idle]\ndelay_seconds = 5\n")
            .expect("a temporary file");
        let result = check_config(&[broken.display().to_string()]);
        assert_eq!(
            result,
            Err("check-config: 1 problème à corriger.".to_string())
        );
    }

    #[test]
    fn a_places_file_saved_by_excel_is_read_and_its_fixes_counted() {
        let shipped = read(&root().join("assets/data/places.csv")).expect("shipped places");
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(shipped.as_bytes());
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(Vec::new());
        for (index, record) in reader.records().enumerate() {
            let record = record.expect("a shipped row");
            let mut fields: Vec<String> = record.iter().map(str::to_string).collect();
            if index == 1 {
                // `horaires`: a year gone by, so no opening in the coming week.
                fields[13] = "2020 Jan 01Mo 10:00-12:00".to_string();
            }
            writer.write_record(&fields).expect("a row");
        }
        let text = String::from_utf8(writer.into_inner().expect("the rows")).expect("UTF-8");
        let bytes = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
        let excel = std::env::temp_dir().join("pasapas-check-config-excel.csv");
        std::fs::write(&excel, bytes).expect("a temporary file");
        let config = root()
            .join("assets/config/kiosk.toml")
            .display()
            .to_string();
        let result = check_config(&[config, excel.display().to_string()]);
        // Not UTF-8, and one place's hours: every place is kept, two things to fix.
        assert_eq!(
            result,
            Err("check-config: 2 problèmes à corriger.".to_string())
        );
    }

    #[test]
    fn a_skipped_row_is_worded_in_the_language_asked() {
        use pasapas_core::installation::places::RowProblem;
        let problem = RowProblem::UnknownValue {
            column: "services",
            value: "Club de bridge".into(),
        };
        let message = problem.message().with("line", 3);
        let said = |language: &str| {
            Words::load(language)
                .expect("the agent screen's messages")
                .problem(&message)
        };
        assert_eq!(
            said("fr"),
            // French glues its marks to the words with no-break spaces.
            "Ligne 3\u{a0}: «\u{a0}services\u{a0}» contient «\u{a0}Club de bridge\u{a0}». Cette valeur n'est pas dans le schéma national."
        );
        assert_eq!(
            said("ar"),
            "السطر 3: العمود «services» فيه القيمة «Club de bridge». هذه القيمة غير موجودة في نموذج البيانات الوطني."
        );
    }
}
