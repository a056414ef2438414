//! `Screen::TutorialStep`: one action per screen.

use crate::components::ask_an_agent::AskAnAgent;
use crate::components::data_text::DataText;
use crate::components::icon::{pictogram, Icon, Illustration, Pictogram};
use crate::components::other_roads::OtherRoads;
use crate::components::practice::Practice;
use crate::components::take_home_sheet::{PrintSheetButton, TakeHomeSheet};
use crate::i18n::{shown_text, text, use_locale};
use crate::screen::{Screen, ScreenLink};
use crate::session::use_session;
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::Tutorial;

/// A tutorial's step, or a plain "does not exist" with the way to the list.
#[component]
pub fn TutorialStep(
    /// The tutorial's id.
    tutorial: String,
    /// The step, from 1.
    step: usize,
) -> impl IntoView {
    let locale = use_locale();
    let found = crate::content::tutorial(&tutorial).filter(|t| t.step(step).is_some());
    match found {
        Some(tutorial) => view! { <StepScreen tutorial=tutorial number=step /> }.into_any(),
        None => view! {
            <h1 class="k-title" tabindex="-1">
                {move || t!(locale, "step-unknown")}
            </h1>
            <p>
                <ScreenLink to=Screen::Tutorials class="k-button k-button--primary">
                    <Icon name=pictogram::LIST />
                    <span>{move || t!(locale, "step-list")}</span>
                </ScreenLink>
            </p>
        }
        .into_any(),
    }
}

/// The step itself: where we are, the picture, the instruction one sentence per line, the notes,
/// the practice screen, and the way on. Only the heading, instruction and notes are read aloud
/// (`data-read`), not the buttons around them.
#[component]
fn StepScreen(tutorial: &'static Tutorial, number: usize) -> impl IntoView {
    let locale = use_locale();
    let session = use_session();
    let total = tutorial.steps.len();
    let Some(step) = tutorial.step(number) else {
        return ().into_any();
    };
    let is_last = number == total;
    let sheet_shown = RwSignal::new(false);
    let counting = use_counting();
    let step_screen = |number: usize| Screen::TutorialStep {
        tutorial: tutorial.id.clone(),
        step: number,
    };
    // One lookup for each text and its marks (see `DataText`).
    let title = Memo::new(move |_| shown_text(locale, &step.title));
    let instruction = Memo::new(move |_| shown_text(locale, &step.instruction));
    let lines = move || {
        instruction
            .read()
            .text
            .lines()
            .map(|line| view! { <p data-read="">{line.trim().to_string()}</p> })
            .collect_view()
    };
    let note =
        |kind: &'static str, icon: Pictogram, label: &'static str, id: &'static Option<String>| {
            id.as_ref().map(|id| {
                view! {
                    <p class=format!("k-note k-note--{kind}") data-read="">
                        <Icon name=icon />
                        <span>
                            <strong>{move || text(locale, label)}</strong>
                            " "
                            <DataText id=id />
                        </span>
                    </p>
                }
            })
        };
    view! {
        <article class="k-step">
            // French shown before this language's tutorials arrive says so (`DataText`).
            <p class="k-step__tutorial">
                <DataText id=&tutorial.title />
            </p>
            // Marked on the heading itself: read aloud takes a block's voice from its `lang`.
            <h1
                class="k-title"
                tabindex="-1"
                data-read=""
                lang=move || title.with(|s| s.lang.clone())
                dir=move || title.with(|s| s.dir)
            >
                {move || title.with(|s| s.text.clone())}
            </h1>
            <p id="k-step-progress" class="k-step__progress">
                {move || t!(locale, "step-progress", step = number, total = total)}
            </p>
            <progress
                class="k-step__bar"
                max=total
                value=number
                aria-labelledby="k-step-progress"
            ></progress>
            <div class="k-step__body">
                <Illustration
                    name=step.illustration.clone()
                    alt=Signal::derive(move || shown_text(locale, &step.illustration_alt))
                />
                <div class="k-step__text">
                    <div
                        class="k-step__instruction"
                        lang=move || instruction.with(|s| s.lang.clone())
                        dir=move || instruction.with(|s| s.dir)
                    >
                        {lines}
                    </div>
                    {note("tip", pictogram::BULB, "step-tip", &step.tip)}
                    {note("caution", pictogram::ALERT, "step-caution", &step.caution)}
                </div>
            </div>
            {step.practice.map(|kind| view! { <Practice kind=kind /> })}
            {is_last
                .then_some(tutorial.other_roads.as_ref())
                .flatten()
                .map(|roads| view! { <OtherRoads roads=roads /> })}
            {is_last
                .then(|| {
                    view! {
                        <section class="k-step__end" aria-labelledby="k-step-end">
                            <h2 id="k-step-end" class="k-step__end-title">
                                <Icon name=pictogram::CHECK />
                                {move || t!(locale, "step-done")}
                            </h2>
                            <div class="k-step__end-actions">
                                <ScreenLink
                                    to=Screen::Tutorials
                                    class="k-button k-button--secondary"
                                >
                                    <Icon name=pictogram::LIST />
                                    <span>{move || t!(locale, "step-list")}</span>
                                </ScreenLink>
                            </div>
                            <TakeHomeSheet tutorial=tutorial shown=sheet_shown />
                        </section>
                    }
                })}
            <AskAnAgent message="step-stuck" />
            <nav class="k-step__nav" aria-label=move || t!(locale, "step-nav-label")>
                {(number > 1)
                    .then(|| {
                        view! {
                            <ScreenLink
                                to=step_screen(number - 1)
                                class="k-button k-button--secondary"
                            >
                                <Icon name=pictogram::BACK />
                                <span>{move || t!(locale, "step-previous")}</span>
                            </ScreenLink>
                        }
                    })}
                <button
                    class="k-button k-button--secondary"
                    on:click=move |_| crate::screen::read_screen(locale, session)
                >
                    <Icon name=pictogram::LISTEN />
                    <span>{move || t!(locale, "step-repeat")}</span>
                </button>
                // The last step's main action sits where Next was, always in view.
                {is_last
                    .then(|| {
                        view! {
                            <span class="k-step__next">
                                <PrintSheetButton shown=sheet_shown />
                            </span>
                        }
                    })}
                {(!is_last)
                    .then(|| {
                        view! {
                            <ScreenLink
                                to=step_screen(number + 1)
                                class="k-button k-button--primary k-step__next"
                                on_tap=Callback::new(move |()| {
                                    counting.tutorial_reached(tutorial, number + 1)
                                })
                            >
                                <span>{move || t!(locale, "step-next")}</span>
                                <Icon name=pictogram::NEXT />
                            </ScreenLink>
                        }
                    })}
            </nav>
        </article>
    }
    .into_any()
}
