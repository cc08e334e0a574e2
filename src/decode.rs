//! Decode: bytes to UTF-8 text, remembering what a rewrite must give back.
//!
//! Binary input (a NUL byte) and invalid UTF-8 are errors that carry the byte offset, never a
//! guess. A UTF-8 byte-order mark is noted and kept out of the text; a UTF-16/UTF-32 mark is an
//! error (shuddh does not rewrite those encodings). Line endings are never touched, so LF and
//! CRLF files come back as they were.

use crate::error::Error;

/// The UTF-8 byte-order mark.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Split a UTF-8 BOM off the start of a file; error on UTF-16/32 marks.
pub fn strip_bom(bytes: &[u8]) -> Result<(bool, &[u8]), Error> {
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return Ok((true, rest));
    }
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(Error::unsupported_encoding("UTF-32"));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(Error::unsupported_encoding("UTF-16"));
    }
    Ok((false, bytes))
}

/// Check that `bytes` is text: no NUL byte, valid UTF-8. Offsets in errors are into `bytes`.
pub fn decode(bytes: &[u8]) -> Result<&str, Error> {
    if let Some(p) = memchr::memchr(0, bytes) {
        return Err(Error::binary(p));
    }
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(_) => {
            let e = std::str::from_utf8(bytes).expect_err("simdutf8 and std agree");
            Err(Error::invalid_utf8(e.valid_up_to()))
        }
    }
}

/// Where to cut `buf` so that the head holds whole lines (or, for a line longer than
/// `max_line`, ends at a space or at least a character boundary). `None`: read more first.
pub fn cut_point(buf: &[u8], eof: bool, max_line: usize) -> Option<usize> {
    if buf.is_empty() {
        return None;
    }
    if eof {
        return Some(buf.len());
    }
    if let Some(nl) = memchr::memrchr(b'\n', buf) {
        return Some(nl + 1);
    }
    if buf.len() < max_line {
        return None;
    }
    // A very long line: cut after the last space in its last 64 KiB, else before the last
    // character that may be incomplete.
    let window = buf.len().saturating_sub(64 * 1024);
    if let Some(sp) = memchr::memrchr(b' ', &buf[window..]) {
        return Some(window + sp + 1);
    }
    let mut cut = buf.len();
    while cut > 0 && buf[cut - 1] & 0xC0 == 0x80 {
        cut -= 1;
    }
    // `cut - 1` is now a lead byte (or ASCII): keep that character for the next chunk.
    Some(cut.saturating_sub(1).max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn boms() {
        assert_eq!(strip_bom(b"\xEF\xBB\xBFab").unwrap(), (true, &b"ab"[..]));
        assert_eq!(strip_bom(b"ab").unwrap(), (false, &b"ab"[..]));
        assert_eq!(strip_bom(b"\xFF\xFEa\x00").unwrap_err().kind(), ErrorKind::UnsupportedEncoding);
    }

    #[test]
    fn errors_carry_offsets() {
        let e = decode(b"ok\xFFno").unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::InvalidUtf8, Some(2)));
        let e = decode(b"abc\x00").unwrap_err();
        assert_eq!((e.kind(), e.offset()), (ErrorKind::Binary, Some(3)));
        assert_eq!(decode("हिंदी".as_bytes()).unwrap(), "हिंदी");
    }

    #[test]
    fn cuts_at_line_ends_then_spaces_then_chars() {
        assert_eq!(cut_point(b"a\nb\nc", false, 100), Some(4));
        assert_eq!(cut_point(b"abc", false, 100), None);
        assert_eq!(cut_point(b"abc", true, 100), Some(3));
        assert_eq!(cut_point(b"ab cd", false, 4), Some(3));
        let s = "कखग".as_bytes();
        let cut = cut_point(&s[..7], false, 4).unwrap();
        assert!(std::str::from_utf8(&s[..cut]).is_ok(), "{cut}");
    }
}
