//! The kiosk's lifecycle: the reset between two people, the panic hook, and the guards that keep
//! a public touch screen from behaving like a desktop browser.

use crate::speech;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

// IndexedDB and Cache Storage can only be listed and deleted asynchronously, and after a panic the
// wasm instance is dead, so this part of forgetting is plain JavaScript that also does the final
// reload. It waits for the deletions, but never more than a second: a stuck deletion must not
// stop the reset.
// Between two people, it also lets a new build that the service worker has kept take over. The
// figures' last writes, the deletions and the take-over do not depend on one another, so they run
// at the same time: in a row they made every reset about 30 ms longer at 4x CPU throttling
// (from the tap to the reload asked for, 110 ms against 80, six resets each by navigation timing,
// 2026-11-27). Then it reloads only where the reload cannot end on the
// browser's error page: from the service worker (every file kept) or from a server that answers.
// Otherwise it shows the "restarting" notice (over the person's screen) and tries again every 5 s.
#[wasm_bindgen(inline_js = r#"
export function forget_databases_then_reload(address, delay_ms) {
  const forgetDatabases = () => {
    const factory = window.indexedDB;
    if (!factory || !factory.databases) return Promise.resolve();
    // Every database but the anonymous figures (src/stats.rs).
    return factory.databases().then((list) => Promise.all(list.filter((db) => db.name !== recovery.keptDatabase).map((db) => new Promise((done) => {
      const request = factory.deleteDatabase(db.name);
      request.onsuccess = request.onerror = request.onblocked = done;
    }))));
  };
  // Cache Storage keeps only the build and the commune's files (src/offline.rs); any other
  // cache is not the kiosk's, and goes.
  const forgetCaches = () => (window.caches ? caches.keys() : Promise.resolve([])).then((names) =>
    Promise.all(names.filter((name) => !name.startsWith('pasapas-build-') && name !== 'pasapas-commune-files-v1')
      .map((name) => caches.delete(name))));
  // The figures' last writes end before the reload: an event just before the reset (I have
  // finished) counts. The deletions spare the figures' database, so they need not wait for it.
  const figuresSaved = () => (globalThis.pasapasFiguresSettled ? globalThis.pasapasFiguresSettled() : Promise.resolve());
  const forget = () => Promise.all([figuresSaved(), forgetDatabases(), forgetCaches()]);
  setTimeout(() => {
    // Started here, not before the delay: after a crash's 3 s it would already be over.
    const atMost = new Promise((done) => setTimeout(done, 1000));
    const forgotten = Promise.race([forget(), atMost]).catch(() => {});
    Promise.all([forgotten, takeNewBuild()]).finally(() => reloadWhenServed(address));
  }, delay_ms);
}

function takeNewBuild() {
  const worker = navigator.serviceWorker;
  if (!worker || !worker.controller) return Promise.resolve();
  return worker.getRegistration().then((registration) => {
    if (!registration || !registration.waiting) return undefined;
    return new Promise((done) => {
      worker.addEventListener('controllerchange', done, { once: true });
      setTimeout(done, 3000);
      registration.waiting.postMessage('take-over');
    });
  }).catch(() => {});
}

function reloadWhenServed(address) {
  const worker = navigator.serviceWorker;
  const served = worker && worker.controller
    ? Promise.resolve(true)
    : fetch('/', { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(3000) }).then(() => true, () => false);
  served.then((yes) => {
    if (yes) {
      window.location.replace(address);
      return;
    }
    // Over everything: an open dialog sits in the top layer, above any z-index, so it closes.
    document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
    const notice = document.querySelector('.k-restart');
    if (notice) notice.hidden = false;
    setTimeout(() => reloadWhenServed(address), 5000);
  });
}

// What happens when the kiosk crashes, in plain JavaScript because the wasm may be dead by then
// (a panic, a trap such as out of memory or a stack overflow). In sessionStorage, which survives
// the reload and not the next reset: how many crashes in a row and the last one's reason. The
// texts to show are in memory only: each start writes the default language's before anything
// else, and the app the displayed language's.
//
// The policy: the first two crashes in a row restart after 3 s, as before. From the third, the
// kiosk holds on a safe screen (no wasm: "the kiosk is out of order, ask at the desk", and for the
// agent the reason and the time of the next try), then tries again after 30 s, 1, 2, 4, 8 min, at
// most 10 min apart. Restarting every 3 s for ever would flash a screen nobody can use, and load
// the server and the disk for nothing. A start that runs 60 s ends the series.
const CRASHES = 'pasapas-crashes';
let texts = null;
const FIRST_QUICK_RESTARTS = 2;
const FIRST_HOLD_MS = 30000;
const LONGEST_HOLD_MS = 600000;

// What every forgetting keeps, and how a crash restarts: set once by `install_panic_hook`, first
// thing in `main`.
let recovery = { persistent: [], keptDatabase: null, delayMs: 3000, address: '/' };
export function configure_crash_recovery(persistent, kept_database, delay_ms, address) {
  recovery = { persistent, keptDatabase: kept_database, delayMs: delay_ms, address };
}

const read = (key, fallback) => {
  try { return JSON.parse(sessionStorage.getItem(key)) ?? fallback; } catch (_) { return fallback; }
};
const write = (key, value) => { try { sessionStorage.setItem(key, JSON.stringify(value)); } catch (_) {} };

export function remember_crash_texts(displayed) { texts = displayed; }

// The crashes of the series not yet counted in the statistics: the app counts them when it
// starts, since a crash at start leaves no app to count it.
export function uncounted_crashes() {
  const crashes = read(CRASHES, null);
  if (!crashes) return 0;
  const uncounted = crashes.count - (crashes.counted ?? 0);
  write(CRASHES, { ...crashes, counted: crashes.count });
  return Math.max(uncounted, 0);
}

export function forget_crashes_after(ms) {
  setTimeout(() => { try { sessionStorage.removeItem(CRASHES); } catch (_) {} }, ms);
}

export function recover_from_crash(reason) {
  const { persistent, delayMs, address } = recovery;
  if (window.__pasapasRecovering) return;
  window.__pasapasRecovering = true;
  const crashes = read(CRASHES, { count: 0 });
  // Forget the person first: nothing of theirs may survive the crash.
  try {
    sessionStorage.clear();
    for (const key of Object.keys(localStorage)) if (!persistent.includes(key)) localStorage.removeItem(key);
    for (const cookie of document.cookie.split(';')) {
      const name = cookie.split('=')[0].trim();
      if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  } catch (_) {}
  const count = crashes.count + 1;
  const hold = count <= FIRST_QUICK_RESTARTS ? 0
    : Math.min(FIRST_HOLD_MS * 2 ** (count - FIRST_QUICK_RESTARTS - 1), LONGEST_HOLD_MS);
  write(CRASHES, { count, reason: String(reason).slice(0, 400), resumeAt: Date.now() + delayMs + hold });
  show_restart_notice(false);
  forget_databases_then_reload(address, delayMs);
}

// "The kiosk restarts", over everything, in the displayed language. The reset adds it hidden: it
// shows only if the reload has to wait for the server (reloadWhenServed).
export function show_restart_notice(hidden) {
  // An open modal dialog sits in the top layer, above any z-index: it closes when the notice shows.
  if (!hidden) document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  const notice = document.createElement('div');
  notice.className = 'k-restart';
  notice.hidden = hidden;
  notice.setAttribute('role', 'alert');
  if (texts) {
    notice.lang = texts.lang;
    notice.dir = texts.dir;
    const title = document.createElement('p');
    title.className = 'k-restart__title';
    title.textContent = texts.restartTitle;
    const wait = document.createElement('p');
    wait.textContent = texts.restartWait;
    notice.append(title, wait);
  }
  document.body.append(notice);
}

// Errors the panic hook never sees. A trap (WebAssembly.RuntimeError: out of memory, a stack
// overflow, `unreachable`) or a stack overflow in the glue leaves the app dead: recover as from a
// panic. Any other script error is logged and the kiosk goes on: it does not stop Rust.
export function watch_fatal_errors() {
  const fatal = (error) => error instanceof WebAssembly.RuntimeError
    || (error instanceof RangeError && /call stack/i.test(error.message))
    || /out of memory/i.test(String(error && error.message));
  const handle = (error) => {
    if (fatal(error)) recover_from_crash(`${error.name}: ${error.message}`);
    else console.error('kiosk: a script error outside Rust; the kiosk goes on', error);
  };
  window.addEventListener('error', (event) => handle(event.error));
  window.addEventListener('unhandledrejection', (event) => handle(event.reason));
}

export function hold_on_safe_screen() {
  const crashes = read(CRASHES, { count: 0 });
  if (crashes.count <= FIRST_QUICK_RESTARTS || Date.now() >= crashes.resumeAt) return false;
  const shown = texts ?? {};
  const screen = document.createElement('main');
  screen.className = 'k-restart k-restart--safe';
  const alert = document.createElement('div');
  alert.className = 'k-restart__alert';
  alert.setAttribute('role', 'alert');
  screen.append(alert);
  if (shown.lang) { document.documentElement.lang = shown.lang; document.documentElement.dir = shown.dir; }
  const line = (text, className) => {
    const p = document.createElement('p');
    if (className) p.className = className;
    p.textContent = text ?? '';
    return p;
  };
  const icon = document.createElement('img');
  icon.src = '/icons/alert.svg';
  icon.alt = '';
  icon.className = 'k-restart__icon';
  const at = new Date(crashes.resumeAt);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const agent = line(shown.safeAgent, 'k-restart__agent');
  const detail = document.createElement('code');
  detail.dir = 'ltr';
  detail.lang = 'en';
  detail.textContent = crashes.reason;
  agent.append(' ', detail);
  const retry = line((shown.safeRetry ?? '{time}').replace('{time}', time), 'k-restart__agent');
  alert.append(icon, line(shown.safeTitle, 'k-restart__title'), line(shown.safeLine), agent, retry);
  document.body.append(screen);
  document.title = shown.safeTitle ?? document.title;
  setTimeout(() => window.location.replace(recovery.address), crashes.resumeAt - Date.now());
  return true;
}
"#)]
extern "C" {
    fn forget_databases_then_reload(address: &str, delay_ms: u32);
    fn configure_crash_recovery(
        persistent: &js_sys::Array,
        kept_database: &str,
        delay_ms: u32,
        address: &str,
    );
    fn show_restart_notice(hidden: bool);
    fn recover_from_crash(reason: &str);
    fn watch_fatal_errors();
    fn hold_on_safe_screen() -> bool;
    fn remember_crash_texts(texts: &js_sys::Object);
    fn forget_crashes_after(ms: u32);
    fn uncounted_crashes() -> u32;
}

/// localStorage keys that survive the reset: the anonymous counters' old home (until it is moved
/// into their database), the values set aside for inspection, the events waiting for the
/// database, and the agent PIN's wrong-attempt lock. Nothing about a person may ever be listed
/// here. The figures' database is kept too (`forget_databases_then_reload`).
pub const PERSISTENT_KEYS: &[&str] = &[
    pasapas_core::agent::stats::STORAGE_KEY,
    pasapas_core::agent::stats::CORRUPT_KEY,
    crate::stats::PENDING_KEY,
    pasapas_core::agent::agent_lock::STORAGE_KEY,
];

/// The address the panic hook reloads to, so the next start can count the recovery.
const RECOVERED_ADDRESS: &str = "/?recovered";

/// How long the "restarting" message stays before the reload, in milliseconds.
const RESTART_DELAY_MS: u32 = 3000;

/// How long a start must run without a crash to end a series of crashes.
const RUNNING_WELL_MS: u32 = 60_000;

/// Forgets the person: speech, storage, cookies, databases, then a full reload to Welcome.
///
/// A full reload, not a router navigation: it empties the DOM, every signal and the wasm memory,
/// which can only grow (wasm-bindgen #2241). `replace` keeps the reset out of the history.
pub fn reset() {
    speech::stop();
    forget_storage();
    // Hidden: shown only if the reload has to wait for the server (no build kept yet).
    show_restart_notice(true);
    forget_databases_then_reload("/", 0);
}

/// Starts one of the kiosk's two pages (`main` of each binary): the panic hook and the guard
/// against crash loops, the logger, then `app`.
pub fn start<F, N>(app: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    install_panic_hook();
    if guard_the_start() {
        // Crashing again and again: the safe screen shows, and the start is tried again later.
        return;
    }
    let _ = console_log::init_with_level(log::Level::Info);
    #[cfg(feature = "test-faults")]
    fault_if_a_test_asks();
    leptos::mount::mount_to_body(app);
    the_start_went_well();
}

thread_local! {
    /// The address this page was loaded at (path only).
    static START_ADDRESS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Notes the address this page was loaded at, for [`started_at`]; once, as the app starts.
pub fn remember_the_start_address() {
    let path = window().location().pathname().ok();
    START_ADDRESS.with(|start| *start.borrow_mut() = path);
}

/// Whether this page was loaded at `address`.
pub fn started_at(address: &str) -> bool {
    START_ADDRESS.with(|start| start.borrow().as_deref() == Some(address))
}

/// On a page opened by the other one (`open_page`): takes the person's display settings it
/// carried, shows the language it carried, and for an agent's launch counts the visit's start,
/// the tutorial reached and the language, as a person's own taps would. The query is then dropped
/// from the address (replacing the entry), so that nothing is counted twice. The signal turns
/// true once the language is shown (at once when nothing was carried or the language is ready),
/// or could not be and the page goes on in its own.
pub fn arrive_from_other_page(
    locale: crate::i18n::Locale,
    session: crate::session::Session,
    counting: crate::stats::Counting,
) -> Signal<bool> {
    use pasapas_core::agent::stats::Event;
    use pasapas_core::visit::navigation::{Carried, Crossing, Screen};
    let location = window().location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return Signal::stored(true);
    };
    let Some(carried) = Carried::read(&search) else {
        return Signal::stored(true);
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
    session.set_display(carried.display);
    let arrived = RwSignal::new(false);
    let code = carried.language.to_string();
    let launched = match (carried.crossing, Screen::parse(&path)) {
        (Crossing::Launch, Some(Screen::TutorialStep { tutorial, step })) => {
            crate::content::TUTORIALS
                .iter()
                .find(|t| t.id == tutorial)
                .map(|t| (t, step))
        }
        _ => None,
    };
    let Some((tutorial, step)) = launched else {
        locale.choose(&code, move |_| arrived.set(true));
        return arrived.into();
    };
    counting.record_once(Event::SessionStarted);
    counting.tutorial_reached(tutorial, step);
    locale.choose_for_tutorial(&code.clone(), move |ok| {
        let shown = if ok {
            code
        } else {
            locale.get_untracked().code.clone()
        };
        counting.record_once(Event::LanguageChosen(shown));
        arrived.set(true);
    });
    arrived.into()
}

/// Leaves for the kiosk's other page at `address` (an agent screen from the people's page, or the
/// reverse): the figures' last writes end first, then a full load, as the reset does; when the
/// load could only end on the browser's error page, the "restarting" notice waits for the server.
/// The memory of this page, and so agent mode, goes with it.
pub fn open_page(address: &str) {
    speech::stop();
    show_restart_notice(true);
    forget_databases_then_reload(address, 0);
}

/// Empties sessionStorage, localStorage (except `PERSISTENT_KEYS`) and the cookies.
fn forget_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.clear();
    }
    if let Ok(Some(local)) = window.local_storage() {
        let keys: Vec<String> = (0..local.length().unwrap_or(0))
            .filter_map(|i| local.key(i).ok().flatten())
            .collect();
        for key in keys
            .iter()
            .filter(|k| !PERSISTENT_KEYS.contains(&k.as_str()))
        {
            let _ = local.remove_item(key);
        }
    }
    if let Some(document) = window
        .document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
    {
        let cookies = document.cookie().unwrap_or_default();
        for name in cookies.split(';').filter_map(|c| c.split('=').next()) {
            let expired = format!(
                "{}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/",
                name.trim()
            );
            let _ = document.set_cookie(&expired);
        }
    }
}

/// After a panic the wasm instance cannot be trusted. The hook hands over to plain JavaScript at
/// once ([`crash_recovery`]), before any work of its own that could fail in turn; only then does
/// it write the panic to the console for the agent.
pub fn install_panic_hook() {
    let persistent: js_sys::Array = PERSISTENT_KEYS.iter().copied().map(JsValue::from).collect();
    configure_crash_recovery(
        &persistent,
        pasapas_core::agent::stats::DATABASE,
        RESTART_DELAY_MS,
        RECOVERED_ADDRESS,
    );
    std::panic::set_hook(Box::new(|info| {
        recover_from_crash(&info.to_string());
        console_error_panic_hook::hook(info);
    }));
}

/// Watches for what the panic hook cannot see, and holds the kiosk on the safe screen when it
/// keeps crashing at start. Call first in `main`; `true` means "do not start the app now".
pub fn guard_the_start() -> bool {
    watch_fatal_errors();
    // The default language's texts, before anything else can fail; the app replaces them with
    // the displayed language's.
    keep_crash_texts(crate::i18n::LANGUAGES.default_language());
    hold_on_safe_screen()
}

/// Keeps the texts of "the kiosk restarts" and of the safe screen in `language`, in the memory of
/// the plain JavaScript that shows them when the wasm may be dead. The time of the next try is
/// left as `{time}` for that JavaScript to fill, so each language places it in its own sentence.
pub fn keep_crash_texts(language: &pasapas_core::content::languages::Language) {
    let texts = js_sys::Object::new();
    let code = language.code.as_str();
    let say = |id: &str| JsValue::from(crate::i18n::message_in(code, id));
    let retry = crate::i18n::message_in_args(code, "safe-retry", &[("time", "{time}".into())]);
    for (key, value) in [
        ("lang", JsValue::from(language.code.as_str())),
        ("dir", JsValue::from(language.direction.as_html())),
        ("restartTitle", say("restart-title")),
        ("restartWait", say("restart-wait")),
        ("safeTitle", say("safe-title")),
        ("safeLine", say("safe-line")),
        ("safeAgent", say("safe-agent")),
        ("safeRetry", JsValue::from(retry)),
    ] {
        let _ = js_sys::Reflect::set(&texts, &JsValue::from(key), &value);
    }
    remember_crash_texts(&texts);
}

/// The start is good once the app has run this long without a crash: the next crash is a first
/// one again, with a quick restart.
pub fn the_start_went_well() {
    forget_crashes_after(RUNNING_WELL_MS);
}

/// After a crash's reload: counts each crash since the last count (a crash at start leaves no
/// app to count it), then drops `?recovered` from the address
/// (replacing the entry, so no history is added).
pub fn count_recoveries(counting: crate::stats::Counting) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let recovered = window
        .location()
        .search()
        .is_ok_and(|s| format!("/{s}") == RECOVERED_ADDRESS);
    if recovered {
        for _ in 0..uncounted_crashes() {
            counting.record(pasapas_core::agent::stats::Event::PanicRecovered);
        }
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"));
        }
    }
}

/// Faults on demand, in test builds only (`--features test-faults`, which `cargo xtask test`
/// builds; the release a kiosk runs has none of this). A test sets `window.pasapasTestFault`
/// before the page starts (Playwright's init script): `panic-at-start` panics in `main` at every
/// start, `panic` half a second after the start, `trap` stops the wasm without a panic, as an
/// out-of-memory does. At any moment, the event `pasapas-test-panic` on `window` panics (a crash in
/// the middle of a visit).
#[cfg(feature = "test-faults")]
pub fn fault_if_a_test_asks() {
    let panic_now = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        panic!("test fault: panic during a visit")
    });
    let _ = window()
        .add_event_listener_with_callback("pasapas-test-panic", panic_now.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    panic_now.forget();
    let fault = js_sys::Reflect::get(&window(), &JsValue::from("pasapasTestFault"))
        .ok()
        .and_then(|value| value.as_string());
    match fault.as_deref() {
        Some("panic-at-start") => panic!("test fault: panic at start"),
        Some("panic") => set_timeout(
            || panic!("test fault: panic"),
            std::time::Duration::from_millis(500),
        ),
        Some("trap") => set_timeout(
            || std::process::abort(),
            std::time::Duration::from_millis(500),
        ),
        _ => {}
    }
}

/// Public-screen behaviour: no context menu (a long press would open one), and speech stops at
/// the next touch (EN 301 549 5.1.3.5). Listeners are removed with the owner (leptos-use).
pub fn use_kiosk_guards() {
    let _ = use_event_listener(document(), leptos::ev::contextmenu, |event| {
        event.prevent_default();
    });
    let _ = use_event_listener(document(), leptos::ev::pointerdown, |_| speech::stop());
}
