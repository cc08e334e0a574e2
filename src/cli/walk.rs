//! Paths to inputs: named files as they are, folders walked with the `ignore` crate
//! (`.gitignore` and friends respected, hidden files skipped unless asked, symlinks not followed
//! unless asked), then the `--glob`/`--exclude`/`--type` filters. Excludes apply to named files
//! too, so that a pre-commit hook never touches, say, the bilingual phrase tables themselves.

use super::args::WalkArgs;
use super::config::Settings;
use anyhow::{Context as _, Result};
use ignore::overrides::{Override, OverrideBuilder};
use ignore::{Match, WalkBuilder};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One file to process.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// Its path, as named or as found.
    pub path: PathBuf,
    /// True when named on the command line (a binary file is then an error, not a skip).
    pub named: bool,
}

fn overrides(walk: &WalkArgs, settings: &Settings) -> Result<Override> {
    let mut b = OverrideBuilder::new(".");
    for g in &walk.glob {
        b.add(g).with_context(|| format!("glob {g}"))?;
    }
    for g in &settings.exclude {
        b.add(&format!("!{g}")).with_context(|| format!("exclude glob {g}"))?;
    }
    Ok(b.build()?)
}

fn type_ok(path: &Path, types: &[String]) -> bool {
    if types.is_empty() {
        return true;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    // `a.jsonl.gz` counts as both `gz` and `jsonl`.
    let name = name.trim_end_matches(".gz").trim_end_matches(".zst");
    types.iter().any(|t| name.ends_with(&format!(".{}", t.trim_start_matches('.').to_lowercase())))
}

/// Expand `paths` into the files to process, in a stable order. Errors (a path that does not
/// exist, an unreadable folder) are returned beside the inputs, not instead of them.
pub fn inputs(
    paths: &[PathBuf],
    walk: &WalkArgs,
    settings: &Settings,
) -> Result<(Vec<Input>, Vec<String>)> {
    let ov = overrides(walk, settings)?;
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let excluded = |p: &Path, dir: bool| matches!(ov.matched(p, dir), Match::Ignore(_));
    for path in paths {
        if path.is_dir() {
            let mut b = WalkBuilder::new(path);
            b.hidden(!settings.hidden)
                .git_ignore(!walk.no_ignore)
                .git_exclude(!walk.no_ignore)
                .git_global(!walk.no_ignore)
                .ignore(!walk.no_ignore)
                .parents(!walk.no_ignore)
                .require_git(false)
                .follow_links(walk.follow)
                .overrides(ov.clone())
                .sort_by_file_path(|a, b| a.cmp(b));
            for entry in b.build() {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        let p = e.into_path();
                        if type_ok(&p, &settings.types) && seen.insert(p.clone()) {
                            out.push(Input { path: p, named: false });
                        }
                    }
                    Ok(_) => {}
                    Err(e) => errors.push(format!("{e}")),
                }
            }
        } else if path.exists() || path.symlink_metadata().is_ok() {
            if !excluded(path, false) && seen.insert(path.clone()) {
                out.push(Input { path: path.clone(), named: true });
            }
        } else {
            errors.push(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok((out, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_match_extensions_through_compression() {
        let t = vec!["jsonl".to_string(), "txt".to_string()];
        assert!(type_ok(Path::new("a/b.jsonl.gz"), &t));
        assert!(type_ok(Path::new("b.TXT"), &t));
        assert!(!type_ok(Path::new("b.md"), &t));
        assert!(type_ok(Path::new("b.md"), &[]));
    }
}
