//! Turning raw bytes into text, with errors that say what is wrong and where.

use thiserror::Error;

/// Why a file cannot be read as an article. Offsets are byte offsets into the input as given
/// (including any byte-order mark).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InputError {
    #[error("input is empty (0 bytes)")]
    Empty,
    #[error("input contains only whitespace ({len} bytes), no text to extract from")]
    WhitespaceOnly { len: usize },
    #[error("input looks binary, not text: NUL byte at byte offset {offset}")]
    NulByte { offset: usize },
    #[error(
        "input looks binary, not text: {count} control characters, the first at byte offset {offset}"
    )]
    ControlChars { count: usize, offset: usize },
    #[error("invalid UTF-8 at byte offset {offset}: {problem}")]
    InvalidUtf8 {
        offset: usize,
        problem: &'static str,
    },
    #[error("invalid UTF-16 ({endian}) at byte offset {offset}: {problem}")]
    InvalidUtf16 {
        endian: &'static str,
        offset: usize,
        problem: &'static str,
    },
}

/// Decode an article: UTF-8 (with or without BOM) or UTF-16 with BOM. Rejects empty and
/// whitespace-only input, binary data (NUL bytes or many control characters) and invalid
/// encodings. The BOM is not part of the returned text.
pub fn decode_input(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, false)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, true)?
    } else {
        let (rest, base) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            Some(r) => (r, 3),
            None => (bytes, 0),
        };
        if let Some(i) = rest.iter().position(|&b| b == 0) {
            return Err(InputError::NulByte { offset: base + i });
        }
        match std::str::from_utf8(rest) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let problem = if e.error_len().is_none() {
                    "the text ends in the middle of a character"
                } else {
                    "byte sequence is not valid UTF-8 (is the file in another encoding, e.g. GBK or Latin-1?)"
                };
                return Err(InputError::InvalidUtf8 {
                    offset: base + e.valid_up_to(),
                    problem,
                });
            }
        }
    };
    check_text(&text, bytes.len())?;
    Ok(text)
}

fn decode_utf16(rest: &[u8], big_endian: bool) -> Result<String, InputError> {
    let endian = if big_endian {
        "big-endian"
    } else {
        "little-endian"
    };
    if rest.len() % 2 != 0 {
        return Err(InputError::InvalidUtf16 {
            endian,
            offset: 2 + rest.len() - 1,
            problem: "odd number of bytes; the last code unit is incomplete",
        });
    }
    let units = rest.chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    let mut out = String::with_capacity(rest.len());
    let mut offset = 2;
    for r in char::decode_utf16(units) {
        match r {
            Ok('\0') => return Err(InputError::NulByte { offset }),
            Ok(c) => {
                offset += 2 * c.len_utf16();
                out.push(c);
            }
            Err(_) => {
                return Err(InputError::InvalidUtf16 {
                    endian,
                    offset,
                    problem: "unpaired surrogate",
                });
            }
        }
    }
    Ok(out)
}

/// Reject whitespace-only text and text with many control characters.
fn check_text(text: &str, len: usize) -> Result<(), InputError> {
    if text.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}') {
        return Err(InputError::WhitespaceOnly { len });
    }
    let mut count = 0usize;
    let mut first = None;
    let mut chars = 0usize;
    for (i, c) in text.char_indices() {
        chars += 1;
        if is_bad_control(c) {
            count += 1;
            first.get_or_insert(i);
        }
    }
    // A stray control character or two is tolerated (copy-paste debris); many mean binary.
    if count > 0 && (count >= 8 && count * 50 >= chars || count * 10 >= chars) {
        return Err(InputError::ControlChars {
            count,
            offset: first.unwrap_or(0),
        });
    }
    Ok(())
}

fn is_bad_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C')) || c == '\u{FFFD}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode_input("签署协议".as_bytes()).unwrap(), "签署协议");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice(b"signed");
        assert_eq!(decode_input(&b).unwrap(), "signed");
    }

    #[test]
    fn utf16_both_endians() {
        let s = "Xining 西宁 😀";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode_input(&le).unwrap(), s);
        assert_eq!(decode_input(&be).unwrap(), s);
        le.push(0x41);
        assert!(matches!(
            decode_input(&le),
            Err(InputError::InvalidUtf16 { .. })
        ));
    }

    #[test]
    fn rejects_empty_and_whitespace() {
        assert_eq!(decode_input(b""), Err(InputError::Empty));
        assert_eq!(
            decode_input(" \n\t\r\n".as_bytes()),
            Err(InputError::WhitespaceOnly { len: 5 })
        );
        assert!(decode_input("\u{3000}\u{3000}".as_bytes()).is_err());
    }

    #[test]
    fn rejects_binary_with_offset() {
        let e = decode_input(b"abc\0def").unwrap_err();
        assert_eq!(e, InputError::NulByte { offset: 3 });
        assert!(e.to_string().contains("byte offset 3"), "{e}");
        let bin: Vec<u8> = (1u8..32).cycle().take(200).collect();
        assert!(matches!(
            decode_input(&bin),
            Err(InputError::ControlChars { offset: 0, .. })
        ));
        // One stray control character in a long text is tolerated.
        let mut t = "a".repeat(500);
        t.push('\x07');
        assert!(decode_input(t.as_bytes()).is_ok());
    }

    #[test]
    fn invalid_utf8_reports_offset() {
        let e = decode_input(b"hello \xC3\x28 world").unwrap_err();
        assert!(matches!(e, InputError::InvalidUtf8 { offset: 6, .. }));
        assert!(e.to_string().contains("byte offset 6"), "{e}");
        // Truncated multibyte sequence at the end.
        let e = decode_input(b"abc\xE4\xB8").unwrap_err();
        assert!(matches!(e, InputError::InvalidUtf8 { offset: 3, .. }));
        // GBK bytes for 中文.
        assert!(decode_input(b"\xD6\xD0\xCE\xC4").is_err());
    }
}
