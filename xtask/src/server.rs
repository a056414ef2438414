//! A small static server for dist/, on loopback only.
//!
//! Why not `trunk serve`: it serves a debug build with live reload, and the kiosk runs the release
//! build. Why not `python3 -m http.server`: the kiosk's addresses (/home, /help…) must fall back to
//! index.html, and wasm must be served as application/wasm.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use tiny_http::{Header, Response};

/// A running server; it stops with the process.
pub struct Server {
    address: String,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serves `folder` at `address` ("127.0.0.1:0" picks a free port).
    pub fn start(folder: &Path, address: &str) -> Result<Self, String> {
        let server = tiny_http::Server::http(address)
            .map_err(|e| format!("cannot listen on {address}: {e}"))?;
        let address = server
            .server_addr()
            .to_ip()
            .map(|a| a.to_string())
            .unwrap_or_else(|| address.to_string());
        let server = Arc::new(server);
        let folder = folder.to_path_buf();
        let thread = std::thread::spawn(move || {
            for request in server.incoming_requests() {
                // One thread a request: a slow reader of the 600 KB wasm must not hold back the
                // other files the browser is waiting for (a page load once hung on that).
                let folder = folder.clone();
                std::thread::spawn(move || respond(&folder, request));
            }
        });
        Ok(Self { address, thread })
    }

    /// The address actually listened on, such as 127.0.0.1:41234.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// Blocks until the process is stopped.
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

fn respond(folder: &Path, request: tiny_http::Request) {
    let (status, file) = resolve(folder, request.url());
    let mut response = match std::fs::read(&file) {
        Ok(body) => Response::from_data(body).with_status_code(status),
        Err(_) => Response::from_data(b"not found".to_vec()).with_status_code(404),
    };
    // no-cache: the kiosk must pick up a new release or places file at the next reload.
    for (name, value) in [
        ("Content-Type", content_type(&file)),
        ("Cache-Control", "no-cache"),
    ] {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    let _ = request.respond(response);
}

/// The file for a URL: the file itself if it exists, else index.html (the kiosk's own routes).
/// Paths that climb out of the folder are refused.
fn resolve(folder: &Path, url: &str) -> (u16, PathBuf) {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    let safe = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    let candidate = folder.join(relative);
    if safe && candidate.is_file() {
        return (200, candidate);
    }
    let looks_like_a_file = relative
        .file_name()
        .is_some_and(|name| name.to_string_lossy().contains('.'));
    if looks_like_a_file {
        // A missing data file must be a real 404, so the kiosk can tell an agent it is missing.
        (404, folder.join("404-does-not-exist"))
    } else {
        (200, folder.join("index.html"))
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "toml" | "txt" | "ftl" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_fall_back_to_index_and_missing_files_are_404() {
        let folder = Path::new("/srv/dist");
        assert_eq!(resolve(folder, "/home").1, folder.join("index.html"));
        assert_eq!(resolve(folder, "/?test-panic").1, folder.join("index.html"));
        assert_eq!(resolve(folder, "/data/places.csv").0, 404);
        assert_eq!(resolve(folder, "/../etc/passwd").0, 200);
        assert_eq!(
            resolve(folder, "/../etc/passwd").1,
            folder.join("index.html")
        );
    }
}
