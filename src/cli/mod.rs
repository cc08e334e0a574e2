//! The command-line front end: parsed arguments and config to a configured run, the run over
//! its inputs (in parallel), and the summary.

pub mod ahead;
pub mod args;
pub mod config;
pub mod exit;
pub mod files;
pub mod print;
pub mod walk;

use anyhow::{Context as _, Result};
use args::{Cli, Command, CommonArgs, NfcArg, UnitsArg, UnknownArg};
use clap::CommandFactory;
use config::Settings;
use exit::ExitStatus;
use files::{Buffers, Job, Mode, Outcome, Stats};
use shuddh::{AllowedScript, Cleaner, Lang, NfcScope, Units, UnknownPolicy};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by Ctrl-C: workers finish the file they are on (so it is old or new, never partial)
/// and take no more.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Build the cleaner: read each table spec (`[LANG=]FILE`), parse, overlay.
fn cleaner(
    specs: &[String],
    default_table: bool,
    nfc: NfcScope,
    units: Units,
    unknown: UnknownPolicy,
    report_normalization: bool,
    allow: &[String],
) -> Result<Cleaner> {
    let mut b = Cleaner::builder();
    let allowed = allow
        .iter()
        .map(|code| {
            AllowedScript::from_code(code).with_context(|| {
                format!("--allow {code}: not a script shuddh knows (Kana, Hang, Hani)")
            })
        })
        .collect::<Result<Vec<_>>>()?;
    b.allow(&allowed);
    b.default_table(default_table)
        .nfc(nfc)
        .units(units)
        .unknown(unknown)
        .report_normalization(report_normalization);
    for spec in specs {
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
            let mode = if a.diff { Mode::Diff } else { Mode::Fix };
            process(a.paths, mode, &a.common, None, a.output)
        }
        Command::Check(a) => {
            let top = a.stats.then_some(a.top);
            process(a.paths, Mode::Check, &a.common, top, None)
        }
        Command::Table(a) => {
            let (specs, default_table) = config::table_settings(&a.tables)?;
            let cleaner = cleaner(
                &specs,
                default_table,
                NfcScope::All,
                Units::Indian,
                UnknownPolicy::Translit,
                false,
                &[],
            )?;
            let lang = Lang::from_code(&a.lang).expect("clap checked the value");
            let mut out = std::io::stdout().lock();
            if let Some(table) = cleaner.table(lang) {
                for e in table.entries() {
                    writeln!(out, "{}", shuddh::table::parse::serialize(&e))?;
                }
            }
            Ok(ExitStatus::Clean)
        }
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "shuddh", &mut std::io::stdout());
            Ok(ExitStatus::Clean)
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(ExitStatus::Clean)
        }
    }
}

/// `report_normalization`: whether each NFC change becomes a finding (check, diff, verbose
/// fix), or the text is only normalized (plain fix: faster on text that is not NFC).
fn build(settings: &Settings, report_normalization: bool) -> Result<Cleaner> {
    let nfc = match settings.nfc {
        NfcArg::All => NfcScope::All,
        NfcArg::Repaired => NfcScope::Repaired,
    };
    let units = match settings.units {
        UnitsArg::Indian => Units::Indian,
        UnitsArg::International => Units::International,
    };
    let unknown = match settings.unknown {
        UnknownArg::Translit => UnknownPolicy::Translit,
        UnknownArg::Keep => UnknownPolicy::Keep,
        UnknownArg::Mark => UnknownPolicy::Mark,
        UnknownArg::Drop => UnknownPolicy::Drop,
    };
    cleaner(
        &settings.tables,
        settings.default_table,
        nfc,
        units,
        unknown,
        report_normalization,
        &settings.allow,
    )
}

/// Totals over a run, for the summary and the exit status.
#[derive(Debug, Default, serde::Serialize)]
struct Totals {
    files: usize,
    rewritten: usize,
    skipped: usize,
    errors: usize,
    documents: usize,
    changed_documents: usize,
    bad_lines: usize,
    edits: BTreeMap<&'static str, usize>,
    remaining: usize,
    interrupted: bool,
}

impl Totals {
    fn add(&mut self, o: &Outcome) {
        if o.skipped.is_some() {
            self.skipped += 1;
            return;
        }
        self.files += 1;
        self.rewritten += usize::from(o.summary.changed);
        self.documents += o.documents.0;
        self.changed_documents += o.documents.1;
        self.bad_lines += o.bad_lines;
        for (k, v) in &o.summary.edits {
            *self.edits.entry(k).or_default() += v;
        }
        self.remaining += o.summary.remaining;
    }
}

fn process(
    paths: Vec<PathBuf>,
    mode: Mode,
    common: &CommonArgs,
    stats_top: Option<usize>,
    output: Option<PathBuf>,
) -> Result<ExitStatus> {
    let settings = config::settings(common)?;
    if common.verbose {
        match &settings.source {
            Some(p) => message(&format!("config: {}", p.display())),
            None => message("config: none found (looked for shuddh.toml, .shuddh.toml upward)"),
        }
    }
    let cleaner = build(&settings, mode != Mode::Fix || common.verbose)?;
    let stats: Option<Stats> = stats_top.map(|_| Stats::default());
    let job = Job {
        cleaner: &cleaner,
        mode,
        format: settings.format,
        quiet: common.quiet,
        verbose: common.verbose,
        stats: stats.as_ref(),
        jsonl: common.corpus.jsonl,
        field: &settings.field,
        decompress: common.corpus.decompress,
        output: output.as_deref(),
    };
    let totals = Mutex::new(Totals::default());
    let mut status = ExitStatus::Clean;
    let stdin = paths.is_empty();
    if stdin {
        let mut bufs = Buffers { direct: true, ..Buffers::default() };
        let result = job.stdin(&mut bufs);
        bufs.drain();
        match result {
            Ok(o) => totals.lock().expect("totals").add(&o),
            Err(e) => {
                message(&describe(&e));
                status = ExitStatus::Error;
            }
        }
    } else {
        let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
        // The walk runs on this thread and hands files to the workers as it finds them.
        let named_files = paths.iter().all(|p| !p.is_dir());
        let progress = progress_bar(named_files.then_some(paths.len()), common);
        let failed = AtomicBool::new(false);
        let mut walk_errors = 0;
        let threads = common
            .walk
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .clamp(1, if named_files { paths.len().max(1) } else { usize::MAX });
        let (to_workers, queue) = std::sync::mpsc::sync_channel::<walk::Input>(1024);
        let queue = Mutex::new(queue);
        let walked = std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    // Until the walk ends; once interrupted, what is still queued is dropped.
                    loop {
                        let Ok(input) = queue.lock().expect("queue lock").recv() else { break };
                        if INTERRUPTED.load(Ordering::SeqCst) {
                            continue;
                        }
                        let mut bufs = Buffers { direct: threads == 1, ..Buffers::default() };
                        let result = job.file(&input, &mut bufs);
                        match &result {
                            Ok(o) => {
                                if let Some(why) = &o.skipped
                                    && !common.quiet
                                {
                                    let _ = writeln!(
                                        bufs.err,
                                        "shuddh: {}: skipped ({why})",
                                        input.path.display()
                                    );
                                }
                                totals.lock().expect("totals").add(o);
                            }
                            Err(e) => {
                                let _ = writeln!(bufs.err, "shuddh: {}", describe(e));
                                failed.store(true, Ordering::SeqCst);
                                totals.lock().expect("totals").errors += 1;
                            }
                        }
                        if let Some(p) = &progress {
                            p.suspend(|| bufs.drain());
                            p.inc(1);
                        } else {
                            bufs.drain();
                        }
                    }
                });
            }
            let walked = walk::each(
                &paths,
                &common.walk,
                &settings,
                threads == 1,
                &mut |input| {
                    if let Some(p) = progress.as_ref().filter(|_| !named_files) {
                        p.inc_length(1);
                    }
                    if !INTERRUPTED.load(Ordering::SeqCst) {
                        let _ = to_workers.send(input);
                    }
                },
                &mut |e| {
                    message(&e);
                    walk_errors += 1;
                },
            );
            drop(to_workers);
            walked
        });
        walked?;
        if walk_errors > 0 {
            status = ExitStatus::Error;
            totals.lock().expect("totals").errors += walk_errors;
        }
        if let Some(p) = progress {
            p.finish_and_clear();
        }
        if failed.load(Ordering::SeqCst) {
            status = ExitStatus::Error;
        }
    }
    let mut totals = totals.into_inner().expect("totals");
    totals.interrupted = INTERRUPTED.load(Ordering::SeqCst);
    let left = match mode {
        Mode::Check => totals.edits.values().sum::<usize>() > 0,
        Mode::Diff => totals.rewritten > 0,
        Mode::Fix => totals.remaining > 0,
    };
    if left {
        status = status.worst(ExitStatus::Findings);
    }
    if let (Some(top), Some(stats)) = (stats_top, stats) {
        print_stats(stats.into_inner().expect("stats"), top)?;
    }
    if !common.quiet && (!stdin || settings.format == args::Format::Json && mode != Mode::Fix) {
        summary(&totals, mode, settings.format);
    }
    if totals.interrupted {
        message("interrupted: files already processed are complete, the rest are untouched");
        status = ExitStatus::Error;
    }
    if common.exit_zero && status == ExitStatus::Findings {
        status = ExitStatus::Clean;
    }
    Ok(status)
}

/// A progress bar on a terminal, for `files` files (`None`: not known yet, counted as the walk
/// finds them).
fn progress_bar(files: Option<usize>, common: &CommonArgs) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    let few = files.is_some_and(|n| n < 2);
    if common.quiet || common.walk.no_progress || few || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(files.unwrap_or(0) as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} files  {per_sec}  ETA {eta}")
            .expect("a valid template"),
    );
    Some(bar)
}

#[allow(clippy::print_stderr)]
fn summary(t: &Totals, mode: Mode, format: args::Format) {
    if format == args::Format::Json {
        if let Ok(json) = serde_json::to_string(&serde_json::json!({ "summary": t })) {
            eprintln!("{json}");
        }
        return;
    }
    let verb = match mode {
        Mode::Fix => "rewritten",
        Mode::Diff | Mode::Check => "would change",
    };
    let edits: Vec<String> = t.edits.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let mut line = format!("{} file(s), {} {verb}", t.files, t.rewritten);
    if t.documents > 0 {
        line += &format!(", {} document(s) ({} changed)", t.documents, t.changed_documents);
    }
    if t.skipped > 0 {
        line += &format!(", {} skipped", t.skipped);
    }
    if t.bad_lines > 0 {
        line += &format!(", {} bad line(s) passed through", t.bad_lines);
    }
    line += &format!(
        "; {} edit(s){}; {} finding(s) remain",
        t.edits.values().sum::<usize>(),
        if edits.is_empty() { String::new() } else { format!(" ({})", edits.join(", ")) },
        t.remaining
    );
    if t.errors > 0 {
        line += &format!("; {} error(s)", t.errors);
    }
    message(&line);
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

/// An error with its causes, `a: b: c`, a cause that only repeats the one before it left out
/// (a decompressor's I/O error wraps its own message).
pub fn describe(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if parts.last() != Some(&text) {
            parts.push(text);
        }
    }
    parts.join(": ")
}
