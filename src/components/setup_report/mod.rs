//! What the agent needs to know about the kiosk's files: the configuration and the places file,
//! found or not, every problem in plain words with its line, and which copy is in use (the
//! server's or the kiosk's own); and whether the kiosk can start without network.

use crate::components::icon::{pictogram, Icon};
use crate::config::{use_config, ConfigStatus};
use crate::i18n::{text, text_args, use_locale};
use crate::offline::{current_worker_state, running_version, Origin, WorkerState};
use crate::places::{use_places, PlacesProblem};
use crate::printing::moment;
use crate::t;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use leptos_use_interval_fn::use_interval_fn;
use pasapas_core::installation::commune_file::Encoding;
use pasapas_core::installation::config::{ConfigProblem, CONFIG_URL};
use pasapas_core::installation::places::skipped_by_reason;
use pasapas_core::problem::{Message, Problem};

/// The configuration's status: read without problem, read with problems (each with its line,
/// setting and what to do), missing, or unreachable. The last two say the defaults serve people.
#[component]
pub fn ConfigReport() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    view! {
        <section class="k-report" aria-labelledby="k-report-config">
            <h2 id="k-report-config" class="k-report__title">
                <Icon name=pictogram::SETTINGS />
                {move || t!(locale, "report-config-title")}
            </h2>
            <p>
                <bdi dir="ltr">
                    <code>{CONFIG_URL}</code>
                </bdi>
            </p>
            {move || match config.loaded().map(|c| (c.status.clone(), c.origin.clone())) {
                None => {
                    view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any()
                }
                Some((status, Origin::KioskCopy { kept_at })) => {
                    let why = match &status {
                        ConfigStatus::Read(_) => server_problem(locale, None),
                        ConfigStatus::Missing(code) => server_problem(locale, Some(*code)),
                        ConfigStatus::Unreachable(_) => t!(locale, "report-server-unreachable"),
                    };
                    let problems = match status {
                        ConfigStatus::Read(problems) => Some(problem_list(locale, problems)),
                        _ => None,
                    };
                    // The server's file could not be used: say why, then which copy serves instead.
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{why}</span>
                        </p>
                        {problems}
                        <OriginLine origin=Origin::KioskCopy { kept_at } />
                    }
                        .into_any()
                }
                Some((ConfigStatus::Read(problems), origin)) if problems.is_empty() => {
                    view! {
                        <p class="k-note">
                            <Icon name=pictogram::CHECK />
                            <span>{move || t!(locale, "report-config-ok")}</span>
                        </p>
                        <OriginLine origin=origin />
                    }
                        .into_any()
                }
                Some((ConfigStatus::Read(problems), origin)) => {
                    let count = problems.len();
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>
                                {move || t!(locale, "report-config-problems", count = count)}
                            </span>
                        </p>
                        {problem_list(locale, problems)}
                        <OriginLine origin=origin />
                    }
                        .into_any()
                }
                Some((ConfigStatus::Missing(status), _)) => {
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>
                                {move || t!(locale, "report-config-missing", status = status)}
                            </span>
                        </p>
                    }
                        .into_any()
                }
                Some((ConfigStatus::Unreachable(_), _)) => {
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{move || t!(locale, "report-config-unreachable")}</span>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Every configuration problem, with its line and setting.
fn problem_list(locale: crate::i18n::Locale, problems: Vec<ConfigProblem>) -> impl IntoView {
    view! {
        <ul class="k-report__problems">
            {problems
                .into_iter()
                .map(|problem| {
                    view! {
                        <li>{problem_words(locale, problem.message(), |sentence| sentence)}</li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A problem in the displayed language: its sentence, then the parser's own words beside it when
/// it has some. Those are English whatever the language: marked so, for the voice, and kept out
/// of the sentence. `frame` sets the sentence in a longer one (when the problem was found), or
/// leaves it as it is.
pub fn problem_words(
    locale: crate::i18n::Locale,
    message: Message,
    frame: impl Fn(String) -> String + Send + Sync + 'static,
) -> impl IntoView {
    let detail = message.detail().map(|detail| {
        view! {
            " "
            <code lang="en" dir="ltr">
                {detail.to_string()}
            </code>
        }
    });
    let args = message.args_without_detail();
    let id = message.id;
    view! {
        <span>{move || frame(text_args(locale, id, &args))}</span>
        {detail}
    }
}

/// Why the server's copy of a file is not the one in use: absent (with its HTTP status), or
/// damaged.
fn server_problem(locale: crate::i18n::Locale, missing: Option<u16>) -> String {
    match missing {
        Some(status) => t!(locale, "report-server-missing", status = status),
        None => t!(locale, "report-server-damaged"),
    }
}

/// Which copy of a commune file is in use: the server's (read when), or the kiosk's own last good
/// copy (kept when). Nothing when there is neither.
#[component]
fn OriginLine(origin: Origin) -> impl IntoView {
    let locale = use_locale();
    match origin {
        Origin::Server { read_at } => Some(view! {
            <p class="k-note">
                <Icon name=pictogram::INTERNET />
                <span>
                    {move || t!(locale, "report-origin-server", date = moment(locale, &read_at))}
                </span>
            </p>
        }.into_any()),
        Origin::KioskCopy { kept_at } => Some(view! {
            <p class="k-note">
                <Icon name=pictogram::NO_INTERNET />
                <span>
                    {move || t!(locale, "report-origin-kept", date = moment(locale, &kept_at))}
                </span>
            </p>
        }.into_any()),
        Origin::Nowhere => None,
    }
}

/// The places file's status: its address, places kept, rows skipped (how many, because of which
/// column, on which lines), places that do not receive the public; or why it is not there.
#[component]
pub fn PlacesReport() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let places = use_places();
    let address = move || config.settings().places_file.clone();
    view! {
        <section class="k-report" aria-labelledby="k-report-places">
            <h2 id="k-report-places" class="k-report__title">
                <Icon name=pictogram::MAP_PIN />
                {move || t!(locale, "report-places-title")}
            </h2>
            <p>
                <bdi dir="ltr">
                    <code>{address}</code>
                </bdi>
            </p>
            {move || match places.loaded() {
                None => {
                    view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any()
                }
                Some(loaded) => {
                    let why = loaded
                        .server_problem
                        .as_ref()
                        .map(|problem| {
                            let why = match problem {
                                PlacesProblem::Missing(status) => {
                                    server_problem(locale, Some(*status))
                                }
                                PlacesProblem::Unreachable(_) => {
                                    t!(locale, "report-server-unreachable")
                                }
                                PlacesProblem::Unreadable(_) | PlacesProblem::NoUsablePlace => {
                                    server_problem(locale, None)
                                }
                                PlacesProblem::ReaderFailed(detail) => {
                                    let detail = detail.clone();
                                    t!(locale, "report-places-reader-failed", detail = detail)
                                }
                            };
                            view! {
                                <p class="k-note k-note--caution">
                                    <Icon name=pictogram::ALERT />
                                    <span>{why}</span>
                                </p>
                            }
                        });
                    view! {
                        {why}
                        <OriginLine origin=loaded.origin.clone() />
                        {places_facts(locale, loaded.result.clone())}
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// What the places file in use holds, or why there is none.
fn places_facts(
    locale: crate::i18n::Locale,
    result: Result<std::sync::Arc<pasapas_core::installation::places::PlacesFile>, PlacesProblem>,
) -> AnyView {
    match result {
        Ok(file) => {
            let kept = file.places.len();
            let skipped = file.skipped.len();
            let closed = file.not_receiving_public;
            let lines: Vec<String> = file
                .skipped
                .iter()
                .map(|(line, _)| line.to_string())
                .collect();
            let lines = lines.join(", ");
            let by_column = skipped_by_reason(&file)
                .into_iter()
                .map(|(column, count)| {
                    let words = move || match column {
                        Some(column) => t!(
                            locale,
                            "report-places-column",
                            column = column,
                            count = count
                        ),
                        None => t!(locale, "report-places-rows-not-read", count = count),
                    };
                    view! { <li>{words}</li> }
                })
                .collect_view();
            let saved_by_excel = [
                (file.separator == ';').then_some("report-places-semicolons"),
                (file.encoding == Encoding::Windows1252).then_some("report-places-windows-1252"),
            ]
            .into_iter()
            .flatten()
            .map(|id| {
                view! {
                    <p class="k-note k-note--caution">
                        <Icon name=pictogram::ALERT />
                        <span>{move || text(locale, id)}</span>
                    </p>
                }
            })
            .collect_view();
            let mut hours: Vec<String> = file
                .unreadable_hours
                .iter()
                .map(|(name, _)| name.clone())
                .collect();
            for name in file.hours_to_check(crate::browser::local_now()) {
                if !hours.iter().any(|known| known == name) {
                    hours.push(name.to_string());
                }
            }
            let hours_count = hours.len();
            let hours = hours.join(", ");
            let hours_words = move || {
                let names = hours.clone();
                t!(
                    locale,
                    "report-places-hours",
                    count = hours_count,
                    names = names
                )
            };
            view! {
                {saved_by_excel}
                <ul class="k-report__facts">
                    <li>{move || t!(locale, "report-places-kept", count = kept)}</li>
                    <li>{move || t!(locale, "report-places-skipped", count = skipped)}</li>
                    <li>{move || t!(locale, "report-places-closed", count = closed)}</li>
                </ul>
                {(hours_count > 0)
                    .then(|| {
                        view! {
                            <p class="k-note k-note--caution" data-places-hours=hours_count>
                                <Icon name=pictogram::ALERT />
                                <span>{hours_words.clone()}</span>
                            </p>
                        }
                    })}
                {(skipped > 0)
                    .then(|| {
                        view! {
                            <p>
                                {move || t!(locale, "report-places-lines", lines = lines.clone())}
                            </p>
                            <ul class="k-report__problems">{by_column}</ul>
                            <p>{move || t!(locale, "report-places-check")}</p>
                        }
                    })}
            }
            .into_any()
        }
        Err(problem) => {
            let message = match problem {
                PlacesProblem::Missing(status) => Message::new(
                    "report-places-missing",
                    vec![("status", status.to_string())],
                ),
                PlacesProblem::Unreadable(why) => why.message(),
                PlacesProblem::Unreachable(_) => {
                    Message::new("report-places-unreachable", Vec::new())
                }
                PlacesProblem::NoUsablePlace => {
                    Message::new("report-places-unreadable", Vec::new())
                }
                PlacesProblem::ReaderFailed(detail) => Message::new(
                    "report-places-reader-failed",
                    vec![(pasapas_core::problem::DETAIL, detail)],
                ),
            };
            view! {
                <p class="k-note k-note--caution">
                    <Icon name=pictogram::ALERT />
                    <span>{problem_words(locale, message, |sentence| sentence)}</span>
                </p>
            }
            .into_any()
        }
    }
}

/// The kiosk without network: connected or not now, the version running, and whether every file
/// of the build is kept so that it starts without the server (or a new version waits for the
/// next reset).
#[component]
pub fn OfflineReport() -> impl IntoView {
    let locale = use_locale();
    let online = RwSignal::new(window().navigator().on_line());
    let _ = use_event_listener(window(), leptos::ev::online, move |_| online.set(true));
    let _ = use_event_listener(window(), leptos::ev::offline, move |_| online.set(false));
    let state = RwSignal::new(None::<WorkerState>);
    let ask = move || {
        leptos::task::spawn_local(async move { state.set(Some(current_worker_state().await)) })
    };
    ask();
    // The worker's state changes on its own (a download ends): ask again now and then.
    let _ = use_interval_fn(ask, 2000);
    let version = running_version();
    view! {
        <section class="k-report" aria-labelledby="k-report-offline">
            <h2 id="k-report-offline" class="k-report__title">
                <Icon name=pictogram::WIFI />
                {move || t!(locale, "report-offline-title")}
            </h2>
            <p class="k-note">
                {move || {
                    if online.get() {
                        view! {
                            <Icon name=pictogram::INTERNET />
                            <span>{move || t!(locale, "report-offline-online")}</span>
                        }
                            .into_any()
                    } else {
                        view! {
                            <Icon name=pictogram::NO_INTERNET />
                            <span>{move || t!(locale, "report-offline-offline")}</span>
                        }
                            .into_any()
                    }
                }}
            </p>
            <p>
                {move || t!(locale, "report-offline-version")} " " <bdi dir="ltr">
                    <code class="k-report__version">{version.clone()}</code>
                </bdi>
            </p>
            {move || match state.get() {
                None => {
                    view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any()
                }
                Some(state) => {
                    let (icon, caution) = match state {
                        WorkerState::Ready
                        | WorkerState::UpdateComing
                        | WorkerState::UpdateWaiting => (pictogram::CHECK, ""),
                        WorkerState::NotYet | WorkerState::Unsupported => {
                            (pictogram::ALERT, " k-note--caution")
                        }
                    };
                    view! {
                        <p class=format!("k-note{caution}") data-worker-state=format!("{state:?}")>
                            <Icon name=icon />
                            <span>{move || text(locale, state.message_id())}</span>
                        </p>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
