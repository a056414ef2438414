//! Starts the agent's page of the kiosk (`agent-page/index.html`, made from `index.html` by
//! `cargo xtask build`): the PIN pad and agent mode's screens, in a wasm of their own.

fn main() {
    pasapas::kiosk::start(pasapas::app::AgentApp);
}
