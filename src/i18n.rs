//! Languages: the embedded Fluent files, the `Locale` context and the `t!` macro.
//!
//! i18n-embed swaps its bundles when a language is picked, but Leptos is not told. `Locale` holds
//! the picked language in a signal, and `t!` reads that signal before asking Fluent, so every text
//! on screen is re-rendered when the language changes.

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use pasapas_core::content::languages::{Language, LanguageList};
use rust_embed::RustEmbed;
use std::borrow::Cow;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

/// The Fluent files, compiled into the wasm so the kiosk works without network.
#[derive(RustEmbed)]
#[folder = "locales/"]
pub struct Localizations;

/// The Fluent files as the loader sees them: asking for `<lang>/pasapas.ftl` gives that file and
/// every `<lang>/tutorials/*.ftl`, so the content's texts live in one file per tutorial (easy to
/// translate and review) while the app has one loader.
struct AllFiles;

impl I18nAssets for AllFiles {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let mut files: Vec<Cow<'_, [u8]>> = Localizations::get(file_path)
            .map(|file| file.data)
            .into_iter()
            .collect();
        if let Some(language) = file_path.strip_suffix("/pasapas.ftl") {
            let folder = format!("{language}/tutorials/");
            files.extend(
                Localizations::iter()
                    .filter(|name| name.starts_with(&folder) && name.ends_with(".ftl"))
                    .filter_map(|name| Localizations::get(&name).map(|file| file.data)),
            );
        }
        files
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Localizations::iter().map(|name| name.to_string()))
    }
}

/// The language list, checked by `core/tests/locales.rs`.
pub static LANGUAGES: LazyLock<LanguageList> = LazyLock::new(|| {
    LanguageList::parse(include_str!("../locales/languages.toml"))
        .expect("invariant: locales/languages.toml is checked by core/tests/locales.rs")
});

/// The loader every `t!` reads. It holds the displayed language, then French as the fallback.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    load(&loader, &[identifier(LANGUAGES.default_language())]);
    loader
});

/// The screens' own files only (`<lang>/pasapas.ftl`, without the tutorials), for the texts the
/// start needs in other languages than the displayed one: Welcome's "Choose your language" in
/// every language, the crash texts. Parsing every tutorial of every language there made the
/// start slower with each tutorial written.
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

/// Every language's screen texts at once (see [`ScreensOnly`]), read by [`message_in`].
static EVERY_LANGUAGE: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    let all: Vec<_> = LANGUAGES.languages.iter().map(identifier).collect();
    if let Err(error) = loader.load_languages(&ScreensOnly, &all) {
        log::error!("a Fluent file could not be loaded: {error}");
    }
    loader.set_use_isolating(false);
    loader
});

/// Every language with its tutorials, built only when a tutorial's text is asked in another
/// language than the displayed one (a sheet an agent prints for someone), read by [`message_in`].
static EVERY_LANGUAGE_WITH_TUTORIALS: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = fluent_language_loader!();
    let all: Vec<_> = LANGUAGES.languages.iter().map(identifier).collect();
    load(&loader, &all);
    loader
});

fn identifier(language: &Language) -> LanguageIdentifier {
    language
        .code
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

fn load(loader: &FluentLanguageLoader, languages: &[LanguageIdentifier]) {
    if let Err(error) = loader.load_languages(&AllFiles, languages) {
        log::error!("a Fluent file could not be loaded: {error}");
    }
    // Placeables would otherwise be wrapped in U+2068/U+2069 marks. Our markup isolates mixed
    // directions itself (<bdi>), and the setting only reaches bundles already loaded.
    loader.set_use_isolating(false);
}

/// The displayed language, provided once by `App`.
#[derive(Clone, Copy)]
pub struct Locale(RwSignal<&'static Language>);

impl Locale {
    /// Starts in the kiosk's default language.
    pub fn new() -> Self {
        // `LOADER` starts in the default language: loading it again here parsed every French
        // file twice at each start.
        LazyLock::force(&LOADER);
        Self(RwSignal::new(LANGUAGES.default_language()))
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

    /// Switches every text at once. The loader changes before the signal, so that the closures the
    /// signal wakes up read the new language.
    pub fn set(&self, code: &str) {
        if let Some(language) = LANGUAGES.get(code) {
            load(&LOADER, &[identifier(language)]);
            self.0.set(language);
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

/// One message in one given language, whatever language is displayed. A tutorial's message is
/// looked up in the loader with tutorials, built the first time one is asked for.
pub fn message_in(code: &str, id: &str) -> String {
    let Some(language) = LANGUAGES.get(code).map(identifier) else {
        return String::new();
    };
    let screens = EVERY_LANGUAGE.select_languages(std::slice::from_ref(&language));
    if screens.has(id) {
        screens.get(id)
    } else {
        EVERY_LANGUAGE_WITH_TUTORIALS
            .select_languages(&[language])
            .get(id)
    }
}

/// A message whose id comes from data (a tutorial), in the displayed language. Tracks the
/// language like `t!`. The ids are checked by `cargo xtask check-content`, not by the compiler.
pub fn text(locale: Locale, id: &str) -> String {
    locale.track();
    LOADER.get(id)
}

/// A message whose id comes from data, with its variables (text values), in the displayed
/// language. Tracks the language like `t!`.
pub fn text_args(locale: Locale, id: &str, args: &[(&str, String)]) -> String {
    locale.track();
    LOADER.get_args(id, args_map(args))
}

/// One message with its variables in one given language, whatever language is displayed.
pub fn message_in_args(code: &str, id: &str, args: &[(&str, String)]) -> String {
    let loader = LANGUAGES
        .get(code)
        .map(|l| EVERY_LANGUAGE.select_languages(&[identifier(l)]));
    loader
        .map(|l| l.get_args(id, args_map(args)))
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
        $locale.track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    }};
    ($locale:expr, $id:literal, $($args:tt)*) => {{
        $locale.track();
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    }};
}
