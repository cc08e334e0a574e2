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
