//! The default tables in `data/` are valid and in canonical form.
//!
//! Each file parses with the one table parser; every key is Han (with digits or `·` allowed),
//! every value is NFC Devanagari or Latin with no Han, tags are valid (a part of speech on every
//! entry, a gender on every noun and name), no key repeats, and the file is its canonical
//! serialization: header comments, then entries sorted by key. On a difference the test fails
//! with the first differing lines; `SNAPSHOTS=overwrite cargo test --test table` rewrites the
//! files in canonical form.

mod common;

use shuddh::table::parse::{self, Row};
use shuddh::table::{DEFAULT_SOURCES, Pos};
use std::collections::HashMap;
use std::path::PathBuf;

fn data_path(source: &str) -> PathBuf {
    let file = source.rsplit('/').next().unwrap();
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data").join(file)
}

fn value_char_ok(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c) && !('\u{0958}'..='\u{095F}').contains(&c)
        || c.is_ascii_alphanumeric()
        || " -.,&'%+/".contains(c)
}

#[test]
fn default_tables_are_valid_and_canonical() {
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let mut problems = Vec::new();
    let mut total = HashMap::new();
    for (source, _) in DEFAULT_SOURCES {
        let path = data_path(source);
        let text = std::fs::read_to_string(&path).unwrap();
        let rows = parse::parse(&path.display().to_string(), &text).unwrap();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut entries = Vec::new();
        for (line, row) in rows {
            let Row::Entry(e) = row else {
                problems.push(format!("{source}:{line}: removal rows belong in user tables"));
                continue;
            };
            let at = format!("{source}:{line}: {}", e.zh);
            if let Some(first) = seen.insert(e.zh.clone(), line) {
                problems.push(format!("{at}: duplicate key (first on line {first})"));
            }
            if !e.zh.chars().all(|c| shuddh::segment::is_han(c) || c.is_ascii_digit() || c == '·')
            {
                problems.push(format!("{at}: key has characters other than Han"));
            }
            if common::has_han(&e.hi) || !e.hi.chars().all(value_char_ok) {
                problems.push(format!("{at}: value {:?} is not Devanagari/Latin", e.hi));
            }
            if common::nfc(&e.hi) != e.hi {
                problems.push(format!("{at}: value is not NFC"));
            }
            if e.pos == Pos::Unknown {
                problems.push(format!("{at}: no part-of-speech tag"));
            }
            if e.pos.is_nominal() && e.gender.is_none() {
                problems.push(format!("{at}: noun or name without gender"));
            }
            entries.push(e);
        }
        total.insert(source, entries.len());
        entries.sort_by(|a, b| a.zh.cmp(&b.zh));
        let header: String =
            text.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        let canonical: String =
            header + &entries.iter().map(|e| parse::serialize(e) + "\n").collect::<String>();
        if canonical != text {
            if overwrite {
                std::fs::write(&path, canonical).unwrap();
            } else {
                let diff: Vec<String> = canonical
                    .lines()
                    .zip(text.lines())
                    .enumerate()
                    .filter(|(_, (a, b))| a != b)
                    .take(5)
                    .map(|(i, (a, b))| {
                        format!("  line {}: file {b:?}\n          canonical {a:?}", i + 1)
                    })
                    .collect();
                problems.push(format!(
                    "{source} is not canonical (SNAPSHOTS=overwrite cargo test --test table):\n{}",
                    diff.join("\n")
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems[..problems.len().min(40)].join("\n")
    );
    let words = total["<default>/zh-hi.tsv"];
    let names = total["<default>/names.tsv"];
    assert!(words >= 10_000, "zh-hi.tsv has {words} entries");
    assert!(names >= 1_000, "names.tsv has {names} entries");
}

#[test]
fn single_character_fallbacks_cover_news_characters() {
    let table = shuddh::table::default_table();
    let singles = table.entries().iter().filter(|e| e.zh.chars().count() == 1).count();
    assert!(singles >= 2_500, "{singles} single-character entries");
    // Every Han character of the real Chinese corpus but a small tail has an entry of its own.
    let Some(path) = common::shared("corpus/zh.txt") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    let (mut known, mut all) = (0usize, 0usize);
    for c in text.chars().filter(|&c| shuddh::segment::is_han(c)) {
        all += 1;
        known += usize::from(table.get(c.encode_utf8(&mut [0; 4])).is_some());
    }
    let share = known as f64 / all as f64;
    assert!(
        share > 0.99,
        "single-character entries cover {:.2}% of corpus characters",
        share * 100.0
    );
}

#[test]
fn compiled_default_matches_the_parser() {
    // build.rs compiles data/*.tsv into a static array; it must hold exactly what the crate's
    // parser reads from the same files, in the same precedence.
    let mut parsed = shuddh::PhraseTableBuilder::new();
    for (name, text) in DEFAULT_SOURCES {
        parsed.overlay(name, text).unwrap();
    }
    let parsed = parsed.build().entries();
    let compiled = shuddh::table::default_table().entries();
    assert_eq!(parsed.len(), compiled.len());
    for (p, c) in parsed.iter().zip(&compiled) {
        assert_eq!(p, c);
    }
}
