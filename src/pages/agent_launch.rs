//! `/agent/launch`: an agent starts a tutorial for someone, in that person's language, at the
//! step they need, or prints its take-home sheet.

use crate::components::agent_bar::AgentBar;
use crate::components::icon::{pictogram, Icon, Picture};
use crate::components::take_home_sheet::{PrintSheetButton, TakeHomeSheet};
use crate::config::use_config;
use crate::content::TUTORIALS;
use crate::i18n::{self, text, use_locale};
use crate::kiosk;
use crate::screen::Screen;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::Tutorial;
use pasapas_core::visit::navigation::Carried;

/// Three choices, each a group of large radio tiles or a stepper (no drop-down, no typing): the
/// tutorial, the language (each in its own name), the first step. "Start for the person" switches
/// the kiosk to that language, leaves agent mode, and opens the step: the person's screen, with
/// no agent control left.
#[component]
pub fn AgentLaunch() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let session = crate::session::use_session();
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
    // The tutorial opens on the people's page, which counts the launch as a visit's start
    // (`agent::take_over_launch`): the agent's own taps never count.
    let start = move |_| {
        let screen = Screen::TutorialStep {
            tutorial: chosen.get_untracked().id.clone(),
            step: step.get_untracked(),
        };
        // The person's text size, contrast and reading aloud, carried there and back.
        let display = session.display_untracked();
        let code = language.get_untracked();
        let carried = Carried::launch(&code).with_display(display);
        kiosk::open_page(&carried.address(&screen));
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
