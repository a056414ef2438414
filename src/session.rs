//! What one person chose for their visit: text size, contrast, read aloud. It lives in memory
//! only; the reset is a full page reload, which forgets it.

use leptos::prelude::*;
use pasapas_core::visit::settings::{Contrast, Display, TextSize};

/// The visit's display and speech settings, provided once by `App`. Screens read them and change
/// them through its methods, each a person's intent.
#[derive(Clone, Copy)]
pub struct Session {
    text_size: RwSignal<TextSize>,
    contrast: RwSignal<Contrast>,
    /// Read every screen aloud when it opens.
    read_aloud: RwSignal<bool>,
    /// The browser has no voice for the displayed language: the toolbar says so.
    no_voice: RwSignal<bool>,
    /// A screen other than Welcome was shown (a language picked on Welcome, an agent's launch, a
    /// deep link): from then on there is a person to forget, even back on Welcome in the default
    /// language (their answers may still be in memory).
    visit_started: RwSignal<bool>,
}

impl Session {
    /// The defaults: normal text, normal contrast, no reading aloud, no visit yet.
    pub fn new() -> Self {
        Self {
            text_size: RwSignal::new(TextSize::default()),
            contrast: RwSignal::new(Contrast::default()),
            read_aloud: RwSignal::new(false),
            no_voice: RwSignal::new(false),
            visit_started: RwSignal::new(false),
        }
    }

    /// The text size (tracked).
    pub fn text_size(&self) -> TextSize {
        self.text_size.get()
    }

    /// "Text size": the next of the three sizes.
    pub fn next_text_size(&self) {
        self.text_size.update(|s| *s = s.next());
    }

    /// The contrast (tracked).
    pub fn contrast(&self) -> Contrast {
        self.contrast.get()
    }

    /// "Contrast": switches between the two themes.
    pub fn toggle_contrast(&self) {
        self.contrast.update(|c| *c = c.toggled());
    }

    /// The display settings, without tracking: what crosses to the kiosk's other page.
    pub fn display_untracked(&self) -> Display {
        Display {
            text_size: self.text_size.get_untracked(),
            contrast: self.contrast.get_untracked(),
            read_aloud: self.read_aloud.get_untracked(),
        }
    }

    /// The display settings carried from the kiosk's other page, as the person left them there.
    pub fn set_display(&self, display: Display) {
        self.text_size.set(display.text_size);
        self.contrast.set(display.contrast);
        self.read_aloud.set(display.read_aloud);
    }

    /// Whether screens are read aloud when they open (tracked).
    pub fn reads_aloud(&self) -> bool {
        self.read_aloud.get()
    }

    /// Whether screens are read aloud, without tracking (in effects and handlers).
    pub fn reads_aloud_untracked(&self) -> bool {
        self.read_aloud.get_untracked()
    }

    /// "Read aloud": on or off. Off also drops the "no voice" note.
    pub fn set_read_aloud(&self, on: bool) {
        self.read_aloud.set(on);
        if !on {
            self.no_voice.set(false);
        }
    }

    /// Whether the browser had no voice for the last reading (tracked).
    pub fn no_voice(&self) -> bool {
        self.no_voice.get()
    }

    /// What the last reading found: a voice, or none for the displayed language.
    pub fn set_no_voice(&self, none: bool) {
        self.no_voice.set(none);
    }

    /// A person's visit has begun: from now on the kiosk must forget it.
    pub fn start_visit(&self) {
        if !self.visit_started.get_untracked() {
            self.visit_started.set(true);
        }
    }

    /// Nothing of a person is in memory: the kiosk's default language (`default_language`, from
    /// the configuration) and default settings.
    pub fn is_pristine(&self, locale: crate::i18n::Locale, default_language: &str) -> bool {
        locale.get().code == default_language
            && self.text_size.get() == TextSize::default()
            && self.contrast.get() == Contrast::default()
            && !self.read_aloud.get()
            && !self.visit_started.get()
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

/// The `Session` provided by `App`.
pub fn use_session() -> Session {
    expect_context::<Session>()
}
