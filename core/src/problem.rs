//! The vocabulary shared for what is wrong in a file: the configuration's settings, the places
//! file and its rows, the stored figures.
//!
//! A problem is data (a kind and its values), never a sentence: core holds no wording, in English
//! or any other language. Each kind names the Fluent message that words it and gives that
//! message's variables, so the agent screens and `cargo xtask check-config` say every problem the
//! same way, in the displayed language.
//!
//! Two conventions hold for every kind:
//! - The message's variables are the kind's own values plus the place the caller knows (the
//!   `line`, the `setting`): [`Problem::CONTEXT`] names those.
//! - A variable named [`DETAIL`] holds a parser's own words, in English. A screen shows it beside
//!   the sentence, marked as English for the voice; a terminal prints it in the sentence.

/// The name of the variable that holds a parser's own words (English).
pub const DETAIL: &str = "detail";

/// How a problem is worded: a Fluent message id and its variables (as text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The Fluent message id, in `locales/<language>/pasapas.ftl`.
    pub id: &'static str,
    /// The message's variables, by name.
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    /// A message with these variables.
    pub fn new(id: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self { id, args }
    }

    /// The same message with one more variable: where the problem is (`line`, `setting`), which
    /// only the caller knows.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The parser's own words, when the message has some.
    pub fn detail(&self) -> Option<&str> {
        self.args
            .iter()
            .find(|(name, _)| *name == DETAIL)
            .map(|(_, value)| value.as_str())
    }

    /// The variables with the parser's words left empty: for a screen that shows them beside the
    /// sentence, in their own language.
    pub fn args_without_detail(&self) -> Vec<(&'static str, String)> {
        self.args
            .iter()
            .map(|(name, value)| {
                let value = if *name == DETAIL {
                    String::new()
                } else {
                    value.clone()
                };
                (*name, value)
            })
            .collect()
    }
}

/// A kind of problem in a file, worded by a Fluent message.
pub trait Problem {
    /// The variables the caller adds to [`Problem::message`]: where the problem is.
    const CONTEXT: &'static [&'static str];

    /// The message that words this problem, with the kind's own variables.
    fn message(&self) -> Message;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_detail_is_found_and_can_be_left_out() {
        let message = Message::new(
            "config-problem-syntax",
            vec![(DETAIL, "expected `=`".into())],
        )
        .with("line", 3);
        assert_eq!(message.detail(), Some("expected `=`"));
        assert_eq!(
            message.args_without_detail(),
            [(DETAIL, String::new()), ("line", "3".to_string())]
        );
        assert_eq!(Message::new("x", Vec::new()).detail(), None);
    }
}
