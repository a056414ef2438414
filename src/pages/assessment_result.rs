//! `/assessment/result`: the profile in words and pictures, the stars, and the kinds of help with
//! their places, what to ask and what to bring, and tutorials to go on here.

use crate::assessment::{question_path, use_assessment, QUESTIONNAIRE};
use crate::components::icon::{Icon, Picture};
use crate::components::place_card::PlaceCard;
use crate::components::ticket::{Ticket, TicketFacts};
use crate::config::use_config;
use crate::content::tutorial;
use crate::i18n::{text, use_locale, LANGUAGES};
use crate::places::{best_places, local_now, use_places, RULES};
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::Event;
use pasapas_core::content::assessment::{Group, Profile};
use pasapas_core::content::orientation::Situation;
use pasapas_core::installation::places::Place;
use pasapas_core::visit::navigation::step_path;

/// Places shown per kind of help.
pub const PLACES_PER_CARD: usize = 3;

/// The result, computed from the answers in memory. Never a verdict: "this is not a mark".
#[component]
pub fn AssessmentResult() -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let places = use_places();
    let config = use_config();
    move || {
        let (Some(questionnaire), Some(rules)) = (QUESTIONNAIRE.as_ref(), RULES.as_ref()) else {
            return view! { <h1 class="k-title" tabindex="-1">{move || t!(locale, "notfound-title")}</h1> }.into_any();
        };
        let given = answers.0.get();
        let score = questionnaire.score(&given);
        let situation = Situation {
            answers: &given,
            score: &score,
            language_is_default: locale.get().code == LANGUAGES.default,
        };
        let profile_icon = match score.profile {
            Profile::Discovering => "learn",
            Profile::WithHelp => "together",
            Profile::AlmostAutonomous => "check",
        };
        let profile_message = format!("result-profile-{}", score.profile.slug());
        // Once per visit: the screen re-renders when the language changes (which can change a
        // card) and the person may change answers; completions must not outnumber starts.
        if crate::stats::first_time("assessment-result") {
            crate::stats::record(Event::AssessmentCompleted(score.profile.slug().to_string()));
            for card in rules.cards(&situation) {
                crate::stats::record(Event::CardIssued(card.id.clone()));
            }
        }
        let stars = Group::ALL
            .iter()
            .map(|group| {
                let count = score.stars.get(group).copied().unwrap_or(1);
                let label = format!("result-group-{}", group.slug());
                view! {
                    <li class="k-stars__item">
                        <span class="k-stars__label">{move || text(locale, &label)}</span>
                        <span class="k-stars__picture" aria-hidden="true">
                            {(1..=3u8).map(|i| view! { <span class="k-star" class:k-star--on=i <= count></span> }).collect_view()}
                        </span>
                        <span>{move || t!(locale, "result-stars", stars = count)}</span>
                    </li>
                }
            })
            .collect_view();
        let preferred: Vec<String> = rules
            .preferred_supports(&situation)
            .into_iter()
            .map(String::from)
            .collect();
        let cards = rules
            .cards(&situation)
            .into_iter()
            .map(|card| {
                let heading = format!("k-result-{}", card.id);
                let labelled_by = heading.clone();
                let title = format!("orientation-{}-title", card.id);
                let ask = format!("orientation-{}-ask", card.id);
                let preferred = preferred.clone();
                let places_view = move || {
                    places.get().map(|result| {
                        let chosen: Vec<Place> = match &result {
                            Ok(file) => best_places(file, card, &preferred, config.settings().coordinates, PLACES_PER_CARD),
                            Err(_) => Vec::new(),
                        };
                        if chosen.is_empty() {
                            view! { <p>{move || t!(locale, "result-no-place")}</p> }.into_any()
                        } else {
                            let now = local_now();
                            let items = chosen.into_iter().map(|place| view! { <PlaceCard place=place now=now/> }).collect_view();
                            view! { <ul class="k-places">{items}</ul> }.into_any()
                        }
                    })
                };
                view! {
                    <section class="k-need" aria-labelledby=labelled_by>
                        <h3 id=heading class="k-need__title"><Picture name=card.pictogram.clone()/>{move || text(locale, &title)}</h3>
                        <p><strong>{move || t!(locale, "result-ask")}</strong>" "{move || text(locale, &ask)}</p>
                        {(card.pass_numerique && config.settings().pass_numerique).then(|| view! {
                            <p class="k-note"><Icon name="money"/><span>{move || t!(locale, "result-pass-numerique")}</span></p>
                        })}
                        <p><strong>{move || t!(locale, "result-places")}</strong></p>
                        <Suspense fallback=move || view! { <p role="status">{move || t!(locale, "near-loading")}</p> }>
                            {places_view}
                        </Suspense>
                    </section>
                }
            })
            .collect_view();
        let documents = rules
            .documents(&situation)
            .into_iter()
            .map(|id| view! { <li>{move || text(locale, id)}</li> })
            .collect_view();
        let has_documents = !rules.documents(&situation).is_empty();
        let tutorials = rules
            .tutorials(&situation)
            .into_iter()
            .filter_map(tutorial)
            .map(|t| {
                view! {
                    <li><a class="k-card" href=step_path(&t.id, 1) prop:replace=true>
                        <Picture name=t.pictogram.clone()/>
                        <span class="k-card__title">{move || text(locale, &t.title)}</span>
                    </a></li>
                }
            })
            .collect_view();
        let has_tutorials = !rules.tutorials(&situation).is_empty();
        let facts = TicketFacts {
            profile: score.profile.slug(),
            stars: Group::ALL
                .iter()
                .map(|g| (g.slug(), score.stars.get(g).copied().unwrap_or(1)))
                .collect(),
            cards: rules.cards(&situation).into_iter().cloned().collect(),
            preferred: preferred.clone(),
            documents: rules
                .documents(&situation)
                .into_iter()
                .map(String::from)
                .collect(),
            goals: given.get("goal").cloned().unwrap_or_default(),
        };
        view! {
            <h1 class="k-title" tabindex="-1">{move || t!(locale, "result-title")}</h1>
            <p class="k-result__profile"><Icon name=profile_icon/><span>{move || text(locale, &profile_message)}</span></p>
            <p>{move || t!(locale, "result-profile-intro")}</p>
            <ul class="k-stars">{stars}</ul>
            <h2 class="k-result__heading">{move || t!(locale, "result-help")}</h2>
            {cards}
            {has_documents.then(|| view! {
                <h2 class="k-result__heading">{move || t!(locale, "result-documents")}</h2>
                <ul class="k-result__documents">{documents}</ul>
            })}
            {has_tutorials.then(|| view! {
                <h2 class="k-result__heading">{move || t!(locale, "result-tutorials")}</h2>
                <ul class="k-cards">{tutorials}</ul>
            })}
            <Ticket facts=facts/>
            <p>
                <a class="k-button k-button--secondary" href=question_path(1) prop:replace=true
                    on:click=move |_| answers.0.set(Default::default())>
                    <Icon name="back"/><span>{move || t!(locale, "result-again")}</span>
                </a>
            </p>
        }
        .into_any()
    }
}
