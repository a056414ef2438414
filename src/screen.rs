//! The app's side of [`Screen`], the one vocabulary of addresses: the current screen, the link and
//! the navigation that always replace the history entry, and what happens each time a screen
//! opens (focus moves to its heading; in read-aloud mode the screen is read).

use crate::i18n::Locale;
use crate::session::Session;
use crate::speech::{self, Spoken};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
pub use pasapas_core::visit::navigation::Screen;
use wasm_bindgen::JsCast;

/// The screen shown, `None` for an address that is no screen.
pub fn use_current_screen() -> Memo<Option<Screen>> {
    let location = use_location();
    Memo::new(move |_| Screen::parse(&location.pathname.get()))
}

/// Opens a screen from an action (a PIN accepted, an answer given). Like every link, it replaces
/// the history entry: the kiosk keeps no history, so nobody can go "back" into the previous
/// person's screens, and the reset leaves a history of one entry.
pub fn use_go() -> impl Fn(&Screen) + Clone + 'static {
    let navigate = use_navigate();
    move |screen: &Screen| {
        release_focus(screen);
        navigate(
            &screen.path(),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    }
}

/// Takes the focus off the control just tapped, before the screen it belongs to is replaced by
/// `next`. Why: Chromium brings the whole page's style up to date the moment a focused element
/// leaves the DOM. After a language pick that is all of Welcome, restyled for the new language's
/// `dir` only to be thrown away: 44 ms of a 162 ms pick at 4× CPU throttling (a profiled trace of
/// 2026-11-27). Unfocused, the old screen leaves without it and the browser styles the new
/// screen once. The focus goes to the new screen's heading right after ([`use_screen_change`]);
/// a tap that stays on the same screen (Home on Home) keeps it where it is.
fn release_focus(next: &Screen) {
    let staying = window().location().pathname().ok() == Some(next.path());
    if staying {
        return;
    }
    if let Some(focused) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = focused.blur();
    }
}

/// A link to a screen, replacing the history entry (see [`use_go`]). `on_tap` runs first: the
/// action a tap means (counting a tutorial opened, forgetting answers to start again).
#[component]
pub fn ScreenLink(
    /// Where the link goes.
    #[prop(into)]
    to: Signal<Screen>,
    /// The link's classes (`k-card`, `k-button k-button--primary`…).
    #[prop(into)]
    class: String,
    /// What the tap does besides opening the screen.
    #[prop(optional)]
    on_tap: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    view! {
        <a
            class=class
            href=move || to.get().path()
            prop:replace=true
            on:click=move |_| {
                release_focus(&to.get_untracked());
                if let Some(action) = on_tap {
                    action.run(());
                }
            }
        >
            {children()}
        </a>
    }
}

/// Reads the current screen (or open dialog) aloud in the displayed language, or says in the
/// toolbar that this browser has no voice for it.
pub fn read_screen(locale: Locale, session: Session) {
    let code = locale.get().code.clone();
    let spoken = speech::speak(&speech::screen_blocks(&code));
    session.set_no_voice(spoken == Spoken::NoVoice);
}

/// On every new screen and every language change: focus the `<h1>` (so screen readers and
/// keyboard users start at the top, RGAA 12.x) and read the screen if the mode is on.
pub fn use_screen_change(locale: Locale, session: Session) {
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        locale.track();
        session.set_no_voice(false);
        // After the new screen is in the DOM: effects run before the browser paints it.
        request_animation_frame(move || {
            focus_heading();
            if session.reads_aloud_untracked() {
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
