//! The real pre-commit framework runs shuddh's hooks from this repository
//! (`.pre-commit-hooks.yaml`) on a temporary git repository: `shuddh-fix` fails the first run and
//! fixes the file, then passes; `shuddh-check` fails without writing.
//!
//! pre-commit builds the `language: rust` hook with the machine's cargo; pointing
//! `CARGO_TARGET_DIR` at this checkout's target folder lets it reuse compiled dependencies.
//! `.ci/run` installs pre-commit from PyPI; elsewhere the test is skipped when it is missing.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

const DIRTY: &str = "कंपनी ने बताया कि डेटा सेंटर से उसका राजस्व同比增长93%。\n";

fn have_pre_commit() -> bool {
    let found =
        Command::new("pre-commit").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("pre-commit is missing; .ci/run installs it from PyPI");
        }
        eprintln!("note: skipping, pre-commit is not installed (pip install pre-commit)");
    }
    found
}

fn git(dir: &Path, args: &[&str]) {
    let ok = Command::new("git").current_dir(dir).args(args).output().unwrap();
    assert!(ok.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&ok.stderr));
}

fn try_repo(dir: &Path, home: &Path, hook: &str) -> (i32, String) {
    let checkout = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("pre-commit")
        .current_dir(dir)
        .args(["try-repo"])
        .arg(&checkout)
        .args([hook, "--all-files"])
        .env("PRE_COMMIT_HOME", home)
        .env("CARGO_TARGET_DIR", checkout.join("target").join("pre-commit"))
        .output()
        .unwrap();
    let log =
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.code().unwrap_or(-1), log)
}

#[test]
fn hooks_fix_then_pass_and_check_fails_without_writing() {
    if !have_pre_commit() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let repo = tmp.path().join("repo");
    let home = tmp.path().join("pre-commit-home");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    git(&repo, &["config", "user.email", "test@example.com"]);
    git(&repo, &["config", "user.name", "test"]);
    let file = repo.join("article.txt");
    std::fs::write(&file, DIRTY).unwrap();
    git(&repo, &["add", "article.txt"]);

    // shuddh-check: fails, writes nothing.
    let (code, log) = try_repo(&repo, &home, "shuddh-check");
    assert_ne!(code, 0, "check must fail on stray Chinese:\n{log}");
    assert!(log.contains("article.txt:1:44: translated"), "{log}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), DIRTY);

    // shuddh-fix: the first run fixes the file and fails (it changed a file) …
    let (code, log) = try_repo(&repo, &home, "shuddh-fix");
    assert_ne!(code, 0, "the first run fails:\n{log}");
    let fixed = std::fs::read_to_string(&file).unwrap();
    assert!(!fixed.contains('同') && fixed.ends_with("।\n"), "{fixed}");
    // … and the second passes.
    git(&repo, &["add", "article.txt"]);
    let (code, log) = try_repo(&repo, &home, "shuddh-fix");
    assert_eq!(code, 0, "the second run passes:\n{log}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), fixed);
}
