//! The locale checker: every language must say everything French says, with the same variables.
//!
//! French (`locales/fr/pasapas.ftl`) is the source. A translation that lacks a message would show
//! French to a person who picked another language; one with another variable would show a hole.
//! The messages are written for translators, not for Rust developers.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What one Fluent file says, reduced to what must match across languages.
#[derive(Debug, Default)]
pub struct MessageShapes {
    /// message id (terms start with `-`) -> its shape.
    pub messages: BTreeMap<String, Shape>,
}

/// The parts of a message that every translation must keep.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shape {
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub has_value: bool,
    /// The value as plain text, for reading checks (a choice shows its default variant;
    /// a variable shows as `{$name}`). Not compared across languages.
    pub text: String,
}

/// One thing a translator has to fix.
#[derive(Debug, PartialEq, Eq)]
pub struct LocaleProblem {
    pub file: String,
    pub what: String,
}

impl fmt::Display for LocaleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.what)
    }
}

/// Reads a Fluent file. Syntax errors come back as problems naming the line.
pub fn read_shapes(file: &str, text: &str) -> Result<MessageShapes, Vec<LocaleProblem>> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| LocaleProblem {
                    file: file.to_string(),
                    what: format!(
                        "line {}: this line is not valid Fluent ({:?})",
                        line_of(text, e.pos.start),
                        e.kind
                    ),
                })
                .collect())
        }
    };
    let mut shapes = MessageShapes::default();
    let mut problems = Vec::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut shape = Shape {
            has_value: value.is_some(),
            ..Shape::default()
        };
        if let Some(pattern) = value {
            collect_variables(pattern, &mut shape.variables);
            shape.text = plain_text(pattern);
        }
        for attribute in attributes {
            shape.attributes.insert(attribute.id.name.to_string());
            collect_variables(&attribute.value, &mut shape.variables);
        }
        if shapes.messages.insert(id.clone(), shape).is_some() {
            problems.push(LocaleProblem {
                file: file.to_string(),
                what: format!("the message `{id}` is written twice; keep one"),
            });
        }
    }
    if problems.is_empty() {
        Ok(shapes)
    } else {
        Err(problems)
    }
}

/// A pattern as plain text: choices show their default variant, variables `{$name}`, and
/// references to other messages `{name}`.
fn plain_text(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => out.push_str(&expression_text(expression)),
        }
    }
    out
}

fn expression_text(expression: &Expression<&str>) -> String {
    match expression {
        Expression::Select { variants, .. } => variants
            .iter()
            .find(|v| v.default)
            .map(|v| plain_text(&v.value))
            .unwrap_or_default(),
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            format!("{{${}}}", id.name)
        }
        Expression::Inline(InlineExpression::MessageReference { id, .. }) => {
            format!("{{{}}}", id.name)
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => value.to_string(),
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_text(expression)
        }
        Expression::Inline(_) => String::new(),
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, out);
        }
    }
}

fn collect_from_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_from_inline(inline, out),
        Expression::Select { selector, variants } => {
            collect_from_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_from_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_from_inline(argument, out);
            }
        }
        InlineExpression::Placeable { expression } => collect_from_expression(expression, out),
        _ => {}
    }
}

/// Compares a translation with the source. An empty list means the translation is complete.
pub fn compare(
    source_file: &str,
    source: &MessageShapes,
    file: &str,
    translation: &MessageShapes,
) -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let mut say = |what: String| {
        problems.push(LocaleProblem {
            file: file.to_string(),
            what,
        })
    };
    for (id, expected) in &source.messages {
        let Some(found) = translation.messages.get(id) else {
            say(format!(
                "the message `{id}` is missing; translate it from {source_file}"
            ));
            continue;
        };
        if found.variables != expected.variables {
            say(format!(
                "the message `{id}` uses the variables {} but {source_file} uses {}; use the same ones",
                list(&found.variables),
                list(&expected.variables)
            ));
        }
        if found.attributes != expected.attributes {
            say(format!(
                "the message `{id}` has the attributes {} but {source_file} has {}",
                list(&found.attributes),
                list(&expected.attributes)
            ));
        }
        if found.has_value != expected.has_value {
            say(format!(
                "the message `{id}` must {}have a text of its own, as in {source_file}",
                if expected.has_value { "" } else { "not " }
            ));
        }
    }
    for id in translation.messages.keys() {
        if !source.messages.contains_key(id) {
            say(format!(
                "the message `{id}` is not in {source_file}; remove it, or add it to French first"
            ));
        }
    }
    problems
}

fn list(items: &BTreeSet<String>) -> String {
    if items.is_empty() {
        return "none".into();
    }
    items
        .iter()
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> MessageShapes {
        read_shapes("test.ftl", text).expect("valid Fluent")
    }

    fn problems(source: &str, translation: &str) -> Vec<String> {
        compare("fr.ftl", &shapes(source), "xx.ftl", &shapes(translation))
            .into_iter()
            .map(|p| p.to_string())
            .collect()
    }

    #[test]
    fn a_complete_translation_has_no_problem() {
        let fr =
            "a = Bonjour { $name }\nb = { $n ->\n [one] 1 seconde\n *[other] { $n } secondes\n}\n";
        let en = "a = Hello { $name }\nb = { $n ->\n [one] 1 second\n *[other] { $n } seconds\n}\n";
        assert!(problems(fr, en).is_empty());
    }

    #[test]
    fn names_a_missing_message() {
        let found = problems("a = A\nb = B\n", "a = A\n");
        assert_eq!(
            found,
            ["xx.ftl: the message `b` is missing; translate it from fr.ftl"]
        );
    }

    #[test]
    fn names_a_message_the_source_does_not_have() {
        let found = problems("a = A\n", "a = A\nzz = Z\n");
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("`zz` is not in fr.ftl"), "{found:?}");
    }

    #[test]
    fn names_a_variable_that_differs() {
        let found = problems("a = { $seconds } s\n", "a = { $secs } s\n");
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("$secs") && found[0].contains("$seconds"),
            "{found:?}"
        );
    }

    #[test]
    fn finds_variables_inside_selectors_and_functions() {
        let shape = shapes("a = { NUMBER($count) -> \n *[other] { $place }\n}\n");
        let vars: Vec<_> = shape.messages["a"].variables.iter().cloned().collect();
        assert_eq!(vars, ["count", "place"]);
    }

    #[test]
    fn compares_attributes() {
        let found = problems("a = A\n    .aria-label = Label\n", "a = A\n");
        assert!(found[0].contains("attributes"), "{found:?}");
    }

    #[test]
    fn reports_the_line_of_a_syntax_error() {
        let errors = read_shapes("xx.ftl", "a = A\nthis is not fluent\n").expect_err("invalid");
        assert!(errors[0].to_string().contains("line 2"), "{}", errors[0]);
    }

    #[test]
    fn reports_a_message_written_twice() {
        let errors = read_shapes("xx.ftl", "a = A\na = B\n").expect_err("duplicate");
        assert!(errors[0].what.contains("written twice"));
    }
}
