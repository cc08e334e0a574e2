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
    while i < n {
        // Fast skip: whole 64-byte blocks with nothing that could break NFC (see `boring`).
        if region.is_none() && last_ccc <= 9 && i + BLOCK < n && boring(&bytes[i..=i + BLOCK]) {
            i += BLOCK;
            while i + BLOCK < n && boring(&bytes[i..=i + BLOCK]) {
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
        let b = bytes[i];
        if b < 0x80 {
            if let Some(from) = region.take()
                && !NFC.is_normalized(&text[from..i])
            {
                return false;
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
                (0xA4, 0xBC) => 7,                   // nukta
                (0xA5, 0x8D) => 9,                   // virama
                (0xA5, 0x92) => 220,                 // stress sign anudatta
                (0xA5, 0x91 | 0x93 | 0x94) => 230,   // udatta, grave, acute
                (0xA5, 0x98..=0x9F) => return false, // precomposed nukta letters
                _ => 0,
            };
            if ccc == 0 {
                if let Some(from) = region.take()
                    && !NFC.is_normalized(&text[from..i])
                {
                    return false;
                }
                last_starter = i;
            } else if region.is_none() && (ccc < last_ccc || (ccc == 7 && composes_with_nukta)) {
                return false;
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
    match region {
        Some(from) => NFC.is_normalized(&text[from..]),
        None => true,
    }
}

const BLOCK: usize = 64;

/// True when a block (plus the byte after it) has none of: a nukta (`BC`), a Devanagari
/// character in `E0 A5 91..9F` (stress signs, precomposed nukta letters), or the lead byte of
/// any non-ASCII, non-Devanagari-range character. What is left is ASCII and Devanagari
/// starters and viramas, which are NFC in any order. Written as folds so that it vectorizes.
fn boring(block: &[u8]) -> bool {
    let block: &[u8; BLOCK + 1] = block.try_into().expect("a block and the byte after it");
    let mut odd = 0u8;
    for k in 0..BLOCK {
        let b = block[k];
        let next = block[k + 1];
        let nukta = (b == 0xBC) as u8;
        let other_lead = (b >= 0xC0 && b != 0xE0) as u8;
        let a5_pair = ((b == 0xA5) & (next.wrapping_sub(0x91) <= 0x0E)) as u8;
        odd |= nukta | other_lead | a5_pair;
    }
    odd == 0
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
    let is_virama = |p: usize| bytes.get(p..p + 3) == Some(&[0xE0, 0xA5, 0x8D][..]);
    if is_virama(prev) {
        let mut s = prev;
        while s > 0 && is_virama(s) {
            s = start_of(s - 1);
        }
        return (9, s, false);
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

/// The NFC form of `text`, borrowed when it already is NFC.
pub fn nfc(text: &str) -> Cow<'_, str> {
    if is_nfc_fast(text) { Cow::Borrowed(text) } else { NFC.normalize(text) }
}

/// The edits NFC makes to `text`, each spanning whole clusters; `base` is added to the spans.
pub fn nfc_edits(text: &str, base: usize, out: &mut Vec<Edit>) {
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
                span: Span::new(base + start, base + end),
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
