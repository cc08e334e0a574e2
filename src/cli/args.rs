//! Command-line arguments as parsed by clap, before any file is read.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit status:
  0  nothing left to do (check: no findings; fix: everything repaired)
  1  findings remain (check: any finding; fix: runs it could not repair; --diff: a change)
  2  an error: bad arguments, a bad table, an unreadable, binary or non-UTF-8 file
     (the file is left untouched and the other files are still processed)

Examples:
  shuddh fix < article.txt > fixed.txt     repair a text as a filter
  shuddh fix notes/*.txt                   repair files in place (atomically)
  shuddh check article.txt                 list stray runs as path:line:col
  shuddh fix --diff article.txt            show what would change
  shuddh fix --table my-words.tsv a.txt    overlay your own phrase table";

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
    /// each file in place (atomically, keeping permissions, BOM and line endings).
    #[command(after_help = AFTER_HELP)]
    Fix(FixArgs),
    /// Report stray runs and other changes `fix` would make, one per line, without writing.
    #[command(after_help = AFTER_HELP)]
    Check(CheckArgs),
    /// Print the merged phrase table (default plus --table overlays) as TSV.
    Table(TableArgs),
}

/// Options of `shuddh fix`.
#[derive(Debug, Args)]
pub struct FixArgs {
    /// Files to rewrite in place; none: read stdin, write stdout.
    pub paths: Vec<PathBuf>,
    /// Show a unified diff of what would change, and write nothing.
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Options of `shuddh check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files to check; none: read stdin.
    pub paths: Vec<PathBuf>,
    /// Instead of findings, list the Chinese words no table covered, most frequent first, as
    /// `count<TAB>Chinese<TAB>current Hindi`: the words worth adding to your own table.
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
}

/// Options shared by `fix` and `check`.
#[derive(Debug, Args)]
pub struct CommonArgs {
    #[command(flatten)]
    pub tables: TableOpts,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// How much of the text to put in NFC.
    #[arg(long, value_enum, default_value_t = NfcArg::All)]
    pub nfc: NfcArg,
    /// How to write large numbers (亿, 万): Indian (करोड़, अरब) or international (मिलियन, बिलियन).
    #[arg(long, value_enum, default_value_t = UnitsArg::Indian)]
    pub units: UnitsArg,
    /// What to do with Chinese no table covers: write it in Devanagari from its reading
    /// (translit), keep it (keep), keep it marked as ⟦…⟧ (mark), or remove it (drop).
    #[arg(long, value_enum, default_value_t = UnknownArg::Translit)]
    pub unknown: UnknownArg,
    /// Exit 0 even when findings remain (errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print nothing but errors (and, for check, the findings).
    #[arg(short, long)]
    pub quiet: bool,
    /// With fix: also report every edit made, not only what remains.
    #[arg(short, long)]
    pub verbose: bool,
}

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: kind: original → replacement`
    Text,
    /// One JSON object per finding (JSON Lines).
    Json,
}

/// NFC scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum NfcArg {
    /// The whole text.
    All,
    /// Only the repaired runs.
    Repaired,
}

/// Unknown-word policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
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
