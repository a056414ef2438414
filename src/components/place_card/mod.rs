//! One place: where it is, how to call, whether it is open.

use crate::components::icon::{pictogram, Icon, Picture};
use crate::i18n::{text, use_locale, Locale};
use crate::t;
use chrono::{Datelike, NaiveDateTime, Timelike};
use leptos::prelude::*;
use pasapas_core::installation::places::{opening, Opening, Place};

/// A kind of help a place gives, as its card shows it: a pictogram and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceNeed {
    /// File name in `assets/icons/` without `.svg` (an orientation card's `pictogram`).
    pub pictogram: String,
    /// The Fluent id of its words (an orientation card's `orientation-<id>-title`).
    pub message: String,
}

/// A place as a person needs it: name, the kinds of help it gives when the screen lists them,
/// address, phone (as text: a kiosk does not call), and "open now until…" or "opens on … at …",
/// computed from its opening hours at `now`.
#[component]
pub fn PlaceCard(
    /// The place.
    place: Place,
    /// The kiosk's local time.
    now: NaiveDateTime,
    /// The kinds of help it gives, shown on the card; none where a heading above already says
    /// the one kind of help (the result screen).
    #[prop(optional)]
    needs: Vec<PlaceNeed>,
    /// The level of the name's heading: 2 where the list sits right under the screen's title,
    /// 3 (the default) under a kind of help's heading, so that no level is skipped.
    #[prop(default = 3)]
    heading: u8,
) -> impl IntoView {
    let locale = use_locale();
    let status = opening(&place, now);
    let open_now = matches!(status, Opening::OpenUntil(_));
    let opening_text = move || match status {
        Opening::OpenUntil(Some(until)) => t!(locale, "place-open-until", time = clock(until)),
        Opening::OpenUntil(None) => t!(locale, "place-open"),
        // "Today" and "tomorrow" where they are true: "opens Tuesday" on a Tuesday misleads.
        Opening::OpensAt(at) if at.date() == now.date() => {
            t!(locale, "place-opens-today", time = clock(at))
        }
        Opening::OpensAt(at) if Some(at.date()) == now.date().succ_opt() => {
            t!(locale, "place-opens-tomorrow", time = clock(at))
        }
        Opening::OpensAt(at) => t!(
            locale,
            "place-opens",
            day = weekday(locale, at),
            time = clock(at)
        ),
        Opening::Unknown => t!(locale, "place-hours-unknown"),
    };
    view! {
        <li class="k-place">
            <PlaceName name=place.name.clone() heading=heading />
            <PlaceNeeds needs=needs />
            <p class="k-place__line">
                <Icon name=pictogram::HOME />
                <span>{address(&place)}</span>
            </p>
            {place
                .phone
                .as_deref()
                .map(national_phone)
                .map(|phone| {
                    view! {
                        <p class="k-place__line">
                            <Icon name=pictogram::PHONE />
                            <span>
                                {move || t!(locale, "place-phone")}" "
                                <bdi class="k-place__phone" dir="ltr">
                                    {phone.clone()}
                                </bdi>
                            </span>
                        </p>
                    }
                })}
            <p class="k-place__line" class=("k-place__line--open", open_now)>
                <Icon name=pictogram::CLOCK />
                <span>{opening_text}</span>
            </p>
        </li>
    }
}

/// A place's name as a heading of the level its list needs; French, as the commune wrote it.
#[component]
fn PlaceName(
    /// The place's name.
    name: String,
    /// 2 or 3: see [`PlaceCard`]'s `heading`.
    heading: u8,
) -> impl IntoView {
    let name = view! { <bdi lang="fr">{name}</bdi> };
    if heading == 2 {
        view! { <h2 class="k-place__name">{name}</h2> }.into_any()
    } else {
        view! { <h3 class="k-place__name">{name}</h3> }.into_any()
    }
}

/// The kinds of help a place gives, a pictogram beside each one's words; nothing without any.
#[component]
fn PlaceNeeds(
    /// The kinds of help, in the order of the orientation rules.
    needs: Vec<PlaceNeed>,
) -> impl IntoView {
    let locale = use_locale();
    (!needs.is_empty()).then(|| {
        let items = needs
            .into_iter()
            .map(|need| {
                view! {
                    <li class="k-place__need">
                        <Picture name=need.pictogram />
                        <span>{move || text(locale, &need.message)}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="k-place__needs-label">{move || t!(locale, "near-place-helps")}</p>
            <ul class="k-place__needs">{items}</ul>
        }
    })
}

/// "+33199000101" as French people write it: "01 99 00 01 01", with no-break spaces, so that the
/// number never breaks across two lines of a card or a ticket.
pub fn national_phone(phone: &str) -> String {
    let digits = match phone.strip_prefix("+33") {
        Some(rest) => format!("0{rest}"),
        None => return phone.to_string(),
    };
    digits
        .as_bytes()
        .chunks(2)
        .map(|pair| String::from_utf8_lossy(pair).into_owned())
        .collect::<Vec<_>>()
        .join("\u{a0}")
}

fn clock(at: NaiveDateTime) -> String {
    format!("{:02}:{:02}", at.hour(), at.minute())
}

/// The day's name in the displayed language, by the browser's `Intl`.
pub fn weekday(locale: Locale, at: NaiveDateTime) -> String {
    let date = js_sys::Date::new_with_year_month_day(
        at.year() as u32,
        at.month0() as i32,
        at.day() as i32,
    );
    let options = crate::printing::intl_options(&[("weekday", "long")]);
    date.to_locale_date_string(crate::printing::intl_locale(&locale.get().code), &options)
        .into()
}

/// A place's address as a French postal address, one isolated left-to-right unit, so that an
/// Arabic page does not reorder "5 chemin du Moulin, 99100 Val-Fictif" (the person shows it in
/// France). Shared by the card and the ticket.
pub fn address(place: &Place) -> impl IntoView {
    let street = match &place.address_complement {
        Some(more) => format!("{}, {more}", place.address),
        None => place.address.clone(),
    };
    let postal = format!("{street}, {} {}", place.postcode, place.town);
    view! {
        <bdi lang="fr" dir="ltr">
            {postal}
        </bdi>
    }
}
