//! `/assessment/:n`: one question per screen, answered with picture buttons, never by typing.

use crate::assessment::{question_path, use_assessment, QUESTIONNAIRE, RESULT_PATH};
use crate::components::icon::{Icon, Picture};
use crate::i18n::{text, use_locale};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use leptos_router::NavigateOptions;
use pasapas_core::content::assessment::{Kind, Question, SkillAnswer};

/// The question at position `n` of the person's path (gating may shorten it). A tap on an answer
/// records it and opens the next question; Back comes here again with the answer marked.
#[component]
pub fn AssessmentQuestion() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let number = Memo::new(move |_| params.get().get("n").and_then(|n| n.parse::<usize>().ok()));
    let answers = use_assessment();
    let found = Memo::new(move |_| {
        let questionnaire = QUESTIONNAIRE.as_ref()?;
        let n = number.get()?;
        let path = questionnaire.path(&answers.0.get());
        path.get(n.checked_sub(1)?).map(|q| (*q, n, path.len()))
    });
    move || match found.get() {
        Some((question, n, total)) => {
            view! { <QuestionScreen question=question number=n total=total/> }.into_any()
        }
        None => view! {
            <h1 class="k-title" tabindex="-1">{move || t!(locale, "notfound-title")}</h1>
            <p><a class="k-button k-button--primary" href=question_path(1) prop:replace=true>
                <Icon name="next"/><span>{move || t!(locale, "result-again")}</span>
            </a></p>
        }
        .into_any(),
    }
}

#[component]
fn QuestionScreen(question: &'static Question, number: usize, total: usize) -> impl IntoView {
    let locale = use_locale();
    if number == 1 {
        crate::stats::record_once(pasapas_core::agent::stats::Event::AssessmentStarted);
    }
    let answers = use_assessment();
    let navigate = use_navigate();
    let go_on = Callback::new(move |_: ()| {
        // The path may have changed with this answer (gating), so it is computed again.
        let total = QUESTIONNAIRE
            .as_ref()
            .map(|q| q.path(&answers.0.get_untracked()).len())
            .unwrap_or(0);
        let next = if number < total {
            question_path(number + 1)
        } else {
            RESULT_PATH.to_string()
        };
        navigate(
            &next,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
    let chosen = move |answer: &str| {
        answers.0.with(|a| {
            a.get(&question.id)
                .is_some_and(|given| given.iter().any(|g| g == answer))
        })
    };
    let choose = move |answer: String| {
        answers.0.update(|a| {
            let given = a.entry(question.id.clone()).or_default();
            if question.multiple {
                if let Some(i) = given.iter().position(|g| *g == answer) {
                    given.remove(i);
                } else {
                    given.push(answer);
                }
            } else {
                *given = vec![answer];
            }
        });
        if !question.multiple {
            go_on.run(());
        }
    };
    let button = move |answer: String, label: String, pictogram: Option<String>| {
        let id = answer.clone();
        let label_for_view = label.clone();
        view! {
            <li>
                <button type="button" class="k-answer" aria-pressed=move || chosen(&id).to_string()
                    on:click=move |_| choose(answer.clone())>
                    {pictogram.map(|p| view! { <Picture name=p/> })}
                    <span data-read="">{move || text(locale, &label_for_view)}</span>
                </button>
            </li>
        }
    };
    let buttons = match question.kind {
        Kind::Skill => [SkillAnswer::Alone, SkillAnswer::WithHelp, SkillAnswer::No]
            .into_iter()
            .map(|a| {
                button(
                    a.slug().to_string(),
                    format!("assessment-answer-{}", a.slug()),
                    None,
                )
            })
            .collect_view()
            .into_any(),
        _ => question
            .answers
            .iter()
            .map(|a| {
                button(
                    a.id.clone(),
                    format!("assessment-{}-{}", question.id, a.id),
                    Some(a.pictogram.clone()),
                )
            })
            .collect_view()
            .into_any(),
    };
    let not_understood = SkillAnswer::DontUnderstand.slug();
    view! {
        <div class="k-question">
            <p class="k-step__tutorial">{move || t!(locale, "assessment-title")}</p>
            <p id="k-question-progress" class="k-step__progress">
                {move || t!(locale, "assessment-progress", number = number, total = total)}
            </p>
            <progress class="k-step__bar" max=total value=number aria-labelledby="k-question-progress"></progress>
            <div class="k-question__head">
                <Picture name=question.pictogram.clone()/>
                <h1 class="k-title" tabindex="-1" data-read="">{move || text(locale, &format!("assessment-{}", question.id))}</h1>
            </div>
            {question.multiple.then(|| view! { <p>{move || t!(locale, "assessment-several")}</p> })}
            <ul class="k-answers">{buttons}</ul>
            <div class="k-question__more">
                <button type="button" class="k-button k-button--secondary" aria-pressed=move || chosen(not_understood).to_string()
                    on:click=move |_| {
                        answers.0.update(|a| { a.insert(question.id.clone(), vec![not_understood.to_string()]); });
                        go_on.run(());
                    }>
                    <Icon name="help"/><span>{move || t!(locale, "assessment-answer-dont-understand")}</span>
                </button>
                {(question.kind == Kind::Optional).then(|| view! {
                    <button type="button" class="k-button k-button--secondary"
                        on:click=move |_| { answers.0.update(|a| { a.remove(&question.id); }); go_on.run(()); }>
                        <Icon name="next"/><span>{move || t!(locale, "assessment-skip")}</span>
                    </button>
                })}
                {question.multiple.then(|| view! {
                    <button type="button" class="k-button k-button--primary" on:click=move |_| go_on.run(())>
                        <span>{move || t!(locale, "assessment-next")}</span><Icon name="next"/>
                    </button>
                })}
            </div>
        </div>
    }
}
