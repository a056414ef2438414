//! Loads every illustration once the browser is idle after the start. An illustration drawn as a
//! CSS mask is an SVG document the browser builds the first time it is shown: done on a tap, that
//! was most of the time between the tap and the next screen (a step's illustration after Next).
//! Built here, in the quiet after the first screen, the tap finds them ready. Pictograms need
//! none of this: they come from one sprite, built once (`Icon`).

use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen_futures::JsFuture;

include!(concat!(env!("OUT_DIR"), "/pictures.rs"));

thread_local! {
    /// The loaded images, kept so that the browser keeps their documents for the page's life.
    static KEPT: RefCell<Vec<web_sys::HtmlImageElement>> = const { RefCell::new(Vec::new()) };
}

/// Starts the warm-up once the page has loaded (the first screen's own files come first): one
/// picture per idle moment, the next once the last is built, so that a tap during the warm-up
/// waits for one picture at most.
pub fn warm_pictures() {
    if document().ready_state() == "complete" {
        warm_from(0);
    } else {
        set_timeout(warm_pictures, std::time::Duration::from_millis(250));
    }
}

fn warm_from(index: usize) {
    let Some(address) = PICTURES.get(index) else {
        return;
    };
    request_idle_callback(move || {
        let Ok(image) = web_sys::HtmlImageElement::new() else {
            return;
        };
        // Masks fetch their image in CORS mode: the same mode makes it the same cached picture.
        image.set_cross_origin(Some("anonymous"));
        image.set_src(address);
        let built = image.decode();
        KEPT.with_borrow_mut(|kept| kept.push(image));
        leptos::task::spawn_local(async move {
            // A picture that fails (offline without it) does not stop the others.
            let _ = JsFuture::from(built).await;
            warm_from(index + 1);
        });
    });
}
