//! What one person chose for their visit: text size, contrast, read aloud. It lives in memory
//! only; the reset is a full page reload, which forgets it.

use leptos::prelude::*;
use pasapas_core::visit::settings::{Contrast, TextSize};

/// The visit's display and speech settings, provided once by `App`.
#[derive(Clone, Copy)]
pub struct Session {
    pub text_size: RwSignal<TextSize>,
    pub contrast: RwSignal<Contrast>,
    /// Read every screen aloud when it opens.
    pub read_aloud: RwSignal<bool>,
    /// The browser has no voice for the displayed language: the toolbar says so.
    pub no_voice: RwSignal<bool>,
    /// A screen other than Welcome was shown (a language picked on Welcome, an agent's launch, a
    /// deep link): from then on there is a person to forget, even back on Welcome in the default
    /// language (their answers may still be in memory). Set by `app::Screens`.
    pub visit_started: RwSignal<bool>,
}

impl Session {
    pub fn new() -> Self {
        Self {
            text_size: RwSignal::new(TextSize::default()),
            contrast: RwSignal::new(Contrast::default()),
            read_aloud: RwSignal::new(false),
            no_voice: RwSignal::new(false),
            visit_started: RwSignal::new(false),
        }
    }
}

impl Session {
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
