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

/// Canonical combining class of a Devanagari code point (the block's only non-zero ones).
fn deva_ccc(c: char) -> u8 {
    match c {
        '\u{093C}' => 7,
        '\u{094D}' => 9,
        '\u{0952}' => 220,
        '\u{0951}' | '\u{0953}' | '\u{0954}' => 230,
        _ => 0,
    }
}

/// True when `text` is NFC. ASCII and Devanagari are decided here; any other character sends
/// the rest of the text to the real normalizer's check.
pub fn is_nfc_fast(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut last_ccc = 0u8;
    let mut prev = '\0';
    let mut last_starter = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            last_ccc = 0;
            prev = b as char;
            last_starter = i;
            i += 1;
            continue;
        }
        // Devanagari is E0 A4 xx / E0 A5 xx.
        if b == 0xE0 && i + 2 < bytes.len() && (bytes[i + 1] == 0xA4 || bytes[i + 1] == 0xA5) {
            let c = char::from_u32(
                0x0900 + ((bytes[i + 1] as u32 - 0xA4) << 6) + (bytes[i + 2] as u32 & 0x3F),
            )
            .expect("Devanagari code point");
            if ('\u{0958}'..='\u{095F}').contains(&c) {
                return false;
            }
            let ccc = deva_ccc(c);
            if c == '\u{093C}' && matches!(prev, '\u{0928}' | '\u{0930}' | '\u{0933}') {
                return false;
            }
            if ccc != 0 && ccc < last_ccc {
                return false;
            }
            if ccc == 0 {
                last_starter = i;
            }
            last_ccc = ccc;
            prev = c;
            i += 3;
            continue;
        }
        // Anything else: ICU decides, from the last starter on.
        return NFC.is_normalized(&text[last_starter..]);
    }
    true
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
