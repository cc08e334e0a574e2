//! Phrase tables: Chinese words to Hindi, with the part of speech and gender the rules need.
//!
//! A [`PhraseTable`] is the merge of the embedded default and any user tables, built once by
//! [`PhraseTableBuilder`]. Precedence is decided here, in one place:
//!
//! 1. a later source shadows an earlier one for the same key (user tables over the default, and a
//!    later `--table` over an earlier one); an empty Hindi column removes the key;
//! 2. when matching, the longest key wins at each position (leftmost-longest), whatever its source.
//!
//! The default tables are compiled into a sorted static array (`build.rs`), so start-up parses
//! and builds nothing; user tables are parsed into an overlay map. Matching is leftmost-longest:
//! at each position the longest key starting there wins (a binary search per candidate length in
//! the static array, a hash lookup in the overlay). Inside the short stray runs this gives the
//! same matches as an Aho-Corasick automaton with `MatchKind::LeftmostLongest`, without the
//! 30 ms such an automaton takes to build over the default table.

mod builtin;
pub mod parse;

use crate::error::Error;
use std::collections::HashMap;
use std::sync::OnceLock;

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
        let in_base = |k: &str| base.binary_search_by(|e| e.0.cmp(k)).is_ok();
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

/// A compiled default entry: key, Hindi, part-of-speech index (255: none), gender (0/1=m/2=f).
pub(crate) type StaticEntry = (&'static str, &'static str, u8, u8);

fn static_ref(e: &StaticEntry) -> EntryRef<'static> {
    let pos = Pos::ALL.get(e.2 as usize).copied().unwrap_or(Pos::Unknown);
    let gender = match e.3 {
        1 => Some(Gender::M),
        2 => Some(Gender::F),
        _ => None,
    };
    EntryRef { zh: e.0, hi: e.1, pos, gender }
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
            .filter(|e| !self.overlay.contains_key(e.0))
            .map(|e| static_ref(e).to_entry())
            .collect();
        all.extend(self.overlay.values().flatten().cloned());
        all.sort_by(|a, b| a.zh.cmp(&b.zh));
        all
    }

    /// The entry for exactly this key.
    pub fn get(&self, zh: &str) -> Option<EntryRef<'_>> {
        let first = zh.chars().next().map_or(0, char::len_utf8);
        self.get_in(self.starting_with(&zh[..first]), zh)
    }

    /// The entry for a key, looked up only among `base` (a slice of the static table that holds
    /// every key sharing the key's first character) and the overlay.
    fn get_in(&self, base: &'static [StaticEntry], zh: &str) -> Option<EntryRef<'_>> {
        if let Some(o) = self.overlay.get(zh) {
            return o.as_ref().map(Entry::as_ref);
        }
        base.binary_search_by(|e| e.0.cmp(zh)).ok().map(|i| static_ref(&base[i]))
    }

    /// The keys of the static table that start with the character `first` (keys are sorted
    /// bytewise, so they are contiguous; the ranges are indexed once, on first use).
    fn starting_with(&self, first: &str) -> &'static [StaticEntry] {
        if self.base.is_empty() {
            return &[];
        }
        static INDEX: OnceLock<HashMap<char, (usize, usize)>> = OnceLock::new();
        let index = INDEX.get_or_init(|| {
            let mut index: HashMap<char, (usize, usize)> = HashMap::new();
            for (i, e) in builtin::ENTRIES.iter().enumerate() {
                let c = e.0.chars().next().unwrap_or_default();
                index.entry(c).and_modify(|r| r.1 = i + 1).or_insert((i, i + 1));
            }
            index
        });
        match first.chars().next().and_then(|c| index.get(&c)) {
            Some(&(lo, hi)) => &builtin::ENTRIES[lo..hi],
            None => &[],
        }
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
                let longest = (at + self.max_key_chars).min(bounds.len() - 1);
                let base = self.starting_with(&text[bounds[at]..bounds[at + 1]]);
                for end in (at + 1..=longest).rev() {
                    if let Some(e) = self.get_in(base, &text[bounds[at]..bounds[end]]) {
                        let m = (bounds[at], bounds[end], e);
                        at = end;
                        return Some(m);
                    }
                }
                at += 1;
            }
            None
        })
    }
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
