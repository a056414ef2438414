//! The logic of the practice screens: their content (`assets/content/practice.toml`) and what
//! feedback a person gets. Nothing here keeps anything; the screens hold their inputs in local
//! signals that vanish with the screen.

use serde::{Deserialize, Serialize};

/// The format version of `practice.toml` this code reads.
pub const FORMAT_VERSION: u32 = 1;

/// `assets/content/practice.toml`: the pretend messages of "real or scam?" with their answers,
/// and the fake gallery of "attach a photo".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeContent {
    pub format_version: u32,
    pub scam_or_real: Vec<PretendMessage>,
    pub gallery: Vec<GalleryPhoto>,
}

/// One pretend message: its Fluent id prefix (`<id>-from`, `<id>-text`, `<id>-why`) and whether
/// it is a scam.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PretendMessage {
    pub id: String,
    pub scam: bool,
}

impl PretendMessage {
    /// Who the message seems to come from.
    pub fn from_message_id(&self) -> String {
        format!("{}-from", self.id)
    }

    /// The message itself.
    pub fn text_message_id(&self) -> String {
        format!("{}-text", self.id)
    }

    /// Why it is, or is not, a scam.
    pub fn why_message_id(&self) -> String {
        format!("{}-why", self.id)
    }
}

/// One photo of the fake gallery: its drawing and the Fluent id of its name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GalleryPhoto {
    pub picture: String,
    pub name: String,
}

impl PracticeContent {
    /// Reads the file; the error says what to fix, in plain words.
    pub fn parse(text: &str) -> Result<Self, String> {
        crate::content::data_file::read(text)
    }

    /// Every Fluent id the file uses.
    pub fn message_ids(&self) -> Vec<String> {
        let messages = self
            .scam_or_real
            .iter()
            .flat_map(|m| [m.from_message_id(), m.text_message_id(), m.why_message_id()]);
        messages
            .chain(self.gallery.iter().map(|p| p.name.clone()))
            .collect()
    }
}

impl crate::content::data_file::DataFile for PracticeContent {
    const FORMAT_VERSION: u32 = FORMAT_VERSION;

    fn format_version(&self) -> u32 {
        self.format_version
    }

    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.scam_or_real.is_empty() {
            problems.push("there is no [[scam_or_real]] message; write at least one".into());
        }
        if self.gallery.is_empty() {
            problems.push("there is no [[gallery]] photo; write at least one".into());
        }
        problems
    }
}

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

    #[test]
    fn the_shipped_practice_content_is_read() {
        let content = PracticeContent::parse(include_str!("../../../assets/content/practice.toml"))
            .expect("assets/content/practice.toml");
        assert_eq!(content.scam_or_real.len(), 3);
        assert!(content.scam_or_real.iter().any(|m| m.scam));
        assert!(content.scam_or_real.iter().any(|m| !m.scam));
        assert!(content
            .message_ids()
            .contains(&"practice-scam-2-why".to_string()));
    }

    #[test]
    fn an_unknown_field_or_an_empty_list_is_refused_in_plain_words() {
        let unknown = "format_version = 1\n[[scam_or_real]]\nid = \"a\"\nscam = true\nanswer = 1\n[[gallery]]\npicture = \"p\"\nname = \"n\"\n";
        let error = PracticeContent::parse(unknown).expect_err("unknown field");
        assert!(error.contains("unknown field `answer`"), "{error}");
        let empty =
            "format_version = 1\nscam_or_real = []\n[[gallery]]\npicture = \"p\"\nname = \"n\"\n";
        let error = PracticeContent::parse(empty).expect_err("no message");
        assert!(error.contains("[[scam_or_real]]"), "{error}");
    }

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
