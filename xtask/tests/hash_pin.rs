//! `cargo xtask hash-pin` typed at a real terminal (a pseudo-terminal from util-linux's `script`):
//! the PIN must not show on the screen, where someone behind the installer would read it.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn the_pin_typed_at_a_terminal_is_not_shown() {
    let pin = "24681012";
    let xtask = env!("CARGO_BIN_EXE_xtask");
    let mut script = Command::new("script")
        .args([
            "--quiet",
            "--return",
            "--command",
            &format!("{xtask} hash-pin"),
            "/dev/null",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux's script (a Debian essential package)");
    let mut stdin = script.stdin.take().expect("a pipe");
    // Typed twice: once, then again to confirm. A pause lets the terminal switch echo off first.
    for _ in 0..2 {
        std::thread::sleep(std::time::Duration::from_millis(500));
        stdin
            .write_all(format!("{pin}\n").as_bytes())
            .expect("typing");
    }
    drop(stdin);
    let output = script.wait_with_output().expect("script ends");
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{screen}");
    assert!(screen.contains("pin_hash = \"$argon2id$"), "{screen}");
    assert!(
        !screen.contains(pin),
        "the PIN shows on the terminal:\n{screen}"
    );
}
