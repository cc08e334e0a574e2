//! Leave alone what is not broken: every line of the real clean corpus in `../shared/corpus`
//! (Hindi, Simplified and Traditional Chinese, Marathi, Nepali) comes out as its NFC form and
//! nothing else, one line as a document and each whole file as one document.

mod common;

use shuddh::{Cleaner, EditKind};

fn check_file(name: &str) {
    let Some(path) = common::shared(&format!("corpus/{name}")) else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    let cleaner = Cleaner::default();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let cleaned = cleaner.clean(line);
        let want = common::nfc(line);
        let findings = cleaned.edits.iter().filter(|e| e.kind != EditKind::Normalization).count();
        if cleaned.text != want || findings > 0 {
            bad.push(format!("{name}:{}: {line}\n  → {}", i + 1, cleaned.text));
        }
    }
    let whole = cleaner.clean(&text);
    if whole.text != common::nfc(&text) {
        bad.push(format!("{name}: the whole file changed beyond NFC"));
    }
    assert!(
        bad.is_empty(),
        "{} lines changed:\n{}",
        bad.len(),
        bad[..bad.len().min(20)].join("\n")
    );
}

#[test]
fn hindi() {
    check_file("hi.txt");
}

#[test]
fn chinese_simplified() {
    check_file("zh.txt");
}

#[test]
fn chinese_traditional() {
    check_file("zh_hant.txt");
}

#[test]
fn marathi() {
    check_file("mr.txt");
}

#[test]
fn nepali() {
    check_file("ne.txt");
}

/// The document language, on 1,000-character pieces of each Devanagari corpus: Hindi must be
/// called Hindi every time (else its stray Chinese is left untranslated), and Marathi and
/// Nepali must not be called Hindi (else they would be "repaired" with Hindi).
#[test]
fn language_of_corpus_pieces() {
    use shuddh::detect::{Lang, detect_language};
    for (name, want) in
        [("hi.txt", Lang::Hindi), ("mr.txt", Lang::Marathi), ("ne.txt", Lang::Nepali)]
    {
        let Some(path) = common::shared(&format!("corpus/{name}")) else { return };
        let text = std::fs::read_to_string(&path).unwrap();
        let (mut pieces, mut wrong, mut as_hindi) = (0, Vec::new(), 0);
        let mut piece = String::new();
        for line in text.lines() {
            piece.push_str(line);
            piece.push('\n');
            if piece.chars().count() >= 1_000 {
                let got = detect_language(&piece);
                pieces += 1;
                as_hindi += usize::from(got == Lang::Hindi);
                if got != want {
                    wrong.push(format!("{got:?}: {}", piece.chars().take(80).collect::<String>()));
                }
                piece.clear();
            }
        }
        assert!(pieces >= 100, "{name}: only {pieces} pieces");
        if want == Lang::Hindi {
            assert!(
                wrong.is_empty(),
                "{name}: {} of {pieces} wrong:\n{}",
                wrong.len(),
                wrong.join("\n")
            );
        } else {
            assert_eq!(as_hindi, 0, "{name}: called Hindi:\n{}", wrong.join("\n"));
            assert!(wrong.len() * 100 <= pieces, "{name}: {} of {pieces} wrong", wrong.len());
        }
    }
}
