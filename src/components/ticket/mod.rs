//! The ticket: the anonymous result, printed on the 80 mm printer and always shown on screen.

use crate::browser::local_now;
use crate::components::icon::{pictogram, Icon};
use crate::components::place_card::{address, national_phone, weekday};
use crate::config::use_config;
use crate::i18n::{message_in, text, use_locale, Locale, LANGUAGES};
use crate::printing::{day_in, qr_svg, show_then_print, today};
use crate::stats::use_counting;
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::Event;
use pasapas_core::installation::config::KioskConfig;
use pasapas_core::installation::places::{same_hours_in_a_row, week_hours, Place};
use pasapas_core::visit::outcome::Outcome;

/// A ticket's number: random, short, and never stored. It only lets the person and the agent
/// talk about "this".
pub fn ticket_number() -> String {
    format!("{:04}", (js_sys::Math::random() * 10_000.0) as u32)
}

/// "Print my ticket": counts the print, then shows and prints the ticket that [`Ticket`] draws
/// with the same `shown`. Apart from the ticket so that the result keeps it in view in its
/// action bar, whatever part of the result is shown.
#[component]
pub fn PrintTicketButton(
    /// Whether the ticket is shown: set by the tap, read by [`Ticket`].
    shown: RwSignal<bool>,
    /// What the tap does first (the result shows its last part, where the ticket is).
    #[prop(optional)]
    on_tap: Option<Callback<()>>,
) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let counting = use_counting();
    view! {
        <button
            type="button"
            class="k-button k-button--primary"
            on:click=move |_| {
                if let Some(action) = on_tap {
                    action.run(());
                }
                counting.record(Event::TicketPrinted);
                show_then_print(shown, config);
            }
        >
            <Icon name=pictogram::PRINTER />
            <span>{move || t!(locale, "ticket-print")}</span>
        </button>
    }
}

/// Once [`PrintTicketButton`] is pressed, the ticket on screen and on paper: the date, a short
/// anonymous number, the profile and stars, each kind of help with what to ask and its places,
/// the documents, a blank box for login details kept at home, the national help line, a QR code
/// of the anonymous result for the agent, and a French summary when the person reads another
/// language. It renders the result screen's outcome: the two cannot disagree.
#[component]
pub fn Ticket(
    /// The self-assessment's outcome, as the result screen shows it.
    outcome: Outcome,
    /// Whether the ticket is shown, set by [`PrintTicketButton`].
    shown: RwSignal<bool>,
    /// The ticket's number, from [`ticket_number`]: the same on each print of one result.
    number: String,
) -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let qr = qr_svg(&outcome.summary);
    let paper = move || {
        let outcome = outcome.clone();
        let in_french = locale.get().code != LANGUAGES.default;
        // A place that serves several needs is described once; later it says "see above".
        let printed = std::cell::RefCell::new(std::collections::BTreeSet::new());
        view! {
            {place_lines(&config.settings())}
            // The number is what the person reads out to the agent: the largest line.
            <p class="k-paper__number">{t!(locale, "ticket-number", number = number.clone())}</p>
            <p>{t!(locale, "sheet-date", date = today(locale))}</p>
            <p class="k-paper__title">{text(locale, &outcome.profile.message_id())}</p>
            <ul class="k-paper__list">
                {outcome
                    .stars
                    .iter()
                    .map(|g| {
                        let group = text(locale, &g.group.message_id());
                        let stars = match g.stars {
                            Some(count) => t!(locale, "result-stars", stars = count),
                            None => t!(locale, "result-not-assessed"),
                        };
                        view! {
                            <li>
                                {t!(locale, "ticket-group-stars", group = group, stars = stars)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {words_list(locale, "ticket-goal", &outcome.goals, text)}
            {words_list(locale, "ticket-lacks", &outcome.lacks, text)}
            {outcome
                .help
                .iter()
                .map(|help| {
                    view! {
                        <div class="k-paper__card">
                            <p class="k-paper__key">
                                {text(locale, &help.card.title_message_id())}
                            </p>
                            <p>
                                {t!(locale, "result-ask")}" "
                                {text(locale, &help.card.ask_message_id())}
                            </p>
                            {help
                                .places_on_paper()
                                .iter()
                                .map(|place| {
                                    let first_time = printed.borrow_mut().insert(place.id.clone());
                                    view! {
                                        <div class="k-paper__place">
                                            <p>
                                                <strong>
                                                    <bdi lang="fr">{place.name.clone()}</bdi>
                                                </strong>
                                            </p>
                                            {if first_time {
                                                place_details(locale, place).into_any()
                                            } else {
                                                view! { <p>{t!(locale, "ticket-place-again")}</p> }
                                                    .into_any()
                                            }}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
            {(!outcome.documents.is_empty())
                .then(|| {
                    view! {
                        <p class="k-paper__key">{t!(locale, "result-documents")}</p>
                        {outcome
                            .documents
                            .iter()
                            .map(|d| view! { <p>{text(locale, d)}</p> })
                            .collect_view()}
                    }
                })}
            {(config.settings().pass_numerique && outcome.pass_numerique())
                .then(|| {
                    view! { <p class="k-paper__key">{t!(locale, "ticket-pass-numerique")}</p> }
                })}
            <div class="k-paper__box">
                <p class="k-paper__key">{t!(locale, "ticket-logins")}</p>
                <p>{t!(locale, "ticket-logins-advice")}</p>
                <div class="k-paper__blank"></div>
            </div>
            <p>{t!(locale, "ticket-helpline")}</p>
            <div class="k-paper__qr" inner_html=qr.clone()></div>
            <p>{t!(locale, "ticket-qr")}</p>
            {in_french
                .then(|| {
                    let fr = |id: &str| message_in("fr", id);
                    view! {
                        <div class="k-paper__french" lang="fr" dir="ltr">
                            <p class="k-paper__key">{fr("ticket-for-agent")}</p>
                            <p>{fr(&outcome.profile.message_id())}</p>
                            {words_list(locale, "ticket-goal", &outcome.goals, in_fr)}
                            {words_list(locale, "ticket-lacks", &outcome.lacks, in_fr)}
                            <ul class="k-paper__list">
                                {outcome
                                    .help
                                    .iter()
                                    .map(|h| view! { <li>{fr(&h.card.title_message_id())}</li> })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })}
        }
    };
    view! {
        <Show when=move || shown.get()>
            <section class="k-sheet" aria-labelledby="k-ticket-title">
                <h2 id="k-ticket-title" class="k-sheet__title">
                    <Icon name=pictogram::PRINTER />
                    {move || t!(locale, "ticket-shown")}
                </h2>
                <p>{move || t!(locale, "sheet-no-paper")}</p>
                <div class="k-ticket-preview">{paper.clone()}</div>
            </section>
            <div class="k-paper" aria-hidden="true">
                {paper.clone()}
            </div>
        </Show>
    }
}

/// What the person and the agent need to go to a place, read days later: address, phone, how to
/// come, the week's opening times, a travelling service, and the day the commune checked it.
fn place_details(locale: Locale, place: &Place) -> impl IntoView {
    let now = local_now();
    let access: Vec<String> = place
        .access_message_ids()
        .into_iter()
        .map(|id| text(locale, id))
        .collect();
    let week = week_hours(place, now).map(|days| {
        same_hours_in_a_row(&days)
            .into_iter()
            .map(|(first, last, intervals)| {
                let hours = intervals
                    .iter()
                    .map(|(from, to)| format!("{}–{}", from.format("%H:%M"), to.format("%H:%M")))
                    .collect::<Vec<_>>()
                    .join(", ");
                // Isolated, so an Arabic ticket keeps "09:00–12:00, 14:00–18:00" in order.
                let hours = format!("\u{2066}{hours}\u{2069}");
                let day = |date: chrono::NaiveDate| {
                    weekday(locale, date.and_time(chrono::NaiveTime::MIN))
                };
                let line = if first == last {
                    t!(locale, "ticket-day-hours", day = day(first), hours = hours)
                } else {
                    t!(
                        locale,
                        "ticket-days-hours",
                        first = day(first),
                        last = day(last),
                        hours = hours
                    )
                };
                view! { <li>{line}</li> }
            })
            .collect_view()
    });
    let code = locale.get().code.clone();
    view! {
        <p>{address(place)}</p>
        {place
            .phone
            .as_deref()
            .map(national_phone)
            .map(|p| {
                view! { <p>{t!(locale, "place-phone")} " " <bdi dir="ltr">{p}</bdi></p> }
            })}
        {(!access.is_empty()).then(|| view! { <p>{access.join(". ")}"."</p> })}
        {place.itinerant.then(|| view! { <p>{t!(locale, "place-itinerant")}</p> })}
        {week
            .map(|lines| {
                view! {
                    <p>
                        <strong>{t!(locale, "ticket-place-hours")}</strong>
                    </p>
                    <ul class="k-paper__list">{lines}</ul>
                }
            })}
        <p>{t!(locale, "ticket-place-updated", date = day_in(&code, &place.updated))}</p>
    }
}

/// French words of a message, whatever the displayed language: for the agent's summary.
fn in_fr(_: Locale, id: &str) -> String {
    message_in("fr", id)
}

/// A heading (`heading`, a Fluent id) and one line per message of `ids`, in the language `say`
/// gives; nothing when `ids` is empty.
fn words_list(
    locale: Locale,
    heading: &'static str,
    ids: &[String],
    say: fn(Locale, &str) -> String,
) -> Option<impl IntoView> {
    (!ids.is_empty()).then(|| {
        let lines = ids
            .iter()
            .map(|id| view! { <li>{say(locale, id)}</li> })
            .collect_view();
        view! {
            <p class="k-paper__key">{say(locale, heading)}</p>
            <ul class="k-paper__list">{lines}</ul>
        }
    })
}

/// The kiosk's place, on top of printed paper, when the configuration names it. The commune
/// wrote it in the kiosk's default language: it keeps that language and its own direction, so an
/// Arabic ticket does not reorder "5 rue du Lavoir" or "(démonstration)".
fn place_lines(settings: &KioskConfig) -> impl IntoView {
    let language = settings.default_language.clone();
    settings.place_name.clone().map(|name| {
        let address = settings.place_address.clone();
        let lang = language.clone();
        view! {
            <p class="k-paper__place-name" lang=language.clone() dir="auto">
                {name}
            </p>
            {address
                .map(|address| {
                    view! {
                        <p lang=lang dir="auto">
                            {address}
                        </p>
                    }
                })}
        }
    })
}

/// "Print a test ticket" for the agent: the place, the date, the paper width, a sentence that
/// says the printer works, and a QR code to check that codes print readably. Not counted.
#[component]
pub fn TestTicket() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let shown = RwSignal::new(false);
    let qr = qr_svg("PASAPAS1;test");
    let paper = move || {
        let settings = config.settings();
        view! {
            {place_lines(&settings)}
            <p class="k-paper__title">{t!(locale, "test-ticket-title")}</p>
            <p>{t!(locale, "sheet-date", date = today(locale))}</p>
            <p>{t!(locale, "test-ticket-width", width = settings.paper_width_mm)}</p>
            <p>{t!(locale, "test-ticket-works")}</p>
            <div class="k-paper__qr" inner_html=qr.clone()></div>
        }
    };
    view! {
        <section class="k-report" aria-labelledby="k-report-printer">
            <h2 id="k-report-printer" class="k-report__title">
                <Icon name=pictogram::PRINTER />
                {move || t!(locale, "report-printer-title")}
            </h2>
            <p>
                {move || {
                    t!(locale, "report-printer-intro", width = config.settings().paper_width_mm)
                }}
            </p>
            <p>
                <button
                    type="button"
                    class="k-button k-button--primary"
                    on:click=move |_| show_then_print(shown, config)
                >
                    <Icon name=pictogram::PRINTER />
                    <span>{move || t!(locale, "test-ticket-print")}</span>
                </button>
            </p>
            <Show when=move || shown.get()>
                <p>{move || t!(locale, "sheet-no-paper")}</p>
                <div class="k-ticket-preview">{paper.clone()}</div>
                <div class="k-paper" aria-hidden="true">
                    {paper.clone()}
                </div>
            </Show>
        </section>
    }
}
