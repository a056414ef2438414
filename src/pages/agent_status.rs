//! `/agent/status`: the kiosk without network, its files, its printer and its voices.

use crate::components::agent_bar::AgentBar;
use crate::components::setup_report::{ConfigReport, OfflineReport, PlacesReport};
use crate::components::ticket::TestTicket;
use crate::components::voice_check::VoiceCheck;
use crate::i18n::use_locale;
use crate::t;
use leptos::prelude::*;

/// Whether the kiosk starts without network and the version it runs, the configuration and the
/// places file as the kiosk read them (with every problem and the copy in use), and a test ticket
/// to check the printer and the paper width, and a voice check for each language offered.
#[component]
pub fn AgentStatus() -> impl IntoView {
    let locale = use_locale();
    view! {
        <AgentBar />
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "agent-status-title")}
        </h1>
        <OfflineReport />
        <ConfigReport />
        <PlacesReport />
        <TestTicket />
        <VoiceCheck />
    }
}
