//! What agents use: the PIN and its wrong-PIN lock, the five-tap entry, the anonymous figures.

pub mod agent_entry;
pub mod agent_lock;
pub mod pin;
pub mod stats;
