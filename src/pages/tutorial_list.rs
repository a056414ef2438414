//! `Screen::Tutorials`: every tutorial, grouped by theme.

use crate::components::data_text::DataText;
use crate::components::icon::{pictogram, Icon, Picture};
use crate::content::TUTORIALS;
use crate::i18n::{text, use_locale};
use crate::screen::{Screen, ScreenLink};
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::by_theme;

/// The list of tutorials: one section per theme (the mediators' own topics), a large card per
/// tutorial with its pictogram, title and minutes. One tap opens its first step.
#[component]
pub fn TutorialList() -> impl IntoView {
    let locale = use_locale();
    let counting = use_counting();
    let groups = by_theme(&TUTORIALS)
        .into_iter()
        .map(|(theme, tutorials)| {
            let heading_id = format!("k-theme-{}", theme.slug());
            let labelled_by = heading_id.clone();
            let theme_message = theme.message_id();
            let cards = tutorials
                .into_iter()
                .map(|tutorial| {
                    let minutes = tutorial.minutes;
                    view! {
                        <li>
                            <ScreenLink
                                to=Screen::tutorial(&tutorial.id)
                                class="k-card"
                                on_tap=Callback::new(move |()| {
                                    counting.tutorial_reached(tutorial, 1)
                                })
                            >
                                <Picture name=tutorial.pictogram.clone() />
                                <span class="k-card__body">
                                    <DataText id=&tutorial.title class="k-card__title" />
                                    <span class="k-card__meta">
                                        <Icon name=pictogram::CLOCK />
                                        {move || t!(locale, "tutorials-minutes", minutes = minutes)}
                                    </span>
                                </span>
                            </ScreenLink>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="k-theme" aria-labelledby=labelled_by>
                    <h2 id=heading_id class="k-theme__title">
                        {move || text(locale, &theme_message)}
                    </h2>
                    <ul class="k-cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "tutorials-title")}
        </h1>
        <p class="k-lead">{move || t!(locale, "tutorials-intro")}</p>
        {groups}
    }
}
