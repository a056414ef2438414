//! `/help-near-me`: places that can help, each once with the kinds of help it gives, without the
//! self-assessment.

use crate::browser::local_now;
use crate::components::icon::{pictogram, Icon};
use crate::components::place_card::{PlaceCard, PlaceNeed};
use crate::config::use_config;
use crate::content::RULES;
use crate::i18n::use_locale;
use crate::places::use_places;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::orientation::Card;
use pasapas_core::installation::places::{rank_once, PlacesFile, Ranking, Shortlist};

/// How many places the screen lists. Each kind of help brings at most its best three (as the
/// screen did when it listed them by kind), and the list stops at six: six cards are two rows on
/// the kiosk's screen at the usual text size, read with one or two taps on Down, where the list
/// by kind of help was four screens long. Each kind of help keeps its best place even past six,
/// so that no kind the file offers disappears (`rank_once`).
const NEAR_HERE: Shortlist = Shortlist {
    per_need: 3,
    most: 6,
};

/// The places that give a kind of help of the orientation rules, each once, open now or soonest
/// first, then nearest, with the kinds of help it gives on its card. If the places file is
/// missing or broken, a calm sentence sends the person to the front desk; the screen never stays
/// blank.
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
                        Ok(file) => view! { <Places file=file /> }.into_any(),
                        Err(_) => {
                            view! {
                                <p class="k-note k-note--caution">
                                    <Icon name=pictogram::AGENT />
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

/// One list of places, each with the kinds of help it gives, or a sentence when none fits.
#[component]
fn Places(file: std::sync::Arc<PlacesFile>) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let now = local_now();
    // Only the kinds of help that point to places: a card without services nor programmes
    // (go on alone, talk to someone) fits every place and would say nothing about it.
    let needs: Vec<&Card> = RULES
        .as_ref()
        .map(|r| r.cards.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|card| !card.services.is_empty() || !card.programmes.is_empty())
        .collect();
    let found = rank_once(
        &file.places,
        &needs,
        |card, place| card.fits(place),
        config.settings().coordinates,
        now,
        NEAR_HERE,
        Ranking::OpenFirst,
    );
    if found.is_empty() {
        return view! {
            <p class="k-note">
                <Icon name=pictogram::AGENT />
                <span>{move || t!(locale, "near-none")}</span>
            </p>
        }
        .into_any();
    }
    let items = found
        .into_iter()
        .map(|(place, cards)| {
            let needs = cards
                .into_iter()
                .map(|card| PlaceNeed {
                    pictogram: card.pictogram.clone(),
                    message: card.title_message_id(),
                })
                .collect::<Vec<_>>();
            view! { <PlaceCard place=place.clone() now=now needs=needs heading=2 /> }
        })
        .collect_view();
    view! { <ul class="k-places">{items}</ul> }.into_any()
}
