//! Printing on the kiosk's ticket printer (58 or 80 mm): the page measured from the paper, the
//! date with the month in letters, and QR codes. Shared by the take-home sheet and the ticket.

use crate::i18n::Locale;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// CSS pixels per millimetre (CSS fixes 96 px to 25.4 mm).
const PX_PER_MM: f64 = 96.0 / 25.4;

/// Lays the `.k-paper` element out at the printer's width (58 or 80 mm, from the configuration),
/// sets `@page` to that width and as high as the paper, then opens the print dialog (on a kiosk,
/// Chromium's `--kiosk-printing` prints at once). `@page { size: 80mm auto }` is invalid CSS,
/// and a fixed height wastes paper or cuts the sheet.
fn print_paper(width_mm: u32) {
    let style = document().get_element_by_id("k-page-size").or_else(|| {
        let style = document().create_element("style").ok()?;
        style.set_id("k-page-size");
        document().head()?.append_child(&style).ok()?;
        Some(style)
    });
    let Some(style) = style else {
        log::warn!("printing: no <style> for the page size");
        return;
    };
    let width = format!(".k-paper {{ inline-size: {width_mm}mm; }}");
    style.set_text_content(Some(&width));
    // Measured after the width applies: reading offsetHeight lays the paper out again.
    let height_px = document()
        .query_selector(".k-paper")
        .ok()
        .flatten()
        .and_then(|paper| paper.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|paper| f64::from(paper.offset_height()))
        .unwrap_or(0.0);
    let height_mm = (height_px / PX_PER_MM).ceil().max(40.0);
    let css = format!("{width} @page {{ size: {width_mm}mm {height_mm}mm; margin: 0; }}");
    style.set_text_content(Some(&css));
    if let Err(error) = window().print() {
        log::warn!("printing failed: {error:?}");
    }
}

/// Shows the paper (`shown`, which puts the `.k-paper` copy in the DOM), then prints it at the
/// configured width once it is laid out (the next animation frame).
pub fn show_then_print(shown: RwSignal<bool>, config: crate::config::Config) {
    shown.set(true);
    let width = config.settings().paper_width_mm;
    request_animation_frame(move || print_paper(width));
}

/// The QR code of `data` as inline SVG, black on white, for printed paper.
pub fn qr_svg(data: &str) -> String {
    qrcode::QrCode::new(data.as_bytes())
        .map(|code| {
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(160, 160)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

/// Today's date with the month in letters, in the displayed language, by the browser's own
/// `Intl` (ICU), which knows every language's month names and order.
pub fn today(locale: Locale) -> String {
    today_in(&locale.get().code)
}

/// Today's date with the month in letters, in the language `code`.
pub fn today_in(code: &str) -> String {
    js_sys::Date::new_0()
        .to_locale_date_string(intl_locale(code), &intl_options(DATE))
        .into()
}

/// A day (`2026-10-15`, as the places file writes it) with the month in letters, in the language
/// `code`; the text as given when it is not such a day.
pub fn day_in(code: &str, iso: &str) -> String {
    match chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
        Ok(day) => {
            use chrono::Datelike;
            js_sys::Date::new_with_year_month_day(
                day.year() as u32,
                day.month0() as i32,
                day.day() as i32,
            )
            .to_locale_date_string(intl_locale(code), &intl_options(DATE))
            .into()
        }
        Err(_) => iso.to_string(),
    }
}

/// `Intl.DateTimeFormat` options: the day, the month in letters, the year.
const DATE: &[(&str, &str)] = &[("day", "numeric"), ("month", "long"), ("year", "numeric")];

/// The language tag the browser's `Intl` gets for the language `code`. Chromium's ICU knows Dari
/// as Persian of Afghanistan; it has no Pashto at all (dates would come out in English), so
/// Pashto dates use Dari's names, which Afghan readers of Pashto also read.
pub fn intl_locale(code: &str) -> &str {
    match code {
        "prs" | "ps" => "fa-AF",
        other => other,
    }
}

/// `Intl.DateTimeFormat` options with `fields`, always in the Gregorian calendar and with the
/// digits 0-9: the dates a person meets on French papers (`fa-AF` would give the Solar Hijri
/// year 1405, `ar` Arabic-Indic digits).
pub fn intl_options(fields: &[(&str, &str)]) -> js_sys::Object {
    let options = js_sys::Object::new();
    for (key, value) in [("calendar", "gregory"), ("numberingSystem", "latn")]
        .iter()
        .chain(fields)
    {
        let _ = js_sys::Reflect::set(&options, &(*key).into(), &(*value).into());
    }
    options
}

/// A moment (ISO 8601) as date with the month in letters and time, in the displayed language;
/// the text as given when it is not a date.
pub fn moment(locale: Locale, iso: &str) -> String {
    let code = locale.get().code.clone();
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let options = intl_options(DATE);
    for key in ["hour", "minute"] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &"2-digit".into());
    }
    date.to_locale_string(intl_locale(&code), &options).into()
}
