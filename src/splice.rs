//! Splice: fit replacements into the host text and apply edits in one pass.
//!
//! [`seam`] decides the spacing and punctuation where a replacement meets the text around it:
//!
//! * one space between a host word and a translated word (`में核心` → `में मुख्य`);
//! * no space before closing punctuation (`।` `,` `?` `!` `:` `)` `”`): spaces before the run
//!   are taken into the edit and dropped (`गए ，公司` → `गए, कंपनी`);
//! * one space after closing punctuation when a word follows (`：“AI` → `: “AI` is not changed,
//!   `。अगला` → `। अगला`);
//! * a run that translates to nothing takes one neighbouring space with it.
//!
//! [`apply`] copies the text between sorted, disjoint edits and the replacements, in one pass.

use crate::edit::{Edit, Span};

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || ('\u{0900}'..='\u{097F}').contains(&c) && !matches!(c, '।' | '॥')
        || is_combining_mark(c)
}

/// Combining marks belong to the word they sit on (`e` + U+0301 is a word, like `é`).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200C}' | '\u{200D}')
}

fn is_closing(c: char) -> bool {
    matches!(c, '।' | '॥' | ',' | '.' | '?' | '!' | ':' | ';' | ')' | ']' | '”' | '’' | '…' | '%')
}

fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '“' | '‘')
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}'
}

/// Fit `replacement` for `span` of `text`: returns the (possibly widened) span and the
/// replacement with the spaces it needs at either end.
pub fn seam(text: &str, span: Span, replacement: &str) -> (Span, String) {
    let rep = replacement.trim_matches(is_blank);
    let mut span = span;
    let before = &text[..span.start];
    let after = &text[span.end..];
    let prev = before.chars().next_back();
    let next = after.chars().next();

    if rep.is_empty() {
        // Dropped run: `X 了 Y` → `X Y`; at a line start or before punctuation take the space
        // after/before it.
        let trailing = after.len() - after.trim_start_matches(is_blank).len();
        let leading = before.len() - before.trim_end_matches(is_blank).len();
        if trailing > 0 && (leading > 0 || prev.is_none_or(|c| c == '\n')) {
            span.end += trailing;
        } else if leading > 0 && next.is_none_or(|c| is_closing(c) || c == '\n' || c == '\r') {
            span.start -= leading;
        }
        return (span, String::new());
    }

    let first = rep.chars().next().expect("non-empty");
    let last = rep.chars().next_back().expect("non-empty");
    let mut out = String::with_capacity(rep.len() + 2);

    if is_closing(first) {
        // Attach to the word before: swallow the spaces between.
        let trimmed = before.trim_end_matches(is_blank);
        if !trimmed.is_empty() && !trimmed.ends_with('\n') {
            span.start = trimmed.len();
        }
    } else if prev.is_some_and(|c| is_word_char(c) || is_closing(c) && c != '…') {
        out.push(' ');
    }
    out.push_str(rep);

    let next_is_word = next.is_some_and(|c| is_word_char(c) || is_opening(c));
    if next_is_word
        && !is_opening(last)
        && !(matches!(last, '”' | '’') && next.is_some_and(is_opening))
    {
        out.push(' ');
    } else if is_opening(last) {
        // `“ AI` → `“AI`
        let trailing = after.len() - after.trim_start_matches(is_blank).len();
        span.end += trailing;
    }
    (span, out)
}

/// Apply sorted, disjoint edits to `text` in one pass.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    apply_with_seams(text, edits).0
}

/// Apply sorted, disjoint edits and also return the seams: the output offsets where copied
/// text and replacements meet, which are the only places where joining NFC pieces can make
/// something that is not NFC.
pub fn apply_with_seams(text: &str, edits: &[Edit]) -> (String, Vec<usize>) {
    let extra: usize = edits.iter().map(|e| e.replacement.len()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut seams = Vec::with_capacity(2 * edits.len());
    let mut at = 0;
    for e in edits.iter().filter(|e| e.changes_text()) {
        debug_assert!(e.span.start >= at, "edits overlap or are unsorted");
        out.push_str(&text[at..e.span.start]);
        seams.push(out.len());
        out.push_str(&e.replacement);
        seams.push(out.len());
        at = e.span.end;
    }
    out.push_str(&text[at..]);
    (out, seams)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replace the first occurrence of `from` in `text` with `to`, through `seam`.
    fn fit(text: &str, from: &str, to: &str) -> String {
        let start = text.find(from).unwrap();
        let (span, rep) = seam(text, Span::new(start, start + from.len()), to);
        format!("{}{}{}", &text[..span.start], rep, &text[span.end..])
    }

    #[test]
    fn spaces_between_words() {
        assert_eq!(fit("युग में核心价值", "核心价值", "मुख्य मूल्य"), "युग में मुख्य मूल्य");
        assert_eq!(fit("इस合作 के तहत", "合作", "साझेदारी"), "इस साझेदारी के तहत");
        assert_eq!(fit("合作के", "合作", "साझेदारी"), "साझेदारी के");
        assert_eq!(fit("HBM内存 की", "内存", "मेमोरी"), "HBM मेमोरी की");
        assert_eq!(fit("“下一代”", "下一代", "अगली पीढ़ी"), "“अगली पीढ़ी”");
    }

    #[test]
    fn punctuation_attaches() {
        assert_eq!(fit("गिर गए，公司", "，公司", ", कंपनी"), "गिर गए, कंपनी");
        assert_eq!(fit("आई， लेकिन", "，", ","), "आई, लेकिन");
        assert_eq!(fit("मज़बूत है。”", "。", "।"), "मज़बूत है।”");
        assert_eq!(fit("है 。", "。", "।"), "है।");
        assert_eq!(fit("कहा：“AI", "：", ":"), "कहा: “AI");
        assert_eq!(fit("किया。अगला", "。", "।"), "किया। अगला");
        assert_eq!(fit("खत्म।\n。", "。", "।"), "खत्म।\n।");
    }

    #[test]
    fn dropped_runs_take_a_space() {
        assert_eq!(fit("यह 了 था", "了", ""), "यह था");
        assert_eq!(fit("了 यह", "了", ""), "यह");
        assert_eq!(fit("यह 了।", "了", ""), "यह।");
    }

    #[test]
    fn apply_copies_between_edits() {
        let text = "ab核cd心ef";
        let edit = |s: usize, e: usize, r: &str| Edit {
            span: Span::new(s, e),
            original: text[s..e].to_string(),
            replacement: r.to_string(),
            kind: crate::edit::EditKind::Translated,
            applicability: crate::edit::Applicability::Phrase,
            untranslated: Vec::new(),
        };
        assert_eq!(apply(text, &[edit(2, 5, "X"), edit(7, 10, "Y")]), "abXcdYef");
        assert_eq!(apply(text, &[]), text);
    }
}
