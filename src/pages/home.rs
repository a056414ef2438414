//! `/home`: what the person can do here.

use crate::components::ask_an_agent::AskAnAgent;
use crate::components::icon::Icon;
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;

/// Home: one large pictogram button per screen that exists, and the reminder that a person can
/// always ask a human instead.
#[component]
pub fn Home() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1 class="k-title" tabindex="-1">{move || t!(locale, "home-title")}</h1>
        <p class="k-lead">{move || t!(locale, "home-intro")}</p>
        <ul class="k-cards">
            <li>
                <a class="k-card" href="/tutorials" prop:replace=true>
                    <Icon name="practice"/>
                    <span class="k-card__title">{move || t!(locale, "home-tutorials")}</span>
                </a>
            </li>
            <li>
                <a class="k-card" href="/assessment/1" prop:replace=true>
                    <Icon name="check"/>
                    <span class="k-card__title">{move || t!(locale, "home-assessment")}</span>
                </a>
            </li>
            <li>
                <a class="k-card" href="/help-near-me" prop:replace=true>
                    <Icon name="map-pin"/>
                    <span class="k-card__title">{move || t!(locale, "home-near")}</span>
                </a>
            </li>
            <li>
                <a class="k-card" href="/help" prop:replace=true>
                    <Icon name="help"/>
                    <span class="k-card__title">{move || t!(locale, "home-help")}</span>
                </a>
            </li>
        </ul>
        <AskAnAgent message="home-agent"/>
    }
}
