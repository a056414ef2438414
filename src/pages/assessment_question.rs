//! `Screen::Question`: one question per screen, answered with picture buttons, never by typing.

use crate::assessment::{outcome_without_places, use_assessment};
use crate::components::icon::{pictogram, Icon, Picture};
use crate::config::use_config;
use crate::content::QUESTIONNAIRE;
use crate::i18n::{text, use_locale};
use crate::screen::{use_go, Screen, ScreenLink};
use crate::session::use_session;
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::Event;
use pasapas_core::content::assessment::{Kind, Question, SkillAnswer};

/// The question at position `number` of the person's path (gating may shorten it). A tap on an
/// answer records it and opens the next question; Back comes here again with the answer marked.
#[component]
pub fn AssessmentQuestion(number: usize) -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let found = Memo::new(move |_| {
        let questionnaire = QUESTIONNAIRE.as_ref()?;
        let path = questionnaire.path(&answers.get());
        path.get(number.checked_sub(1)?).map(|q| (*q, path.len()))
    });
    move || match found.get() {
        Some((question, total)) => {
            view! { <QuestionScreen question=question number=number total=total /> }.into_any()
        }
        None => view! {
            <h1 class="k-title" tabindex="-1">
                {move || t!(locale, "notfound-title")}
            </h1>
            <p>
                <ScreenLink to=Screen::Question(1) class="k-button k-button--primary">
                    <Icon name=pictogram::NEXT />
                    <span>{move || t!(locale, "result-again")}</span>
                </ScreenLink>
            </p>
        }
        .into_any(),
    }
}

/// One question: its progress, picture and words, a picture button per answer, and "I don't
/// understand" (plus "skip" on optional questions, "next" on those with several answers).
#[component]
fn QuestionScreen(question: &'static Question, number: usize, total: usize) -> impl IntoView {
    let locale = use_locale();
    let answers = use_assessment();
    let counting = use_counting();
    let config = use_config();
    let session = use_session();
    let go = use_go();
    // After each answer: the next question, or the result. The path may have changed with this
    // answer (gating), so it is computed again. Answering the first question begins the
    // self-assessment; answering the last completes it: both are counted here, by the answer.
    let go_on = Callback::new(move |_: ()| {
        if number == 1 {
            counting.record_once(Event::AssessmentStarted);
        }
        let given = answers.get_untracked();
        let total = QUESTIONNAIRE
            .as_ref()
            .map(|q| q.path(&given).len())
            .unwrap_or(0);
        if number < total {
            go(&Screen::Question(number + 1));
            return;
        }
        let language = locale.get_untracked().code.clone();
        let default = config.settings_untracked().default_language.clone();
        if let Some(outcome) = outcome_without_places(
            &given,
            &language,
            language == default,
            session.reads_aloud_untracked(),
        ) {
            if counting.record_once(Event::AssessmentCompleted(outcome.profile.slug().into())) {
                for help in outcome.help {
                    counting.record(Event::CardIssued(help.card.id));
                }
            }
        }
        go(&Screen::AssessmentResult);
    });
    let chosen = move |answer: &str| answers.has(&question.id, answer);
    let choose = move |answer: String| {
        // "I do not read French": the rest of the visit is read aloud.
        if question
            .answers
            .iter()
            .any(|a| a.id == answer && a.turns_on_read_aloud)
        {
            session.set_read_aloud(true);
        }
        answers.choose(question, &answer);
        if !question.multiple {
            go_on.run(());
        }
    };
    let button = move |answer: String, label: String, pictogram: Option<String>| {
        let id = answer.clone();
        let label_for_view = label.clone();
        view! {
            <li>
                <button
                    type="button"
                    class="k-answer"
                    aria-pressed=move || chosen(&id).to_string()
                    on:click=move |_| choose(answer.clone())
                >
                    {pictogram.map(|p| view! { <Picture name=p /> })}
                    <span data-read="">{move || text(locale, &label_for_view)}</span>
                </button>
            </li>
        }
    };
    let buttons = match question.kind {
        Kind::Skill => [SkillAnswer::Alone, SkillAnswer::WithHelp, SkillAnswer::No]
            .into_iter()
            .map(|a| {
                let pictogram = QUESTIONNAIRE
                    .as_ref()
                    .map(|q| q.skill_answer_pictograms.of(a).to_string());
                button(a.slug().to_string(), a.message_id(), pictogram)
            })
            .collect_view()
            .into_any(),
        _ => question
            .answers
            .iter()
            .map(|a| {
                button(
                    a.id.clone(),
                    question.answer_message_id(&a.id),
                    Some(a.pictogram.clone()),
                )
            })
            .collect_view()
            .into_any(),
    };
    let not_understood = SkillAnswer::DontUnderstand.slug();
    // The bar stands on the whole questionnaire, so it never moves back when gating shortens the
    // path; the words say "a few more" rather than a total that could shrink.
    let (position, scale) = QUESTIONNAIRE
        .as_ref()
        .map_or((number, total), |q| q.progress(question));
    // A question about reading must not need reading: it speaks as it shows (unless read aloud
    // is on already, which reads every screen).
    if question.spoken && !session.reads_aloud_untracked() {
        request_animation_frame(move || crate::screen::read_screen(locale, session));
    }
    view! {
        <div class="k-question">
            <p class="k-step__tutorial">{move || t!(locale, "assessment-title")}</p>
            <p id="k-question-progress" class="k-step__progress">
                {move || t!(locale, "assessment-progress", number = number)}
                {move || match total.saturating_sub(number) {
                    0 => format!(" {}", t!(locale, "assessment-last")),
                    1..=3 => format!(" {}", t!(locale, "assessment-few-left")),
                    _ => String::new(),
                }}
            </p>
            <progress
                class="k-step__bar"
                max=scale
                value=position
                aria-labelledby="k-question-progress"
            ></progress>
            <div class="k-question__head">
                <Picture name=question.pictogram.clone() />
                <h1 class="k-title" tabindex="-1" data-read="">
                    {move || text(locale, &question.message_id())}
                </h1>
            </div>
            {question.multiple.then(|| view! { <p>{move || t!(locale, "assessment-several")}</p> })}
            <ul class="k-answers">{buttons}</ul>
            <div class="k-question__more">
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    aria-pressed=move || chosen(not_understood).to_string()
                    on:click=move |_| {
                        answers.set_only(question, not_understood);
                        go_on.run(());
                    }
                >
                    <Icon name=pictogram::HELP />
                    <span>{move || t!(locale, "assessment-answer-dont-understand")}</span>
                </button>
                {(question.kind == Kind::Optional)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="k-button k-button--secondary"
                                on:click=move |_| {
                                    answers.skip(question);
                                    go_on.run(());
                                }
                            >
                                <Icon name=pictogram::NEXT />
                                <span>{move || t!(locale, "assessment-skip")}</span>
                            </button>
                        }
                    })}
                {question
                    .multiple
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="k-button k-button--primary"
                                on:click=move |_| go_on.run(())
                            >
                                <span>{move || t!(locale, "assessment-next")}</span>
                                <Icon name=pictogram::NEXT />
                            </button>
                        }
                    })}
            </div>
        </div>
    }
}
