//! The developer commands of Pas à pas, in Rust so they behave the same on every machine.
//!
//! - `cargo xtask serve`: builds the release and serves the kiosk at http://127.0.0.1:8080.
//! - `cargo xtask build`: builds the release into dist/, what `deploy/install.sh` installs.
//! - `cargo xtask dev`: a debug build served at http://127.0.0.1:8081, rebuilt and reloaded on
//!   every change (no service worker); `cargo xtask dev agent` does the same for the agent's page
//!   (`pages.rs`), whose screens start at http://127.0.0.1:8081/agent.
//! - `cargo xtask test`: runs every test (format, lints, native, components in Chromium, end to end).
//!   `cargo xtask test LEVEL` runs one level of the README's table (`test_levels.rs`).
//! - `cargo xtask bench`: measures sizes and cold start, writes bench/report.json.
//! - `cargo xtask check-content`: checks tutorials and translations, for content authors.
//! - `cargo xtask pictograms`: gathers `assets/icons/` into the sprite the kiosk draws them from.
//! - `cargo xtask check-config [CONFIG] [PLACES] [--lang fr|en|ar]`: checks a configuration and a
//!   places file, in the agent screen's words.
//! - `cargo xtask hash-pin`: asks for the agent PIN, prints the `pin_hash` line of the configuration.
//! - For the tests and the benchmark: `cargo xtask serve-folder DIR ADDRESS` serves a built folder
//!   in a process of its own (so a test can stop "the server"), and `cargo xtask service-worker DIR`
//!   writes the offline worker of a folder again (a test makes a second build from a copy).
//!   `cargo xtask serve-nginx DIR` serves a built folder with nginx and the deploy kit's site file,
//!   as a kiosk PC does, on a free loopback port (printed first).
//!
//! Each command first installs what is missing, and only that (see `tools.rs`).

mod bench;
mod check_config;
mod nginx;
mod pages;
mod pictograms;
mod pin;
mod precache;
mod server;
mod test_levels;
mod tools;
mod view_format;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Where the kiosk is served, as the README promises.
const SERVE_ADDRESS: &str = "127.0.0.1:8080";
/// Where `cargo xtask dev` serves: another port, so another origin than `serve`'s. A browser that
/// once opened `serve`'s release keeps its service worker for that origin, and the worker would
/// go on answering with that old build's files instead of the development build's.
const DEV_ADDRESS: &str = "127.0.0.1:8081";
/// Where `cargo xtask dev` builds: not dist/, which holds the release `deploy/install.sh` takes.
const DEV_DIST: &str = "target/dev-dist";
/// What the app is built from, which `cargo xtask dev` watches: not the whole repository, where
/// the tests' screenshots, the benchmark's and the release's builds change too.
const DEV_WATCH: &[&str] = &[
    "src",
    "core",
    "assets",
    "locales",
    "index.html",
    "i18n.toml",
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(),
        Some("build") => tools::ensure_build_tools()
            .and_then(|()| build_release())
            .map(|precache| {
                eprintln!(
                    "\ndist/ holds build {} ({} files): sudo deploy/install.sh dist",
                    precache.version,
                    precache.entries.len()
                )
            }),
        Some("dev") => dev(args.get(1).map(String::as_str)),
        Some("test") => match test_levels::parse(&args[1..]) {
            Ok(plan) => test_levels::run_plan(&plan),
            Err(usage) => {
                eprintln!("{usage}");
                return ExitCode::from(2);
            }
        },
        Some("bench") => bench::measure_all(),
        Some("check-content") => check_content(),
        Some("facts") => write_facts_table(),
        Some("pictograms") => pictograms::write_sprite(),
        Some("hash-pin") => pin::hash_pin(),
        Some("check-config") => check_config::check_config(&args[1..]),
        Some("serve-folder") => serve_folder(&args[1..]),
        Some("serve-nginx") => serve_nginx(&args[1..]),
        Some("service-worker") => match args.get(1) {
            Some(folder) => precache::write_service_worker(Path::new(folder)).map(|_| ()),
            None => Err("usage: cargo xtask service-worker DIR".to_string()),
        },
        _ => {
            eprintln!(
                "usage: cargo xtask serve | dev | build | test [LEVEL [WORDS]] | bench | check-content | facts | pictograms | check-config | hash-pin"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of this crate), or `PASAPAS_ROOT` when set: a translator checks
/// a copy of the content with the built tool, without building it again in that copy.
pub fn root() -> PathBuf {
    if let Some(root) = std::env::var_os("PASAPAS_ROOT") {
        return PathBuf::from(root);
    }
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Runs a command (in the repository root unless told otherwise), echoing it, and fails with its
/// name if it fails.
pub fn run(command: &mut Command) -> Result<(), String> {
    let shown = std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy())
        .collect::<Vec<_>>()
        .join(" ");
    eprintln!("\n$ {shown}");
    if command.get_current_dir().is_none() {
        command.current_dir(root());
    }
    let status = command
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("failed: {shown} ({status})"))
    }
}

/// A `Command` whose PATH starts with node_modules/.bin, so trunk finds npm's wasm-opt 132 and not
/// an older system one (Debian's binaryen 108 produces a wasm that breaks at runtime).
pub fn command(program: &str) -> Command {
    let mut command = Command::new(program);
    let bin = root().join("node_modules").join(".bin");
    // `cargo install` puts trunk and wasm-bindgen there, which a fresh PATH may lack.
    let cargo_bin = std::env::var("CARGO_HOME")
        .map(|home| format!("{home}/bin"))
        .unwrap_or_else(|_| format!("{}/.cargo/bin", std::env::var("HOME").unwrap_or_default()));
    let path = std::env::var("PATH").unwrap_or_default();
    command.env("PATH", format!("{}:{cargo_bin}:{path}", bin.display()));
    command
}

/// The release build, exactly what a kiosk runs, into dist/: trunk, then the offline worker.
pub fn build_release() -> Result<precache::Precache, String> {
    build_release_with(&[])
}

/// The release build with cargo features of the app (`test-faults` for the end-to-end tests:
/// faults on demand, which a kiosk's build never has).
fn build_release_with(features: &[&str]) -> Result<precache::Precache, String> {
    run(command("cargo").args(["fetch", "--locked"]))?;
    let dist = root().join("dist");
    pages::build_release(&dist, features)?;
    precache::write_service_worker(&dist)
}

/// Serves a built folder until the process is stopped, and prints the address it listens on as
/// the first line of stdout (a test or the benchmark reads it, and stops the process to play a
/// server that is down).
fn serve_folder(args: &[String]) -> Result<(), String> {
    let [folder, address] = args else {
        return Err("usage: cargo xtask serve-folder DIR ADDRESS".to_string());
    };
    let server = server::Server::start(Path::new(folder), address)?;
    use std::io::Write;
    let mut out = std::io::stdout();
    writeln!(out, "http://{}", server.address()).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    server.wait();
    Ok(())
}

/// nginx with the kit's site file on a built folder, until the process is stopped.
fn serve_nginx(args: &[String]) -> Result<(), String> {
    let [folder] = args else {
        return Err("usage: cargo xtask serve-nginx DIR".to_string());
    };
    let folder = std::fs::canonicalize(folder).map_err(|e| format!("{folder}: {e}"))?;
    let server = nginx::Nginx::start(&folder)?;
    use std::io::Write;
    let mut out = std::io::stdout();
    writeln!(out, "http://{}", server.address()).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    loop {
        std::thread::park();
    }
}

fn serve() -> Result<(), String> {
    tools::ensure_build_tools()?;
    build_release()?;
    let server = server::Server::start(&root().join("dist"), SERVE_ADDRESS)?;
    eprintln!("\nPas à pas is served at http://{SERVE_ADDRESS}/ (Ctrl+C to stop)");
    server.wait();
    Ok(())
}

/// The quick loop: a debug build served by trunk, which rebuilds on every change of what the app
/// is built from ([`DEV_WATCH`]) and reloads the page. trunk serves one page at every address:
/// the people's, or with `agent` the agent's (each shows "not found" for the other's screens).
fn dev(page: Option<&str>) -> Result<(), String> {
    tools::ensure_build_tools()?;
    let (address, port) = DEV_ADDRESS
        .split_once(':')
        .ok_or("DEV_ADDRESS has no port")?;
    // No service worker (`sw.js`) in development: it keeps every file of one build and answers
    // from that copy, so after a rebuild the page would go on showing the build it kept. Without
    // it, the app's registration fails with a warning in the console only (src/offline.rs), the
    // agent's status screen shows the version without a build hash, and the files as not kept.
    let source = match page {
        None => root().join("index.html"),
        Some("agent") => pages::write_agent_source()?,
        Some(other) => return Err(format!("cargo xtask dev [agent]: no page {other}")),
    };
    let dist = root().join(DEV_DIST);
    run(command("trunk")
        .args(["serve", "--address", address, "--port", port])
        .arg("--dist")
        .arg(&dist)
        .args(DEV_WATCH.iter().flat_map(|path| ["--watch", path]))
        .arg(&source))
}

/// For content authors: every problem in the tutorials and translations, one per line.
/// Writes the README's table of the facts the tutorials teach, from their `[[source]]` entries.
fn write_facts_table() -> Result<(), String> {
    use pasapas_core::authoring::facts;
    let readme_path = root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path).map_err(|e| format!("README.md: {e}"))?;
    let table = facts::table(&root())?;
    let updated = facts::with_table(&readme, &table).ok_or_else(|| {
        format!(
            "README.md has no place for the table: add the lines {} and {}",
            facts::START,
            facts::END
        )
    })?;
    std::fs::write(&readme_path, updated).map_err(|e| format!("README.md: {e}"))?;
    eprintln!(
        "facts: README.md now lists {} fact(s)",
        table.lines().count() - 2
    );
    Ok(())
}

fn check_content() -> Result<(), String> {
    let problems = pasapas_core::authoring::content_check::check_repository(&root());
    for problem in &problems {
        eprintln!("{problem}");
    }
    if problems.is_empty() {
        eprintln!("check-content: no problem found");
        Ok(())
    } else {
        Err(format!(
            "check-content: {} problem(s) to fix",
            problems.len()
        ))
    }
}
