use super::Feedback;
use crate::components::icon::{pictogram, Icon};
use crate::components::keyboard::{Key, Keyboard};
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;
use pasapas_core::content::practice::{
    practice_login_is_right, PRACTICE_IDENTIFIER, PRACTICE_PASSWORD,
};

/// Which field the on-screen keyboard types into.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Identifier,
    Password,
}

/// A FranceConnect-style login with a pretend account: choose the account, type the identifier
/// and password shown on screen, show or hide the password, connect.
#[component]
pub fn FranceconnectLogin() -> impl IntoView {
    let locale = use_locale();
    let account = RwSignal::new(None::<&'static str>);
    let identifier = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let active = RwSignal::new(Field::Identifier);
    let visible = RwSignal::new(false);
    let result = RwSignal::new(None::<bool>);
    let on_key = Callback::new(move |key: Key| {
        result.set(None);
        match active.get_untracked() {
            Field::Identifier => identifier.update(|v| key.apply(v)),
            Field::Password => password.update(|v| key.apply(v)),
        }
    });
    let choose = move |id: &'static str| {
        view! {
            <li>
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    on:click=move |_| account.set(Some(id))
                >
                    {move || crate::i18n::text(locale, id)}
                </button>
            </li>
        }
    };
    view! {
        <Show
            when=move || account.get().is_some()
            fallback=move || {
                view! {
                    <p id="k-fc-choose">{move || t!(locale, "practice-fc-choose")}</p>
                    <ul class="k-choices" aria-labelledby="k-fc-choose">
                        {choose("practice-fc-account-impots")}
                        {choose("practice-fc-account-ameli")}
                    </ul>
                }
            }
        >
            <p class="k-practice__example">
                {move || {
                    let (identifier, password) = (PRACTICE_IDENTIFIER, PRACTICE_PASSWORD);
                    t!(locale, "practice-fc-example", identifier = identifier, password = password)
                }}
            </p>
            <label class="k-field">
                <span class="k-field__label">{move || t!(locale, "practice-fc-identifier")}</span>
                <input
                    id="k-fc-identifier"
                    class="k-field__input"
                    type="text"
                    dir="ltr"
                    inputmode="none"
                    autocomplete="off"
                    class=("k-field__input--active", move || active.get() == Field::Identifier)
                    prop:value=move || identifier.get()
                    on:focus=move |_| active.set(Field::Identifier)
                    on:input:target=move |event| identifier.set(event.target().value())
                />
            </label>
            <label class="k-field">
                <span class="k-field__label">{move || t!(locale, "practice-fc-password")}</span>
                <input
                    id="k-fc-password"
                    class="k-field__input"
                    dir="ltr"
                    inputmode="none"
                    autocomplete="off"
                    type=move || if visible.get() { "text" } else { "password" }
                    class=("k-field__input--active", move || active.get() == Field::Password)
                    prop:value=move || password.get()
                    on:focus=move |_| active.set(Field::Password)
                    on:input:target=move |event| password.set(event.target().value())
                />
            </label>
            <div class="k-practice__actions">
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    aria-pressed=move || visible.get().to_string()
                    on:click=move |_| visible.update(|v| *v = !*v)
                >
                    {move || {
                        if visible.get() {
                            view! { <Icon name=pictogram::EYE_OFF /> }
                        } else {
                            view! { <Icon name=pictogram::EYE /> }
                        }
                    }}
                    <span>{move || t!(locale, "practice-fc-show")}</span>
                </button>
                <button
                    type="button"
                    class="k-button k-button--primary"
                    on:click=move |_| {
                        result
                            .set(Some(practice_login_is_right(&identifier.get(), &password.get())))
                    }
                >
                    <Icon name=pictogram::CHECK />
                    <span>{move || t!(locale, "practice-fc-connect")}</span>
                </button>
            </div>
            {move || {
                result
                    .get()
                    .map(|right| {
                        view! {
                            <Feedback
                                text=Signal::derive(move || {
                                    if right {
                                        t!(locale, "practice-fc-good")
                                    } else {
                                        t!(locale, "practice-fc-wrong")
                                    }
                                })
                                good=right
                            />
                        }
                    })
            }}
            <Keyboard on_key=on_key controls="k-fc-identifier" />
        </Show>
    }
}
