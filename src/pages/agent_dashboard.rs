//! `/agent/dashboard`: what an agent can do here.

use crate::agent::{LAUNCH_PATH, STATS_PATH, STATUS_PATH};
use crate::components::agent_bar::AgentBar;
use crate::components::icon::Icon;
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;

/// The agent's menu: launch a tutorial for someone (and print its sheet), the kiosk's files and
/// printer, the anonymous figures. Nothing here shows a visitor's answers: the kiosk keeps none.
#[component]
pub fn AgentDashboard() -> impl IntoView {
    let locale = use_locale();
    view! {
        <AgentBar/>
        <h1 class="k-title" tabindex="-1">{move || t!(locale, "agent-dashboard-title")}</h1>
        <ul class="k-cards">
            <li>
                <a class="k-card" href=LAUNCH_PATH prop:replace=true>
                    <Icon name="start"/>
                    <span class="k-card__body">
                        <span class="k-card__title">{move || t!(locale, "agent-launch-title")}</span>
                        <span>{move || t!(locale, "agent-launch-intro")}</span>
                    </span>
                </a>
            </li>
            <li>
                <a class="k-card" href=STATUS_PATH prop:replace=true>
                    <Icon name="status"/>
                    <span class="k-card__body">
                        <span class="k-card__title">{move || t!(locale, "agent-status-title")}</span>
                        <span>{move || t!(locale, "agent-status-intro")}</span>
                    </span>
                </a>
            </li>
            <li>
                <a class="k-card" href=STATS_PATH prop:replace=true>
                    <Icon name="chart"/>
                    <span class="k-card__body">
                        <span class="k-card__title">{move || t!(locale, "agent-stats-title")}</span>
                        <span>{move || t!(locale, "agent-stats-intro")}</span>
                    </span>
                </a>
            </li>
        </ul>
    }
}
