//! Inputs and outputs: stdin/stdout as a filter, files checked or rewritten in place.
//!
//! An in-place rewrite streams into a temporary file in the same folder, copies the original's
//! permissions onto it, syncs it and renames it over the original, so a reader sees either the
//! old file or the new one, never a mix. A file that did not change is not rewritten. A
//! read-only file is an error and is left alone.

use super::args::Format;
use super::print;
use anyhow::{Context as _, Result, bail};
use shuddh::{Cleaner, Finding, Summary, clean_stream};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;

/// What to do with each input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Repair: stdin to stdout, files in place.
    Fix,
    /// Show a unified diff, write nothing.
    Diff,
    /// Report findings, write nothing.
    Check,
}

/// How findings are reported.
#[derive(Debug)]
pub struct Report {
    /// Text or JSON Lines.
    pub format: Format,
    /// Only errors (and check's findings).
    pub quiet: bool,
    /// With fix: every edit, not only what remains.
    pub verbose: bool,
    /// With check --stats: untranslated words counted here instead of findings printed.
    pub stats: Option<RefCell<HashMap<String, (usize, String)>>>,
}

impl Report {
    /// Print one finding where the mode puts it: check to stdout; fix to stderr (what remains,
    /// or everything with --verbose).
    fn finding(&self, mode: Mode, name: &str, f: &Finding) {
        if let Some(stats) = &self.stats {
            let mut stats = stats.borrow_mut();
            for zh in &f.edit.untranslated {
                let entry = stats.entry(zh.clone()).or_insert_with(|| (0, rendering(zh)));
                entry.0 += 1;
            }
            return;
        }
        let result = match mode {
            Mode::Check => print::write_finding(&mut io::stdout().lock(), self.format, name, f),
            Mode::Fix | Mode::Diff => {
                let wanted = self.verbose || !f.edit.kind.is_complete();
                if self.quiet || !wanted {
                    return;
                }
                print::write_finding(&mut io::stderr().lock(), self.format, name, f)
            }
        };
        // A closed stdout ends the run quietly (see main).
        if let Err(e) = result
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            std::process::exit(0);
        }
    }
}

/// A word's transliteration, for the stats listing.
fn rendering(zh: &str) -> String {
    use shuddh::translate::translit::{is_surname, transliterate};
    let n = zh.chars().count();
    let person = (2..=3).contains(&n) && zh.chars().next().is_some_and(is_surname);
    transliterate(zh, person)
}

/// Process standard input.
pub fn stdin(cleaner: &Cleaner, mode: Mode, report: &Report) -> Result<Summary> {
    let name = "<stdin>";
    let input = io::stdin().lock();
    let mut on = |f: Finding| report.finding(mode, name, &f);
    match mode {
        Mode::Fix => {
            let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
            Ok(clean_stream(cleaner, input, out, &mut on).context(name)?)
        }
        Mode::Check => Ok(clean_stream(cleaner, input, io::sink(), &mut on).context(name)?),
        Mode::Diff => diff(cleaner, name, input, &mut on),
    }
}

/// Process one file.
pub fn file(cleaner: &Cleaner, path: &Path, mode: Mode, report: &Report) -> Result<Summary> {
    let name = path.display().to_string();
    let mut on = |f: Finding| report.finding(mode, &name, &f);
    let meta = fs::metadata(path).with_context(|| name.clone())?;
    if meta.is_dir() {
        bail!("{name}: is a directory");
    }
    let input = fs::File::open(path).with_context(|| name.clone())?;
    let input = BufReader::with_capacity(1 << 16, input);
    match mode {
        Mode::Check => Ok(clean_stream(cleaner, input, io::sink(), &mut on).context(name.clone())?),
        Mode::Diff => diff(cleaner, &name, input, &mut on),
        Mode::Fix => rewrite(cleaner, path, &name, &meta, input, &mut on),
    }
}

fn diff(
    cleaner: &Cleaner,
    name: &str,
    mut input: impl Read,
    on: &mut dyn FnMut(Finding),
) -> Result<Summary> {
    let mut old = Vec::new();
    input.read_to_end(&mut old).with_context(|| name.to_string())?;
    let mut new = Vec::new();
    let summary = clean_stream(cleaner, &old[..], &mut new, on).context(name.to_string())?;
    if summary.changed {
        let old = String::from_utf8_lossy(&old);
        let new = String::from_utf8_lossy(&new);
        let mut out = io::stdout().lock();
        let text = print::unified_diff(name, &old, &new);
        if let Err(e) = out.write_all(text.as_bytes())
            && e.kind() != io::ErrorKind::BrokenPipe
        {
            return Err(e).context("writing the diff");
        }
    }
    Ok(summary)
}

fn rewrite(
    cleaner: &Cleaner,
    path: &Path,
    name: &str,
    meta: &fs::Metadata,
    input: impl Read,
    on: &mut dyn FnMut(Finding),
) -> Result<Summary> {
    if meta.permissions().readonly() {
        bail!("{name}: file is read-only; left unchanged");
    }
    // Rewrite the file a symlink points to, not the link.
    let target = fs::canonicalize(path).with_context(|| name.to_string())?;
    let dir = target.parent().unwrap_or(Path::new("."));
    let tmp =
        tempfile::Builder::new().prefix(".shuddh-").suffix(".tmp").tempfile_in(dir).with_context(
            || format!("{name}: cannot create a temporary file in {}", dir.display()),
        )?;
    let mut out = BufWriter::with_capacity(1 << 16, tmp);
    let summary = clean_stream(cleaner, input, &mut out, on).context(name.to_string())?;
    if !summary.changed {
        return Ok(summary); // the temporary file is removed when dropped
    }
    let tmp = out.into_inner().map_err(|e| e.into_error()).with_context(|| name.to_string())?;
    fs::set_permissions(tmp.path(), meta.permissions()).with_context(|| name.to_string())?;
    tmp.as_file().sync_all().with_context(|| name.to_string())?;
    tmp.persist(&target).map_err(|e| e.error).with_context(|| format!("{name}: cannot replace"))?;
    Ok(summary)
}
