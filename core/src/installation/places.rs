//! The places file: digital-mediation places in the national open-data schema
//! (LaMednum "lieux de médiation numérique" v1.0.2, CSV, UTF-8).
//!
//! A commune drops its own file next to the app. Rows that break the schema are skipped and
//! counted with their reasons (for the agent screen); places that do not receive the public are
//! dropped; older long forms of values (schema v0.x) are normalised. Reasons are data
//! ([`RowProblem`], [`Unreadable`]), worded by the screens and `check-config` from Fluent.

use crate::installation::commune_file::{decode, too_large, Decoded, Encoding};
use crate::problem::{Message, Problem, DETAIL};
use chrono::NaiveDateTime;
use opening_hours::OpeningHours;
use opening_hours::RuleKind;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// `services` values of the schema.
pub const SERVICES: [&str; 9] = [
    "Aide aux démarches administratives",
    "Maîtrise des outils numériques du quotidien",
    "Insertion professionnelle via le numérique",
    "Utilisation sécurisée du numérique",
    "Parentalité et éducation avec le numérique",
    "Loisirs et créations numériques",
    "Compréhension du monde numérique",
    "Accès internet et matériel informatique",
    "Acquisition de matériel informatique à prix solidaire",
];
/// `publics_specifiquement_adresses` values.
pub const PUBLICS: [&str; 5] = [
    "Jeunes",
    "Étudiants",
    "Familles et/ou enfants",
    "Seniors",
    "Femmes",
];
/// `prise_en_charge_specifique` values.
pub const SUPPORTS: [&str; 7] = [
    "Surdité",
    "Handicaps moteurs",
    "Handicaps mentaux",
    "Illettrisme",
    "Langues étrangères (anglais)",
    "Langues étrangères (autres)",
    "Déficience visuelle",
];
/// `frais_a_charge` values, in the order the ranking prefers them.
pub const FEES: [&str; 3] = ["Gratuit", "Gratuit sous condition", "Payant"];
/// `dispositif_programmes_nationaux` values.
pub const PROGRAMMES: [&str; 11] = [
    "Aidants Connect",
    "Bibliothèques numérique de référence",
    "Certification PIX",
    "Conseillers numériques",
    "Emmaüs Connect",
    "France Services",
    "Grande école du numérique",
    "La Croix Rouge",
    "Point d'accès numérique CAF",
    "Promeneurs du net",
    "Relais numérique (Emmaüs Connect)",
];
/// `modalites_acces` values.
pub const ACCESS: [&str; 6] = [
    "Se présenter",
    "Téléphoner",
    "Contacter par mail",
    "Prendre un RDV en ligne",
    NO_PUBLIC,
    "Envoyer un mail avec une fiche de prescription",
];
/// How to come, in words, for each `modalites_acces` value a kept place can have (Fluent ids).
pub const ACCESS_MESSAGES: [(&str, &str); 5] = [
    ("Se présenter", "place-access-walk-in"),
    ("Téléphoner", "place-access-phone"),
    ("Contacter par mail", "place-access-mail"),
    ("Prendre un RDV en ligne", "place-access-booking"),
    (
        "Envoyer un mail avec une fiche de prescription",
        "place-access-referral",
    ),
];

impl Place {
    /// The message ids saying how to come to this place, in the schema's order.
    pub fn access_message_ids(&self) -> Vec<&'static str> {
        ACCESS_MESSAGES
            .iter()
            .filter(|(value, _)| self.access.iter().any(|a| a == value))
            .map(|(_, id)| *id)
            .collect()
    }
}

/// The access value of a place that does not receive the public: such places are dropped.
pub const NO_PUBLIC: &str = "Ce lieu n'accueille pas de public";
/// `modalites_accompagnement` values.
pub const ACCOMPANIMENT: [&str; 4] = [
    "En autonomie",
    "Accompagnement individuel",
    "Dans un atelier collectif",
    "À distance",
];

/// One place, as the kiosk uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub address: String,
    pub address_complement: Option<String>,
    pub postcode: String,
    pub town: String,
    pub coordinates: Option<(f64, f64)>,
    /// In international form, as the schema writes it (+33…).
    pub phone: Option<String>,
    /// The `horaires` text, as written.
    pub opening_hours: Option<String>,
    /// The open times worked out from `horaires` ([`PlacesFile::work_out_timetables`]): what
    /// the screens read, so that they need no `opening_hours` parser.
    pub timetable: Option<Timetable>,
    pub services: Vec<String>,
    pub publics: Vec<String>,
    pub supports: Vec<String>,
    pub fees: Vec<String>,
    pub programmes: Vec<String>,
    pub access: Vec<String>,
    pub accompaniment: Vec<String>,
    pub typology: Vec<String>,
    pub booking_url: Option<String>,
    /// `date_maj`, ISO: the day the commune last checked the row (printed for the agent).
    pub updated: String,
    /// `itinerance` says "Itinérant": a bus or a person that comes on given days.
    pub itinerant: bool,
    /// `fiche_acces_libre`: the place's accessibility sheet (Acceslibre), when it has one.
    pub accessibility_sheet: Option<String>,
    /// `formations_labels`: the trainings and labels of its mediators (Aidants Connect, Pix…).
    pub training_labels: Vec<String>,
}

/// What reading a places file gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacesFile {
    /// The places that receive the public and follow the schema.
    pub places: Vec<Place>,
    /// Rows left out: (line in the file, every reason).
    pub skipped: Vec<(usize, Vec<RowProblem>)>,
    /// Places that follow the schema but do not receive the public.
    pub not_receiving_public: usize,
    /// Places kept whose `horaires` could not be read: (place name, the parser's own words in
    /// English, worded as a [`crate::problem::DETAIL`]).
    pub unreadable_hours: Vec<(String, String)>,
    /// The column separator found: `,` (the schema's) or `;` (a spreadsheet's).
    pub separator: char,
    /// How the bytes were read: UTF-8 (the schema's) or Windows-1252 (a spreadsheet's).
    pub encoding: Encoding,
}

impl Default for PlacesFile {
    fn default() -> Self {
        Self {
            places: Vec::new(),
            skipped: Vec::new(),
            not_receiving_public: 0,
            unreadable_hours: Vec::new(),
            separator: ',',
            encoding: Encoding::Utf8,
        }
    }
}

/// The columns as written in the file. Unknown columns are allowed: the schema may grow.
#[derive(Debug, Deserialize)]
struct Row {
    #[serde(default)]
    id: String,
    #[serde(default)]
    pivot: String,
    #[serde(default)]
    nom: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    code_postal: String,
    #[serde(default)]
    adresse: String,
    #[serde(default)]
    complement_adresse: String,
    #[serde(default)]
    latitude: String,
    #[serde(default)]
    longitude: String,
    #[serde(default)]
    typologie: String,
    #[serde(default)]
    telephone: String,
    #[serde(default)]
    horaires: String,
    #[serde(default)]
    date_maj: String,
    #[serde(default)]
    services: String,
    #[serde(default)]
    publics_specifiquement_adresses: String,
    #[serde(default)]
    prise_en_charge_specifique: String,
    #[serde(default)]
    frais_a_charge: String,
    #[serde(default)]
    dispositif_programmes_nationaux: String,
    #[serde(default)]
    modalites_acces: String,
    #[serde(default)]
    modalites_accompagnement: String,
    #[serde(default)]
    prise_rdv: String,
    #[serde(default)]
    itinerance: String,
    #[serde(default)]
    fiche_acces_libre: String,
    #[serde(default)]
    formations_labels: String,
}

/// A column's name, as a problem holds it. A name, not `&'static str` written out: serde's
/// derive would take that for a string borrowed from the input, which the reader's message
/// (`decode_places_read`) cannot lend; `column_name` gives it a `'static` life instead.
pub type Column = &'static str;

/// The schema's column names that the kiosk reads, as problems name them.
const COLUMNS: [&str; 24] = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "adresse",
    "complement_adresse",
    "latitude",
    "longitude",
    "typologie",
    "telephone",
    "horaires",
    "date_maj",
    "services",
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "frais_a_charge",
    "dispositif_programmes_nationaux",
    "modalites_acces",
    "modalites_accompagnement",
    "prise_rdv",
    "itinerance",
    "fiche_acces_libre",
    "formations_labels",
];

/// A column name read back from the places reader's message ([`decode_places_read`]) as the
/// `&'static str` the problems hold: the schema's own name, or, for a name the list lacks, a
/// copy kept for the page's life (once per distinct name, so the memory stays bounded).
fn static_column(name: String) -> &'static str {
    thread_local! {
        static OTHERS: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(known) = COLUMNS.iter().find(|c| **c == name) {
        return known;
    }
    OTHERS.with_borrow_mut(|others| {
        if let Some(kept) = others.iter().find(|c| **c == name) {
            return *kept;
        }
        let kept: &'static str = Box::leak(name.into_boxed_str());
        others.push(kept);
        kept
    })
}

fn column_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    String::deserialize(deserializer).map(static_column)
}

fn column_names<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<&'static str>, D::Error> {
    Vec::<String>::deserialize(deserializer)
        .map(|names| names.into_iter().map(static_column).collect())
}

/// Columns the schema requires in the header.
const REQUIRED_COLUMNS: [&str; 7] = [
    "id",
    "pivot",
    "nom",
    "commune",
    "code_postal",
    "adresse",
    "date_maj",
];

/// Whether a places file read correctly is sound enough to become the kiosk's last good copy. A
/// file whose every row was skipped (a wrong encoding or separator mangles them all) is damaged:
/// the kiosk keeps showing the last good list rather than none.
pub fn worth_keeping(file: &PlacesFile) -> bool {
    !file.places.is_empty() || file.skipped.is_empty()
}

/// The largest places file the kiosk reads (2 MB, about 2,500 places: many times a commune's
/// area). The national file (tens of thousands of places) must be cut to the area first.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Why a places file cannot be used at all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Unreadable {
    /// Larger than [`MAX_BYTES`].
    TooLarge {
        kilobytes: usize,
        limit_kilobytes: usize,
    },
    /// The first line cannot be read as CSV; `detail` is the parser's own words (English).
    NotCsv { detail: String },
    /// Columns the schema requires are not in the first line.
    MissingColumns {
        #[serde(deserialize_with = "column_names")]
        columns: Vec<Column>,
    },
}

impl Problem for Unreadable {
    const CONTEXT: &'static [&'static str] = &[];

    fn message(&self) -> Message {
        match self {
            Self::TooLarge {
                kilobytes,
                limit_kilobytes,
            } => Message::new(
                "report-places-too-large",
                vec![
                    ("size", kilobytes.to_string()),
                    ("limit", limit_kilobytes.to_string()),
                ],
            ),
            Self::NotCsv { detail } => {
                Message::new("report-places-not-csv", vec![(DETAIL, detail.clone())])
            }
            Self::MissingColumns { columns } => Message::new(
                "report-places-missing-columns",
                // Column names are the schema's own words, the same in every language.
                vec![("columns", columns.join(", "))],
            ),
        }
    }
}

/// Why one row of the places file is skipped. A row can have several.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RowProblem {
    /// A required column (`id`, `nom`, `commune`, `adresse`) is empty.
    Empty {
        #[serde(deserialize_with = "column_name")]
        column: Column,
    },
    /// `pivot` is neither a SIRET (14 characters) nor a SIREN (9).
    BadPivot { value: String },
    /// `code_postal` is not 5 digits.
    BadPostcode { value: String },
    /// `date_maj` is not a date written as 2024-03-31.
    BadDate { value: String },
    /// `telephone` (spaces, dots and dashes taken out) is not in international form.
    BadPhone { value: String },
    /// `latitude` and `longitude` are both given but are not coordinates.
    BadCoordinates { latitude: String, longitude: String },
    /// A value of a list column that the schema does not have.
    UnknownValue {
        #[serde(deserialize_with = "column_name")]
        column: Column,
        value: String,
    },
    /// The row cannot be read at all (a column twice in the first line, say); `detail` is the
    /// parser's own words (English).
    NotRead { detail: String },
}

impl RowProblem {
    /// The columns the problem is in; none when the row could not be read at all.
    pub fn columns(&self) -> Vec<&'static str> {
        match self {
            Self::Empty { column } | Self::UnknownValue { column, .. } => vec![column],
            Self::BadPivot { .. } => vec!["pivot"],
            Self::BadPostcode { .. } => vec!["code_postal"],
            Self::BadDate { .. } => vec!["date_maj"],
            Self::BadPhone { .. } => vec!["telephone"],
            Self::BadCoordinates { .. } => vec!["latitude", "longitude"],
            Self::NotRead { .. } => Vec::new(),
        }
    }
}

impl Problem for RowProblem {
    /// Every row message also takes the row's `line` in the file.
    const CONTEXT: &'static [&'static str] = &["line"];

    fn message(&self) -> Message {
        match self {
            Self::Empty { column } => Message::new(
                "report-places-row-empty",
                vec![("column", column.to_string())],
            ),
            Self::BadPivot { value } => {
                Message::new("report-places-row-pivot", vec![("value", value.clone())])
            }
            Self::BadPostcode { value } => {
                Message::new("report-places-row-postcode", vec![("value", value.clone())])
            }
            Self::BadDate { value } => {
                Message::new("report-places-row-date", vec![("value", value.clone())])
            }
            Self::BadPhone { value } => {
                Message::new("report-places-row-phone", vec![("value", value.clone())])
            }
            Self::BadCoordinates {
                latitude,
                longitude,
            } => Message::new(
                "report-places-row-coordinates",
                vec![
                    ("latitude", latitude.clone()),
                    ("longitude", longitude.clone()),
                ],
            ),
            Self::UnknownValue { column, value } => Message::new(
                "report-places-row-unknown-value",
                vec![("column", column.to_string()), ("value", value.clone())],
            ),
            Self::NotRead { detail } => {
                Message::new("report-places-row-not-read", vec![(DETAIL, detail.clone())])
            }
        }
    }
}

/// Reads a places file from its bytes. `Err` only when the file cannot be used at all (too
/// large, not CSV, required columns missing); a bad row is skipped and reported, never fatal.
/// A file saved by a spreadsheet is read too: `;` between columns, Windows-1252 letters.
pub fn read_places(bytes: &[u8]) -> Result<PlacesFile, Unreadable> {
    if let Some(kilobytes) = too_large(bytes, MAX_BYTES) {
        return Err(Unreadable::TooLarge {
            kilobytes,
            limit_kilobytes: MAX_BYTES / 1024,
        });
    }
    let Decoded { text, encoding } = decode(bytes);
    // A spreadsheet ends lines with CRLF, and then the csv crate gives each record the line of
    // the one before (BurntSushi/rust-csv#395): the agent would look for a bad row on the wrong
    // line. With LF alone the lines are right, and trimmed cells read the same.
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    };
    let separator = separator_of(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(separator as u8)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Unreadable::NotCsv {
            detail: e.to_string(),
        })?
        .clone();
    let missing: Vec<&'static str> = REQUIRED_COLUMNS
        .into_iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .collect();
    if !missing.is_empty() {
        return Err(Unreadable::MissingColumns { columns: missing });
    }
    let mut file = PlacesFile {
        separator,
        encoding,
        ..PlacesFile::default()
    };
    for (index, record) in reader.records().enumerate() {
        // Line 1 is the header; a record's own position is the better line when it has one.
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line() as usize)
            .unwrap_or(index + 2);
        let row: Result<Row, csv::Error> = record.and_then(|r| r.deserialize(Some(&headers)));
        let not_read = |e: csv::Error| {
            vec![RowProblem::NotRead {
                detail: e.to_string(),
            }]
        };
        match row.map_err(not_read).and_then(validate) {
            Ok(place) if place.access.iter().any(|a| a == NO_PUBLIC) => {
                file.not_receiving_public += 1;
            }
            Ok(place) => {
                if let Some(hours) = &place.opening_hours {
                    if let Err(e) = hours.parse::<OpeningHours>() {
                        file.unreadable_hours
                            .push((place.name.clone(), e.to_string()));
                    }
                }
                file.places.push(place);
            }
            Err(reasons) => file.skipped.push((line, reasons)),
        }
    }
    Ok(file)
}

impl PlacesFile {
    /// The places whose hours can be read but say nothing useful about the coming week from
    /// `now`: never open (a year gone by, `closed` glued to the times), or no change at all in
    /// the week where the rule is not `24/7` (a date that does not exist, such as `Feb 30`, reads
    /// as always open). The kiosk cannot say when they open, so the agent screen and
    /// `check-config` name them.
    pub fn hours_to_check(&self, now: NaiveDateTime) -> Vec<&str> {
        let horizon = now + LOOK_AHEAD;
        self.places
            .iter()
            .filter(|place| {
                place
                    .timetable
                    .as_ref()
                    .filter(|t| t.covers(now, horizon))
                    .is_some_and(|timetable| {
                        let open: Vec<_> = timetable.open_between(now, horizon).collect();
                        let never_changes = open.len() == 1 && open[0] == (now, horizon);
                        open.is_empty() || (never_changes && !timetable.always)
                    })
            })
            .map(|place| place.name.as_str())
            .collect()
    }
}

/// How far ahead the kiosk looks for a place's next opening or closing. The bound keeps the work
/// per place small whatever the rule: without it, the search for a rule that never changes runs
/// to the library's end of time.
const LOOK_AHEAD: chrono::TimeDelta = chrono::TimeDelta::days(8);

/// The column separator: `,` as the schema writes, or `;` as a French spreadsheet saves CSV
/// (its decimal comma takes `,`). Read from the first line, which holds only column names.
fn separator_of(text: &str) -> char {
    let header = text.lines().next().unwrap_or_default();
    if header.matches(';').count() > header.matches(',').count() {
        ';'
    } else {
        ','
    }
}

/// Checks one row against the schema, normalising values on the way.
fn validate(row: Row) -> Result<Place, Vec<RowProblem>> {
    let mut reasons = Vec::new();
    for (column, value) in [
        ("id", &row.id),
        ("nom", &row.nom),
        ("commune", &row.commune),
        ("adresse", &row.adresse),
    ] {
        if value.is_empty() {
            reasons.push(RowProblem::Empty { column });
        }
    }
    let pivot_ok =
        (9..=14).contains(&row.pivot.len()) && row.pivot.chars().all(|c| c.is_ascii_alphanumeric());
    if !pivot_ok {
        reasons.push(RowProblem::BadPivot {
            value: row.pivot.clone(),
        });
    }
    if !(row.code_postal.len() == 5 && row.code_postal.chars().all(|c| c.is_ascii_digit())) {
        reasons.push(RowProblem::BadPostcode {
            value: row.code_postal.clone(),
        });
    }
    if chrono::NaiveDate::parse_from_str(&row.date_maj, "%Y-%m-%d").is_err() {
        reasons.push(RowProblem::BadDate {
            value: row.date_maj.clone(),
        });
    }
    let phone = non_empty(&row.telephone).map(|p| p.replace([' ', '.', '-'], ""));
    if let Some(phone) = &phone {
        if !phone_is_valid(phone) {
            reasons.push(RowProblem::BadPhone {
                value: phone.clone(),
            });
        }
    }
    let coordinates = match (non_empty(&row.latitude), non_empty(&row.longitude)) {
        (Some(lat), Some(lon)) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
            (Ok(lat), Ok(lon))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
            {
                Some((lat, lon))
            }
            _ => {
                reasons.push(RowProblem::BadCoordinates {
                    latitude: lat.to_string(),
                    longitude: lon.to_string(),
                });
                None
            }
        },
        _ => None,
    };
    let mut list = |column: &'static str, text: &str, allowed: &[&str]| {
        let (values, unknown) = enum_list(text, allowed);
        for value in unknown {
            reasons.push(RowProblem::UnknownValue { column, value });
        }
        values
    };
    let services = list("services", &row.services, &SERVICES);
    let publics = list(
        "publics_specifiquement_adresses",
        &row.publics_specifiquement_adresses,
        &PUBLICS,
    );
    let supports = list(
        "prise_en_charge_specifique",
        &row.prise_en_charge_specifique,
        &SUPPORTS,
    );
    let fees = list("frais_a_charge", &row.frais_a_charge, &FEES);
    let programmes = list(
        "dispositif_programmes_nationaux",
        &row.dispositif_programmes_nationaux,
        &PROGRAMMES,
    );
    let access = list("modalites_acces", &row.modalites_acces, &ACCESS);
    let accompaniment = list(
        "modalites_accompagnement",
        &row.modalites_accompagnement,
        &ACCOMPANIMENT,
    );
    if !reasons.is_empty() {
        return Err(reasons);
    }
    Ok(Place {
        id: row.id,
        name: row.nom,
        address: row.adresse,
        address_complement: non_empty(&row.complement_adresse).map(str::to_string),
        postcode: row.code_postal,
        town: row.commune,
        coordinates,
        phone,
        opening_hours: non_empty(&row.horaires).map(str::to_string),
        timetable: None,
        services,
        publics,
        supports,
        fees,
        programmes,
        access,
        accompaniment,
        typology: split_list(&row.typologie).map(str::to_string).collect(),
        booking_url: non_empty(&row.prise_rdv).map(str::to_string),
        updated: row.date_maj,
        itinerant: split_list(&row.itinerance).any(|v| v == "Itinérant"),
        accessibility_sheet: non_empty(&row.fiche_acces_libre).map(str::to_string),
        training_labels: split_list(&row.formations_labels)
            .map(str::to_string)
            .collect(),
    })
}

fn non_empty(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn phone_is_valid(phone: &str) -> bool {
    const PREFIXES: [&str; 10] = [
        "+33", "+590", "+594", "+262", "+596", "+269", "+687", "+689", "+508", "+681",
    ];
    PREFIXES.iter().any(|prefix| {
        phone.strip_prefix(prefix).is_some_and(|rest| {
            (6..=9).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_digit())
        })
    })
}

/// Values of a multi-value cell: `|` since schema v1, `;` before.
fn split_list(text: &str) -> impl Iterator<Item = &str> {
    let separator = if text.contains('|') { '|' } else { ';' };
    text.split(separator)
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The allowed values found in a cell, normalised, and the unknown ones. Older long forms
/// ("Gratuit : Je peux accéder…", "À distance (par téléphone…)") keep their short head.
fn enum_list(text: &str, allowed: &[&str]) -> (Vec<String>, Vec<String>) {
    let mut values = Vec::new();
    let mut unknown = Vec::new();
    for raw in split_list(text) {
        let found = allowed
            .iter()
            .find(|a| a.eq_ignore_ascii_case(raw))
            .or_else(|| {
                let head = raw.split(" : ").next().unwrap_or(raw).trim();
                let head = if allowed.contains(&head) {
                    head
                } else {
                    head.split(" (").next().unwrap_or(head).trim()
                };
                allowed.iter().find(|a| a.eq_ignore_ascii_case(head))
            });
        match found {
            Some(value) if !values.iter().any(|v| v == value) => values.push((*value).to_string()),
            Some(_) => {}
            None => unknown.push(raw.to_string()),
        }
    }
    (values, unknown)
}

/// Whether a place is open, as a person asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Open now, until this time (if it closes within the week).
    OpenUntil(Option<NaiveDateTime>),
    /// Closed now, opens at this time.
    OpensAt(NaiveDateTime),
    /// No hours given, or unreadable, or never open in the coming week.
    Unknown,
}

/// How many days of open times a [`Timetable`] holds from the day it is worked out. A screen
/// reads up to [`LOOK_AHEAD`] beyond `now`; the kiosk works the timetables out again each day
/// (`src/places.rs`), and the days beyond leave room for a page that lives longer.
pub const TIMETABLE_DAYS: i64 = 16;

/// A place's open times over [`TIMETABLE_DAYS`] days, worked out once from its `horaires` by
/// the `opening_hours` crate, so that the screens that show them need no parser: on the kiosk,
/// the places reader (a web worker) works them out, and the page only reads ranges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timetable {
    /// The first moment covered (midnight of the day worked out) and the first one after, in
    /// seconds of the kiosk's local time since 1970.
    from: i64,
    until: i64,
    /// The open ranges, in order, as the library gives them (a range cut at `from` or `until`
    /// may go on beyond).
    open: Vec<(i64, i64)>,
    /// Whether the rule is `24/7` itself: open all the time on purpose, not by a mistake.
    always: bool,
}

fn seconds(at: NaiveDateTime) -> i64 {
    at.and_utc().timestamp()
}

fn moment(seconds: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(seconds, 0)
        .map(|at| at.naive_utc())
        .unwrap_or(NaiveDateTime::MAX)
}

impl Timetable {
    /// The open times of `hours` from `day`'s midnight, over [`TIMETABLE_DAYS`] days. `None`
    /// when the rule cannot be read.
    pub fn work_out(hours: &str, day: chrono::NaiveDate) -> Option<Self> {
        let rule = hours.parse::<OpeningHours>().ok()?;
        let from = day.and_time(chrono::NaiveTime::MIN);
        let until = from + chrono::TimeDelta::days(TIMETABLE_DAYS);
        let open = rule
            .iter_range(from, until)
            .filter(|range| range.kind == RuleKind::Open)
            .map(|range| (seconds(range.range.start), seconds(range.range.end)))
            .collect();
        Some(Self {
            from: seconds(from),
            until: seconds(until),
            open,
            always: rule.get_expression().to_string() == "24/7",
        })
    }

    /// Whether the timetable holds every moment from `from` to `to`.
    fn covers(&self, from: NaiveDateTime, to: NaiveDateTime) -> bool {
        self.from <= seconds(from) && seconds(to) <= self.until
    }

    /// The open ranges that meet `from`..`to`, cut to it.
    fn open_between(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> impl Iterator<Item = (NaiveDateTime, NaiveDateTime)> + '_ {
        let (from, to) = (seconds(from), seconds(to));
        self.open
            .iter()
            .filter(move |(start, end)| *start < to && *end > from)
            .map(move |(start, end)| (moment(*start.max(&from)), moment(*end.min(&to))))
    }
}

impl PlacesFile {
    /// Works out every place's [`Timetable`] from `day`'s midnight (the kiosk's local day).
    pub fn work_out_timetables(&mut self, day: chrono::NaiveDate) {
        for place in &mut self.places {
            place.timetable = place
                .opening_hours
                .as_deref()
                .and_then(|hours| Timetable::work_out(hours, day));
        }
    }
}

/// What the places reader gives the page: the file read, with its timetables, or why it could
/// not be. Crosses from the reader (a web worker) to the page as postcard bytes.
pub type PlacesRead = Result<PlacesFile, Unreadable>;

/// Reads a places file and works out its timetables from `day`: the places reader's whole work.
pub fn read_places_on(bytes: &[u8], day: chrono::NaiveDate) -> PlacesRead {
    read_places(bytes).map(|mut file| {
        file.work_out_timetables(day);
        file
    })
}

/// The reader's answer as bytes for the page.
pub fn encode_places_read(read: &PlacesRead) -> Result<Vec<u8>, String> {
    postcard::to_allocvec(read).map_err(|e| e.to_string())
}

/// The reader's answer read back on the page.
pub fn decode_places_read(bytes: &[u8]) -> Result<PlacesRead, String> {
    postcard::from_bytes(bytes).map_err(|e| e.to_string())
}

/// The place's opening at `now` (local time of the kiosk), from its timetable. `Unknown` when
/// the timetable does not reach a week past `now`.
pub fn opening(place: &Place, now: NaiveDateTime) -> Opening {
    let horizon = now + LOOK_AHEAD;
    let Some(timetable) = place.timetable.as_ref().filter(|t| t.covers(now, horizon)) else {
        return Opening::Unknown;
    };
    let at = seconds(now);
    // The whole range holding `now`, not the part cut at the horizon: one that goes on past it
    // has no closing within the week.
    if let Some((_, end)) = timetable.open.iter().find(|(s, e)| *s <= at && at < *e) {
        return Opening::OpenUntil(Some(moment(*end)).filter(|end| *end < horizon));
    }
    timetable
        .open_between(now, horizon)
        .next()
        .map(|(start, _)| Opening::OpensAt(start))
        .unwrap_or(Opening::Unknown)
}

/// Open intervals (from, to) of one day, in the place's local time.
pub type Intervals = Vec<(chrono::NaiveTime, chrono::NaiveTime)>;

/// One day and its open intervals.
pub type DayHours = (chrono::NaiveDate, Intervals);

/// Days in a row with the same intervals: the first day, the last day, the intervals.
pub type DaysHours = (chrono::NaiveDate, chrono::NaiveDate, Intervals);

/// The opening times of the seven days from `now`'s day, for a ticket read later: each day with
/// its open intervals (empty: closed). `None` when the hours are missing or unreadable, or the
/// timetable does not reach that far. A range that runs past midnight is shown on its first
/// day, up to midnight.
pub fn week_hours(place: &Place, now: NaiveDateTime) -> Option<Vec<DayHours>> {
    let first = now.date();
    let start = first.and_time(chrono::NaiveTime::MIN);
    let end = start + chrono::TimeDelta::days(7);
    let timetable = place.timetable.as_ref().filter(|t| t.covers(start, end))?;
    let mut days: Vec<_> = (0..7)
        .map(|n| (first + chrono::TimeDelta::days(n), Vec::new()))
        .collect();
    for (from, to) in timetable.open_between(start, end) {
        if let Some((_, intervals)) = days.iter_mut().find(|(day, _)| *day == from.date()) {
            let end = if to.date() == from.date() {
                to.time()
            } else {
                chrono::NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(chrono::NaiveTime::MIN)
            };
            intervals.push((from.time(), end));
        }
    }
    Some(days)
}

/// Days in a row open at the same times, as one line: (first day, last day, times). Closed days
/// are left out. "Monday to Friday 09:00–12:00" takes one line of a ticket, not five.
pub fn same_hours_in_a_row(days: &[DayHours]) -> Vec<DaysHours> {
    let mut runs: Vec<DaysHours> = Vec::new();
    for (day, intervals) in days {
        match runs.last_mut() {
            Some((_, last, times))
                if !intervals.is_empty()
                    && times == intervals
                    && *last + chrono::TimeDelta::days(1) == *day =>
            {
                *last = *day;
            }
            _ if intervals.is_empty() => {}
            _ => runs.push((*day, *day, intervals.clone())),
        }
    }
    runs
}

/// Great-circle distance in kilometres.
pub fn distance_km(from: (f64, f64), to: (f64, f64)) -> f64 {
    let (lat1, lon1) = (from.0.to_radians(), from.1.to_radians());
    let (lat2, lon2) = (to.0.to_radians(), to.1.to_radians());
    let a = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

/// What comes first when places are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    /// "Help near here", read now: open now or opening soonest, then nearest.
    OpenFirst,
    /// The result and its ticket, read later at home: nearest, then opening soonest.
    NearestFirst,
}

/// The places that pass `wanted`, best first by `ranking`, then free before free under
/// condition before paying, then reachable by phone or online booking. At most `limit`.
pub fn rank(
    places: &[Place],
    wanted: impl Fn(&Place) -> bool,
    kiosk: Option<(f64, f64)>,
    now: NaiveDateTime,
    limit: usize,
    ranking: Ranking,
) -> Vec<&Place> {
    let far = NaiveDateTime::MAX;
    let mut keyed: Vec<_> = places
        .iter()
        .filter(|p| wanted(p))
        .map(|place| {
            let when = match opening(place, now) {
                Opening::OpenUntil(_) => now,
                Opening::OpensAt(at) => at,
                Opening::Unknown => far,
            };
            let km = match (kiosk, place.coordinates) {
                (Some(k), Some(p)) => distance_km(k, p),
                _ => f64::MAX,
            };
            let fee = place
                .fees
                .iter()
                .filter_map(|f| FEES.iter().position(|x| x == f))
                .min()
                .unwrap_or(FEES.len());
            let unreachable = place.phone.is_none() && place.booking_url.is_none();
            (when, km, fee, unreachable, place)
        })
        .collect();
    keyed.sort_by(|a, b| {
        let (when, near) = (a.0.cmp(&b.0), a.1.total_cmp(&b.1));
        let first = match ranking {
            Ranking::OpenFirst => when.then(near),
            Ranking::NearestFirst => near.then(when),
        };
        first.then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3))
    });
    keyed.into_iter().take(limit).map(|k| k.4).collect()
}

/// How many places a list by need keeps: see [`rank_once`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortlist {
    /// No need brings more than its best `per_need` places.
    pub per_need: usize,
    /// The list stops at `most` places, but every need keeps its best one.
    pub most: usize,
}

/// Places for several needs, each place once with every need it serves (in the order of
/// `needs`), best first by `ranking`, as [`rank`] orders them.
///
/// Which places: each need's best place always, so that no need with a place in the file is left
/// without one; then, round by round, each need's second best, then third best (up to
/// `per_need`), the better ranked first, while the list is shorter than `most`. So the list is the
/// union of the needs' best `per_need` places when that is short, and never longer than `most`
/// unless more needs than `most` each have a different best place.
pub fn rank_once<'p, 'n, N>(
    places: &'p [Place],
    needs: &'n [N],
    serves: impl Fn(&N, &Place) -> bool,
    kiosk: Option<(f64, f64)>,
    now: NaiveDateTime,
    shortlist: Shortlist,
    ranking: Ranking,
) -> Vec<(&'p Place, Vec<&'n N>)> {
    // One ranking for every place that serves a need; filtering it keeps its order, so each
    // need's own list is the one `rank` would give for that need alone (the sort is stable).
    let all = rank(
        places,
        |p| needs.iter().any(|need| serves(need, p)),
        kiosk,
        now,
        usize::MAX,
        ranking,
    );
    let by_need: Vec<Vec<usize>> = needs
        .iter()
        .map(|need| {
            (0..all.len())
                .filter(|&i| serves(need, all[i]))
                .take(shortlist.per_need)
                .collect()
        })
        .collect();
    let mut chosen = vec![false; all.len()];
    let mut count = 0;
    for round in 0..shortlist.per_need {
        let mut candidates: Vec<usize> = by_need
            .iter()
            .filter_map(|list| list.get(round).copied())
            .collect();
        // The positions in `all` are the ranking: the better places of a round come first.
        candidates.sort_unstable();
        candidates.dedup();
        for i in candidates {
            if chosen[i] || (round > 0 && count >= shortlist.most) {
                continue;
            }
            chosen[i] = true;
            count += 1;
        }
    }
    all.into_iter()
        .zip(chosen)
        .filter(|(_, keep)| *keep)
        .map(|(place, _)| {
            let served = needs.iter().filter(|need| serves(need, place)).collect();
            (place, served)
        })
        .collect()
}

/// Counts of skipped rows' problems by column, for the agent screen and the checker: a problem
/// in two columns (`latitude` and `longitude`) counts in both. `None` counts the rows that could
/// not be read at all.
pub fn skipped_by_reason(file: &PlacesFile) -> BTreeMap<Option<&'static str>, usize> {
    let mut counts = BTreeMap::new();
    for (_, reasons) in &file.skipped {
        for reason in reasons {
            let columns = reason.columns();
            if columns.is_empty() {
                *counts.entry(None).or_insert(0) += 1;
            }
            for column in columns {
                *counts.entry(Some(column)).or_insert(0) += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeDelta};

    const HEADER: &str = "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,telephone,horaires,date_maj,services,frais_a_charge,modalites_acces,modalites_accompagnement,prise_en_charge_specifique,dispositif_programmes_nationaux";

    fn at(day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        // 2026-11-23 is a Monday.
        NaiveDate::from_ymd_opt(2026, 11, day)
            .and_then(|d| d.and_hms_opt(hour, minute, 0))
            .expect("valid date")
    }

    /// The Monday the tests' timetables start from.
    fn monday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date")
    }

    fn file(rows: &[&str]) -> PlacesFile {
        read_places_on(
            format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes(),
            monday(),
        )
        .expect("readable file")
    }

    fn with_hours(place: &Place, hours: Option<&str>) -> Place {
        let mut changed = place.clone();
        changed.opening_hours = hours.map(str::to_string);
        changed.timetable = hours.and_then(|h| Timetable::work_out(h, monday()));
        changed
    }

    const GOOD: &str = r#"p1,12345678901234,Médiathèque des Tilleuls,Bourg-Fictif,99001,1 rue des Tilleuls,45.0,5.0,+33199000001,"Mo-Fr 09:00-12:00,14:00-18:00",2026-10-01,Aide aux démarches administratives|Maîtrise des outils numériques du quotidien,Gratuit,Se présenter,Accompagnement individuel,Langues étrangères (anglais),Conseillers numériques"#;

    #[test]
    fn a_good_row_is_read_with_its_lists() {
        let read = file(&[GOOD]);
        assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        let place = &read.places[0];
        assert_eq!(place.name, "Médiathèque des Tilleuls");
        assert_eq!(place.services.len(), 2);
        assert_eq!(place.coordinates, Some((45.0, 5.0)));
        assert_eq!(place.phone.as_deref(), Some("+33199000001"));
    }

    #[test]
    fn old_separators_and_long_forms_are_normalised() {
        let old = GOOD
            .replace(
                "Aide aux démarches administratives|Maîtrise",
                "Aide aux démarches administratives;Maîtrise",
            )
            .replace(
                ",Gratuit,",
                ",Gratuit : Je peux accéder gratuitement au lieu et à ses services,",
            )
            .replace(
                "Accompagnement individuel",
                "À distance (par téléphone ou en visioconférence)",
            );
        let read = file(&[&old]);
        assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        assert_eq!(read.places[0].services.len(), 2);
        assert_eq!(read.places[0].fees, ["Gratuit"]);
        assert_eq!(read.places[0].accompaniment, ["À distance"]);
    }

    #[test]
    fn a_file_whose_every_row_is_skipped_is_not_kept_as_the_last_good_copy() {
        let bad = GOOD.replace("12345678901234", "12");
        assert!(
            worth_keeping(&file(&[GOOD, &bad])),
            "one good place is enough"
        );
        assert!(!worth_keeping(&file(&[&bad, &bad])), "no place left");
        assert!(
            worth_keeping(&file(&[])),
            "an empty list is the commune's choice"
        );
    }

    #[test]
    fn bad_rows_are_skipped_with_every_reason_and_their_line() {
        let bad = GOOD
            .replace("12345678901234", "12")
            .replace("99001", "9901")
            .replace("+33199000001", "0199000001")
            .replace("Conseillers numériques", "Club de bridge");
        let read = file(&[GOOD, &bad]);
        assert_eq!(read.places.len(), 1);
        let (line, reasons) = &read.skipped[0];
        assert_eq!(*line, 3);
        assert_eq!(
            reasons,
            &[
                RowProblem::BadPivot { value: "12".into() },
                RowProblem::BadPostcode {
                    value: "9901".into()
                },
                RowProblem::BadPhone {
                    value: "0199000001".into()
                },
                RowProblem::UnknownValue {
                    column: "dispositif_programmes_nationaux",
                    value: "Club de bridge".into()
                },
            ]
        );
        assert_eq!(
            skipped_by_reason(&read),
            BTreeMap::from([
                (Some("code_postal"), 1),
                (Some("dispositif_programmes_nationaux"), 1),
                (Some("pivot"), 1),
                (Some("telephone"), 1),
            ])
        );
    }

    #[test]
    fn empty_columns_dates_and_coordinates_are_reasons_with_their_values() {
        let bad = GOOD
            .replace("p1,", ",")
            .replace("Médiathèque des Tilleuls", "")
            .replace("45.0,5.0", "45.0,est")
            .replace("2026-10-01", "01/10/2026");
        let read = file(&[&bad]);
        assert_eq!(
            read.skipped,
            [(
                2,
                vec![
                    RowProblem::Empty { column: "id" },
                    RowProblem::Empty { column: "nom" },
                    RowProblem::BadDate {
                        value: "01/10/2026".into()
                    },
                    RowProblem::BadCoordinates {
                        latitude: "45.0".into(),
                        longitude: "est".into()
                    },
                ]
            )]
        );
        assert_eq!(
            skipped_by_reason(&read),
            BTreeMap::from([
                (Some("date_maj"), 1),
                (Some("id"), 1),
                (Some("latitude"), 1),
                (Some("longitude"), 1),
                (Some("nom"), 1),
            ])
        );
    }

    #[test]
    fn a_row_that_cannot_be_read_is_skipped_with_the_parser_s_words() {
        // A column twice in the first line: no row can say which `nom` it means.
        let text = format!("{HEADER},nom\n{GOOD},Autre nom\n");
        let read = read_places(text.as_bytes()).expect("readable file");
        assert!(read.places.is_empty());
        let (line, reasons) = &read.skipped[0];
        assert_eq!(*line, 2);
        assert!(
            matches!(&reasons[..], [RowProblem::NotRead { detail }] if detail.contains("duplicate field `nom`")),
            "{reasons:?}"
        );
        assert_eq!(skipped_by_reason(&read), BTreeMap::from([(None, 1)]));
    }

    /// The file as a French spreadsheet saves it: `;` between columns, fields quoted only when
    /// they hold a `;`, Windows-1252 letters.
    fn as_excel_saves_it(rows: &[&str]) -> Vec<u8> {
        let mut records = Vec::new();
        for line in std::iter::once(HEADER).chain(rows.iter().copied()) {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes());
            for record in reader.records().flatten() {
                let fields: Vec<String> = record
                    .iter()
                    .map(|f| {
                        if f.contains(';') {
                            format!("\"{f}\"")
                        } else {
                            f.to_string()
                        }
                    })
                    .collect();
                records.push(fields.join(";"));
            }
        }
        let text = records.join("\r\n") + "\r\n";
        encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()
    }

    #[test]
    fn a_file_saved_by_excel_with_semicolons_and_windows_1252_is_read_and_said() {
        let bytes = as_excel_saves_it(&[GOOD, &GOOD.replace("p1,", "p2,")]);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "the test file must not be UTF-8"
        );
        let read = read_places(&bytes).expect("readable file");
        assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        assert_eq!(read.places.len(), 2);
        let with_a_bad_row = as_excel_saves_it(&[GOOD, GOOD, &GOOD.replace("99001", "9901")]);
        let bad = read_places(&with_a_bad_row).expect("readable file");
        assert_eq!(
            bad.skipped,
            [(
                4,
                vec![RowProblem::BadPostcode {
                    value: "9901".into()
                }]
            )],
            "the line a spreadsheet shows"
        );
        assert_eq!(read.places[0].name, "Médiathèque des Tilleuls");
        assert_eq!(read.places[0].services.len(), 2);
        assert_eq!(read.separator, ';');
        assert_eq!(read.encoding, Encoding::Windows1252);
        let plain = file(&[GOOD]);
        assert_eq!((plain.separator, plain.encoding), (',', Encoding::Utf8));
    }

    #[test]
    fn a_file_far_too_large_is_refused_at_once_with_its_size() {
        let row = format!("{GOOD}\n");
        let huge = format!("{HEADER}\n{}", row.repeat(MAX_BYTES / row.len() + 1));
        let started = std::time::Instant::now();
        let error = read_places(huge.as_bytes()).expect_err("too large");
        assert!(
            started.elapsed().as_millis() < 100,
            "{:?}",
            started.elapsed()
        );
        assert!(
            matches!(error, Unreadable::TooLarge { kilobytes, limit_kilobytes: 2048 } if kilobytes > 2048),
            "{error:?}"
        );
    }

    #[test]
    fn places_not_receiving_the_public_are_dropped_and_counted() {
        let closed = GOOD
            .replace("p1,", "p2,")
            .replace(",Se présenter,", ",Ce lieu n'accueille pas de public,");
        let read = file(&[GOOD, &closed]);
        assert_eq!(read.places.len(), 1);
        assert_eq!(read.not_receiving_public, 1);
    }

    #[test]
    fn a_file_without_the_required_columns_is_refused_plainly() {
        let error = read_places(b"nom,commune\nA,B\n").expect_err("missing columns");
        assert_eq!(
            error,
            Unreadable::MissingColumns {
                columns: vec!["id", "pivot", "code_postal", "adresse", "date_maj"]
            }
        );
    }

    #[test]
    fn opening_now_and_next() {
        let read = file(&[GOOD]);
        let place = &read.places[0];
        assert_eq!(
            opening(place, at(23, 10, 0)),
            Opening::OpenUntil(Some(at(23, 12, 0)))
        );
        assert_eq!(
            opening(place, at(23, 12, 30)),
            Opening::OpensAt(at(23, 14, 0))
        );
        // Saturday evening: next opening is Monday morning.
        assert_eq!(
            opening(place, at(28, 19, 0)),
            Opening::OpensAt(at(30, 9, 0))
        );
        let unknown = with_hours(place, Some("not hours"));
        assert_eq!(opening(&unknown, at(23, 10, 0)), Opening::Unknown);
        // A timetable that does not reach a week past `now` says nothing rather than wrong.
        assert_eq!(
            opening(place, at(23, 10, 0) + TimeDelta::days(9)),
            Opening::Unknown
        );
    }

    /// Rules that parse but never open: once the library searched years ahead for their next
    /// change (0.5 to 3.1 s per call, per card, on the kiosk's only thread).
    const NEVER_OPEN: [&str; 4] = [
        "easter Mo 10:00-12:00",
        "Feb 30, 10:00-12:00",
        "2020 Jan 01Mo 10:00-12:00",
        "08:00-12:00closed",
    ];

    #[test]
    fn hours_that_never_change_cost_a_bounded_time_and_are_flagged() {
        let rows: Vec<String> = NEVER_OPEN
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                GOOD.replace("p1,", &format!("never-{i},"))
                    .replace("Médiathèque", &format!("Lieu {i}"))
                    .replace("Mo-Fr 09:00-12:00,14:00-18:00", rule)
            })
            .collect();
        let rows: Vec<&str> = std::iter::once(GOOD)
            .chain(rows.iter().map(String::as_str))
            .collect();
        let read = file(&rows);
        assert_eq!(read.places.len(), 5);
        assert!(
            read.unreadable_hours.is_empty(),
            "{:?}",
            read.unreadable_hours
        );
        for place in &read.places[1..] {
            let started = std::time::Instant::now();
            let worked_out = with_hours(place, place.opening_hours.as_deref());
            let state = opening(&worked_out, at(23, 10, 0));
            assert!(
                matches!(state, Opening::Unknown | Opening::OpenUntil(None)),
                "{:?}: {state:?}",
                place.opening_hours
            );
            // A bound, not a benchmark: a search that runs for years takes seconds.
            let took = started.elapsed();
            assert!(
                took.as_millis() < 300,
                "{:?} took {took:?}",
                place.opening_hours
            );
        }
        let flagged = read.hours_to_check(at(23, 10, 0));
        assert_eq!(flagged.len(), 4, "{flagged:?}");
        assert!(!flagged.contains(&read.places[0].name.as_str()));
        let mut always = read.clone();
        always.places[0] = with_hours(&read.places[0], Some("24/7"));
        assert_eq!(
            opening(&always.places[0], at(23, 10, 0)),
            Opening::OpenUntil(None)
        );
        assert_eq!(always.hours_to_check(at(23, 10, 0)).len(), 4);
    }

    #[test]
    fn unreadable_hours_keep_the_place_and_are_reported() {
        let read = file(&[&GOOD.replace("\"Mo-Fr 09:00-12:00,14:00-18:00\"", "lundi matin")]);
        assert_eq!(read.places.len(), 1);
        assert_eq!(read.unreadable_hours.len(), 1);
    }

    #[test]
    fn ranking_prefers_open_then_near_then_free() {
        let open_far = GOOD
            .replace("p1,", "open-far,")
            .replace("45.0,5.0", "45.5,5.0");
        let open_near_paying = GOOD
            .replace("p1,", "open-near-paying,")
            .replace(",Gratuit,", ",Payant,");
        let open_near_free = GOOD.replace("p1,", "open-near-free,");
        let closed_near = GOOD
            .replace("p1,", "closed-near,")
            .replace("\"Mo-Fr 09:00-12:00,14:00-18:00\"", "Sa 09:00-12:00");
        let read = file(&[&closed_near, &open_far, &open_near_paying, &open_near_free]);
        let ids = |ranking| {
            rank(
                &read.places,
                |_| true,
                Some((45.0, 5.0)),
                at(23, 10, 0),
                3,
                ranking,
            )
            .iter()
            .map(|p| p.id.to_string())
            .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(Ranking::OpenFirst),
            ["open-near-free", "open-near-paying", "open-far"]
        );
        // For a ticket read later, the near place closed now comes before the far open one.
        assert_eq!(
            ids(Ranking::NearestFirst),
            ["open-near-free", "open-near-paying", "closed-near"]
        );
        assert!((distance_km((45.0, 5.0), (45.5, 5.0)) - 55.6).abs() < 0.5);
    }

    const PAPERS: &str = "Aide aux démarches administratives";
    const BASICS: &str = "Maîtrise des outils numériques du quotidien";
    const JOB: &str = "Insertion professionnelle via le numérique";

    /// A place `id` at `lat` (the kiosk is at 45.0), open on Monday morning or not, that offers
    /// `services`.
    fn place_row(id: &str, lat: &str, open_monday: bool, services: &str) -> String {
        let row = GOOD
            .replacen("p1,", &format!("{id},"), 1)
            .replace("45.0,5.0", &format!("{lat},5.0"))
            .replace(&format!("{PAPERS}|{BASICS}"), services);
        if open_monday {
            row
        } else {
            row.replace("\"Mo-Fr 09:00-12:00,14:00-18:00\"", "Sa 09:00-12:00")
        }
    }

    /// `rank_once` on Monday 10:00 for the needs `PAPERS`, `BASICS`, `JOB`: each place's id
    /// and the needs it shows.
    fn once(read: &PlacesFile, shortlist: Shortlist) -> Vec<(String, Vec<&'static str>)> {
        let needs = [PAPERS, BASICS, JOB];
        rank_once(
            &read.places,
            &needs,
            |need, place| place.services.iter().any(|s| s == need),
            Some((45.0, 5.0)),
            at(23, 10, 0),
            shortlist,
            Ranking::OpenFirst,
        )
        .into_iter()
        .map(|(place, served)| (place.id.clone(), served.into_iter().copied().collect()))
        .collect()
    }

    const WIDE: Shortlist = Shortlist {
        per_need: 3,
        most: 6,
    };

    #[test]
    fn a_place_serving_two_needs_appears_once_with_both_needs() {
        let both = place_row("both", "45.0", true, &format!("{PAPERS}|{BASICS}"));
        let job = place_row("job", "45.1", true, JOB);
        let read = file(&[&job, &both]);
        assert_eq!(
            once(&read, WIDE),
            [
                ("both".to_string(), vec![PAPERS, BASICS]),
                ("job".to_string(), vec![JOB]),
            ]
        );
    }

    #[test]
    fn the_list_once_keeps_the_order_open_first_then_nearest() {
        let closed_near = place_row("closed-near", "45.0", false, PAPERS);
        let open_far = place_row("open-far", "45.2", true, BASICS);
        let open_near = place_row("open-near", "45.1", true, &format!("{PAPERS}|{JOB}"));
        let serves_nothing = place_row("other", "45.0", true, "Loisirs et créations numériques");
        let read = file(&[&closed_near, &serves_nothing, &open_far, &open_near]);
        let ids: Vec<String> = once(&read, WIDE).into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, ["open-near", "open-far", "closed-near"]);
    }

    #[test]
    fn every_need_keeps_its_best_place_and_the_list_stops_at_most() {
        // Five places for papers only, nearer than the one place for a job.
        let mut rows: Vec<String> = (1..=5)
            .map(|n| place_row(&format!("papers-{n}"), &format!("45.0{n}"), true, PAPERS))
            .collect();
        rows.push(place_row("job", "45.3", true, JOB));
        let read = file(&rows.iter().map(String::as_str).collect::<Vec<_>>());
        let ids = |shortlist| -> Vec<String> {
            once(&read, shortlist)
                .into_iter()
                .map(|(id, _)| id)
                .collect()
        };
        // Papers brings its best three, the job place is kept, though it is the furthest.
        assert_eq!(ids(WIDE), ["papers-1", "papers-2", "papers-3", "job"]);
        // At most three: the second round stops when the list is full.
        let three = Shortlist {
            per_need: 3,
            most: 3,
        };
        assert_eq!(ids(three), ["papers-1", "papers-2", "job"]);
        // At most one, but two needs: each keeps its best place.
        let one = Shortlist {
            per_need: 3,
            most: 1,
        };
        assert_eq!(ids(one), ["papers-1", "job"]);
        assert!(once(&file(&[]), WIDE).is_empty(), "no place, an empty list");
    }

    #[test]
    fn the_week_of_hours_is_given_day_by_day() {
        let read = file(&[GOOD]);
        // Saturday 28 November: closed Saturday and Sunday, open Monday to Friday twice a day.
        let week = week_hours(&read.places[0], at(28, 19, 0)).expect("readable hours");
        assert_eq!(week.len(), 7);
        assert!(week[0].1.is_empty() && week[1].1.is_empty(), "{week:?}");
        let monday = &week[2];
        assert_eq!(
            monday.0,
            NaiveDate::from_ymd_opt(2026, 11, 30).expect("a date")
        );
        let times: Vec<String> = monday
            .1
            .iter()
            .map(|(from, to)| format!("{}-{}", from.format("%H:%M"), to.format("%H:%M")))
            .collect();
        assert_eq!(times, ["09:00-12:00", "14:00-18:00"]);
        let runs = same_hours_in_a_row(&week);
        assert_eq!(runs.len(), 1, "Monday to Friday alike: {runs:?}");
        assert_eq!(runs[0].0, monday.0);
        assert_eq!(
            runs[0].1,
            NaiveDate::from_ymd_opt(2026, 12, 4).expect("a date")
        );
        let without = with_hours(&read.places[0], None);
        assert_eq!(week_hours(&without, at(28, 19, 0)), None);
    }

    #[test]
    fn every_way_to_come_but_no_public_has_words() {
        for value in ACCESS.iter().filter(|v| **v != NO_PUBLIC) {
            assert!(
                ACCESS_MESSAGES.iter().any(|(v, _)| v == value),
                "no words for {value}"
            );
        }
        let read = file(&[GOOD]);
        assert_eq!(
            read.places[0].access_message_ids(),
            ["place-access-walk-in"]
        );
    }

    #[test]
    fn itinerance_accessibility_and_labels_are_read() {
        let header_extra = "itinerance,fiche_acces_libre,formations_labels";
        let text = format!(
            "{HEADER},{header_extra}\n{GOOD},Itinérant,https://acceslibre.beta.gouv.fr/x,Aidants Connect|Pix\n"
        );
        let read = read_places(text.as_bytes()).expect("a file");
        let place = &read.places[0];
        assert!(place.itinerant);
        assert_eq!(
            place.accessibility_sheet.as_deref(),
            Some("https://acceslibre.beta.gouv.fr/x")
        );
        assert_eq!(place.training_labels, ["Aidants Connect", "Pix"]);
    }

    /// The opening as the kiosk read it before the timetables: straight from the rule, at `now`.
    fn opening_from_the_rule(hours: &str, now: NaiveDateTime) -> Opening {
        let Ok(rule) = hours.parse::<OpeningHours>() else {
            return Opening::Unknown;
        };
        let horizon = now + LOOK_AHEAD;
        let mut ranges = rule.iter_range(now, horizon);
        let Some(current) = ranges.next() else {
            return Opening::Unknown;
        };
        let next = Some(current.range.end).filter(|at| *at < horizon);
        match current.kind {
            RuleKind::Open => Opening::OpenUntil(next),
            _ => ranges
                .find(|range| range.kind == RuleKind::Open)
                .map(|range| Opening::OpensAt(range.range.start))
                .unwrap_or(Opening::Unknown),
        }
    }

    #[test]
    fn a_timetable_says_what_the_rule_says_at_every_moment_of_the_week() {
        let rules = [
            "Mo-Fr 09:00-12:00,14:00-18:00",
            "Mo,We 14:00-17:00; Sa 09:30-12:30",
            "Tu-Sa 10:00-19:00; Su off",
            "Mo-Su 22:00-02:00",
            "24/7",
            "Mo-Fr 08:00-12:00 open \"sur rendez-vous\"; Mo-Fr 12:00-13:00",
            "Dec 25 off; Mo-Sa 09:00-18:00",
            "week 1-53/2 Th 14:00-16:00",
            "Mo 10:00-12:00 unknown; Tu 10:00-12:00",
        ];
        let rules = rules.iter().copied().chain(NEVER_OPEN);
        for rule in rules {
            let place = with_hours(&file(&[GOOD]).places[0], Some(rule));
            // Every 20 minutes over the week the timetable is meant for, with a week ahead.
            let mut now = at(23, 0, 5);
            while now < at(30, 0, 0) {
                assert_eq!(
                    opening(&place, now),
                    opening_from_the_rule(rule, now),
                    "{rule} at {now}"
                );
                now += TimeDelta::minutes(20);
            }
        }
    }

    #[test]
    fn what_the_reader_gives_comes_back_whole_on_the_page() {
        let bad = GOOD.replace("p1,", ",").replace("Gratuit,", "Pas cher,");
        let read: PlacesRead = Ok(file(&[GOOD, &bad]));
        let bytes = encode_places_read(&read).expect("encoded");
        assert_eq!(decode_places_read(&bytes), Ok(read.clone()));
        let names: Vec<_> = read
            .as_ref()
            .map(|f| f.skipped[0].1.clone())
            .unwrap_or_default();
        assert!(
            names
                .iter()
                .any(|p| matches!(p, RowProblem::Empty { column: "id" })),
            "{names:?}"
        );
        let missing: PlacesRead = read_places_on(b"nom,commune\nA,B\n", monday());
        let bytes = encode_places_read(&missing).expect("encoded");
        assert_eq!(decode_places_read(&bytes), Ok(missing));
        assert!(decode_places_read(&bytes[..bytes.len() / 2]).is_err());
    }
}
