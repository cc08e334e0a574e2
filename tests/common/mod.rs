//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::print_stderr)]

use std::path::PathBuf;

/// `../shared` beside the checkout, where the real corpus, seed article and eval set live.
///
/// A fresh clone has no `../shared`: the test is skipped with a note. Under `CI=true` its absence
/// is a failure, since CI always has it.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared").join(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{} is missing, and CI always has ../shared", path.display());
    }
    eprintln!("note: skipping, {} is not there (a fresh clone has no ../shared)", path.display());
    None
}

/// True when `s` has a Han ideograph.
pub fn has_han(s: &str) -> bool {
    s.chars().any(|c| shuddh::segment::classify(c) == shuddh::segment::Class::Han)
}

/// NFC by an independent implementation (the `unicode-normalization` crate), as the oracle.
pub fn nfc(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfc().collect()
}
