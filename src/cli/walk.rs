//! Paths to inputs: named files as they are, folders walked with the `ignore` crate
//! (`.gitignore` and friends respected, hidden files skipped unless asked, symlinks not followed
//! unless asked), then the `--glob`/`--exclude`/`--type` filters. Excludes apply to named files
//! too, so that a pre-commit hook never touches, say, the bilingual phrase tables themselves.

use super::args::WalkArgs;
use super::config::Settings;
use anyhow::{Context as _, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::WalkBuilder;
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

/// A glob set where a pattern matches a path's end: `data/*.tsv` matches `../data/t.tsv`, and
/// a pattern without `/` matches the file name anywhere, as in `.gitignore`.
fn globs(patterns: &[String]) -> Result<GlobSet> {
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        let p = p.trim_start_matches("./");
        for g in [p.to_string(), format!("**/{p}")] {
            b.add(Glob::new(&g).with_context(|| format!("glob {p}"))?);
        }
    }
    Ok(b.build()?)
}

fn normalized(path: &Path) -> &Path {
    path.strip_prefix(".").unwrap_or(path)
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

/// Expand `paths` into the files to process, handing each to `found` as soon as it is found
/// (so that work on the first files starts while the walk goes on). With `sorted`, a folder's
/// files come in name order, a stable order for a single worker's output; several workers
/// finish files in their own order anyway, and unsorted the first files reach them without
/// waiting for a whole folder to be read. Errors (a path that does not exist, an unreadable
/// folder) go to `error`; the walk goes on.
pub fn each(
    paths: &[PathBuf],
    walk: &WalkArgs,
    settings: &Settings,
    sorted: bool,
    found: &mut dyn FnMut(Input),
    error: &mut dyn FnMut(String),
) -> Result<()> {
    let include = globs(&walk.glob)?;
    let exclude = globs(&settings.exclude)?;
    // The same file reached twice (named twice, or named and in a named folder) is processed
    // once. One path alone cannot repeat a file.
    let mut seen = HashSet::new();
    let mut first_time = |p: &Path| paths.len() == 1 || seen.insert(p.to_path_buf());
    let excluded = |p: &Path| exclude.is_match(normalized(p));
    let included = |p: &Path| walk.glob.is_empty() || include.is_match(normalized(p));
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
                .follow_links(walk.follow);
            if sorted {
                b.sort_by_file_name(|a, b| a.cmp(b));
            }
            for entry in b.build() {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                        let p = e.into_path();
                        let wanted = type_ok(&p, &settings.types) && included(&p) && !excluded(&p);
                        if wanted && first_time(&p) {
                            found(Input { path: p, named: false });
                        }
                    }
                    Ok(_) => {}
                    Err(e) => error(format!("{e}")),
                }
            }
        } else if path.exists() || path.symlink_metadata().is_ok() {
            if !excluded(path) && first_time(path) {
                found(Input { path: path.clone(), named: true });
            }
        } else {
            error(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_path_ends_and_names() {
        let g = globs(&["data/*.tsv".to_string(), "*.bak".to_string()]).unwrap();
        assert!(g.is_match(normalized(Path::new("../data/t.tsv"))));
        assert!(g.is_match(normalized(Path::new("./data/t.tsv"))));
        assert!(g.is_match(Path::new("x/y/z.bak")));
        assert!(!g.is_match(Path::new("data/sub/t.txt")));
    }

    #[test]
    fn types_match_extensions_through_compression() {
        let t = vec!["jsonl".to_string(), "txt".to_string()];
        assert!(type_ok(Path::new("a/b.jsonl.gz"), &t));
        assert!(type_ok(Path::new("b.TXT"), &t));
        assert!(!type_ok(Path::new("b.md"), &t));
        assert!(type_ok(Path::new("b.md"), &[]));
    }
}
