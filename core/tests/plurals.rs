//! A number shown next to a word that agrees with it needs a plural choice in every language,
//! with the forms the language needs (Arabic: one, two, few, many, other). The authors' checker
//! names each message that lacks one, with the file and what to add.

mod common;

use common::{copy_of, expect_reported, problems, replace_in};

#[test]
fn a_missing_plural_choice_or_form_is_reported() {
    let copy = copy_of("plurals-missing", &common::CONTENT);
    // English without a choice, as it once was.
    replace_in(
        &copy,
        "locales/en/pasapas.ftl",
        "practice-scam-score = { $right ->\n    [one] You got { $right } right answer out of { $total }.\n   *[other] You got { $right } right answers out of { $total }.\n}\n",
        "practice-scam-score = You got { $right } out of { $total } right.\n",
    );
    // French without a choice, as it once was.
    replace_in(
        &copy,
        "locales/fr/pasapas.ftl",
        "stats-totals = { $days ->\n    [one] Tous les chiffres, sur { $days } jour\n   *[other] Tous les chiffres, sur { $days } jours\n}\n",
        "stats-totals = Tous les chiffres, sur { $days } jours\n",
    );
    // Arabic without the form for 11 to 99.
    replace_in(
        &copy,
        "locales/ar/pasapas.ftl",
        "    [many] سيمسح الجهاز كل شيء بعد { $seconds } ثانية.\n",
        "",
    );
    // Arabic with full words but no choice: French's unit symbols do not excuse it.
    let ar = std::fs::read_to_string(copy.join("locales/ar/pasapas.ftl")).expect("Arabic");
    let start = ar.find("agent-locked =").expect("agent-locked in Arabic");
    let end = start + ar[start..].find("\n    }\n").expect("its end") + "\n    }\n".len();
    let bare = "agent-locked = رموز خاطئة كثيرة. حاول مرة أخرى بعد { $minutes } دقيقة و{ $seconds } ثانية.\n";
    let ar = [&ar[..start], bare, &ar[end..]].concat();
    std::fs::write(copy.join("locales/ar/pasapas.ftl"), ar).expect("the copy written");
    // A new French message with a count, not listed.
    let fr = copy.join("locales/fr/pasapas.ftl");
    let text = std::fs::read_to_string(&fr).expect("French");
    std::fs::write(&fr, text + "\nstats-prints = { $count } impressions\n")
        .expect("the copy written");

    let found = problems(&copy);
    let expected: [(&str, &[&str]); 6] = [
        (
            "locales/en/pasapas.ftl",
            &["`practice-scam-score`", "{ $right -> [one] … *[other] … }"],
        ),
        (
            "locales/fr/pasapas.ftl",
            &["`stats-totals`", "{ $days -> [one] … *[other] … }"],
        ),
        (
            "locales/ar/pasapas.ftl",
            &["`idle-countdown`", "lacks the form [many]", "11 to 99"],
        ),
        (
            "locales/ar/pasapas.ftl",
            &[
                "`agent-locked`",
                "{ $minutes -> [one] … [two] … [few] … [many] … *[other] … }",
            ],
        ),
        (
            "locales/ar/pasapas.ftl",
            &["`agent-locked`", "{ $seconds ->"],
        ),
        (
            "locales/fr/pasapas.ftl",
            &["`stats-prints`", "{ $count }", "COUNTS"],
        ),
    ];
    expect_reported(&found, &expected);
    let about_plurals = |p: &&String| {
        p.contains("does not choose their form")
            || p.contains("lacks the form")
            || p.contains("COUNTS")
    };
    assert!(
        !found
            .iter()
            .filter(about_plurals)
            .any(|p| p.contains("`agent-locked`") && !p.starts_with("locales/ar/")),
        "French and English write unit symbols (min, s) there: {found:#?}"
    );
}
