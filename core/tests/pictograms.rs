//! A pictogram named anywhere without its file in `assets/icons/` drew a plain square on the
//! kiosk (`learn`, `together`, `money`). The authors' checker now names each one: in the data
//! files and in an `/icons/…` address. (In the app's Rust code a pictogram is a constant made
//! from its file, so a missing one does not compile: `src/components/icon/`.)

mod common;

use common::{copy_of, expect_reported, problems, replace_in, CONTENT};

#[test]
fn every_missing_pictogram_is_named_with_what_to_do() {
    let mut parts = CONTENT.to_vec();
    parts.extend(["src", "index.html"]);
    let copy = copy_of("pictograms-missing", &parts);
    // Data files.
    replace_in(
        &copy,
        "assets/content/orientation.toml",
        "pictogram = \"scam-warning\"",
        "pictogram = \"scam-warnin\"",
    );
    replace_in(
        &copy,
        "assets/content/assessment.toml",
        "with_help = \"together\"",
        "with_help = \"together-missing\"",
    );
    replace_in(
        &copy,
        "assets/content/assessment.toml",
        "pictogram = \"computer\"",
        "pictogram = \"desktop\"",
    );
    replace_in(
        &copy,
        "assets/content/tutorials/ameli-attestation.toml",
        "pictogram = \"health\"",
        "pictogram = \"hospital\"",
    );
    // An address in a script.
    replace_in(
        &copy,
        "src/kiosk.rs",
        "/icons/alert.svg",
        "/icons/warning.svg",
    );
    // A file removed: every place that names it is reported.
    std::fs::remove_file(copy.join("assets/icons/money.svg")).expect("the copy's icon");

    let found = problems(&copy);
    let expected: [(&str, &[&str]); 6] = [
        (
            "assets/content/orientation.toml",
            &[
                "card \"protect-yourself\"",
                "\"scam-warnin\" does not exist",
                "add assets/icons/scam-warnin.svg",
                "closest is \"scam-warning\"",
            ],
        ),
        (
            "assets/content/assessment.toml",
            &["skill_answer_pictograms.with_help", "\"together-missing\""],
        ),
        (
            "assets/content/assessment.toml",
            &["question \"", "\"desktop\""],
        ),
        (
            "assets/content/tutorials/ameli-attestation.toml",
            &["\"hospital\" does not exist"],
        ),
        (
            "assets/content/tutorials/caf-declaration.toml",
            &["\"money\""],
        ),
        ("src/kiosk.rs", &["\"warning\""]),
    ];
    expect_reported(&found, &expected);
}

/// The app's own files pass the check as they are.
#[test]
fn the_apps_code_names_only_existing_pictograms() {
    let copy = copy_of(
        "pictograms-as-they-are",
        &["src", "index.html", "assets/icons"],
    );
    let found = pasapas_core::authoring::pictograms::check(&copy);
    let list: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "{list:#?}");
}
