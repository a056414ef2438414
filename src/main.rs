//! Starts the kiosk: the panic hook and the guard against crash loops, the logger, then the app.

fn main() {
    pasapas::kiosk::install_panic_hook();
    if pasapas::kiosk::guard_the_start() {
        // Crashing again and again: the safe screen shows, and the start is tried again later.
        return;
    }
    let _ = console_log::init_with_level(log::Level::Info);
    #[cfg(feature = "test-faults")]
    pasapas::kiosk::fault_if_a_test_asks();
    leptos::mount::mount_to_body(pasapas::app::App);
    pasapas::kiosk::the_start_went_well();
}
