//! JSON Lines: clean one string field of every document, keeping every other byte.
//!
//! An adapter in front of the pipeline for web-crawl style corpora: one JSON object a line, the
//! text in a field such as `"text"`. Each document is cleaned as a document of its own. Only the
//! field's string literal is rewritten, and only when its text changes; the other fields, their
//! order, spacing and escapes stay byte for byte. A line that is not a JSON object is reported
//! and passed through unchanged. Memory holds one line at a time.

use crate::Cleaner;
use crate::error::Error;
use crate::stream::{Finding, Summary};
use std::borrow::Cow;
use std::io::{BufRead, Write};

/// A line that could not be processed, passed through unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// Totals of a JSONL run.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct JsonlSummary {
    /// Totals over all documents, as for plain text.
    #[serde(flatten)]
    pub text: Summary,
    /// Documents (lines with a JSON object) seen.
    pub documents: usize,
    /// Documents whose field changed.
    pub changed_documents: usize,
    /// Lines that are not JSON objects, or whose field is not a string.
    pub bad_lines: usize,
    /// Documents without the field.
    pub missing_field: usize,
}

/// Clean the string field `field` of every JSON object line of `reader` into `writer`.
/// `on_finding` gets each edit with `line` = the JSONL line and `column` = the character column
/// inside the field's text; `on_bad_line` gets lines passed through unchanged.
pub fn clean_jsonl<R: BufRead, W: Write>(
    cleaner: &Cleaner,
    mut reader: R,
    mut writer: W,
    field: &str,
    on_finding: &mut dyn FnMut(Finding),
    on_bad_line: &mut dyn FnMut(BadLine),
) -> Result<JsonlSummary, Error> {
    let mut summary = JsonlSummary::default();
    let mut raw = Vec::new();
    let mut line_no = 0;
    loop {
        raw.clear();
        if reader.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        line_no += 1;
        summary.text.bytes += raw.len() as u64;
        match process_line(cleaner, &raw, field, line_no, &mut summary, on_finding) {
            Ok(Some(new)) => writer.write_all(&new)?,
            Ok(None) => writer.write_all(&raw)?,
            Err(message) => {
                summary.bad_lines += 1;
                on_bad_line(BadLine { line: line_no, message });
                writer.write_all(&raw)?;
            }
        }
    }
    writer.flush()?;
    Ok(summary)
}

fn process_line(
    cleaner: &Cleaner,
    raw: &[u8],
    field: &str,
    line_no: usize,
    summary: &mut JsonlSummary,
    on_finding: &mut dyn FnMut(Finding),
) -> Result<Option<Vec<u8>>, String> {
    let line = simdutf8::basic::from_utf8(raw).map_err(|_| {
        let at = std::str::from_utf8(raw).map_or_else(|e| e.valid_up_to(), |_| 0);
        format!("not valid UTF-8 at byte {at} of the line")
    })?;
    let body = line.trim_end_matches(['\n', '\r']);
    if body.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str::<serde::de::IgnoredAny>(body).map_err(|e| format!("not JSON: {e}"))?;
    summary.documents += 1;
    let Some(span) = find_field(body, field)? else {
        summary.missing_field += 1;
        return Ok(None);
    };
    let literal = &body[span.0..span.1];
    // A literal without escapes is its own text (most are, unless non-ASCII was escaped).
    let text: Cow<'_, str> = match memchr::memchr(b'\\', literal.as_bytes()) {
        None => Cow::Borrowed(&literal[1..literal.len() - 1]),
        Some(_) => {
            Cow::Owned(serde_json::from_str(literal).map_err(|e| format!("field {field:?}: {e}"))?)
        }
    };
    let cleaned = cleaner.clean(&text);
    let changed = cleaned.changed();
    let mut column_of = ColumnCounter::new(&text);
    for edit in cleaned.edits {
        *summary.text.edits.entry(edit.kind.as_str()).or_default() += 1;
        if !edit.kind.is_complete() {
            summary.text.remaining += 1;
        }
        let column = column_of.column(edit.span.start);
        on_finding(Finding { edit, line: line_no, column });
    }
    if !changed {
        return Ok(None);
    }
    summary.text.changed = true;
    summary.changed_documents += 1;
    let encoded = serde_json::to_string(cleaned.text.as_ref()).expect("a string encodes");
    let mut out = Vec::with_capacity(raw.len() + encoded.len());
    out.extend_from_slice(&raw[..span.0]);
    out.extend_from_slice(encoded.as_bytes());
    out.extend_from_slice(&raw[span.1..]);
    Ok(Some(out))
}

/// 1-based character columns for increasing byte offsets (lines inside a field count too).
struct ColumnCounter<'a> {
    text: &'a str,
    at: usize,
    column: usize,
}

impl<'a> ColumnCounter<'a> {
    fn new(text: &'a str) -> Self {
        ColumnCounter { text, at: 0, column: 1 }
    }

    fn column(&mut self, offset: usize) -> usize {
        for c in self.text[self.at..offset].chars() {
            self.column = if c == '\n' { 1 } else { self.column + 1 };
        }
        self.at = offset;
        self.column
    }
}

/// The byte span of the string literal (quotes included) of top-level key `field` in the JSON
/// object `line`, which has already been checked to be valid JSON.
fn find_field(line: &str, field: &str) -> Result<Option<(usize, usize)>, String> {
    let b = line.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return Err("not a JSON object".into());
    }
    i += 1;
    loop {
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b'}') | None => return Ok(None),
            Some(b',') => {
                i += 1;
                continue;
            }
            Some(b'"') => {}
            _ => return Err("unexpected character in object".into()),
        }
        let key_end = skip_string(b, i);
        let key: String = serde_json::from_str(&line[i..key_end]).map_err(|e| e.to_string())?;
        i = skip_ws(b, key_end);
        i += 1; // ':'
        i = skip_ws(b, i);
        let value_end = skip_value(b, i);
        if key == field {
            if b.get(i) != Some(&b'"') {
                return Err(format!("field {field:?} is not a string"));
            }
            return Ok(Some((i, value_end)));
        }
        i = value_end;
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
        i += 1;
    }
    i
}

/// Past the end of the string literal starting at `i` (a `"`).
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(p) = memchr::memchr2(b'"', b'\\', &b[i.min(b.len())..]) {
        i += p;
        if b[i] == b'"' {
            return i + 1;
        }
        i += 2;
    }
    b.len()
}

/// Past the end of the value starting at `i`.
fn skip_value(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = skip_string(b, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            j
        }
        _ => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')
            {
                j += 1;
            }
            j
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (String, JsonlSummary, Vec<BadLine>, Vec<Finding>) {
        let mut out = Vec::new();
        let mut bad = Vec::new();
        let mut found = Vec::new();
        let s = clean_jsonl(
            &Cleaner::default(),
            input.as_bytes(),
            &mut out,
            "text",
            &mut |f| found.push(f),
            &mut |b| bad.push(b),
        )
        .unwrap();
        (String::from_utf8(out).unwrap(), s, bad, found)
    }

    #[test]
    fn only_the_field_changes() {
        let input = concat!(
            "{\"id\": 7, \"meta\": {\"t\": \"核心\\u0041\", \"n\": [1, 2.50]}, \"text\": \"युग में核心价值。\", \"z\": null}\n",
            "{\"text\":\"साफ़ हिंदी\",\"id\":8}\n",
            "not json\n",
            "{\"id\": 9}\n",
        );
        let (out, s, bad, found) = run(input);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(
            lines[0],
            "{\"id\": 7, \"meta\": {\"t\": \"核心\\u0041\", \"n\": [1, 2.50]}, \"text\": \"युग में मुख्य मूल्य।\", \"z\": null}"
        );
        assert_eq!(lines[1], "{\"text\":\"साफ़ हिंदी\",\"id\":8}");
        assert_eq!(lines[2], "not json");
        assert_eq!(lines[3], "{\"id\": 9}");
        assert_eq!((s.documents, s.changed_documents, s.bad_lines, s.missing_field), (3, 1, 1, 1));
        assert_eq!(bad[0].line, 3);
        assert_eq!((found[0].line, found[0].column), (1, 8));
    }

    #[test]
    fn escapes_and_non_string_fields() {
        let (out, _, bad, _) = run("{\"text\": \"a\\\"b\\n\u{0915}\"}\n{\"text\": 5}\n");
        assert_eq!(out, "{\"text\": \"a\\\"b\\n\u{0915}\"}\n{\"text\": 5}\n");
        assert_eq!(bad.len(), 1);
        assert!(bad[0].message.contains("not a string"));
    }
}
