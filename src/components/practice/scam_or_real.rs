use super::Feedback;
use crate::components::icon::{pictogram, Icon, Pictogram};
use crate::content::PRACTICE;
use crate::i18n::{text, use_locale};
use crate::t;
use leptos::prelude::*;

/// Is this message a scam? For each pretend message of `assets/content/practice.toml` the person
/// taps "real" or "scam", then reads why. A score at the end, without blame.
#[component]
pub fn ScamOrReal() -> impl IntoView {
    let locale = use_locale();
    let messages = &PRACTICE.scam_or_real;
    let answers: Vec<RwSignal<Option<bool>>> =
        messages.iter().map(|_| RwSignal::new(None)).collect();
    let cards = messages
        .iter()
        .zip(answers.clone())
        .enumerate()
        .map(|(i, (message, answer))| {
            let is_scam = &message.scam;
            let heading = format!("k-scam-{i}");
            let labelled_by = heading.clone();
            let from = message.from_message_id();
            let body = message.text_message_id();
            let why = message.why_message_id();
            let choice = move |says_scam: bool, icon: Pictogram, label: &'static str| {
                view! {
                    <button
                        type="button"
                        class="k-button k-button--secondary"
                        aria-pressed=move || (answer.get() == Some(says_scam)).to_string()
                        on:click=move |_| answer.set(Some(says_scam))
                    >
                        <Icon name=icon />
                        <span>{move || text(locale, label)}</span>
                    </button>
                }
            };
            view! {
                <li class="k-scam" aria-labelledby=labelled_by>
                    <p id=heading class="k-scam__from">
                        {move || text(locale, &from)}
                    </p>
                    <p class="k-scam__text">{move || text(locale, &body)}</p>
                    <div class="k-practice__actions">
                        {choice(false, pictogram::REAL, "practice-scam-real")}
                        {choice(true, pictogram::SCAM, "practice-scam-scam")}
                    </div>
                    {move || {
                        answer
                            .get()
                            .map(|said| {
                                let right = said == *is_scam;
                                let why = why.clone();
                                view! {
                                    <Feedback
                                        text=Signal::derive(move || {
                                            let verdict = if right {
                                                t!(locale, "practice-scam-right")
                                            } else {
                                                t!(locale, "practice-scam-wrong")
                                            };
                                            format!("{verdict} {}", text(locale, &why))
                                        })
                                        good=right
                                    />
                                }
                            })
                    }}
                </li>
            }
        })
        .collect_view();
    let score = move || {
        let given: Vec<_> = answers.iter().map(|a| a.get()).collect();
        given.iter().all(Option::is_some).then(|| {
            let right = given
                .iter()
                .zip(messages)
                .filter(|(said, message)| **said == Some(message.scam))
                .count();
            let total = messages.len();
            view! {
                <p class="k-practice__score" role="status">
                    {move || t!(locale, "practice-scam-score", right = right, total = total)}
                </p>
            }
        })
    };
    view! {
        <ul class="k-scams">{cards}</ul>
        {score}
    }
}
