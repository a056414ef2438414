//! One file per screen, one screen per route (the route table is in `app.rs`).

pub mod assessment_question;
pub mod assessment_result;
pub mod help;
pub mod help_near_me;
pub mod home;
pub mod not_found;
pub mod tutorial_list;
pub mod tutorial_step;
pub mod welcome;
