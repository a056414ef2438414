//! Any address that is no [`Screen`](crate::screen::Screen).

use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::screen::{Screen, ScreenLink};
use crate::t;
use leptos::prelude::*;

/// An unknown address: say so plainly and offer the way home. Never a blank screen.
#[component]
pub fn NotFound() -> impl IntoView {
    let locale = use_locale();
    view! {
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "notfound-title")}
        </h1>
        <p>
            <ScreenLink to=Screen::Home class="k-button k-button--primary">
                <Icon name=pictogram::HOME />
                <span>{move || t!(locale, "notfound-home")}</span>
            </ScreenLink>
        </p>
    }
}
