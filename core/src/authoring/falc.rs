//! Easy-to-read French (FALC, "facile à lire et à comprendre") checks that a machine can make.
//!
//! They catch what slips in most often: long sentences, abbreviations, several sentences on one
//! line. They do not replace a reading by the people the text is for (the FALC rules of Inclusion
//! Europe ask for that), but they keep a draft within the limits.

/// At most this many words in a sentence.
pub const MAX_WORDS: usize = 15;

/// At most this many sentences on one screen (a tutorial step: instruction, tip and caution).
pub const MAX_SENTENCES_PER_SCREEN: usize = 6;

/// Abbreviations a reader may not know; write the words in full. Compared in lower case, with the
/// surrounding punctuation removed (except the abbreviation's own dots).
const ABBREVIATIONS: &[&str] = &[
    "etc", "etc.", "ex.", "ex :", "cf.", "cf", "svp", "stp", "tél.", "tél", "tel.", "n°", "nº",
    "c.-à-d.", "c-à-d", "càd", "env.", "min.", "max.", "qqch", "qqn", "rdv", "mdp", "mme", "m.",
    "mlle", "p.", "pp.", "vs", "vs.", "nb", "n.b.", "ps", "p.s.", "info", "infos", "appli", "ordi",
    "sms.", "adr.", "tel",
];

/// What breaks the limits in one text (one message, one sentence per line), in plain words.
pub fn check(text: &str) -> Vec<String> {
    check_with(text, true)
}

/// The same limits for a short message of the kiosk's screens (a button, a note), shown as one
/// paragraph: several short sentences may share its one line.
pub fn check_message(text: &str) -> Vec<String> {
    check_with(text, false)
}

fn check_with(text: &str, one_sentence_per_line: bool) -> Vec<String> {
    let mut problems = Vec::new();
    // French glues its marks with no-break spaces ("Attention\u{a0}:"); the rules read them as
    // ordinary spaces.
    let text = text.replace(['\u{a0}', '\u{202f}'], " ");
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let sentences = sentences(line);
        if one_sentence_per_line && sentences.len() > 1 {
            problems.push(format!(
                "one sentence per line, please: put each sentence of «{line}» on its own line"
            ));
        }
        if let Some((before, after)) = colon_joined(line) {
            problems.push(format!(
                "«{line}» joins two ideas with a colon; write two sentences: «{before}.» and «{after}»"
            ));
        }
        for sentence in &sentences {
            let words = word_count(sentence);
            if words > MAX_WORDS {
                problems.push(format!(
                    "this sentence has {words} words, more than {MAX_WORDS}; cut it in two: «{sentence}»"
                ));
            }
        }
        for word in line.split_whitespace() {
            let bare = word
                .trim_start_matches(['«', '(', '"', '“'])
                .trim_end_matches(['»', ')', ',', ';', '!', '?', '"', '”', ':'])
                .to_lowercase();
            let bare_no_dot = bare.trim_end_matches('.');
            if ABBREVIATIONS.contains(&bare.as_str()) || ABBREVIATIONS.contains(&bare_no_dot) {
                problems.push(format!("«{word}» is an abbreviation; write the whole word"));
            }
        }
    }
    problems
}

/// How many sentences a text has (one sentence per line is the rule, so lines are counted too).
pub fn sentence_count(text: &str) -> usize {
    text.lines().map(|line| sentences(line.trim()).len()).sum()
}

/// Two ideas joined by " : " (three words or more on each side): the reader must hold the first
/// while reading the second. A label ("Par exemple : …", "Attention :") is fine.
fn colon_joined(line: &str) -> Option<(String, String)> {
    let (before, after) = line.split_once(" : ")?;
    // Numbers are not words here: "Message SMS de : 06 12 34 56 78" is a label.
    let words = |part: &str| {
        part.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
    };
    (words(before) >= 3 && words(after) >= 3)
        .then(|| (before.trim().to_string(), after.trim().to_string()))
}

/// The sentences of a line: they end with . ! ? or … followed by a space (so ".gouv.fr" and
/// "3.5" do not cut a sentence).
fn sentences(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?' | '…');
        let then_space = chars.peek().is_some_and(|n| n.is_whitespace());
        // "?" and "!" are written with a space before them in French: "Que faire ?"
        if ends && then_space && !current.trim().is_empty() {
            let next_is_closing = line
                .get(current.len()..)
                .map(|rest| rest.trim_start().starts_with(['»', ')']))
                .unwrap_or(false);
            if !next_is_closing {
                found.push(current.trim().to_string());
                current.clear();
            }
        }
    }
    if word_count(&current) > 0 {
        found.push(current.trim().to_string());
    }
    found
}

/// Words, not punctuation: « », :, – and ? alone do not count.
fn word_count(sentence: &str) -> usize {
    sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_sentences_one_per_line_pass() {
        assert!(check("Touchez le bouton « Se connecter ».\nAttendez un moment.").is_empty());
        assert!(check("Par exemple : un salaire, le chômage.").is_empty());
        assert!(check("Que voulez-vous faire ?").is_empty());
    }

    #[test]
    fn a_long_sentence_is_named_with_its_word_count() {
        let long = "Vous devez ouvrir le site de la caisse puis chercher le bouton qui permet de déclarer vos ressources du trimestre.";
        let problems = check(long);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("20 words"), "{}", problems[0]);
    }

    #[test]
    fn two_sentences_on_a_line_are_reported() {
        let problems = check("Ouvrez le site. Touchez le bouton.");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("own line"));
    }

    #[test]
    fn abbreviations_are_reported() {
        let problems = check("Apportez vos papiers, etc.");
        assert!(
            problems.iter().any(|p| p.contains("«etc.»")),
            "{problems:?}"
        );
        let problems = check("Notez le n° de dossier.");
        assert!(problems.iter().any(|p| p.contains("«n°»")), "{problems:?}");
    }

    #[test]
    fn two_ideas_joined_by_a_colon_are_reported() {
        let problems = check("Le site finit par .gouv.fr : c'est un site de l'État.");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("two sentences"), "{}", problems[0]);
        let glued = check("Le site finit par .gouv.fr\u{a0}: c'est un site de l'État.");
        assert_eq!(
            glued.len(),
            1,
            "a no-break space before the colon: {glued:?}"
        );
    }

    #[test]
    fn a_short_message_may_hold_two_sentences_on_its_line() {
        assert!(check_message("Pas de papier ? Montrez cet écran.").is_empty());
        assert_eq!(check("Pas de papier ? Montrez cet écran.").len(), 1);
        assert!(check_message("Message SMS de : 06 12 34 56 78").is_empty());
    }

    #[test]
    fn sentences_are_counted_over_lines() {
        assert_eq!(sentence_count("Un. Deux.\nTrois ?"), 3);
    }
}
