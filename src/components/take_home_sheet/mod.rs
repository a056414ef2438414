//! "Print this tutorial": a sheet for an 80 mm ticket printer, also shown on screen because the
//! browser cannot know whether the printer worked.

use crate::components::icon::Icon;
use crate::i18n::{text, use_locale, Locale};
use crate::t;
use leptos::prelude::*;
use pasapas_core::tutorials::Tutorial;
use wasm_bindgen::JsCast;

/// CSS pixels per millimetre (CSS fixes 96 px to 25.4 mm).
const PX_PER_MM: f64 = 96.0 / 25.4;

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
        request_animation_frame(|| {
            set_page_height();
            if let Err(error) = window().print() {
                log::warn!("printing failed: {error:?}");
            }
        });
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

/// Today's date with the month in letters, in the displayed language, by the browser's own
/// `Intl` (ICU), which knows every language's month names and order.
fn today(locale: Locale) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string(&locale.get().code, &options)
        .into()
}

/// Sets `@page` to 80 mm wide and as high as the printed sheet.
fn set_page_height() {
    let height_px = document()
        .query_selector(".k-paper")
        .ok()
        .flatten()
        .and_then(|paper| paper.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|paper| f64::from(paper.offset_height()))
        .unwrap_or(0.0);
    let height_mm = (height_px / PX_PER_MM).ceil().max(40.0);
    let css = format!("@page {{ size: 80mm {height_mm}mm; margin: 0; }}");
    let style = document().get_element_by_id("k-page-size").or_else(|| {
        let style = document().create_element("style").ok()?;
        style.set_id("k-page-size");
        document().head()?.append_child(&style).ok()?;
        Some(style)
    });
    if let Some(style) = style {
        style.set_text_content(Some(&css));
    }
}
