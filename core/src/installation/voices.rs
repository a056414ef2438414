//! Which of the system's voices reads a language. The kiosk stands in France, and speech engines
//! list their voices in an order of their own: espeak-ng (through speech-dispatcher) lists
//! "French (Belgium)" first, which says "septante" for 70 and so reads a phone number wrongly,
//! and Arabic variants such as "Arabic+Demonic". So the choice is made here, and tested.

/// What the kiosk knows of one voice of the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice<'a> {
    /// Its BCP 47 language, as the browser gives it (`fr-FR`, `fr_BE`, `ar`).
    pub lang: &'a str,
    /// Its name (`French (France) espeak-ng`, `French (France)+Annie espeak-ng`).
    pub name: &'a str,
    /// Whether the browser calls it the default voice.
    pub default: bool,
}

/// The index of the voice that should read the language `code` (`fr`, `ar`), or None when no
/// voice speaks it (the kiosk then says so rather than read with another language's voice).
/// Among the voices of that language, in this order: the one of France (`fr-FR`), then one with
/// no region (`ar`); a plain voice before an engine's variant (a `+` in its name); the browser's
/// default; and the engine's own order last.
pub fn best_voice(voices: &[Voice], code: &str) -> Option<usize> {
    let wanted = spoken_as(&primary(code));
    voices
        .iter()
        .enumerate()
        .filter(|(_, voice)| primary(voice.lang) == wanted)
        .min_by_key(|(index, voice)| {
            let region = voice
                .lang
                .split(['-', '_'])
                .nth(1)
                .map(str::to_ascii_uppercase);
            let place = match region.as_deref() {
                Some("FR") => 0,
                None => 1,
                Some(_) => 2,
            };
            (place, voice.name.contains('+'), !voice.default, *index)
        })
        .map(|(index, _)| index)
}

/// The language whose voices read `code`: Dari (`prs`) is the Persian of Afghanistan, and speech
/// engines (espeak-ng's `fa`) know it only as Persian.
fn spoken_as(code: &str) -> String {
    match code {
        "prs" => "fa".to_string(),
        other => other.to_string(),
    }
}

/// The language without its region: `fr` for `fr-FR` or `FR_be`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voice<'a>(lang: &'a str, name: &'a str) -> Voice<'a> {
        Voice {
            lang,
            name,
            default: false,
        }
    }

    #[test]
    fn french_is_read_with_the_voice_of_france_whatever_the_engine_lists_first() {
        // espeak-ng's own order, as Chromium 156 lists it through speech-dispatcher.
        let voices = [
            voice("fr-BE", "French (Belgium) espeak-ng"),
            voice("fr-CH", "French (Switzerland) espeak-ng"),
            voice("fr-FR", "French (France)+Annie espeak-ng"),
            voice("fr-FR", "French (France) espeak-ng"),
        ];
        assert_eq!(best_voice(&voices, "fr"), Some(3));
    }

    #[test]
    fn a_plain_voice_comes_before_an_engine_variant_and_the_default_before_the_others() {
        let voices = [
            voice("ar", "Arabic+Demonic espeak-ng"),
            voice("ar", "Arabic espeak-ng"),
        ];
        assert_eq!(best_voice(&voices, "ar"), Some(1));
        let mut english = [
            voice("en-US", "English (America)"),
            voice("en-GB", "English (Great Britain)"),
        ];
        assert_eq!(best_voice(&english, "en"), Some(0));
        english[1].default = true;
        assert_eq!(best_voice(&english, "en"), Some(1));
    }

    #[test]
    fn no_voice_of_the_language_means_none_not_another_language() {
        let voices = [voice("fr-FR", "French"), voice("en-GB", "English")];
        assert_eq!(best_voice(&voices, "ar"), None);
        assert_eq!(best_voice(&[], "fr"), None);
        assert_eq!(best_voice(&[voice("FR_fr", "French")], "fr"), Some(0));
    }

    #[test]
    fn dari_is_read_by_a_persian_voice_and_pashto_by_none_when_the_engine_has_none() {
        // Part of espeak-ng's list on Debian 12: Persian, but no Pashto.
        let voices = [
            voice("en-GB", "English (Great Britain) espeak-ng"),
            voice("fa", "Persian espeak-ng"),
            voice("pt-BR", "Portuguese (Brazil) espeak-ng"),
            voice("pt", "Portuguese (Portugal) espeak-ng"),
        ];
        assert_eq!(best_voice(&voices, "prs"), Some(1));
        assert_eq!(best_voice(&voices, "ps"), None);
        assert_eq!(
            best_voice(&voices, "pt"),
            Some(3),
            "Portugal's voice before Brazil's"
        );
    }
}
