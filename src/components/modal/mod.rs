//! A modal dialog on the native `<dialog>` element.

use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog. `showModal()` makes the rest of the screen inert and keeps keyboard focus
/// inside, which a `div` with ARIA would have to imitate. The first button gets the focus, so
/// put the safe choice first.
#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// `id` of the dialog's heading, which names it.
    labelled_by: &'static str,
    /// Called when the person closes it with the Escape key.
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    // The DOM's own open state is outside Leptos: this effect is the one place that syncs it.
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        if open.get() {
            if !element.open() {
                let _ = element.show_modal();
            }
        } else if element.open() {
            element.close();
        }
    });
    view! {
        <dialog
            node_ref=dialog
            class="k-modal"
            aria-labelledby=labelled_by
            on:cancel=move |event: web_sys::Event| {
                event.prevent_default();
                on_close.run(());
            }
        >
            {children()}
        </dialog>
    }
}
