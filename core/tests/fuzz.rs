//! Fuzzing by properties: every reader of a file that a commune, an author or the browser's
//! storage hands to the kiosk, fed with random bytes and with the shipped files mutated (bytes
//! replaced, inserted, deleted, runs repeated). Each reader must return, never panic (a panic in
//! the kiosk's wasm is a restart in front of a person), within a time bound for the input's size
//! (a freeze is as bad as a crash).
//!
//! The budget is fixed so that `cargo xtask test` stays bounded: [`CASES`] inputs per target.
//! A longer campaign: `PROPTEST_CASES=20000 cargo test -p pasapas-core --release --test fuzz`.
//! `cargo fuzz` would need a nightly compiler; the project builds with stable Rust.

use chrono::{NaiveDate, NaiveDateTime};
use pasapas_core::agent::stats::Stats;
use pasapas_core::content::assessment::Questionnaire;
use pasapas_core::content::languages::LanguageList;
use pasapas_core::content::orientation::Rules;
use pasapas_core::content::practice::PracticeContent;
use pasapas_core::content::tutorials::Tutorial;
use pasapas_core::installation::config::{parse_file, worth_keeping};
use pasapas_core::installation::places::{
    opening, rank, read_places_on, week_hours, Place, Ranking, Timetable,
};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// Inputs per target in `cargo xtask test`.
const CASES: u32 = 1000;

/// The time one input may take: generous for a debug build on a slow runner, far below the
/// seconds a freeze costs.
fn bound(size: usize) -> Duration {
    Duration::from_millis(300 + (size as u64 / 1024) * 40)
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(CASES);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs `work` and fails the property when it takes longer than the bound for `size` bytes.
fn within_bound<T>(what: &str, size: usize, work: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let result = work();
    let took = started.elapsed();
    prop_assert!(
        took <= bound(size),
        "{what}: {size} bytes took {took:?} (bound {:?})",
        bound(size)
    );
    Ok(result)
}

fn shipped(path: &str) -> Vec<u8> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// One edit of a file: where, what, and a byte.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    /// Repeats the run of bytes from here, of this length, this many times.
    Repeat(usize, usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to the formats more often than others.
    let byte = prop_oneof![
        any::<u8>(),
        prop::sample::select(b"\n\r\t \",;:=[]{}#'-|0123456789.+\\".to_vec()),
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), byte).prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), 1..200usize, 1..50usize).prop_map(|(at, n, t)| Edit::Repeat(at, n, t)),
    ]
}

fn mutate(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match *edit {
            Edit::Replace(at, b) if !bytes.is_empty() => bytes[at % len] = b,
            Edit::Insert(at, b) => bytes.insert(at % (bytes.len() + 1), b),
            Edit::Delete(at) if !bytes.is_empty() => {
                bytes.remove(at % len);
            }
            Edit::Repeat(at, n, times) if !bytes.is_empty() => {
                let start = at % len;
                let end = (start + n).min(bytes.len());
                let run = bytes[start..end].to_vec();
                for _ in 0..times {
                    bytes.splice(end..end, run.iter().copied());
                }
            }
            _ => {}
        }
    }
    bytes
}

/// The shipped file at `path`, mutated, or random bytes.
fn input(path: &'static str) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        3 => prop::collection::vec(edit(), 1..12).prop_map(move |edits| mutate(shipped(path), &edits)),
        1 => prop::collection::vec(any::<u8>(), 0..2048),
    ]
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn monday_ten() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a date")
}

/// Everything the kiosk does with a place's hours: the opening now, the ranking, the check.
fn use_places(places: &[Place]) {
    for place in places {
        let _ = opening(place, monday_ten());
        let _ = week_hours(place, monday_ten());
    }
    for ranking in [Ranking::OpenFirst, Ranking::NearestFirst] {
        let _ = rank(
            places,
            |_| true,
            Some((45.0, 5.0)),
            monday_ten(),
            5,
            ranking,
        );
    }
}

/// Opening-hours rules as people write them, and broken.
fn hours() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Mo-Fr",
        "Sa",
        "Su",
        "PH",
        "SH",
        "off",
        "closed",
        "open",
        "unknown",
        "easter",
        "sunrise",
        "sunset",
        "Jan",
        "Feb 30",
        "Dec 25",
        "2020",
        "week 01-53/2",
        "Mo[1]",
        "Mo[-1]",
        "24/7",
        "09:00-12:00",
        "14:00-18:00",
        "08:30-12:00,13:30-17:00",
        "22:00-02:00",
        "10:00+",
        "00:00-24:00",
        "||",
        ";",
        ",",
        " ",
        "\"comment\"",
        "-",
        ":",
        "+",
        "1",
        "99:99-00:00",
    ]);
    prop::collection::vec(piece, 0..10).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_configuration_reader_never_panics_nor_freezes(bytes in input("assets/config/kiosk.toml")) {
        let (_, problems) = within_bound("kiosk.toml", bytes.len(), || {
            parse_file(&bytes, &["fr", "en", "ar", "prs", "ps", "tr", "uk", "ru", "es", "pt", "ro"], "fr")
        })?;
        let _ = worth_keeping(&problems);
    }

    #[test]
    fn the_places_reader_and_the_hours_never_panic_nor_freeze(bytes in input("assets/data/places.csv")) {
        within_bound("places.csv", bytes.len(), || {
            if let Ok(file) = read_places_on(&bytes, monday_ten().date()) {
                use_places(&file.places);
                let _ = file.hours_to_check(monday_ten());
            }
        })?;
    }

    #[test]
    fn opening_hours_never_panic_nor_freeze(rule in hours()) {
        let shipped = read_places_on(&shipped("assets/data/places.csv"), monday_ten().date())
            .expect("shipped places");
        let mut place = shipped.places[0].clone();
        place.opening_hours = Some(rule.clone());
        within_bound(&rule, rule.len(), || {
            // Working the timetable out is where the rule is read: the places reader's work.
            place.timetable = Timetable::work_out(&rule, monday_ten().date());
            use_places(std::slice::from_ref(&place));
        })?;
    }

    #[test]
    fn the_stored_figures_never_panic_nor_freeze(bytes in prop_oneof![
        input("bench/report.json"),
        prop::collection::vec(edit(), 1..12).prop_map(|edits| mutate(
            br#"{"format_version":1,"days":{"2026-11-24":{"session-started":3,"language-chosen:ar":1}},"months":{"2025-01":{"idle-reset":9}}}"#.to_vec(),
            &edits,
        )),
        prop::collection::vec(edit(), 1..12).prop_map(|edits| mutate(
            br#"{"days":[{"day":"2026-11-24","counts":{"session-started":3}}],"months":[{"month":"2025-01","counts":{"idle-reset":9}}]}"#.to_vec(),
            &edits,
        )),
    ]) {
        let raw = text(&bytes);
        within_bound("figures", bytes.len(), || {
            let loaded = Stats::load(Some(&raw));
            let _ = loaded.stats.to_csv();
            let _ = loaded.stats.fold_before(monday_ten().date());
            if let Ok((stats, _)) = Stats::from_records(&raw) {
                let _ = stats.to_csv();
                let _ = stats.totals(monday_ten().date(), 30);
            }
        })?;
    }

    #[test]
    fn the_content_readers_never_panic_nor_freeze(
        tutorial in input("assets/content/tutorials/caf-declaration.toml"),
        questionnaire in input("assets/content/assessment.toml"),
        rules in input("assets/content/orientation.toml"),
        practice in input("assets/content/practice.toml"),
        languages in input("locales/languages.toml"),
    ) {
        let size = tutorial.len() + questionnaire.len() + rules.len() + practice.len() + languages.len();
        within_bound("content", size, || {
            let _ = Tutorial::parse(&text(&tutorial));
            let _ = Questionnaire::parse(&text(&questionnaire));
            let _ = Rules::parse(&text(&rules));
            let _ = PracticeContent::parse(&text(&practice));
            let _ = LanguageList::parse(&text(&languages));
        })?;
    }
}
