//! `/agent`: the PIN pad that opens agent mode.

use crate::agent::{read_lock, use_agent_mode, write_lock};
use crate::components::icon::{pictogram, Icon};
use crate::components::setup_report::ConfigReport;
use crate::config::use_config;
use crate::i18n::use_locale;
use crate::screen::{use_go, Screen, ScreenLink};
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use leptos_use_interval_fn::use_interval_fn;
use pasapas_core::agent::pin::{verify_pin, MAX_PIN_DIGITS, MIN_PIN_DIGITS};

/// What the pad says under the digits.
#[derive(Clone, Copy, PartialEq)]
enum PadMessage {
    None,
    TooShort,
    Checking,
    Wrong(u32),
}

/// The PIN pad: large digit keys, the digits shown as dots, "Erase" and "Open". Five wrong PINs
/// lock it for one minute (`pasapas_core::agent::agent_lock::LOCK_MS`), kept in localStorage so a reload does not open it. Without a PIN
/// hash in the configuration, agent mode is closed and the screen shows the configuration's
/// status so the person installing the kiosk sees what to fix.
#[component]
pub fn AgentEntry() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let agent = use_agent_mode();
    let counting = use_counting();
    let go = use_go();
    // Agent mode already on (the PIN pad reached again): straight to the menu, once drawn.
    let to_menu = go.clone();
    Effect::new(move |_| {
        if agent.is_on_untracked() {
            to_menu(&Screen::AgentDashboard);
        }
    });
    let now = RwSignal::new(js_sys::Date::now());
    let _ = use_interval_fn(move || now.set(js_sys::Date::now()), 1000);
    let lock = RwSignal::new(read_lock());
    let locked_for = Memo::new(move |_| lock.with(|l| l.seconds_locked(now.get())));
    let is_locked = Memo::new(move |_| locked_for.get().is_some());
    let digits = RwSignal::new(String::new());
    let message = RwSignal::new(PadMessage::None);
    // When the lock ends, "locked for a minute" is no longer true.
    Effect::new(move |_| {
        if !is_locked.get() && message.get_untracked() == PadMessage::Wrong(0) {
            message.set(PadMessage::None);
        }
    });

    let press = move |digit: char| {
        message.set(PadMessage::None);
        digits.update(|d| {
            if d.len() < MAX_PIN_DIGITS {
                d.push(digit);
            }
        });
    };
    let open = move |_| {
        let pin = digits.get_untracked();
        if pin.len() < MIN_PIN_DIGITS {
            message.set(PadMessage::TooShort);
            return;
        }
        let Some(hash) = config.settings().pin_hash.clone() else {
            return;
        };
        message.set(PadMessage::Checking);
        let go = go.clone();
        // Argon2id takes a moment: let the browser paint "Checking" first.
        set_timeout(
            move || {
                let right = verify_pin(&pin, &hash);
                digits.set(String::new());
                let mut updated = read_lock();
                if right {
                    updated.record_success();
                    write_lock(&updated);
                    agent.open();
                    go(&Screen::AgentDashboard);
                } else {
                    let left = updated.record_failure(js_sys::Date::now());
                    write_lock(&updated);
                    if left == 0 {
                        counting.record(pasapas_core::agent::stats::Event::AgentLocked);
                    }
                    now.set(js_sys::Date::now());
                    lock.set(updated);
                    message.set(PadMessage::Wrong(left));
                }
            },
            std::time::Duration::from_millis(50),
        );
    };
    let keys = move || {
        ['1', '2', '3', '4', '5', '6', '7', '8', '9']
            .into_iter()
            .map(|digit| {
                view! {
                    <li>
                        <button
                            type="button"
                            class="k-button k-pin__key"
                            on:click=move |_| press(digit)
                        >
                            {digit.to_string()}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let pad = move || {
        view! {
            <p id="k-pin-label" class="k-lead">
                {move || t!(locale, "agent-pin-label")}
            </p>
            <p class="k-pin__dots" aria-live="polite">
                <span aria-hidden="true">{move || "●".repeat(digits.get().len())}</span>
                <span class="k-visually-hidden">
                    {move || t!(locale, "agent-pin-typed", count = digits.get().len())}
                </span>
            </p>
            <ul class="k-pin__pad" aria-labelledby="k-pin-label">
                {keys()}
                <li>
                    <button
                        type="button"
                        class="k-button k-button--secondary k-pin__key"
                        on:click=move |_| {
                            digits
                                .update(|d| {
                                    d.pop();
                                });
                            message.set(PadMessage::None);
                        }
                    >
                        <Icon name=pictogram::BACKSPACE />
                        <span>{move || t!(locale, "agent-pin-erase")}</span>
                    </button>
                </li>
                <li>
                    <button type="button" class="k-button k-pin__key" on:click=move |_| press('0')>
                        "0"
                    </button>
                </li>
                <li>
                    <button
                        type="button"
                        class="k-button k-button--primary k-pin__key"
                        on:click=open.clone()
                        disabled=move || message.get() == PadMessage::Checking
                    >
                        <Icon name=pictogram::CHECK />
                        <span>{move || t!(locale, "agent-pin-open")}</span>
                    </button>
                </li>
            </ul>
        }
    };
    let status = move || match message.get() {
        PadMessage::None => String::new(),
        PadMessage::TooShort => t!(
            locale,
            "agent-pin-too-short",
            min = MIN_PIN_DIGITS,
            max = MAX_PIN_DIGITS
        ),
        PadMessage::Checking => t!(locale, "agent-pin-checking"),
        PadMessage::Wrong(left) => t!(locale, "agent-pin-wrong", left = left),
    };
    view! {
        <h1 class="k-title" tabindex="-1">
            <Icon name=pictogram::LOCK />
            {move || t!(locale, "agent-title")}
        </h1>
        {move || {
            let has_pin = config.loaded().map(|c| c.settings.pin_hash.is_some());
            match (has_pin, is_locked.get()) {
                (None, _) => {
                    view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any()
                }
                (Some(false), _) => {
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{move || t!(locale, "agent-no-pin")}</span>
                        </p>
                        <p>{move || t!(locale, "agent-no-pin-how")}</p>
                        <ConfigReport />
                    }
                        .into_any()
                }
                (Some(true), true) => {
                    // Not a live region: the countdown changes every second. The status line below
                    // said once that the entry locked.
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::CLOCK />
                            <span>
                                {move || {
                                    let left = locked_for.get().unwrap_or(0);
                                    let (minutes, seconds) = (left / 60, left % 60);
                                    t!(locale, "agent-locked", minutes = minutes, seconds = seconds)
                                }}
                            </span>
                        </p>
                    }
                        .into_any()
                }
                (Some(true), false) => pad().into_any(),
            }
        }}
        <p class="k-pin__status" role="status">
            {status}
        </p>
        <p>
            <ScreenLink to=Screen::Welcome class="k-button k-button--secondary">
                <Icon name=pictogram::BACK />
                <span>{move || t!(locale, "agent-leave")}</span>
            </ScreenLink>
        </p>
    }
}
