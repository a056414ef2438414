//! The kiosk without network: the service worker that keeps the build (`src/service_worker.js`,
//! written to `dist/sw.js` by `cargo xtask`), the last good copy of the commune's files, and what
//! the agent's status screen says about both.
//!
//! The commune's files (`/config/kiosk.toml`, the places file) are network first: the server's
//! copy when it answers within `FIRST_BYTE_MS` and reads correctly, which then becomes the kept
//! copy; else the last kept copy. They live in their own Cache Storage cache, which the reset
//! leaves alone: they hold nothing of a person.

use crate::browser::{fetch_bytes_within, now_iso, FetchProblem};
use leptos::prelude::*;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// Plain JavaScript: these are promise chains on browser objects (service worker registration,
// Cache Storage) that web-sys would spell in three times the lines.
#[wasm_bindgen(inline_js = r#"
const COMMUNE_FILES = 'pasapas-commune-files-v1';
const KEPT_AT = 'x-pasapas-kept-at';

export function register_worker(address, check_minutes) {
  if (!('serviceWorker' in navigator)) return;
  const start = () => navigator.serviceWorker.register(address, { updateViaCache: 'none' }).then(
    (registration) => {
      // A kiosk may run for days without a navigation: look for a new build now and then. It
      // installs in the background and is taken at the next reset.
      setInterval(() => registration.update().catch(() => {}), check_minutes * 60000);
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
    },
    (error) => console.warn(`offline: the service worker is not registered (${error})`),
  );
  // After Welcome is shown and the page has loaded: keeping the build must not slow the first
  // screen of a first start.
  const later = () => setTimeout(start, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

export async function worker_state() {
  const worker = navigator.serviceWorker;
  if (!worker) return 'unsupported';
  const registration = await worker.getRegistration();
  if (!registration || !registration.active) return 'not-yet';
  if (registration.waiting) return 'update-waiting';
  if (registration.installing) return 'update-coming';
  return 'ready';
}

export async function keep_copy(address, bytes) {
  // Copied before the first await: `bytes` is a view into the wasm memory, which a growth
  // meanwhile empties (an empty configuration was kept so) and a later allocation overwrites.
  const copy = bytes.slice();
  if (!window.caches) return;
  const cache = await caches.open(COMMUNE_FILES);
  const headers = { 'content-type': 'application/octet-stream', [KEPT_AT]: new Date().toISOString() };
  await cache.put(address, new Response(copy, { headers }));
}

export async function kept_copy(address) {
  if (!window.caches) return null;
  const found = await (await caches.open(COMMUNE_FILES)).match(address);
  return found ? [new Uint8Array(await found.arrayBuffer()), found.headers.get(KEPT_AT) ?? ''] : null;
}
"#)]
extern "C" {
    fn register_worker(address: &str, check_minutes: u32);
    fn worker_state() -> js_sys::Promise;
    /// Keeps `bytes` as the good copy of `address`. Public for the in-browser test of the copy.
    pub fn keep_copy(address: &str, bytes: &[u8]) -> js_sys::Promise;
    fn kept_copy(address: &str) -> js_sys::Promise;
}

/// The worker's address, written by `cargo xtask` next to index.html.
const WORKER_ADDRESS: &str = "/sw.js";
/// How often a running kiosk asks the server for a new build.
const UPDATE_CHECK_MINUTES: u32 = 15;
/// How long the server has to start answering for a commune file before the kept copy is used.
const FIRST_BYTE_MS: i32 = 3000;
/// How long the whole file may take once the server has answered.
const WHOLE_FILE_MS: i32 = 15000;

/// Registers the service worker, after the first screen is shown. Call once, in `App`.
pub fn register_service_worker() {
    register_worker(WORKER_ADDRESS, UPDATE_CHECK_MINUTES);
}

/// The version of the build this page runs: the package version and, in a release build, the
/// hash `cargo xtask` stamped into index.html.
pub fn running_version() -> String {
    let stamp = document()
        .query_selector("meta[name=pasapas-build]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"));
    match stamp {
        Some(build) => format!("{} · {build}", env!("CARGO_PKG_VERSION")),
        None => env!("CARGO_PKG_VERSION").to_string(),
    }
}

/// Whether this kiosk can start without the server.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WorkerState {
    /// Every file of this build is kept.
    Ready,
    /// Ready, and a new build is being downloaded.
    UpdateComing,
    /// Ready, and a new build is kept, to be taken at the next reset.
    UpdateWaiting,
    /// The files are being kept (first start), or the worker could not start.
    NotYet,
    /// This browser has no service workers.
    Unsupported,
}

impl WorkerState {
    /// The message that says it on the status screen.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Ready => "report-offline-ready",
            Self::UpdateComing => "report-offline-update-coming",
            Self::UpdateWaiting => "report-offline-update-waiting",
            Self::NotYet => "report-offline-not-yet",
            Self::Unsupported => "report-offline-unsupported",
        }
    }
}

/// Asks the browser where the service worker stands.
pub async fn current_worker_state() -> WorkerState {
    let state = JsFuture::from(worker_state())
        .await
        .ok()
        .and_then(|value| value.as_string());
    match state.as_deref() {
        Some("ready") => WorkerState::Ready,
        Some("update-coming") => WorkerState::UpdateComing,
        Some("update-waiting") => WorkerState::UpdateWaiting,
        Some("unsupported") => WorkerState::Unsupported,
        _ => WorkerState::NotYet,
    }
}

/// Where the copy of a commune file in use comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// The server's copy, read at this moment (ISO 8601, UTC).
    Server { read_at: String },
    /// The kiosk's own last good copy, kept at this moment (ISO 8601, UTC).
    KioskCopy { kept_at: String },
    /// Neither: the server failed and the kiosk kept no copy yet.
    Nowhere,
}

/// A commune file as the kiosk found it, read once by the caller's reader.
#[derive(Debug, Clone, PartialEq)]
pub struct CommuneFile<T> {
    /// The copy in use, read, if any.
    pub in_use: Option<T>,
    pub origin: Origin,
    /// What the server answered, read (even when it is not the copy in use).
    pub server: Result<T, FetchProblem>,
}

/// Network first, then the last good copy. `read` turns a file's bytes into what the kiosk uses,
/// once per copy (asynchronously: the places reader is a worker); `worth_keeping` says whether it
/// read correctly: only such a copy replaces the kept one, so a damaged new file never overwrites
/// a good one. When the server's copy is damaged and no copy was ever kept, the damaged one is
/// still used (what it gets right still serves people).
pub async fn fetch_commune_file<T: Clone>(
    address: &str,
    read: impl AsyncFn(&[u8]) -> T,
    worth_keeping: impl Fn(&T) -> bool,
) -> CommuneFile<T> {
    let bytes = fetch_bytes_within(address, FIRST_BYTE_MS, WHOLE_FILE_MS).await;
    let server = match &bytes {
        Ok(bytes) => Ok(read(bytes).await),
        Err(problem) => Err(problem.clone()),
    };
    if let (Ok(bytes), Ok(value)) = (&bytes, &server) {
        if worth_keeping(value) {
            if let Err(error) = JsFuture::from(keep_copy(address, bytes)).await {
                log::warn!("{address}: the good copy could not be kept: {error:?}");
            }
            return CommuneFile {
                in_use: Some(value.clone()),
                origin: Origin::Server { read_at: now_iso() },
                server,
            };
        }
    }
    let kept = match read_kept_copy(address).await {
        Some((bytes, kept_at)) => Some((read(&bytes).await, kept_at)),
        None => None,
    };
    match kept {
        Some((read, kept_at)) => {
            log::warn!("{address}: the server's copy is not usable; the copy of {kept_at} is used");
            CommuneFile {
                in_use: Some(read),
                origin: Origin::KioskCopy { kept_at },
                server,
            }
        }
        None => CommuneFile {
            in_use: server.as_ref().ok().cloned(),
            origin: if server.is_ok() {
                Origin::Server { read_at: now_iso() }
            } else {
                Origin::Nowhere
            },
            server,
        },
    }
}

impl Origin {
    /// Whether the copy in use is the server's.
    pub fn is_server(&self) -> bool {
        matches!(self, Self::Server { .. })
    }
}

/// The kept copy of `address` and when it was kept, if there is one. Public for the in-browser
/// test of the copy.
pub async fn read_kept_copy(address: &str) -> Option<(Vec<u8>, String)> {
    let found = JsFuture::from(kept_copy(address)).await.ok()?;
    if !js_sys::Array::is_array(&found) {
        return None;
    }
    let pair = js_sys::Array::from(&found);
    let bytes = pair.get(0).dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    Some((bytes, pair.get(1).as_string()?))
}
