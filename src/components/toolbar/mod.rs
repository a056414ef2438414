//! The toolbar on every screen after Welcome.

mod finish_dialog;
mod language_dialog;

use crate::components::icon::Icon;
use crate::i18n::use_locale;
use crate::screen::read_screen;
use crate::session::use_session;
use crate::t;
use finish_dialog::FinishDialog;
use language_dialog::LanguageDialog;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use pasapas_core::visit::navigation::back_target;
use pasapas_core::visit::settings::Contrast;

/// Home, Back, Language, Text size, Contrast, Read aloud, Listen, and "I have finished", each a
/// pictogram and a word, always in the same place (WCAG 3.2.3, 3.2.6). Home and Back are links
/// (navigation); the rest are buttons (actions). Links replace the history entry: see
/// `pasapas_core::visit::navigation` for why the kiosk keeps no history.
#[component]
pub fn Toolbar() -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let location = use_location();
    let back = move || back_target(&location.pathname.get()).unwrap_or_else(|| "/".into());
    let language_open = RwSignal::new(false);
    let finish_open = RwSignal::new(false);
    let text_size = move || session.text_size.get().percent();
    let contrast_on = move || {
        if session.contrast.get() == Contrast::High {
            "true"
        } else {
            "false"
        }
    };
    let reading = move || {
        if session.read_aloud.get() {
            "true"
        } else {
            "false"
        }
    };
    let toggle_reading = move |_| {
        let on = !session.read_aloud.get_untracked();
        session.read_aloud.set(on);
        if on {
            read_screen(locale, session);
        } else {
            session.no_voice.set(false);
        }
    };
    view! {
        <header class="k-toolbar">
            <nav class="k-toolbar__nav" aria-label=move || t!(locale, "toolbar-label")>
                <ul class="k-toolbar__list">
                    <li><a class="k-toolbar__item" href="/home" prop:replace=true>
                        <Icon name="home"/><span>{move || t!(locale, "toolbar-home")}</span>
                    </a></li>
                    <li><a class="k-toolbar__item" href=back prop:replace=true>
                        <Icon name="back"/><span>{move || t!(locale, "toolbar-back")}</span>
                    </a></li>
                    <li><button class="k-toolbar__item" on:click=move |_| language_open.set(true)>
                        <Icon name="language"/><span>{move || t!(locale, "toolbar-language")}</span>
                    </button></li>
                    <li><button class="k-toolbar__item" on:click=move |_| session.text_size.update(|s| *s = s.next())>
                        <Icon name="text-size"/>
                        <span>{move || t!(locale, "toolbar-text-size")}</span>
                        <span class="k-toolbar__state">{move || t!(locale, "toolbar-text-size-state", percent = text_size())}</span>
                    </button></li>
                    <li><button class="k-toolbar__item" aria-pressed=contrast_on on:click=move |_| session.contrast.update(|c| *c = c.toggled())>
                        <Icon name="contrast"/><span>{move || t!(locale, "toolbar-contrast")}</span>
                    </button></li>
                    <li><button class="k-toolbar__item" aria-pressed=reading on:click=toggle_reading>
                        <Icon name="read-aloud"/><span>{move || t!(locale, "toolbar-read-aloud")}</span>
                    </button></li>
                    <li><button class="k-toolbar__item" on:click=move |_| read_screen(locale, session)>
                        <Icon name="listen"/><span>{move || t!(locale, "toolbar-repeat")}</span>
                    </button></li>
                    <li><button class="k-toolbar__item k-toolbar__item--finish" on:click=move |_| finish_open.set(true)>
                        <Icon name="finish"/><span>{move || t!(locale, "toolbar-finish")}</span>
                    </button></li>
                </ul>
            </nav>
            <p class="k-toolbar__notice" role="status">
                {move || session.no_voice.get().then(|| t!(locale, "speech-no-voice"))}
            </p>
            <LanguageDialog open=language_open/>
            <FinishDialog open=finish_open/>
        </header>
    }
}
