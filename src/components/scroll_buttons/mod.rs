//! "Up" and "Down" buttons for screens taller than the kiosk's screen: a person who cannot swipe
//! (or does not know it) reaches everything with single taps.

use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use leptos_use_interval_fn::use_interval_fn;

/// Two large buttons on the inline-end edge, each shown only when the screen can move that way.
/// While they are shown, `<html data-scrollable>` makes room for them so they cover nothing.
#[component]
pub fn ScrollButtons() -> impl IntoView {
    let locale = use_locale();
    let can_up = RwSignal::new(false);
    let can_down = RwSignal::new(false);
    let measure = move || {
        let Some(root) = document().scrolling_element() else {
            return;
        };
        let top = root.scroll_top();
        can_up.set(top > 0);
        can_down.set(top + root.client_height() < root.scroll_height() - 1);
    };
    // Screens change height when their content or the text size changes; a light poll catches
    // every cause, the scroll listener makes the buttons follow a finger at once.
    let _ = use_interval_fn(measure, 400);
    let _ = use_event_listener(window(), leptos::ev::scroll, move |_| measure());
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let shown = can_up.get() || can_down.get();
            let _ = if shown {
                html.set_attribute("data-scrollable", "")
            } else {
                html.remove_attribute("data-scrollable")
            };
        }
    });
    let scroll = move |direction: i32| {
        let step = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0)
            * 0.6;
        let options = web_sys::ScrollToOptions::new();
        options.set_top(f64::from(direction) * step);
        options.set_behavior(web_sys::ScrollBehavior::Smooth);
        window().scroll_by_with_scroll_to_options(&options);
    };
    view! {
        <Show when=move || can_up.get() || can_down.get()>
            // An <aside> landmark, so it is not content outside every landmark (RGAA 12.6).
            <aside class="k-scroll" aria-label=move || t!(locale, "scroll-label")>
                <button
                    type="button"
                    class="k-scroll__button"
                    disabled=move || !can_up.get()
                    on:click=move |_| scroll(-1)
                >
                    <Icon name=pictogram::SCROLL_UP />
                    <span>{move || t!(locale, "scroll-up")}</span>
                </button>
                <button
                    type="button"
                    class="k-scroll__button"
                    disabled=move || !can_down.get()
                    on:click=move |_| scroll(1)
                >
                    <Icon name=pictogram::SCROLL_DOWN />
                    <span>{move || t!(locale, "scroll-down")}</span>
                </button>
            </aside>
        </Show>
    }
}
