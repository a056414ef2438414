//! Languages: the embedded Fluent files, the `Locale` context and the `t!` macro.
//!
//! Each language's files are parsed once per page life: every language's screen texts at the
//! start (Welcome shows them all), its tutorials when the browser is first idle after it is shown.
//! `Locale` holds the displayed language in a signal; `t!` reads that signal, then asks the
//! language's [`Texts`], so every text on screen is re-rendered when the language changes and a
//! change parses nothing.

use fluent_bundle::FluentValue;
use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use pasapas_core::content::languages::{Language, LanguageList};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The Fluent files, compiled into the wasm so the kiosk works without network.
#[derive(RustEmbed)]
#[folder = "locales/"]
pub struct Localizations;

/// The language list, checked by `core/tests/locales.rs`.
pub static LANGUAGES: LazyLock<LanguageList> = LazyLock::new(|| {
    LanguageList::parse(include_str!("../locales/languages.toml"))
        .expect("invariant: locales/languages.toml is checked by core/tests/locales.rs")
});

/// The screens' own files only (`<lang>/pasapas.ftl`, without the tutorials).
struct ScreensOnly;

impl I18nAssets for ScreensOnly {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        Localizations::get(file_path)
            .map(|file| file.data)
            .into_iter()
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Localizations::iter().map(|name| name.to_string()))
    }
}

/// One language's tutorial files (`<lang>/tutorials/*.ftl`), asked for as `<lang>/pasapas.ftl`,
/// the name the loader knows.
struct TutorialsOnly;

impl I18nAssets for TutorialsOnly {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let Some(language) = file_path.strip_suffix("/pasapas.ftl") else {
            return Vec::new();
        };
        let folder = format!("{language}/tutorials/");
        Localizations::iter()
            .filter(|name| name.starts_with(&folder) && name.ends_with(".ftl"))
            .filter_map(|name| Localizations::get(&name).map(|file| file.data))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Localizations::iter().map(|name| name.to_string()))
    }
}

/// Every language's screen texts, parsed once at the start: Welcome shows "Choose your language"
/// in every language, and a language tap then only selects among bundles already parsed.
static EVERY_LANGUAGE: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    let all: Vec<_> = LANGUAGES.languages.iter().map(identifier).collect();
    if let Err(error) = loader.load_languages(&ScreensOnly, &all) {
        log::error!("a Fluent file could not be loaded: {error}");
    }
    // Placeables would otherwise be wrapped in U+2068/U+2069 marks. Our markup isolates mixed
    // directions itself (<bdi>), and the setting only reaches bundles already loaded.
    loader.set_use_isolating(false);
    loader
});

thread_local! {
    /// Each language's screen texts, selected from [`EVERY_LANGUAGE`] (French behind it).
    static SCREENS: RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::new());
    /// Each language's tutorial texts, parsed the first time they are needed and kept for the
    /// page's life: a language change never parses again (it cost 72 ms per tap before).
    static TUTORIALS: RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::new());
}

fn identifier(language: &Language) -> LanguageIdentifier {
    language
        .code
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

fn screens_of(language: &'static Language) -> Rc<FluentLanguageLoader> {
    SCREENS.with_borrow_mut(|cache| {
        cache
            .entry(language.code.as_str())
            .or_insert_with(|| Rc::new(EVERY_LANGUAGE.select_languages(&[identifier(language)])))
            .clone()
    })
}

fn tutorials_of(language: &'static Language) -> Rc<FluentLanguageLoader> {
    if let Some(parsed) = TUTORIALS.with_borrow(|cache| cache.get(language.code.as_str()).cloned())
    {
        return parsed;
    }
    // Its own fallback: French tutorials are another entry of the cache, never parsed twice.
    let id = identifier(language);
    let loader = FluentLanguageLoader::new("pasapas", id.clone());
    if let Err(error) = loader.load_languages(&TutorialsOnly, &[id]) {
        log::error!("a tutorial's Fluent file could not be loaded: {error}");
    }
    loader.set_use_isolating(false);
    let loader = Rc::new(loader);
    TUTORIALS.with_borrow_mut(|cache| cache.insert(language.code.as_str(), loader.clone()));
    loader
}

/// Parses a language's tutorial texts now, if not done yet: called when the browser is idle
/// after a language is shown, so that the first tutorial screen does not pay for it on a tap.
fn prepare_tutorials(language: &'static Language) {
    request_idle_callback(move || {
        tutorials_of(language);
    });
}

/// The texts of one language, as `t!` and [`text`] read them: its screens (French behind them),
/// then its tutorials, then the French tutorials. Cheap to make: the parsed files are shared.
pub struct Texts {
    language: &'static Language,
    screens: Rc<FluentLanguageLoader>,
}

impl Texts {
    /// The texts of `language`.
    pub fn of(language: &'static Language) -> Self {
        Self {
            language,
            screens: screens_of(language),
        }
    }

    fn with<R>(&self, id: &str, read: impl FnOnce(&FluentLanguageLoader) -> R) -> R {
        if self.screens.has(id) {
            return read(&self.screens);
        }
        let own = tutorials_of(self.language);
        if own.has(id) {
            return read(&own);
        }
        read(&tutorials_of(LANGUAGES.default_language()))
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.with(id, |loader| loader.get(id))
    }

    /// The message `id` with its variables (what `fl!` calls with a map).
    pub fn get_args<'a, S, V>(&self, id: &str, args: HashMap<S, V>) -> String
    where
        S: Into<Cow<'a, str>> + Clone,
        V: Into<FluentValue<'a>> + Clone,
    {
        self.with(id, |loader| loader.get_args(id, args))
    }

    /// The message `id` with its variables (what `fl!` calls with `name = value` pairs).
    pub fn get_args_concrete<'args>(
        &self,
        id: &str,
        args: HashMap<&'args str, FluentValue<'args>>,
    ) -> String {
        self.with(id, |loader| loader.get_args_concrete(id, args))
    }
}

/// The displayed language, provided once by `App`.
#[derive(Clone, Copy)]
pub struct Locale(RwSignal<&'static Language>);

impl Locale {
    /// Starts in the kiosk's default language; its tutorials are parsed once the browser is idle.
    pub fn new() -> Self {
        let language = LANGUAGES.default_language();
        LazyLock::force(&EVERY_LANGUAGE);
        prepare_tutorials(language);
        Self(RwSignal::new(language))
    }

    /// The displayed language (tracked: a closure that calls this re-runs on a change).
    pub fn get(&self) -> &'static Language {
        self.0.get()
    }

    /// The displayed language, without tracking (in event handlers).
    pub fn get_untracked(&self) -> &'static Language {
        self.0.get_untracked()
    }

    /// Subscribes the running closure to language changes.
    pub fn track(&self) {
        self.0.track();
    }

    /// Switches every text at once. Nothing is parsed on the tap's path: the screens' texts were
    /// parsed at the start, and the tutorials' are parsed when the browser is next idle.
    pub fn set(&self, code: &str) {
        if let Some(language) = LANGUAGES.get(code) {
            self.0.set(language);
            prepare_tutorials(language);
        }
    }
}

impl Default for Locale {
    fn default() -> Self {
        Self::new()
    }
}

/// The `Locale` provided by `App`.
pub fn use_locale() -> Locale {
    expect_context::<Locale>()
}

/// One message in one given language, whatever language is displayed.
pub fn message_in(code: &str, id: &str) -> String {
    LANGUAGES
        .get(code)
        .map(|language| Texts::of(language).get(id))
        .unwrap_or_default()
}

/// A message whose id comes from data (a tutorial), in the displayed language. Tracks the
/// language like `t!`. The ids are checked by `cargo xtask check-content`, not by the compiler.
pub fn text(locale: Locale, id: &str) -> String {
    Texts::of(locale.get()).get(id)
}

/// A message whose id comes from data, with its variables (text values), in the displayed
/// language. Tracks the language like `t!`.
pub fn text_args(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    Texts::of(locale.get()).get_args(id, args_map(args))
}

/// One message with its variables in one given language, whatever language is displayed.
pub fn message_in_args(code: &str, id: &str, args: &[(&str, String)]) -> String {
    LANGUAGES
        .get(code)
        .map(|language| Texts::of(language).get_args(id, args_map(args)))
        .unwrap_or_default()
}

fn args_map<'a>(args: &'a [(&'a str, String)]) -> std::collections::HashMap<&'a str, String> {
    args.iter().map(|(k, v)| (*k, v.clone())).collect()
}

/// Text of a Fluent message in the displayed language; re-runs when the language changes.
/// `t!(locale, "home-title")`, `t!(locale, "idle-countdown", seconds = 12)`.
#[macro_export]
macro_rules! t {
    ($locale:expr, $id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::Texts::of($locale.get()), $id)
    }};
    ($locale:expr, $id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::i18n::Texts::of($locale.get()), $id, $($args)*)
    }};
}
