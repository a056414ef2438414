//! A modal dialog on the native `<dialog>` element.

use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal dialog. `showModal()` makes the rest of the screen inert and keeps keyboard focus
/// inside, which a `div` with ARIA would have to imitate. The first button gets the focus, so
/// put the safe choice first.
///
/// The content is built when the dialog opens and dropped when it closes: every screen has the
/// toolbar's two dialogs and the idle warning, and building them unopened made each start and
/// the tap out of Welcome slower for nothing.
#[component]
pub fn Modal(
    /// Whether the dialog is shown.
    #[prop(into)]
    open: Signal<bool>,
    /// `id` of the dialog's heading, which names it.
    labelled_by: &'static str,
    /// Called when the person closes it with the Escape key.
    on_close: Callback<()>,
    children: ChildrenFn,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    // A memo, so that setting `open` to true again does not build the content again.
    let shown = Memo::new(move |_| open.get());
    // The DOM's own open state is outside Leptos. Opening is `Shown`'s (once the content is in
    // the dialog, so that `showModal()` finds its first button); closing is here, on the dialog
    // that stays, so that the focus goes back where it was whatever is removed first.
    Effect::new(move |_| {
        if !shown.get() {
            if let Some(element) = dialog.get_untracked() {
                if element.open() {
                    element.close();
                }
            }
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
            {move || {
                shown
                    .get()
                    .then(|| {
                        let children = children.clone();
                        view! { <Shown dialog=dialog>{children()}</Shown> }
                    })
            }}
        </dialog>
    }
}

/// The content of an open [`Modal`]: shows the dialog once the content is in it.
#[component]
fn Shown(dialog: NodeRef<Dialog>, children: Children) -> impl IntoView {
    // An effect's first run comes after the content is mounted.
    Effect::new(move |_| {
        if let Some(element) = dialog.get_untracked() {
            if !element.open() {
                let _ = element.show_modal();
            }
        }
    });
    children()
}
