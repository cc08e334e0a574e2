//! Project configuration: `shuddh.toml` or `.shuddh.toml`, found from the working folder upward,
//! and its merge with the command line (flags win) into the settings a run uses.
//!
//! ```toml
//! tables = ["tables/mine.tsv", "mr=tables/marathi.tsv"]  # relative to this file
//! no_default_table = false
//! unknown = "translit"        # translit | keep | mark | drop
//! nfc = "all"                 # all | repaired
//! units = "indian"            # indian | international
//! exclude = ["data/*.tsv"]    # globs skipped, named files included
//! types = ["txt", "md"]       # only these extensions when walking folders
//! field = "text"              # the JSONL field
//! hidden = false
//! allow = ["Kana"]            # scripts left alone inside Hindi: Kana, Hang, Hani
//! ```

use super::args::{CommonArgs, Format, NfcArg, TableOpts, UnitsArg, UnknownArg};
use anyhow::{Context as _, Result, bail};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The config file's contents.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    tables: Vec<String>,
    #[serde(default)]
    no_default_table: bool,
    unknown: Option<UnknownArg>,
    nfc: Option<NfcArg>,
    units: Option<UnitsArg>,
    format: Option<Format>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    types: Vec<String>,
    field: Option<String>,
    #[serde(default)]
    hidden: bool,
    #[serde(default)]
    allow: Vec<String>,
}

/// The names a config file may have, in the order they are looked for in each folder.
pub const NAMES: [&str; 2] = ["shuddh.toml", ".shuddh.toml"];

/// Find the nearest config file from `start` upward.
pub fn find(start: &Path) -> Option<PathBuf> {
    start.ancestors().flat_map(|dir| NAMES.iter().map(move |n| dir.join(n))).find(|p| p.is_file())
}

/// Read and parse a config file.
pub fn load(path: &Path) -> Result<Config> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("config {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config {}", path.display()))
}

/// Everything a run uses, after merging config and flags.
#[derive(Debug)]
pub struct Settings {
    /// The config file read, if any.
    pub source: Option<PathBuf>,
    /// Table specs (`[LANG=]PATH`), config ones first so that flags win.
    pub tables: Vec<String>,
    /// Whether the embedded default table is used.
    pub default_table: bool,
    /// The unknown-word policy.
    pub unknown: UnknownArg,
    /// NFC scope.
    pub nfc: NfcArg,
    /// Number units.
    pub units: UnitsArg,
    /// Report format.
    pub format: Format,
    /// Globs to skip.
    pub exclude: Vec<String>,
    /// Extensions to walk.
    pub types: Vec<String>,
    /// The JSONL field.
    pub field: String,
    /// Walk hidden files.
    pub hidden: bool,
    /// Scripts allowed inside Devanagari text (ISO 15924 codes).
    pub allow: Vec<String>,
}

/// Resolve the config file for the table options (explicit, found, or none).
fn config_for(tables: &TableOpts) -> Result<(Option<PathBuf>, Config)> {
    if tables.no_config {
        return Ok((None, Config::default()));
    }
    let path = match &tables.config {
        Some(p) if !p.is_file() => bail!("config {}: no such file", p.display()),
        Some(p) => Some(p.clone()),
        None => find(&std::env::current_dir().context("the working folder")?),
    };
    match path {
        Some(p) => Ok((Some(p.clone()), load(&p)?)),
        None => Ok((None, Config::default())),
    }
}

/// Table specs from a config file are relative to the file's folder.
fn relative_table(spec: &str, dir: &Path) -> String {
    let (prefix, path) = match spec.split_once('=') {
        Some((lang, path)) if matches!(lang, "hi" | "mr" | "ne") => (format!("{lang}="), path),
        _ => (String::new(), spec),
    };
    let path = Path::new(path);
    let path = if path.is_absolute() { path.to_path_buf() } else { dir.join(path) };
    format!("{prefix}{}", path.display())
}

/// Merge the config with table options alone (for `shuddh table`).
pub fn table_settings(tables: &TableOpts) -> Result<(Vec<String>, bool)> {
    let (source, config) = config_for(tables)?;
    let dir = source.as_deref().and_then(Path::parent).unwrap_or(Path::new("."));
    let mut specs: Vec<String> = config.tables.iter().map(|s| relative_table(s, dir)).collect();
    specs.extend(tables.tables.iter().cloned());
    Ok((specs, !(tables.no_default_table || config.no_default_table)))
}

/// Merge the config with the command line: flags win.
pub fn settings(common: &CommonArgs) -> Result<Settings> {
    let (source, config) = config_for(&common.tables)?;
    let dir = source.as_deref().and_then(Path::parent).unwrap_or(Path::new("."));
    let mut tables: Vec<String> = config.tables.iter().map(|s| relative_table(s, dir)).collect();
    tables.extend(common.tables.tables.iter().cloned());
    let mut exclude = config.exclude.clone();
    exclude.extend(common.walk.exclude.iter().cloned());
    let types =
        if common.walk.types.is_empty() { config.types.clone() } else { common.walk.types.clone() };
    Ok(Settings {
        tables,
        default_table: !(common.tables.no_default_table || config.no_default_table),
        unknown: common.unknown.or(config.unknown).unwrap_or(UnknownArg::Translit),
        nfc: common.nfc.or(config.nfc).unwrap_or(NfcArg::All),
        units: common.units.or(config.units).unwrap_or(UnitsArg::Indian),
        format: common.format.or(config.format).unwrap_or(Format::Text),
        exclude,
        types,
        field: common.corpus.field.clone().or(config.field).unwrap_or_else(|| "text".into()),
        hidden: common.walk.hidden || config.hidden,
        allow: config.allow.iter().chain(&common.allow).cloned().collect(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_key_and_rejects_unknown_ones() {
        let c: Config = toml::from_str(
            "tables = [\"a.tsv\"]\nunknown = \"mark\"\nnfc = \"repaired\"\nunits = \"international\"\n\
             exclude = [\"data/*.tsv\"]\ntypes = [\"txt\"]\nfield = \"body\"\nhidden = true\nformat = \"json\"\n\
             allow = [\"Kana\"]\n",
        )
        .unwrap();
        assert_eq!(c.unknown, Some(UnknownArg::Mark));
        assert_eq!(c.field.as_deref(), Some("body"));
        assert!(toml::from_str::<Config>("colour = \"red\"\n").is_err());
    }

    #[test]
    fn table_paths_are_relative_to_the_config() {
        assert_eq!(relative_table("mine.tsv", Path::new("/p")), "/p/mine.tsv");
        assert_eq!(relative_table("mr=t/m.tsv", Path::new("/p")), "mr=/p/t/m.tsv");
        assert_eq!(relative_table("/abs.tsv", Path::new("/p")), "/abs.tsv");
    }
}
