//! Stream: clean a reader into a writer in chunks cut at line ends, with constant memory.
//!
//! The document context (host script, language) is decided from the first chunk, which also
//! holds any byte-order mark. Each chunk is checked (no NUL byte, valid UTF-8) before any of it
//! is written, and an error names the byte offset in the whole input. Findings reach the caller
//! through a callback as they are found, with spans in input bytes and 1-based line and column
//! (in characters).

use crate::Cleaner;
use crate::decode::{self, UTF8_BOM};
use crate::detect::Context;
use crate::edit::Edit;
use crate::error::Error;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Read, Write};

/// Bytes read before a chunk is cut at its last line end.
pub const CHUNK: usize = 256 << 10;

/// The read buffer's first size; it grows to a chunk and more as the input needs.
const FIRST_BUFFER: usize = 16 << 10;
/// A line longer than this is cut at a space (or a character boundary).
pub const MAX_LINE: usize = 4 << 20;

/// One edit with its place in the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The edit; its span is in bytes of the whole input (BOM included).
    #[serde(flatten)]
    pub edit: Edit,
    /// 1-based line of the span's start.
    pub line: usize,
    /// 1-based column of the span's start, in characters.
    pub column: usize,
}

/// Totals for one input.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Bytes read.
    pub bytes: u64,
    /// True when the output differs from the input.
    pub changed: bool,
    /// Number of edits by kind.
    pub edits: BTreeMap<&'static str, usize>,
    /// Findings left unresolved (unknown characters, reported-only runs).
    pub remaining: usize,
}

impl Summary {
    /// Total number of edits.
    pub fn total(&self) -> usize {
        self.edits.values().sum()
    }
}

fn io_err(e: io::Error) -> Error {
    Error::from(e)
}

/// Clean everything `reader` yields into `writer`, calling `on_finding` for each edit.
pub fn clean_stream<R: Read, W: Write>(
    cleaner: &Cleaner,
    mut reader: R,
    mut writer: W,
    on_finding: &mut dyn FnMut(Finding),
) -> Result<Summary, Error> {
    let mut summary = Summary::default();
    // `buf[..filled]` holds read bytes; the buffer is zeroed once and reused (a fresh chunk of
    // zeroes per chunk showed in profiles). It starts small, so that a small file does not pay
    // for zeroing a large buffer, and doubles when full up to what a chunk needs (or a line
    // longer than a chunk).
    let mut buf: Vec<u8> = vec![0; FIRST_BUFFER];
    let mut filled = 0usize;
    let mut eof = false;
    let mut offset = 0usize; // input offset of buf[0]
    let mut line = 1usize;
    // The document context is decided from the first chunk that may hold a stray run (clean
    // chunks before it need none, only their code fences followed).
    let mut ctx = Context::default();
    let mut decided = false;
    let mut first = true;
    let mut want = CHUNK; // read until this much is buffered
    loop {
        while !eof && filled < want {
            // Full but short of `want`: double (the size stays under twice `want`).
            if filled == buf.len() {
                buf.resize(2 * buf.len(), 0);
            }
            match reader.read(&mut buf[filled..]) {
                Ok(0) => eof = true,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io_err(e)),
            }
        }
        if first {
            first = false;
            let (bom, _) = decode::strip_bom(&buf[..filled])?;
            if bom {
                writer.write_all(UTF8_BOM).map_err(io_err)?;
                buf.copy_within(UTF8_BOM.len()..filled, 0);
                filled -= UTF8_BOM.len();
                offset += UTF8_BOM.len();
                summary.bytes += UTF8_BOM.len() as u64;
            }
        }
        let Some(cut) = decode::cut_point(&buf[..filled], eof, MAX_LINE) else {
            if eof {
                break;
            }
            // No line end yet: read on (up to MAX_LINE, then cut anyway).
            want = filled + CHUNK;
            continue;
        };
        want = CHUNK;
        let text = decode::decode(&buf[..cut]).map_err(|e| e.shifted(offset))?;
        let candidates = crate::scan::has_candidates(text);
        if !decided && candidates {
            let in_fence = ctx.in_fence;
            ctx = Context::detect(text);
            ctx.in_fence = in_fence;
            decided = true;
        }
        let cleaned = cleaner.clean_scanned(text, &mut ctx, candidates);
        writer.write_all(cleaned.text.as_bytes()).map_err(io_err)?;
        if cleaned.changed() {
            summary.changed = true;
        }
        let (at_line, scanned) =
            report(text, offset, line, cleaned.edits, &mut summary, on_finding);
        line = at_line + memchr::memchr_iter(b'\n', &buf[scanned..cut]).count();
        offset += cut;
        summary.bytes += cut as u64;
        buf.copy_within(cut..filled, 0);
        filled -= cut;
        if eof && filled == 0 {
            break;
        }
    }
    writer.flush().map_err(io_err)?;
    Ok(summary)
}

fn report(
    text: &str,
    offset: usize,
    first_line: usize,
    edits: Vec<Edit>,
    summary: &mut Summary,
    on_finding: &mut dyn FnMut(Finding),
) -> (usize, usize) {
    let mut line = first_line;
    let mut line_start = 0;
    let mut scanned = 0;
    for mut edit in edits {
        let between = &text.as_bytes()[scanned..edit.span.start];
        line += memchr::memchr_iter(b'\n', between).count();
        if let Some(nl) = memchr::memrchr(b'\n', between) {
            line_start = scanned + nl + 1;
        }
        scanned = edit.span.start;
        let column = text[line_start..edit.span.start].chars().count() + 1;
        *summary.edits.entry(edit.kind.as_str()).or_default() += 1;
        if !edit.kind.is_complete() {
            summary.remaining += 1;
        }
        edit.span = edit.span.shifted(offset);
        on_finding(Finding { edit, line, column });
    }
    // The line reached and how far the text was counted: the caller counts on from there.
    (line, scanned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8]) -> Result<(Vec<u8>, Vec<Finding>), Error> {
        let mut out = Vec::new();
        let mut found = Vec::new();
        clean_stream(&Cleaner::default(), input, &mut out, &mut |f| found.push(f))?;
        Ok((out, found))
    }

    #[test]
    fn keeps_bom_and_crlf() {
        let input = "\u{feff}पहली पंक्ति।\r\nदूसरी पंक्ति。\r\n".as_bytes();
        let (out, found) = run(input).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\u{feff}पहली पंक्ति।\r\nदूसरी पंक्ति।\r\n");
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].column), (2, 13));
        let start = found[0].edit.span.start;
        assert_eq!(&input[start..start + 3], "。".as_bytes());
    }

    #[test]
    fn errors_name_the_offset_in_the_whole_input() {
        let mut input = "ठीक है\n".repeat(200_000).into_bytes();
        let bad = input.len() - 1;
        input[bad] = 0xFF;
        let err = run(&input).unwrap_err();
        assert_eq!(err.offset(), Some(bad));
    }

    #[test]
    fn code_fences_span_chunks() {
        // A fence opened in the first chunk and closed after the second: the Chinese inside it
        // is code, left alone; the Chinese after it is repaired.
        let filler = "यह एक साधारण हिंदी पंक्ति है जिसमें कोई गड़बड़ी नहीं है।\n".repeat(CHUNK / 80 + 10);
        let text = format!("```\n{filler}let s = \"核心\";\n```\nफिर यह核心 है।\n");
        let (out, found) = run(text.as_bytes()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.contains("let s = \"核心\";"));
        assert!(out.contains("फिर यह मुख्य है।"), "{}", &out[out.len() - 80..]);
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn chunked_output_equals_whole_clean() {
        let text = "NVIDIA के AI युग में核心价值。\n".repeat(100_000);
        let (out, found) = run(text.as_bytes()).unwrap();
        let whole = Cleaner::default().clean(&text).text.into_owned();
        assert_eq!(String::from_utf8(out).unwrap(), whole);
        assert_eq!(found.len(), 100_000);
        assert_eq!(found.last().unwrap().line, 100_000);
    }
}
