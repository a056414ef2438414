//! `Screen::AssessmentResult`: the profile in words and pictures, the stars, and the kinds of help
//! with their places, what to ask and what to bring, and tutorials to go on here. It renders the
//! one outcome of `pasapas_core::visit::outcome`, as the ticket does.

use crate::assessment::{outcome_of, use_assessment};
use crate::browser::local_now;
use crate::components::icon::{Icon, Picture};
use crate::components::place_card::PlaceCard;
use crate::components::ticket::Ticket;
use crate::config::use_config;
use crate::content::tutorial;
use crate::i18n::{text, use_locale};
use crate::places::use_places;
use crate::screen::{Screen, ScreenLink};
use crate::session::use_session;
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::assessment::Profile;
use pasapas_core::visit::outcome::{GroupStars, Help, Outcome};

/// The result, computed from the answers in memory. Never a verdict: "this is not a mark".
#[component]
pub fn AssessmentResult() -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let places = use_places();
    let config = use_config();
    let session = use_session();
    // `None` while the places load: the kinds of help show at once, their places after.
    let places_known = Memo::new(move |_| places.get().is_some());
    let outcome = Memo::new(move |_| {
        let language = locale.get().code.clone();
        let settings = config.settings();
        let file = places.get().and_then(Result::ok);
        outcome_of(
            &answers.get(),
            &language,
            language == settings.default_language,
            session.reads_aloud(),
            file.as_deref(),
            settings.coordinates,
        )
    });
    move || match outcome.get() {
        Some(outcome) => {
            view! { <ResultView outcome=outcome places_known=places_known /> }.into_any()
        }
        None => view! {
            <h1 class="k-title" tabindex="-1">
                {move || t!(locale, "notfound-title")}
            </h1>
        }
        .into_any(),
    }
}

/// The outcome on screen, then the ticket and "start again".
#[component]
fn ResultView(outcome: Outcome, places_known: Memo<bool>) -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let profile_icon = match outcome.profile {
        Profile::Discovering => "learn",
        Profile::WithHelp => "together",
        Profile::AlmostAutonomous => "check",
    };
    let profile_message = outcome.profile.message_id();
    let stars = outcome
        .stars
        .iter()
        .cloned()
        .map(|g| view! { <StarsRow group=g /> })
        .collect_view();
    let help = outcome
        .help
        .iter()
        .cloned()
        .map(|h| view! { <HelpCard help=h places_known=places_known /> })
        .collect_view();
    let has_documents = !outcome.documents.is_empty();
    let documents = outcome
        .documents
        .iter()
        .cloned()
        .map(|id| view! { <li>{move || text(locale, &id)}</li> })
        .collect_view();
    let counting = use_counting();
    let suggested: Vec<_> = outcome
        .tutorials
        .iter()
        .filter_map(|id| tutorial(id))
        .collect();
    let has_tutorials = !suggested.is_empty();
    let tutorials = suggested
        .into_iter()
        .map(|t| {
            view! {
                <li>
                    <ScreenLink
                        to=Screen::tutorial(&t.id)
                        class="k-card"
                        on_tap=Callback::new(move |()| counting.tutorial_reached(t, 1))
                    >
                        <Picture name=t.pictogram.clone() />
                        <span class="k-card__title">{move || text(locale, &t.title)}</span>
                    </ScreenLink>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "result-title")}
        </h1>
        <p class="k-result__profile">
            <Icon name=profile_icon />
            <span>{move || text(locale, &profile_message)}</span>
        </p>
        <p>{move || t!(locale, "result-profile-intro")}</p>
        <ul class="k-stars">{stars}</ul>
        <h2 class="k-result__heading">{move || t!(locale, "result-help")}</h2>
        {help}
        // The national line is on screen too: a person may leave without printing.
        <p class="k-note">
            <Icon name="phone" />
            <span>{move || t!(locale, "ticket-helpline")}</span>
        </p>
        {has_documents
            .then(|| {
                view! {
                    <h2 class="k-result__heading">{move || t!(locale, "result-documents")}</h2>
                    <ul class="k-result__documents">{documents}</ul>
                }
            })}
        {has_tutorials
            .then(|| {
                view! {
                    <h2 class="k-result__heading">{move || t!(locale, "result-tutorials")}</h2>
                    <ul class="k-cards">{tutorials}</ul>
                }
            })}
        <Ticket outcome=outcome />
        <p>
            <ScreenLink
                to=Screen::Question(1)
                class="k-button k-button--secondary"
                on_tap=Callback::new(move |()| answers.forget())
            >
                <Icon name="back" />
                <span>{move || t!(locale, "result-again")}</span>
            </ScreenLink>
        </p>
    }
}

/// One star group: its name and one to three stars, or "not assessed" when the person's path
/// asked none of its questions (never one star for a question not asked).
#[component]
fn StarsRow(group: GroupStars) -> impl IntoView {
    let locale = use_locale();
    let label = group.group.message_id();
    let picture = match group.stars {
        Some(count) => view! {
            <span class="k-stars__picture" aria-hidden="true">
                {(1..=3u8)
                    .map(|i| {
                        view! { <span class="k-star" class=("k-star--on", i <= count)></span> }
                    })
                    .collect_view()}
            </span>
            <span>{move || t!(locale, "result-stars", stars = count)}</span>
        }
        .into_any(),
        None => view! { <span>{move || t!(locale, "result-not-assessed")}</span> }.into_any(),
    };
    view! {
        <li class="k-stars__item">
            <span class="k-stars__label">{move || text(locale, &label)}</span>
            {picture}
        </li>
    }
}

/// One kind of help: its title, what to ask, the Pass numérique when the commune takes it, and
/// its best places (or why there are none yet).
#[component]
fn HelpCard(help: Help, places_known: Memo<bool>) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let heading = format!("k-result-{}", help.card.id);
    let labelled_by = heading.clone();
    let title = help.card.title_message_id();
    let ask = help.card.ask_message_id();
    let pass_numerique = help.card.pass_numerique;
    let places = help.places;
    let now = local_now();
    let places_view = move || {
        if !places_known.get() {
            view! { <p role="status">{move || t!(locale, "near-loading")}</p> }.into_any()
        } else if places.is_empty() {
            view! { <p>{move || t!(locale, "result-no-place")}</p> }.into_any()
        } else {
            let items = places
                .iter()
                .cloned()
                .map(|place| view! { <PlaceCard place=place now=now /> })
                .collect_view();
            view! { <ul class="k-places">{items}</ul> }.into_any()
        }
    };
    view! {
        <section class="k-need" aria-labelledby=labelled_by>
            <h3 id=heading class="k-need__title">
                <Picture name=help.card.pictogram.clone() />
                {move || text(locale, &title)}
            </h3>
            <p>
                <strong>{move || t!(locale, "result-ask")}</strong>
                " "
                {move || text(locale, &ask)}
            </p>
            {move || {
                (pass_numerique && config.settings().pass_numerique)
                    .then(|| {
                        view! {
                            <p class="k-note">
                                <Icon name="money" />
                                <span>{move || t!(locale, "result-pass-numerique")}</span>
                            </p>
                        }
                    })
            }}
            <p>
                <strong>{move || t!(locale, "result-places")}</strong>
            </p>
            {places_view}
        </section>
    }
}
