//! "Without the internet, you can also": the phone and desk roads of a procedure, so a person
//! who cannot or will not do it online is never left with the online road only.

use crate::components::data_text::DataText;
use crate::components::icon::{pictogram, Icon};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::tutorials::OtherRoads as Roads;

/// The roads of a procedure, on its last step. Everything here is read aloud (`data-read`).
#[component]
pub fn OtherRoads(
    /// The tutorial's roads, from its data file.
    roads: &'static Roads,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="k-roads" aria-labelledby="k-roads-title">
            <h2 id="k-roads-title" class="k-roads__title" data-read="">
                {move || t!(locale, "roads-title")}
            </h2>
            <p class="k-roads__road" data-read="">
                <Icon name=pictogram::PHONE />
                <DataText id=&roads.phone_message />
            </p>
            <p class="k-roads__road" data-read="">
                <Icon name=pictogram::MAP_PIN />
                <DataText id=&roads.in_person_message />
            </p>
        </section>
    }
}
