use super::Feedback;
use crate::components::keyboard::{Key, Keyboard};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::practice::{email_feedback, EmailFeedback};

/// Type a pretend e-mail address on the kiosk's keyboard, with friendly feedback after each key.
#[component]
pub fn EmailKeyboard() -> impl IntoView {
    let locale = use_locale();
    let address = RwSignal::new(String::new());
    let feedback = Memo::new(move |_| email_feedback(&address.get()));
    let on_key = Callback::new(move |key: Key| address.update(|a| key.apply(a)));
    view! {
        <label class="k-field">
            <span class="k-field__label">{move || t!(locale, "practice-email-label")}</span>
            <span class="k-field__hint">{move || t!(locale, "practice-email-hint")}</span>
            <input
                id="k-practice-email"
                class="k-field__input"
                type="text"
                dir="ltr"
                inputmode="none"
                autocomplete="off"
                spellcheck="false"
                prop:value=move || address.get()
                on:input:target=move |event| address.set(event.target().value())
            />
        </label>
        <Feedback
            text=Signal::derive(move || crate::i18n::text(locale, feedback.get().message_id()))
            good=Signal::derive(move || feedback.get() == EmailFeedback::WellWritten)
        />
        <Keyboard on_key=on_key controls="k-practice-email" />
    }
}
