//! One input at a time: stdin/stdout as a filter, files checked, diffed or rewritten.
//!
//! A rewrite streams into a temporary file in the target's folder, copies the original's
//! permissions onto it, syncs it and renames it over the target, so a reader (or an interrupted
//! run) sees the old file or the new one, never a mix. A file that did not change is not
//! rewritten. A read-only file is an error and is left alone. Compressed input (gzip, zstd) is
//! written back compressed the same way; JSON Lines go through [`shuddh::jsonl`].

use super::ahead::{ReadAhead, WriteBehind};
use super::args::Format;
use super::print;
use super::walk::Input;
use anyhow::{Context as _, Result, bail};
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use shuddh::jsonl::{BadLine, clean_jsonl};
use shuddh::{Cleaner, ErrorKind, Finding, Summary, clean_stream};
use std::collections::HashMap;
use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What to do with each input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Repair: stdin to stdout, files in place (or under --output).
    Fix,
    /// Show a unified diff, write nothing.
    Diff,
    /// Report findings, write nothing.
    Check,
}

/// Untranslated words and their counts, for `check --stats`.
pub type Stats = Mutex<HashMap<String, (usize, String)>>;

/// Everything a run applies to each input.
pub struct Job<'a> {
    /// The configured cleaner.
    pub cleaner: &'a Cleaner,
    /// The mode.
    pub mode: Mode,
    /// Report format.
    pub format: Format,
    /// Only errors (and check's findings).
    pub quiet: bool,
    /// With fix: every edit, not only what remains.
    pub verbose: bool,
    /// With check --stats: count untranslated words instead of printing findings.
    pub stats: Option<&'a Stats>,
    /// Treat every input as JSON Lines.
    pub jsonl: bool,
    /// The JSONL field.
    pub field: &'a str,
    /// Recognise compression by content.
    pub decompress: bool,
    /// Write under this folder instead of in place.
    pub output: Option<&'a Path>,
}

/// What happened to one input.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Text totals.
    pub summary: Summary,
    /// JSONL documents seen, and changed.
    pub documents: (usize, usize),
    /// JSONL lines passed through as they were.
    pub bad_lines: usize,
    /// Why the input was skipped, if it was.
    pub skipped: Option<String>,
}

/// Report text gathered while processing one input, printed whole afterwards so that parallel
/// workers do not interleave lines. With `direct`, text goes out at once instead (one input at a
/// time: memory then stays constant however many findings a large file has).
#[derive(Default)]
pub struct Buffers {
    /// For stdout.
    pub out: Vec<u8>,
    /// For stderr.
    pub err: Vec<u8>,
    /// Write through to stdout/stderr as soon as a line is complete.
    pub direct: bool,
}

impl Buffers {
    /// Write out what is gathered (direct mode does this after every finding).
    pub fn drain(&mut self) {
        if !self.out.is_empty() {
            let mut out = io::stdout().lock();
            if out.write_all(&self.out).and_then(|_| out.flush()).is_err() {
                // stdout closed (`| head`): stop quietly.
                std::process::exit(0);
            }
            self.out.clear();
        }
        if !self.err.is_empty() {
            let _ = io::stderr().lock().write_all(&self.err);
            self.err.clear();
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Zstd,
}

fn by_extension(path: &Path) -> Compression {
    match path.extension().and_then(|e| e.to_str()) {
        Some("gz") | Some("gzip") => Compression::Gzip,
        Some("zst") | Some("zstd") => Compression::Zstd,
        _ => Compression::None,
    }
}

fn by_content(head: &[u8]) -> Compression {
    if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

fn is_jsonl_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    let name = name.trim_end_matches(".gz").trim_end_matches(".zst");
    name.ends_with(".jsonl") || name.ends_with(".ndjson")
}

/// The reader of decompressed input. Decompression runs on a thread of its own, ahead of the
/// cleaning (see [`ReadAhead`]).
fn decoder(input: Box<dyn BufRead + Send>, c: Compression) -> Result<Box<dyn BufRead>> {
    Ok(match c {
        Compression::None => input,
        Compression::Gzip => Box::new(ReadAhead::new(MultiGzDecoder::new(input))),
        Compression::Zstd => Box::new(ReadAhead::new(zstd::Decoder::with_buffer(input)?)),
    })
}

enum Encoder<W: Write> {
    Plain(W),
    Gzip(GzEncoder<W>),
    Zstd(zstd::Encoder<'static, W>),
}

impl<W: Write> Encoder<W> {
    fn new(w: W, c: Compression) -> io::Result<Self> {
        Ok(match c {
            Compression::None => Encoder::Plain(w),
            Compression::Gzip => Encoder::Gzip(GzEncoder::new(w, flate2::Compression::default())),
            Compression::Zstd => Encoder::Zstd(zstd::Encoder::new(w, 3)?),
        })
    }

    fn finish(self) -> io::Result<W> {
        match self {
            Encoder::Plain(w) => Ok(w),
            Encoder::Gzip(e) => e.finish(),
            Encoder::Zstd(e) => e.finish(),
        }
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(w) => w.write(buf),
            Encoder::Gzip(w) => w.write(buf),
            Encoder::Zstd(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            Encoder::Gzip(w) => w.flush(),
            Encoder::Zstd(w) => w.flush(),
        }
    }
}

impl Job<'_> {
    fn finding(&self, name: &str, f: &Finding, bufs: &mut Buffers) {
        if let Some(stats) = self.stats {
            let mut stats = stats.lock().expect("stats lock");
            for u in &f.edit.untranslated {
                stats.entry(u.zh.clone()).or_insert_with(|| (0, u.rendering.clone())).0 += 1;
            }
            return;
        }
        let into = match self.mode {
            Mode::Check => &mut bufs.out,
            Mode::Fix | Mode::Diff => {
                let wanted = self.verbose || !f.edit.kind.is_complete();
                if self.quiet || !wanted {
                    return;
                }
                &mut bufs.err
            }
        };
        let _ = print::write_finding(into, self.format, name, f);
        if bufs.direct && bufs.out.len() + bufs.err.len() > 1 << 16 {
            bufs.drain();
        }
    }

    fn bad_line(&self, name: &str, b: &BadLine, bufs: &mut Buffers) {
        if !self.quiet {
            let _ = writeln!(
                bufs.err,
                "shuddh: {name}:{}: {}; passed through unchanged",
                b.line, b.message
            );
        }
    }

    /// Clean `reader` into `writer` as text or JSON Lines.
    fn clean(
        &self,
        name: &str,
        jsonl: bool,
        reader: Box<dyn BufRead + '_>,
        writer: &mut dyn Write,
        bufs: &mut Buffers,
    ) -> Result<Outcome> {
        if jsonl {
            let shared = std::cell::RefCell::new(bufs);
            let s = clean_jsonl(
                self.cleaner,
                reader,
                writer,
                self.field,
                &mut |f| self.finding(name, &f, &mut shared.borrow_mut()),
                &mut |b| self.bad_line(name, &b, &mut shared.borrow_mut()),
            )
            .context(name.to_string())?;
            return Ok(Outcome {
                summary: s.text,
                documents: (s.documents, s.changed_documents),
                bad_lines: s.bad_lines,
                skipped: None,
            });
        }
        let summary =
            clean_stream(self.cleaner, reader, writer, &mut |f| self.finding(name, &f, bufs))
                .map_err(anyhow::Error::from)?;
        Ok(Outcome { summary, ..Outcome::default() })
    }

    /// Process standard input to standard output (fix) or to nothing (check).
    pub fn stdin(&self, bufs: &mut Buffers) -> Result<Outcome> {
        let name = "<stdin>";
        let mut input: Box<dyn BufRead + Send> =
            Box::new(BufReader::with_capacity(1 << 16, io::stdin()));
        let c = if self.decompress { by_content(input.fill_buf()?) } else { Compression::None };
        let input = decoder(input, c)?;
        match self.mode {
            Mode::Fix => {
                let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
                let r = self
                    .clean(name, self.jsonl, input, &mut out, bufs)
                    .with_context(|| name.to_string());
                out.flush().ok();
                r
            }
            Mode::Check => self
                .clean(name, self.jsonl, input, &mut io::sink(), bufs)
                .with_context(|| name.to_string()),
            Mode::Diff => self.diff(name, self.jsonl, input, bufs),
        }
    }

    /// Process one file.
    pub fn file(&self, input: &Input, bufs: &mut Buffers) -> Result<Outcome> {
        let path = &input.path;
        let name = path.display().to_string();
        let meta = fs::metadata(path).with_context(|| name.clone())?;
        if meta.is_dir() {
            bail!("{name}: is a folder");
        }
        let file = fs::File::open(path).with_context(|| name.clone())?;
        // A small file gets a small buffer (1,000 small files are a pre-commit hook's case).
        let capacity = (meta.len() as usize + 1).clamp(4 << 10, 64 << 10);
        let mut reader: Box<dyn BufRead + Send> =
            Box::new(BufReader::with_capacity(capacity, file));
        let mut c = by_extension(path);
        if c == Compression::None && self.decompress {
            c = by_content(reader.fill_buf().with_context(|| name.clone())?);
        }
        let jsonl = self.jsonl || is_jsonl_name(path);
        let reader = decoder(reader, c).with_context(|| name.clone())?;
        let result = match self.mode {
            Mode::Check => self.clean(&name, jsonl, reader, &mut io::sink(), bufs),
            Mode::Diff => self.diff(&name, jsonl, reader, bufs),
            Mode::Fix => self.rewrite(path, &name, &meta, c, jsonl, reader, bufs),
        };
        match result {
            Err(e) if !input.named && binary(&e) => {
                Ok(Outcome { skipped: Some("binary".into()), ..Outcome::default() })
            }
            Err(e) => Err(e.context(name)),
            ok => ok,
        }
    }

    fn diff(
        &self,
        name: &str,
        jsonl: bool,
        mut input: Box<dyn BufRead + '_>,
        bufs: &mut Buffers,
    ) -> Result<Outcome> {
        let mut old = Vec::new();
        input.read_to_end(&mut old).with_context(|| name.to_string())?;
        let mut new = Vec::new();
        let outcome = self.clean(name, jsonl, Box::new(&old[..]), &mut new, bufs)?;
        if outcome.summary.changed {
            let old = String::from_utf8_lossy(&old);
            let new = String::from_utf8_lossy(&new);
            bufs.out
                .extend_from_slice(print::unified_diff(name, &old, &new, self.colour()).as_bytes());
        }
        Ok(outcome)
    }

    fn colour(&self) -> bool {
        use std::io::IsTerminal;
        io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    }

    #[allow(clippy::too_many_arguments)]
    fn rewrite(
        &self,
        path: &Path,
        name: &str,
        meta: &fs::Metadata,
        c: Compression,
        jsonl: bool,
        reader: Box<dyn BufRead + '_>,
        bufs: &mut Buffers,
    ) -> Result<Outcome> {
        let target = match self.output {
            Some(dir) => mirror(dir, path),
            None => {
                if meta.permissions().readonly() {
                    bail!("file is read-only; left unchanged");
                }
                // Rewrite the file a symlink points to, not the link.
                fs::canonicalize(path)?
            }
        };
        let dir = target.parent().unwrap_or(Path::new("."));
        if self.output.is_some() {
            fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let tmp = tempfile::Builder::new()
            .prefix(".shuddh-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
        let enc = Encoder::new(io::BufWriter::with_capacity(1 << 16, tmp), c)?;
        let (outcome, tmp) = if c == Compression::None {
            let mut enc = enc;
            let outcome = self.clean(name, jsonl, reader, &mut enc, bufs)?;
            (outcome, enc.finish())
        } else {
            // Compression runs on a thread of its own, beside the cleaning.
            let mut enc = WriteBehind::new(enc, Encoder::finish);
            let outcome = self.clean(name, jsonl, reader, &mut enc, bufs)?;
            (outcome, enc.finish())
        };
        if !outcome.summary.changed && self.output.is_none() {
            return Ok(outcome); // the temporary file is removed when dropped
        }
        let tmp = tmp?.into_inner().map_err(|e| e.into_error())?;
        fs::set_permissions(tmp.path(), meta.permissions())?;
        tmp.as_file().sync_all()?;
        tmp.persist(&target)
            .map_err(|e| e.error)
            .with_context(|| format!("cannot replace {}", target.display()))?;
        Ok(outcome)
    }
}

/// `dir` + the path made relative (a leading `/` or `./` dropped; `..` parts dropped so that
/// nothing lands outside `dir`).
fn mirror(dir: &Path, path: &Path) -> PathBuf {
    use std::path::Component;
    let rel: PathBuf = path.components().filter(|c| matches!(c, Component::Normal(_))).collect();
    dir.join(rel)
}

fn binary(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.downcast_ref::<shuddh::Error>().is_some_and(|e| e.kind() == ErrorKind::Binary))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirror_paths_stay_inside() {
        let d = Path::new("/out");
        assert_eq!(mirror(d, Path::new("a/b.txt")), Path::new("/out/a/b.txt"));
        assert_eq!(mirror(d, Path::new("/abs/b.txt")), Path::new("/out/abs/b.txt"));
        assert_eq!(mirror(d, Path::new("../x/./b.txt")), Path::new("/out/x/b.txt"));
    }

    #[test]
    fn formats_by_name_and_content() {
        assert_eq!(by_extension(Path::new("a.jsonl.gz")), Compression::Gzip);
        assert_eq!(by_extension(Path::new("a.zst")), Compression::Zstd);
        assert_eq!(by_content(&[0x1f, 0x8b, 8]), Compression::Gzip);
        assert!(is_jsonl_name(Path::new("x/crawl.JSONL.zst")));
        assert!(!is_jsonl_name(Path::new("x/crawl.json")));
    }
}
