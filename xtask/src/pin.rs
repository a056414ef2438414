//! `cargo xtask hash-pin`: turns the agent PIN into the `pin_hash` line of the kiosk's
//! configuration. The PIN is typed at the terminal without being shown (or read from a file on
//! standard input), never taken from the command line, which would leave it in the shell's
//! history; the salt comes from the operating system.

use std::io::{BufRead, IsTerminal, Write};

use pasapas_core::agent::pin::{self, MAX_PIN_DIGITS, MIN_PIN_DIGITS, SALT_BYTES};

/// Reads the PIN, checks and hashes it, and prints the configuration line on standard output;
/// everything else goes to standard error. At a terminal the PIN is typed twice and never shown
/// (rpassword turns the echo off); from a pipe or a file, one line is read.
pub fn hash_pin() -> Result<(), String> {
    let stdin = std::io::stdin();
    let line = if stdin.is_terminal() {
        let ask = |prompt: &str| {
            rpassword::prompt_password(prompt)
                .map_err(|e| format!("hash-pin: could not read the PIN: {e}"))
        };
        let first = ask(&format!(
            "Type the agent PIN ({MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits; it is not shown), then Enter: "
        ))?;
        let again = ask("Type it again: ")?;
        if first.trim() != again.trim() {
            return Err("hash-pin: the two PINs differ; nothing was written".to_string());
        }
        first
    } else {
        let mut line = String::new();
        let read = stdin
            .lock()
            .read_line(&mut line)
            .map_err(|e| format!("hash-pin: could not read the PIN: {e}"))?;
        if read == 0 {
            return Err("hash-pin: no PIN on standard input".to_string());
        }
        line
    };
    let mut salt = [0u8; SALT_BYTES];
    getrandom::fill(&mut salt).map_err(|e| format!("hash-pin: no random salt from the OS: {e}"))?;
    let config = config_line(&line, &salt)?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{config}").map_err(|e| format!("hash-pin: could not print: {e}"))?;
    eprintln!("hash-pin: paste this line into the kiosk's configuration");
    Ok(())
}

/// The configuration line for the PIN typed on `line` (surrounding spaces and the line end are
/// ignored), hashed with `salt`.
fn config_line(line: &str, salt: &[u8]) -> Result<String, String> {
    let typed = line.trim();
    pin::check_pin(typed).map_err(|reason| format!("hash-pin: {reason}"))?;
    let phc = pin::hash_pin(typed, salt).map_err(|reason| format!("hash-pin: {reason}"))?;
    // The PHC string only holds `$`, `,`, `=` and base64 characters: no TOML escaping needed.
    Ok(format!("pin_hash = \"{phc}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_holds_a_hash_of_the_typed_pin() {
        let line = config_line(" 12345678\r\n", b"0123456789abcdef").expect("good PIN");
        let phc = line
            .strip_prefix("pin_hash = \"")
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a TOML line");
        assert!(pin::verify_pin("12345678", phc), "{line}");
    }

    #[test]
    fn a_bad_pin_is_refused_with_the_reason() {
        assert_eq!(
            config_line("1234567\n", b"0123456789abcdef"),
            Err("hash-pin: the PIN must have 8 to 12 digits".to_string())
        );
        assert_eq!(
            config_line("1234 5678\n", b"0123456789abcdef"),
            Err("hash-pin: the PIN must contain digits only".to_string())
        );
    }
}
