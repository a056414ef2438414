//! The kiosk's configuration, `/config/kiosk.toml`: what a commune sets without rebuilding (the
//! place's name and coordinates, languages, idle delays, paper width, the places file, the agent
//! PIN's hash…). The commented example is `assets/config/kiosk.toml`.
//!
//! A configuration is never all-or-nothing. A person must always be served, so every setting that
//! is missing or wrong falls back to its default, and every problem is listed with its line and
//! setting for the agent screen and `cargo xtask check-config`. Problems are data (a kind and its
//! values), not sentences: the screens and the command word them from the Fluent files.

use crate::agent::pin;
use crate::installation::commune_file::{decode, too_large};
use crate::problem::{Message, Problem, DETAIL};
use serde::de::{DeserializeOwned, IntoDeserializer};
use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// The format version this code reads.
pub const FORMAT_VERSION: u32 = 1;
/// Where the app fetches its configuration, next to the app.
pub const CONFIG_URL: &str = "/config/kiosk.toml";
/// The places file when the configuration names none.
pub const DEFAULT_PLACES_FILE: &str = "/data/places.csv";
/// Seconds without a touch before the idle warning.
pub const IDLE_SECONDS: RangeInclusive<u32> = 60..=900;
/// Length of the warning's countdown. WCAG 2.2.1 asks for at least 20 s.
pub const WARNING_SECONDS: RangeInclusive<u32> = 20..=120;
/// The ticket printers the kiosk lays out for, in millimetres.
pub const PAPER_WIDTHS_MM: [u32; 2] = [58, 80];

/// The settings in force: the file's valid values, defaults for the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    /// The kiosk's place, printed on tickets ("Médiathèque de …").
    pub place_name: Option<String>,
    pub place_address: Option<String>,
    /// Latitude and longitude of the kiosk, for the distance to places.
    pub coordinates: Option<(f64, f64)>,
    /// The language of Welcome, and after every reset.
    pub default_language: String,
    /// The languages the picker offers, in the kiosk's order.
    pub enabled_languages: Vec<String>,
    pub idle_seconds: u32,
    pub warning_seconds: u32,
    pub paper_width_mm: u32,
    /// Whether the commune hands out the Pass numérique (the ticket says so).
    pub pass_numerique: bool,
    /// Address of the places file (path on this server, or a web address).
    pub places_file: String,
    /// Public web address of the tutorials; with it, take-home sheets carry a QR code.
    pub tutorials_web_address: Option<String>,
    /// Where to find an agent here, in each language the commune wrote (language code → text).
    pub ask_an_agent: BTreeMap<String, String>,
    /// Argon2id hash of the agent PIN; without it agent mode stays closed.
    pub pin_hash: Option<String>,
}

impl KioskConfig {
    /// The built-in settings, with the kiosk's languages in their order.
    pub fn defaults(languages: &[&str], default_language: &str) -> Self {
        Self {
            place_name: None,
            place_address: None,
            coordinates: None,
            default_language: default_language.to_string(),
            enabled_languages: languages.iter().map(|l| l.to_string()).collect(),
            idle_seconds: 120,
            warning_seconds: 30,
            paper_width_mm: 80,
            pass_numerique: false,
            places_file: DEFAULT_PLACES_FILE.to_string(),
            tutorials_web_address: None,
            ask_an_agent: BTreeMap::new(),
            pin_hash: None,
        }
    }

    /// The commune's "ask an agent here" text in `language`, else in the default language, else
    /// in any language it was written in: (language code, text).
    pub fn ask_an_agent_in(&self, language: &str) -> Option<(&str, &str)> {
        [language, self.default_language.as_str()]
            .into_iter()
            .find_map(|code| self.ask_an_agent.get_key_value(code))
            .or_else(|| self.ask_an_agent.iter().next())
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }
}

/// What is wrong with one setting. Each kind is worded by a Fluent message `config-problem-<id>`
/// ([`Problem::message`]).
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The file is not TOML; `detail` is the parser's own words (English).
    Syntax {
        detail: String,
    },
    /// A setting the kiosk does not know (a typo?); it is ignored.
    UnknownSetting,
    /// The value has the wrong type; `expected` is `text`, `number`, `whole-number`, `yes-no`,
    /// `list` or `table`.
    WrongType {
        expected: &'static str,
    },
    OutOfRange {
        min: String,
        max: String,
    },
    /// Not one of the values listed in `allowed`.
    NotAllowed {
        value: String,
        allowed: String,
    },
    /// A language code the kiosk does not have.
    UnknownLanguage {
        value: String,
        known: String,
    },
    /// The default language is not among the enabled ones.
    DefaultNotEnabled {
        value: String,
    },
    /// Latitude without longitude, or the reverse.
    HalfCoordinates,
    /// Neither a path on this server (`/…`) nor an `https://` address.
    BadAddress {
        value: String,
    },
    EmptyText,
    /// `pin_hash` is not an Argon2id hash made by `cargo xtask hash-pin`.
    BadPinHash,
    WrongFormatVersion {
        found: String,
        expected: u32,
    },
    MissingFormatVersion,
    /// The file is larger than [`MAX_BYTES`]; none of it is read.
    TooLarge {
        kilobytes: usize,
        limit_kilobytes: usize,
    },
}

impl Problem for ProblemKind {
    /// Every configuration message also takes the problem's `line` and `setting`.
    const CONTEXT: &'static [&'static str] = &["line", "setting"];

    fn message(&self) -> Message {
        let (id, args) = match self {
            Self::Syntax { detail } => ("config-problem-syntax", vec![(DETAIL, detail.clone())]),
            Self::UnknownSetting => ("config-problem-unknown-setting", Vec::new()),
            Self::WrongType { expected } => (
                "config-problem-wrong-type",
                vec![("expected", expected.to_string())],
            ),
            Self::OutOfRange { min, max } => (
                "config-problem-out-of-range",
                vec![("min", min.clone()), ("max", max.clone())],
            ),
            Self::NotAllowed { value, allowed } => (
                "config-problem-not-allowed",
                vec![("value", value.clone()), ("allowed", allowed.clone())],
            ),
            Self::UnknownLanguage { value, known } => (
                "config-problem-unknown-language",
                vec![("value", value.clone()), ("known", known.clone())],
            ),
            Self::DefaultNotEnabled { value } => (
                "config-problem-default-not-enabled",
                vec![("value", value.clone())],
            ),
            Self::HalfCoordinates => ("config-problem-half-coordinates", Vec::new()),
            Self::BadAddress { value } => {
                ("config-problem-bad-address", vec![("value", value.clone())])
            }
            Self::EmptyText => ("config-problem-empty-text", Vec::new()),
            Self::BadPinHash => ("config-problem-bad-pin-hash", Vec::new()),
            Self::WrongFormatVersion { found, expected } => (
                "config-problem-format-version",
                vec![("found", found.clone()), ("expected", expected.to_string())],
            ),
            Self::MissingFormatVersion => ("config-problem-no-format-version", Vec::new()),
            Self::TooLarge {
                kilobytes,
                limit_kilobytes,
            } => (
                "config-problem-too-large",
                vec![
                    ("size", kilobytes.to_string()),
                    ("limit", limit_kilobytes.to_string()),
                ],
            ),
        };
        Message::new(id, args)
    }
}

/// One problem: where (line from 1, dotted setting name) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigProblem {
    pub line: usize,
    /// `idle.delay_seconds`, or empty for the whole file.
    pub setting: String,
    pub kind: ProblemKind,
}

impl ConfigProblem {
    /// The message that words this problem, with its line and setting.
    pub fn message(&self) -> Message {
        self.kind
            .message()
            .with("line", self.line)
            .with("setting", &self.setting)
    }
}

/// The largest `kiosk.toml` the kiosk reads: the shipped file is about 4 KB.
pub const MAX_BYTES: usize = 64 * 1024;

/// Reads a configuration file from its bytes: refused whole when larger than [`MAX_BYTES`],
/// read as Windows-1252 when it is not UTF-8 (a Notepad "ANSI" save), then [`parse`]d.
pub fn parse_file(
    bytes: &[u8],
    languages: &[&str],
    default_language: &str,
) -> (KioskConfig, Vec<ConfigProblem>) {
    if let Some(kilobytes) = too_large(bytes, MAX_BYTES) {
        let problem = ConfigProblem {
            line: 1,
            setting: String::new(),
            kind: ProblemKind::TooLarge {
                kilobytes,
                limit_kilobytes: MAX_BYTES / 1024,
            },
        };
        return (
            KioskConfig::defaults(languages, default_language),
            vec![problem],
        );
    }
    parse(&decode(bytes).text, languages, default_language)
}

/// Reads a configuration file. `languages` are the kiosk's language codes in order, the first
/// default being `default_language`. Never fails: the problems come with the settings in force.
pub fn parse(
    text: &str,
    languages: &[&str],
    default_language: &str,
) -> (KioskConfig, Vec<ConfigProblem>) {
    let mut reader = Reader {
        line_starts: std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect(),
        languages,
        config: KioskConfig::defaults(languages, default_language),
        problems: Vec::new(),
    };
    // Recoverable: a typo on one line must not cost the commune every other setting.
    let (document, errors) = DeTable::parse_recoverable(text);
    for error in errors {
        let line = error.span().map_or(1, |span| reader.line_of(span.start));
        reader.problem(
            line,
            "",
            ProblemKind::Syntax {
                detail: error.message().trim().to_string(),
            },
        );
    }
    reader.read_document(document.get_ref());
    reader.problems.sort_by_key(|p| p.line);
    (reader.config, reader.problems)
}

/// Whether a file read with these problems is sound enough to become the kiosk's last good copy,
/// the one used when the server's file cannot be reached or is damaged. A syntax error (a file
/// cut short, or not TOML) or another format's version means a damaged file; a wrong value does
/// not: the file is still the commune's own, and its other settings hold.
pub fn worth_keeping(problems: &[ConfigProblem]) -> bool {
    !problems.iter().any(|problem| {
        matches!(
            problem.kind,
            ProblemKind::Syntax { .. }
                | ProblemKind::WrongFormatVersion { .. }
                | ProblemKind::TooLarge { .. }
        )
    })
}

struct Reader<'a> {
    /// The byte offset where each line starts, so that a problem finds its line by a binary
    /// search (a rescan per problem made a file full of typos quadratic).
    line_starts: Vec<usize>,
    languages: &'a [&'a str],
    config: KioskConfig,
    problems: Vec<ConfigProblem>,
}

type Value<'i> = Spanned<DeValue<'i>>;

impl Reader<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|start| *start <= offset)
    }

    fn problem(&mut self, line: usize, setting: &str, kind: ProblemKind) {
        self.problems.push(ConfigProblem {
            line,
            setting: setting.to_string(),
            kind,
        });
    }

    fn problem_at(&mut self, value: &Value, setting: &str, kind: ProblemKind) {
        let line = self.line_of(value.span().start);
        self.problem(line, setting, kind);
    }

    /// The value as `T` through serde, or a wrong-type problem.
    fn typed<T: DeserializeOwned>(
        &mut self,
        value: &Value,
        setting: &str,
        expected: &'static str,
    ) -> Option<T> {
        let result = T::deserialize(value.clone().into_deserializer());
        match result {
            Ok(typed) => Some(typed),
            Err(_) => {
                self.problem_at(value, setting, ProblemKind::WrongType { expected });
                None
            }
        }
    }

    fn text_value(&mut self, value: &Value, setting: &str) -> Option<String> {
        let text: String = self.typed(value, setting, "text")?;
        let text = text.trim().to_string();
        if text.is_empty() {
            self.problem_at(value, setting, ProblemKind::EmptyText);
            return None;
        }
        Some(text)
    }

    fn number_in(
        &mut self,
        value: &Value,
        setting: &str,
        range: RangeInclusive<f64>,
    ) -> Option<f64> {
        let number: f64 = self.typed(value, setting, "number")?;
        if range.contains(&number) {
            Some(number)
        } else {
            let (min, max) = (range.start().to_string(), range.end().to_string());
            self.problem_at(value, setting, ProblemKind::OutOfRange { min, max });
            None
        }
    }

    fn whole_number_in(
        &mut self,
        value: &Value,
        setting: &str,
        range: RangeInclusive<u32>,
    ) -> Option<u32> {
        // i64 first, so that -5 is "out of range" rather than "wrong type".
        let number: i64 = self.typed(value, setting, "whole-number")?;
        match u32::try_from(number) {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                let (min, max) = (range.start().to_string(), range.end().to_string());
                self.problem_at(value, setting, ProblemKind::OutOfRange { min, max });
                None
            }
        }
    }

    fn language(&mut self, value: &Value, setting: &str) -> Option<String> {
        let code: String = self.typed(value, setting, "text")?;
        if self.languages.contains(&code.as_str()) {
            Some(code)
        } else {
            let known = self.languages.join(", ");
            self.problem_at(
                value,
                setting,
                ProblemKind::UnknownLanguage { value: code, known },
            );
            None
        }
    }

    fn address(
        &mut self,
        value: &Value,
        setting: &str,
        server_path_allowed: bool,
    ) -> Option<String> {
        let address = self.text_value(value, setting)?;
        // https only, as the message says: a file or a link in the clear can be changed on the way.
        let web = address.starts_with("https://");
        let path = server_path_allowed && address.starts_with('/');
        if web || path {
            Some(address)
        } else {
            self.problem_at(value, setting, ProblemKind::BadAddress { value: address });
            None
        }
    }

    fn unknown(&mut self, key: &Spanned<std::borrow::Cow<str>>, setting: &str) {
        let line = self.line_of(key.span().start);
        self.problem(line, setting, ProblemKind::UnknownSetting);
    }

    fn read_document(&mut self, document: &DeTable) {
        let mut format_version_seen = false;
        for (key, value) in document.iter() {
            let name = key.get_ref().as_ref();
            match name {
                "format_version" => {
                    format_version_seen = true;
                    self.format_version(value);
                }
                "place" | "languages" | "idle" | "ticket" | "content" | "ask_an_agent"
                | "agent" => {
                    let DeValue::Table(table) = value.get_ref() else {
                        self.problem_at(value, name, ProblemKind::WrongType { expected: "table" });
                        continue;
                    };
                    match name {
                        "place" => self.place(table),
                        "languages" => self.languages_section(table),
                        "idle" => self.idle(table),
                        "ticket" => self.ticket(table),
                        "content" => self.content(table),
                        "ask_an_agent" => self.ask_an_agent(table),
                        _ => self.agent(table),
                    }
                }
                _ => self.unknown(key, name),
            }
        }
        if !format_version_seen {
            self.problem(1, "format_version", ProblemKind::MissingFormatVersion);
        }
    }

    fn format_version(&mut self, value: &Value) {
        let Some(found) = self.typed::<i64>(value, "format_version", "whole-number") else {
            return;
        };
        if found != i64::from(FORMAT_VERSION) {
            self.problem_at(
                value,
                "format_version",
                ProblemKind::WrongFormatVersion {
                    found: found.to_string(),
                    expected: FORMAT_VERSION,
                },
            );
        }
    }

    fn place(&mut self, table: &DeTable) {
        let mut latitude = None;
        let mut longitude = None;
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "name" => self.config.place_name = self.text_value(value, "place.name"),
                "address" => self.config.place_address = self.text_value(value, "place.address"),
                "latitude" => {
                    latitude = Some((value, self.number_in(value, "place.latitude", -90.0..=90.0)))
                }
                "longitude" => {
                    longitude = Some((
                        value,
                        self.number_in(value, "place.longitude", -180.0..=180.0),
                    ))
                }
                other => self.unknown(key, &format!("place.{other}")),
            }
        }
        match (latitude, longitude) {
            (Some((_, Some(lat))), Some((_, Some(lon)))) => {
                self.config.coordinates = Some((lat, lon))
            }
            (Some((value, _)), None) => {
                self.problem_at(value, "place.longitude", ProblemKind::HalfCoordinates)
            }
            (None, Some((value, _))) => {
                self.problem_at(value, "place.latitude", ProblemKind::HalfCoordinates)
            }
            _ => {}
        }
    }

    fn languages_section(&mut self, table: &DeTable) {
        let mut default = None;
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "default" => {
                    default = self
                        .language(value, "languages.default")
                        .map(|code| (value, code))
                }
                "enabled" => self.enabled(value),
                other => self.unknown(key, &format!("languages.{other}")),
            }
        }
        if let Some((value, code)) = default {
            if self.config.enabled_languages.contains(&code) {
                self.config.default_language = code;
            } else {
                self.problem_at(
                    value,
                    "languages.default",
                    ProblemKind::DefaultNotEnabled { value: code },
                );
            }
        }
        // The enabled list may have dropped the built-in default: start in its first language.
        if !self
            .config
            .enabled_languages
            .contains(&self.config.default_language)
        {
            if let Some(first) = self.config.enabled_languages.first() {
                self.config.default_language = first.clone();
            }
        }
    }

    fn enabled(&mut self, value: &Value) {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem_at(
                value,
                "languages.enabled",
                ProblemKind::WrongType { expected: "list" },
            );
            return;
        };
        let mut enabled: Vec<String> = Vec::new();
        for item in items.iter() {
            if let Some(code) = self.language(item, "languages.enabled") {
                if !enabled.contains(&code) {
                    enabled.push(code);
                }
            }
        }
        if enabled.is_empty() {
            self.problem_at(value, "languages.enabled", ProblemKind::EmptyText);
        } else {
            self.config.enabled_languages = enabled;
        }
    }

    fn idle(&mut self, table: &DeTable) {
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "delay_seconds" => {
                    if let Some(n) = self.whole_number_in(value, "idle.delay_seconds", IDLE_SECONDS)
                    {
                        self.config.idle_seconds = n;
                    }
                }
                "warning_seconds" => {
                    if let Some(n) =
                        self.whole_number_in(value, "idle.warning_seconds", WARNING_SECONDS)
                    {
                        self.config.warning_seconds = n;
                    }
                }
                other => self.unknown(key, &format!("idle.{other}")),
            }
        }
    }

    fn ticket(&mut self, table: &DeTable) {
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "paper_width_mm" => {
                    let Some(width) =
                        self.typed::<i64>(value, "ticket.paper_width_mm", "whole-number")
                    else {
                        continue;
                    };
                    match PAPER_WIDTHS_MM.into_iter().find(|w| i64::from(*w) == width) {
                        Some(width) => self.config.paper_width_mm = width,
                        None => self.problem_at(
                            value,
                            "ticket.paper_width_mm",
                            ProblemKind::NotAllowed {
                                value: width.to_string(),
                                allowed: "58, 80".to_string(),
                            },
                        ),
                    }
                }
                "pass_numerique" => {
                    if let Some(yes) = self.typed(value, "ticket.pass_numerique", "yes-no") {
                        self.config.pass_numerique = yes;
                    }
                }
                other => self.unknown(key, &format!("ticket.{other}")),
            }
        }
    }

    fn content(&mut self, table: &DeTable) {
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "places_file" => {
                    if let Some(address) = self.address(value, "content.places_file", true) {
                        self.config.places_file = address;
                    }
                }
                "tutorials_web_address" => {
                    self.config.tutorials_web_address =
                        self.address(value, "content.tutorials_web_address", false)
                }
                other => self.unknown(key, &format!("content.{other}")),
            }
        }
    }

    fn ask_an_agent(&mut self, table: &DeTable) {
        for (key, value) in table.iter() {
            let code = key.get_ref().as_ref();
            let setting = format!("ask_an_agent.{code}");
            if !self.languages.contains(&code) {
                let known = self.languages.join(", ");
                let value = code.to_string();
                let line = self.line_of(key.span().start);
                self.problem(
                    line,
                    &setting,
                    ProblemKind::UnknownLanguage { value, known },
                );
                continue;
            }
            if let Some(text) = self.text_value(value, &setting) {
                self.config.ask_an_agent.insert(code.to_string(), text);
            }
        }
    }

    fn agent(&mut self, table: &DeTable) {
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "pin_hash" => {
                    let Some(hash) = self.typed::<String>(value, "agent.pin_hash", "text") else {
                        continue;
                    };
                    if pin::check_hash(&hash).is_ok() {
                        self.config.pin_hash = Some(hash);
                    } else {
                        self.problem_at(value, "agent.pin_hash", ProblemKind::BadPinHash);
                    }
                }
                other => self.unknown(key, &format!("agent.{other}")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kiosk's languages, as `locales/languages.toml` lists them.
    const LANGUAGES: &[&str] = &[
        "fr", "en", "ar", "prs", "ps", "tr", "uk", "ru", "es", "pt", "ro",
    ];

    fn read(text: &str) -> (KioskConfig, Vec<ConfigProblem>) {
        parse(text, LANGUAGES, "fr")
    }

    fn only_problem(text: &str) -> ConfigProblem {
        let (_, problems) = read(text);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        problems[0].clone()
    }

    #[test]
    fn problems_are_placed_on_their_lines_in_linear_time() {
        // 880 KB of unknown settings: with a rescan of the file per problem, this took seconds
        // to minutes, at every start.
        let text: String = (0..40_000)
            .map(|i| format!("typo_number_{i:05} = 1\n"))
            .collect::<String>();
        assert!(text.len() > 850_000);
        let started = std::time::Instant::now();
        let (_, problems) = read(&text);
        let took = started.elapsed();
        assert_eq!(
            problems.len(),
            40_001,
            "every typo and the missing format_version"
        );
        assert_eq!(problems[40_000].line, 40_000);
        assert!(took.as_millis() < 1500, "took {took:?}");
    }

    #[test]
    fn a_file_far_too_large_is_refused_at_once_and_not_kept() {
        let mut bytes = include_bytes!("../../../assets/config/kiosk.toml").to_vec();
        bytes.resize(MAX_BYTES + 1, b'#');
        let started = std::time::Instant::now();
        let (config, problems) = parse_file(&bytes, LANGUAGES, "fr");
        assert!(started.elapsed().as_millis() < 100);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert_eq!(problems[0].kind.message().id, "config-problem-too-large");
        assert!(!worth_keeping(&problems));
        assert_eq!(config, KioskConfig::defaults(LANGUAGES, "fr"));
        let (_, problems) = parse_file(b"format_version = 1\n# caf\xe9\n", LANGUAGES, "fr");
        assert!(
            problems.is_empty(),
            "a Windows-1252 comment is read: {problems:#?}"
        );
    }

    #[test]
    fn a_damaged_file_is_not_kept_but_a_file_with_a_wrong_value_is() {
        let shipped = include_str!("../../../assets/config/kiosk.toml");
        assert!(worth_keeping(&read(shipped).1));
        let wrong_value = shipped.replace("paper_width_mm = 80", "paper_width_mm = 57");
        let (_, problems) = read(&wrong_value);
        assert_eq!(problems.len(), 1, "{problems:#?}");
        assert!(worth_keeping(&problems), "a wrong value keeps the file");
        let cut_short = &shipped[..shipped.len() / 2];
        let cut_short = format!("{cut_short}\n[place\nname = \"");
        assert!(!worth_keeping(&read(&cut_short).1), "a file cut short");
        assert!(
            !worth_keeping(&read("\u{0}\u{1}PK garbage = = =").1),
            "not TOML"
        );
        assert!(
            !worth_keeping(&read("format_version = 2").1),
            "another format"
        );
    }

    #[test]
    fn the_shipped_example_is_valid_and_sets_every_setting_it_shows() {
        let text = include_str!("../../../assets/config/kiosk.toml");
        let (config, problems) = read(text);
        assert_eq!(problems, vec![]);
        assert!(config.place_name.is_some());
        assert!(config.coordinates.is_some());
        assert_eq!(config.places_file, DEFAULT_PLACES_FILE);
    }

    #[test]
    fn a_full_file_is_read() {
        let (config, problems) = read(
            r#"
format_version = 1
[place]
name = "Médiathèque Louise-Michel"
address = "2 place de la Mairie"
latitude = 45.5
longitude = 4.25
[languages]
default = "ar"
enabled = ["ar", "fr"]
[idle]
delay_seconds = 180
warning_seconds = 45
[ticket]
paper_width_mm = 58
pass_numerique = true
[content]
places_file = "https://example.org/lieux.csv"
tutorials_web_address = "https://example.org/pasapas"
[ask_an_agent]
fr = "Demandez à l'accueil."
[agent]
pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$4QwH8yXbXPnBz2j5z0UoUq2RA5hD8m9Zs0b5bYFQ0Vc"
"#,
        );
        assert_eq!(problems, vec![]);
        assert_eq!(
            config.place_name.as_deref(),
            Some("Médiathèque Louise-Michel")
        );
        assert_eq!(config.coordinates, Some((45.5, 4.25)));
        assert_eq!(config.default_language, "ar");
        assert_eq!(config.enabled_languages, ["ar", "fr"]);
        assert_eq!((config.idle_seconds, config.warning_seconds), (180, 45));
        assert_eq!(config.paper_width_mm, 58);
        assert!(config.pass_numerique);
        assert_eq!(config.places_file, "https://example.org/lieux.csv");
        assert!(config.tutorials_web_address.is_some());
        assert_eq!(
            config.ask_an_agent_in("en"),
            Some(("fr", "Demandez à l'accueil."))
        );
        assert!(config.pin_hash.is_some());
    }

    #[test]
    fn an_empty_file_gives_the_defaults_and_asks_for_the_format_version() {
        let (config, problems) = read("");
        assert_eq!(config, KioskConfig::defaults(LANGUAGES, "fr"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, ProblemKind::MissingFormatVersion);
    }

    #[test]
    fn an_unknown_setting_is_reported_with_its_line_and_ignored() {
        let problem = only_problem("format_version = 1\n[idle]\ndelay_second = 90\n");
        assert_eq!(problem.line, 3);
        assert_eq!(problem.setting, "idle.delay_second");
        assert_eq!(problem.kind, ProblemKind::UnknownSetting);
        let problem = only_problem("format_version = 1\n[printer]\nwidth = 58\n");
        assert_eq!((problem.line, problem.setting.as_str()), (2, "printer"));
    }

    #[test]
    fn each_kind_of_invalid_value_keeps_the_default() {
        let cases: &[(&str, &str, ProblemKind)] = &[
            (
                "[idle]\ndelay_seconds = \"two minutes\"",
                "idle.delay_seconds",
                ProblemKind::WrongType {
                    expected: "whole-number",
                },
            ),
            (
                "[idle]\ndelay_seconds = 5",
                "idle.delay_seconds",
                ProblemKind::OutOfRange {
                    min: "60".into(),
                    max: "900".into(),
                },
            ),
            (
                "[idle]\nwarning_seconds = -3",
                "idle.warning_seconds",
                ProblemKind::OutOfRange {
                    min: "20".into(),
                    max: "120".into(),
                },
            ),
            (
                "[ticket]\npaper_width_mm = 57",
                "ticket.paper_width_mm",
                ProblemKind::NotAllowed {
                    value: "57".into(),
                    allowed: "58, 80".into(),
                },
            ),
            (
                "[ticket]\npass_numerique = \"oui\"",
                "ticket.pass_numerique",
                ProblemKind::WrongType { expected: "yes-no" },
            ),
            (
                "[languages]\ndefault = \"de\"",
                "languages.default",
                ProblemKind::UnknownLanguage {
                    value: "de".into(),
                    known: "fr, en, ar, prs, ps, tr, uk, ru, es, pt, ro".into(),
                },
            ),
            (
                "[languages]\nenabled = \"fr\"",
                "languages.enabled",
                ProblemKind::WrongType { expected: "list" },
            ),
            (
                "[languages]\ndefault = \"en\"\nenabled = [\"fr\", \"ar\"]",
                "languages.default",
                ProblemKind::DefaultNotEnabled { value: "en".into() },
            ),
            (
                "[place]\nlatitude = 45.0",
                "place.longitude",
                ProblemKind::HalfCoordinates,
            ),
            (
                "[place]\nlatitude = 145.0\nlongitude = 4.0",
                "place.latitude",
                ProblemKind::OutOfRange {
                    min: "-90".into(),
                    max: "90".into(),
                },
            ),
            (
                "[place]\nname = \"  \"",
                "place.name",
                ProblemKind::EmptyText,
            ),
            (
                "[content]\nplaces_file = \"lieux.csv\"",
                "content.places_file",
                ProblemKind::BadAddress {
                    value: "lieux.csv".into(),
                },
            ),
            (
                "[content]\nplaces_file = \"http://example.org/lieux.csv\"",
                "content.places_file",
                ProblemKind::BadAddress {
                    value: "http://example.org/lieux.csv".into(),
                },
            ),
            (
                "[content]\ntutorials_web_address = \"http://example.org/pasapas\"",
                "content.tutorials_web_address",
                ProblemKind::BadAddress {
                    value: "http://example.org/pasapas".into(),
                },
            ),
            (
                "[content]\ntutorials_web_address = \"/tutoriels\"",
                "content.tutorials_web_address",
                ProblemKind::BadAddress {
                    value: "/tutoriels".into(),
                },
            ),
            (
                "[agent]\npin_hash = \"123456\"",
                "agent.pin_hash",
                ProblemKind::BadPinHash,
            ),
            (
                "[ask_an_agent]\nde = \"Fragen Sie\"",
                "ask_an_agent.de",
                ProblemKind::UnknownLanguage {
                    value: "de".into(),
                    known: "fr, en, ar, prs, ps, tr, uk, ru, es, pt, ro".into(),
                },
            ),
            (
                "idle = 3",
                "idle",
                ProblemKind::WrongType { expected: "table" },
            ),
        ];
        let defaults = KioskConfig::defaults(LANGUAGES, "fr");
        for (body, setting, kind) in cases {
            let text = format!("format_version = 1\n{body}\n");
            let (config, problems) = read(&text);
            assert_eq!(problems.len(), 1, "{body}: {problems:#?}");
            assert_eq!(problems[0].setting, *setting, "{body}");
            assert_eq!(&problems[0].kind, kind, "{body}");
            assert!(problems[0].line >= 2, "{body}: line {}", problems[0].line);
            // Every invalid value leaves the defaults in force, except the enabled list of the
            // default-not-enabled case, which is itself valid.
            if !matches!(kind, ProblemKind::DefaultNotEnabled { .. }) {
                assert_eq!(config, defaults, "{body}");
            }
        }
    }

    #[test]
    fn a_syntax_error_keeps_the_rest_of_the_file() {
        let (config, problems) = read(
            "format_version = 1\n[idle]\ndelay_seconds = 200\n[ticket]\npaper_width_mm = = 58\n",
        );
        assert_eq!(config.idle_seconds, 200);
        assert_eq!(config.paper_width_mm, 80);
        assert!(
            problems
                .iter()
                .any(|p| p.line == 5 && matches!(p.kind, ProblemKind::Syntax { .. })),
            "{problems:#?}"
        );
    }

    #[test]
    fn another_format_version_is_reported() {
        let problem = only_problem("format_version = 2\n");
        assert_eq!(
            problem.kind,
            ProblemKind::WrongFormatVersion {
                found: "2".into(),
                expected: 1
            }
        );
    }

    #[test]
    fn enabling_languages_without_the_default_starts_in_the_first_one() {
        let (config, problems) =
            read("format_version = 1\n[languages]\nenabled = [\"ar\", \"en\"]\n");
        assert_eq!(problems, vec![]);
        assert_eq!(config.default_language, "ar");
    }
}
