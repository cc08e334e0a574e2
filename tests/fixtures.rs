//! Every folder under `fixtures/` is a case: `input.txt`, and either `expected.txt` (a repair
//! case, the output snapshot) or nothing more (a leave-alone case: the output must be the
//! NFC form of the input, with no edit other than normalization).
//!
//! `SNAPSHOTS=overwrite cargo test --test fixtures` rewrites the `expected.txt` files; read the
//! diff before committing it.

mod common;

use shuddh::{Cleaner, EditKind};
use std::fs;
use std::path::PathBuf;

fn cases() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("fixtures/ exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.join("input.txt").exists())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 8, "fixtures/ should hold the repair and leave-alone cases");
    dirs
}

#[test]
fn fixtures() {
    let cleaner = Cleaner::default();
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let mut failures = Vec::new();
    for dir in cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let input = fs::read_to_string(dir.join("input.txt")).unwrap();
        let cleaned = cleaner.clean(&input);
        let expected_path = dir.join("expected.txt");
        if expected_path.exists() {
            if overwrite {
                fs::write(&expected_path, cleaned.text.as_bytes()).unwrap();
                continue;
            }
            let expected = fs::read_to_string(&expected_path).unwrap();
            if cleaned.text != expected {
                failures
                    .push(format!("{name}: output differs from expected.txt:\n{}", cleaned.text));
            }
            if common::has_han(&cleaned.text) {
                failures.push(format!("{name}: Han left in the output"));
            }
        } else {
            if cleaned.text != common::nfc(&input) {
                failures.push(format!("{name}: leave-alone case changed:\n{}", cleaned.text));
            }
            let edits: Vec<_> =
                cleaned.edits.iter().filter(|e| e.kind != EditKind::Normalization).collect();
            if !edits.is_empty() {
                failures.push(format!("{name}: leave-alone case has findings: {edits:?}"));
            }
        }
        // Every case: fixing the output changes nothing.
        let again = cleaner.clean(&cleaned.text);
        if again.text != cleaned.text {
            failures.push(format!("{name}: not idempotent:\n{}", again.text));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
