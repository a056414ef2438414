//! `/help-near-me`: places that can help, by kind of need, without the self-assessment.

use crate::browser::local_now;
use crate::components::icon::{Icon, Picture};
use crate::components::place_card::PlaceCard;
use crate::config::use_config;
use crate::content::RULES;
use crate::i18n::{text, use_locale};
use crate::places::use_places;
use crate::t;
use leptos::prelude::*;
use pasapas_core::installation::places::{rank, PlacesFile, Ranking};

/// How many places each kind of need shows.
const PLACES_PER_NEED: usize = 3;

/// For each kind of help of the orientation rules that points to places, the best three places:
/// open now or soonest, free first. If the places file is missing or broken, a calm sentence
/// sends the person to the front desk; the screen never stays blank.
#[component]
pub fn HelpNearMe() -> impl IntoView {
    let locale = use_locale();
    let places = use_places();
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "near-title")}
        </h1>
        <p class="k-lead">{move || t!(locale, "near-intro")}</p>
        <Suspense fallback=move || {
            view! { <p role="status">{move || t!(locale, "near-loading")}</p> }
        }>
            {move || {
                places
                    .get()
                    .map(|result| match result {
                        Ok(file) => view! { <Needs file=file /> }.into_any(),
                        Err(_) => {
                            view! {
                                <p class="k-note k-note--caution">
                                    <Icon name="agent" />
                                    <span>{move || t!(locale, "near-unavailable")}</span>
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// The sections, one per kind of need.
#[component]
fn Needs(file: std::sync::Arc<PlacesFile>) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let now = local_now();
    let cards = RULES
        .as_ref()
        .map(|r| r.cards.as_slice())
        .unwrap_or_default();
    cards
        .iter()
        .filter(|card| !card.services.is_empty() || !card.programmes.is_empty())
        .map(|card| {
            let heading = format!("k-need-{}", card.id);
            let labelled_by = heading.clone();
            let title = card.title_message_id();
            let found: Vec<_> = rank(
                &file.places,
                |p| card.fits(p),
                config.settings().coordinates,
                now,
                PLACES_PER_NEED,
                Ranking::OpenFirst,
            )
            .into_iter()
            .cloned()
            .collect();
            let list = if found.is_empty() {
                view! { <p>{move || t!(locale, "near-none")}</p> }.into_any()
            } else {
                let items = found
                    .into_iter()
                    .map(|place| view! { <PlaceCard place=place now=now /> })
                    .collect_view();
                view! { <ul class="k-places">{items}</ul> }.into_any()
            };
            view! {
                <section class="k-need" aria-labelledby=labelled_by>
                    <h2 id=heading class="k-need__title">
                        <Picture name=card.pictogram.clone() />
                        {move || text(locale, &title)}
                    </h2>
                    {list}
                </section>
            }
        })
        .collect_view()
}
