//! The self-assessment in the app: the questionnaire compiled in, and the person's answers, held
//! in memory only (the reset reloads the page, which forgets them).

use leptos::prelude::*;
use pasapas_core::content::assessment::{Answers, Questionnaire};
use std::sync::LazyLock;

/// `assets/content/assessment.toml`, checked by `core/tests/assessment.rs`.
pub static QUESTIONNAIRE: LazyLock<Option<Questionnaire>> = LazyLock::new(|| {
    Questionnaire::parse(include_str!("../assets/content/assessment.toml"))
        .map_err(|error| log::error!("assessment.toml left out: {error}"))
        .ok()
});

/// The answers of the person at the kiosk, provided once by `App`.
#[derive(Clone, Copy)]
pub struct AssessmentAnswers(pub RwSignal<Answers>);

pub fn provide_assessment() {
    provide_context(AssessmentAnswers(RwSignal::new(Answers::new())));
}

pub fn use_assessment() -> AssessmentAnswers {
    expect_context::<AssessmentAnswers>()
}

/// The address of question `number` (1-based) of the current path.
pub fn question_path(number: usize) -> String {
    format!("/assessment/{number}")
}

/// The result screen's address.
pub const RESULT_PATH: &str = "/assessment/result";
