//! Phrase tables: Chinese words to Hindi, with the part of speech and gender the rules need.
//!
//! A [`PhraseTable`] is the merge of the embedded default and any user tables, built once by
//! [`PhraseTableBuilder`]. Precedence is decided here, in one place:
//!
//! 1. a later source shadows an earlier one for the same key (user tables over the default, and a
//!    later `--table` over an earlier one); an empty Hindi column removes the key;
//! 2. when matching, the longest key wins at each position (leftmost-longest), whatever its source.
//!
//! The default tables are compiled into a sorted static array (`build.rs`), with the ranges of keys
//! sharing their first character and their first two characters (and, for each CJK character, where
//! its two-character ranges begin), so start-up parses and builds nothing; user tables are parsed
//! into an overlay map. Matching is leftmost-longest: at each position the sorted range of keys is
//! narrowed one character at a time until no key goes on, and the longest key met wins (with a user
//! table, its keys are looked up by hash). Inside the short stray runs this gives the same matches
//! as an Aho-Corasick automaton with `MatchKind::LeftmostLongest`, without the 30 ms such an
//! automaton takes to build.

mod builtin;
pub mod parse;

use crate::error::Error;
use std::collections::HashMap;

pub use builtin::{DEFAULT_SOURCES, default_table};
pub use parse::Row;

/// Part of speech of an entry, as far as the rules need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pos {
    /// `n`: noun.
    Noun,
    /// `v`: verb.
    Verb,
    /// `adj`: adjective.
    Adjective,
    /// `adv`: adverb.
    Adverb,
    /// `num`: numeral.
    Numeral,
    /// `cl`: measure word.
    Classifier,
    /// `pron`: pronoun or determiner.
    Pronoun,
    /// `loc`: localizer that becomes a Hindi postposition (中 → में).
    Localizer,
    /// `prep`: coverb or preposition (在, 对, 从).
    Preposition,
    /// `conj`: conjunction.
    Conjunction,
    /// `part`: particle.
    Particle,
    /// `name`: proper name.
    Name,
    /// `phrase`: idiom or longer phrase.
    Phrase,
    /// No tag given.
    Unknown,
}

impl Pos {
    /// Every taggable part of speech.
    pub const ALL: [Pos; 13] = [
        Pos::Noun,
        Pos::Verb,
        Pos::Adjective,
        Pos::Adverb,
        Pos::Numeral,
        Pos::Classifier,
        Pos::Pronoun,
        Pos::Localizer,
        Pos::Preposition,
        Pos::Conjunction,
        Pos::Particle,
        Pos::Name,
        Pos::Phrase,
    ];

    /// The tag used in table files.
    pub fn tag(self) -> &'static str {
        match self {
            Pos::Noun => "n",
            Pos::Verb => "v",
            Pos::Adjective => "adj",
            Pos::Adverb => "adv",
            Pos::Numeral => "num",
            Pos::Classifier => "cl",
            Pos::Pronoun => "pron",
            Pos::Localizer => "loc",
            Pos::Preposition => "prep",
            Pos::Conjunction => "conj",
            Pos::Particle => "part",
            Pos::Name => "name",
            Pos::Phrase => "phrase",
            Pos::Unknown => "",
        }
    }

    fn from_tag(tag: &str) -> Option<Pos> {
        Pos::ALL.into_iter().find(|p| p.tag() == tag)
    }

    /// True for parts of speech that head a noun phrase (what `的` agrees with).
    pub fn is_nominal(self) -> bool {
        matches!(self, Pos::Noun | Pos::Name)
    }
}

/// Grammatical gender of the Hindi word of a noun entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// `m`: masculine.
    M,
    /// `f`: feminine.
    F,
}

impl Gender {
    fn from_tag(tag: &str) -> Option<Gender> {
        match tag {
            "m" => Some(Gender::M),
            "f" => Some(Gender::F),
            _ => None,
        }
    }

    /// The tag used in table files.
    pub fn tag(self) -> &'static str {
        match self {
            Gender::M => "m",
            Gender::F => "f",
        }
    }
}

/// One table entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The Chinese key.
    pub zh: String,
    /// The Hindi replacement; empty when the word translates to nothing.
    pub hi: String,
    /// Part of speech, [`Pos::Unknown`] when untagged.
    pub pos: Pos,
    /// Gender of the Hindi noun, if known.
    pub gender: Option<Gender>,
}

/// An entry as stored in a table: borrowed from the static default or from an overlay entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRef<'a> {
    /// The Chinese key.
    pub zh: &'a str,
    /// The Hindi replacement; empty when the word translates to nothing.
    pub hi: &'a str,
    /// Part of speech.
    pub pos: Pos,
    /// Gender of the Hindi noun, if known.
    pub gender: Option<Gender>,
}

impl EntryRef<'_> {
    /// An owned copy.
    pub fn to_entry(&self) -> Entry {
        Entry {
            zh: self.zh.to_string(),
            hi: self.hi.to_string(),
            pos: self.pos,
            gender: self.gender,
        }
    }
}

impl Entry {
    fn as_ref(&self) -> EntryRef<'_> {
        EntryRef { zh: &self.zh, hi: &self.hi, pos: self.pos, gender: self.gender }
    }
}

/// Collects table sources in precedence order, then builds a [`PhraseTable`].
#[derive(Clone, Debug, Default)]
pub struct PhraseTableBuilder {
    default: bool,
    /// User rows: `None` removes the key.
    overlay: HashMap<String, Option<Entry>>,
}

impl PhraseTableBuilder {
    /// An empty builder (no default table).
    pub fn new() -> PhraseTableBuilder {
        PhraseTableBuilder::default()
    }

    /// A builder that starts from the embedded default table.
    pub fn with_default() -> PhraseTableBuilder {
        PhraseTableBuilder { default: true, overlay: HashMap::new() }
    }

    /// Parse `text` (named `source` in errors) and lay it over what is there: its entries
    /// shadow earlier ones with the same key; rows with an empty Hindi column remove keys.
    pub fn overlay(&mut self, source: &str, text: &str) -> Result<&mut Self, Error> {
        for (_, row) in parse::parse(source, text)? {
            match row {
                Row::Entry(e) => {
                    self.overlay.insert(e.zh.clone(), Some(e));
                }
                Row::Remove(key) => {
                    self.overlay.insert(key, None);
                }
            }
        }
        Ok(self)
    }

    /// Build the table.
    pub fn build(self) -> PhraseTable {
        let base: &'static [StaticEntry] = if self.default { &builtin::ENTRIES } else { &[] };
        let overlay_chars = self.overlay.keys().map(|k| k.chars().count()).max().unwrap_or(0);
        let max_key_chars =
            overlay_chars.max(if self.default { builtin::MAX_KEY_CHARS } else { 0 });
        // Size: the static entries, plus overlay keys new to them, minus removals of keys that
        // exist there (removing an absent key changes nothing).
        let in_base = |k: &str| find(base, k).is_some();
        let (mut added, mut removed) = (0, 0);
        for (k, v) in &self.overlay {
            match (v.is_some(), in_base(k)) {
                (true, false) => added += 1,
                (false, true) => removed += 1,
                _ => {}
            }
        }
        let len = base.len() + added - removed;
        PhraseTable { base, overlay: self.overlay, max_key_chars, len }
    }
}

/// A compiled default entry: the byte range of its key in `builtin::KEYS` and of its Hindi in
/// `builtin::HINDI`, its part-of-speech index (255: none) and gender (0/1=m/2=f). Offsets, not
/// `&str`s: an array of a few thousand `&str`s is relocated page by page when the program
/// starts, which cost more than a millisecond of every run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StaticEntry(u32, u32, u32, u32, u8, u8);

impl StaticEntry {
    fn key(&self) -> &'static str {
        &builtin::KEYS[self.0 as usize..self.1 as usize]
    }

    fn hindi(&self) -> &'static str {
        &builtin::HINDI[self.2 as usize..self.3 as usize]
    }
}

fn static_ref(e: &StaticEntry) -> EntryRef<'static> {
    let pos = Pos::ALL.get(e.4 as usize).copied().unwrap_or(Pos::Unknown);
    let gender = match e.5 {
        1 => Some(Gender::M),
        2 => Some(Gender::F),
        _ => None,
    };
    EntryRef { zh: e.key(), hi: e.hindi(), pos, gender }
}

/// A merged, immutable phrase table.
#[derive(Debug)]
pub struct PhraseTable {
    base: &'static [StaticEntry],
    overlay: HashMap<String, Option<Entry>>,
    max_key_chars: usize,
    len: usize,
}

impl PhraseTable {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// All entries, sorted by key.
    pub fn entries(&self) -> Vec<Entry> {
        let mut all: Vec<Entry> = self
            .base
            .iter()
            .filter(|e| !self.overlay.contains_key(e.key()))
            .map(|e| static_ref(e).to_entry())
            .collect();
        all.extend(self.overlay.values().flatten().cloned());
        all.sort_by(|a, b| a.zh.cmp(&b.zh));
        all
    }

    /// The entry for exactly this key.
    pub fn get(&self, zh: &str) -> Option<EntryRef<'_>> {
        let first = zh.chars().next().map_or(0, char::len_utf8);
        let base = if first < zh.len() {
            self.starting_with_two(zh, first)
        } else {
            self.starting_with(&zh[..first])
        };
        // A one-character key sorts first among the keys it starts.
        if first == zh.len() && self.overlay.is_empty() {
            return base.first().filter(|e| e.key() == zh).map(static_ref);
        }
        self.get_in(base, zh)
    }

    /// The keys of the static table that start with the same two characters as `text` (whose
    /// first character is `first` bytes long and is followed by another).
    fn starting_with_two(&self, text: &str, first: usize) -> &'static [StaticEntry] {
        if self.base.is_empty() {
            return &[];
        }
        let c = text[..first].chars().next().map_or(0, |c| c as u32);
        let key = (u64::from(c) << 32) | u64::from(char_key(text.as_bytes(), first));
        // A CJK first character's pairs are found directly; others are searched for.
        let pairs = match (c as usize).checked_sub(0x4E00) {
            Some(i) if i < 0xA000 - 0x4E00 => {
                let (lo, hi) = (builtin::CJK_PAIR_START[i], builtin::CJK_PAIR_START[i + 1]);
                &builtin::PAIRS[lo as usize..hi as usize]
            }
            _ => &builtin::PAIRS[..],
        };
        match pairs.binary_search_by_key(&key, |p| p.0) {
            Ok(i) => &builtin::ENTRIES[pairs[i].1 as usize..pairs[i].2 as usize],
            Err(_) => &[],
        }
    }

    /// The entry for a key, looked up only among `base` (a slice of the static table that holds
    /// every key sharing the key's first character) and the overlay.
    fn get_in(&self, base: &'static [StaticEntry], zh: &str) -> Option<EntryRef<'_>> {
        if let Some(o) = self.overlay.get(zh) {
            return o.as_ref().map(Entry::as_ref);
        }
        find(base, zh).map(static_ref)
    }

    /// The keys of the static table that start with the character `first` (keys are sorted
    /// bytewise, so they are contiguous; `build.rs` compiles the ranges).
    fn starting_with(&self, first: &str) -> &'static [StaticEntry] {
        if self.base.is_empty() {
            return &[];
        }
        let Some(c) = first.chars().next() else { return &[] };
        if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
            let i = c as usize - 0x4E00;
            let (lo, hi) = (builtin::CJK_START[i] as usize, builtin::CJK_START[i + 1] as usize);
            return &builtin::ENTRIES[lo..hi];
        }
        match builtin::FIRST.binary_search_by_key(&c, |f| f.0) {
            Ok(i) => &builtin::ENTRIES[builtin::FIRST[i].1 as usize..builtin::FIRST[i].2 as usize],
            Err(_) => &[],
        }
    }

    /// The longest entry at `bounds[at]`: its end index into `bounds` and the entry.
    fn longest_at<'t>(
        &'t self,
        text: &'t str,
        bounds: &[usize],
        at: usize,
    ) -> Option<(usize, EntryRef<'t>)> {
        let start = bounds[at];
        let longest = (at + self.max_key_chars).min(bounds.len() - 1);
        // The static keys: narrow the sorted range one character at a time, so that the search
        // stops as soon as no key goes on (two or three characters in, mostly). Every key left
        // in the range shares the text's first `shared` bytes, so only the character after them
        // is compared.
        let mut range = self.starting_with(&text[start..bounds[at + 1]]);
        let mut shared = bounds[at + 1] - start;
        let mut best: Option<(usize, &'static StaticEntry)> = None;
        for end in at + 1..=longest {
            if end == at + 2 {
                // The first two characters: straight to their range.
                range = self.starting_with_two(&text[start..], bounds[at + 1] - start);
                shared = bounds[end] - start;
            } else if end > at + 1 {
                let c = char_key(text.as_bytes(), bounds[end - 1]);
                let lo = range.partition_point(|e| char_key(e.key().as_bytes(), shared) < c);
                let len =
                    range[lo..].partition_point(|e| char_key(e.key().as_bytes(), shared) == c);
                range = &range[lo..lo + len];
                shared = bounds[end] - start;
            }
            let Some(first) = range.first() else { break };
            // The key equal to the text so far sorts first among the keys it starts.
            if (first.1 - first.0) as usize == shared {
                best = Some((end, first));
            }
        }
        if self.overlay.is_empty() {
            let (end, e) = best?;
            return Some((end, static_ref(e)));
        }
        // With a user overlay (rare): its entries win, its removals hide static keys, so every
        // length is looked up.
        (at + 1..=longest).rev().find_map(|end| {
            let key = &text[start..bounds[end]];
            self.get_in(self.starting_with(key), key).map(|e| (end, e))
        })
    }

    /// Non-overlapping leftmost-longest matches in `text`: `(start, end, entry)`.
    pub fn matches<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, EntryRef<'t>)> {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut at = 0;
        std::iter::from_fn(move || {
            while at + 1 < bounds.len() {
                if let Some((end, e)) = self.longest_at(text, &bounds, at) {
                    let m = (bounds[at], bounds[end], e);
                    at = end;
                    return Some(m);
                }
                at += 1;
            }
            None
        })
    }
}

/// The UTF-8 bytes of the character starting at byte `at` of `bytes`, big-endian in a `u32`
/// (left-aligned, so that comparing two of them compares the bytes); 0 at the end.
fn char_key(bytes: &[u8], at: usize) -> u32 {
    let Some(&lead) = bytes.get(at) else { return 0 };
    let len = match lead {
        0..0x80 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    };
    let mut key = 0u32;
    for i in 0..4 {
        key <<= 8;
        if i < len {
            key |= u32::from(bytes.get(at + i).copied().unwrap_or(0));
        }
    }
    key
}

/// The static entry with exactly this key, in a slice sorted by key.
fn find(base: &'static [StaticEntry], key: &str) -> Option<&'static StaticEntry> {
    base.binary_search_by(|e| e.key().cmp(key)).ok().map(|i| &base[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(sources: &[&str]) -> PhraseTable {
        let mut b = PhraseTableBuilder::new();
        for (i, s) in sources.iter().enumerate() {
            b.overlay(&format!("t{i}"), s).unwrap();
        }
        b.build()
    }

    #[test]
    fn later_sources_shadow_and_remove() {
        let t = table(&["核心\tमुख्य\tadj\n价值\tमूल्य\tn m\n", "核心\tकेंद्रीय\tadj\n价值\t\n"]);
        assert_eq!(t.get("核心").unwrap().hi, "केंद्रीय");
        assert_eq!(t.len(), 1);
        let mut b = PhraseTableBuilder::with_default();
        b.overlay("u", "不存在的词\t\n价值\t\n").unwrap();
        assert_eq!(b.build().len(), default_table().len() - 1);
        assert!(t.get("价值").is_none());
    }

    #[test]
    fn leftmost_longest() {
        let t = table(&["长期\tदीर्घकालिक\n长\tलंबा\n发展\tविकास\n发展潜力\tविकास क्षमता\n"]);
        let got: Vec<_> = t.matches("长期发展潜力").map(|(s, e, en)| (s, e, en.hi)).collect();
        assert_eq!(got, vec![(0, 6, "दीर्घकालिक"), (6, 18, "विकास क्षमता")]);
    }

    #[test]
    fn default_table_loads() {
        let t = default_table();
        assert!(t.len() > 100);
        assert!(t.get("价值").is_some());
    }
}
