//! A pictogram from `assets/icons/`, drawn in the text colour so both themes recolour it.

use leptos::prelude::*;

/// A decorative pictogram beside a word: the word says it, so the picture is hidden from
/// assistive technology (RGAA 1.2). Direction-bearing icons are mirrored in right-to-left
/// languages by the CSS (`.k-icon--back`).
#[component]
pub fn Icon(
    /// File name in `assets/icons/` without `.svg`, e.g. `home`.
    name: &'static str,
) -> impl IntoView {
    view! { <span class=format!("k-icon k-icon--{name}") aria-hidden="true"></span> }
}
