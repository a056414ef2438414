//! The bytes of a commune's own file (`kiosk.toml`, the places file) as text.
//!
//! Both files are written by people with the tools they have. The schema asks for UTF-8, but a
//! spreadsheet saved "CSV" on a French Windows PC is Windows-1252: read as UTF-8, every accented
//! letter is lost and the rows no longer match the schema's values. So a file that is not valid
//! UTF-8 is read as Windows-1252, and the agent is told to save it as UTF-8.
//!
//! Why not `encoding_rs` here: it brings every encoding of the web with it, 107 KB brotli more in
//! the kiosk's wasm (measured) for 32 table entries. The table below is the WHATWG one, and a
//! native test proves it equal to `encoding_rs` (a dev-dependency) for all 256 bytes.

/// How the file's bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark: what the schema asks.
    #[default]
    Utf8,
    /// Not UTF-8, read as Windows-1252 (a superset of Latin-1).
    Windows1252,
}

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// The text of a file: UTF-8 (its byte-order mark dropped) when the bytes are UTF-8, else
/// Windows-1252, which reads any byte.
pub fn decode(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_string(),
            encoding: Encoding::Utf8,
        },
        Err(_) => Decoded {
            text: bytes.iter().map(|byte| windows_1252(*byte)).collect(),
            encoding: Encoding::Windows1252,
        },
    }
}

/// One byte of Windows-1252 as the WHATWG Encoding Standard reads it: Latin-1, except 0x80 to
/// 0x9F, which hold typographic signs (the euro, curly quotes, dashes, Œ and œ).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// Whether a file is too large to be read on the kiosk: the size in kilobytes when it is.
/// Reading happens on the only thread the screens have, so a file many times the size a commune
/// needs is refused with a message rather than read for seconds.
pub fn too_large(bytes: &[u8], limit: usize) -> Option<usize> {
    (bytes.len() > limit).then(|| bytes.len().div_ceil(1024))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_read_as_is_and_its_mark_dropped() {
        let read = decode("\u{feff}Médiathèque".as_bytes());
        assert_eq!(read.text, "Médiathèque");
        assert_eq!(read.encoding, Encoding::Utf8);
    }

    #[test]
    fn a_spreadsheet_s_windows_1252_keeps_its_accents_and_euro() {
        // "Médiathèque – 2 €" as a French Excel saves it.
        let bytes = b"M\xe9diath\xe8que \x96 2 \x80";
        let read = decode(bytes);
        assert_eq!(read.text, "Médiathèque – 2 €");
        assert_eq!(read.encoding, Encoding::Windows1252);
    }

    #[test]
    fn every_byte_reads_as_the_web_s_own_windows_1252_decoder_reads_it() {
        for byte in 0..=255u8 {
            let bytes = [byte];
            let (web, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
            assert_eq!(windows_1252(byte).to_string(), web, "byte {byte:#04x}");
        }
    }

    #[test]
    fn the_size_limit_names_the_size_in_kilobytes() {
        assert_eq!(too_large(&[0; 10], 10), None);
        assert_eq!(too_large(&[0; 2049], 1024), Some(3));
    }
}
