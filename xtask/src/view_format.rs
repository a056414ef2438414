//! leptosfmt: the formatter of Leptos's `view!` macros, which rustfmt leaves as they are written.
//!
//! Its check belongs to the `style` level of `cargo xtask test`, but [`CHECK_VIEW_FORMAT`] keeps it
//! off until the tree has been formatted once, in one commit, from the repository root:
//!
//! ```sh
//! cargo install leptosfmt --version 0.1.33 --locked
//! leptosfmt --max-width 100 --tab-spaces 4 src && cargo fmt --all && leptosfmt --max-width 100 --tab-spaces 4 src
//! ```
//!
//! (leptosfmt once more after rustfmt: rustfmt then reflows code around the views it used to give
//! up on, and leptosfmt re-breaks a chain or two inside them; the third run changes nothing and
//! both checks pass.) Then set the constant to `true`.
//!
//! What leptosfmt 0.1.33 leaves alone, found on this tree: a `view!` holding a class switch whose
//! name has `--` (`class:k-star--on=…`) is not parsed and stays as written, silently; the
//! arguments of other macros in a view (`t!(locale, "id", name = …)`) stay on one line; and a
//! short view after a long prefix (`Some(x) => view! { … }.into_any(),`) is measured without the
//! prefix. Those lines may still pass 100 columns.

use crate::{command, run};

/// Whether `cargo xtask test` (level `style`) checks the `view!` macros with leptosfmt.
pub const CHECK_VIEW_FORMAT: bool = true;

/// Pinned, installed with `--locked` (its tested dependencies), like the other tools.
const LEPTOSFMT_VERSION: &str = "0.1.33";

/// The arguments the tree is formatted with, and checked with: rustfmt's defaults (100 columns,
/// 4 spaces), which the rest of the code follows. They are leptosfmt's defaults too; written out
/// so that a change of its defaults does not fail the check.
const LEPTOSFMT_ARGS: &[&str] = &["--max-width", "100", "--tab-spaces", "4"];

/// Installs leptosfmt when it is missing or of another version.
pub fn ensure_leptosfmt() -> Result<(), String> {
    let installed = command("leptosfmt")
        .arg("--version")
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned());
    if installed.is_some_and(|version| version.contains(LEPTOSFMT_VERSION)) {
        return Ok(());
    }
    run(command("cargo").args([
        "install",
        "leptosfmt",
        "--version",
        LEPTOSFMT_VERSION,
        "--locked",
    ]))
}

/// Fails when a `view!` under src/ is not as leptosfmt writes it.
pub fn check() -> Result<(), String> {
    // Quiet, as it lists every file checked otherwise; but quiet, a failure names no file: then
    // again, aloud, for the files and the difference.
    if run(command("leptosfmt")
        .args(["--quiet", "--check"])
        .args(LEPTOSFMT_ARGS)
        .arg("src"))
    .is_ok()
    {
        return Ok(());
    }
    let _ = run(command("leptosfmt")
        .arg("--check")
        .args(LEPTOSFMT_ARGS)
        .arg("src"));
    let args = LEPTOSFMT_ARGS.join(" ");
    Err(format!(
        "view! macros not formatted: leptosfmt {args} src && cargo fmt --all && leptosfmt {args} src"
    ))
}
