use crate::components::icon::{pictogram, Icon};
use crate::components::language_picker::LanguagePicker;
use crate::components::modal::Modal;
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;

/// The toolbar's language choice: the same picker as Welcome, in a dialog that closes on a pick.
#[component]
pub fn LanguageDialog(
    /// Whether the dialog is shown; the dialog closes itself.
    open: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let counting = crate::stats::use_counting();
    let close = Callback::new(move |_| open.set(false));
    view! {
        <Modal open=open labelled_by="k-language-title" on_close=close>
            <h2 id="k-language-title" class="k-modal__title">
                <Icon name=pictogram::LANGUAGE />
                {move || t!(locale, "language-title")}
            </h2>
            <LanguagePicker
                labelled_by="k-language-title"
                on_pick=Callback::new(move |code: String| {
                    counting.record_once(pasapas_core::agent::stats::Event::LanguageChosen(code));
                    open.set(false);
                })
            />
            <div class="k-modal__actions">
                <button class="k-button k-button--secondary" on:click=move |_| open.set(false)>
                    <Icon name=pictogram::CLOSE />
                    <span>{move || t!(locale, "dialog-close")}</span>
                </button>
            </div>
        </Modal>
    }
}
