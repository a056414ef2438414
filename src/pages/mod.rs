//! One file per screen, one screen per route (the route table is in `app.rs`).

pub mod agent_dashboard;
pub mod agent_entry;
pub mod agent_launch;
pub mod agent_stats;
pub mod agent_status;
pub mod assessment_question;
pub mod assessment_result;
pub mod help;
pub mod help_near_me;
pub mod home;
pub mod not_found;
pub mod tutorial_list;
pub mod tutorial_step;
pub mod welcome;
