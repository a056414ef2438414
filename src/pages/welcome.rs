//! `/`: the first screen. A calm invitation, then the languages.

use crate::components::icon::{pictogram, Icon};
use crate::components::language_picker::LanguagePicker;
use crate::config::use_config;
use crate::i18n::{message_in, use_locale};
use crate::screen::{use_go, Screen};
use crate::session::use_session;
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::agent_entry::QuickTaps;
use pasapas_core::agent::stats::Event;

/// Welcome: a pictogram, "touch your language", the picker (eleven languages, in view at 200 %
/// text in both orientations), the invitation repeated in every other language (a person who does
/// not read French must find theirs), and the promise that the kiosk forgets everything
/// (WCAG 2.2.6). One tap on a language opens Home in that language.
/// The kiosk's name on top is also the agents' discreet way in: five taps within three seconds.
#[component]
pub fn Welcome() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let session = use_session();
    let counting = use_counting();
    let go = use_go();
    let to_agent = go.clone();
    let mut taps = QuickTaps::default();
    let tap_logo = move |_| {
        if taps.tap(js_sys::Date::now()) {
            to_agent(&Screen::AgentEntry);
        }
    };
    let open_home = Callback::new(move |code: String| {
        session.start_visit();
        // Once per visit: Back from Home to Welcome and a second pick is the same person.
        counting.record_once(Event::SessionStarted);
        counting.record_once(Event::LanguageChosen(code));
        go(&Screen::Home);
    });
    // While the person reads and chooses: every language on the list gets ready for one tap.
    leptos::task::spawn_local(async move {
        locale.prepare(config.enabled_languages_when_read().await);
    });
    let invitations = move || {
        let shown = locale.get().code.clone();
        config
            .enabled_languages()
            .into_iter()
            .filter(|l| l.code != shown)
            .map(|l| {
                view! {
                    <li lang=l.code.clone() dir=l.direction.as_html()>
                        {message_in(&l.code, "welcome-choose")}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="k-welcome">
            <p class="k-brand" on:click=tap_logo>
                <Icon name=pictogram::LOGO />
                <span>{move || t!(locale, "app-title")}</span>
            </p>
            <Icon name=pictogram::TOUCH />
            <h1 class="k-title" tabindex="-1">
                {move || t!(locale, "welcome-title")}
            </h1>
            <p id="k-welcome-touch" class="k-lead">
                {move || t!(locale, "welcome-touch")}
            </p>
            <LanguagePicker labelled_by="k-welcome-touch" on_pick=open_home />
            <ul class="k-welcome__invitations">{invitations}</ul>
            <p class="k-welcome__forget">
                <Icon name=pictogram::ERASE />
                <span>{move || t!(locale, "welcome-forget")}</span>
            </p>
        </div>
    }
}
