//! `/agent/stats`: the anonymous figures, for the commune's analysis of social needs.

use crate::browser::local_now;
use crate::components::agent_bar::AgentBar;
use crate::components::icon::{pictogram, Icon};
use crate::components::modal::Modal;
use crate::components::setup_report::problem_words;
use crate::content::{tutorial, RULES};
use crate::i18n::{text, use_locale, Locale, LANGUAGES};
use crate::printing::moment;
use crate::t;
use leptos::prelude::*;
use pasapas_core::agent::stats::{
    detail_message_id, kind_message_id, tutorials_by_theme, Counter, Stats, DETAILED_KINDS,
};
use pasapas_core::content::assessment::Profile;
use pasapas_core::content::tutorials::theme_message_id;
use pasapas_core::problem::Problem;
use wasm_bindgen::JsCast;

/// The figures of the last 7 or 30 days: visits per day as bars, each counter's total as a bar
/// and a number, then the details (languages, profiles, kinds of help, tutorials by theme). The
/// numbers are always written out, so the bars are a help to the eye, never the only way to read.
/// "Download (CSV)" saves every day and counter; "Erase the figures" asks once.
#[component]
pub fn AgentStats() -> impl IntoView {
    let locale = use_locale();
    let days = RwSignal::new(7u32);
    // Bumped after an erase, so the figures are read from storage again.
    let version = RwSignal::new(0u32);
    let figures = LocalResource::new(move || {
        version.track();
        crate::stats::read()
    });
    let stats = Memo::new(move |_| {
        figures
            .get()
            .and_then(Result::ok)
            .map(|figures| figures.stats)
            .unwrap_or_default()
    });
    let note = move |pick: fn(&crate::stats::Figures) -> bool| {
        figures
            .get()
            .and_then(Result::ok)
            .is_some_and(|figures| pick(&figures))
    };
    let confirm_open = RwSignal::new(false);
    let period_button = move |n: u32, id: &'static str| {
        view! {
            <button
                type="button"
                class="k-button k-button--secondary"
                aria-pressed=move || if days.get() == n { "true" } else { "false" }
                on:click=move |_| days.set(n)
            >
                <Icon name=pictogram::CLOCK />
                <span>{move || text(locale, id)}</span>
            </button>
        }
    };
    let erase = move |_| {
        confirm_open.set(false);
        leptos::task::spawn_local(async move {
            if let Err(error) = crate::stats::erase().await {
                log::error!("figures not erased: {error}");
            }
            version.update(|v| *v += 1);
        });
    };
    view! {
        <AgentBar />
        <h1 class="k-title" tabindex="-1">
            {move || t!(locale, "agent-stats-title")}
        </h1>
        <p>{move || t!(locale, "stats-anonymous")}</p>
        {move || match figures.get() {
            None => {
                Some(
                    view! { <p role="status">{move || t!(locale, "agent-loading")}</p> }.into_any(),
                )
            }
            Some(Err(error)) => {
                log::error!("figures not read: {error}");
                Some(
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{move || t!(locale, "stats-unreadable")}</span>
                        </p>
                    }
                        .into_any(),
                )
            }
            Some(Ok(_)) => None,
        }}
        {move || {
            note(|f| f.set_aside)
                .then(|| {
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{move || t!(locale, "stats-corrupt")}</span>
                        </p>
                        <SetAsideValues />
                    }
                })
        }}
        {move || {
            note(|f| f.waiting)
                .then(|| {
                    view! {
                        <p class="k-note k-note--caution">
                            <Icon name=pictogram::ALERT />
                            <span>{move || t!(locale, "stats-waiting")}</span>
                        </p>
                    }
                })
        }}
        <div class="k-actions" role="group" aria-label=move || t!(locale, "stats-period")>
            {period_button(7, "stats-last-7")}
            {period_button(30, "stats-last-30")}
        </div>
        {move || {
            let stats = stats.get();
            let days = days.get();
            view! {
                <DailyVisits stats=stats.clone() days=days />
                <Totals stats=stats.clone() days=days />
                <Details stats=stats days=days />
            }
        }}
        <div class="k-actions">
            <button
                type="button"
                class="k-button k-button--primary"
                on:click=move |_| download_csv(&stats.get_untracked())
            >
                <Icon name=pictogram::DOWNLOAD />
                <span>{move || t!(locale, "stats-download")}</span>
            </button>
            <button
                type="button"
                class="k-button k-button--danger"
                on:click=move |_| confirm_open.set(true)
            >
                <Icon name=pictogram::TRASH />
                <span>{move || t!(locale, "stats-erase")}</span>
            </button>
        </div>
        <Modal
            open=confirm_open
            labelled_by="k-erase-stats-title"
            on_close=Callback::new(move |_| confirm_open.set(false))
        >
            <h2 id="k-erase-stats-title" class="k-modal__title">
                <Icon name=pictogram::TRASH />
                {move || t!(locale, "stats-erase-title")}
            </h2>
            <p class="k-modal__text">
                <Icon name=pictogram::ALERT />
                {move || t!(locale, "stats-erase-warning")}
            </p>
            <div class="k-modal__actions">
                <button
                    type="button"
                    class="k-button k-button--secondary"
                    on:click=move |_| confirm_open.set(false)
                >
                    <Icon name=pictogram::BACK />
                    <span>{move || t!(locale, "stats-erase-cancel")}</span>
                </button>
                <button type="button" class="k-button k-button--danger" on:click=erase>
                    <Icon name=pictogram::TRASH />
                    <span>{move || t!(locale, "stats-erase-confirm")}</span>
                </button>
            </div>
        </Modal>
    }
}

/// Each value set aside, when and what was wrong with it, so that the agent can say what happened
/// (records the database set aside carry no reason and are not listed).
#[component]
fn SetAsideValues() -> impl IntoView {
    let locale = use_locale();
    let values = crate::stats::set_aside_values();
    (!values.is_empty()).then(|| {
        let items = values
            .into_iter()
            .map(|value| {
                let at = value.at;
                let frame = move |problem: String| {
                    t!(
                        locale,
                        "stats-corrupt-item",
                        date = moment(locale, &at),
                        problem = problem
                    )
                };
                view! { <li>{problem_words(locale, value.problem.message(), frame)}</li> }
            })
            .collect_view();
        view! { <ul class="k-report__problems">{items}</ul> }
    })
}

/// A bar's length as a share of the largest value, in percent (at least a sliver when not zero).
fn bar_percent(value: u64, largest: u64) -> f64 {
    if value == 0 || largest == 0 {
        0.0
    } else {
        (value as f64 / largest as f64 * 100.0).max(2.0)
    }
}

/// A row of a bar list: the label with its bar under it (hidden from assistive technology: the
/// number says it), and the number. Two columns, so that at 200 % text on a portrait screen the
/// label keeps the width it needs.
fn bar_row(label: impl IntoView + 'static, value: u64, largest: u64) -> impl IntoView {
    let style = format!("inline-size: {:.1}%", bar_percent(value, largest));
    view! {
        <tr>
            <th scope="row" class="k-bars__label">
                {label}
                <span class="k-bars__fill" style=style aria-hidden="true"></span>
            </th>
            <td class="k-bars__value">{value}</td>
        </tr>
    }
}

/// A table of bars: the caption, then a row per label with its bar and its number.
fn bar_table(
    locale: Locale,
    caption: impl Fn() -> String + Send + Sync + 'static,
    first_column: &'static str,
    rows: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <table class="k-bars">
            <caption class="k-bars__caption">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || text(locale, first_column)}</th>
                    <th scope="col" class="k-bars__value">
                        {move || t!(locale, "stats-column-count")}
                    </th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Visits per day, oldest first.
#[component]
fn DailyVisits(stats: Stats, days: u32) -> impl IntoView {
    let locale = use_locale();
    let series = stats.daily(local_now().date(), days, "session-started");
    let largest = series.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let rows = series
        .into_iter()
        .map(|(day, n)| bar_row(move || day_label(locale, day), n, largest))
        .collect_view();
    bar_table(
        locale,
        move || t!(locale, "stats-visits-per-day", days = days),
        "stats-column-day",
        rows,
    )
}

/// Every counter's total over the period.
#[component]
fn Totals(stats: Stats, days: u32) -> impl IntoView {
    let locale = use_locale();
    let totals = stats.totals_by_kind(local_now().date(), days);
    let largest = totals.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let rows = move || {
        totals
            .iter()
            .map(|(kind, n)| bar_row(text(locale, &kind_message_id(kind)), *n, largest))
            .collect_view()
    };
    bar_table(
        locale,
        move || t!(locale, "stats-totals", days = days),
        "stats-column-what",
        rows,
    )
}

/// The details of the counters that have one, each kind in its own table.
#[component]
fn Details(stats: Stats, days: u32) -> impl IntoView {
    let locale = use_locale();
    let totals = stats.totals(local_now().date(), days);
    let of_kind = |kind: &str| -> Vec<(Counter, u64)> {
        totals
            .iter()
            .filter(|(c, _)| c.kind == kind && c.detail.is_some())
            .cloned()
            .collect()
    };
    let tables = DETAILED_KINDS
        .iter()
        .copied()
        .map(|kind| {
            let rows = of_kind(kind);
            let largest = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
            let body = move || {
                if rows.is_empty() {
                    return view! {
                        <tr>
                            <td colspan="2">{move || t!(locale, "stats-nothing-yet")}</td>
                        </tr>
                    }
                    .into_any();
                }
                rows.iter()
                    .map(|(c, n)| {
                        bar_row(
                            detail_label(locale, kind, c.detail.as_deref().unwrap_or_default()),
                            *n,
                            largest,
                        )
                    })
                    .collect_view()
                    .into_any()
            };
            let caption = detail_message_id(kind);
            bar_table(
                locale,
                move || text(locale, &caption),
                "stats-column-what",
                body,
            )
        })
        .collect_view();
    let themes = tutorials_by_theme(&totals, &|id| {
        tutorial(id).map(|t| t.theme.slug().to_string())
    });
    let theme_rows = move || {
        if themes.is_empty() {
            return view! {
                <tr>
                    <td colspan="3">{move || t!(locale, "stats-nothing-yet")}</td>
                </tr>
            }
            .into_any();
        }
        themes
            .iter()
            .map(|(theme, started, completed)| {
                let label = theme_message_id(theme);
                view! {
                    <tr>
                        <th scope="row">{move || text(locale, &label)}</th>
                        <td class="k-bars__value">{*started}</td>
                        <td class="k-bars__value">{*completed}</td>
                    </tr>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        {tables}
        <table class="k-bars">
            <caption class="k-bars__caption">{move || t!(locale, "stats-detail-themes")}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t!(locale, "stats-column-theme")}</th>
                    <th scope="col">{move || t!(locale, "stats-kind-tutorial-started")}</th>
                    <th scope="col">{move || t!(locale, "stats-kind-tutorial-completed")}</th>
                </tr>
            </thead>
            <tbody>{theme_rows}</tbody>
        </table>
    }
}

/// A detail in words: a language in its own name, a profile, a kind of help or a tutorial in the
/// displayed language. An unknown id (content removed since) is shown as it is stored.
fn detail_label(locale: Locale, kind: &str, detail: &str) -> String {
    let known = match kind {
        "language-chosen" => LANGUAGES.get(detail).map(|l| l.name.clone()),
        "assessment-completed" => Profile::ALL
            .into_iter()
            .find(|p| p.slug() == detail)
            .map(|p| text(locale, &p.message_id())),
        "card-issued" => RULES
            .as_ref()
            .and_then(|rules| rules.cards.iter().find(|c| c.id == detail))
            .map(|card| text(locale, &card.title_message_id())),
        "tutorial-started" | "tutorial-completed" => {
            tutorial(detail).map(|t| text(locale, &t.title))
        }
        _ => None,
    };
    known
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| detail.to_string())
}

/// A day as "Mon 16 Nov", in the displayed language (the browser's `Intl`).
fn day_label(locale: Locale, day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let date = js_sys::Date::new_with_year_month_day(
        day.year() as u32,
        day.month0() as i32,
        day.day() as i32,
    );
    let options = crate::printing::intl_options(&[
        ("weekday", "short"),
        ("day", "numeric"),
        ("month", "short"),
    ]);
    date.to_locale_date_string(crate::printing::intl_locale(&locale.get().code), &options)
        .into()
}

/// Saves the CSV through a download link (the browser's own download, no server).
fn download_csv(stats: &Stats) {
    let csv = stats.to_csv();
    let parts = js_sys::Array::of1(&csv.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        log::warn!("CSV: no blob");
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        log::warn!("CSV: no object URL");
        return;
    };
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(&format!("pasapas-statistiques-{}.csv", local_now().date()));
        link.click();
    }
    // Revoked later: revoking at once can cancel a download the browser has not started yet.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
