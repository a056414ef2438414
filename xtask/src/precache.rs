//! The offline kiosk's build step: after trunk, writes `dist/sw.js`, the service worker that keeps
//! every file of this build in the browser, with the list of those files and their SHA-256.
//!
//! Why our own worker and not Workbox: the kiosk needs four behaviours (precache with hashes,
//! serve the app shell to every address, wait for the reset to take a new build, keep the
//! commune's files out), about 100 lines of plain JavaScript in `src/service_worker.js`.
//! workbox-build would add some 200 npm packages to every fresh install for the same result.
//!
//! The build's version is a hash of every precached file, so any change of any file makes a new
//! `sw.js`, which the browser installs in the background. It is also written into `index.html`
//! (`<meta name="pasapas-build">`), where the app reads the version it is running.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Folders of dist/ that belong to the commune, not to the build: replaced on the server without a
/// rebuild, and kept by the app itself (last good copy), so never precached.
const COMMUNE_FOLDERS: &[&str] = &["config", "data"];
/// The worker itself is never in its own list.
const WORKER: &str = "sw.js";
/// The pages, served for the kiosk's addresses: the people's, and the agent's for `/agent` and
/// below (`pages.rs`). Both are stamped with the build's version; a folder without the agent's
/// page (a test's) has only the first.
const SHELLS: &[&str] = &["index.html", "agent-page/index.html"];
/// The worker's source, with the list prepended at build time.
const WORKER_SOURCE: &str = include_str!("../../src/service_worker.js");

/// One precached file: its address and its SHA-256 (hex).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub url: String,
    pub sha256: String,
    pub bytes: u64,
}

/// What the build step wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Precache {
    pub version: String,
    pub entries: Vec<Entry>,
}

impl Precache {
    pub fn bytes(&self) -> u64 {
        self.entries.iter().map(|e| e.bytes).sum()
    }
}

/// Stamps `index.html` with the build's version and writes `sw.js` into `dist`.
/// Safe to run again on the same folder (a test does, to make a second build).
pub fn write_service_worker(dist: &Path) -> Result<Precache, String> {
    let mut files = build_files(dist)?;
    let shells: Vec<&Path> = SHELLS
        .iter()
        .map(Path::new)
        .filter(|shell| files.iter().any(|file| file == shell))
        .collect();
    if !shells.contains(&Path::new(SHELLS[0])) {
        return Err(format!("{}: no {}", dist.display(), SHELLS[0]));
    }
    files.retain(|path| !shells.contains(&path.as_path()));
    let mut entries = files
        .iter()
        .map(|path| entry(dist, path))
        .collect::<Result<Vec<_>, _>>()?;
    let version = version_of(&entries);
    for shell in shells {
        let shell_path = dist.join(shell);
        let page = std::fs::read_to_string(&shell_path)
            .map_err(|e| format!("{}: {e}", shell_path.display()))?;
        let stamped = stamp(&page, &version)?;
        std::fs::write(&shell_path, stamped)
            .map_err(|e| format!("{}: {e}", shell_path.display()))?;
        entries.push(entry(dist, shell)?);
    }
    entries.sort_by(|a, b| a.url.cmp(&b.url));
    let worker = worker_source(&version, &entries);
    let worker_path = dist.join(WORKER);
    std::fs::write(&worker_path, worker).map_err(|e| format!("{}: {e}", worker_path.display()))?;
    let precache = Precache { version, entries };
    eprintln!(
        "sw.js: build {} keeps {} files ({} bytes) for offline use",
        precache.version,
        precache.entries.len(),
        precache.bytes()
    );
    Ok(precache)
}

/// Every file of the build, relative to `dist`, without the commune's folders and the worker.
fn build_files(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        let here = dist.join(&folder);
        let listing = std::fs::read_dir(&here).map_err(|e| format!("{}: {e}", here.display()))?;
        for item in listing.flatten() {
            let relative = folder.join(item.file_name());
            let kind = item.file_type().map_err(|e| e.to_string())?;
            if kind.is_dir() {
                let top = folder.as_os_str().is_empty();
                let name = item.file_name().to_string_lossy().into_owned();
                if !(top && COMMUNE_FOLDERS.contains(&name.as_str())) {
                    folders.push(relative);
                }
            } else if relative != Path::new(WORKER) {
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn entry(dist: &Path, relative: &Path) -> Result<Entry, String> {
    let path = dist.join(relative);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let url = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .fold(String::new(), |url, part| format!("{url}/{part}"));
    Ok(Entry {
        url,
        sha256: hex(&Sha256::digest(&bytes)),
        bytes: bytes.len() as u64,
    })
}

/// The build's version: the first 12 hex digits of a hash over every file's address and hash.
fn version_of(entries: &[Entry]) -> String {
    let mut hasher = Sha256::new();
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.url.cmp(&b.url));
    for entry in sorted {
        hasher.update(format!("{} {}\n", entry.url, entry.sha256));
    }
    hex(&hasher.finalize())[..12].to_string()
}

const META_START: &str = "<meta name=\"pasapas-build\" content=\"";

/// `index.html` with one `<meta name="pasapas-build">` holding `version`, right after the charset
/// (which must stay first) or `<head>` (an older stamp is replaced). Trunk's minified page has
/// neither `<head>` nor quotes, hence both anchors.
fn stamp(shell: &str, version: &str) -> Result<String, String> {
    let mut shell = shell.to_string();
    if let Some(start) = shell.find(META_START) {
        let end = shell[start..]
            .find('>')
            .map(|end| start + end + 1)
            .ok_or("index.html: unfinished pasapas-build meta")?;
        shell.replace_range(start..end, "");
    }
    let after = |anchor: &str| {
        let start = shell.find(anchor)?;
        shell[start..].find('>').map(|end| start + end + 1)
    };
    let at = after("<meta charset")
        .or_else(|| after("<head"))
        .ok_or("index.html has neither <meta charset> nor <head>")?;
    shell.insert_str(at, &format!("{META_START}{version}\">"));
    Ok(shell)
}

/// The worker: its build and file list as constants, then the source.
fn worker_source(version: &str, entries: &[Entry]) -> String {
    let list = entries
        .iter()
        .map(|e| format!("  [{:?}, {:?}],", e.url, e.sha256))
        .collect::<Vec<_>>()
        .join("\n");
    format!(
        "// Written by `cargo xtask` after trunk (xtask/src/precache.rs): do not edit.\n\
         const BUILD = {version:?};\n\
         const FILES = [\n{list}\n];\n\n{WORKER_SOURCE}"
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dist_with(files: &[(&str, &str)]) -> PathBuf {
        let dist = std::env::temp_dir().join(format!(
            "pasapas-precache-{}-{}",
            std::process::id(),
            files.len()
        ));
        let _ = std::fs::remove_dir_all(&dist);
        for (path, text) in files {
            let path = dist.join(path);
            std::fs::create_dir_all(path.parent().unwrap_or(&dist)).ok();
            std::fs::write(path, text).ok();
        }
        dist
    }

    #[test]
    fn every_build_file_is_listed_with_its_hash_and_the_commune_files_are_not() {
        let dist = dist_with(&[
            ("index.html", "<html><head><title>x</title></head></html>"),
            ("pasapas-1a2b_bg.wasm", "wasm"),
            ("icons/home.svg", "<svg/>"),
            ("config/kiosk.toml", "format_version = 1"),
            ("data/places.csv", "id"),
            ("sw.js", "old worker"),
        ]);
        let precache = write_service_worker(&dist).expect("written");
        let urls: Vec<&str> = precache.entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            ["/icons/home.svg", "/index.html", "/pasapas-1a2b_bg.wasm"]
        );
        // The SHA-256 of the four bytes "wasm", as `printf wasm | sha256sum` gives it.
        assert_eq!(
            precache.entries[2].sha256,
            "336154bf67f765f8f75d16a0accee61b5ee5f6a75b2a2905703df913bd550f3e"
        );
        let worker = std::fs::read_to_string(dist.join("sw.js")).expect("sw.js");
        assert!(worker.contains(&format!("const BUILD = {:?};", precache.version)));
        assert!(worker.contains("[\"/icons/home.svg\", "));
        assert!(!worker.contains("kiosk.toml\", \""));
        let shell = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
        assert!(shell.starts_with(&format!(
            "<html><head><meta name=\"pasapas-build\" content=\"{}\">",
            precache.version
        )));
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn a_changed_file_makes_a_new_version_and_stamping_again_keeps_one_meta() {
        let dist = dist_with(&[
            (
                "index.html",
                "<!doctype html><html lang=fr><meta charset=utf-8><title>x</title>",
            ),
            ("icons/a.svg", "<svg/>"),
            ("config/kiosk.toml", "x"),
        ]);
        let first = write_service_worker(&dist).expect("first");
        let again = write_service_worker(&dist).expect("again");
        assert_eq!(first.version, again.version, "same files, same version");
        std::fs::write(dist.join("config/kiosk.toml"), "y").ok();
        let commune = write_service_worker(&dist).expect("commune file changed");
        assert_eq!(
            first.version, commune.version,
            "the commune's files are not the build"
        );
        std::fs::write(dist.join("icons/a.svg"), "<svg></svg>").ok();
        let second = write_service_worker(&dist).expect("second");
        assert_ne!(first.version, second.version);
        let shell = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
        assert_eq!(shell.matches("pasapas-build").count(), 1, "{shell}");
        assert!(
            shell.starts_with(&format!(
                "<!doctype html><html lang=fr><meta charset=utf-8>{META_START}{}\">",
                second.version
            )),
            "the stamp follows the charset: {shell}"
        );
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_agent_page_is_kept_and_stamped_with_the_same_version() {
        let dist = dist_with(&[
            ("index.html", "<html><head><title>x</title></head></html>"),
            (
                "agent-page/index.html",
                "<html><head><title>a</title></head></html>",
            ),
            ("agent-page/pasapas-agent-1a2b_bg.wasm", "agent"),
        ]);
        let precache = write_service_worker(&dist).expect("written");
        let urls: Vec<&str> = precache.entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "/agent-page/index.html",
                "/agent-page/pasapas-agent-1a2b_bg.wasm",
                "/index.html"
            ]
        );
        let agent = std::fs::read_to_string(dist.join("agent-page/index.html")).expect("page");
        assert!(agent.contains(&format!("{META_START}{}\">", precache.version)));
        let _ = std::fs::remove_dir_all(&dist);
    }
}
