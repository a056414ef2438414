//! Latin text inside right-to-left sentences. The Unicode bidirectional algorithm lays out a web
//! address, a French label or a phone number by its neighbours: `.gouv.fr` shows as `gouv.fr.`,
//! `« Mot de passe oublié ? »` starts with its question mark, and the groups of `01 70 772 372`
//! come out in reverse order. Wrapped between U+2066 (left-to-right isolate) and U+2069 (pop), a
//! run keeps its own order; this finds the runs that are not.

const ISOLATE_STARTS: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const ISOLATE_END: char = '\u{2069}';

/// The Latin runs of a right-to-left text that are outside any isolate: runs with a Latin letter,
/// and numbers in several groups (a phone number). A lone number ("3 mois") is fine as it is.
/// Fluent placeables (`{$name}`) are not text and are skipped. A text with no right-to-left letter
/// (an address alone, the keyboard's rows) is not inside a right-to-left sentence: nothing to do.
pub fn unisolated_latin_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    if !text.chars().any(is_right_to_left_letter) {
        return runs;
    }
    let mut depth = 0usize;
    let mut current = String::new();
    let mut in_placeable = false;
    let close = |current: &mut String, runs: &mut Vec<String>| {
        let run = current
            .trim_matches(|c: char| c.is_whitespace() || is_connector(c))
            .to_string();
        current.clear();
        let has_letter = run.chars().any(is_latin_letter);
        let grouped_number = run.chars().any(|c| c.is_ascii_digit())
            && run
                .trim_matches(|c: char| c.is_ascii_digit())
                .chars()
                .any(|c| c.is_whitespace() || is_connector(c));
        if has_letter || grouped_number {
            runs.push(run);
        }
    };
    for c in text.chars() {
        if in_placeable {
            in_placeable = c != '}';
            continue;
        }
        if ISOLATE_STARTS.contains(&c) {
            close(&mut current, &mut runs);
            depth += 1;
            continue;
        }
        if c == ISOLATE_END {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth > 0 {
            continue;
        }
        if c == '{' {
            close(&mut current, &mut runs);
            in_placeable = true;
            continue;
        }
        if is_latin_letter(c) || c.is_ascii_digit() || is_connector(c) || c == ' ' {
            current.push(c);
        } else {
            close(&mut current, &mut runs);
        }
    }
    close(&mut current, &mut runs);
    runs
}

/// Hebrew, Arabic (with its supplements, Dari and Pashto letters included) and their forms.
fn is_right_to_left_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) && c != '×' && c != '÷'
}

/// Characters that belong inside an address, a label or a number.
fn is_connector(c: char) -> bool {
    matches!(
        c,
        '.' | '\'' | '’' | '/' | '@' | ':' | '_' | '-' | '+' | '&' | '?' | '!'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_labels_and_phone_numbers_left_bare() {
        assert_eq!(
            unisolated_latin_runs("ينتهي بـ«.gouv.fr» دائمًا."),
            ["gouv.fr"]
        );
        assert_eq!(
            unisolated_latin_runs("المس «Mot de passe oublié ?» هنا"),
            ["Mot de passe oublié"]
        );
        assert_eq!(
            unisolated_latin_runs("اتصل بـ 01 70 772 372."),
            ["01 70 772 372"]
        );
    }

    #[test]
    fn isolated_runs_lone_numbers_and_placeables_are_fine() {
        assert!(unisolated_latin_runs("ينتهي بـ«\u{2066}.gouv.fr\u{2069}» دائمًا.").is_empty());
        assert!(unisolated_latin_runs("كل 3 أشهر").is_empty());
        assert!(unisolated_latin_runs("السطر {$line}: {$reason}").is_empty());
        assert!(unisolated_latin_runs("اتصل بـ \u{2066}3949\u{2069}.").is_empty());
        assert!(unisolated_latin_runs("a z e r t y").is_empty());
    }
}
