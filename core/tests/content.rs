//! Every tutorial and every text passes the authors' checker (`cargo xtask check-content` prints
//! the same list). A failure lists each problem with its file, in plain words.

mod common;

use std::path::Path;

#[test]
fn the_content_has_no_problem() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let problems = pasapas_core::authoring::content_check::check_repository(&root);
    let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        list.is_empty(),
        "\n{} problem(s):\n{}\n",
        list.len(),
        list.join("\n")
    );
}

/// A copy of the repository's content (locales and assets, with the pictures the checker looks
/// for), in a fresh folder under the target directory.
fn copy_of_the_content(name: &str) -> std::path::PathBuf {
    common::copy_of(name, &common::CONTENT)
}

fn append(file: &Path, text: &str) {
    let old = std::fs::read_to_string(file).expect("a file of the copy");
    std::fs::write(file, format!("{old}\n{text}\n")).expect("the copy written");
}

/// The ids the app builds from data are checked: a new card, a new answer and a text removed
/// from one language are each reported, per language, with the French words when there are some.
#[test]
fn a_text_the_data_makes_reachable_is_reported_when_missing() {
    let copy = copy_of_the_content("content-without-texts");
    append(
        &copy.join("assets/content/orientation.toml"),
        "[[card]]\nid = \"new-card\"\npictogram = \"agent\"\nanswers = [\"goal=caf\"]",
    );
    let assessment = copy.join("assets/content/assessment.toml");
    let text = std::fs::read_to_string(&assessment).expect("the questionnaire");
    let with_answer = text.replacen(
        "id = \"tablet\"",
        "id = \"tablet\"\npictogram = \"computer\"\n\n[[question.answer]]\nid = \"watch\"",
        1,
    );
    assert_ne!(text, with_answer, "the questionnaire's tablet answer moved");
    std::fs::write(&assessment, with_answer).expect("the copy written");
    let arabic = copy.join("locales/ar/pasapas.ftl");
    let text = std::fs::read_to_string(&arabic).expect("the Arabic texts");
    let without = text
        .lines()
        .filter(|line| !line.starts_with("result-group-basics ="))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&arabic, without).expect("the copy written");

    let problems: Vec<String> = pasapas_core::authoring::content_check::check_repository(&copy)
        .iter()
        .map(ToString::to_string)
        .collect();
    let about = |id: &str, language: &str| {
        problems
            .iter()
            .filter(|p| {
                p.contains(&format!("`{id}`")) && p.contains(&format!("locales/{language}/"))
            })
            .count()
    };
    for language in ["fr", "en", "ar"] {
        assert_eq!(
            about("orientation-new-card-title", language),
            1,
            "{problems:#?}"
        );
        assert_eq!(
            about("orientation-new-card-ask", language),
            1,
            "{problems:#?}"
        );
        assert_eq!(
            about("assessment-equipment-watch", language),
            1,
            "{problems:#?}"
        );
    }
    // Also reported by the comparison of the Arabic file with the French one.
    assert!(about("result-group-basics", "ar") >= 1, "{problems:#?}");
    assert_eq!(about("result-group-basics", "en"), 0, "{problems:#?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`result-group-basics`") && p.contains("in French: \"")),
        "the French words are given to the translator: {problems:#?}"
    );
}

/// Replaces `from` by `to` once in a file of the copy; the test fails if `from` moved away.
fn replace_in(copy: &Path, file: &str, from: &str, to: &str) {
    let path = copy.join(file);
    let text = std::fs::read_to_string(&path).expect("a file of the copy");
    assert!(
        text.contains(from),
        "{file} no longer holds «{from}»: update this test"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).expect("the copy written");
}

/// The reading rules catch each kind of defect an author or translator makes: one word per thing
/// (French, English and Arabic), jargon, a French mark that may start a line alone, an acronym left unexplained, two ideas joined by a colon, a step
/// too long for one screen, and Latin text left bare inside an Arabic sentence.
#[test]
fn the_reading_rules_report_each_kind_of_defect() {
    let copy = copy_of_the_content("content-with-reading-defects");
    let fr = "locales/fr/pasapas.ftl";
    replace_in(
        &copy,
        fr,
        "assessment-goal-caf = La Caf",
        "assessment-goal-caf = La CAF",
    );
    replace_in(
        &copy,
        fr,
        "step-list = Voir tout ce qu'on peut apprendre",
        "step-list = Voir les autres tutoriels",
    );
    replace_in(
        &copy,
        fr,
        "home-intro = Touchez un grand bouton.",
        "home-intro = Touchez un grand bouton\u{a0}: il ouvre la page que vous voulez.",
    );
    replace_in(
        &copy,
        "locales/fr/tutorials/caf-declaration.ftl",
        "le RSA (revenu de solidarité active)",
        "le RSA",
    );
    replace_in(
        &copy,
        "locales/fr/tutorials/touch-screen.ftl",
        "touch-screen-1-text =\n",
        "touch-screen-1-text =\n    Un.\n    Deux.\n    Trois.\n    Quatre.\n",
    );
    replace_in(
        &copy,
        fr,
        "place-hours-unknown = Horaires\u{a0}:",
        "place-hours-unknown = Horaires :",
    );
    let en = "locales/en/pasapas.ftl";
    replace_in(
        &copy,
        en,
        "practice-fc-identifier = Login",
        "practice-fc-identifier = Username",
    );
    let ar = "locales/ar/pasapas.ftl";
    replace_in(
        &copy,
        ar,
        "practice-fc-password = كلمة المرور",
        "practice-fc-password = كلمة السر",
    );
    replace_in(
        &copy,
        ar,
        "\u{2066}Caf\u{2069} (المساعدات",
        "Caf (المساعدات",
    );

    let problems: Vec<String> = pasapas_core::authoring::content_check::check_repository(&copy)
        .iter()
        .map(ToString::to_string)
        .collect();
    let found = |file: &str, words: &[&str]| {
        problems
            .iter()
            .any(|p| p.starts_with(file) && words.iter().all(|w| p.contains(w)))
    };
    let expected: [(&str, &[&str]); 9] = [
        (fr, &["`assessment-goal-caf`", "not «CAF»"]),
        (fr, &["`place-hours-unknown`", "no-break space"]),
        (en, &["`practice-fc-identifier`", "not «Username»"]),
        (fr, &["`step-list`", "«tutoriels»"]),
        (fr, &["`home-intro`", "colon"]),
        (
            "locales/fr/tutorials/caf-declaration.ftl",
            &["step 1", "RSA"],
        ),
        (
            "locales/fr/tutorials/touch-screen.ftl",
            &["step 1", "sentences on one screen"],
        ),
        (ar, &["`practice-fc-password`", "«كلمة السر»"]),
        (ar, &["`assessment-goal-caf`", "«Caf»", "right-to-left"]),
    ];
    for (file, words) in expected {
        assert!(
            found(file, words),
            "not reported: {file} {words:?}\n{problems:#?}"
        );
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
}
