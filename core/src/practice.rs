//! The logic of the practice screens: what feedback a person gets. Nothing here keeps anything;
//! the screens hold their inputs in local signals that vanish with the screen.

/// Feedback on a pretend e-mail address, most useful first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmailFeedback {
    /// Nothing typed yet.
    Empty,
    /// A space somewhere: addresses have none.
    HasSpace,
    /// No @.
    MissingAt,
    /// Nothing before the @, or more than one @.
    BadAt,
    /// After the @, no dot with something on both sides (`exemple.fr`).
    MissingDomainDot,
    /// Looks like a well-written address.
    WellWritten,
}

impl EmailFeedback {
    /// The Fluent message id that says it.
    pub fn message_id(self) -> &'static str {
        match self {
            EmailFeedback::Empty => "practice-email-empty",
            EmailFeedback::HasSpace => "practice-email-space",
            EmailFeedback::MissingAt => "practice-email-missing-at",
            EmailFeedback::BadAt => "practice-email-bad-at",
            EmailFeedback::MissingDomainDot => "practice-email-missing-dot",
            EmailFeedback::WellWritten => "practice-email-good",
        }
    }
}

/// Checks the shape of an address as a friendly teacher would, not as a mail server would.
pub fn email_feedback(address: &str) -> EmailFeedback {
    if address.is_empty() {
        return EmailFeedback::Empty;
    }
    if address.contains(char::is_whitespace) {
        return EmailFeedback::HasSpace;
    }
    let Some((name, domain)) = address.split_once('@') else {
        return EmailFeedback::MissingAt;
    };
    if name.is_empty() || domain.contains('@') {
        return EmailFeedback::BadAt;
    }
    let dot_inside = domain
        .rsplit_once('.')
        .is_some_and(|(host, end)| !host.is_empty() && end.len() >= 2);
    if dot_inside {
        EmailFeedback::WellWritten
    } else {
        EmailFeedback::MissingDomainDot
    }
}

/// The pretend FranceConnect account: the screen shows these to copy. Not a secret: fake data.
pub const PRACTICE_IDENTIFIER: &str = "1234";
/// See `PRACTICE_IDENTIFIER`.
pub const PRACTICE_PASSWORD: &str = "soleil";

/// Whether the pretend login is right.
pub fn practice_login_is_right(identifier: &str, password: &str) -> bool {
    identifier.trim() == PRACTICE_IDENTIFIER && password == PRACTICE_PASSWORD
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_feedback_goes_from_the_first_problem_to_well_written() {
        assert_eq!(email_feedback(""), EmailFeedback::Empty);
        assert_eq!(email_feedback("marie dupont"), EmailFeedback::HasSpace);
        assert_eq!(email_feedback("marie.dupont"), EmailFeedback::MissingAt);
        assert_eq!(email_feedback("@exemple.fr"), EmailFeedback::BadAt);
        assert_eq!(email_feedback("a@b@c.fr"), EmailFeedback::BadAt);
        assert_eq!(
            email_feedback("marie@exemple"),
            EmailFeedback::MissingDomainDot
        );
        assert_eq!(email_feedback("marie@.fr"), EmailFeedback::MissingDomainDot);
        assert_eq!(
            email_feedback("marie@exemple.f"),
            EmailFeedback::MissingDomainDot
        );
        assert_eq!(
            email_feedback("marie.dupont@exemple.fr"),
            EmailFeedback::WellWritten
        );
    }

    #[test]
    fn the_practice_login_accepts_only_the_shown_account() {
        assert!(practice_login_is_right("1234", "soleil"));
        assert!(practice_login_is_right(" 1234 ", "soleil"));
        assert!(!practice_login_is_right("1234", "Soleil"));
        assert!(!practice_login_is_right("", ""));
    }
}
