//! The one parser for phrase-table files, used for the embedded default and for user tables.
//!
//! Format (UTF-8, one entry a line, `#` starts a comment line, blank lines are skipped):
//!
//! ```text
//! Chinese<TAB>Hindi[<TAB>tags]
//! 价值<TAB>मूल्य<TAB>n m
//! 了<TAB>-<TAB>part
//! ```
//!
//! * Chinese: one or more characters with at least one Han character and no whitespace.
//! * Hindi: the replacement; `-` means "translates to nothing" (aspect particles and the like);
//!   an empty Hindi column (only in user tables) removes the entry from the tables below it.
//! * tags: space-separated, at most one part of speech ([`Pos`]) and at most one gender (`m`/`f`).
//!
//! Every error names the table and the 1-based line.

use super::{Entry, Gender, Pos};
use crate::error::Error;
use crate::segment::is_han;

/// One parsed row: an entry, or the removal of a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// Add or replace an entry.
    Entry(Entry),
    /// Remove the key from the tables below this one.
    Remove(String),
}

/// Parse a whole table. `source` names it in errors (a path, or `<default>`).
pub fn parse(source: &str, text: &str) -> Result<Vec<(usize, Row)>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        if let Some(row) = parse_line(line).map_err(|m| Error::table(source, line_no, m))? {
            rows.push((line_no, row));
        }
    }
    Ok(rows)
}

fn parse_line(line: &str) -> Result<Option<Row>, String> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let mut cols = line.split('\t');
    let zh = cols.next().unwrap_or_default();
    let hi = cols
        .next()
        .ok_or_else(|| "expected `Chinese<TAB>Hindi[<TAB>tags]`, found no tab".to_string())?;
    let tags = cols.next().unwrap_or_default();
    if cols.next().is_some() {
        return Err("too many columns (at most three: Chinese, Hindi, tags)".into());
    }
    if zh.is_empty() || zh.chars().any(char::is_whitespace) {
        return Err(format!("Chinese column {zh:?} is empty or has white space"));
    }
    if !zh.chars().any(is_han) {
        return Err(format!("Chinese column {zh:?} has no Han character"));
    }
    let hi = hi.trim();
    if hi.chars().any(is_han) {
        return Err(format!("Hindi column {hi:?} has Han characters"));
    }
    let (pos, gender) = parse_tags(tags)?;
    if hi.is_empty() {
        return Ok(Some(Row::Remove(zh.to_string())));
    }
    let hi = if hi == "-" { String::new() } else { hi.to_string() };
    Ok(Some(Row::Entry(Entry { zh: zh.to_string(), hi, pos, gender })))
}

fn parse_tags(tags: &str) -> Result<(Pos, Option<Gender>), String> {
    let mut pos = None;
    let mut gender = None;
    for tag in tags.split_whitespace() {
        if let Some(g) = Gender::from_tag(tag) {
            if gender.replace(g).is_some() {
                return Err("more than one gender tag".into());
            }
        } else if let Some(p) = Pos::from_tag(tag) {
            if pos.replace(p).is_some() {
                return Err("more than one part-of-speech tag".into());
            }
        } else {
            return Err(format!(
                "unknown tag {tag:?} (known: m f {})",
                Pos::ALL.iter().map(|p| p.tag()).collect::<Vec<_>>().join(" ")
            ));
        }
    }
    Ok((pos.unwrap_or(Pos::Unknown), gender))
}

/// Write entries back in the canonical form the parser reads.
pub fn serialize(entry: &Entry) -> String {
    let hi = if entry.hi.is_empty() { "-" } else { &entry.hi };
    let mut tags = String::new();
    if entry.pos != Pos::Unknown {
        tags.push_str(entry.pos.tag());
    }
    if let Some(g) = entry.gender {
        if !tags.is_empty() {
            tags.push(' ');
        }
        tags.push_str(g.tag());
    }
    format!("{}\t{}\t{}", entry.zh, hi, tags).trim_end_matches('\t').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Result<Option<Row>, String> {
        parse_line(line)
    }

    #[test]
    fn entries_and_tags() {
        let Some(Row::Entry(e)) = one("价值\tमूल्य\tn m").unwrap() else { panic!() };
        assert_eq!(
            (e.zh.as_str(), e.hi.as_str(), e.pos, e.gender),
            ("价值", "मूल्य", Pos::Noun, Some(Gender::M))
        );
        let Some(Row::Entry(e)) = one("了\t-\tpart").unwrap() else { panic!() };
        assert_eq!(e.hi, "");
        let Some(Row::Entry(e)) = one("核心\tमुख्य").unwrap() else { panic!() };
        assert_eq!(e.pos, Pos::Unknown);
    }

    #[test]
    fn comments_blank_and_removal() {
        assert_eq!(one("# note").unwrap(), None);
        assert_eq!(one("   ").unwrap(), None);
        assert_eq!(one("核心\t").unwrap(), Some(Row::Remove("核心".into())));
    }

    #[test]
    fn malformed_rows() {
        for (line, want) in [
            ("核心", "no tab"),
            ("\tमुख्य", "empty"),
            ("abc\tमुख्य", "no Han"),
            ("核心\t核心", "has Han"),
            ("核心\tमुख्य\tn\textra", "too many"),
            ("核心\tमुख्य\tzz", "unknown tag"),
            ("核心\tमुख्य\tm f", "more than one gender"),
            ("核 心\tमुख्य", "white space"),
        ] {
            let err = one(line).unwrap_err();
            assert!(err.contains(want), "{line:?}: {err}");
        }
    }

    #[test]
    fn errors_name_source_and_line() {
        let err = parse("user.tsv", "核心\tमुख्य\n\n价值 मूल्य\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "user.tsv:3: expected `Chinese<TAB>Hindi[<TAB>tags]`, found no tab"
        );
        assert_eq!(err.line(), Some(3));
    }

    #[test]
    fn serialize_round_trips() {
        for line in ["价值\tमूल्य\tn m", "了\t-\tpart", "核心\tमुख्य"] {
            let Some(Row::Entry(e)) = one(line).unwrap() else { panic!() };
            assert_eq!(serialize(&e), line);
        }
    }
}
