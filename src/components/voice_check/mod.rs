//! The status screen's voice check: for each language the kiosk offers, the voice that reads it
//! (or that there is none), and a button to hear it, so an agent checks the speakers and the
//! voices as the test ticket checks the printer.

use crate::components::icon::{pictogram, Icon};
use crate::config::use_config;
use crate::i18n::{message_in, use_locale};
use crate::speech;
use crate::t;
use leptos::prelude::*;
use leptos_use_interval_fn::use_interval_fn;

/// One row per enabled language: its own name, the voice's name or "no voice", and "Listen",
/// which reads that language's Home title with that voice.
#[component]
pub fn VoiceCheck() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    // Chromium lists its voices some time after the page starts: look again every second, all
    // the languages at once (one listing of the voices), and redraw only when a name changes.
    let tick = RwSignal::new(0_u32);
    let _ = use_interval_fn(move || tick.update(|n| *n += 1), 1000);
    let names = Memo::new(move |_| {
        tick.track();
        let languages = config.enabled_languages();
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        speech::voice_names(&codes)
    });
    let rows = move || {
        config
            .enabled_languages()
            .into_iter()
            .enumerate()
            .map(|(row, language)| {
                let code = language.code.as_str();
                let voice = move || names.get().get(row).cloned().flatten();
                let status = move || match voice() {
                    Some(name) => t!(locale, "report-voices-found", name = name),
                    None => t!(locale, "report-voices-none"),
                };
                let listen = move |_| {
                    speech::speak(&[(code.to_string(), message_in(code, "home-title"))]);
                };
                view! {
                    <li class="k-voice-check__row">
                        <p>
                            <strong lang=code dir=language.direction.as_html()>
                                {language.name.clone()}
                            </strong>
                        </p>
                        <p>{status}</p>
                        <button
                            type="button"
                            class="k-button"
                            on:click=listen
                            disabled=move || voice().is_none()
                        >
                            <Icon name=pictogram::LISTEN />
                            <span>{move || t!(locale, "report-voices-listen")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="k-report" aria-labelledby="k-report-voices">
            <h2 id="k-report-voices" class="k-report__title">
                <Icon name=pictogram::READ_ALOUD />
                {move || t!(locale, "report-voices-title")}
            </h2>
            <p>{move || t!(locale, "report-voices-intro")}</p>
            <ul class="k-voice-check">{rows}</ul>
        </section>
    }
}
