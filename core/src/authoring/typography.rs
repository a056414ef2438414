//! French typography on a narrow screen and an 80 mm ticket. French puts a space before `:`, `;`,
//! `?`, `!` and `»`, and after `«`. An ordinary space there lets the line break between the word
//! and its mark, so a line of the ticket starts with a lone `:`. A no-break space (U+00A0) or a
//! narrow one (U+202F) keeps them together.

/// The marks that take a space on their inner side, and never start or end a line alone.
const CLOSING: [char; 5] = [':', ';', '?', '!', '»'];

/// The places of a French text where an ordinary space lets a mark fall on its own line, each
/// given with the words around it so an author can find it.
pub fn breakable_spaces(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        let breakable = match (pair[0], pair[1]) {
            (' ', mark) => CLOSING.contains(&mark),
            ('«', ' ') => true,
            _ => false,
        };
        // A mark that starts the text or follows a line break is not glued to a word.
        let glued = i > 0 && !chars[i - 1].is_whitespace() || pair[0] == '«';
        if breakable && glued {
            let start = i.saturating_sub(12);
            let end = (i + 8).min(chars.len());
            found.push(
                chars[start..end]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_string(),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_space_before_a_mark_is_reported() {
        assert_eq!(breakable_spaces("Horaires : lundi"), ["Horaires : lundi"]);
        assert_eq!(breakable_spaces("Que faire ?"), ["Que faire ?"]);
        assert_eq!(breakable_spaces("« Oui\u{a0}»").len(), 1);
        assert_eq!(breakable_spaces("«\u{a0}Oui »").len(), 1);
    }

    #[test]
    fn no_break_spaces_are_fine() {
        assert!(
            breakable_spaces("Horaires\u{a0}: lundi, «\u{a0}Oui\u{a0}» ou non\u{202f}?").is_empty()
        );
        assert!(breakable_spaces("Sans espace: fine? ok!").is_empty());
    }
}
