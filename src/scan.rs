//! Scan: cheap byte-level tests that let clean text skip the rest of the pipeline.
//!
//! Every Han ideograph, kana, hangul syllable, CJK punctuation mark and full-width form is encoded
//! in UTF-8 with a lead byte of `0xE3` or more (U+3000 and up; supplementary ideographs use
//! `0xF0`). Devanagari (U+0900..U+097F, lead byte `0xE0`), ASCII, Latin-1 and the general
//! punctuation block (`“ ” … ₹`, lead byte `0xE2`) never do. So a text with no byte `>= 0xE3` has
//! nothing to repair.

/// Lead bytes at or above this may start an East Asian character.
pub const CANDIDATE_LEAD: u8 = 0xE3;

/// Byte offset of the first byte that may start an East Asian character, if any.
///
/// A hit is only a candidate (emoji and other symbols share the lead bytes); callers confirm
/// the character.
pub fn find_candidate(bytes: &[u8]) -> Option<usize> {
    // Blocks of 64 bytes: the max over a block vectorizes well, and clean text (ASCII and
    // Devanagari, whose bytes stay below 0xE3) is rejected a block at a time.
    const BLOCK: usize = 64;
    let mut offset = 0;
    for block in bytes.chunks(BLOCK) {
        if block.iter().fold(0u8, |m, &b| m.max(b)) >= CANDIDATE_LEAD {
            return block.iter().position(|&b| b >= CANDIDATE_LEAD).map(|p| offset + p);
        }
        offset += block.len();
    }
    None
}

/// True when `text` may hold a stray run.
pub fn has_candidates(text: &str) -> bool {
    find_candidate(text.as_bytes()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_east_asian_lead_bytes_only() {
        assert_eq!(find_candidate("NVIDIA के AI युग में “सब” … ₹ ।".as_bytes()), None);
        let s = "NVIDIA के AI युग में核心";
        assert_eq!(find_candidate(s.as_bytes()), s.find('核'));
        assert_eq!(find_candidate("x。".as_bytes()), Some(1));
        assert_eq!(find_candidate("🚀".as_bytes()), Some(0));
        // Inside, at the edge of and past a 64-byte block.
        for n in [0, 15, 63, 64, 65, 127, 200] {
            let s = format!("{}核", "a".repeat(n));
            assert_eq!(find_candidate(s.as_bytes()), Some(n));
        }
    }
}
