//! The kiosk's lifecycle: the reset between two people, the panic hook, and the guards that keep
//! a public touch screen from behaving like a desktop browser.

use crate::speech;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;

// IndexedDB and Cache Storage can only be listed and deleted asynchronously, and after a panic the
// wasm instance is dead, so this part of forgetting is plain JavaScript that also does the final
// reload. It waits for the deletions, but never more than a second: a stuck deletion must not
// stop the reset.
// Then, between two people, it lets a new build that the service worker has kept take over, and
// reloads only where the reload cannot end on the browser's error page: from the service worker
// (every file kept) or from a server that answers. Otherwise it shows the "restarting" notice
// (over the person's screen) and tries again every 5 s.
#[wasm_bindgen(inline_js = r#"
export function forget_databases_then_reload(address, delay_ms) {
  const forgetDatabases = () => {
    const factory = window.indexedDB;
    if (!factory || !factory.databases) return Promise.resolve();
    return factory.databases().then((list) => Promise.all(list.map((db) => new Promise((done) => {
      const request = factory.deleteDatabase(db.name);
      request.onsuccess = request.onerror = request.onblocked = done;
    }))));
  };
  // Cache Storage keeps only the build and the commune's files (src/offline.rs); any other
  // cache is not the kiosk's, and goes.
  const forgetCaches = () => (window.caches ? caches.keys() : Promise.resolve([])).then((names) =>
    Promise.all(names.filter((name) => !name.startsWith('pasapas-build-') && name !== 'pasapas-commune-files-v1')
      .map((name) => caches.delete(name))));
  const forget = () => Promise.all([forgetDatabases(), forgetCaches()]);
  const atMost = new Promise((done) => setTimeout(done, 1000));
  setTimeout(() => {
    Promise.race([forget(), atMost]).catch(() => {}).then(takeNewBuild).finally(() => reloadWhenServed(address));
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
"#)]
extern "C" {
    fn forget_databases_then_reload(address: &str, delay_ms: u32);
}

/// localStorage keys that survive the reset: the anonymous counters (and a corrupt value set
/// aside for inspection), and the agent PIN's wrong-attempt lock. Nothing about a person may ever
/// be listed here.
pub const PERSISTENT_KEYS: &[&str] = &[
    pasapas_core::stats::STORAGE_KEY,
    pasapas_core::stats::CORRUPT_KEY,
    pasapas_core::agent_lock::STORAGE_KEY,
];

/// The address the panic hook reloads to, so the next start can count the recovery.
const RECOVERED_ADDRESS: &str = "/?recovered";

/// How long the "restarting" message stays before the reload, in milliseconds.
const RESTART_DELAY_MS: u32 = 3000;

/// Forgets the person: speech, storage, cookies, databases, then a full reload to Welcome.
///
/// A full reload, not a router navigation: it empties the DOM, every signal and the wasm memory,
/// which can only grow (wasm-bindgen #2241). `replace` keeps the reset out of the history.
pub fn reset() {
    speech::stop();
    forget_storage();
    // Hidden: shown only if the reload has to wait for the server (no build kept yet).
    show_restart_notice(false);
    forget_databases_then_reload("/", 0);
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

/// After a panic the wasm instance cannot be trusted: show a calm message, forget the person, and
/// reload from a plain JavaScript timer that does not need the wasm any more.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        forget_storage();
        show_restart_notice(true);
        forget_databases_then_reload(RECOVERED_ADDRESS, RESTART_DELAY_MS);
    }));
}

/// "The kiosk restarts", over everything, in the displayed language; `visible` false adds it hidden.
fn show_restart_notice(visible: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(notice), Some(body)) = (document.create_element("div"), document.body()) else {
        return;
    };
    let title = crate::i18n::LOADER.get("restart-title");
    let wait = crate::i18n::LOADER.get("restart-wait");
    notice.set_class_name("k-restart");
    if visible {
        close_dialogs(&document);
    } else {
        let _ = notice.set_attribute("hidden", "");
    }
    let _ = notice.set_attribute("role", "alert");
    let heading = document.create_element("p").ok();
    let line = document.create_element("p").ok();
    if let (Some(heading), Some(line)) = (heading, line) {
        heading.set_class_name("k-restart__title");
        heading.set_text_content(Some(&title));
        line.set_text_content(Some(&wait));
        let _ = notice.append_child(&heading);
        let _ = notice.append_child(&line);
    }
    let _ = body.append_child(&notice);
}

/// Closes every open `<dialog>`: a modal one is in the top layer, above the restart notice.
fn close_dialogs(document: &web_sys::Document) {
    let Ok(open) = document.query_selector_all("dialog[open]") else {
        return;
    };
    for index in 0..open.length() {
        if let Some(dialog) = open
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlDialogElement>().ok())
        {
            dialog.close();
        }
    }
}

/// After the panic hook's reload: counts the recovery, then drops `?recovered` from the address
/// (replacing the entry, so no history is added).
pub fn count_a_recovery() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let recovered = window
        .location()
        .search()
        .is_ok_and(|s| format!("/{s}") == RECOVERED_ADDRESS);
    if recovered {
        crate::stats::record(pasapas_core::stats::Event::PanicRecovered);
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"));
        }
    }
}

/// The test-only way to make the kiosk panic: the address `/?test-panic`. No page links to it,
/// and a kiosk has no address bar, so a person cannot reach it. The end-to-end tests use it to
/// prove that a panic leads back to Welcome.
pub fn panic_if_a_test_asks() {
    let asked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s == "?test-panic");
    if asked {
        set_timeout(
            || panic!("test panic asked by /?test-panic"),
            std::time::Duration::from_millis(500),
        );
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
