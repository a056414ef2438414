//! Starts the kiosk: logger, the panic hook that restarts it, then the app.

fn main() {
    pasapas::kiosk::install_panic_hook();
    let _ = console_log::init_with_level(log::Level::Info);
    leptos::mount::mount_to_body(pasapas::app::App);
    pasapas::kiosk::panic_if_a_test_asks();
}
