//! Pictograms from `assets/icons/` (gathered in `assets/pictograms.svg`, pasted into the page)
//! and illustrations from `assets/illustrations/`, drawn in the text colour so both themes
//! recolour them.

use crate::i18n::Shown;
use leptos::prelude::*;

mod warm;
pub use warm::warm_pictures;

/// A pictogram of `assets/icons/`. Only the constants of [`pictogram`] make one, one per file
/// (written by `build.rs`), so a name without its file does not compile: no plain square of
/// colour can ship. Names that come from data are checked by `cargo xtask check-content`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pictogram(&'static str);

impl Pictogram {
    /// The file name without `.svg`.
    pub fn name(self) -> &'static str {
        self.0
    }
}

/// Every pictogram, by name: `pictogram::HOME` is `assets/icons/home.svg`.
pub mod pictogram {
    include!(concat!(env!("OUT_DIR"), "/pictograms.rs"));
}

/// A pictogram's `<symbol>` in the sprite `cargo xtask pictograms` makes from `assets/icons/`,
/// which trunk pastes into `index.html` (the prefix is `xtask/src/pictograms.rs`'s).
fn sprite_address(name: &str) -> String {
    format!("#k-pictogram-{name}")
}

/// A decorative pictogram beside a word: the word says it, so the picture is hidden from
/// assistive technology (RGAA 1.2). Direction-bearing icons are mirrored in right-to-left
/// languages by the CSS (`.k-icon--back`).
#[component]
pub fn Icon(
    /// The pictogram, e.g. `pictogram::HOME`.
    name: Pictogram,
) -> impl IntoView {
    let name = name.name();
    // Drawn from the page's own sprite in the text colour (`currentColor`), so the high-contrast
    // theme recolours it. A file per pictogram, as a CSS mask, cost a document each.
    view! {
        <svg class=format!("k-icon k-icon--{name}") aria-hidden="true" focusable="false">
            <use href=sprite_address(name)></use>
        </svg>
    }
}

/// A decorative pictogram named by data (a tutorial's card), hidden from assistive technology
/// because the card's title says it. `cargo xtask check-content` checks the name has its file.
#[component]
pub fn Picture(
    /// File name in `assets/icons/` without `.svg`.
    name: String,
) -> impl IntoView {
    view! {
        <svg class="k-icon k-icon--picture" aria-hidden="true" focusable="false">
            <use href=sprite_address(&name)></use>
        </svg>
    }
}

/// An illustration that carries meaning: an image with its text alternative (RGAA 1.1, 1.3).
/// A CSS mask rather than `<img>`, so it takes the text colour of the high-contrast theme.
#[component]
pub fn Illustration(
    /// File name in `assets/illustrations/` without `.svg`.
    name: String,
    /// The text alternative from data, in the displayed language or marked French (`Shown`).
    #[prop(into)]
    alt: Signal<Shown>,
) -> impl IntoView {
    view! {
        <span
            class="k-illustration"
            role="img"
            aria-label=move || alt.with(|a| a.text.clone())
            lang=move || alt.with(|a| a.lang.clone())
            dir=move || alt.with(|a| a.dir)
            style=format!("--k-icon-url: url(\"/illustrations/{name}.svg\")")
        ></span>
    }
}
