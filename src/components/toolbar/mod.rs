//! The toolbar on every screen after Welcome.

mod finish_dialog;
mod language_dialog;

use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::screen::{read_screen, use_current_screen, Screen, ScreenLink};
use crate::session::use_session;
use crate::t;
use finish_dialog::FinishDialog;
use language_dialog::LanguageDialog;
use leptos::prelude::*;
use pasapas_core::visit::navigation::back_target;
use pasapas_core::visit::settings::Contrast;

/// Home, Back, Language, Text size, Contrast, Read aloud, Listen, and "I have finished", each a
/// pictogram and a word, always in the same place (WCAG 3.2.3, 3.2.6). Home and Back are links
/// (navigation); the rest are buttons (actions). Links replace the history entry: see
/// `pasapas_core::visit::navigation` for why the kiosk keeps no history.
///
/// At 200 % text in portrait the eight would fill half the screen (four rows of two), so the
/// CSS shows Home, Back, Text size and Read aloud, and "More buttons" (`aria-expanded`) shows the
/// other four in the same order; a new screen folds them again.
#[component]
pub fn Toolbar() -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let current = use_current_screen();
    let back = Signal::derive(move || {
        current.with(|screen| back_target(screen.as_ref()).unwrap_or(Screen::Welcome))
    });
    let language_open = RwSignal::new(false);
    // The screen on which "More buttons" was unfolded: unfolded only there, so the next screen
    // starts folded without an effect to fold it (it only shows at 200 % text in portrait).
    let unfolded_on: RwSignal<Option<Option<Screen>>> = RwSignal::new(None);
    let more_open = move || unfolded_on.with(|on| on.as_ref() == Some(&current.get()));
    let more_expanded = move || if more_open() { "true" } else { "false" };
    let toggle_more = move |_| {
        let next = (!more_open()).then(|| current.get_untracked());
        unfolded_on.set(next);
    };
    let finish_open = RwSignal::new(false);
    let text_size = move || session.text_size().percent();
    let contrast_on = move || {
        if session.contrast() == Contrast::High {
            "true"
        } else {
            "false"
        }
    };
    let reading = move || {
        if session.reads_aloud() {
            "true"
        } else {
            "false"
        }
    };
    let toggle_reading = move |_| {
        let on = !session.reads_aloud_untracked();
        session.set_read_aloud(on);
        if on {
            read_screen(locale, session);
        }
    };
    view! {
        <header class="k-toolbar" data-more-open=more_expanded>
            <nav class="k-toolbar__nav" aria-label=move || t!(locale, "toolbar-label")>
                <ul class="k-toolbar__list" id="k-toolbar-list">
                    <li>
                        <ScreenLink to=Screen::Home class="k-toolbar__item">
                            <Icon name=pictogram::HOME />
                            <span>{move || t!(locale, "toolbar-home")}</span>
                        </ScreenLink>
                    </li>
                    <li>
                        <ScreenLink to=back class="k-toolbar__item">
                            <Icon name=pictogram::BACK />
                            <span>{move || t!(locale, "toolbar-back")}</span>
                        </ScreenLink>
                    </li>
                    <li class="k-toolbar__more">
                        <button class="k-toolbar__item" on:click=move |_| language_open.set(true)>
                            <Icon name=pictogram::LANGUAGE />
                            <span>{move || t!(locale, "toolbar-language")}</span>
                        </button>
                    </li>
                    <li>
                        <button class="k-toolbar__item" on:click=move |_| session.next_text_size()>
                            <Icon name=pictogram::TEXT_SIZE />
                            <span>{move || t!(locale, "toolbar-text-size")}</span>
                            <span class="k-toolbar__state">
                                {move || {
                                    t!(locale, "toolbar-text-size-state", percent = text_size())
                                }}
                            </span>
                        </button>
                    </li>
                    <li class="k-toolbar__more">
                        <button
                            class="k-toolbar__item"
                            aria-pressed=contrast_on
                            on:click=move |_| session.toggle_contrast()
                        >
                            <Icon name=pictogram::CONTRAST />
                            <span>{move || t!(locale, "toolbar-contrast")}</span>
                        </button>
                    </li>
                    <li>
                        <button
                            class="k-toolbar__item"
                            aria-pressed=reading
                            on:click=toggle_reading
                        >
                            <Icon name=pictogram::READ_ALOUD />
                            <span>{move || t!(locale, "toolbar-read-aloud")}</span>
                        </button>
                    </li>
                    <li class="k-toolbar__more">
                        <button
                            class="k-toolbar__item"
                            on:click=move |_| read_screen(locale, session)
                        >
                            <Icon name=pictogram::LISTEN />
                            <span>{move || t!(locale, "toolbar-repeat")}</span>
                        </button>
                    </li>
                    <li class="k-toolbar__more">
                        <button
                            class="k-toolbar__item k-toolbar__item--finish"
                            on:click=move |_| finish_open.set(true)
                        >
                            <Icon name=pictogram::FINISH />
                            <span>{move || t!(locale, "toolbar-finish")}</span>
                        </button>
                    </li>
                    <li class="k-toolbar__fold">
                        <button
                            class="k-toolbar__item"
                            aria-expanded=more_expanded
                            aria-controls="k-toolbar-list"
                            on:click=toggle_more
                        >
                            <Icon name=pictogram::MORE_BUTTONS />
                            <span>{move || t!(locale, "toolbar-more")}</span>
                        </button>
                    </li>
                </ul>
            </nav>
            <p class="k-toolbar__notice" role="status">
                {move || session.no_voice().then(|| t!(locale, "speech-no-voice"))}
            </p>
            <LanguageDialog open=language_open />
            <FinishDialog open=finish_open />
        </header>
    }
}
