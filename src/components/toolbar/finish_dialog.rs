use crate::components::icon::{pictogram, Icon};
use crate::components::modal::Modal;
use crate::i18n::use_locale;
use crate::kiosk;
use crate::t;
use leptos::prelude::*;

/// "I have finished": asks once, then erases everything for the next person. "No" comes first
/// and gets the focus, so a slip of the finger does not erase.
#[component]
pub fn FinishDialog(
    /// Whether the dialog is shown; "No" closes it.
    open: RwSignal<bool>,
) -> impl IntoView {
    let locale = use_locale();
    let counting = crate::stats::use_counting();
    view! {
        <Modal
            open=open
            labelled_by="k-finish-title"
            on_close=Callback::new(move |_| open.set(false))
        >
            <h2 id="k-finish-title" class="k-modal__title">
                <Icon name=pictogram::FINISH />
                {move || t!(locale, "finish-title")}
            </h2>
            <p class="k-modal__text">
                <Icon name=pictogram::ERASE />
                {move || t!(locale, "finish-erase")}
            </p>
            <p class="k-modal__text">
                <Icon name=pictogram::CHECK />
                {move || t!(locale, "finish-next")}
            </p>
            <div class="k-modal__actions">
                <button class="k-button k-button--secondary" on:click=move |_| open.set(false)>
                    <Icon name=pictogram::BACK />
                    <span>{move || t!(locale, "finish-cancel")}</span>
                </button>
                <button
                    class="k-button k-button--danger"
                    on:click=move |_| {
                        counting.record(pasapas_core::agent::stats::Event::FinishAndErase);
                        kiosk::reset();
                    }
                >
                    <Icon name=pictogram::ERASE />
                    <span>{move || t!(locale, "finish-confirm")}</span>
                </button>
            </div>
        </Modal>
    }
}
