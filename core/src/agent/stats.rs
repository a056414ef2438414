//! Anonymous usage statistics: how many times each thing happened on each day, never who did it.
//!
//! Nothing is finer than the day and nothing names a person: a counter is a kind of event and, for
//! some kinds, a detail such as a language code or a tutorial id. The app keeps one record per day
//! in IndexedDB ([`DATABASE`]), each event one durable transaction on that day's record, so the
//! cost of an event does not grow with the history and a power cut loses nothing committed. Days
//! older than [`KEEP_DAYS`] fold into monthly totals. Older kiosks kept everything in localStorage
//! under [`STORAGE_KEY`]; that value is read once and moved. This module is the pure part: the
//! model, its JSON forms, recording, folding, the totals the agent screen shows, and the CSV.

use crate::problem::{Message, Problem, DETAIL};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The localStorage key of the statistics. The version is in the name so that a later format can
/// live beside this one instead of misreading it.
pub const STORAGE_KEY: &str = "pasapas-stats-v1";

/// Where a corrupt value is set aside for inspection, so that counting can start again without
/// destroying what was there.
pub const CORRUPT_KEY: &str = "pasapas-stats-v1-corrupt";

/// The version of the stored format this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The IndexedDB database of the figures: the only database the reset keeps.
pub const DATABASE: &str = "pasapas-figures";

/// Days kept one by one (a little more than a year, so last year's same month can be compared);
/// older days are kept as monthly totals.
pub const KEEP_DAYS: u64 = 400;

/// How a day is written in the stored value and in the CSV.
const DAY_FORMAT: &str = "%Y-%m-%d";

/// One thing that happened, as counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A visit began (first touch after the welcome screen).
    SessionStarted,
    /// A language was chosen; the detail is its code ("ar").
    LanguageChosen(String),
    /// The self-assessment was begun.
    AssessmentStarted,
    /// The self-assessment was finished; the detail is the resulting profile id.
    AssessmentCompleted(String),
    /// An orientation card was given; the detail is the card id.
    CardIssued(String),
    /// A tutorial was opened; the detail is the tutorial id.
    TutorialStarted(String),
    /// A tutorial was followed to its last step; the detail is the tutorial id.
    TutorialCompleted(String),
    /// A ticket was printed.
    TicketPrinted,
    /// A sheet was printed.
    SheetPrinted,
    /// The kiosk reset itself after nobody touched it.
    IdleReset,
    /// A person ended their visit and erased it.
    FinishAndErase,
    /// The app recovered from a panic.
    PanicRecovered,
    /// Five wrong PINs in a row locked the agent entry.
    AgentLocked,
}

impl Event {
    /// The kind of counter this event adds to, one of [`KINDS`].
    pub fn kind(&self) -> &'static str {
        match self {
            Event::SessionStarted => "session-started",
            Event::LanguageChosen(_) => "language-chosen",
            Event::AssessmentStarted => "assessment-started",
            Event::AssessmentCompleted(_) => "assessment-completed",
            Event::CardIssued(_) => "card-issued",
            Event::TutorialStarted(_) => "tutorial-started",
            Event::TutorialCompleted(_) => "tutorial-completed",
            Event::TicketPrinted => "ticket-printed",
            Event::SheetPrinted => "sheet-printed",
            Event::IdleReset => "idle-reset",
            Event::FinishAndErase => "finish-and-erase",
            Event::PanicRecovered => "panic-recovered",
            Event::AgentLocked => "agent-locked",
        }
    }

    /// What makes two events "the same" for counting once per visit: the counter, except a
    /// completed assessment, which counts once whatever the profile (a person who changes answers
    /// is still one completion, so completions never outnumber starts).
    pub fn once_per_visit_key(&self) -> String {
        match self {
            Event::AssessmentCompleted(_) => self.kind().to_string(),
            _ => Counter::of(self).key(),
        }
    }

    /// The detail counted apart within the kind (a language, a profile, a card, a tutorial), if any.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Event::LanguageChosen(detail)
            | Event::AssessmentCompleted(detail)
            | Event::CardIssued(detail)
            | Event::TutorialStarted(detail)
            | Event::TutorialCompleted(detail) => Some(detail),
            Event::SessionStarted
            | Event::AssessmentStarted
            | Event::TicketPrinted
            | Event::SheetPrinted
            | Event::IdleReset
            | Event::FinishAndErase
            | Event::PanicRecovered
            | Event::AgentLocked => None,
        }
    }
}

/// Every kind, in the order the agent screen and the CSV list them.
pub const KINDS: &[&str] = &[
    "session-started",
    "language-chosen",
    "assessment-started",
    "assessment-completed",
    "card-issued",
    "tutorial-started",
    "tutorial-completed",
    "ticket-printed",
    "sheet-printed",
    "idle-reset",
    "finish-and-erase",
    "panic-recovered",
    "agent-locked",
];

/// The name of a kind of counter on the agent's screen and in the CSV's header words.
pub fn kind_message_id(kind: &str) -> String {
    format!("stats-kind-{kind}")
}

/// The kinds whose details the figures screen lists in a table of their own, in its order.
pub const DETAILED_KINDS: &[&str] = &[
    "language-chosen",
    "assessment-completed",
    "card-issued",
    "tutorial-started",
    "tutorial-completed",
];

/// The caption of a kind's table of details.
pub fn detail_message_id(kind: &str) -> String {
    format!("stats-detail-{kind}")
}

/// Every message id the figures screen builds from a kind.
pub fn message_ids() -> Vec<String> {
    let kinds = KINDS.iter().map(|kind| kind_message_id(kind));
    kinds
        .chain(DETAILED_KINDS.iter().map(|kind| detail_message_id(kind)))
        .collect()
}

/// The place of a kind in [`KINDS`]; a kind that is not there comes after all of them.
fn kind_rank(kind: &str) -> usize {
    KINDS
        .iter()
        .position(|known| *known == kind)
        .unwrap_or(KINDS.len())
}

/// A counter: a kind and an optional detail. Stored as "kind" or "kind:detail".
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Counter {
    /// One of [`KINDS`].
    pub kind: String,
    /// What is counted apart within the kind, such as a language code.
    pub detail: Option<String>,
}

impl Counter {
    /// The counter an event adds to.
    pub fn of(event: &Event) -> Counter {
        Counter {
            kind: event.kind().to_owned(),
            detail: event.detail().map(str::to_owned),
        }
    }

    /// The key under which the count is stored: "kind" or "kind:detail".
    pub fn key(&self) -> String {
        match &self.detail {
            Some(detail) => format!("{}:{detail}", self.kind),
            None => self.kind.clone(),
        }
    }

    /// Reads a stored key back. The split is at the first colon: kinds never contain one, a
    /// detail may.
    pub fn from_key(key: &str) -> Counter {
        match key.split_once(':') {
            Some((kind, detail)) => Counter {
                kind: kind.to_owned(),
                detail: Some(detail.to_owned()),
            },
            None => Counter {
                kind: key.to_owned(),
                detail: None,
            },
        }
    }

    /// Sort key giving [`KINDS`] order, then the kind's name (for kinds outside the list), then
    /// the detail, no detail first.
    fn display_order(&self) -> (usize, &str, Option<&str>) {
        (kind_rank(&self.kind), &self.kind, self.detail.as_deref())
    }
}

/// The stored value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stats {
    /// Must be [`FORMAT_VERSION`].
    pub format_version: u32,
    /// "YYYY-MM-DD" -> counter key -> count
    pub days: BTreeMap<String, BTreeMap<String, u32>>,
    /// "YYYY-MM" -> counter key -> count, for days older than [`KEEP_DAYS`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub months: BTreeMap<String, BTreeMap<String, u32>>,
}

/// The records of the figures database, as the app reads them all (JSON of the stores).
/// Each record stays a JSON value until it is read on its own, so one tampered record is set
/// aside alone.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Records {
    days: Vec<Value>,
    months: Vec<Value>,
}

/// One record, `{"<key_field>": "…", "counts": {"counter": n}}`: its key and counts when the
/// record has exactly these two fields, a key that `valid_key` accepts and only kinds this kiosk
/// records.
fn counted_record(
    value: &Value,
    key_field: &str,
    valid_key: impl Fn(&str) -> bool,
) -> Option<(String, BTreeMap<String, u32>)> {
    let fields = value.as_object().filter(|fields| fields.len() == 2)?;
    let key = fields
        .get(key_field)?
        .as_str()
        .filter(|key| valid_key(key))?;
    let counts = BTreeMap::<String, u32>::deserialize(fields.get("counts")?).ok()?;
    known_counters(&counts).then(|| (key.to_string(), counts))
}

/// What folding old days changes: the days to delete and what to add to each month.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Fold {
    pub days: Vec<String>,
    pub months: BTreeMap<String, BTreeMap<String, u32>>,
}

/// Adds `counts` into `into`, saturating.
fn add_counts(into: &mut BTreeMap<String, u32>, counts: &BTreeMap<String, u32>) {
    for (key, count) in counts {
        let total = into.entry(key.clone()).or_insert(0);
        *total = total.saturating_add(*count);
    }
}

/// Whether every counter key of a record is a kind this kiosk records.
fn known_counters(counts: &BTreeMap<String, u32>) -> bool {
    counts
        .keys()
        .all(|key| KINDS.contains(&Counter::from_key(key).kind.as_str()))
}

impl Default for Stats {
    /// No counts yet, in the current format.
    fn default() -> Self {
        Stats {
            format_version: FORMAT_VERSION,
            days: BTreeMap::new(),
            months: BTreeMap::new(),
        }
    }
}

/// What reading the stored value gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The statistics to go on counting from: empty when nothing usable was stored.
    pub stats: Stats,
    /// The stored value, when it could not be read.
    pub problem: Option<CorruptValue>,
}

/// A stored value that could not be read: kept as it was so the app sets it aside under
/// [`CORRUPT_KEY`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorruptValue {
    /// The stored text, unchanged.
    pub raw: String,
    /// What is wrong with it, for the agent screen.
    pub problem: CorruptKind,
}

/// What is wrong with a stored value of figures. Serialisable, so that the app keeps it beside
/// the value it sets aside and the agent screen words it later (`stats-corrupt-<id>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
// Tagged `type`, not `kind`: `UnknownKind` has a field of that name.
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum CorruptKind {
    /// Not JSON at all; `detail` is the parser's own words (English).
    NotJson { detail: String },
    /// JSON, but not an object: `found` is `null`, `boolean`, `number`, `string` or `array`.
    NotAnObject { found: String },
    /// Written by a kiosk with another format.
    WrongFormatVersion { found: u32, expected: u32 },
    /// An object of another shape (a field missing, unknown, or of the wrong type); `detail` is
    /// the parser's own words (English).
    WrongShape { detail: String },
    /// A day key that is not a valid YYYY-MM-DD date.
    BadDay { day: String },
    /// A counter of a kind this kiosk does not record, on that day.
    UnknownKind { kind: String, day: String },
}

impl Problem for CorruptKind {
    const CONTEXT: &'static [&'static str] = &[];

    fn message(&self) -> Message {
        match self {
            Self::NotJson { detail } => {
                Message::new("stats-corrupt-not-json", vec![(DETAIL, detail.clone())])
            }
            Self::NotAnObject { found } => {
                Message::new("stats-corrupt-not-object", vec![("found", found.clone())])
            }
            Self::WrongFormatVersion { found, expected } => Message::new(
                "stats-corrupt-format-version",
                vec![
                    ("found", found.to_string()),
                    ("expected", expected.to_string()),
                ],
            ),
            Self::WrongShape { detail } => {
                Message::new("stats-corrupt-shape", vec![(DETAIL, detail.clone())])
            }
            Self::BadDay { day } => Message::new("stats-corrupt-day", vec![("day", day.clone())]),
            Self::UnknownKind { kind, day } => Message::new(
                "stats-corrupt-kind",
                vec![("kind", kind.clone()), ("day", day.clone())],
            ),
        }
    }
}

/// Reads a day key, strictly "YYYY-MM-DD": chrono alone would also take "2026-3-5".
fn parse_day(key: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(key, DAY_FORMAT)
        .ok()
        .filter(|day| day.format(DAY_FORMAT).to_string() == key)
}

/// The first and last day of the `days` days ending at `last_day`, or `None` for zero days.
fn window(last_day: NaiveDate, days: u32) -> Option<(NaiveDate, NaiveDate)> {
    let before = days.checked_sub(1)?;
    let first_day = last_day
        .checked_sub_days(Days::new(u64::from(before)))
        .unwrap_or(NaiveDate::MIN);
    Some((first_day, last_day))
}

/// Names a JSON value's type, as [`CorruptKind::NotAnObject`] gives it to its message.
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

impl Stats {
    /// None (nothing stored yet) -> empty stats, no problem.
    /// Valid JSON of this format -> the stats.
    /// Anything else (not JSON, wrong shape, unknown field, another format_version, a day key that
    /// is not a valid YYYY-MM-DD date, a counter key whose kind is not in [`KINDS`]) -> empty stats
    /// and the value with what is wrong with it, for the agent.
    pub fn load(raw: Option<&str>) -> Loaded {
        let Some(raw) = raw else {
            return Loaded {
                stats: Stats::default(),
                problem: None,
            };
        };
        match Stats::parse(raw) {
            Ok(stats) => Loaded {
                stats,
                problem: None,
            },
            Err(problem) => Loaded {
                stats: Stats::default(),
                problem: Some(CorruptValue {
                    raw: raw.to_owned(),
                    problem,
                }),
            },
        }
    }

    /// Reads and checks a stored value; the error is what the agent is shown.
    fn parse(raw: &str) -> Result<Stats, CorruptKind> {
        let value: Value = serde_json::from_str(raw).map_err(|error| CorruptKind::NotJson {
            detail: error.to_string(),
        })?;
        let Value::Object(fields) = &value else {
            return Err(CorruptKind::NotAnObject {
                found: json_type(&value).to_string(),
            });
        };
        // The version is checked before the shape: a later format may well have another shape, and
        // "written by a newer version" says more to the agent than the field serde trips on.
        let version = fields
            .get("format_version")
            .and_then(Value::as_u64)
            .and_then(|found| u32::try_from(found).ok());
        if let Some(found) = version.filter(|found| *found != FORMAT_VERSION) {
            return Err(CorruptKind::WrongFormatVersion {
                found,
                expected: FORMAT_VERSION,
            });
        }
        let stats: Stats =
            serde_json::from_value(value).map_err(|error| CorruptKind::WrongShape {
                detail: error.to_string(),
            })?;
        for (day, counters) in &stats.days {
            if parse_day(day).is_none() {
                return Err(CorruptKind::BadDay { day: day.clone() });
            }
            for key in counters.keys() {
                let counter = Counter::from_key(key);
                if !KINDS.contains(&counter.kind.as_str()) {
                    return Err(CorruptKind::UnknownKind {
                        kind: counter.kind,
                        day: day.clone(),
                    });
                }
            }
        }
        Ok(stats)
    }

    /// The figures from the database's records (`{"days": [...], "months": [...]}`), with the
    /// keys of the records that cannot be counted (a day that is not a date, a kind this kiosk
    /// does not record): the app sets those aside, so nothing is lost and nothing wrong is shown.
    pub fn from_records(json: &str) -> Result<(Stats, Vec<String>), String> {
        let records: Records = serde_json::from_str(json)
            .map_err(|error| format!("the figures' records cannot be read: {error}"))?;
        let mut stats = Stats::default();
        let mut bad = Vec::new();
        let is_day = |key: &str| parse_day(key).is_some();
        let is_month = |key: &str| parse_day(&format!("{key}-01")).is_some();
        for (values, key_field, into, valid_key) in [
            (
                &records.days,
                "day",
                &mut stats.days,
                &is_day as &dyn Fn(&str) -> bool,
            ),
            (&records.months, "month", &mut stats.months, &is_month),
        ] {
            for value in values {
                match counted_record(value, key_field, valid_key) {
                    Some((key, counts)) => add_counts(into.entry(key).or_default(), &counts),
                    None => bad.push(
                        value
                            .get(key_field)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                    ),
                }
            }
        }
        Ok((stats, bad))
    }

    /// The days older than [`KEEP_DAYS`] before `today`, and their counts by month.
    pub fn fold_before(&self, today: NaiveDate) -> Fold {
        let oldest_kept = today
            .checked_sub_days(Days::new(KEEP_DAYS - 1))
            .unwrap_or(NaiveDate::MIN);
        let mut fold = Fold::default();
        for (key, counts) in &self.days {
            let Some(day) = parse_day(key) else { continue };
            if day < oldest_kept {
                fold.days.push(key.clone());
                let month = day.format("%Y-%m").to_string();
                add_counts(fold.months.entry(month).or_default(), counts);
            }
        }
        fold
    }

    /// Applies a fold to this copy, as the database does.
    pub fn apply(&mut self, fold: &Fold) {
        for day in &fold.days {
            self.days.remove(day);
        }
        for (month, counts) in &fold.months {
            add_counts(self.months.entry(month.clone()).or_default(), counts);
        }
    }

    /// The stored form: compact JSON that [`Stats::load`] reads back.
    pub fn to_json(&self) -> String {
        // Maps of strings to numbers cannot fail to serialise; were it ever to, the empty value
        // would be set aside as corrupt on the next read, and counting would start again.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Adds one to the event's counter on that day; saturating, so a full counter stays full
    /// instead of wrapping to zero.
    pub fn record(&mut self, day: NaiveDate, event: &Event) {
        self.add_one(day, &Counter::of(event).key());
    }

    /// Adds one to a counter, by its key ("kind" or "kind:detail"), on that day; saturating.
    pub fn add_one(&mut self, day: NaiveDate, key: &str) {
        let count = self
            .days
            .entry(day.format(DAY_FORMAT).to_string())
            .or_default()
            .entry(key.to_string())
            .or_insert(0);
        *count = count.saturating_add(1);
    }

    /// Every stored count on a day of the window, as (day, counter key, count). Day keys that are
    /// not dates (only possible if `days` was filled by hand) are skipped.
    fn counts_in_window(
        &self,
        last_day: NaiveDate,
        days: u32,
    ) -> impl Iterator<Item = (NaiveDate, &str, u32)> {
        let window = window(last_day, days);
        self.days
            .iter()
            .filter_map(move |(key, counters)| {
                let day = parse_day(key)?;
                let (first_day, last_day) = window?;
                (first_day <= day && day <= last_day).then_some((day, counters))
            })
            .flat_map(|(day, counters)| {
                counters
                    .iter()
                    .map(move |(key, count)| (day, key.as_str(), *count))
            })
    }

    /// Totals per counter over the `days` days ending at `last_day` included (days=7 ->
    /// last_day-6 ..= last_day). Days outside are ignored. Ordered by [`KINDS`] order then detail.
    pub fn totals(&self, last_day: NaiveDate, days: u32) -> Vec<(Counter, u64)> {
        let mut totals: BTreeMap<Counter, u64> = BTreeMap::new();
        for (_, key, count) in self.counts_in_window(last_day, days) {
            let total = totals.entry(Counter::from_key(key)).or_insert(0);
            *total = total.saturating_add(u64::from(count));
        }
        let mut totals: Vec<(Counter, u64)> = totals.into_iter().collect();
        totals.sort_by(|(a, _), (b, _)| a.display_order().cmp(&b.display_order()));
        totals
    }

    /// Totals per kind (summing all details) over the same window, for every kind in [`KINDS`]
    /// (0 included), in [`KINDS`] order.
    pub fn totals_by_kind(&self, last_day: NaiveDate, days: u32) -> Vec<(&'static str, u64)> {
        let mut totals: Vec<(&'static str, u64)> = KINDS.iter().map(|kind| (*kind, 0)).collect();
        for (_, key, count) in self.counts_in_window(last_day, days) {
            let kind = Counter::from_key(key).kind;
            if let Some((_, total)) = totals.iter_mut().find(|(known, _)| *known == kind) {
                *total = total.saturating_add(u64::from(count));
            }
        }
        totals
    }

    /// One value per day of the window, oldest first, for one kind (summing details): the bar
    /// chart's data. Exactly `days` entries, 0 for days without data (fewer only if the window
    /// would reach before the first date chrono knows, some 262,000 years ago).
    pub fn daily(&self, last_day: NaiveDate, days: u32, kind: &str) -> Vec<(NaiveDate, u64)> {
        let mut per_day: BTreeMap<NaiveDate, u64> = BTreeMap::new();
        for (day, key, count) in self.counts_in_window(last_day, days) {
            if Counter::from_key(key).kind == kind {
                let total = per_day.entry(day).or_insert(0);
                *total = total.saturating_add(u64::from(count));
            }
        }
        (0..days)
            .rev()
            .filter_map(|days_before| last_day.checked_sub_days(Days::new(u64::from(days_before))))
            .map(|day| (day, per_day.get(&day).copied().unwrap_or(0)))
            .collect()
    }

    /// The CSV export: UTF-8, header `date,counter,detail,count`, one row per month (`YYYY-MM`,
    /// the days folded after [`KEEP_DAYS`]) then per day and counter, ascending, counters in
    /// [`KINDS`] order then detail; detail empty when none. Lines end with "\n".
    pub fn to_csv(&self) -> String {
        match self.write_csv() {
            Ok(text) => text,
            // Cannot happen: the writer writes to memory and every row has four fields. Should it
            // ever, the agent sees why in the file rather than the kiosk stopping.
            Err(error) => format!("the statistics could not be written as CSV: {error}\n"),
        }
    }

    /// [`Stats::to_csv`] with the csv crate's errors passed on. Details come from localStorage,
    /// which anyone at the kiosk's browser could have edited: each is made [`inert`].
    fn write_csv(&self) -> Result<String, csv::Error> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        writer.write_record(["date", "counter", "detail", "count"])?;
        // Months first: they are older than every day kept one by one.
        for (day, counters) in self.months.iter().chain(&self.days) {
            let mut counters: Vec<(Counter, u32)> = counters
                .iter()
                .map(|(key, count)| (Counter::from_key(key), *count))
                .collect();
            counters.sort_by(|(a, _), (b, _)| a.display_order().cmp(&b.display_order()));
            for (counter, count) in counters {
                writer.write_record([
                    day.as_str(),
                    counter.kind.as_str(),
                    &inert(counter.detail.as_deref().unwrap_or("")),
                    count.to_string().as_str(),
                ])?;
            }
        }
        let bytes = writer
            .into_inner()
            .map_err(|error| csv::Error::from(error.into_error()))?;
        // Every field written is a Rust string, so the bytes are UTF-8; lossy only to avoid a panic
        // path.
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }
}

/// The theme of tutorials counted and since removed from the kiosk.
pub const UNKNOWN_THEME: &str = "unknown";

/// Sums tutorial counters by theme: given totals and a map tutorial id -> theme, returns
/// (theme, started, completed) sorted by theme; ids not in the map go under theme "unknown".
pub fn tutorials_by_theme(
    totals: &[(Counter, u64)],
    theme_of: &dyn Fn(&str) -> Option<String>,
) -> Vec<(String, u64, u64)> {
    let mut by_theme: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for (counter, count) in totals {
        let started = match counter.kind.as_str() {
            "tutorial-started" => true,
            "tutorial-completed" => false,
            _ => continue,
        };
        let theme = counter
            .detail
            .as_deref()
            .and_then(theme_of)
            .unwrap_or_else(|| UNKNOWN_THEME.to_owned());
        let (started_total, completed_total) = by_theme.entry(theme).or_insert((0, 0));
        let total = if started {
            started_total
        } else {
            completed_total
        };
        *total = total.saturating_add(*count);
    }
    by_theme
        .into_iter()
        .map(|(theme, (started, completed))| (theme, started, completed))
        .collect()
}

/// A CSV cell a spreadsheet shows as text: one that starts like a formula (`=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading `'`, as OWASP's "CSV injection" advice says, so
/// `=cmd|' /C calc'!A0` is never run by the agent's spreadsheet.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_assessment_completes_once_per_visit_whatever_the_profile() {
        let first = Event::AssessmentCompleted("discovering".into());
        let again = Event::AssessmentCompleted("with-help".into());
        assert_eq!(first.once_per_visit_key(), again.once_per_visit_key());
        let one = Event::TutorialStarted("email-send".into());
        let other = Event::TutorialStarted("caf".into());
        assert_ne!(one.once_per_visit_key(), other.once_per_visit_key());
    }

    #[test]
    fn records_from_the_database_are_read_and_a_bad_one_is_named() {
        let records = r#"{
            "days": [
                {"day": "2026-11-24", "counts": {"session-started": 3, "language-chosen:ar": 1}},
                {"day": "2026-11-25", "counts": {"session-started": 1}},
                {"day": "hier", "counts": {"session-started": 1}},
                {"day": "2026-11-23", "counts": {"nothing-we-count": 1}},
                {"day": "2026-11-22", "counts": {"session-started": "many"}}
            ],
            "months": [{"month": "2025-09", "counts": {"session-started": 40}}]
        }"#;
        let (stats, bad) = Stats::from_records(records).expect("readable");
        assert_eq!(stats.days.len(), 2);
        assert_eq!(stats.days["2026-11-24"]["language-chosen:ar"], 1);
        assert_eq!(stats.months["2025-09"]["session-started"], 40);
        assert_eq!(bad, ["hier", "2026-11-23", "2026-11-22"]);
        assert!(Stats::from_records("[").is_err());
    }

    #[test]
    fn days_older_than_400_days_fold_into_their_month() {
        let mut stats = Stats::default();
        let today = date("2026-11-25");
        // Three years of one visit a day.
        for back in 0..(3 * 365) {
            let day = today - Days::new(back);
            stats.record(day, &Event::SessionStarted);
        }
        let fold = stats.fold_before(today);
        assert_eq!(fold.days.len(), 3 * 365 - KEEP_DAYS as usize);
        assert_eq!(fold.days.first().map(String::as_str), Some("2023-11-27"));
        assert_eq!(fold.days.last().map(String::as_str), Some("2025-10-21"));
        // Whole months and the two cut ones, each with its visits.
        assert_eq!(fold.months["2024-02"]["session-started"], 29);
        assert_eq!(fold.months["2023-11"]["session-started"], 4);
        assert_eq!(fold.months["2025-10"]["session-started"], 21);
        let total: u32 = fold.months.values().map(|c| c["session-started"]).sum();
        assert_eq!(total as usize, fold.days.len());
        stats.apply(&fold);
        assert_eq!(stats.days.len(), KEEP_DAYS as usize);
        assert!(
            stats.fold_before(today).days.is_empty(),
            "nothing left to fold"
        );
        // The export keeps the old months, after the days' header, as YYYY-MM rows.
        let csv = stats.to_csv();
        assert!(
            csv.contains("\n2024-02,session-started,,29\n"),
            "{}",
            &csv[..200]
        );
    }

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, DAY_FORMAT).expect("valid test date")
    }

    fn counter(kind: &str, detail: Option<&str>) -> Counter {
        Counter {
            kind: kind.into(),
            detail: detail.map(str::to_owned),
        }
    }

    #[test]
    fn every_event_kind_is_listed_in_kinds_order() {
        let events = [
            Event::SessionStarted,
            Event::LanguageChosen("ar".into()),
            Event::AssessmentStarted,
            Event::AssessmentCompleted("beginner".into()),
            Event::CardIssued("caf".into()),
            Event::TutorialStarted("email".into()),
            Event::TutorialCompleted("email".into()),
            Event::TicketPrinted,
            Event::SheetPrinted,
            Event::IdleReset,
            Event::FinishAndErase,
            Event::PanicRecovered,
            Event::AgentLocked,
        ];
        let kinds: Vec<&str> = events.iter().map(Event::kind).collect();
        assert_eq!(kinds, KINDS);
        assert_eq!(events[1].detail(), Some("ar"));
        assert_eq!(events[0].detail(), None);
    }

    #[test]
    fn counter_keys_round_trip_and_split_at_the_first_colon() {
        for counter in [
            counter("session-started", None),
            counter("language-chosen", Some("fr")),
            counter("tutorial-started", Some("a:b")),
        ] {
            assert_eq!(Counter::from_key(&counter.key()), counter);
        }
        assert_eq!(
            counter("language-chosen", Some("fr")).key(),
            "language-chosen:fr"
        );
    }

    #[test]
    fn totals_count_exactly_the_days_of_the_window() {
        let last_day = date("2026-03-31");
        let mut stats = Stats::default();
        for days_before in [0, 6, 7, 29, 30] {
            let day = last_day - Days::new(days_before);
            stats.record(day, &Event::SessionStarted);
        }
        // The day after the window is not counted either.
        stats.record(date("2026-04-01"), &Event::SessionStarted);

        assert_eq!(
            stats.totals(last_day, 7),
            vec![(counter("session-started", None), 2)]
        );
        assert_eq!(
            stats.totals(last_day, 30),
            vec![(counter("session-started", None), 4)]
        );
        assert_eq!(
            stats.totals(last_day, 31),
            vec![(counter("session-started", None), 5)]
        );
        assert_eq!(stats.totals(last_day, 1).len(), 1);
        assert!(stats.totals(last_day, 0).is_empty());
    }

    #[test]
    fn details_are_counted_apart_and_summed_by_kind() {
        let day = date("2026-03-15");
        let mut stats = Stats::default();
        stats.record(day, &Event::TicketPrinted);
        stats.record(day, &Event::LanguageChosen("fr".into()));
        stats.record(day, &Event::LanguageChosen("fr".into()));
        stats.record(day, &Event::LanguageChosen("ar".into()));
        stats.record(day, &Event::SessionStarted);

        assert_eq!(
            stats.totals(day, 7),
            vec![
                (counter("session-started", None), 1),
                (counter("language-chosen", Some("ar")), 1),
                (counter("language-chosen", Some("fr")), 2),
                (counter("ticket-printed", None), 1),
            ]
        );
        let by_kind = stats.totals_by_kind(day, 7);
        let kinds: Vec<&str> = by_kind.iter().map(|(kind, _)| *kind).collect();
        assert_eq!(kinds, KINDS);
        let count_of = |wanted: &str| {
            by_kind
                .iter()
                .find(|(kind, _)| *kind == wanted)
                .map(|(_, count)| *count)
        };
        assert_eq!(count_of("language-chosen"), Some(3));
        assert_eq!(count_of("session-started"), Some(1));
        assert_eq!(count_of("ticket-printed"), Some(1));
        assert_eq!(count_of("panic-recovered"), Some(0));
    }

    #[test]
    fn daily_gives_one_entry_per_day_oldest_first() {
        let last_day = date("2026-03-01");
        let mut stats = Stats::default();
        stats.record(last_day, &Event::LanguageChosen("fr".into()));
        stats.record(last_day, &Event::LanguageChosen("ar".into()));
        stats.record(date("2026-02-26"), &Event::LanguageChosen("fr".into()));
        stats.record(date("2026-02-27"), &Event::SessionStarted);
        // Before the window: not shown.
        stats.record(date("2026-02-24"), &Event::LanguageChosen("fr".into()));

        assert_eq!(
            stats.daily(last_day, 5, "language-chosen"),
            vec![
                (date("2026-02-25"), 0),
                (date("2026-02-26"), 1),
                (date("2026-02-27"), 0),
                (date("2026-02-28"), 0),
                (date("2026-03-01"), 2),
            ]
        );
        assert_eq!(stats.daily(last_day, 30, "idle-reset").len(), 30);
        assert!(stats.daily(last_day, 0, "language-chosen").is_empty());
    }

    #[test]
    fn json_round_trips_through_load() {
        let mut stats = Stats::default();
        stats.record(date("2026-03-01"), &Event::SessionStarted);
        stats.record(
            date("2026-03-01"),
            &Event::TutorialStarted("a:b, «c»".into()),
        );
        stats.record(date("2026-03-02"), &Event::LanguageChosen("ar".into()));
        let json = stats.to_json();

        assert_eq!(
            serde_json::from_str::<Value>(&json).expect("valid JSON"),
            serde_json::to_value(&stats).expect("serialisable"),
            "to_json must write what the derived Serialize writes"
        );
        assert_eq!(
            Stats::load(Some(&json)),
            Loaded {
                stats,
                problem: None
            }
        );
    }

    #[test]
    fn nothing_stored_gives_empty_stats_without_a_problem() {
        let loaded = Stats::load(None);
        assert_eq!(loaded.stats, Stats::default());
        assert_eq!(loaded.stats.format_version, FORMAT_VERSION);
        assert_eq!(loaded.problem, None);
    }

    #[test]
    fn unreadable_values_are_set_aside_with_what_is_wrong() {
        // The parser's own words are matched in part: a new serde_json may word them otherwise.
        let cases = [
            (
                "{not json",
                CorruptKind::NotJson {
                    detail: "key must be a string".into(),
                },
            ),
            (
                "[1, 2]",
                CorruptKind::NotAnObject {
                    found: "array".into(),
                },
            ),
            (
                r#"{"format_version":1,"days":{},"visitors":3}"#,
                CorruptKind::WrongShape {
                    detail: "unknown field `visitors`".into(),
                },
            ),
            (
                r#"{"format_version":1,"days":{"2026-03-01":{"session-started":"many"}}}"#,
                CorruptKind::WrongShape {
                    detail: "invalid type: string \"many\"".into(),
                },
            ),
            (
                r#"{"format_version":2,"days":{}}"#,
                CorruptKind::WrongFormatVersion {
                    found: 2,
                    expected: 1,
                },
            ),
            (
                r#"{"format_version":1,"days":{"2026-13-40":{"session-started":1}}}"#,
                CorruptKind::BadDay {
                    day: "2026-13-40".into(),
                },
            ),
            (
                r#"{"format_version":1,"days":{"2026-03-01":{"visitor-name:Ali":1}}}"#,
                CorruptKind::UnknownKind {
                    kind: "visitor-name".into(),
                    day: "2026-03-01".into(),
                },
            ),
        ];
        for (raw, expected) in cases {
            let loaded = Stats::load(Some(raw));
            assert_eq!(loaded.stats, Stats::default(), "for {raw}");
            let corrupt = loaded.problem.expect("a problem");
            assert_eq!(corrupt.raw, raw);
            let as_expected = match (&corrupt.problem, &expected) {
                (CorruptKind::NotJson { detail }, CorruptKind::NotJson { detail: part })
                | (CorruptKind::WrongShape { detail }, CorruptKind::WrongShape { detail: part }) => {
                    detail.contains(part.as_str())
                }
                (found, expected) => found == expected,
            };
            assert!(
                as_expected,
                "for {raw}: {:?}, expected {expected:?}",
                corrupt.problem
            );
        }
    }

    #[test]
    fn what_is_wrong_is_kept_as_json_the_agent_screen_reads_back() {
        let problem = CorruptKind::UnknownKind {
            kind: "visitor-name".into(),
            day: "2026-03-01".into(),
        };
        let json = serde_json::to_string(&problem).expect("serialisable");
        assert_eq!(
            json,
            r#"{"type":"unknown-kind","kind":"visitor-name","day":"2026-03-01"}"#
        );
        let back: CorruptKind = serde_json::from_str(&json).expect("readable");
        assert_eq!(back, problem);
    }

    #[test]
    fn csv_lists_days_then_counters_in_kinds_order_and_quotes_commas() {
        let mut stats = Stats::default();
        let second = date("2026-03-02");
        stats.record(second, &Event::TutorialStarted("mail, first steps".into()));
        stats.record(second, &Event::LanguageChosen("fr".into()));
        stats.record(second, &Event::SessionStarted);
        stats.record(second, &Event::SessionStarted);
        stats.record(date("2026-03-01"), &Event::TicketPrinted);

        assert_eq!(
            stats.to_csv(),
            "date,counter,detail,count\n\
             2026-03-01,ticket-printed,,1\n\
             2026-03-02,session-started,,2\n\
             2026-03-02,language-chosen,fr,1\n\
             2026-03-02,tutorial-started,\"mail, first steps\",1\n"
        );
        assert_eq!(Stats::default().to_csv(), "date,counter,detail,count\n");
    }

    #[test]
    fn csv_details_that_look_like_formulas_are_written_as_text() {
        let mut stats = Stats::default();
        let day = date("2026-03-02");
        stats.record(day, &Event::TutorialStarted("=cmd|' /C calc'!A0".into()));
        stats.record(day, &Event::LanguageChosen("@SUM(1+1)".into()));
        stats.record(day, &Event::LanguageChosen("-2+3".into()));
        let csv = stats.to_csv();
        assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
        assert!(csv.contains(",'@SUM(1+1),"), "{csv}");
        assert!(csv.contains(",'-2+3,"), "{csv}");
        assert!(
            !csv.lines().any(|line| line
                .split(',')
                .nth(2)
                .is_some_and(|d| d.starts_with(['=', '+', '-', '@']))),
            "{csv}"
        );
    }

    #[test]
    fn tutorials_are_summed_by_theme() {
        let totals = vec![
            (counter("language-chosen", Some("fr")), 9),
            (counter("tutorial-started", Some("email")), 3),
            (counter("tutorial-started", Some("sms")), 2),
            (counter("tutorial-started", Some("bank-app")), 4),
            (counter("tutorial-started", Some("retired")), 1),
            (counter("tutorial-completed", Some("email")), 1),
            (counter("tutorial-completed", Some("retired")), 1),
        ];
        let theme_of = |id: &str| match id {
            "email" | "sms" => Some("communicate".to_owned()),
            "bank-app" => Some("money".to_owned()),
            _ => None,
        };
        assert_eq!(
            tutorials_by_theme(&totals, &theme_of),
            vec![
                ("communicate".to_owned(), 5, 1),
                ("money".to_owned(), 4, 0),
                ("unknown".to_owned(), 1, 1),
            ]
        );
    }

    #[test]
    fn record_saturates_and_totals_do_not_overflow() {
        let day = date("2026-03-01");
        let mut stats = Stats::default();
        stats.days.insert(
            "2026-03-01".into(),
            BTreeMap::from([("idle-reset".to_owned(), u32::MAX)]),
        );
        stats.days.insert(
            "2026-02-28".into(),
            BTreeMap::from([("idle-reset".to_owned(), u32::MAX)]),
        );
        stats.record(day, &Event::IdleReset);

        assert_eq!(stats.days["2026-03-01"]["idle-reset"], u32::MAX);
        assert_eq!(
            stats.totals(day, 2),
            vec![(counter("idle-reset", None), 2 * u64::from(u32::MAX))]
        );
    }
}
