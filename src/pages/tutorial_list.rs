//! `/tutorials`: every tutorial, grouped by theme.

use crate::components::icon::{Icon, Picture};
use crate::content::TUTORIALS;
use crate::i18n::{text, use_locale};
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::by_theme;
use pasapas_core::visit::navigation::step_path;

/// The list of tutorials: one section per theme (the mediators' own topics), a large card per
/// tutorial with its pictogram, title and minutes. One tap opens its first step.
#[component]
pub fn TutorialList() -> impl IntoView {
    let locale = use_locale();
    let groups = by_theme(&TUTORIALS)
        .into_iter()
        .map(|(theme, tutorials)| {
            let heading_id = format!("k-theme-{}", theme.slug());
            let labelled_by = heading_id.clone();
            let theme_message = format!("theme-{}", theme.slug());
            let cards = tutorials
                .into_iter()
                .map(|tutorial| {
                    let minutes = tutorial.minutes;
                    view! {
                        <li>
                            <a class="k-card" href=step_path(&tutorial.id, 1) prop:replace=true>
                                <Picture name=tutorial.pictogram.clone()/>
                                <span class="k-card__body">
                                    <span class="k-card__title">{move || text(locale, &tutorial.title)}</span>
                                    <span class="k-card__meta">
                                        <Icon name="clock"/>
                                        {move || t!(locale, "tutorials-minutes", minutes = minutes)}
                                    </span>
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="k-theme" aria-labelledby=labelled_by>
                    <h2 id=heading_id class="k-theme__title">{move || text(locale, &theme_message)}</h2>
                    <ul class="k-cards">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 class="k-title" tabindex="-1">{move || t!(locale, "tutorials-title")}</h1>
        <p class="k-lead">{move || t!(locale, "tutorials-intro")}</p>
        {groups}
    }
}
