//! Printing on the kiosk's 80 mm ticket printer: the page height measured from the paper, and the
//! date with the month in letters. Shared by the take-home sheet and the ticket.

use crate::i18n::Locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// CSS pixels per millimetre (CSS fixes 96 px to 25.4 mm).
const PX_PER_MM: f64 = 96.0 / 25.4;

/// Sets `@page` to 80 mm wide and as high as the `.k-paper` element, then opens the print dialog
/// (on a kiosk, Chromium's `--kiosk-printing` prints at once). `@page { size: 80mm auto }` is
/// invalid CSS, and a fixed height wastes paper or cuts the sheet.
pub fn print_paper() {
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
    if let Err(error) = window().print() {
        log::warn!("printing failed: {error:?}");
    }
}

/// Today's date with the month in letters, in the displayed language, by the browser's own
/// `Intl` (ICU), which knows every language's month names and order.
pub fn today(locale: Locale) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string(&locale.get().code, &options)
        .into()
}
