//! Plural forms: a number shown next to a word that agrees with it ("1 lieu", "3 lieux") goes
//! through a plural choice in every language, with the forms that language needs.
//!
//! Each language has its own rules (CLDR): French and English have two forms (French `one` is 0
//! and 1), Arabic six (`zero`, `one`, `two`, `few` for 3 to 10, `many` for 11 to 99, `other`).
//! Without a choice, Arabic would say "3 دقيقة" where it needs "3 دقائق". Which messages hold a
//! count is listed once, here ([`COUNTS`]); a new message with a variable named like a count
//! ([`COUNT_NAMES`]) must be added to the list (or to [`NOT_COUNTS`]), so it is not forgotten.
//!
//! The app must pass such a variable as a number, never as text: Fluent chooses a plural form
//! only for a number.

use crate::authoring::locales::LocaleProblem as Problem;
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};

/// A message whose variable is a count shown next to words that agree with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    /// The message id, in `locales/<language>/pasapas.ftl` (or a tutorial's file).
    pub id: &'static str,
    /// The variable that holds the count.
    pub variable: &'static str,
    /// Languages that write a unit symbol after this number ("0 min 54 s"), which never agrees:
    /// they need no choice.
    pub unit_symbol_in: &'static [&'static str],
}

const fn count(id: &'static str, variable: &'static str) -> Count {
    Count {
        id,
        variable,
        unit_symbol_in: &[],
    }
}

/// Every message whose variable is a count shown next to words that agree with it. The app
/// passes each of these variables as a number (`t!(locale, "idle-countdown", seconds = left)`).
pub const COUNTS: &[Count] = &[
    count("help-forget", "minutes"),
    count("idle-countdown", "seconds"),
    count("tutorials-minutes", "minutes"),
    count("practice-scam-score", "right"),
    count("result-stars", "stars"),
    count("agent-pin-typed", "count"),
    count("agent-pin-too-short", "max"),
    count("agent-pin-wrong", "left"),
    Count {
        id: "agent-locked",
        variable: "minutes",
        unit_symbol_in: &["fr", "en"],
    },
    Count {
        id: "agent-locked",
        variable: "seconds",
        unit_symbol_in: &["fr", "en"],
    },
    count("report-config-problems", "count"),
    count("check-config-problems", "count"),
    count("report-places-kept", "count"),
    count("report-places-skipped", "count"),
    count("report-places-closed", "count"),
    count("report-places-column", "count"),
    count("report-places-hours", "count"),
    count("report-places-rows-not-read", "count"),
    count("stats-visits-per-day", "days"),
    count("stats-totals", "days"),
];

/// Variable names this kiosk gives to counts: a message that uses one must be in [`COUNTS`] or
/// in [`NOT_COUNTS`].
pub const COUNT_NAMES: [&str; 5] = ["count", "days", "minutes", "seconds", "stars"];

/// Messages whose variable is named like a count but holds something else: `ticket-group-stars`
/// shows the words of `result-stars`, already chosen.
pub const NOT_COUNTS: &[(&str, &str)] = &[("ticket-group-stars", "stars")];

/// The plural forms whose words differ, per language, that a count's choice must have. A
/// language not listed needs `one` and `other`. Arabic's `zero` is optional: without it, 0 takes
/// the `other` form.
/// Pashto's and Dari's `one` and `other`, Turkish's, Spanish's and Portuguese's, are the default.
pub const FORMS: &[(&str, &[&str])] = &[
    ("ar", &["one", "two", "few", "many", "other"]),
    ("ru", &["one", "few", "many", "other"]),
    ("uk", &["one", "few", "many", "other"]),
    ("ro", &["one", "few", "other"]),
];

/// The forms a count's choice must have in a language.
pub fn forms(code: &str) -> &'static [&'static str] {
    FORMS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&["one", "other"], |(_, forms)| forms)
}

/// Which numbers take a form, for the message to a translator.
fn numbers_of(code: &str, form: &str) -> &'static str {
    match (code, form) {
        ("ar", "zero") => "0",
        ("ar", "one") | ("en", "one") => "1",
        ("ar", "two") => "2",
        ("ar", "few") => "3 to 10, 103 to 110…",
        ("ar", "many") => "11 to 99, 111 to 199…",
        ("ar", "other") => "100, 101, 102…",
        ("fr", "one") | ("pt", "one") | ("prs", "one") => "0 and 1",
        ("ru", "one") | ("uk", "one") => "1, 21, 31…",
        ("ru", "few") | ("uk", "few") => "2 to 4, 22 to 24…",
        ("ru", "many") | ("uk", "many") => "0, 5 to 20, 25 to 30…",
        ("ro", "one") | ("es", "one") | ("tr", "one") | ("ps", "one") => "1",
        ("ro", "few") => "0, 2 to 19, 101 to 119…",
        (_, "other") => "all the other numbers",
        _ => "the numbers of this form",
    }
}

/// What one Fluent file says, for the checks that need more than one file: each message's
/// variables.
pub type Variables = BTreeMap<String, BTreeSet<String>>;

/// The plural problems of one Fluent file of the language `code`, and its messages' variables.
/// `is_source` also checks that every variable named like a count is listed. A file that is not
/// valid Fluent is left to the locale checker.
pub fn check_file(
    file: &str,
    code: &str,
    text: &str,
    is_source: bool,
) -> (Vec<Problem>, Variables) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    let mut problems = Vec::new();
    let mut variables = Variables::new();
    let mut say = |what: String| {
        problems.push(Problem {
            file: file.to_string(),
            what,
        })
    };
    for entry in &resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let patterns: Vec<&Pattern<&str>> = message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value))
            .collect();
        let mut found = Found::default();
        for pattern in &patterns {
            found.walk(pattern);
        }
        for count in COUNTS.iter().filter(|c| c.id == id) {
            if count.unit_symbol_in.contains(&code) {
                continue;
            }
            let var = count.variable;
            let Some(choices) = found.choices.get(var) else {
                say(format!(
                    "`{id}` shows the number {{ ${var} }} next to words that change with it, but does not choose their form: write {}",
                    template(code, var)
                ));
                continue;
            };
            for keys in choices {
                let missing: Vec<&str> = forms(code)
                    .iter()
                    .copied()
                    .filter(|form| !keys.contains(*form))
                    .collect();
                if !missing.is_empty() {
                    let said: Vec<String> = missing
                        .iter()
                        .map(|form| format!("[{form}] for {}", numbers_of(code, form)))
                        .collect();
                    say(format!(
                        "`{id}`: the choice on {{ ${var} }} lacks the form{} {}: add {}",
                        if missing.len() > 1 { "s" } else { "" },
                        missing
                            .iter()
                            .map(|f| format!("[{f}]"))
                            .collect::<Vec<_>>()
                            .join(", "),
                        said.join(", ")
                    ));
                }
            }
        }
        if is_source {
            for var in found
                .variables
                .iter()
                .filter(|v| COUNT_NAMES.contains(&v.as_str()))
            {
                let listed = COUNTS.iter().any(|c| c.id == id && c.variable == var)
                    || NOT_COUNTS.contains(&(id, var.as_str()));
                if !listed {
                    say(format!(
                        "`{id}` uses {{ ${var} }}, a name given to counts: if it is a number next to a word, add it to COUNTS in core/src/authoring/plurals.rs and write a plural choice in every language; if not, add it to NOT_COUNTS there"
                    ));
                }
            }
        }
        variables.insert(id.to_string(), found.variables);
    }
    (problems, variables)
}

/// A listed count whose message the source language no longer has, or that no longer uses the
/// variable: the list must follow the texts.
pub fn stale(source: &Variables) -> Vec<Problem> {
    COUNTS
        .iter()
        .filter(|c| !source.get(c.id).is_some_and(|vars| vars.contains(c.variable)))
        .map(|c| Problem {
            file: "core/src/authoring/plurals.rs".into(),
            what: format!(
                "COUNTS lists `{}` with {{ ${} }}, but the French texts have no such message with that variable: fix the list",
                c.id, c.variable
            ),
        })
        .collect()
}

/// The choice to write, with the forms of the language.
fn template(code: &str, var: &str) -> String {
    let forms = forms(code);
    let variants: Vec<String> = forms
        .iter()
        .map(|form| {
            let star = if *form == "other" { "*" } else { "" };
            format!("{star}[{form}] …")
        })
        .collect();
    format!("{{ ${var} -> {} }}", variants.join(" "))
}

/// The variables of a message, and for each, the keys of every choice made on it.
#[derive(Default)]
struct Found {
    variables: BTreeSet<String>,
    choices: BTreeMap<String, Vec<BTreeSet<String>>>,
}

impl Found {
    fn walk(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Inline(inline) => self.inline(inline),
            Expression::Select { selector, variants } => {
                self.inline(selector);
                if let Some(var) = chosen_on(selector) {
                    let keys = variants
                        .iter()
                        .map(|v| match &v.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => value.to_string(),
                        })
                        .collect();
                    self.choices.entry(var.to_string()).or_default().push(keys);
                }
                for variant in variants {
                    self.walk(&variant.value);
                }
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            _ => {}
        }
    }
}

/// The variable a choice is made on: `{ $n -> … }` or `{ NUMBER($n) -> … }`.
fn chosen_on<'a>(selector: &InlineExpression<&'a str>) -> Option<&'a str> {
    match selector {
        InlineExpression::VariableReference { id } => Some(id.name),
        InlineExpression::FunctionReference { id, arguments } if id.name == "NUMBER" => {
            match arguments.positional.first() {
                Some(InlineExpression::VariableReference { id }) => Some(id.name),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(code: &str, text: &str) -> Vec<String> {
        check_file("x.ftl", code, text, code == "fr")
            .0
            .into_iter()
            .map(|p| p.what)
            .collect()
    }

    #[test]
    fn a_count_without_a_choice_is_reported_with_the_forms_to_write() {
        let found = problems("ar", "stats-totals = كل الإحصاءات، خلال { $days } يومًا\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("{ $days -> [one] … [two] … [few] … [many] … *[other] … }"),
            "{found:?}"
        );
        let found = problems(
            "en",
            "stats-totals = All the figures, over { $days } days\n",
        );
        assert!(
            found[0].contains("{ $days -> [one] … *[other] … }"),
            "{found:?}"
        );
    }

    #[test]
    fn an_arabic_choice_needs_two_few_and_many() {
        let text = "idle-countdown = { $seconds ->\n    [one] ثانية واحدة\n   *[other] { $seconds } ثانية\n}\n";
        let found = problems("ar", text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains("[two], [few], [many]") && found[0].contains("[many] for 11 to 99"),
            "{found:?}"
        );
        assert!(problems("fr", text.replace("ثانية", "s").as_str()).is_empty());
    }

    #[test]
    fn a_complete_choice_passes_with_number_and_exact_keys() {
        let text = "agent-pin-typed = { NUMBER($count) ->\n    [0] x\n    [one] x\n    [two] x\n    [few] x\n    [many] x\n   *[other] x\n}\n";
        assert!(problems("ar", text).is_empty());
    }

    #[test]
    fn a_unit_symbol_needs_no_choice_where_it_is_written() {
        let text = "agent-locked = Réessayez dans { $minutes } min { $seconds } s.\n";
        assert!(problems("fr", text).is_empty());
        assert_eq!(problems("ar", text).len(), 2);
    }

    #[test]
    fn a_new_message_named_like_a_count_must_be_listed() {
        let found = problems("fr", "stats-prints = { $count } impressions\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("add it to COUNTS"), "{found:?}");
        assert!(problems("fr", "ticket-group-stars = { $group } : { $stars }\n").is_empty());
        assert!(
            problems("en", "stats-prints = { $count } prints\n").is_empty(),
            "said once, in the source language"
        );
    }

    #[test]
    fn a_listed_message_that_is_gone_is_reported() {
        let (_, variables) =
            check_file("x.ftl", "fr", "help-forget = { $minutes } minutes\n", true);
        let found = stale(&variables);
        assert!(found.iter().any(|p| p.what.contains("`idle-countdown`")));
        assert!(!found.iter().any(|p| p.what.contains("`help-forget`")));
    }
}
