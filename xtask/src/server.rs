//! A small static server for dist/, on loopback only, for development: `cargo xtask serve` and the
//! benchmark's cold starts. A kiosk PC is served by nginx with the deploy kit's site file.
//!
//! Why not `trunk serve`: it serves a debug build with live reload, and the kiosk runs the release
//! build. Why not `python3 -m http.server`: the kiosk's addresses (/home, /help…) must fall back to
//! index.html, and wasm must be served as application/wasm.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

/// A running server; it stops with the process.
pub struct Server {
    address: String,
    thread: JoinHandle<()>,
}

impl Server {
    /// Serves `folder` at `address` ("127.0.0.1:0" picks a free port).
    ///
    /// Plain `std::net`, one thread per connection, one request per connection
    /// (`Connection: close`). It replaced tiny_http 0.12, which now and then left one of a fresh
    /// browser's first dozen requests unanswered: the page's module script waits for every
    /// stylesheet, so the kiosk never started (measured: 3 hangs in 6 fresh starts, each with a
    /// stylesheet request pending for ever; none with python's http.server).
    pub fn start(folder: &Path, address: &str) -> Result<Self, String> {
        let listener =
            TcpListener::bind(address).map_err(|e| format!("cannot listen on {address}: {e}"))?;
        let address = listener
            .local_addr()
            .map(|a| a.to_string())
            .unwrap_or_else(|_| address.to_string());
        let folder = folder.to_path_buf();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let folder = folder.clone();
                std::thread::spawn(move || {
                    if let Err(error) = answer(&folder, stream) {
                        eprintln!("server: {error}");
                    }
                });
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

/// Reads one GET request (its line and headers) and writes the file, then closes.
fn answer(folder: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    // A browser's speculative connection may never send a request: do not keep a thread for it.
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(());
    }
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, url) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let (status, file) = resolve(folder, url);
    let (status, body) = match std::fs::read(&file) {
        Ok(body) => (status, body),
        Err(_) => (404, b"not found".to_vec()),
    };
    let reason = if status == 200 { "OK" } else { "Not Found" };
    // no-cache: the kiosk must pick up a new release or places file at the next reload.
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

/// The file for a URL: the file itself if it exists, else the page of the kiosk's own route: the
/// agent's (`agent-page/index.html`) for `/agent` and below, `index.html` for the rest.
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
    } else if path == "/agent" || path.starts_with("/agent/") {
        (
            200,
            folder.join(crate::pages::AGENT_FOLDER).join("index.html"),
        )
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
        let agent = folder.join("agent-page").join("index.html");
        assert_eq!(resolve(folder, "/agent").1, agent);
        assert_eq!(resolve(folder, "/agent/stats?x").1, agent);
        assert_eq!(resolve(folder, "/agents").1, folder.join("index.html"));
        assert_eq!(resolve(folder, "/?test-panic").1, folder.join("index.html"));
        assert_eq!(resolve(folder, "/data/places.csv").0, 404);
        assert_eq!(resolve(folder, "/../etc/passwd").0, 200);
        assert_eq!(
            resolve(folder, "/../etc/passwd").1,
            folder.join("index.html")
        );
    }
}
