//! The self-assessment in the app: the person's answers, held in memory only (the reset reloads
//! the page, which forgets them), and their outcome.

use crate::browser::local_now;
use crate::content::{QUESTIONNAIRE, RULES};
use leptos::prelude::*;
use pasapas_core::content::assessment::{Answers, Question};
use pasapas_core::installation::places::PlacesFile;
use pasapas_core::visit::outcome::{outcome, Inputs, Outcome};

/// The outcome of `answers` (see [`pasapas_core::visit::outcome`]), with the places when they
/// are known; `None` only if the questionnaire or the rules were left out of the build.
pub fn outcome_of(
    answers: &Answers,
    language: &str,
    language_is_default: bool,
    reads_aloud: bool,
    places: Option<&PlacesFile>,
    kiosk_at: Option<(f64, f64)>,
) -> Option<Outcome> {
    Some(outcome(&Inputs {
        questionnaire: QUESTIONNAIRE.as_ref()?,
        rules: RULES.as_ref()?,
        answers,
        language,
        language_is_default,
        places,
        kiosk_at,
        now: local_now(),
        reads_aloud,
    }))
}

/// The outcome without places: what the figures count when the last answer is given.
pub fn outcome_without_places(
    answers: &Answers,
    language: &str,
    language_is_default: bool,
    reads_aloud: bool,
) -> Option<Outcome> {
    outcome_of(
        answers,
        language,
        language_is_default,
        reads_aloud,
        None,
        None,
    )
}

/// The answers of the person at the kiosk, provided once by `App`. Screens read them and give or
/// forget answers through its methods.
#[derive(Clone, Copy)]
pub struct AssessmentAnswers(RwSignal<Answers>);

impl AssessmentAnswers {
    /// Every answer so far (tracked).
    pub fn get(&self) -> Answers {
        self.0.get()
    }

    /// Every answer so far, without tracking (in event handlers).
    pub fn get_untracked(&self) -> Answers {
        self.0.get_untracked()
    }

    /// Whether `answer` is among the answers to `question` (tracked).
    pub fn has(&self, question: &str, answer: &str) -> bool {
        self.0.with(|a| {
            a.get(question)
                .is_some_and(|given| given.iter().any(|g| g == answer))
        })
    }

    /// Gives `answer` to `question`: it replaces the answer, or, on a question with several
    /// answers, is added or taken away.
    pub fn choose(&self, question: &Question, answer: &str) {
        self.0.update(|a| {
            let given = a.entry(question.id.clone()).or_default();
            if question.multiple {
                if let Some(i) = given.iter().position(|g| g == answer) {
                    given.remove(i);
                } else {
                    given.push(answer.to_string());
                }
            } else {
                *given = vec![answer.to_string()];
            }
        });
    }

    /// Sets the only answer of `question` ("I don't understand the question").
    pub fn set_only(&self, question: &Question, answer: &str) {
        self.0.update(|a| {
            a.insert(question.id.clone(), vec![answer.to_string()]);
        });
    }

    /// Leaves `question` unanswered (an optional question skipped).
    pub fn skip(&self, question: &Question) {
        self.0.update(|a| {
            a.remove(&question.id);
        });
    }

    /// Forgets every answer, to start again.
    pub fn forget(&self) {
        self.0.set(Answers::new());
    }
}

/// Provides the answers, none yet; call once, in `App`.
pub fn provide_assessment() {
    provide_context(AssessmentAnswers(RwSignal::new(Answers::new())));
}

/// The `AssessmentAnswers` provided by `App`.
pub fn use_assessment() -> AssessmentAnswers {
    expect_context::<AssessmentAnswers>()
}
