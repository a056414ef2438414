//! A text from content data (a tutorial's title, a step's note, a road's message), marked with
//! its language while it falls back to French.

use crate::i18n::{shown_text, use_locale};
use leptos::prelude::*;

/// The message `id` from data in the displayed language, in a `<span>`. While that language's
/// tutorial texts are on their way it shows French, marked `lang` and `dir` (see
/// [`crate::i18n::Shown`]), and its own words as soon as they arrive.
#[component]
pub fn DataText(
    /// The Fluent id, from the content files.
    id: &'static str,
    /// The span's class, if its container styles it.
    #[prop(optional)]
    class: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    // One lookup per language change or arrival of files, shared by the text and its marks.
    let shown = Memo::new(move |_| shown_text(locale, id));
    view! {
        <span
            class=class
            lang=move || shown.with(|s| s.lang.clone())
            dir=move || shown.with(|s| s.dir)
        >
            {move || shown.with(|s| s.text.clone())}
        </span>
    }
}
