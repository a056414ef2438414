//! The list of languages, each written in itself.

use crate::config::use_config;
use crate::i18n::use_locale;
use leptos::prelude::*;

/// Every enabled language as a large button with its own name and `lang` (DSFR language picker
/// rules: no flags, the current one marked with `aria-current`). One tap switches every text.
#[component]
pub fn LanguagePicker(
    /// Called after the language changed, with its code.
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
                            on:click=move |_| {
                                locale.set(code);
                                on_pick.run(code.to_string());
                            }
                        >
                            {language.name.as_str()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="k-languages" aria-labelledby=labelled_by>
            {buttons}
        </ul>
    }
}
