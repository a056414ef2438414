//! The kiosk's two pages: the people's (`index.html`, the `pasapas` binary) and the agent's
//! (`agent-page/index.html`, the `pasapas-agent` binary), each with its own wasm, so that the
//! agent's screens are not in the wasm every start loads (`src/app.rs`).
//!
//! trunk builds one main wasm per HTML file, so the agent's page is a second trunk run on a
//! second HTML file. That file is made here from `index.html`, so the two pages never differ in
//! anything but their binary: the same watchdog, styles and pictograms, without the folders
//! (icons, locales, the commune's files) the people's build already copied.

use crate::{command, root, run};
use std::path::PathBuf;

/// The agent's page in the build, from dist/: what the server answers at `/agent` and below.
pub const AGENT_FOLDER: &str = "agent-page";
/// The places reader's files in the build (`src/bin/pasapas-places.rs`, a web worker: trunk
/// gives them no hash): `pasapas-places.js`, `_bg.wasm` and `_loader.js`, at dist/'s root.
pub const PLACES_READER: &str = "pasapas-places";
/// The agent's page's source, made from `index.html`: in target/, never edited by hand.
const AGENT_SOURCE: &str = "target/agent-page.html";

/// The agent's page's HTML from `index.html`'s: `pasapas-agent` instead of `pasapas`, every
/// path one folder up (the file is in target/), no `copy-dir`, and no worker (the places reader
/// is built once, with the people's page, at the site's root where both pages find it).
pub fn agent_page_source(index: &str) -> Result<String, String> {
    const BIN: &str = "data-bin=\"pasapas\"";
    if index.matches(BIN).count() != 1 {
        return Err(format!("index.html: expected one {BIN}"));
    }
    let lines = index
        .lines()
        .filter(|line| !line.contains("rel=\"copy-dir\"") && !line.contains("data-type=\"worker\""))
        .map(|line| {
            line.replace(BIN, "href=\"../Cargo.toml\" data-bin=\"pasapas-agent\"")
                .replace("rel=\"css\" href=\"", "rel=\"css\" href=\"../")
                .replace("rel=\"inline\" href=\"", "rel=\"inline\" href=\"../")
        })
        .collect::<Vec<_>>();
    Ok(format!(
        "<!-- Made by cargo xtask from index.html (xtask/src/pages.rs): do not edit. -->\n{}\n",
        lines.join("\n")
    ))
}

/// Writes the agent's page's source into target/ and returns its path.
pub fn write_agent_source() -> Result<PathBuf, String> {
    let index_path = root().join("index.html");
    let index = std::fs::read_to_string(&index_path).map_err(|e| format!("index.html: {e}"))?;
    let path = root().join(AGENT_SOURCE);
    std::fs::write(&path, agent_page_source(&index)?)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Both pages into `dist`, release: the people's first (trunk empties its dist folder), then the
/// agent's into its folder of dist/.
pub fn build_release(dist: &std::path::Path, features: &[&str]) -> Result<(), String> {
    let source = write_agent_source()?;
    let features = (!features.is_empty()).then(|| features.join(","));
    let mut people = command("trunk");
    people.args(["build", "--release"]).arg("--dist").arg(dist);
    if let Some(features) = &features {
        people.args(["--features", features]);
    }
    run(&mut people)?;
    let mut agent = command("trunk");
    agent
        .args(["build", "--release"])
        .arg("--dist")
        .arg(dist.join(AGENT_FOLDER))
        .args(["--public-url", &format!("/{AGENT_FOLDER}/")]);
    if let Some(features) = &features {
        agent.args(["--features", features]);
    }
    run(agent.arg(&source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_agent_page_is_the_people_page_with_the_agent_binary_and_no_copies_nor_worker() {
        let index = std::fs::read_to_string(root().join("index.html")).expect("index.html");
        let agent = agent_page_source(&index).expect("made");
        assert!(agent.contains("href=\"../Cargo.toml\" data-bin=\"pasapas-agent\""));
        assert!(!agent.contains("data-bin=\"pasapas\""));
        assert!(!agent.contains("copy-dir"));
        assert!(index.contains("data-bin=\"pasapas-places\" data-type=\"worker\""));
        assert!(!agent.contains("data-bin=\"pasapas-places\""));
        assert!(agent.contains("href=\"../assets/style/tokens.css\""));
        assert!(agent.contains("rel=\"inline\" href=\"../assets/pictograms.svg\""));
        // Every trunk link but the copies and the worker is kept, so the two pages look the same.
        let links = |html: &str| html.matches("data-trunk").count();
        let copies = index.matches("rel=\"copy-dir\"").count();
        assert_eq!(links(&agent), links(&index) - copies - 1);
        assert!(agent_page_source("<html></html>").is_err());
    }
}
