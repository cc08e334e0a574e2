//! Printing findings (text or JSON Lines), diffs and messages.

use super::args::Format;
use shuddh::Finding;
use std::io::{self, Write};

/// Escape control and bidirectional-formatting characters in a snippet so that a report line
/// stays one line and reads in order. Document text itself is never altered.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("\\u{{{:04x}}}", c as u32))
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `ज़ (U+095B)`: normalization changes are invisible, so show the code points.
fn with_code_points(s: &str) -> String {
    let cps: Vec<String> = s.chars().map(|c| format!("U+{:04X}", c as u32)).collect();
    format!("{} ({})", escape(s), cps.join(" "))
}

/// One finding as a report line (no newline).
pub fn finding_line(path: &str, f: &Finding) -> String {
    let e = &f.edit;
    if e.kind == shuddh::EditKind::Normalization {
        format!(
            "{path}:{}:{}: {}: {} → {}",
            f.line,
            f.column,
            e.kind,
            with_code_points(&e.original),
            with_code_points(&e.replacement)
        )
    } else if e.changes_text() {
        format!(
            "{path}:{}:{}: {}: {} → {}",
            f.line,
            f.column,
            e.kind,
            escape(&e.original),
            escape(e.replacement.trim())
        )
    } else {
        format!("{path}:{}:{}: {}: {}", f.line, f.column, e.kind, escape(&e.original))
    }
}

/// Write one finding in `format`.
pub fn write_finding(
    out: &mut dyn Write,
    format: Format,
    path: &str,
    f: &Finding,
) -> io::Result<()> {
    match format {
        Format::Text => writeln!(out, "{}", finding_line(path, f)),
        Format::Json => {
            #[derive(serde::Serialize)]
            struct Line<'a> {
                path: &'a str,
                #[serde(flatten)]
                finding: &'a Finding,
            }
            let json =
                serde_json::to_string(&Line { path, finding: f }).map_err(io::Error::other)?;
            writeln!(out, "{json}")
        }
    }
}

/// A unified diff of `old` and `new`, labelled with `path`; coloured for a terminal.
pub fn unified_diff(path: &str, old: &str, new: &str, colour: bool) -> String {
    let diff = similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string();
    if !colour {
        return diff;
    }
    let mut out = String::with_capacity(diff.len() + 64);
    for line in diff.split_inclusive('\n') {
        let code = match line.as_bytes().first() {
            Some(b'+') if !line.starts_with("+++") => "32",
            Some(b'-') if !line.starts_with("---") => "31",
            Some(b'@') => "36",
            _ => "",
        };
        if code.is_empty() {
            out.push_str(line);
        } else {
            let body = line.trim_end_matches('\n');
            out.push_str(&format!("\x1b[{code}m{body}\x1b[0m"));
            if line.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(escape("a\tb\u{202E}c"), "a\\tb\\u{202e}c");
        assert_eq!(escape("नमस्ते\u{200D}"), "नमस्ते\u{200D}");
    }
}
