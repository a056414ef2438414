//! The kiosk's own on-screen keyboard: many kiosks have no physical keyboard, and the system one
//! would cover half the screen with small keys.

use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;

/// One key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Space,
    Erase,
}

impl Key {
    /// Applies the key to a text, as a field would.
    pub fn apply(self, text: &mut String) {
        match self {
            Key::Char(c) => text.push(c),
            Key::Space => text.push(' '),
            Key::Erase => {
                text.pop();
            }
        }
    }
}

/// Large keys (at least 80×80 px, 8 px apart), one tap each, in rows that wrap rather than
/// scroll at 200 % text. The layout comes from Fluent (`keyboard-row-1`…`4`), so each language
/// can have its own (AZERTY in French). Letters are lower case: addresses and identifiers are.
#[component]
pub fn Keyboard(
    /// Called with every key pressed.
    on_key: Callback<Key>,
    /// `id` of the field the keys type into (for `aria-controls`).
    controls: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let rows = move || {
        [
            t!(locale, "keyboard-row-1"),
            t!(locale, "keyboard-row-2"),
            t!(locale, "keyboard-row-3"),
            t!(locale, "keyboard-row-4"),
        ]
        .into_iter()
        .map(|row| {
            let keys = row
                .split_whitespace()
                .filter_map(|key| key.chars().next())
                .map(|c| {
                    view! {
                        <button
                            type="button"
                            class="k-key"
                            aria-controls=controls
                            on:click=move |_| on_key.run(Key::Char(c))
                        >
                            {c.to_string()}
                        </button>
                    }
                })
                .collect_view();
            view! { <div class="k-keyboard__row">{keys}</div> }
        })
        .collect_view()
    };
    view! {
        <div
            class="k-keyboard"
            role="group"
            aria-label=move || t!(locale, "keyboard-label")
            dir="ltr"
        >
            {rows}
            <div class="k-keyboard__row">
                <button
                    type="button"
                    class="k-key k-key--wide"
                    aria-controls=controls
                    on:click=move |_| on_key.run(Key::Space)
                >
                    <Icon name=pictogram::SPACE />
                    <span>{move || t!(locale, "keyboard-space")}</span>
                </button>
                <button
                    type="button"
                    class="k-key k-key--wide"
                    aria-controls=controls
                    on:click=move |_| on_key.run(Key::Erase)
                >
                    <Icon name=pictogram::BACKSPACE />
                    <span>{move || t!(locale, "keyboard-erase")}</span>
                </button>
            </div>
        </div>
    }
}
