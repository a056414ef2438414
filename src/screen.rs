//! What happens each time a screen opens: focus moves to its heading, and in read-aloud mode the
//! screen is read. Also the one function that reads the current screen on demand.

use crate::i18n::Locale;
use crate::session::Session;
use crate::speech::{self, Spoken};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Reads the current screen (or open dialog) aloud in the displayed language, or says in the
/// toolbar that this browser has no voice for it.
pub fn read_screen(locale: Locale, session: Session) {
    let code = locale.get().code.clone();
    let spoken = speech::speak(&speech::screen_blocks(&code));
    session.no_voice.set(spoken == Spoken::NoVoice);
}

/// On every new screen and every language change: focus the `<h1>` (so screen readers and
/// keyboard users start at the top, RGAA 12.x) and read the screen if the mode is on.
pub fn use_screen_change(locale: Locale, session: Session) {
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        locale.track();
        session.no_voice.set(false);
        // After the new screen is in the DOM: effects run before the browser paints it.
        request_animation_frame(move || {
            focus_heading();
            if session.read_aloud.get_untracked() {
                read_screen(locale, session);
            }
        });
    });
}

fn focus_heading() {
    let heading = document()
        .query_selector("main h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.focus();
    }
}
