//! What the agent needs to know about the kiosk's files: the configuration and the places file,
//! found or not, and every problem in plain words with its line.

use crate::components::icon::Icon;
use crate::config::{use_config, ConfigStatus};
use crate::i18n::{text_args, use_locale};
use crate::places::{use_places, PlacesProblem};
use crate::t;
use leptos::prelude::*;
use pasapas_core::config::{ConfigProblem, ProblemKind, CONFIG_URL};
use pasapas_core::places::skipped_by_reason;

/// The configuration's status: read without problem, read with problems (each with its line,
/// setting and what to do), missing, or unreachable. The last two say the defaults serve people.
#[component]
pub fn ConfigReport() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    view! {
        <section class="k-report" aria-labelledby="k-report-config">
            <h2 id="k-report-config" class="k-report__title"><Icon name="settings"/>{move || t!(locale, "report-config-title")}</h2>
            <p><bdi dir="ltr"><code>{CONFIG_URL}</code></bdi></p>
            {move || match config.0.get().map(|c| c.status.clone()) {
                None => view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any(),
                Some(ConfigStatus::Read(problems)) if problems.is_empty() => view! {
                    <p class="k-note"><Icon name="check"/><span>{move || t!(locale, "report-config-ok")}</span></p>
                }.into_any(),
                Some(ConfigStatus::Read(problems)) => {
                    let count = problems.len();
                    view! {
                        <p class="k-note k-note--caution"><Icon name="alert"/>
                            <span>{move || t!(locale, "report-config-problems", count = count)}</span>
                        </p>
                        <ul class="k-report__problems">
                            {problems.into_iter().map(|problem| {
                                // The parser's own detail is English: marked so, for the voice.
                                let detail = match &problem.kind {
                                    ProblemKind::Syntax { detail } => Some(view! { " " <code lang="en" dir="ltr">{detail.clone()}</code> }),
                                    _ => None,
                                };
                                view! { <li>{move || problem_text(locale, &problem)}{detail}</li> }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
                Some(ConfigStatus::Missing(status)) => view! {
                    <p class="k-note k-note--caution"><Icon name="alert"/>
                        <span>{move || t!(locale, "report-config-missing", status = status)}</span>
                    </p>
                }.into_any(),
                Some(ConfigStatus::Unreachable(_)) => view! {
                    <p class="k-note k-note--caution"><Icon name="alert"/>
                        <span>{move || t!(locale, "report-config-unreachable")}</span>
                    </p>
                }.into_any(),
            }}
        </section>
    }
}

/// One configuration problem in the displayed language.
fn problem_text(locale: crate::i18n::Locale, problem: &ConfigProblem) -> String {
    let mut args = vec![
        ("line", problem.line.to_string()),
        ("setting", problem.setting.clone()),
    ];
    args.extend(problem.kind.args());
    // The syntax detail is shown beside the sentence, in its own language.
    for (name, value) in &mut args {
        if *name == "detail" {
            value.clear();
        }
    }
    text_args(locale, problem.kind.message_id(), &args)
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
            <h2 id="k-report-places" class="k-report__title"><Icon name="map-pin"/>{move || t!(locale, "report-places-title")}</h2>
            <p><bdi dir="ltr"><code>{address}</code></bdi></p>
            {move || match places.0.get() {
                None => view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any(),
                Some(Ok(file)) => {
                    let kept = file.places.len();
                    let skipped = file.skipped.len();
                    let closed = file.not_receiving_public;
                    let lines: Vec<String> = file.skipped.iter().map(|(line, _)| line.to_string()).collect();
                    let lines = lines.join(", ");
                    let by_column = skipped_by_reason(&file)
                        .into_iter()
                        .map(|(column, count)| view! {
                            <li>{move || t!(locale, "report-places-column", column = column.clone(), count = count)}</li>
                        })
                        .collect_view();
                    view! {
                        <ul class="k-report__facts">
                            <li>{move || t!(locale, "report-places-kept", count = kept)}</li>
                            <li>{move || t!(locale, "report-places-skipped", count = skipped)}</li>
                            <li>{move || t!(locale, "report-places-closed", count = closed)}</li>
                        </ul>
                        {(skipped > 0).then(|| view! {
                            <p>{move || t!(locale, "report-places-lines", lines = lines.clone())}</p>
                            <ul class="k-report__problems">{by_column}</ul>
                            <p>{move || t!(locale, "report-places-check")}</p>
                        })}
                    }.into_any()
                }
                Some(Err(problem)) => {
                    let message = match problem {
                        PlacesProblem::Missing(status) => t!(locale, "report-places-missing", status = status),
                        PlacesProblem::Unreachable(_) => t!(locale, "report-places-unreachable"),
                        PlacesProblem::Unreadable(_) => t!(locale, "report-places-unreadable"),
                    };
                    view! { <p class="k-note k-note--caution"><Icon name="alert"/><span>{message}</span></p> }.into_any()
                }
            }}
        </section>
    }
}
