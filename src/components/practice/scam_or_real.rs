use super::Feedback;
use crate::components::icon::Icon;
use crate::i18n::{text, use_locale};
use crate::t;
use leptos::prelude::*;

/// The three pretend messages: (message id prefix, is it a scam?). The texts and explanations are
/// in Fluent (`<prefix>-from`, `<prefix>-text`, `<prefix>-why`).
const MESSAGES: [(&str, bool); 3] = [
    ("practice-scam-1", true),
    ("practice-scam-2", false),
    ("practice-scam-3", true),
];

/// Is this message a scam? For each of three messages the person taps "real" or "scam", then
/// reads why. A score at the end, without blame.
#[component]
pub fn ScamOrReal() -> impl IntoView {
    let locale = use_locale();
    let answers: [RwSignal<Option<bool>>; 3] = std::array::from_fn(|_| RwSignal::new(None));
    let cards = MESSAGES
        .iter()
        .zip(answers)
        .enumerate()
        .map(|(i, ((prefix, is_scam), answer))| {
            let heading = format!("k-scam-{i}");
            let labelled_by = heading.clone();
            let from = format!("{prefix}-from");
            let body = format!("{prefix}-text");
            let why = format!("{prefix}-why");
            let choice = move |says_scam: bool, icon: &'static str, label: &'static str| {
                view! {
                    <button type="button" class="k-button k-button--secondary"
                        aria-pressed=move || (answer.get() == Some(says_scam)).to_string()
                        on:click=move |_| answer.set(Some(says_scam))>
                        <Icon name=icon/><span>{move || text(locale, label)}</span>
                    </button>
                }
            };
            view! {
                <li class="k-scam" aria-labelledby=labelled_by>
                    <p id=heading class="k-scam__from">{move || text(locale, &from)}</p>
                    <p class="k-scam__text">{move || text(locale, &body)}</p>
                    <div class="k-practice__actions">
                        {choice(false, "real", "practice-scam-real")}
                        {choice(true, "scam", "practice-scam-scam")}
                    </div>
                    {move || answer.get().map(|said| {
                        let right = said == *is_scam;
                        let why = why.clone();
                        view! {
                            <Feedback
                                text=Signal::derive(move || {
                                    let verdict = if right { t!(locale, "practice-scam-right") } else { t!(locale, "practice-scam-wrong") };
                                    format!("{verdict} {}", text(locale, &why))
                                })
                                good=right/>
                        }
                    })}
                </li>
            }
        })
        .collect_view();
    let score = move || {
        let given: Vec<_> = answers.iter().map(|a| a.get()).collect();
        given.iter().all(Option::is_some).then(|| {
            let right = given
                .iter()
                .zip(MESSAGES)
                .filter(|(said, (_, is_scam))| **said == Some(*is_scam))
                .count();
            view! { <p class="k-practice__score" role="status">{move || t!(locale, "practice-scam-score", right = right, total = MESSAGES.len())}</p> }
        })
    };
    view! {
        <ul class="k-scams">{cards}</ul>
        {score}
    }
}
