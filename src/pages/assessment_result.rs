//! `Screen::AssessmentResult`: the profile in words and pictures, the stars, and the kinds of help
//! with their places, what to ask and what to bring, and tutorials to go on here. It renders the
//! one outcome of `pasapas_core::visit::outcome`, as the ticket does.

use crate::assessment::{outcome_of, use_assessment};
use crate::browser::local_now;
use crate::components::icon::{pictogram, Icon, Picture};
use crate::components::place_card::PlaceCard;
use crate::components::ticket::{ticket_number, PrintTicketButton, Ticket};
use crate::config::use_config;
use crate::content::tutorial;
use crate::i18n::{text, use_locale};
use crate::places::use_places;
use crate::screen::{read_screen, Screen, ScreenLink};
use crate::session::use_session;
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::assessment::Profile;
use pasapas_core::visit::outcome::{GroupStars, Help, Outcome};
use wasm_bindgen::JsCast;

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

/// One part of the result on screen at a time, so that each fits the display: the profile and
/// its stars, then each kind of help with its places, then what to keep (the help line, the
/// documents, tutorials, the ticket, "start again"). Tried as one long page it was three and a
/// half screens, with "Print my ticket" at its very bottom.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Part {
    Profile,
    Help(usize),
    Keep,
}

/// The part at `index` of a result with `helps` kinds of help.
fn part_at(index: usize, helps: usize) -> Part {
    match index {
        0 => Part::Profile,
        i if i <= helps => Part::Help(i - 1),
        _ => Part::Keep,
    }
}

/// The outcome, one [`Part`] at a time, with an action bar always in view: Previous, Next and
/// "Print my ticket".
#[component]
fn ResultView(outcome: Outcome, places_known: Memo<bool>) -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let helps = outcome.help.len();
    let total = helps + 2;
    let index = RwSignal::new(0usize);
    let ticket_shown = RwSignal::new(false);
    let number = ticket_number();
    // A new part is a new screen for the person: back to the top, focus on its heading, read
    // aloud in that mode. Not on the first run: the screen change does it for the first part.
    Effect::new(move |before: Option<usize>| {
        let now = index.get();
        if before.is_some_and(|b| b != now) {
            request_animation_frame(move || {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                focus_part_heading();
                if session.reads_aloud_untracked() {
                    read_screen(locale, session);
                }
            });
        }
        now
    });
    let part = move || {
        let outcome = outcome.clone();
        match part_at(index.get(), helps) {
            Part::Profile => view! { <ProfilePart outcome=outcome /> }.into_any(),
            Part::Help(i) => match outcome.help.get(i).cloned() {
                Some(help) => view! {
                    <h2 class="k-result__heading">{move || t!(locale, "result-help")}</h2>
                    <HelpCard help=help places_known=places_known />
                }
                .into_any(),
                None => ().into_any(),
            },
            Part::Keep => view! { <KeepPart outcome=outcome ticket_shown=ticket_shown number=number.clone() /> }
            .into_any(),
        }
    };
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "result-title")}
        </h1>
        <p class="k-step__progress">
            {move || {
                let number = index.get() + 1;
                t!(locale, "result-part", number = number, total = total)
            }}
        </p>
        <div class="k-result__part">{part}</div>
        <nav class="k-step__nav" aria-label=move || t!(locale, "result-nav-label")>
            {move || {
                (index.get() > 0)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="k-button k-button--secondary"
                                on:click=move |_| index.update(|i| *i = i.saturating_sub(1))
                            >
                                <Icon name=pictogram::BACK />
                                <span>{move || t!(locale, "step-previous")}</span>
                            </button>
                        }
                    })
            }}
            {move || {
                (index.get() + 1 < total)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="k-button k-button--secondary k-step__next"
                                on:click=move |_| index.update(|i| *i = (*i + 1).min(total - 1))
                            >
                                <span>{move || t!(locale, "step-next")}</span>
                                <Icon name=pictogram::NEXT />
                            </button>
                        }
                    })
            }}
            <span class=move || { if index.get() + 1 < total { "" } else { "k-step__next" } }>
                <PrintTicketButton
                    shown=ticket_shown
                    on_tap=Callback::new(move |()| index.set(total - 1))
                />
            </span>
        </nav>
    }
}

/// Moves focus to the shown part's first heading, or the screen's.
fn focus_part_heading() {
    let heading = document()
        .query_selector(".k-result__part :is(h2, h3)")
        .ok()
        .flatten()
        .or_else(|| document().query_selector("main h1").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        // Headings are not focusable by themselves; -1 keeps them out of the tab order.
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

/// The profile in words and a picture, and the stars of each group.
#[component]
fn ProfilePart(outcome: Outcome) -> impl IntoView {
    let locale = use_locale();
    let profile_icon = match outcome.profile {
        Profile::Discovering => pictogram::LEARN,
        Profile::WithHelp => pictogram::TOGETHER,
        Profile::AlmostAutonomous => pictogram::CHECK,
    };
    let profile_message = outcome.profile.message_id();
    let stars = outcome
        .stars
        .iter()
        .cloned()
        .map(|g| view! { <StarsRow group=g /> })
        .collect_view();
    view! {
        <h2 class="k-result__profile">
            <Icon name=profile_icon />
            <span>{move || text(locale, &profile_message)}</span>
        </h2>
        <p>{move || t!(locale, "result-profile-intro")}</p>
        <ul class="k-stars">{stars}</ul>
    }
}

/// What to keep: the national help line, the documents to bring, tutorials to go on here, the
/// ticket once printed, and "start again".
#[component]
fn KeepPart(outcome: Outcome, ticket_shown: RwSignal<bool>, number: String) -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let counting = use_counting();
    let has_documents = !outcome.documents.is_empty();
    let documents = outcome
        .documents
        .iter()
        .cloned()
        .map(|id| view! { <li>{move || text(locale, &id)}</li> })
        .collect_view();
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
        <Ticket outcome=outcome shown=ticket_shown number=number />
        // The national line is on screen too: a person may leave without printing.
        <h2 class="k-result__heading">{move || t!(locale, "result-keep")}</h2>
        <p class="k-note">
            <Icon name=pictogram::PHONE />
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
        <p>
            <ScreenLink
                to=Screen::Question(1)
                class="k-button k-button--secondary"
                on_tap=Callback::new(move |()| answers.forget())
            >
                <Icon name=pictogram::BACK />
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
                                <Icon name=pictogram::MONEY />
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
