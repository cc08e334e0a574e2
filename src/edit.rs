//! Edits: what the pipeline changes in a text, and how sure it is.
//!
//! An [`Edit`] replaces the bytes of its [`Span`] in the *input* with its replacement. Invariants
//! that every producer keeps and every consumer may rely on:
//!
//! * spans are half-open byte ranges on `char` boundaries of the input;
//! * the edits of one [`Cleaned`](crate::Cleaned) are sorted by start and pairwise disjoint;
//! * bytes outside all edits are copied unchanged;
//! * a replacement is NFC, so applying the edits of a cleaned text again changes nothing.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` in the input text, always on `char` boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; panics in debug builds if `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The same span moved `by` bytes to the right.
    pub fn shifted(self, by: usize) -> Span {
        Span { start: self.start + by, end: self.end + by }
    }

    /// As a `Range` for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// What kind of change an edit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum EditKind {
    /// A stray Chinese run replaced with Hindi from the phrase tables.
    Translated,
    /// A stray run written in Devanagari from its pronunciation (names the tables do not know).
    Transliterated,
    /// A stray run of which some characters have no Hindi; they are left in place.
    Unknown,
    /// Only punctuation or full-width forms, turned into their Hindi/ASCII forms.
    Punctuation,
    /// A stray run that is reported but not changed (kana, hangul, or a host language with no
    /// table, such as Marathi or Nepali without a user table).
    Stray,
    /// A change made only by Unicode NFC normalization.
    Normalization,
}

impl EditKind {
    /// The name used in reports (`translated`, `unknown`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EditKind::Translated => "translated",
            EditKind::Transliterated => "transliterated",
            EditKind::Unknown => "unknown",
            EditKind::Punctuation => "punctuation",
            EditKind::Stray => "stray",
            EditKind::Normalization => "normalization",
        }
    }

    /// True when applying the edit leaves nothing to report at its place.
    pub fn is_complete(self) -> bool {
        !matches!(self, EditKind::Unknown | EditKind::Stray)
    }
}

impl fmt::Display for EditKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How far a replacement can be trusted, from surest to least sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Mechanical: punctuation, full-width forms, normalization.
    Exact,
    /// Every word came from a phrase-table entry of two or more characters, or a rule.
    Phrase,
    /// Some characters were translated one by one from single-character fallback entries.
    Character,
    /// Some characters were written from their pronunciation.
    Transliteration,
    /// Some characters could not be translated and were kept, or the run was only reported.
    None,
}

/// One change to the input: replace `span` (whose text is `original`) with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    /// Where in the input.
    pub span: Span,
    /// The input text of the span.
    pub original: String,
    /// What the span becomes; equal to `original` for [`EditKind::Stray`].
    pub replacement: String,
    /// What kind of change.
    pub kind: EditKind,
    /// How sure the replacement is.
    pub applicability: Applicability,
    /// The Chinese words of the run that no table covered (transliterated, kept, marked or
    /// dropped by the unknown-word policy): what a user table could add.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub untranslated: Vec<Untranslated>,
}

/// A Chinese word no table covered, and what shuddh wrote for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Untranslated {
    /// The Chinese word.
    pub zh: String,
    /// Its rendering: a transliteration, the word itself (kept or marked) or nothing (dropped).
    pub rendering: String,
}

impl Edit {
    /// True when this edit changes the text.
    pub fn changes_text(&self) -> bool {
        self.original != self.replacement
    }
}
