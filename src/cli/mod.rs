//! The command-line front end: parsed arguments to a configured run, and the run itself.

pub mod args;
pub mod exit;
pub mod files;
pub mod print;

use anyhow::{Context as _, Result};
use args::{Cli, Command, CommonArgs, NfcArg, TableOpts, UnitsArg, UnknownArg};
use exit::ExitStatus;
use files::{Mode, Report};
use shuddh::{Cleaner, Lang, NfcScope, Units, UnknownPolicy};
use std::io::Write;
use std::path::PathBuf;

/// Build the cleaner from the table options: read each `--table`, parse, overlay.
fn cleaner(
    tables: &TableOpts,
    nfc: NfcScope,
    units: Units,
    unknown: UnknownPolicy,
) -> Result<Cleaner> {
    let mut b = Cleaner::builder();
    b.default_table(!tables.no_default_table).nfc(nfc).units(units).unknown(unknown);
    for spec in &tables.tables {
        let (lang, path) = match spec.split_once('=') {
            Some((code, path)) if Lang::from_code(code).is_some() => {
                (Lang::from_code(code).expect("checked"), path)
            }
            _ => (Lang::Hindi, spec.as_str()),
        };
        let text = std::fs::read_to_string(path).with_context(|| format!("table {path}"))?;
        b.table(lang, path, &text);
    }
    Ok(b.build()?)
}

/// Run the parsed command line.
pub fn run(cli: Cli) -> Result<ExitStatus> {
    match cli.command {
        Command::Fix(a) => {
            process(a.paths, if a.diff { Mode::Diff } else { Mode::Fix }, &a.common, None)
        }
        Command::Check(a) => {
            let top = a.stats.then_some(a.top);
            process(a.paths, Mode::Check, &a.common, top)
        }
        Command::Table(a) => {
            let cleaner =
                cleaner(&a.tables, NfcScope::All, Units::Indian, UnknownPolicy::Translit)?;
            let lang = Lang::from_code(&a.lang).expect("clap checked the value");
            let mut out = std::io::stdout().lock();
            if let Some(table) = cleaner.table(lang) {
                for e in table.entries() {
                    writeln!(out, "{}", shuddh::table::parse::serialize(e))?;
                }
            }
            Ok(ExitStatus::Clean)
        }
    }
}

fn process(
    paths: Vec<PathBuf>,
    mode: Mode,
    common: &CommonArgs,
    stats_top: Option<usize>,
) -> Result<ExitStatus> {
    let nfc = match common.nfc {
        NfcArg::All => NfcScope::All,
        NfcArg::Repaired => NfcScope::Repaired,
    };
    let units = match common.units {
        UnitsArg::Indian => Units::Indian,
        UnitsArg::International => Units::International,
    };
    let unknown = match common.unknown {
        UnknownArg::Translit => UnknownPolicy::Translit,
        UnknownArg::Keep => UnknownPolicy::Keep,
        UnknownArg::Mark => UnknownPolicy::Mark,
        UnknownArg::Drop => UnknownPolicy::Drop,
    };
    let cleaner = cleaner(&common.tables, nfc, units, unknown)?;
    let report = Report {
        format: common.format,
        quiet: common.quiet,
        verbose: common.verbose,
        stats: stats_top.map(|_| Default::default()),
    };
    let mut status = ExitStatus::Clean;
    let mut totals = (0usize, 0usize, 0usize, 0usize); // files, changed, edits, remaining
    let results: Vec<Result<shuddh::Summary>> = if paths.is_empty() {
        vec![files::stdin(&cleaner, mode, &report)]
    } else {
        paths.iter().map(|p| files::file(&cleaner, p, mode, &report)).collect()
    };
    for result in results {
        match result {
            Ok(s) => {
                totals.0 += 1;
                totals.1 += usize::from(s.changed);
                totals.2 += s.total();
                totals.3 += s.remaining;
                let left = match mode {
                    Mode::Check => s.total() > 0,
                    Mode::Diff => s.changed,
                    Mode::Fix => s.remaining > 0,
                };
                if left {
                    status = status.worst(ExitStatus::Findings);
                }
            }
            Err(e) => {
                status = ExitStatus::Error;
                message(&format!("{e:#}"));
            }
        }
    }
    if !common.quiet && mode == Mode::Fix && !paths.is_empty() {
        let (files, changed, edits, remaining) = totals;
        message(&format!(
            "{files} file(s) processed, {changed} rewritten, {edits} edit(s), {remaining} finding(s) remain"
        ));
    }
    if let (Some(top), Some(stats)) = (stats_top, report.stats) {
        print_stats(stats.into_inner(), top)?;
    }
    if common.exit_zero && status == ExitStatus::Findings {
        status = ExitStatus::Clean;
    }
    Ok(status)
}

/// The untranslated words, most frequent first: `count<TAB>Chinese<TAB>transliteration`.
fn print_stats(
    stats: std::collections::HashMap<String, (usize, String)>,
    top: usize,
) -> Result<()> {
    let mut rows: Vec<_> = stats.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then_with(|| a.0.cmp(&b.0)));
    let take = if top == 0 { rows.len() } else { top };
    let mut out = std::io::stdout().lock();
    for (zh, (count, rendering)) in rows.into_iter().take(take) {
        writeln!(out, "{count}\t{zh}\t{rendering}")?;
    }
    Ok(())
}

/// A message for the user on stderr.
#[allow(clippy::print_stderr)]
pub fn message(text: &str) {
    eprintln!("shuddh: {text}");
}
