//! The band on top of every agent screen: it says agent mode is on, and "Quit" ends it.

use crate::agent::use_agent_mode;
use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::{kiosk, t};
use leptos::prelude::*;

/// "Agent mode", when it closes by itself, and "Quit". Quitting is the kiosk's full reset, so
/// nothing an agent opened stays on screen for the next person.
#[component]
pub fn AgentBar() -> impl IntoView {
    let locale = use_locale();
    let agent = use_agent_mode();
    let closes_at = move || {
        let at = js_sys::Date::new(&agent.closes_at_ms().into());
        format!("{:02}:{:02}", at.get_hours(), at.get_minutes())
    };
    view! {
        <div class="k-agent-bar">
            <p class="k-agent-bar__label">
                <Icon name=pictogram::LOCK />
                <span>{move || t!(locale, "agent-bar-label")}</span>
            </p>
            <p class="k-agent-bar__closes">
                <Icon name=pictogram::CLOCK />
                <span>{move || t!(locale, "agent-bar-closes", time = closes_at())}</span>
            </p>
            <button
                type="button"
                class="k-button k-button--danger"
                on:click=move |_| kiosk::reset()
            >
                <Icon name=pictogram::QUIT />
                <span>{move || t!(locale, "agent-quit")}</span>
            </button>
        </div>
    }
}
