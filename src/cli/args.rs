//! Command-line arguments as parsed by clap, before any file is read. Options a config file can
//! also set are `Option`s here: a flag given on the command line wins over the config.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit status:
  0  nothing left to do (check: no findings; fix: everything repaired)
  1  findings remain (check: any finding; fix: runs it could not repair; --diff: a change)
  2  an error: bad arguments, a bad table or config, an unreadable, binary or non-UTF-8 file
     (the file is left untouched and the other files are still processed)

Examples:
  shuddh fix < article.txt > fixed.txt         repair a text as a filter
  shuddh fix notes/ article.md                 repair files in place (atomically), folders walked
  shuddh check article.txt                     list findings as path:line:col
  shuddh fix --diff article.txt                show what would change
  shuddh fix --table my-words.tsv a.txt        overlay your own phrase table
  shuddh fix --jsonl crawl.jsonl.gz -o clean/  repair the \"text\" field of a JSONL corpus
  shuddh check --stats corpus/                 the words no table covers, most frequent first";

/// Repair stray Chinese left in machine-translated Hindi text, and write clean NFC.
#[derive(Debug, Parser)]
#[command(name = "shuddh", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The modes: one pipeline, different outcomes.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Repair: with no paths, read stdin and write the result to stdout; with paths, rewrite
    /// each file in place (atomically, keeping permissions, BOM and line endings), or write
    /// them under --output.
    #[command(after_help = AFTER_HELP)]
    Fix(FixArgs),
    /// Report stray runs and other changes `fix` would make, one per line, without writing.
    #[command(after_help = AFTER_HELP)]
    Check(CheckArgs),
    /// Print the merged phrase table (default plus --table overlays) as TSV.
    Table(TableArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff).
    Man,
}

/// Options of `shuddh fix`.
#[derive(Debug, Args)]
pub struct FixArgs {
    /// Files and folders to repair; none: read stdin, write stdout.
    pub paths: Vec<PathBuf>,
    /// Show a unified diff of what would change, and write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Write repaired files under DIR, mirroring their paths, instead of in place.
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options of `shuddh check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files and folders to check; none: read stdin.
    pub paths: Vec<PathBuf>,
    /// Instead of findings, list the Chinese words no table covered, most frequent first, as
    /// `count<TAB>Chinese<TAB>transliteration`: the words worth adding to your own table.
    #[arg(long)]
    pub stats: bool,
    /// With --stats: how many words to list (0: all).
    #[arg(long, default_value_t = 100, value_name = "N")]
    pub top: usize,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options of `shuddh table`.
#[derive(Debug, Args)]
pub struct TableArgs {
    /// The language whose table to print.
    #[arg(long, default_value = "hi", value_parser = ["hi", "mr", "ne"])]
    pub lang: String,
    #[command(flatten)]
    pub tables: TableOpts,
}

/// Table options shared by every command.
#[derive(Debug, Args)]
pub struct TableOpts {
    /// Lay a phrase table (TSV: Chinese, tab, Hindi, optional tags) over the default; repeat to
    /// add more, later ones win. `mr=FILE` or `ne=FILE` gives a table for Marathi or Nepali
    /// documents, which are otherwise only reported.
    #[arg(long = "table", value_name = "[LANG=]FILE")]
    pub tables: Vec<String>,
    /// Do not use the embedded default table.
    #[arg(long)]
    pub no_default_table: bool,
    /// Read options from this config file instead of the nearest shuddh.toml / .shuddh.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Do not read any config file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
}

/// Options shared by `fix` and `check`.
#[derive(Debug, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub tables: TableOpts,
    /// Report format (findings, and the summary on stderr).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// How much of the text to put in NFC [default: all].
    #[arg(long, value_enum)]
    pub nfc: Option<NfcArg>,
    /// How to write large numbers (亿, 万): Indian (करोड़, अरब) or international (मिलियन,
    /// बिलियन) [default: indian].
    #[arg(long, value_enum)]
    pub units: Option<UnitsArg>,
    /// What to do with Chinese no table covers: write it in Devanagari from its reading
    /// (translit), keep it (keep), keep it marked as ⟦…⟧ (mark), or remove it (drop)
    /// [default: translit].
    #[arg(long, value_enum)]
    pub unknown: Option<UnknownArg>,
    /// Allow a script inside Devanagari text (repeatable): Kana (Japanese), Hang (Korean), or
    /// Hani (Chinese: report and repair nothing). Runs only in allowed scripts are left alone.
    #[arg(long, value_name = "SCRIPT")]
    pub allow: Vec<String>,
    /// Exit 0 even when findings remain (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print nothing but errors (and, for check, the findings).
    #[arg(short, long)]
    pub quiet: bool,
    /// With fix: also report every edit made; also say which config file is used.
    #[arg(short, long)]
    pub verbose: bool,
    #[command(flatten)]
    pub walk: WalkArgs,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// How folders are walked.
#[derive(Debug, Args)]
pub struct WalkArgs {
    /// Also walk hidden files and folders.
    #[arg(long)]
    pub hidden: bool,
    /// Do not respect .gitignore, .ignore and similar files.
    #[arg(long)]
    pub no_ignore: bool,
    /// Follow symbolic links while walking folders.
    #[arg(short = 'L', long)]
    pub follow: bool,
    /// Only files matching this glob (repeatable), e.g. '*.txt'.
    #[arg(short, long, value_name = "GLOB")]
    pub glob: Vec<String>,
    /// Skip files matching this glob (repeatable), e.g. 'data/*.tsv'; applies to named files too.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Only files with this extension (repeatable), e.g. txt, md, html, json, jsonl.
    #[arg(short = 't', long = "type", value_name = "EXT")]
    pub types: Vec<String>,
    /// Worker threads [default: the number of cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<usize>,
    /// Never show a progress bar (it shows only on a terminal).
    #[arg(long)]
    pub no_progress: bool,
}

/// JSON Lines and compressed input.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Treat inputs as JSON Lines and repair one string field of each document (files ending in
    /// .jsonl or .ndjson, compressed or not, are always read so).
    #[arg(long)]
    pub jsonl: bool,
    /// The JSONL field to repair [default: text].
    #[arg(long, value_name = "NAME")]
    pub field: Option<String>,
    /// Recognise gzip and zstd input by its content, not only by a .gz/.zst extension.
    #[arg(short = 'z', long)]
    pub decompress: bool,
}

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `path:line:col: kind: original → replacement`
    Text,
    /// One JSON object per finding (JSON Lines).
    Json,
}

/// NFC scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NfcArg {
    /// The whole text.
    All,
    /// Only the repaired runs.
    Repaired,
}

/// Unknown-word policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnknownArg {
    /// Transliterate from the Mandarin reading.
    Translit,
    /// Keep the Chinese and report it.
    Keep,
    /// Keep the Chinese, marked ⟦…⟧, and report it.
    Mark,
    /// Remove it.
    Drop,
}

/// Number units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitsArg {
    /// हज़ार, लाख, करोड़, अरब.
    Indian,
    /// हज़ार, मिलियन, बिलियन.
    International,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_app() {
        Cli::command().debug_assert();
    }
}
