//! `/tutorials/:id/:step`: one action per screen.

use crate::components::ask_an_agent::AskAnAgent;
use crate::components::icon::{Icon, Illustration};
use crate::components::practice::Practice;
use crate::components::take_home_sheet::TakeHomeSheet;
use crate::content::tutorial;
use crate::i18n::{text, use_locale};
use crate::session::use_session;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use pasapas_core::agent::stats::Event;
use pasapas_core::content::tutorials::Tutorial;
use pasapas_core::visit::navigation::step_path;

/// A tutorial's step, or a plain "does not exist" with the way to the list.
#[component]
pub fn TutorialStep() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let found = Memo::new(move |_| {
        let params = params.get();
        let tutorial = tutorial(&params.get("id").unwrap_or_default())?;
        let number = params.get("step")?.parse::<usize>().ok()?;
        tutorial.step(number).map(|_| (tutorial, number))
    });
    move || match found.get() {
        Some((tutorial, number)) => {
            view! { <StepScreen tutorial=tutorial number=number/> }.into_any()
        }
        None => view! {
            <h1 class="k-title" tabindex="-1">{move || t!(locale, "step-unknown")}</h1>
            <p>
                <a class="k-button k-button--primary" href="/tutorials" prop:replace=true>
                    <Icon name="list"/><span>{move || t!(locale, "step-list")}</span>
                </a>
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
    // Counted once per visit and tutorial: going back and forth is one start.
    crate::stats::record_once(Event::TutorialStarted(tutorial.id.clone()));
    if is_last {
        crate::stats::record_once(Event::TutorialCompleted(tutorial.id.clone()));
    }
    let lines = move || {
        text(locale, &step.instruction)
            .lines()
            .map(|line| view! { <p data-read="">{line.trim().to_string()}</p> })
            .collect_view()
    };
    let note = |kind: &'static str,
                icon: &'static str,
                label: &'static str,
                id: &'static Option<String>| {
        id.as_ref().map(|id| {
            view! {
                <p class=format!("k-note k-note--{kind}") data-read="">
                    <Icon name=icon/>
                    <span><strong>{move || text(locale, label)}</strong>" "{move || text(locale, id)}</span>
                </p>
            }
        })
    };
    view! {
        <article class="k-step">
            <p class="k-step__tutorial">{move || text(locale, &tutorial.title)}</p>
            <h1 class="k-title" tabindex="-1" data-read="">{move || text(locale, &step.title)}</h1>
            <p id="k-step-progress" class="k-step__progress">
                {move || t!(locale, "step-progress", step = number, total = total)}
            </p>
            <progress class="k-step__bar" max=total value=number aria-labelledby="k-step-progress"></progress>
            <Illustration name=step.illustration.clone() alt=Signal::derive(move || text(locale, &step.illustration_alt))/>
            <div class="k-step__instruction">{lines}</div>
            {note("tip", "bulb", "step-tip", &step.tip)}
            {note("caution", "alert", "step-caution", &step.caution)}
            {step.practice.map(|kind| view! { <Practice kind=kind/> })}
            {is_last.then(|| view! {
                <section class="k-step__end" aria-labelledby="k-step-end">
                    <h2 id="k-step-end" class="k-step__end-title"><Icon name="check"/>{move || t!(locale, "step-done")}</h2>
                    <div class="k-step__end-actions">
                        <TakeHomeSheet tutorial=tutorial/>
                        <a class="k-button k-button--secondary" href="/tutorials" prop:replace=true>
                            <Icon name="list"/><span>{move || t!(locale, "step-list")}</span>
                        </a>
                    </div>
                </section>
            })}
            <AskAnAgent message="step-stuck"/>
            <nav class="k-step__nav" aria-label=move || t!(locale, "step-nav-label")>
                {(number > 1).then(|| view! {
                    <a class="k-button k-button--secondary" href=step_path(&tutorial.id, number - 1) prop:replace=true>
                        <Icon name="back"/><span>{move || t!(locale, "step-previous")}</span>
                    </a>
                })}
                <button class="k-button k-button--secondary" on:click=move |_| crate::screen::read_screen(locale, session)>
                    <Icon name="listen"/><span>{move || t!(locale, "step-repeat")}</span>
                </button>
                {(!is_last).then(|| view! {
                    <a class="k-button k-button--primary k-step__next" href=step_path(&tutorial.id, number + 1) prop:replace=true>
                        <span>{move || t!(locale, "step-next")}</span><Icon name="next"/>
                    </a>
                })}
            </nav>
        </article>
    }
    .into_any()
}
