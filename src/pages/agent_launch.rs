//! `/agent/launch`: an agent starts a tutorial for someone, in that person's language, at the
//! step they need, or prints its take-home sheet.

use crate::agent::use_agent_mode;
use crate::components::agent_bar::AgentBar;
use crate::components::icon::{pictogram, Icon, Picture};
use crate::components::take_home_sheet::{PrintSheetButton, TakeHomeSheet};
use crate::config::use_config;
use crate::content::TUTORIALS;
use crate::i18n::{self, text, use_locale};
use crate::screen::{use_go, Screen};
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::Event;
use pasapas_core::content::tutorials::Tutorial;

/// Three choices, each a group of large radio tiles or a stepper (no drop-down, no typing): the
/// tutorial, the language (each in its own name), the first step. "Start for the person" switches
/// the kiosk to that language, leaves agent mode, and opens the step: the person's screen, with
/// no agent control left.
#[component]
pub fn AgentLaunch() -> impl IntoView {
    let locale = use_locale();
    let agent = use_agent_mode();
    let config = use_config();
    let go = use_go();
    let counting = use_counting();
    let Some(first) = TUTORIALS.first() else {
        return view! {
            <AgentBar />
            <h1 class="k-title" tabindex="-1">
                {move || t!(locale, "notfound-title")}
            </h1>
        }
        .into_any();
    };
    let chosen: RwSignal<&'static Tutorial> = RwSignal::new(first);
    let language = RwSignal::new(untrack(|| locale.get().code.clone()));
    let step = RwSignal::new(1usize);
    let total = move || chosen.get().steps.len();

    let tutorials = TUTORIALS
        .iter()
        .map(|tutorial| {
            let checked = move || std::ptr::eq(chosen.get(), tutorial);
            view! {
                <li>
                    <label class="k-choice">
                        <input
                            type="radio"
                            name="k-launch-tutorial"
                            class="k-choice__input"
                            prop:checked=checked
                            on:change=move |_| {
                                chosen.set(tutorial);
                                step.set(1);
                            }
                        />
                        <Picture name=tutorial.pictogram.clone() />
                        <span>{move || text(locale, &tutorial.title)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let languages = move || {
        config
            .enabled_languages()
            .into_iter()
            .map(|l| {
                let code = l.code.clone();
                let for_check = code.clone();
                view! {
                    <li>
                        <label class="k-choice" lang=l.code.clone() dir=l.direction.as_html()>
                            <input
                                type="radio"
                                name="k-launch-language"
                                class="k-choice__input"
                                prop:checked=move || language.get() == for_check
                                on:change=move |_| {
                                    i18n::load_in_background(&code);
                                    language.set(code.clone());
                                }
                            />
                            <span>{l.name.clone()}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let sheet_shown = RwSignal::new(false);
    let start = move |_| {
        let tutorial = chosen.get_untracked();
        let code = language.get_untracked();
        agent.close();
        // From here on it is the person's visit, counted as one.
        counting.record_once(Event::SessionStarted);
        let step = step.get_untracked();
        counting.tutorial_reached(tutorial, step);
        let go = go.clone();
        // The tutorial opens in the person's language, or in French if its files did not come:
        // the figures count the language shown. It waits for the tutorial texts too: a step
        // opened before them would show French first.
        let picked = code.clone();
        locale.choose_for_tutorial(&code, move |ok| {
            // Called just before the language changes: the one shown is the pick when it came.
            let shown = if ok {
                picked
            } else {
                locale.get_untracked().code.clone()
            };
            counting.record_once(Event::LanguageChosen(shown));
            go(&Screen::TutorialStep {
                tutorial: tutorial.id.clone(),
                step,
            })
        });
    };
    view! {
        <AgentBar />
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "agent-launch-title")}
        </h1>
        <fieldset class="k-fieldset">
            <legend class="k-fieldset__legend">{move || t!(locale, "agent-launch-which")}</legend>
            <ul class="k-choices">{tutorials}</ul>
        </fieldset>
        <fieldset class="k-fieldset">
            <legend class="k-fieldset__legend">
                {move || t!(locale, "agent-launch-language")}
            </legend>
            <ul class="k-choices">{languages}</ul>
        </fieldset>
        <fieldset class="k-fieldset">
            <legend class="k-fieldset__legend" id="k-launch-step">
                {move || t!(locale, "agent-launch-step")}
            </legend>
            <div class="k-stepper">
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    disabled=move || { step.get() <= 1 }
                    on:click=move |_| step.update(|s| *s = s.saturating_sub(1).max(1))
                >
                    <Icon name=pictogram::MINUS />
                    <span>{move || t!(locale, "agent-launch-step-before")}</span>
                </button>
                <output class="k-stepper__value" aria-live="polite">
                    {move || t!(locale, "step-progress", step = step.get(), total = total())}
                </output>
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    disabled=move || { step.get() >= total() }
                    on:click=move |_| step.update(|s| *s = (*s + 1).min(total()))
                >
                    <Icon name=pictogram::PLUS />
                    <span>{move || t!(locale, "agent-launch-step-after")}</span>
                </button>
            </div>
        </fieldset>
        <div class="k-actions k-actions--pinned">
            // Busy while the person's texts are on their way: the tap was taken.
            <button
                type="button"
                class="k-button k-button--primary"
                aria-busy=move || locale.loading().map(|_| "true")
                on:click=start
            >
                <Icon name=pictogram::START />
                <span>{move || t!(locale, "agent-launch-start")}</span>
            </button>
            <PrintSheetButton shown=sheet_shown />
        </div>
        <TakeHomeSheet tutorial=chosen language=language shown=sheet_shown />
    }
    .into_any()
}
