//! Per-stage benchmarks (criterion): scan, detect, translate, normalize, and the whole cleaner,
//! on text built from `../shared/corpus` (skipped with a note when it is absent). Table
//! set-up is measured apart from cleaning. Whole-process comparisons with `cat` and `uconv`
//! are in `bench/compare.sh`.

#![allow(missing_docs, clippy::print_stderr)]

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use shuddh::{Cleaner, Context, normalize, scan, table, translate};
use std::hint::black_box;

fn corpus(name: &str) -> Option<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus").join(name);
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("note: {} not found, skipping", path.display());
            None
        }
    }
}

fn stages(c: &mut Criterion) {
    let Some(hi) = corpus("hi.txt") else { return };
    let Some(zh) = corpus("zh.txt") else { return };
    let clean = normalize::nfc(&hi).into_owned();
    // 1% of lines end in a Chinese clause.
    let clauses: Vec<&str> = zh.lines().collect();
    let dirty: String = clean
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i % 100 == 37 {
                format!("{l}{}\n", clauses[i % clauses.len()])
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    let nonnfc: String = hi.clone();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("scan/clean", |b| {
        b.iter(|| scan::find_candidate(black_box(clean.as_bytes())))
    });
    g.bench_function("normalize/check-clean", |b| {
        b.iter(|| normalize::is_nfc_fast(black_box(&clean)))
    });
    g.bench_function("normalize/nfc-non-nfc", |b| {
        b.iter(|| normalize::nfc(black_box(&nonnfc)).len())
    });
    g.bench_function("detect/dirty", |b| {
        b.iter(|| {
            shuddh::detect::detect(black_box(&dirty), &mut Context::detect(&dirty[..10_000])).len()
        })
    });
    let cleaner = Cleaner::default();
    for (name, text) in [("clean", &clean), ("dirty", &dirty), ("non-nfc", &nonnfc)] {
        g.bench_with_input(BenchmarkId::new("clean", name), text, |b, t| {
            b.iter(|| cleaner.clean(black_box(t)).text.len())
        });
    }
    g.finish();

    let table = table::default_table();
    let runs = [
        "核心价值和长期发展潜力的强调。",
        "该公司表示，其中一半以上将投资于美国。",
        "黄仁勋",
        "2025年1月5日约500亿美元",
    ];
    c.bench_function("translate/4-runs", |b| {
        b.iter(|| {
            runs.iter()
                .map(|r| {
                    translate::translate(black_box(r), &table, None, Default::default()).text.len()
                })
                .sum::<usize>()
        })
    });
    c.bench_function("setup/table-build", |b| {
        b.iter(|| shuddh::PhraseTableBuilder::with_default().build().len())
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);
