//! `/agent/dashboard`: what an agent can do here.

use crate::components::agent_bar::AgentBar;
use crate::components::icon::{pictogram, Icon};
use crate::i18n::{text, use_locale};
use crate::screen::{Screen, ScreenLink};
use crate::t;
use leptos::prelude::*;

/// The agent's menu: launch a tutorial for someone (and print its sheet), the kiosk's files and
/// printer, the anonymous figures. Nothing here shows a visitor's answers: the kiosk keeps none.
#[component]
pub fn AgentDashboard() -> impl IntoView {
    let locale = use_locale();
    let choices = [
        (
            Screen::AgentLaunch,
            pictogram::START,
            "agent-launch-title",
            "agent-launch-intro",
        ),
        (
            Screen::AgentStatus,
            pictogram::STATUS,
            "agent-status-title",
            "agent-status-intro",
        ),
        (
            Screen::AgentStats,
            pictogram::CHART,
            "agent-stats-title",
            "agent-stats-intro",
        ),
    ]
    .into_iter()
    .map(|(screen, icon, title, intro)| {
        view! {
            <li>
                <ScreenLink to=screen class="k-card">
                    <Icon name=icon />
                    <span class="k-card__body">
                        <span class="k-card__title">{move || text(locale, title)}</span>
                        <span>{move || text(locale, intro)}</span>
                    </span>
                </ScreenLink>
            </li>
        }
    })
    .collect_view();
    view! {
        <AgentBar />
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "agent-dashboard-title")}
        </h1>
        <ul class="k-cards">{choices}</ul>
    }
}
