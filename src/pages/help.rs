//! `/help`: how to use the kiosk, one idea per line, each with the pictogram of its button.

use crate::components::icon::Icon;
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::visit::idle::DEFAULT_IDLE_SECONDS;

/// How to use the kiosk: each toolbar button with the same pictogram as on the toolbar (FALC:
/// the same picture for the same idea everywhere).
#[component]
pub fn Help() -> impl IntoView {
    let locale = use_locale();
    let line = move |icon: &'static str, text: fn(crate::i18n::Locale) -> String| {
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
            {line("touch", |l| t!(l, "help-tap"))} {line("home", |l| t!(l, "help-home"))}
            {line("back", |l| t!(l, "help-back"))} {line("language", |l| t!(l, "help-language"))}
            {line("text-size", |l| t!(l, "help-text-size"))}
            {line("contrast", |l| t!(l, "help-contrast"))}
            {line("read-aloud", |l| t!(l, "help-read-aloud"))}
            {line("listen", |l| t!(l, "help-repeat"))} {line("finish", |l| t!(l, "help-finish"))}
            {line("clock", |l| t!(l, "help-forget", minutes = DEFAULT_IDLE_SECONDS.div_ceil(60)))}
        </ul>
    }
}
