//! "Print this tutorial": a sheet for an 80 mm ticket printer, also shown on screen because the
//! browser cannot know whether the printer worked.

use crate::components::icon::Icon;
use crate::i18n::{text, use_locale};
use crate::printing::{print_paper, today};
use crate::t;
use leptos::prelude::*;
use pasapas_core::tutorials::Tutorial;

/// The print button, and once pressed, the sheet on screen. The printed copy (`.k-paper`) is laid
/// out at 80 mm off screen, measured, and the page height set from it just before printing:
/// `@page { size: 80mm auto }` is invalid CSS, and a fixed height wastes paper or cuts the sheet.
#[component]
pub fn TakeHomeSheet(
    /// The tutorial to print.
    tutorial: &'static Tutorial,
) -> impl IntoView {
    let locale = use_locale();
    let shown = RwSignal::new(false);
    let print = move |_| {
        shown.set(true);
        // After the sheet is in the DOM and laid out.
        request_animation_frame(print_paper);
    };
    let lines = move || {
        tutorial
            .steps
            .iter()
            .map(|step| view! { <li>{move || text(locale, &step.title)}</li> })
            .collect_view()
    };
    view! {
        <button type="button" class="k-button k-button--primary" on:click=print>
            <Icon name="printer"/><span>{move || t!(locale, "step-print")}</span>
        </button>
        <Show when=move || shown.get()>
            <section class="k-sheet" aria-labelledby="k-sheet-title">
                <h2 id="k-sheet-title" class="k-sheet__title"><Icon name="printer"/>{move || t!(locale, "sheet-shown")}</h2>
                <p>{move || t!(locale, "sheet-no-paper")}</p>
                <div class="k-sheet__preview">
                    <p class="k-sheet__name">{move || text(locale, &tutorial.title)}</p>
                    <ol>{lines}</ol>
                </div>
            </section>
            <div class="k-paper" aria-hidden="true">
                <p class="k-paper__brand">{move || t!(locale, "app-title")}</p>
                <p class="k-paper__title">{move || text(locale, &tutorial.title)}</p>
                <p class="k-paper__date">{move || t!(locale, "sheet-date", date = today(locale))}</p>
                <ol class="k-paper__steps">{lines}</ol>
                <p class="k-paper__help">{move || t!(locale, "sheet-help")}</p>
            </div>
        </Show>
    }
}
