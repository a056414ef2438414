//! The list of languages, each written in itself.

use crate::components::icon::{pictogram, Icon};
use crate::config::use_config;
use crate::i18n::{message_in, use_locale, LANGUAGES};
use leptos::prelude::*;

/// Every enabled language as a large button with its own name and `lang` (DSFR language picker
/// rules: no flags, the current one marked with `aria-current`). One tap switches every text,
/// once the language's files are here (`aria-busy` on its button meanwhile).
#[component]
pub fn LanguagePicker(
    /// Called after the language changed, with its code: not when its files did not come, nor
    /// when the person has left the screen while they were on their way.
    on_pick: Callback<String>,
    /// `id` of the visible text that names the list.
    labelled_by: &'static str,
) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let buttons = move || {
        config
            .enabled_languages()
            .into_iter()
            .map(|language| {
                let code = language.code.as_str();
                let current = move || (locale.get().code == code).then_some("true");
                view! {
                    <li>
                        <button
                            class="k-button k-languages__button"
                            lang=code
                            dir=language.direction.as_html()
                            aria-current=current
                            aria-busy=move || {
                                locale.loading().is_some_and(|l| l.code == code).then_some("true")
                            }
                            on:click=move |_| {
                                locale
                                    .choose(
                                        code,
                                        move |shown| {
                                            if shown {
                                                let _ = on_pick.try_run(code.to_string());
                                            }
                                        },
                                    );
                            }
                        >
                            {language.name.as_str()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    // A language whose files did not come: said in French and in that language, where the
    // person is looking, and the person can pick again.
    let not_loaded = move || {
        locale.failed().map(|language| {
            let french = LANGUAGES.default_language();
            view! {
                <div class="k-languages__not-loaded" role="alert">
                    <Icon name=pictogram::ALERT />
                    <div>
                        <p lang=french.code.clone() dir=french.direction.as_html()>
                            {message_in(&french.code, "language-not-loaded")}
                        </p>
                        <p lang=language.code.clone() dir=language.direction.as_html()>
                            {message_in(&language.code, "language-not-loaded")}
                        </p>
                    </div>
                </div>
            }
        })
    };
    view! {
        {not_loaded}
        <ul class="k-languages" aria-labelledby=labelled_by>
            {buttons}
        </ul>
    }
}
