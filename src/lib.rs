//! shuddh repairs machine-translated Hindi text in which the translator left pieces of its
//! Chinese source, and writes clean NFC.
//!
//! ```
//! use shuddh::{Cleaner, EditKind};
//!
//! let cleaner = Cleaner::default();
//! let cleaned = cleaner.clean("NVIDIA के AI युग में核心价值和长期发展潜力的强调。");
//! assert!(!cleaned.text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
//! assert!(cleaned.text.starts_with("NVIDIA के AI युग में "));
//! assert!(cleaned.text.ends_with('।'));
//! assert_eq!(cleaned.edits[0].kind, EditKind::Translated);
//!
//! // Clean text comes back borrowed, byte for byte.
//! let clean = "शी जिनपिंग (习近平) ने कहा।";
//! assert!(matches!(cleaner.clean(clean).text, std::borrow::Cow::Borrowed(_)));
//! ```
//!
//! The pipeline, one module a stage:
//!
//! `decode` → `scan` (fast path) → `segment` → `detect` → `translate` → `splice` → `normalize`
//!
//! Guarantees, for [`NfcScope::All`] (the default):
//! * the output is NFC;
//! * text with no stray run that is already NFC comes back borrowed and byte-identical;
//! * outside the repaired runs the text changes only by NFC;
//! * cleaning is idempotent: cleaning cleaned text changes nothing.
//!
//! The library never prints, exits or reads the environment.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod decode;
pub mod detect;
pub mod edit;
pub mod error;
pub mod jsonl;
pub mod normalize;
pub mod scan;
pub mod segment;
pub mod splice;
pub mod stream;
pub mod table;
pub mod translate;

pub use detect::{Context, Lang};
pub use edit::{Applicability, Edit, EditKind, Span, Untranslated};
pub use error::{Error, ErrorKind};
pub use stream::{Finding, Summary, clean_stream};
pub use table::{PhraseTable, PhraseTableBuilder};
pub use translate::UnknownPolicy;
pub use translate::number::Units;

use detect::StrayKind;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;
use translate::TranslateOptions;

/// A script a project may allow inside Devanagari text (see [`CleanerBuilder::allow`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AllowedScript {
    /// `Hani`: Han ideographs (turns repair off; for documents that quote Chinese on purpose).
    Han,
    /// `Kana`: hiragana and katakana.
    Kana,
    /// `Hang`: hangul.
    Hangul,
}

impl AllowedScript {
    /// From an ISO 15924 code: `Hani`, `Kana`/`Hira`/`Jpan`, `Hang`/`Kore`.
    pub fn from_code(code: &str) -> Option<AllowedScript> {
        match code.to_ascii_lowercase().as_str() {
            "hani" | "han" => Some(AllowedScript::Han),
            "kana" | "hira" | "jpan" => Some(AllowedScript::Kana),
            "hang" | "kore" => Some(AllowedScript::Hangul),
            _ => None,
        }
    }
}

/// How much of the text is put in NFC.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum NfcScope {
    /// The whole output (the default: the tool's promise is clean NFC text).
    #[default]
    All,
    /// Only the repaired runs; the rest is copied byte for byte.
    Repaired,
}

/// The result of cleaning one text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The repaired text; borrowed when nothing changed.
    pub text: Cow<'a, str>,
    /// Every change and every finding, sorted and disjoint, with spans in the input.
    pub edits: Vec<Edit>,
}

impl Cleaned<'_> {
    /// True when the text changed.
    pub fn changed(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }

    /// Findings that cleaning could not resolve (unknown characters, reported-only runs).
    pub fn remaining(&self) -> impl Iterator<Item = &Edit> {
        self.edits.iter().filter(|e| !e.kind.is_complete())
    }
}

/// Builds a [`Cleaner`]: tables, options.
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    default_table: bool,
    overlays: Vec<(Lang, String, String)>,
    nfc: NfcScope,
    units: Units,
    unknown: UnknownPolicy,
    report_normalization: bool,
    allowed: Vec<AllowedScript>,
}

impl Default for CleanerBuilder {
    fn default() -> CleanerBuilder {
        CleanerBuilder {
            default_table: true,
            overlays: Vec::new(),
            nfc: NfcScope::All,
            units: Units::Indian,
            unknown: UnknownPolicy::Translit,
            report_normalization: true,
            allowed: Vec::new(),
        }
    }
}

impl CleanerBuilder {
    /// Lay a user table (text of a TSV file, named `source` in errors) over the tables for
    /// `lang`. For Hindi it goes over the embedded default; Marathi and Nepali have no default,
    /// so documents in those languages are only reported until a table is given.
    pub fn table(&mut self, lang: Lang, source: &str, text: &str) -> &mut Self {
        self.overlays.push((lang, source.to_string(), text.to_string()));
        self
    }

    /// Leave the embedded default table out (only user tables are used).
    pub fn default_table(&mut self, yes: bool) -> &mut Self {
        self.default_table = yes;
        self
    }

    /// How much of the text is put in NFC.
    pub fn nfc(&mut self, scope: NfcScope) -> &mut Self {
        self.nfc = scope;
        self
    }

    /// How large numbers are written.
    pub fn units(&mut self, units: Units) -> &mut Self {
        self.units = units;
        self
    }

    /// What to do with Han no table covers.
    pub fn unknown(&mut self, policy: UnknownPolicy) -> &mut Self {
        self.unknown = policy;
        self
    }

    /// Whether each NFC change is reported as an [`EditKind::Normalization`] edit (the
    /// default). Without it the text is normalized all the same, faster, and `edits` holds only
    /// the stray runs.
    pub fn report_normalization(&mut self, yes: bool) -> &mut Self {
        self.report_normalization = yes;
        self
    }

    /// Scripts a project allows inside Devanagari text: runs written only in allowed scripts
    /// (and punctuation) are neither reported nor changed.
    pub fn allow(&mut self, scripts: &[AllowedScript]) -> &mut Self {
        self.allowed = scripts.to_vec();
        self
    }

    /// Parse the tables and build the cleaner; errors name the table file and line.
    pub fn build(&self) -> Result<Cleaner, Error> {
        let mut builders: HashMap<Lang, PhraseTableBuilder> = HashMap::new();
        for (lang, source, text) in &self.overlays {
            let b = builders.entry(*lang).or_insert_with(|| {
                if *lang == Lang::Hindi && self.default_table {
                    PhraseTableBuilder::with_default()
                } else {
                    PhraseTableBuilder::new()
                }
            });
            b.overlay(source, text)?;
        }
        let mut tables: HashMap<Lang, Arc<PhraseTable>> =
            builders.into_iter().map(|(l, b)| (l, Arc::new(b.build()))).collect();
        if self.default_table {
            tables.entry(Lang::Hindi).or_insert_with(table::default_table);
        }
        Ok(Cleaner {
            tables,
            nfc: self.nfc,
            translate: TranslateOptions { units: self.units, unknown: self.unknown },
            report_normalization: self.report_normalization,
            allowed: self.allowed.clone(),
        })
    }
}

/// Finds and repairs stray Chinese in Devanagari text. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Cleaner {
    tables: HashMap<Lang, Arc<PhraseTable>>,
    nfc: NfcScope,
    translate: TranslateOptions,
    report_normalization: bool,
    allowed: Vec<AllowedScript>,
}

impl Default for Cleaner {
    /// The embedded default table, whole-text NFC, Indian number units, unknown Han
    /// transliterated.
    fn default() -> Cleaner {
        CleanerBuilder::default().build().expect("the default table parses")
    }
}

impl Cleaner {
    /// A builder with the defaults.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// The table used for documents in `lang`, if there is one.
    pub fn table(&self, lang: Lang) -> Option<&PhraseTable> {
        self.tables.get(&lang).map(|t| &**t)
    }

    /// Clean a whole document: its host and language are decided from all of it.
    pub fn clean<'a>(&self, text: &'a str) -> Cleaned<'a> {
        if !scan::has_candidates(text) {
            return self.normalize_only(text);
        }
        let mut ctx = Context::detect(text);
        self.clean_in(text, &mut ctx)
    }

    /// Clean a piece of a document (whole lines) in a context decided earlier, e.g. from the
    /// first chunk of a stream.
    pub fn clean_in<'a>(&self, text: &'a str, ctx: &mut Context) -> Cleaned<'a> {
        self.clean_scanned(text, ctx, scan::has_candidates(text))
    }

    /// [`Cleaner::clean_in`] for a caller that has already scanned `text` for candidate bytes
    /// (the stream does, to decide the document context), so clean text is scanned once.
    pub(crate) fn clean_scanned<'a>(
        &self,
        text: &'a str,
        ctx: &mut Context,
        candidates: bool,
    ) -> Cleaned<'a> {
        if !candidates {
            detect::track_fences(text, ctx);
            return self.normalize_only(text);
        }
        let mut strays = detect::detect(text, ctx);
        if !self.allowed.is_empty() {
            strays.retain(|s| !self.is_allowed(&text[s.span.range()]));
        }
        if strays.is_empty() {
            return self.normalize_only(text);
        }
        let table = self.tables.get(&ctx.lang);
        let mut edits: Vec<Edit> = Vec::with_capacity(strays.len());
        for stray in strays {
            let original = &text[stray.span.range()];
            // A run that is only reported keeps its text, put in NFC like all the rest.
            let report_only = |edits: &mut Vec<Edit>| {
                let replacement = match self.nfc {
                    NfcScope::All => normalize::nfc(original).into_owned(),
                    NfcScope::Repaired => original.to_string(),
                };
                edits.push(Edit {
                    span: stray.span,
                    original: original.to_string(),
                    replacement,
                    kind: EditKind::Stray,
                    applicability: Applicability::None,
                    untranslated: Vec::new(),
                })
            };
            let Some(table) = table.filter(|_| stray.kind != StrayKind::Foreign) else {
                report_only(&mut edits);
                continue;
            };
            let next_word = next_word(&text[stray.span.end..]);
            let t = translate::translate(original, table, next_word, self.translate);
            let (mut span, replacement) = splice::seam(text, stray.span, &t.text);
            if let Some(prev) = edits.last() {
                span.start = span.start.max(prev.span.end);
            }
            edits.push(Edit {
                span,
                original: text[span.range()].to_string(),
                replacement,
                kind: t.kind,
                applicability: t.applicability,
                untranslated: t.untranslated,
            });
        }
        if self.nfc == NfcScope::All && !self.report_normalization {
            // Normalization without a report: splice the repairs, then put it all in NFC.
            let text = if edits.iter().any(Edit::changes_text) {
                Cow::Owned(normalize::into_nfc(splice::apply(text, &edits)))
            } else {
                normalize::nfc(text)
            };
            return Cleaned { text, edits };
        }
        if self.nfc == NfcScope::All {
            let mut all = Vec::with_capacity(edits.len());
            let mut at = 0;
            for e in edits {
                normalize::nfc_edits(&text[at..e.span.start], at, &mut all);
                at = e.span.end;
                all.push(e);
            }
            normalize::nfc_edits(&text[at..], at, &mut all);
            edits = all;
        }
        let changed = edits.iter().any(Edit::changes_text);
        let text = if changed {
            let (out, seams) = splice::apply_with_seams(text, &edits);
            // Every piece is NFC (copied text was checked above, replacements are NFC), so only
            // the seams can need normalizing.
            let seams_nfc = normalize::is_nfc_around(&out, &seams);
            Cow::Owned(if self.nfc == NfcScope::All && !seams_nfc {
                normalize::into_nfc(out)
            } else {
                out
            })
        } else {
            Cow::Borrowed(text)
        };
        Cleaned { text, edits }
    }

    /// True when every East Asian letter of a run is in an allowed script.
    fn is_allowed(&self, run: &str) -> bool {
        use segment::Class;
        run.chars().all(|c| match segment::classify(c) {
            Class::Han => self.allowed.contains(&AllowedScript::Han),
            Class::Kana => self.allowed.contains(&AllowedScript::Kana),
            Class::Hangul => self.allowed.contains(&AllowedScript::Hangul),
            _ => true,
        })
    }

    fn normalize_only<'a>(&self, text: &'a str) -> Cleaned<'a> {
        if self.nfc == NfcScope::Repaired || normalize::is_nfc_fast(text) {
            return Cleaned { text: Cow::Borrowed(text), edits: Vec::new() };
        }
        let mut edits = Vec::new();
        if self.report_normalization {
            normalize::nfc_edits(text, 0, &mut edits);
        }
        Cleaned { text: normalize::nfc(text), edits }
    }
}

/// The host word right after a run, for agreement guesses.
fn next_word(after: &str) -> Option<&str> {
    let rest = after.trim_start_matches([' ', '\t']);
    let end =
        rest.find(|c: char| c.is_whitespace() || c.is_ascii_punctuation()).unwrap_or(rest.len());
    let word = &rest[..end];
    (!word.is_empty()).then_some(word)
}
