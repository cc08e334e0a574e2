//! Batch mode on real folders: walking rules, bad files, JSONL and compressed corpora, the
//! config file, and an interrupted parallel run that must leave every file old or new.

#![allow(clippy::print_stderr)]

use assert_cmd::Command;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const DIRTY: &str = "कंपनी ने बताया कि डेटा सेंटर से उसका राजस्व同比增长93%。\n";
const CLEAN: &str = "मौसम विभाग ने बताया कि अगले तीन दिनों में बारिश हो सकती है।\n";

fn shuddh() -> Command {
    Command::cargo_bin("shuddh").unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(&p, bytes).unwrap();
    p
}

fn text(out: &[u8]) -> String {
    String::from_utf8(out.to_vec()).unwrap()
}

#[test]
fn a_folder_with_every_kind_of_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ".gitignore", b"ignored.txt\n");
    let ignored = write(d, "ignored.txt", DIRTY.as_bytes());
    let hidden = write(d, ".hidden/note.txt", DIRTY.as_bytes());
    let binary = write(d, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let mut bad = DIRTY.as_bytes().to_vec();
    bad.insert(9, 0xFF);
    let non_utf8 = write(d, "latin1.txt", &bad);
    let ro = write(d, "readonly.txt", DIRTY.as_bytes());
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let crlf = write(d, "sub/crlf.txt", DIRTY.replace('\n', "\r\n").as_bytes());
    let bom = write(d, "sub/bom.md", &[b"\xEF\xBB\xBF".as_slice(), DIRTY.as_bytes()].concat());
    let clean = write(d, "clean.txt", CLEAN.as_bytes());
    let before = fs::metadata(&clean).unwrap().modified().unwrap();

    let out = shuddh().args(["fix", "-j", "2"]).arg(d).assert().code(2);
    let err = text(&out.get_output().stderr);
    assert!(err.contains("image.png: skipped (binary)"), "{err}");
    assert!(err.contains("latin1.txt: not valid UTF-8 at byte offset 9"), "{err}");
    assert!(err.contains("readonly.txt: file is read-only"), "{err}");
    assert!(err.contains("2 rewritten"), "{err}");

    assert_eq!(fs::read_to_string(&ignored).unwrap(), DIRTY, ".gitignore respected");
    assert_eq!(fs::read_to_string(&hidden).unwrap(), DIRTY, "hidden files skipped");
    assert_eq!(fs::read(&binary).unwrap(), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    assert_eq!(fs::read(&non_utf8).unwrap(), bad);
    assert_eq!(fs::read_to_string(&ro).unwrap(), DIRTY);
    let crlf_out = fs::read_to_string(&crlf).unwrap();
    assert!(crlf_out.ends_with("।\r\n") && !crlf_out.contains('同'), "{crlf_out:?}");
    assert!(fs::read(&bom).unwrap().starts_with(b"\xEF\xBB\xBF"));
    assert_eq!(fs::metadata(&clean).unwrap().modified().unwrap(), before);

    // Filters: --type and --exclude; --hidden walks hidden files.
    let out = shuddh()
        .args(["check", "--hidden", "--type", "txt", "--exclude", "ignored.txt"])
        .arg(d)
        .assert()
        .code(2);
    let report = text(&out.get_output().stdout);
    assert!(report.contains(".hidden/note.txt:1:"), "{report}");
    assert!(!report.contains("ignored.txt") && !report.contains("bom.md"), "{report}");
}

#[test]
fn jsonl_corpora_compressed_and_mirrored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let docs = [
        r#"{"id": 1, "url": "https://x/1", "text": "युग में核心价值。", "n": 1.50}"#,
        r#"{"id": 2, "text": "साफ़ हिंदी पाठ।"}"#,
        "{broken",
        r#"{"id": 3, "body": "कोई पाठ नहीं"}"#,
    ];
    let plain = docs.join("\n") + "\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(plain.as_bytes()).unwrap();
    let src = write(d, "in/crawl.jsonl.gz", &gz.finish().unwrap());
    let zst = write(d, "in/more.jsonl.zst", &zstd::encode_all(plain.as_bytes(), 3).unwrap());
    let out_dir = d.join("out");

    let out = shuddh().current_dir(d).args(["fix", "--output", "out", "in"]).assert().code(0);
    let err = text(&out.get_output().stderr);
    assert!(err.contains("crawl.jsonl.gz:3: not JSON"), "{err}");
    assert!(err.contains("6 document(s) (2 changed)"), "{err}");

    let mut got = String::new();
    flate2::read::MultiGzDecoder::new(fs::File::open(out_dir.join("in/crawl.jsonl.gz")).unwrap())
        .read_to_string(&mut got)
        .unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], r#"{"id": 1, "url": "https://x/1", "text": "युग में मुख्य मूल्य।", "n": 1.50}"#);
    assert_eq!(&lines[1..], &docs[1..]);
    let z = zstd::decode_all(fs::File::open(out_dir.join("in/more.jsonl.zst")).unwrap()).unwrap();
    assert_eq!(text(&z), got);
    // Sources untouched with --output.
    assert!(fs::read(&src).unwrap().starts_with(&[0x1f, 0x8b]));
    assert!(fs::read(&zst).unwrap().starts_with(&[0x28, 0xb5, 0x2f, 0xfd]));

    // In place, another field, summary as JSON.
    let j = write(d, "body.jsonl", b"{\"body\": \"\xe0\xa4\xaf\xe0\xa5\x81\xe0\xa4\x97 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82\xe6\xa0\xb8\xe5\xbf\x83\xe4\xbb\xb7\xe5\x80\xbc\xe3\x80\x82\"}\n");
    let out =
        shuddh().args(["fix", "--field", "body", "--format", "json"]).arg(&j).assert().code(0);
    let summary: serde_json::Value =
        serde_json::from_str(text(&out.get_output().stderr).trim()).unwrap();
    assert_eq!(summary["summary"]["changed_documents"], 1);
    assert!(!fs::read_to_string(&j).unwrap().contains('核'));

    // stdin, compressed, recognised by content.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(DIRTY.as_bytes()).unwrap();
    let out = shuddh().args(["fix", "-z"]).write_stdin(gz.finish().unwrap()).assert().code(0);
    assert!(!text(&out.get_output().stdout).contains('同'));
}

/// Large compressed files go through the decompressing and compressing threads: a clean
/// round trip, and a truncated or corrupt file is an error that leaves it as it was.
#[test]
fn large_compressed_files_round_trip_and_damaged_ones_stay() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // ~3 MB of text: many read-ahead and write-behind blocks.
    let plain: String = (0..20_000).map(|i| if i % 7 == 3 { DIRTY } else { CLEAN }).collect();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(plain.as_bytes()).unwrap();
    let whole = gz.finish().unwrap();
    let good = write(d, "good.txt.gz", &whole);
    let truncated = write(d, "truncated.txt.gz", &whole[..whole.len() / 2]);
    let mut bad_bytes = whole.clone();
    let at = bad_bytes.len() - 6;
    bad_bytes[at] ^= 0xFF; // the gzip trailer's checksum
    let corrupt = write(d, "corrupt.txt.gz", &bad_bytes);

    shuddh().args(["fix", "-q"]).arg(&good).assert().code(0);
    let mut fixed = String::new();
    flate2::read::MultiGzDecoder::new(fs::File::open(&good).unwrap())
        .read_to_string(&mut fixed)
        .unwrap();
    // The same as the plain text fixed through stdin.
    let plain_out = shuddh().arg("fix").write_stdin(plain.clone()).assert().code(0);
    let want = text(&plain_out.get_output().stdout);
    assert!(!fixed.contains('同'), "{}", &fixed[..200]);
    assert_eq!(fixed.lines().count(), 20_000);
    assert!(fixed == want, "the compressed round trip differs from the plain one");

    for (path, bytes, why) in [
        (&truncated, &whole[..whole.len() / 2], "incomplete"),
        (&corrupt, &bad_bytes[..], "checksum"),
    ] {
        let out = shuddh().arg("fix").arg(path).assert().code(2);
        let err = text(&out.get_output().stderr);
        assert!(err.contains(why), "{err}");
        assert_eq!(err.matches(why).count(), 1, "said once: {err}");
        assert_eq!(fs::read(path).unwrap(), bytes, "{} left as it was", path.display());
    }
    let left: Vec<_> = fs::read_dir(d).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 3, "no temporary files left: {left:?}");
}

#[test]
fn config_file_found_upward_and_flags_win() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "shuddh.toml",
        b"tables = [\"words.tsv\"]\nexclude = [\"data/*.tsv\"]\nunknown = \"keep\"\n",
    );
    write(d, "words.tsv", "同比增长\tसालाना बढ़त\tn f\n".as_bytes());
    let table_like = write(d, "data/t.tsv", "核心\tमुख्य\n".as_bytes());
    let doc = write(d, "docs/a.txt", format!("{DIRTY}यह 龘 है।\n").as_bytes());
    let sub = d.join("docs");

    let out = shuddh().current_dir(&sub).args(["check", "--verbose", ".."]).assert().code(1);
    let err = text(&out.get_output().stderr);
    assert!(
        err.contains(&format!("config: {}", d.join("shuddh.toml").display()))
            || err.contains("config: ../shuddh.toml")
            || err.contains("shuddh.toml"),
        "{err}"
    );
    let report = text(&out.get_output().stdout);
    assert!(report.contains("सालाना बढ़त"), "config table used: {report}");
    assert!(report.contains("unknown: 龘"), "config unknown policy used: {report}");
    assert!(!report.contains("t.tsv"), "excluded: {report}");

    // The flag wins over the config: translit instead of keep.
    shuddh().current_dir(d).args(["fix", "--unknown", "translit"]).arg(&doc).assert().code(0);
    assert!(!fs::read_to_string(&doc).unwrap().contains('龘'));
    assert_eq!(fs::read_to_string(&table_like).unwrap(), "核心\tमुख्य\n");

    write(d, "bad/shuddh.toml", b"colour = 1\n");
    let out =
        shuddh().current_dir(d.join("bad")).args(["check"]).write_stdin(CLEAN).assert().code(2);
    assert!(text(&out.get_output().stderr).contains("shuddh.toml"));
}

fn run_and_kill(d: &Path, signal: &str, after: std::time::Duration) -> std::process::ExitStatus {
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("shuddh"))
        .args(["fix", "-q", "-j", "2"])
        .arg(d)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(after);
    std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    child.wait_with_output().unwrap().status
}

/// Count files that are the old or the new version; panic on anything else.
fn old_and_new(d: &Path, n: usize, old: &str, new: &str) -> (usize, usize) {
    let (mut o, mut w) = (0, 0);
    for i in 0..n {
        let got = fs::read_to_string(d.join(format!("f{:04}.txt", i))).unwrap();
        if got == old {
            o += 1;
        } else if got == new {
            w += 1;
        } else {
            panic!("f{i:04}.txt is neither the old nor the new version");
        }
    }
    (o, w)
}

#[test]
fn killing_a_parallel_run_leaves_no_partial_file() {
    let n = 2000;
    // Long enough files that some writes are in flight when the process dies.
    let body = DIRTY.repeat(40);
    let fixed = text(&shuddh().arg("fix").write_stdin(body.clone()).output().unwrap().stdout);
    let fill = |d: &Path| {
        for i in 0..n {
            write(d, &format!("f{:04}.txt", i), body.as_bytes());
        }
    };
    // How long a whole run takes here, to kill the next ones part-way through.
    let dir = tempfile::tempdir().unwrap();
    fill(dir.path());
    let start = std::time::Instant::now();
    shuddh().args(["fix", "-q", "-j", "2"]).arg(dir.path()).assert().code(0);
    let whole = start.elapsed();
    assert_eq!(old_and_new(dir.path(), n, &body, &fixed), (0, n));

    let seed =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let mut mixed = false;
    for attempt in 0..6u32 {
        // A different point of the run each time: 20% to 80% of it.
        let share = 0.2 + f64::from((seed / (attempt + 1)) % 600) / 1000.0;
        let after = whole.mul_f64(share);
        for (signal, name) in [("-KILL", "SIGKILL"), ("-INT", "SIGINT")] {
            let dir = tempfile::tempdir().unwrap();
            fill(dir.path());
            let status = run_and_kill(dir.path(), signal, after);
            let (old, new) = old_and_new(dir.path(), n, &body, &fixed);
            eprintln!("{name} after {after:?} of {whole:?}: {new} new, {old} old, {status}");
            if signal == "-INT" {
                // Ctrl-C: no temporary file is left behind (a killed process cannot clean up).
                for entry in fs::read_dir(dir.path()).unwrap() {
                    let name = entry.unwrap().file_name().to_string_lossy().into_owned();
                    assert!(!name.starts_with(".shuddh-"), "temporary file left: {name}");
                }
                if old > 0 {
                    assert!(!status.success(), "an interrupted run does not exit 0");
                }
            }
            mixed |= old > 0 && new > 0;
        }
        if mixed {
            break;
        }
    }
    assert!(mixed, "no run was stopped part-way through; the check proved nothing");
}

#[test]
fn completions_and_man_page() {
    let out = shuddh().args(["completions", "bash"]).assert().code(0);
    assert!(text(&out.get_output().stdout).contains("shuddh"));
    let out = shuddh().arg("man").assert().code(0);
    assert!(text(&out.get_output().stdout).contains(".TH shuddh"));
    shuddh().arg("--version").assert().code(0).stdout(predicates_version());
}

fn predicates_version() -> String {
    format!("shuddh {}\n", env!("CARGO_PKG_VERSION"))
}
