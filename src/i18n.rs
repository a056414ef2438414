//! Languages: French's screens compiled in, everything else fetched when it is needed; the
//! `Locale` context and the `t!` macro.
//!
//! French's screen texts, the source and default, are in the wasm, so the kiosk speaks from its
//! first frame. Every language's tutorials, French's too, and each other language's screens are
//! Fluent files next to the app (`/locales/<code>/`, precached by the offline worker): a
//! language's screens are fetched and parsed one language per idle moment while Welcome waits
//! (`Locale::prepare`), or when a person picks it first, before Home shows; its tutorials when
//! the browser is next idle after it is shown (French's: after the start). Welcome's few
//! words in every language ([`PICKER`]) are compiled in. A language's files are parsed once per
//! page life: a change parses nothing. `Locale` holds the displayed language in a signal; `t!` reads that
//! signal, then asks the language's [`Texts`].

use crate::browser::{fetch_bytes_within, FetchProblem};
use fluent_bundle::FluentValue;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pasapas_core::content::languages::{Language, LanguageList};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// French's screen texts, compiled into the wasm. `fr` is `default` in `locales/languages.toml`
/// (checked by `core/tests/locales.rs`). Its tutorials are fetched like every language's: a
/// person reaches a tutorial only taps after the start, and the wasm every start loads stays
/// lighter by them.
const FRENCH_SCREENS: &str = include_str!("../locales/fr/pasapas.ftl");

/// The language list (`locales/languages.toml`, read and checked by `build.rs` and by
/// `core/tests/locales.rs`).
pub static LANGUAGES: LazyLock<LanguageList> = LazyLock::new(|| {
    LanguageList::decode(include_bytes!(concat!(env!("OUT_DIR"), "/languages.bin")))
        .expect("invariant: build.rs compiled locales/languages.toml after checking it")
});

/// Fluent files given as text, whatever path the loader asks for.
struct Given<'a>(&'a [Cow<'a, str>]);

impl I18nAssets for Given<'_> {
    fn get_files(&self, _file_path: &str) -> Vec<Cow<'_, [u8]>> {
        self.0
            .iter()
            .map(|text| Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::empty())
    }
}

/// One language's files parsed into a loader of that language alone: it is its own fallback, so
/// nothing else is parsed; [`Texts`] falls back to French itself.
fn parse(language: &Language, files: &[Cow<'_, str>]) -> Rc<FluentLanguageLoader> {
    let id = identifier(language);
    let loader = FluentLanguageLoader::new("pasapas", id.clone());
    if let Err(error) = loader.load_languages(&Given(files), &[id]) {
        log::error!(
            "a Fluent file of {} could not be read: {error}",
            language.code
        );
    }
    // Placeables would otherwise be wrapped in U+2068/U+2069 marks. Our markup isolates mixed
    // directions itself (<bdi>).
    loader.set_use_isolating(false);
    Rc::new(loader)
}

thread_local! {
    /// Each language's screen texts, parsed once: French at the start, another language when its
    /// files arrive.
    static SCREENS: RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::new());
    /// Each language's tutorial texts, French's included, parsed when they arrive and kept for
    /// the page's life: a language change never parses again (it cost 72 ms per tap before).
    static TUTORIALS: RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::new());
    /// Welcome's words in every language ([`PICKER`]), parsed on first use.
    static PICKER_TEXTS: RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>> =
        RefCell::new(HashMap::new());
    /// Rings when a language's files arrive, so every text on screen that fell back to French
    /// is shown again in its own language.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
}

fn identifier(language: &Language) -> LanguageIdentifier {
    // Fluent picks plural forms by the language's CLDR rules, which know Dari as Persian of
    // Afghanistan, not as `prs`.
    let code = match language.code.as_str() {
        "prs" => "fa-AF",
        code => code,
    };
    code.parse()
        .unwrap_or_else(|_| LanguageIdentifier::default())
}

fn cached(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>>>,
    language: &Language,
) -> Option<Rc<FluentLanguageLoader>> {
    cache.with_borrow(|map| map.get(language.code.as_str()).cloned())
}

fn keep(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>>>,
    language: &'static Language,
    loader: Rc<FluentLanguageLoader>,
) -> Rc<FluentLanguageLoader> {
    keep_announced(cache, language, loader, true)
}

/// Keeps a parsed language; `announce` re-reads every text on screen (which fell back to French
/// while that language was awaited). Files prepared ahead for a language nobody shows need not.
fn keep_announced(
    cache: &'static std::thread::LocalKey<RefCell<HashMap<&'static str, Rc<FluentLanguageLoader>>>>,
    language: &'static Language,
    loader: Rc<FluentLanguageLoader>,
    announce: bool,
) -> Rc<FluentLanguageLoader> {
    cache.with_borrow_mut(|map| map.insert(language.code.as_str(), loader.clone()));
    if announce {
        ARRIVED.with(|arrived| arrived.notify());
    }
    loader
}

fn french_screens() -> Rc<FluentLanguageLoader> {
    let french = LANGUAGES.default_language();
    cached(&SCREENS, french).unwrap_or_else(|| {
        keep(
            &SCREENS,
            french,
            parse(french, &[Cow::Borrowed(FRENCH_SCREENS)]),
        )
    })
}

fn picker_texts(language: &'static Language) -> Option<Rc<FluentLanguageLoader>> {
    if let Some(parsed) = cached(&PICKER_TEXTS, language) {
        return Some(parsed);
    }
    let (_, text) = PICKER.iter().find(|(code, _)| *code == language.code)?;
    let parsed = parse(language, &[Cow::Borrowed(*text)]);
    PICKER_TEXTS.with_borrow_mut(|map| map.insert(language.code.as_str(), parsed.clone()));
    Some(parsed)
}

/// Whether a language's screen texts are ready (French always is).
fn has_screens(language: &Language) -> bool {
    language.code == LANGUAGES.default || cached(&SCREENS, language).is_some()
}

/// Whether a language's tutorial texts are parsed.
fn has_tutorials(language: &Language) -> bool {
    cached(&TUTORIALS, language).is_some()
}

/// Gives a language's screen texts (its `pasapas.ftl`), as fetched; parsed now. Public for the
/// in-browser tests, whose server has no `/locales/`.
pub fn add_screens(code: &str, text: &str) {
    if let Some(language) = LANGUAGES.get(code) {
        keep(&SCREENS, language, parse(language, &[Cow::Borrowed(text)]));
    }
}

/// Gives a language's tutorial texts (the files of its `tutorials/`), as fetched; parsed now.
/// Public for the in-browser tests, like [`add_screens`].
pub fn add_tutorials(code: &str, files: &[&str]) {
    if let Some(language) = LANGUAGES.get(code) {
        let files: Vec<_> = files.iter().map(|text| Cow::Borrowed(*text)).collect();
        keep(&TUTORIALS, language, parse(language, &files));
    }
}

/// The address of one of a language's Fluent files (trunk copies `locales/` next to the app).
fn address(language: &Language, file: &str) -> String {
    format!("/locales/{}/{file}", language.code)
}

async fn fetch_text(address: &str) -> Result<String, FetchProblem> {
    // From the offline worker's copy, or the local server: 5 s to answer is already very long.
    let bytes = fetch_bytes_within(address, 5_000, 10_000).await?;
    String::from_utf8(bytes).map_err(|_| FetchProblem::Network("not UTF-8".to_string()))
}

/// Fetches and parses a language's screen texts, if not done yet.
pub async fn load_screens(language: &'static Language) -> Result<(), FetchProblem> {
    if has_screens(language) {
        return Ok(());
    }
    let text = fetch_text(&address(language, "pasapas.ftl")).await?;
    add_screens(&language.code, &text);
    Ok(())
}

/// Fetches and parses a language's tutorial texts, if not done yet.
async fn load_tutorials(language: &'static Language) -> Result<(), FetchProblem> {
    if has_tutorials(language) {
        return Ok(());
    }
    let fetches = TUTORIAL_FILES.iter().map(|name| {
        let address = address(language, &format!("tutorials/{name}"));
        async move { fetch_text(&address).await }
    });
    let files = futures::future::try_join_all(fetches).await?;
    let files: Vec<Cow<'_, str>> = files.into_iter().map(Cow::Owned).collect();
    keep(&TUTORIALS, language, parse(language, &files));
    Ok(())
}

/// Fetches a language's screen and tutorial texts in the background (the agent's launch screen
/// prints a sheet in the person's language before it is shown); texts follow when they arrive.
pub fn load_in_background(code: &str) {
    if let Some(language) = LANGUAGES.get(code) {
        spawn_local(async move {
            let loaded = match load_screens(language).await {
                Ok(()) => load_tutorials(language).await,
                Err(problem) => Err(problem),
            };
            if let Err(problem) = loaded {
                log::warn!("the texts of {} did not load: {problem:?}", language.code);
            }
        });
    }
}

/// Prepares a language's tutorial texts when the browser is next idle after it is shown, so
/// that the first tutorial screen does not pay for them on a tap.
fn prepare_tutorials(language: &'static Language) {
    request_idle_callback(move || {
        spawn_local(async move {
            if let Err(problem) = load_tutorials(language).await {
                log::warn!(
                    "the tutorials of {} did not load: {problem:?}",
                    language.code
                );
            }
        });
    });
}

/// The texts of one language, as `t!` and [`text`] read them: its screens, then its tutorials,
/// then French's screens and tutorials (a language whose files have not arrived yet shows
/// French, and its own words as soon as they do; a tutorial text whose French has not arrived
/// either is empty for that moment). Cheap to make: the parsed files are shared.
pub struct Texts {
    language: &'static Language,
}

impl Texts {
    /// The texts of `language`. Tracks the arrival of files, like `t!` tracks the language.
    pub fn of(language: &'static Language) -> Self {
        ARRIVED.with(|arrived| arrived.track());
        Self { language }
    }

    /// Where the message `id` is read from, and in which language: `None` while no file that
    /// holds it has arrived.
    fn source(&self, id: &str) -> Option<(Rc<FluentLanguageLoader>, &'static Language)> {
        let own = [
            cached(&SCREENS, self.language),
            cached(&TUTORIALS, self.language),
        ];
        if let Some(loader) = own.into_iter().flatten().find(|loader| loader.has(id)) {
            return Some((loader, self.language));
        }
        if self.language.code != LANGUAGES.default {
            if let Some(picker) = picker_texts(self.language).filter(|p| p.has(id)) {
                return Some((picker, self.language));
            }
        }
        let french = LANGUAGES.default_language();
        let screens = french_screens();
        if screens.has(id) {
            return Some((screens, french));
        }
        // Asked of a loader that lacks it, a message is an error in the log and its id on screen.
        cached(&TUTORIALS, french)
            .filter(|tutorials| tutorials.has(id))
            .map(|tutorials| (tutorials, french))
    }

    fn with(&self, id: &str, read: impl FnOnce(&FluentLanguageLoader) -> String) -> String {
        self.source(id)
            .map(|(loader, _)| read(&loader))
            .unwrap_or_default()
    }

    /// The message `id`, and the language it is in: the displayed one's own, or French while
    /// the displayed language's file is on its way (or lacks the message).
    pub fn get_with_language(&self, id: &str) -> (String, &'static Language) {
        match self.source(id) {
            Some((loader, language)) => (loader.get(id), language),
            None => (String::new(), self.language),
        }
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

/// The displayed language, provided once by `App`, with the state of a pick whose files are on
/// their way or did not come.
#[derive(Clone, Copy)]
pub struct Locale {
    shown: RwSignal<&'static Language>,
    /// The language whose files are being fetched, if any.
    loading: RwSignal<Option<&'static Language>>,
    /// The last language picked whose files could not be fetched.
    failed: RwSignal<Option<&'static Language>>,
}

impl Locale {
    /// Starts in the kiosk's default language (French, its screens compiled in); its tutorials
    /// are fetched and parsed once the browser is idle.
    pub fn new() -> Self {
        let language = LANGUAGES.default_language();
        french_screens();
        prepare_tutorials(language);
        Self {
            shown: RwSignal::new(language),
            loading: RwSignal::new(None),
            failed: RwSignal::new(None),
        }
    }

    /// The displayed language (tracked: a closure that calls this re-runs on a change).
    pub fn get(&self) -> &'static Language {
        self.shown.get()
    }

    /// The displayed language, without tracking (in event handlers).
    pub fn get_untracked(&self) -> &'static Language {
        self.shown.get_untracked()
    }

    /// Subscribes the running closure to language changes.
    pub fn track(&self) {
        self.shown.track();
    }

    /// The language whose files are on their way (tracked).
    pub fn loading(&self) -> Option<&'static Language> {
        self.loading.get()
    }

    /// The last picked language that could not be shown (tracked); cleared by a pick that works.
    pub fn failed(&self) -> Option<&'static Language> {
        self.failed.get()
    }

    /// Shows `code` as soon as its screen texts are ready: at once for French or a language
    /// already fetched, else after fetching and parsing its screens (its tutorials follow when
    /// the browser is idle). `then(true)` runs in the same moment, just before the language
    /// changes: a navigation or a dialog closed in it comes first, so the screen being left is
    /// not redrawn in the new language only to be thrown away, and the next one is drawn once,
    /// in it. Files that do not come leave the displayed language as it is, mark the pick as
    /// failed and call `then(false)`. A pick overtaken by a later one while its files were on
    /// their way only calls `then(false)`.
    pub fn choose(&self, code: &str, then: impl FnOnce(bool) + 'static) {
        self.choose_when_ready(code, false, then);
    }

    /// [`Self::choose`] for a tutorial opened at once (the agent's launch): the language is shown
    /// once its tutorial texts are ready too, so that the step never opens in French first.
    /// Tutorials that do not come are not a failure: the step shows French, marked as such.
    pub fn choose_for_tutorial(&self, code: &str, then: impl FnOnce(bool) + 'static) {
        self.choose_when_ready(code, true, then);
    }

    fn choose_when_ready(&self, code: &str, tutorials: bool, then: impl FnOnce(bool) + 'static) {
        let Some(language) = LANGUAGES.get(code) else {
            then(false);
            return;
        };
        if has_screens(language) && (!tutorials || has_tutorials(language)) {
            self.loading.set(None);
            then(true);
            self.show(language);
            return;
        }
        let this = *self;
        this.loading.set(Some(language));
        spawn_local(async move {
            let loaded = load_screens(language).await;
            if tutorials && loaded.is_ok() {
                if let Err(problem) = load_tutorials(language).await {
                    log::warn!(
                        "the tutorials of {} did not load: {problem:?}",
                        language.code
                    );
                }
            }
            // A later pick, made while these files were on their way, wins. This one still
            // ends (`then(false)`, not a failure): a page held until it is shown must go on.
            let still_wanted = this
                .loading
                .get_untracked()
                .is_some_and(|wanted| std::ptr::eq(wanted, language));
            if !still_wanted {
                then(false);
                return;
            }
            this.loading.set(None);
            match loaded {
                Ok(()) => {
                    then(true);
                    this.show(language);
                }
                Err(problem) => {
                    log::warn!("the texts of {} did not load: {problem:?}", language.code);
                    this.failed.set(Some(language));
                    then(false);
                }
            }
        });
    }

    /// Makes the screens of `languages` ready while the browser is idle, one language per idle
    /// moment, so that a pick on Welcome shows Home at once instead of fetching and parsing on
    /// the tap's path. A pick that comes first fetches its language itself; a file that does not
    /// come is left to that pick, which says so.
    pub fn prepare(&self, languages: Vec<&'static Language>) {
        let mut waiting: Vec<_> = languages
            .into_iter()
            .filter(|language| !has_screens(language))
            .collect();
        // Taken from the end: the list's first language is prepared first.
        waiting.reverse();
        self.prepare_in_turn(waiting);
    }

    fn prepare_in_turn(&self, mut waiting: Vec<&'static Language>) {
        // Once a person has picked, the idle moments are for that language's tutorials.
        if self.shown.get_untracked().code != LANGUAGES.default {
            return;
        }
        let Some(language) = waiting.pop() else {
            return;
        };
        let this = *self;
        request_idle_callback(move || {
            // Called once; `Fn` only by its signature.
            let waiting = waiting.clone();
            spawn_local(async move {
                if !has_screens(language) {
                    match fetch_text(&address(language, "pasapas.ftl")).await {
                        // Parsed unless a pick or a launch got there first while it came.
                        Ok(text) if !has_screens(language) => {
                            let shown = std::ptr::eq(this.shown.get_untracked(), language);
                            let parsed = parse(language, &[Cow::Borrowed(&text)]);
                            keep_announced(&SCREENS, language, parsed, shown);
                        }
                        Ok(_) => {}
                        Err(problem) => log::info!(
                            "{} not prepared ahead (a pick will try again): {problem:?}",
                            language.code
                        ),
                    }
                }
                this.prepare_in_turn(waiting);
            });
        });
    }

    fn show(&self, language: &'static Language) {
        self.failed.set(None);
        self.shown.set(language);
        prepare_tutorials(language);
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

/// A message from data as it is shown: its text, and the `lang` and `dir` that mark it when it
/// is not in the displayed language. A step opened before its language's tutorials arrive shows
/// French for a moment; marked, a screen reader and read aloud take a French voice for it, and it
/// reads left to right inside an Arabic page (EN 301 549 5.1.3.14, RGAA 8.7).
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub text: String,
    /// `None` when the message is in the displayed language (the page's `lang` holds).
    pub lang: Option<String>,
    pub dir: Option<&'static str>,
}

/// The message `id` from data, in the displayed language or its French fallback, marked as
/// [`Shown`] says. One lookup; tracks like [`text`].
pub fn shown_text(locale: Locale, id: &str) -> Shown {
    let displayed = locale.get();
    let (text, language) = Texts::of(displayed).get_with_language(id);
    let other = (language.code != displayed.code).then_some(language);
    Shown {
        text,
        lang: other.map(|language| language.code.clone()),
        dir: other.map(|language| language.direction.as_html()),
    }
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
