//! Installs what the commands need, and only what is missing or of the wrong version, so a warm
//! machine starts in seconds. Versions come from ../shared/toolchain.md, verified on this machine kind.

use crate::{command, root, run};
use std::process::Command;

const TRUNK_VERSION: &str = "0.21.14";
/// Must equal the `wasm-bindgen` pinned in Cargo.toml and Trunk.toml.
const WASM_BINDGEN_VERSION: &str = "0.2.130";
/// Debian packages for the browser tests, the benchmark and the printed tickets, and the kiosk
/// PC's real parts the kit installs (nginx, CUPS, speech-dispatcher), with a virtual PDF
/// printer, a virtual screen and shellcheck to test them.
const APT_PACKAGES: &[&str] = &[
    "chromium",
    "chromium-driver",
    "brotli",
    "poppler-utils",
    "zbar-tools",
    "fonts-dejavu-core",
    "fonts-noto-core",
    "nginx",
    "cups-daemon",
    "cups-client",
    "cups-filters",
    "printer-driver-cups-pdf",
    "speech-dispatcher",
    "speech-dispatcher-espeak-ng",
    "speech-dispatcher-audio-plugins",
    "espeak-ng",
    "xvfb",
    "shellcheck",
];

/// The output of `program --version`, or None when it is not installed.
fn version_of(program: &str) -> Option<String> {
    let output = command(program).arg("--version").output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// wasm target, trunk, wasm-bindgen-cli and the npm packages (wasm-opt, Playwright, axe).
pub fn ensure_build_tools() -> Result<(), String> {
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .current_dir(root())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !targets.contains("wasm32-unknown-unknown") {
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if !version_of("trunk").is_some_and(|v| v.contains(TRUNK_VERSION)) {
        // trunk 0.22 needs a newer rustc than the pinned 1.95; --locked keeps its tested deps.
        run(command("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }
    if !version_of("wasm-bindgen").is_some_and(|v| v.contains(WASM_BINDGEN_VERSION)) {
        // Not --locked: its lockfile asks for a webpki-roots the reachable index does not have.
        run(command("cargo").args([
            "install",
            "wasm-bindgen-cli",
            "--version",
            WASM_BINDGEN_VERSION,
        ]))?;
    }
    let npm_ready = root().join("node_modules/.bin/wasm-opt").exists()
        && root().join("node_modules/playwright-core").exists()
        && root().join("node_modules/@axe-core/playwright").exists();
    if !npm_ready {
        run(command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

/// Debian's Chromium and ChromeDriver, brotli, poppler and fonts that draw Arabic.
pub fn ensure_browser_tools() -> Result<(), String> {
    let missing: Vec<&str> = APT_PACKAGES
        .iter()
        .copied()
        .filter(|package| !is_installed(package))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let apt = |args: &[&str]| {
        let mut c = if as_root {
            Command::new("apt-get")
        } else {
            let mut sudo = Command::new("sudo");
            sudo.arg("apt-get");
            sudo
        };
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        c
    };
    run(&mut apt(&["update", "-qq"]))?;
    let mut install = apt(&["install", "-y", "-qq", "--no-install-recommends"]);
    install.args(&missing);
    run(&mut install)
}

fn is_installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", package])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
        .unwrap_or(false)
}
