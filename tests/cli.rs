//! The real binary on files and stdin: every mode, every exit code, safe rewrites.

use assert_cmd::Command;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const DIRTY: &str = "कंपनी ने बताया कि डेटा सेंटर से उसका राजस्व同比增长93%。\n";
const CLEAN: &str = "मौसम विभाग ने बताया कि अगले तीन दिनों में बारिश हो सकती है।\n";

fn shuddh() -> Command {
    Command::cargo_bin("shuddh").unwrap()
}

fn fixture(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(case).join("input.txt")
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn fix_as_a_filter() {
    let input = fs::read_to_string(fixture("article")).unwrap();
    let want = fs::read_to_string(fixture("article").with_file_name("expected.txt")).unwrap();
    let out = shuddh().arg("fix").write_stdin(input).assert().code(0);
    assert_eq!(stdout(out.get_output()), want);
    // Clean text passes through byte for byte, exit 0.
    let out = shuddh().arg("fix").write_stdin(CLEAN).assert().code(0);
    assert_eq!(stdout(out.get_output()), CLEAN);
}

#[test]
fn check_exit_codes_and_formats() {
    shuddh().arg("check").write_stdin(CLEAN).assert().code(0).stdout("");
    let out = shuddh().arg("check").write_stdin(DIRTY).assert().code(1);
    let report = stdout(out.get_output());
    assert!(report.starts_with("<stdin>:1:44: translated: 同比增长93%。 → "), "{report}");

    let out = shuddh().args(["check", "--format", "json"]).write_stdin(DIRTY).assert().code(1);
    let line = stdout(out.get_output());
    let v: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(v["kind"], "translated");
    assert_eq!(v["line"], 1);
    assert_eq!(v["original"], "同比增长93%。");
    let (s, e) = (
        v["span"]["start"].as_u64().unwrap() as usize,
        v["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&DIRTY[s..e], "同比增长93%。");

    shuddh().args(["check", "--exit-zero"]).write_stdin(DIRTY).assert().code(0);
}

#[test]
fn fix_files_in_place_keeping_shape() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = DIRTY.replace('\n', "\r\n");
    let bom = [b"\xEF\xBB\xBF".as_slice(), DIRTY.as_bytes()].concat();
    let a = write(dir.path(), "crlf.txt", crlf.as_bytes());
    let b = write(dir.path(), "bom.txt", &bom);
    let c = write(dir.path(), "clean.txt", CLEAN.as_bytes());
    fs::set_permissions(&a, fs::Permissions::from_mode(0o640)).unwrap();
    let before = fs::metadata(&c).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));

    let out = shuddh().arg("fix").args([&a, &b, &c]).assert().code(0);
    assert!(
        stderr(out.get_output()).contains("3 file(s), 2 rewritten"),
        "{}",
        stderr(out.get_output())
    );

    let a_out = fs::read_to_string(&a).unwrap();
    assert!(a_out.ends_with("।\r\n") && !a_out.contains("同"), "{a_out:?}");
    assert_eq!(fs::metadata(&a).unwrap().permissions().mode() & 0o777, 0o640);
    let b_out = fs::read(&b).unwrap();
    assert!(b_out.starts_with(b"\xEF\xBB\xBF"));
    assert!(!String::from_utf8(b_out).unwrap().contains("同"));
    assert_eq!(fs::read_to_string(&c).unwrap(), CLEAN);
    assert_eq!(
        fs::metadata(&c).unwrap().modified().unwrap(),
        before,
        "unchanged file not rewritten"
    );
    // No temporary files left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 3);
}

#[test]
fn diff_shows_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", DIRTY.as_bytes());
    let out = shuddh().args(["fix", "--diff"]).arg(&a).assert().code(1);
    let diff = stdout(out.get_output());
    assert!(diff.contains("-कंपनी ने बताया") && diff.contains("+कंपनी ने बताया"), "{diff}");
    assert_eq!(fs::read_to_string(&a).unwrap(), DIRTY);
    shuddh().args(["fix", "--diff"]).write_stdin(CLEAN).assert().code(0).stdout("");
}

#[test]
fn bad_files_are_reported_left_alone_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut bad_utf8 = DIRTY.as_bytes().to_vec();
    bad_utf8.insert(9, 0xFF);
    let bad = write(dir.path(), "bad.txt", &bad_utf8);
    let bin = write(dir.path(), "bin.dat", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let utf16 = write(dir.path(), "utf16.txt", b"\xFF\xFEa\x00b\x00");
    let ro = write(dir.path(), "ro.txt", DIRTY.as_bytes());
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let good = write(dir.path(), "good.txt", DIRTY.as_bytes());
    let missing = dir.path().join("missing.txt");

    let out = shuddh().arg("fix").args([&bad, &bin, &utf16, &ro, &missing, &good]).assert().code(2);
    let err = stderr(out.get_output());
    assert!(err.contains(&format!("{}: not valid UTF-8 at byte offset 9", bad.display())), "{err}");
    assert!(
        err.contains(&format!("{}: binary data (NUL byte at byte offset 8)", bin.display())),
        "{err}"
    );
    assert!(err.contains("UTF-16 text is not supported"), "{err}");
    assert!(err.contains(&format!("{}: file is read-only", ro.display())), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    assert_eq!(fs::read(&bad).unwrap(), bad_utf8);
    assert_eq!(fs::read(&ro).unwrap(), DIRTY.as_bytes());
    assert!(!fs::read_to_string(&good).unwrap().contains("同"), "the good file was still fixed");

    shuddh().arg("check").arg(&bad).assert().code(2);
    shuddh().arg("fix").write_stdin(bad_utf8).assert().code(2);
}

#[test]
fn user_tables_overlay_and_errors_name_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let table = write(dir.path(), "mine.tsv", "# mine\n同比增长\tसालाना बढ़त\tn f\n".as_bytes());
    let out = shuddh().args(["fix", "--table"]).arg(&table).write_stdin(DIRTY).assert().code(0);
    assert!(stdout(out.get_output()).contains("सालाना बढ़त"));

    let broken = write(dir.path(), "broken.tsv", "核心\tमुख्य\n价值 मूल्य\n".as_bytes());
    let out = shuddh().args(["fix", "--table"]).arg(&broken).write_stdin(DIRTY).assert().code(2);
    let err = stderr(out.get_output());
    assert!(err.contains(&format!("{}:2: expected `Chinese<TAB>Hindi", broken.display())), "{err}");

    let out = shuddh().args(["table", "--table"]).arg(&table).assert().code(0);
    assert!(stdout(out.get_output()).contains("同比增长\tसालाना बढ़त\tn f\n"));
}

#[test]
fn marathi_is_reported_not_translated_unless_given_a_table() {
    let mr = fs::read_to_string(fixture("marathi")).unwrap();
    let doc = format!("{mr}सरकारने合作 जाहीर केले.\n");
    let out = shuddh().arg("fix").write_stdin(doc.clone()).assert().code(1);
    assert_eq!(stdout(out.get_output()), doc);
    assert!(stderr(out.get_output()).contains("stray: 合作"));
    let dir = tempfile::tempdir().unwrap();
    let table = write(dir.path(), "mr.tsv", "合作\tसहकार्य\tn m\n".as_bytes());
    let out = shuddh()
        .args(["fix", "--table"])
        .arg(format!("mr={}", table.display()))
        .write_stdin(doc)
        .assert()
        .code(0);
    assert!(stdout(out.get_output()).contains("सरकारने सहकार्य जाहीर"));
}

#[test]
fn leave_alone_fixtures_pass_through() {
    for case in [
        "clean-hindi",
        "chinese-document",
        "marathi",
        "nepali",
        "latin-brands",
        "gloss",
        "url-and-code",
    ] {
        let input = fs::read(fixture(case)).unwrap();
        shuddh().arg("fix").write_stdin(input.clone()).assert().code(0).stdout(input.clone());
        shuddh().arg("check").arg(fixture(case)).assert().code(0).stdout("");
    }
}

#[test]
fn nfc_scope() {
    let input = fs::read(fixture("non-nfc")).unwrap();
    let out = shuddh().args(["check"]).arg(fixture("non-nfc")).assert().code(1);
    assert!(
        stdout(out.get_output())
            .contains(":1:3: normalization: \u{095B} (U+095B) → \u{091C}\u{093C} (U+091C U+093C)")
    );
    shuddh().args(["fix", "--nfc", "repaired"]).write_stdin(input).assert().code(0);
}

#[test]
fn usage_errors_exit_2_and_help_documents_exit_codes() {
    shuddh().args(["fix", "--no-such-flag"]).assert().code(2);
    shuddh().assert().code(2);
    let out = shuddh().arg("--help").assert().code(0);
    let help = stdout(out.get_output());
    assert!(help.contains("Exit status:") && help.contains("2  an error"), "{help}");
}

#[test]
fn unknown_policy_and_stats() {
    // 龘 has no table entry: transliterated by default, kept, marked or dropped on request.
    let doc = "कंपनी के प्रवक्ता ने कहा कि 龘 नाम का नया मॉडल आएगा।\n";
    let out = shuddh().arg("fix").write_stdin(doc).assert().code(0);
    let fixed = stdout(out.get_output());
    assert!(!fixed.contains('龘') && fixed.contains("दा"), "{fixed}");
    let out = shuddh().args(["fix", "--unknown", "keep"]).write_stdin(doc).assert().code(1);
    assert_eq!(stdout(out.get_output()), doc);
    let out = shuddh().args(["fix", "--unknown", "mark"]).write_stdin(doc).assert().code(1);
    let marked = stdout(out.get_output());
    assert!(marked.contains("⟦龘⟧"), "{marked}");
    // Marked text is left alone by the next run.
    shuddh().args(["fix", "--unknown", "mark"]).write_stdin(marked.clone()).assert().stdout(marked);
    let out = shuddh().args(["fix", "--unknown", "drop"]).write_stdin(doc).assert().code(0);
    assert!(stdout(out.get_output()).contains("कि नाम का"));

    let two = format!("{doc}{doc}यह 黄仁鑫 का बयान था, जो बाद में बदला गया।\n");
    let out = shuddh().args(["check", "--stats"]).write_stdin(two).assert().code(1);
    let stats = stdout(out.get_output());
    let first = stats.lines().next().unwrap();
    assert_eq!(first, "2\t龘\tदा", "{stats}");
    assert!(stats.contains("\t黄仁鑫\tहुआंग रेनशिन"), "{stats}");
}

#[test]
fn allowed_scripts_are_left_alone() {
    let doc = "यह जापानी शब्द ありがとう हिंदी वाक्य में है, और 同比增长 भी।\n";
    let out = shuddh().arg("check").write_stdin(doc).assert().code(1);
    let report = stdout(out.get_output());
    assert!(report.contains("stray: ありがとう") && report.contains("同比增长"), "{report}");
    let out = shuddh().args(["check", "--allow", "Kana"]).write_stdin(doc).assert().code(1);
    let report = stdout(out.get_output());
    assert!(!report.contains("ありがとう") && report.contains("同比增长"), "{report}");
    shuddh()
        .args(["check", "--allow", "Kana", "--allow", "Hani"])
        .write_stdin(doc)
        .assert()
        .code(0);
    shuddh().args(["check", "--allow", "Latn"]).write_stdin(doc).assert().code(2);
}
