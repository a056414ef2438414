//! The sample places file shipped for the demo commune follows the national schema: every row is
//! kept, its hours are readable, and the one place that does not receive the public is dropped.

use pasapas_core::installation::places::read_places;
use std::path::Path;

#[test]
fn the_sample_places_file_is_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/data/places.csv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file =
        read_places(text.as_bytes()).unwrap_or_else(|e| panic!("assets/data/places.csv: {e:?}"));
    let skipped: Vec<String> = file
        .skipped
        .iter()
        .map(|(line, reasons)| format!("line {line}: {reasons:?}"))
        .collect();
    assert!(
        skipped.is_empty(),
        "assets/data/places.csv:\n{}",
        skipped.join("\n")
    );
    assert!(
        file.unreadable_hours.is_empty(),
        "unreadable horaires: {:?}",
        file.unreadable_hours
    );
    assert_eq!(file.not_receiving_public, 1);
    assert!(
        (10..=20).contains(&file.places.len()),
        "{} places",
        file.places.len()
    );
}
