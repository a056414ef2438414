//! Safe practice screens: they imitate the real thing with fake data. Nothing typed or chosen is
//! stored, logged or sent: it lives in the widget's own signals, gone when the screen changes and
//! at the reset.

mod attach_document;
mod email_keyboard;
mod franceconnect_login;
mod scam_or_real;

use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::Practice as Kind;

/// The practice area of a step: a heading, the promise that nothing is kept, and the widget.
#[component]
pub fn Practice(
    /// Which practice screen.
    kind: Kind,
) -> impl IntoView {
    let locale = use_locale();
    let widget = match kind {
        Kind::EmailKeyboard => view! { <email_keyboard::EmailKeyboard /> }.into_any(),
        Kind::FranceconnectLogin => {
            view! { <franceconnect_login::FranceconnectLogin /> }.into_any()
        }
        Kind::AttachDocument => view! { <attach_document::AttachDocument /> }.into_any(),
        Kind::ScamOrReal => view! { <scam_or_real::ScamOrReal /> }.into_any(),
    };
    view! {
        <section class="k-practice" aria-labelledby="k-practice-title">
            <h2 id="k-practice-title" class="k-practice__title">
                <Icon name=pictogram::PRACTICE />
                {move || t!(locale, "practice-title")}
            </h2>
            <p class="k-practice__promise">
                <Icon name=pictogram::ERASE />
                <span>{move || t!(locale, "practice-nothing-kept")}</span>
            </p>
            {widget}
        </section>
    }
}

/// A feedback line that screen readers announce when it changes.
#[component]
fn Feedback(
    /// The text; empty hides nothing, it just says nothing.
    #[prop(into)]
    text: Signal<String>,
    /// Whether it praises (green check) or guides (pointing hand).
    #[prop(into)]
    good: Signal<bool>,
) -> impl IntoView {
    view! {
        <p class="k-feedback" class=("k-feedback--good", move || good.get()) role="status">
            {move || {
                if good.get() {
                    view! { <Icon name=pictogram::CHECK /> }
                } else {
                    view! { <Icon name=pictogram::TOUCH /> }
                }
            }}
            <span>{move || text.get()}</span>
        </p>
    }
}
