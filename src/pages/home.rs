//! `/home`: what the person can do here.

use crate::components::ask_an_agent::AskAnAgent;
use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::screen::{Screen, ScreenLink};
use crate::t;
use leptos::prelude::*;

/// Home: one large pictogram button per screen that exists, and the reminder that a person can
/// always ask a human instead.
#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "home-title")}
        </h1>
        <p class="k-lead">{move || t!(locale, "home-intro")}</p>
        <ul class="k-cards">
            <li>
                <ScreenLink to=Screen::Tutorials class="k-card">
                    <Icon name=pictogram::PRACTICE />
                    <span class="k-card__title">{move || t!(locale, "home-tutorials")}</span>
                </ScreenLink>
            </li>
            <li>
                <ScreenLink to=Screen::Question(1) class="k-card">
                    <Icon name=pictogram::CHECK />
                    <span class="k-card__title">{move || t!(locale, "home-assessment")}</span>
                </ScreenLink>
            </li>
            <li>
                <ScreenLink to=Screen::HelpNearMe class="k-card">
                    <Icon name=pictogram::MAP_PIN />
                    <span class="k-card__title">{move || t!(locale, "home-near")}</span>
                </ScreenLink>
            </li>
            <li>
                <ScreenLink to=Screen::Help class="k-card">
                    <Icon name=pictogram::HELP />
                    <span class="k-card__title">{move || t!(locale, "home-help")}</span>
                </ScreenLink>
            </li>
        </ul>
        <AskAnAgent message="home-agent" />
    }
}
