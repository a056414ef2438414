//! The warning shown when nobody has touched the screen for a while, then the reset.

use crate::components::icon::{pictogram, Icon};
use crate::components::modal::Modal;
use crate::i18n::{use_locale, Locale};
use crate::{kiosk, speech, t};
use leptos::prelude::*;
use leptos_use_idle::{use_idle, UseIdleReturn};
use leptos_use_interval_fn::use_interval_fn;
use pasapas_core::visit::idle::seconds_left;

/// After `idle_seconds` without a touch or a key, a dialog warns, with a chime and aloud, and
/// counts down `warning_seconds`; any touch continues (WCAG 2.2.1, as often as needed). At zero
/// the kiosk forgets the person (`kiosk::reset`).
#[component]
pub fn IdleWarning(
    /// Seconds without activity before the warning.
    idle_seconds: u32,
    /// Seconds the warning lasts before the reset.
    warning_seconds: u32,
    /// Whether there is anything to forget. A kiosk waiting untouched on Welcome does not chime
    /// every two minutes.
    #[prop(into)]
    active: Signal<bool>,
    /// Called just before the reset the countdown ends in (to count it).
    #[prop(optional)]
    on_reset: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let idle_ms = f64::from(idle_seconds) * 1000.0;
    let UseIdleReturn {
        idle,
        last_active,
        reset,
        ..
    } = use_idle(u64::from(idle_seconds) * 1000);
    let now = RwSignal::new(js_sys::Date::now());
    let _ = use_interval_fn(move || now.set(js_sys::Date::now()), 250);
    let left =
        Memo::new(move |_| seconds_left(last_active.get() + idle_ms, now.get(), warning_seconds));

    let warning = Memo::new(move |_| idle.get() && active.get());

    // The outside world: sound and speech when the warning opens, the reload when it runs out.
    Effect::new(move |_| {
        if warning.get() {
            untrack(|| announce(locale));
        }
    });
    Effect::new(move |_| {
        if warning.get() && left.get() == 0 {
            if let Some(on_reset) = on_reset {
                on_reset.run(());
            }
            kiosk::reset();
        }
    });
    let keep_going = Callback::new(move |_| reset());
    view! {
        <Modal open=warning labelled_by="k-idle-title" on_close=keep_going>
            <h2 id="k-idle-title" class="k-modal__title">
                <Icon name=pictogram::CLOCK />
                {move || t!(locale, "idle-title")}
            </h2>
            <p class="k-modal__text">
                <Icon name=pictogram::TOUCH />
                {move || t!(locale, "idle-touch")}
            </p>
            <p class="k-modal__text k-idle__countdown" aria-live="off">
                {move || t!(locale, "idle-countdown", seconds = left.get())}
            </p>
            <div class="k-modal__actions">
                <button class="k-button k-button--primary" on:click=move |_| keep_going.run(())>
                    <Icon name=pictogram::CHECK />
                    <span>{move || t!(locale, "idle-continue")}</span>
                </button>
            </div>
        </Modal>
    }
}

/// A chime, then the warning spoken in the displayed language once the chime has rung.
fn announce(locale: Locale) {
    speech::chime();
    let code = locale.get().code.clone();
    let text = format!("{} {}", t!(locale, "idle-title"), t!(locale, "idle-touch"));
    set_timeout(
        move || {
            let _ = speech::speak(&[(code, text)]);
        },
        std::time::Duration::from_millis(600),
    );
}
