//! Normalize: Unicode NFC, with a Devanagari-aware fast path in front of ICU4X's normalizer.
//!
//! [`is_nfc_fast`] answers "certainly NFC" for ASCII and Devanagari text without a table
//! lookup, and hands anything else to `icu_normalizer`. It knows the Devanagari facts that
//! matter:
//!
//! * the precomposed nukta letters U+0958..U+095F are composition exclusions: NFC *decomposes*
//!   them (`ज़` U+095B → U+091C U+093C), so they are never NFC;
//! * U+0929, U+0931, U+0934 *are* the NFC of न/र/ळ + nukta, so a nukta after those letters is not
//!   NFC;
//! * the combining marks with a non-zero class (nukta 7, virama 9, the stress signs 220/230)
//!   must come in class order.
//!
//! [`nfc_edits`] reports each change NFC makes as its own small edit, widened to whole
//! clusters so that the edited text composes the same on its own.

use crate::edit::{Applicability, Edit, EditKind, Span};
use icu_normalizer::ComposingNormalizerBorrowed;
use icu_normalizer::properties::CanonicalCombiningClassMapBorrowed;
use std::borrow::Cow;

const NFC: ComposingNormalizerBorrowed<'static> = ComposingNormalizerBorrowed::new_nfc();

/// True when `text` is NFC.
///
/// ASCII and Devanagari are decided here, byte by byte, with no table lookup. Any other
/// character opens a small region, from the last starter before it to the next ASCII byte or
/// Devanagari letter (neither ever combines with what precedes it), which ICU4X checks on its
/// own; so a quotation mark or a Latin accent costs a lookup of a few characters, not a pass
/// over the rest of the text.
pub fn is_nfc_fast(text: &str) -> bool {
    first_problem(text).is_none()
}

/// Where normalization must start: the offset of a starter such that `text[..offset]` is NFC
/// and stays NFC whatever follows it; `None` when all of `text` is NFC.
#[multiversion::multiversion(targets("x86_64+avx2", "aarch64+neon"))]
fn first_problem(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    // Canonical combining class of the previous character (Devanagari marks only).
    let mut last_ccc = 0u8;
    // The previous character was न, र or ळ, which compose with a following nukta.
    let mut composes_with_nukta = false;
    // Start of the last starter: where a region for ICU begins.
    let mut last_starter = 0;
    // Start of a region that ICU must check, if one is open.
    let mut region: Option<usize> = None;
    // Close an open region at a safe boundary: `Some(start)` when ICU says it is not NFC.
    let check = |region: &mut Option<usize>, to: usize| match region.take() {
        Some(from) if !NFC.is_normalized(&text[from..to]) => Some(from),
        _ => None,
    };
    // Below this offset a block was just found not boring: go character by character.
    let mut scalar_until = 0;
    while i < n {
        // Fast skip: whole 64-byte blocks with nothing that could break NFC (see `boring`).
        if i >= scalar_until && i >= BEHIND && region.is_none() && last_ccc <= 9 && i + BLOCK < n {
            if !boring(bytes, i) {
                // Straight to the character of the first byte that made it so (what is before
                // it in the block is clear), then character by character past it.
                let mut j = i + first_odd(bytes, i);
                while bytes[j] & 0xC0 == 0x80 {
                    j -= 1;
                }
                if j > i {
                    (last_ccc, last_starter, composes_with_nukta) = state_before(bytes, j);
                    i = j;
                }
                scalar_until = j + 4;
            } else {
                i += BLOCK;
                while i + BLOCK < n && boring(bytes, i) {
                    i += BLOCK;
                }
                // Back to a character boundary, and the state of the character before it.
                while bytes[i] & 0xC0 == 0x80 {
                    i -= 1;
                }
                let (ccc, starter, composes) = state_before(bytes, i);
                last_ccc = ccc;
                last_starter = starter;
                composes_with_nukta = composes;
                continue;
            }
        }
        let b = bytes[i];
        if b < 0x80 {
            if let Some(p) = check(&mut region, i) {
                return Some(p);
            }
            last_ccc = 0;
            composes_with_nukta = false;
            last_starter = i;
            i += 1;
            continue;
        }
        if b == 0xE0 && i + 2 < n && (bytes[i + 1] == 0xA4 || bytes[i + 1] == 0xA5) {
            let (b1, b2) = (bytes[i + 1], bytes[i + 2]);
            let ccc = match (b1, b2) {
                (0xA4, 0xBC) => 7,                 // nukta
                (0xA5, 0x8D) => 9,                 // virama
                (0xA5, 0x92) => 220,               // stress sign anudatta
                (0xA5, 0x91 | 0x93 | 0x94) => 230, // udatta, grave, acute
                _ => 0,
            };
            if ccc == 0 {
                if let Some(p) = check(&mut region, i) {
                    return Some(p);
                }
                if b1 == 0xA5 && (0x98..=0x9F).contains(&b2) {
                    return Some(i); // a precomposed nukta letter: NFC decomposes it
                }
                last_starter = i;
            } else if region.is_none() && (ccc < last_ccc || (ccc == 7 && composes_with_nukta)) {
                return Some(last_starter);
            }
            composes_with_nukta = b1 == 0xA4 && matches!(b2, 0xA8 | 0xB0 | 0xB3);
            last_ccc = ccc;
            i += 3;
            continue;
        }
        // Anything else: a region for ICU, from the last starter on.
        if region.is_none() {
            region = Some(last_starter);
        }
        i += utf8_len(b);
        last_ccc = 0;
        composes_with_nukta = false;
    }
    check(&mut region, n)
}

/// The next offset after the character at `at` where a safe boundary is: an ASCII byte or a
/// Devanagari starter (neither ever combines with what precedes it), or the end.
fn next_boundary(text: &str, at: usize) -> usize {
    let mut chars = text[at..].char_indices();
    chars.next();
    for (k, c) in chars {
        let deva_starter = ('\u{0900}'..='\u{097F}').contains(&c)
            && !matches!(c, '\u{093C}' | '\u{094D}' | '\u{0951}'..='\u{0954}');
        if c.is_ascii() || deva_starter {
            return at + k;
        }
    }
    text.len()
}

/// The base letter of a precomposed nukta letter (U+0958..U+095F).
fn nukta_base(c: char) -> Option<char> {
    const BASES: [char; 8] = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];
    ('\u{0958}'..='\u{095F}').contains(&c).then(|| BASES[c as usize - 0x0958])
}

/// NFC of `text`: clean stretches copied as they are, precomposed nukta letters decomposed
/// here, anything else normalized by ICU4X one small region at a time.
fn nfc_owned(text: &str) -> String {
    let ccc = CanonicalCombiningClassMapBorrowed::new();
    let mut out = String::with_capacity(text.len() + text.len() / 32);
    let mut at = 0;
    while let Some(p) = first_problem(&text[at..]) {
        let p = at + p;
        out.push_str(&text[at..p]);
        let mut chars = text[p..].chars();
        let c = chars.next().expect("a problem is at a character");
        if let Some(base) = nukta_base(c)
            && chars.next().is_none_or(|n| ccc.get_u8(n) == 0)
        {
            out.push(base);
            out.push('\u{093C}');
            at = p + c.len_utf8();
            continue;
        }
        let q = next_boundary(text, p);
        out.push_str(&NFC.normalize(&text[p..q]));
        at = q;
    }
    out.push_str(&text[at..]);
    out
}

const BLOCK: usize = 64;

/// Bytes before a byte that [`may_break_nfc`] looks at.
const BEHIND: usize = 3;

/// True when the byte `b` (with the byte after it and the bytes one and three before it) may
/// be where the text stops being NFC. Everything else is ASCII, Devanagari starters, and
/// viramas and nuktas in an order that NFC keeps. Flagged:
///
/// * the lead byte of any non-ASCII character outside Devanagari (`E0 A4`/`E0 A5`); other
///   scripts of U+0800..U+0FFF share the lead byte `E0` (Bengali, Tamil, Kannada … have
///   compositions of their own);
/// * `E0 A5 91..9F`: the stress signs (combining classes 220/230) and the precomposed nukta
///   letters U+0958..U+095F, which NFC decomposes;
/// * a nukta (`E0 A4 BC`) after a character whose last byte is that of न, र, ळ (which compose
///   with it), a virama or a stress sign (which must come after it). Testing the last byte
///   alone also flags a few characters that never take a nukta; that costs a closer look, no
///   more.
#[inline(always)]
fn may_break_nfc(b: u8, next: u8, prev1: u8, prev3: u8) -> bool {
    let lead = (b >= 0xC0) & !((b == 0xE0) & (next & 0xFE == 0xA4));
    let a5_high = (b == 0xA5) & (next.wrapping_sub(0x91) <= 0x0E);
    let before_nukta = (prev3 == 0xA8)
        | (prev3 == 0xB0)
        | (prev3 == 0xB3)
        | (prev3 == 0x8D)
        | (prev3.wrapping_sub(0x91) <= 3);
    let nukta = (b == 0xBC) & (prev1 == 0xA4) & before_nukta;
    lead | a5_high | nukta
}

/// [`may_break_nfc`] at byte `k` of the window `w`, which starts [`BEHIND`] bytes before a
/// block and ends one byte after it.
#[inline(always)]
fn odd_at(w: &[u8], k: usize) -> bool {
    may_break_nfc(w[k + BEHIND], w[k + BEHIND + 1], w[k + BEHIND - 1], w[k])
}

/// True when no byte of the block at `i` (64 bytes, `i >= BEHIND`, the byte after it readable)
/// is [`odd_at`]. Written as a fold over the block so that it vectorizes.
#[inline(always)]
fn boring(bytes: &[u8], i: usize) -> bool {
    let w: &[u8; BEHIND + BLOCK + 1] = bytes[i - BEHIND..=i + BLOCK]
        .try_into()
        .expect("a block with its look-behind and the byte after");
    !(0..BLOCK).fold(false, |acc, k| acc | odd_at(w, k))
}

/// Index of the first byte that keeps the block at `i` from being [`boring`]. Inlined, so that
/// it is compiled for the same target features as [`first_problem`].
#[inline(always)]
fn first_odd(bytes: &[u8], i: usize) -> usize {
    let w: &[u8; BEHIND + BLOCK + 1] = bytes[i - BEHIND..=i + BLOCK]
        .try_into()
        .expect("a block with its look-behind and the byte after");
    // A quarter of the block at a time (each test vectorizes), then byte by byte.
    const QUARTER: usize = BLOCK / 4;
    for q in (0..BLOCK).step_by(QUARTER) {
        let mut odd = false;
        for k in q..q + QUARTER {
            odd |= odd_at(w, k);
        }
        if odd {
            for k in q..q + QUARTER {
                if odd_at(w, k) {
                    return k;
                }
            }
        }
    }
    BLOCK
}

/// After a boring stretch, the state at byte `i` (a character boundary): the combining class of
/// the character before it, where the last starter begins, and whether that character is न, र
/// or ळ.
fn state_before(bytes: &[u8], i: usize) -> (u8, usize, bool) {
    let start_of = |mut j: usize| {
        while j > 0 && bytes[j] & 0xC0 == 0x80 {
            j -= 1;
        }
        j
    };
    if i == 0 {
        return (0, 0, false);
    }
    let prev = start_of(i - 1);
    // The marks a boring stretch can hold: virama (ccc 9) and nukta (ccc 7).
    let mark_ccc = |p: usize| match bytes.get(p..p + 3) {
        Some([0xE0, 0xA5, 0x8D]) => 9,
        Some([0xE0, 0xA4, 0xBC]) => 7,
        _ => 0,
    };
    let ccc = mark_ccc(prev);
    if ccc != 0 {
        let mut s = prev;
        while s > 0 && mark_ccc(s) != 0 {
            s = start_of(s - 1);
        }
        return (ccc, s, false);
    }
    let composes = bytes
        .get(prev..prev + 3)
        .is_some_and(|c| c[0] == 0xE0 && c[1] == 0xA4 && matches!(c[2], 0xA8 | 0xB0 | 0xB3));
    (0, prev, composes)
}

/// Length of the UTF-8 sequence a lead byte starts.
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0..=0xF7 => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// True when the text around each of `seams` (byte offsets, on character boundaries) is NFC:
/// a window from a few characters before to a few after, widened to starters.
pub fn is_nfc_around(text: &str, seams: &[usize]) -> bool {
    const REACH: usize = 4;
    seams.iter().all(|&at| {
        let mut from = at;
        for _ in 0..REACH {
            match text[..from].char_indices().next_back() {
                Some((i, _)) => from = i,
                None => break,
            }
        }
        let mut to = at;
        for c in text[at..].chars().take(REACH) {
            to += c.len_utf8();
        }
        // Widen to a starter on the left: a combining mark may belong to what is before.
        let ccc = CanonicalCombiningClassMapBorrowed::new();
        while let Some((i, c)) = text[..from].char_indices().next_back() {
            from = i;
            if ccc.get_u8(c) == 0 {
                break;
            }
        }
        while let Some(c) = text[to..].chars().next() {
            if ccc.get_u8(c) == 0 {
                break;
            }
            to += c.len_utf8();
        }
        NFC.is_normalized(&text[from..to])
    })
}

/// The NFC form of an owned string, reusing it when it already is NFC.
pub fn into_nfc(text: String) -> String {
    if is_nfc_fast(&text) { text } else { nfc_owned(&text) }
}

/// The NFC form of `text`, borrowed when it already is NFC.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_fast(text) { Cow::Borrowed(text) } else { Cow::Owned(nfc_owned(text)) }
}

/// The edits NFC makes to `text`, each spanning whole clusters; `base` is added to the spans.
pub fn nfc_edits(text: &str, base_offset: usize, out: &mut Vec<Edit>) {
    if is_nfc_fast(text) {
        return;
    }
    let ccc = CanonicalCombiningClassMapBorrowed::new();
    let mut at = 0;
    while at < text.len() {
        let (done, rest) = NFC.split_normalized(&text[at..]);
        if rest.is_empty() {
            break;
        }
        // `done` is NFC and `done + NFC(rest)` is the NFC of both, so the change starts at `rest`.
        let start = at + done.len();
        // The common case in real Hindi: a precomposed nukta letter (a composition exclusion)
        // before a starter decomposes on its own, with no lookup.
        let mut chars = text[start..].chars();
        if let Some(c @ '\u{0958}'..='\u{095F}') = chars.next()
            && chars.next().is_none_or(|n| ccc.get_u8(n) == 0)
        {
            const BASES: [char; 8] = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];
            let base = BASES[c as usize - 0x0958];
            out.push(Edit {
                span: Span::new(base_offset + start, base_offset + start + 3),
                original: c.to_string(),
                replacement: format!("{base}\u{093C}"),
                kind: EditKind::Normalization,
                applicability: Applicability::Exact,
                untranslated: Vec::new(),
            });
            at = start + 3;
            continue;
        }
        // Grow the cluster until the next starter that does not combine with it.
        let mut end = start + text[start..].chars().next().map_or(0, char::len_utf8);
        for c in text[end..].chars() {
            if ccc.get_u8(c) == 0 {
                let with: String = NFC.normalize(&text[start..end + c.len_utf8()]).into_owned();
                let alone = format!(
                    "{}{}",
                    NFC.normalize(&text[start..end]),
                    NFC.normalize(&text[end..end + c.len_utf8()])
                );
                if with == alone {
                    break;
                }
            }
            end += c.len_utf8();
        }
        let original = &text[start..end];
        let replacement = NFC.normalize(original).into_owned();
        if replacement != original {
            out.push(Edit {
                span: Span::new(base_offset + start, base_offset + end),
                original: original.to_string(),
                replacement,
                kind: EditKind::Normalization,
                applicability: Applicability::Exact,
                untranslated: Vec::new(),
            });
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_check_agrees_with_icu() {
        for s in [
            "बाज़ार",            // decomposed nukta: NFC
            "बा\u{095B}ार",     // precomposed ज़: not NFC
            "\u{0928}\u{093C}", // न + nukta: NFC is U+0929
            "\u{0929}",
            "क\u{094D}\u{093C}", // virama before nukta: wrong order
            "क\u{093C}\u{094D}",
            "NVIDIA के AI युग में",
            "e\u{0301}", // Latin: decided by ICU
            "é",
            "Å",
            "核心",
            "",
        ] {
            assert_eq!(is_nfc_fast(s), NFC.is_normalized(s), "{s:?}");
        }
    }

    /// The block test sees every script that shares Devanagari's lead byte, and every mark,
    /// wherever in a block it falls.
    #[test]
    fn block_test_at_every_offset() {
        for piece in [
            "\u{0958}",
            "न\u{093C}",
            "क\u{094D}\u{093C}",
            "क\u{0951}\u{094D}",
            "e\u{0301}",
            "\u{09C7}\u{09BE}",
            "\u{0CBF}\u{0CD5}",
            "\u{0B47}\u{0B3E}",
            "ऩ",
            "ड़",
            "é",
            "“",
        ] {
            for before in 0..140 {
                let text = format!("{}{piece}{}", "a".repeat(before), "कि".repeat(30));
                let text = format!("{}{text}", "खि".repeat(before % 5));
                assert_eq!(
                    is_nfc_fast(&text),
                    NFC.is_normalized(&text),
                    "{piece:?} after {before}"
                );
            }
        }
    }

    #[test]
    fn edits_cover_each_change() {
        let text = "क\u{0958}ख और \u{095B}रा e\u{0301} ठीक बाज\u{095B}ार";
        let mut edits = Vec::new();
        nfc_edits(text, 0, &mut edits);
        let originals: Vec<_> = edits.iter().map(|e| e.original.as_str()).collect();
        assert_eq!(originals, ["\u{0958}", "\u{095B}", "e\u{0301}", "\u{095B}"]);
        let fixed = crate::splice::apply(text, &edits);
        assert_eq!(fixed, NFC.normalize(text));
    }
}
