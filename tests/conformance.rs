//! Conformance and properties.
//!
//! * NFC on Unicode's NormalizationTest data (Debian's `unicode-data` package, installed by
//!   `.ci/run`): for every line, `c2 == NFC(c1) == NFC(c2) == NFC(c3)` and
//!   `c4 == NFC(c4) == NFC(c5)`, through shuddh's normalize stage and its fast NFC check.
//!   Unicode's stability policy keeps these results fixed for later Unicode versions, so the
//!   15.0 data checks the newer ICU4X normalizer too.
//! * Properties on generated mixed text: the output is NFC, cleaning is idempotent, and the
//!   text outside the repaired runs changes only by NFC.

#![allow(clippy::print_stderr)]

mod common;

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use shuddh::normalize::{is_nfc_fast, nfc};
use shuddh::{Cleaner, EditKind, NfcScope};
use std::path::Path;

fn normalization_test() -> Option<String> {
    let plain = Path::new("/usr/share/unicode/NormalizationTest.txt");
    if plain.exists() {
        return Some(std::fs::read_to_string(plain).unwrap());
    }
    let bz = Path::new("/usr/share/unicode/NormalizationTest.txt.bz2");
    if bz.exists() {
        let out = std::process::Command::new("bzcat").arg(bz).output().expect("bzcat runs");
        assert!(out.status.success());
        return Some(String::from_utf8(out.stdout).unwrap());
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("NormalizationTest.txt missing: .ci/run installs Debian's unicode-data");
    }
    eprintln!("note: skipping, install Debian's unicode-data for NormalizationTest.txt");
    None
}

fn field(s: &str) -> String {
    s.split_whitespace()
        .map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap())
        .collect()
}

#[test]
fn nfc_conformance() {
    let Some(data) = normalization_test() else { return };
    let mut lines = 0;
    for line in data.lines() {
        if line.starts_with('#') || line.starts_with('@') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<String> = line.split(';').take(5).map(field).collect();
        let (c1, c2, c3, c4, c5) = (&cols[0], &cols[1], &cols[2], &cols[3], &cols[4]);
        for (src, want) in [(c1, c2), (c2, c2), (c3, c2), (c4, c4), (c5, c4)] {
            assert_eq!(&nfc(src), want, "{line}");
            assert_eq!(is_nfc_fast(src), src == want, "fast check on {line}");
            // The same inside Hindi long enough for the block tests, at every offset in a block.
            let pad = |n: usize| "कि".repeat(n);
            let at = lines % 23;
            let (padded, want) = (pad(at) + src + &pad(30), pad(at) + want + &pad(30));
            assert_eq!(nfc(&padded), want, "padded {line}");
            assert_eq!(is_nfc_fast(&padded), padded == want, "fast check on padded {line}");
        }
        lines += 1;
    }
    assert!(lines > 18_000, "read {lines} test lines");
}

/// Pieces that mixed documents are made of: Hindi words (some with precomposed nukta
/// letters), Chinese words and punctuation, Latin, digits, spaces and line breaks.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "कंपनी",
        "ने",
        "कहा",
        "कि",
        "बाज़ार",
        "बा\u{095B}ार",
        "\u{095E}िलहाल",
        "में",
        "और",
        "के",
        "।",
        ",",
        " ",
        " ",
        " ",
        "\n",
        "NVIDIA",
        "AI",
        "2025",
        "12%",
        "(",
        ")",
        "“",
        "”",
        "核心",
        "价值",
        "和",
        "长期",
        "发展",
        "潜力",
        "的",
        "强调",
        "。",
        "，",
        "公司",
        "市值",
        "约",
        "亿",
        "美元",
        "年",
        "月",
        "鑫",
        "了",
        "、",
        "《",
        "》",
        "：",
        "e\u{0301}",
    ])
}

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

/// The fast NFC check and shuddh's NFC agree with an independent implementation.
fn nfc_agrees(s: String) -> Result<(), TestCaseError> {
    let want = common::nfc(&s);
    prop_assert_eq!(is_nfc_fast(&s), want == s, "{:?}", s);
    let got = nfc(&s).into_owned();
    prop_assert_eq!(got, want);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn output_is_nfc_and_idempotent(doc in document()) {
        let cleaner = Cleaner::default();
        let once = cleaner.clean(&doc);
        prop_assert_eq!(common::nfc(&once.text), once.text.as_ref());
        let twice = cleaner.clean(&once.text);
        prop_assert_eq!(twice.text.as_ref(), once.text.as_ref());
    }

    #[test]
    fn only_the_repaired_runs_change_beyond_nfc(doc in document()) {
        let cleaner = Cleaner::default();
        let cleaned = cleaner.clean(&doc);
        let repairs: Vec<_> = cleaned.edits.iter().filter(|e| e.kind != EditKind::Normalization).cloned().collect();
        let spliced = shuddh::splice::apply(&doc, &repairs);
        prop_assert_eq!(common::nfc(&spliced), cleaned.text.as_ref());
        // Edits are sorted, disjoint, and each one's original is the input at its span.
        for pair in cleaned.edits.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start);
        }
        for e in &cleaned.edits {
            prop_assert_eq!(&doc[e.span.range()], e.original.as_str());
        }
    }

    #[test]
    fn nfc_repaired_leaves_the_rest_byte_for_byte(doc in document()) {
        // `--nfc repaired`: only the repaired runs change (and come out NFC); a precomposed
        // nukta letter elsewhere stays as it was.
        let cleaner = Cleaner::builder().nfc(NfcScope::Repaired).build().unwrap();
        let cleaned = cleaner.clean(&doc);
        prop_assert!(cleaned.edits.iter().all(|e| e.kind != EditKind::Normalization));
        prop_assert_eq!(shuddh::splice::apply(&doc, &cleaned.edits), cleaned.text.as_ref());
        let mut at = 0;
        for e in &cleaned.edits {
            prop_assert!(at <= e.span.start);
            prop_assert_eq!(&doc[e.span.range()], e.original.as_str());
            if e.changes_text() {
                prop_assert_eq!(common::nfc(&e.replacement), e.replacement.as_str());
            }
            at = e.span.end;
        }
        let twice = cleaner.clean(&cleaned.text);
        prop_assert_eq!(twice.text.as_ref(), cleaned.text.as_ref());
    }

    #[test]
    fn fast_nfc_check_agrees_with_a_reference(chars in prop::collection::vec(prop::sample::select(vec![
        'क', 'न', 'र', 'ळ', 'ा', 'ि', '\u{093C}', '\u{094D}', '\u{0951}', '\u{0952}', '\u{0958}',
        '\u{095B}', '\u{0929}', '।', 'a', 'e', ' ', '\u{0301}', '\u{0323}', 'é', '“', '\u{2000}',
        '\u{1100}', '\u{1161}', '\u{11A8}', '가', '核', 'Å', '\u{212B}', '\u{0CD5}', '\u{0CBF}',
    ]), 0..200)) {
        nfc_agrees(chars.into_iter().collect())?;
    }

    #[test]
    fn fast_nfc_check_on_long_mostly_clean_text(chars in prop::collection::vec(prop_oneof![
        20 => prop::sample::select(vec!['क', 'न', 'र', 'ळ', 'ा', 'ि', 'ज', 'घ', 'ओ', '\u{094D}', '\u{093C}', ' ', 'a']),
        1 => prop::sample::select(vec!['\u{0958}', '\u{0951}', '\u{0952}', '\u{0301}', 'é', '“', '\u{2000}', '\u{0929}', '核', 'ॼ',
            '\u{09C7}', '\u{09BE}', '\u{0CBF}', '\u{0CD5}', '\u{0B47}', '\u{0B3E}', 'ऑ', 'ओ', '२']),
    ], 0..600)) {
        nfc_agrees(chars.into_iter().collect())?;
    }

    #[test]
    fn clean_text_is_borrowed(doc in "[कखगघ ाीे।,a-z0-9]{0,60}") {
        let cleaned = Cleaner::default().clean(&doc);
        prop_assert!(!cleaned.changed());
        prop_assert!(cleaned.edits.is_empty());
    }
}
