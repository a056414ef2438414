//! `/agent/dashboard`: what an agent can do here.

use crate::agent::{LAUNCH_PATH, STATS_PATH, STATUS_PATH};
use crate::components::agent_bar::AgentBar;
use crate::components::icon::Icon;
use crate::i18n::{text, use_locale};
use crate::t;
use leptos::prelude::*;

/// The agent's menu: launch a tutorial for someone (and print its sheet), the kiosk's files and
/// printer, the anonymous figures. Nothing here shows a visitor's answers: the kiosk keeps none.
#[component]
pub fn AgentDashboard() -> impl IntoView {
    let locale = use_locale();
    let choices = [
        (
            LAUNCH_PATH,
            "start",
            "agent-launch-title",
            "agent-launch-intro",
        ),
        (
            STATUS_PATH,
            "status",
            "agent-status-title",
            "agent-status-intro",
        ),
        (
            STATS_PATH,
            "chart",
            "agent-stats-title",
            "agent-stats-intro",
        ),
    ]
    .into_iter()
    .map(|(path, icon, title, intro)| {
        view! {
            <li>
                <a class="k-card" href=path prop:replace=true>
                    <Icon name=icon/>
                    <span class="k-card__body">
                        <span class="k-card__title">{move || text(locale, title)}</span>
                        <span>{move || text(locale, intro)}</span>
                    </span>
                </a>
            </li>
        }
    })
    .collect_view();
    view! {
        <AgentBar/>
        <h1 class="k-title" tabindex="-1">{move || t!(locale, "agent-dashboard-title")}</h1>
        <ul class="k-cards">{choices}</ul>
    }
}
