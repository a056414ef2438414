//! "Ask an agent here": the kiosk's reminder that a human can help, with where to find one.

use crate::components::icon::{pictogram, Icon};
use crate::config::use_config;
use crate::i18n::{text, use_locale, LANGUAGES};
use leptos::prelude::*;

/// The reminder (`message`, a Fluent id), followed by the commune's own words from the
/// configuration (`[ask_an_agent]`) in the displayed language, or else in the kiosk's default
/// language, marked with its `lang` so it is read aloud in that language's voice.
#[component]
pub fn AskAnAgent(
    /// The Fluent id of the reminder that fits the screen.
    message: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let local_words = move || {
        let settings = config.settings();
        let (code, words) = settings.ask_an_agent_in(&locale.get().code)?;
        let direction = LANGUAGES.get(code).map_or("ltr", |l| l.direction.as_html());
        Some(view! {
            " "
            <span lang=code.to_string() dir=direction>
                {words.to_string()}
            </span>
        })
    };
    view! {
        <p class="k-note">
            <Icon name=pictogram::AGENT />
            <span>{move || text(locale, message)}{local_words}</span>
        </p>
    }
}
