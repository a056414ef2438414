//! The browser's clock and network, in one place: the kiosk's local time, and fetching a file
//! next to the app within a time limit. Everything else reads time and files through these.

use leptos::prelude::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The kiosk's local time, as the opening hours need it.
pub fn local_now() -> chrono::NaiveDateTime {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .and_then(|d| d.and_hms_opt(now.get_hours(), now.get_minutes(), 0))
    .unwrap_or_default()
}

/// Now, as an ISO 8601 instant (UTC), for what is stamped (a kept copy, a value set aside).
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Why a file next to the app could not be fetched.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchProblem {
    /// The server answered with this HTTP status.
    Status(u16),
    /// No answer, or no text.
    Network(String),
}

/// Fetches a file's bytes, never from the HTTP cache: the commune's current file counts at the next
/// reset. A server that has not started answering after `first_byte_ms`, or not finished after
/// `whole_ms`, is given up, so the kiosk goes on with its kept copy and no screen waits for ever.
pub async fn fetch_bytes_within(
    address: &str,
    first_byte_ms: i32,
    whole_ms: i32,
) -> Result<Vec<u8>, FetchProblem> {
    let network = |e: wasm_bindgen::JsValue| FetchProblem::Network(format!("{e:?}"));
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let controller = web_sys::AbortController::new().ok();
    if let Some(controller) = &controller {
        init.set_signal(Some(&controller.signal()));
    }
    // Each limit is a `Timeout`, cancelled when dropped: once the fetch has ended, on any path,
    // no timer is left to abort it later as a stray task on whatever tap comes then.
    let abort_after = |ms: i32| {
        let controller = controller.clone()?;
        let ms = u32::try_from(ms).unwrap_or(0);
        Some(gloo_timers::callback::Timeout::new(ms, move || {
            controller.abort()
        }))
    };
    let first_byte_limit = abort_after(first_byte_ms);
    let promise = window().fetch_with_str_and_init(address, &init);
    let response = JsFuture::from(promise)
        .await
        .map_err(network)?
        .dyn_into::<web_sys::Response>()
        .map_err(network)?;
    drop(first_byte_limit);
    let _whole_file_limit = abort_after(whole_ms);
    if !response.ok() {
        return Err(FetchProblem::Status(response.status()));
    }
    // A static server that falls back to index.html for every unknown address answers 200 with
    // the app's page: that is a missing file, not a broken one.
    let content_type = response.headers().get("content-type").ok().flatten();
    if content_type.is_some_and(|t| t.contains("text/html")) {
        return Err(FetchProblem::Status(404));
    }
    // Bytes, not `text()`: the browser would turn a spreadsheet's Windows-1252 letters into
    // replacement marks before the kiosk can tell.
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
