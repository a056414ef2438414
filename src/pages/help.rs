//! `/help`: how to use the kiosk, one idea per line, each with the pictogram of its button.

use crate::components::icon::{pictogram, Icon, Pictogram};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::visit::idle::DEFAULT_IDLE_SECONDS;

/// How to use the kiosk: each toolbar button with the same pictogram as on the toolbar (FALC:
/// the same picture for the same idea everywhere).
#[component]
pub fn Help() -> impl IntoView {
    let locale = use_locale();
    let line = move |icon: Pictogram, text: fn(crate::i18n::Locale) -> String| {
        view! {
            <li class="k-ideas__item">
                <Icon name=icon />
                <span>{move || text(locale)}</span>
            </li>
        }
    };
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "help-title")}
        </h1>
        <ul class="k-ideas">
            {line(pictogram::TOUCH, |l| t!(l, "help-tap"))}
            {line(pictogram::HOME, |l| t!(l, "help-home"))}
            {line(pictogram::BACK, |l| t!(l, "help-back"))}
            {line(pictogram::LANGUAGE, |l| t!(l, "help-language"))}
            {line(pictogram::TEXT_SIZE, |l| t!(l, "help-text-size"))}
            {line(pictogram::CONTRAST, |l| t!(l, "help-contrast"))}
            {line(pictogram::READ_ALOUD, |l| t!(l, "help-read-aloud"))}
            {line(pictogram::LISTEN, |l| t!(l, "help-repeat"))}
            {line(pictogram::FINISH, |l| t!(l, "help-finish"))}
            {line(pictogram::MORE_BUTTONS, |l| t!(l, "help-more"))}
            {line(
                pictogram::CLOCK,
                |l| t!(l, "help-forget", minutes = DEFAULT_IDLE_SECONDS.div_ceil(60)),
            )}
        </ul>
    }
}
