//! "Print this tutorial": a sheet for the ticket printer, also shown on screen because the
//! browser cannot know whether the printer worked.

use crate::components::icon::{pictogram, Icon};
use crate::config::use_config;
use crate::i18n::{message_in, message_in_args, text, use_locale, LANGUAGES};
use crate::printing::{qr_svg, show_then_print, today_in};
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::Event;
use pasapas_core::content::tutorials::Tutorial;

/// "Print this sheet": counts the print, then shows and prints the sheet that [`TakeHomeSheet`]
/// draws with the same `shown`. Apart from the sheet so that a screen can keep it with its main
/// actions (a tutorial's last step puts it where Next was) while the sheet stays in the page.
#[component]
pub fn PrintSheetButton(
    /// Whether the sheet is shown: set by the tap, read by [`TakeHomeSheet`].
    shown: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let counting = crate::stats::use_counting();
    let config = use_config();
    let print = move |_| {
        counting.record(Event::SheetPrinted);
        show_then_print(shown, config);
    };
    view! {
        <button type="button" class="k-button k-button--primary" on:click=print>
            <Icon name=pictogram::PRINTER />
            <span>{move || t!(locale, "step-print")}</span>
        </button>
    }
}

/// Once [`PrintSheetButton`] is pressed, the sheet on screen, and its printed copy. The printed
/// copy (`.k-paper`) is laid out at the printer's width off screen, measured, and the page height
/// set from it just before printing (`printing::print_paper`). With `language`, the sheet is in
/// that language whatever the screen shows (an agent printing for someone); otherwise in the
/// displayed language. With the tutorials' public address in the configuration, the sheet
/// carries a QR code to the tutorial.
#[component]
pub fn TakeHomeSheet(
    /// The tutorial to print.
    #[prop(into)]
    tutorial: Signal<&'static Tutorial>,
    /// The sheet's language, when it is not the displayed one.
    #[prop(optional, into)]
    language: Option<Signal<String>>,
    /// Whether the sheet is shown, set by [`PrintSheetButton`].
    shown: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let code = move || match language {
        Some(language) => language.get(),
        None => locale.get().code.clone(),
    };
    let say = move |id: &str| match language {
        Some(language) => message_in(&language.get(), id),
        None => text(locale, id),
    };
    let direction = move || {
        LANGUAGES
            .get(&code())
            .map_or("ltr", |l| l.direction.as_html())
    };
    let lines = move || {
        tutorial
            .get()
            .steps
            .iter()
            .map(|step| view! { <li>{say(&step.title)}</li> })
            .collect_view()
    };
    // At home, the warnings and the roads without the internet are what the person needs most;
    // "ask at the desk" means nothing there.
    let cautions = move || {
        let cautions: Vec<_> = tutorial
            .get()
            .steps
            .iter()
            .filter_map(|step| step.caution.as_deref())
            .map(|id| view! { <li>{say(id)}</li> })
            .collect();
        (!cautions.is_empty()).then(|| {
            view! {
                <p class="k-paper__heading">{say("sheet-cautions")}</p>
                <ul class="k-paper__cautions">{cautions}</ul>
            }
        })
    };
    let roads = move || {
        tutorial.get().other_roads.as_ref().map(|roads| {
            view! {
                <p class="k-paper__heading">{say("roads-title")}</p>
                <p>{say(&roads.phone_message)}</p>
                <p>{say(&roads.in_person_message)}</p>
            }
        })
    };
    let qr = move || {
        let address = config.settings().tutorials_web_address.clone()?;
        let link = format!("{}/{}", address.trim_end_matches('/'), tutorial.get().id);
        Some(view! {
            <div class="k-paper__qr" inner_html=qr_svg(&link)></div>
            <p>{say("sheet-qr")}</p>
        })
    };
    view! {
        <Show when=move || shown.get()>
            <section class="k-sheet" aria-labelledby="k-sheet-title">
                <h2 id="k-sheet-title" class="k-sheet__title">
                    <Icon name=pictogram::PRINTER />
                    {move || t!(locale, "sheet-shown")}
                </h2>
                <p>{move || t!(locale, "sheet-no-paper")}</p>
                <div class="k-sheet__preview" lang=code dir=direction>
                    <p class="k-sheet__name">{move || say(&tutorial.get().title)}</p>
                    <ol>{lines}</ol>
                    {cautions}
                    {roads}
                </div>
            </section>
            <div class="k-paper" aria-hidden="true" lang=code dir=direction>
                <p class="k-paper__brand">{move || say("app-title")}</p>
                <p class="k-paper__title">{move || say(&tutorial.get().title)}</p>
                <p class="k-paper__date">
                    {move || {
                        let code = code();
                        message_in_args(&code, "sheet-date", &[("date", today_in(&code))])
                    }}
                </p>
                <ol class="k-paper__steps">{lines}</ol>
                {cautions}
                {roads}
                {qr}
                <p class="k-paper__help">{move || say("sheet-help")}</p>
            </div>
        </Show>
    }
}
