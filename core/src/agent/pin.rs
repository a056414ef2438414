//! The agent PIN: its rules, its Argon2id hash and the check of a typed PIN against that hash.
//!
//! The kiosk's configuration file is served over HTTP next to the app, so anyone can read the hash
//! and try every PIN offline. A 6-digit PIN has only a million values: what slows the guessing is
//! Argon2id's cost, so [`check_hash`] refuses a hash cheaper than the parameters `cargo xtask
//! hash-pin` uses (and one so costly that checking a PIN would freeze the kiosk). Only verifying
//! runs in the app; the random salt is drawn by xtask, so this crate needs no random source on
//! wasm32.

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{CustomizedPasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

/// Shortest PIN the kiosk accepts (digits only, typed on the PIN pad).
pub const MIN_PIN_DIGITS: usize = 8;
/// Longest PIN the kiosk accepts (digits only, typed on the PIN pad).
pub const MAX_PIN_DIGITS: usize = 12;

/// Memory cost of the hashes `hash-pin` makes, in KiB: OWASP's Argon2id minimum (19 MiB).
pub const MEMORY_KIB: u32 = 19_456;
/// Passes over the memory of the hashes `hash-pin` makes: OWASP's Argon2id minimum.
pub const PASSES: u32 = 2;
/// Lanes (parallelism) of the hashes `hash-pin` makes: OWASP's Argon2id minimum.
pub const LANES: u32 = 1;

/// Largest memory cost [`check_hash`] accepts, in KiB (64 MiB): a hand-edited hash must not make
/// the kiosk's tab run out of memory when the agent types the PIN.
pub const MAX_MEMORY_KIB: u32 = 65_536;
/// Most passes [`check_hash`] accepts: beyond that, checking a PIN would take seconds on a kiosk.
pub const MAX_PASSES: u32 = 8;

/// Length of the salt [`hash_pin`] expects, in bytes (random, drawn by the caller).
pub const SALT_BYTES: usize = 16;

/// Why a PIN is refused before hashing, in plain English for the agent.
///
/// # Errors
/// When the PIN is not 8 to 12 ASCII digits.
pub fn check_pin(pin: &str) -> Result<(), String> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err("the PIN must contain digits only".to_string());
    }
    if !(MIN_PIN_DIGITS..=MAX_PIN_DIGITS).contains(&pin.len()) {
        return Err(format!(
            "the PIN must have {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits"
        ));
    }
    Ok(())
}

/// Whether a configured hash can be used: a PHC string of Argon2id (version 19) with a salt, an
/// output and a cost between what `hash-pin` uses and [`MAX_MEMORY_KIB`] / [`MAX_PASSES`].
///
/// # Errors
/// A plain-English reason, for the person editing the configuration.
pub fn check_hash(phc: &str) -> Result<(), String> {
    let reason = |why: &str| {
        format!("pin_hash is not an Argon2id hash made by `cargo xtask hash-pin`: {why}")
    };
    let phc = phc.trim();
    // Checked on the text first, so that a bcrypt or argon2i hash gets this reason rather than
    // a parse error about its other fields.
    if !phc.starts_with("$argon2id$") {
        return Err(reason("it does not start with `$argon2id$`"));
    }
    let hash = PasswordHash::new(phc).map_err(|e| reason(&format!("unreadable ({e})")))?;
    if hash.version != Some(Version::V0x13.into()) {
        return Err(reason("its version is not v=19"));
    }
    if hash.salt.is_none() || hash.hash.is_none() {
        return Err(reason("its salt or its hash is missing"));
    }
    let params = Params::try_from(&hash).map_err(|e| reason(&format!("its parameters: {e}")))?;
    if params.m_cost() < MEMORY_KIB || params.t_cost() < PASSES {
        return Err(reason(&format!(
            "it is too cheap to guess (m={}, t={}; at least m={MEMORY_KIB}, t={PASSES})",
            params.m_cost(),
            params.t_cost()
        )));
    }
    if params.m_cost() > MAX_MEMORY_KIB || params.t_cost() > MAX_PASSES {
        return Err(reason(&format!(
            "it is too slow for the kiosk (m={}, t={}; at most m={MAX_MEMORY_KIB}, t={MAX_PASSES})",
            params.m_cost(),
            params.t_cost()
        )));
    }
    Ok(())
}

/// Hashes a PIN with Argon2id ([`MEMORY_KIB`], [`PASSES`], [`LANES`]) and the given salt
/// ([`SALT_BYTES`] random bytes from the caller). Returns the PHC string.
///
/// # Errors
/// When the PIN fails [`check_pin`], the salt is not [`SALT_BYTES`] long, or hashing fails.
pub fn hash_pin(pin: &str, salt: &[u8]) -> Result<String, String> {
    check_pin(pin)?;
    if salt.len() != SALT_BYTES {
        return Err(format!("the salt must have {SALT_BYTES} bytes"));
    }
    let params = Params::new(MEMORY_KIB, PASSES, LANES, None)
        .map_err(|e| format!("Argon2id parameters: {e}"))?;
    Argon2::default()
        .hash_password_customized(
            pin.as_bytes(),
            salt,
            Some(Algorithm::Argon2id.ident().as_str()),
            Some(Version::V0x13.into()),
            params,
        )
        .map(|hash| hash.to_string())
        .map_err(|e| format!("could not hash the PIN: {e}"))
}

/// `true` when the PIN matches the hash; `false` when it does not, or when the hash is unusable
/// (see [`check_hash`]). The hash's own parameters are used, within [`check_hash`]'s bounds.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    // A PIN that `check_pin` refuses can never have been hashed by `hash-pin`: no need to spend
    // Argon2's time on it.
    if check_pin(pin).is_err() || check_hash(phc).is_err() {
        return false;
    }
    let Ok(hash) = PasswordHash::new(phc.trim()) else {
        return false;
    };
    Argon2::default()
        .verify_password(pin.as_bytes(), &hash)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: [u8; SALT_BYTES] = *b"0123456789abcdef";

    fn hashed(pin: &str) -> String {
        hash_pin(pin, &SALT).expect("hashable PIN")
    }

    #[test]
    fn a_hashed_pin_verifies_and_a_wrong_one_does_not() {
        let phc = hashed("12345678");
        assert!(verify_pin("12345678", &phc));
        assert!(!verify_pin("123457", &phc));
        assert!(!verify_pin("123456789", &phc));
        assert!(!verify_pin("", &phc));
    }

    #[test]
    fn the_hash_is_argon2id_with_the_owasp_parameters() {
        let phc = hashed("987654321012");
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert_eq!(check_hash(&phc), Ok(()));
    }

    #[test]
    fn another_salt_gives_another_hash() {
        let other = hash_pin("12345678", b"fedcba9876543210").expect("hashable PIN");
        assert_ne!(hashed("12345678"), other);
        assert!(verify_pin("12345678", &other));
    }

    #[test]
    fn pins_are_checked_before_hashing() {
        assert_eq!(check_pin("12345678"), Ok(()));
        assert_eq!(check_pin("123456789012"), Ok(()));
        let length = Err("the PIN must have 8 to 12 digits".to_string());
        assert_eq!(check_pin(""), length);
        assert_eq!(check_pin("1234567"), length);
        assert_eq!(check_pin("1234567890123"), length);
        let digits = Err("the PIN must contain digits only".to_string());
        assert_eq!(check_pin("1234567a"), digits);
        assert_eq!(check_pin("1234 5678"), digits);
        assert_eq!(check_pin("١٢٣٤٥٦٧٨"), digits, "Arabic-Indic digits");
        assert!(hash_pin("12345", &SALT).is_err());
        assert!(hash_pin("12345678", b"short").is_err());
    }

    #[test]
    fn unusable_hashes_are_refused_and_never_verify() {
        let good = hashed("12345678");
        let argon2i = good.replacen("$argon2id$", "$argon2i$", 1);
        let cheap = good.replacen("m=19456,t=2", "m=19456,t=1", 1);
        let costly = good.replacen("m=19456", "m=1000000", 1);
        let bcrypt = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
        for bad in [
            "",
            "garbage",
            "12345678",
            bcrypt,
            argon2i.as_str(),
            cheap.as_str(),
            costly.as_str(),
        ] {
            let reason = check_hash(bad).expect_err(bad);
            assert!(
                reason.starts_with(
                    "pin_hash is not an Argon2id hash made by `cargo xtask hash-pin`: "
                ),
                "{reason}"
            );
            assert!(!verify_pin("12345678", bad), "{bad}");
        }
        let reason = check_hash(bcrypt).expect_err("bcrypt");
        assert!(
            reason.ends_with("it does not start with `$argon2id$`"),
            "{reason}"
        );
        let reason = check_hash(&cheap).expect_err("cheap");
        assert!(reason.contains("too cheap to guess"), "{reason}");
    }
}
