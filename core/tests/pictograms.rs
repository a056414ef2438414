//! A pictogram named anywhere without its file in `assets/icons/` drew a plain square on the
//! kiosk (`learn`, `together`, `money`). The authors' checker now names each one: in the data
//! files, in the app's code however it is formatted, and in an `/icons/…` address.

mod common;

use common::{copy_of, problems, replace_in, CONTENT};

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
    // Code: a literal laid out over several lines, a match arm, a closure's argument, an address.
    replace_in(
        &copy,
        "src/components/ask_an_agent/mod.rs",
        "<Icon name=\"agent\" />",
        "<Icon\n                name=\"advisor\"\n            />",
    );
    replace_in(
        &copy,
        "src/pages/assessment_result.rs",
        "Profile::Discovering => \"learn\"",
        "Profile::Discovering => \"first-steps\"",
    );
    replace_in(&copy, "src/pages/help.rs", "line(\"touch\"", "line(\"tap\"");
    replace_in(
        &copy,
        "src/kiosk.rs",
        "/icons/alert.svg",
        "/icons/warning.svg",
    );
    // A file removed: every place that names it is reported.
    std::fs::remove_file(copy.join("assets/icons/money.svg")).expect("the copy's icon");

    let found = problems(&copy);
    let expected: [(&str, &[&str]); 9] = [
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
        ("src/components/ask_an_agent/mod.rs", &["\"advisor\""]),
        ("src/pages/assessment_result.rs", &["\"first-steps\""]),
        ("src/pages/help.rs", &["\"tap\""]),
        ("src/kiosk.rs", &["\"warning\""]),
    ];
    for (file, words) in expected {
        assert!(
            found
                .iter()
                .any(|p| p.starts_with(&format!("{file}: ")) && words.iter().all(|w| p.contains(w))),
            "not reported: {file} {words:?}\n{found:#?}"
        );
    }
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("src/pages/assessment_result.rs: line ")
                && p.contains("\"money\"")),
        "the code's use of a removed file is reported: {found:#?}"
    );
}

/// The app's own code passes the check as it is, and every way it names a pictogram is followed:
/// a name the scan could not trace would be reported here.
#[test]
fn the_apps_code_names_only_existing_pictograms() {
    let copy = copy_of(
        "pictograms-as-they-are",
        &["src", "index.html", "assets/icons"],
    );
    let found = pasapas_core::authoring::pictograms::check(&copy);
    let list: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert!(list.is_empty(), "{list:#?}");
    // Names the code passes other than as `name="…"`: each must be seen where it is written.
    let named = pasapas_core::authoring::pictograms::code_names(&copy);
    let seen = |file: &str, name: &str| named.iter().any(|n| n.file == file && n.name == name);
    for (file, name) in [
        ("src/pages/assessment_result.rs", "learn"),
        ("src/pages/assessment_result.rs", "together"),
        ("src/pages/help.rs", "touch"),
        ("src/pages/tutorial_step.rs", "bulb"),
        ("src/pages/agent_dashboard.rs", "chart"),
        ("src/components/setup_report/mod.rs", "check"),
        ("src/components/practice/scam_or_real.rs", "scam"),
        ("src/components/ask_an_agent/mod.rs", "agent"),
    ] {
        assert!(
            seen(file, name),
            "the scan no longer sees \"{name}\" in {file}: if the code changed, update this list; otherwise the scan lost a way of naming pictograms"
        );
    }
}
