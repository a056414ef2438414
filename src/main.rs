//! Starts the people's page of the kiosk (`index.html`). The agent's is `src/bin/pasapas-agent.rs`.

fn main() {
    pasapas::kiosk::start(pasapas::app::App);
}
