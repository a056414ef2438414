//! Read aloud with the browser's Web Speech API.
//!
//! EN 301 549 5.1.3.14: speech must be in the language of the displayed text. When the browser has
//! no voice for that language we say so and stay silent; we never read Arabic with a French voice.
//! One utterance per block of text (FALC gives short blocks), and `cancel()` before speaking,
//! which also works around Chromium's stuck synthesiser (crbug 335907).

use pasapas_core::installation::voices::{best_voice, Voice};
use wasm_bindgen::JsCast;
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// What happened when the kiosk was asked to speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spoken {
    Yes,
    /// No voice for the displayed language (or no speech engine at all).
    NoVoice,
}

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// Asks the browser to load its voices; Chromium fills the list asynchronously.
pub fn warm_up() {
    if let Some(synth) = synth() {
        let _ = synth.get_voices();
    }
}

/// The browser's voices, read once per use: with espeak-ng through speech-dispatcher there are
/// more than 13,000 of them, so a screen read aloud must not list them again for every block.
fn all_voices(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .collect()
}

/// The voice among `voices` that reads `code` (`fr` is read with a voice of France): see
/// `pasapas_core::installation::voices::best_voice`.
fn voice_for(voices: &[SpeechSynthesisVoice], code: &str) -> Option<SpeechSynthesisVoice> {
    let facts: Vec<(String, String, bool)> = voices
        .iter()
        .map(|v| (v.lang(), v.name(), v.default()))
        .collect();
    let described: Vec<Voice> = facts
        .iter()
        .map(|(lang, name, default)| Voice {
            lang,
            name,
            default: *default,
        })
        .collect();
    best_voice(&described, code).and_then(|index| voices.get(index).cloned())
}

/// For each language code, the name of the voice that would read it, for the agent's status
/// screen (the voices listed once for all of them).
pub fn voice_names(codes: &[&str]) -> Vec<Option<String>> {
    let voices = synth().map(|synth| all_voices(&synth)).unwrap_or_default();
    codes
        .iter()
        .map(|code| voice_for(&voices, code).map(|voice| voice.name()))
        .collect()
}

/// Stops any speech at once (a tap, a new screen, the reset).
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Speaks each `(language, text)` block in turn, each with a voice of its own language.
/// Returns `NoVoice`, silently, when the first block's language has no voice.
pub fn speak(blocks: &[(String, String)]) -> Spoken {
    let Some(synth) = synth() else {
        return Spoken::NoVoice;
    };
    synth.cancel();
    let voices = all_voices(&synth);
    let main_language = blocks.first().map(|(lang, _)| lang.as_str()).unwrap_or("");
    if voice_for(&voices, main_language).is_none() {
        return Spoken::NoVoice;
    }
    for (lang, text) in blocks {
        let Some(voice) = voice_for(&voices, lang) else {
            continue;
        };
        if let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) {
            utterance.set_lang(&voice.lang());
            utterance.set_voice(Some(&voice));
            synth.speak(&utterance);
        }
    }
    Spoken::Yes
}

/// The text blocks of the current screen, in reading order, each with its language: the open
/// dialog if there is one, otherwise `<main>`. Headings, paragraphs, list items, legends and the
/// labels of buttons and links, so a person who cannot read hears what each button does.
pub fn screen_blocks(displayed_language: &str) -> Vec<(String, String)> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let scope = document
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .or_else(|| document.query_selector("main").ok().flatten());
    let Some(scope) = scope else {
        return Vec::new();
    };
    // A screen may mark what matters with `data-read` (a tutorial step: its heading and
    // instruction, not the buttons around them); otherwise everything readable is read.
    let marked = scope.query_selector("[data-read]").ok().flatten().is_some();
    let selector = if marked {
        "[data-read]"
    } else {
        "h1, h2, h3, p, li, legend, button, a"
    };
    let Ok(nodes) = scope.query_selector_all(selector) else {
        return Vec::new();
    };
    let mut taken: Vec<Element> = Vec::new();
    let mut blocks = Vec::new();
    for i in 0..nodes.length() {
        let Some(element) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        // A paragraph inside a list item or a button is already read with it; what is hidden
        // from assistive technology (the off-screen printed copy) is not read either.
        let hidden = element
            .closest("[aria-hidden='true']")
            .ok()
            .flatten()
            .is_some();
        if hidden || taken.iter().any(|t| t.contains(Some(&element))) {
            continue;
        }
        let text = words_of(&element);
        if text.is_empty() {
            continue;
        }
        let lang = language_inside(&element, &text)
            .or_else(|| {
                element
                    .closest("[lang]")
                    .ok()
                    .flatten()
                    .and_then(|e| e.get_attribute("lang"))
            })
            .unwrap_or_else(|| displayed_language.to_string());
        blocks.push((lang, text));
        taken.push(element);
    }
    blocks
}

/// An element's text as it is read: its words, one space between them.
fn words_of(element: &Element) -> String {
    let text = element.text_content().unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The language of a block whose whole text is one marked element inside it: a road's message
/// still in French on an Arabic step sits in a `<span lang="fr">` beside its pictogram, and must
/// be read in the French voice, not in the page's.
fn language_inside(block: &Element, text: &str) -> Option<String> {
    let marked = block.query_selector_all("[lang]").ok()?;
    (0..marked.length())
        .filter_map(|i| marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
        .find(|inner| words_of(inner) == text)
        .and_then(|inner| inner.get_attribute("lang"))
}

/// A short, soft two-note chime before a spoken warning (EAA: a timed response is announced
/// through more than one sense). Silent if the browser has no audio.
pub fn chime() {
    let Ok(context) = web_sys::AudioContext::new() else {
        return;
    };
    let start = context.current_time();
    for (i, frequency) in [660.0_f32, 880.0].into_iter().enumerate() {
        let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain())
        else {
            return;
        };
        let at = start + 0.25 * i as f64;
        oscillator.frequency().set_value(frequency);
        let _ = gain.gain().set_value_at_time(0.0, at);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.2, at + 0.03);
        let _ = gain.gain().linear_ramp_to_value_at_time(0.0, at + 0.24);
        let _ = oscillator.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = oscillator.start_with_when(at);
        let _ = oscillator.stop_with_when(at + 0.25);
    }
}
