//! Phrase tables: Chinese words to Hindi, with the part of speech and gender the rules need.
//!
//! A [`PhraseTable`] is the merge of the embedded default and any user tables, built once by
//! [`PhraseTableBuilder`]. Precedence is decided here, in one place:
//!
//! 1. a later source shadows an earlier one for the same key (user tables over the default, and a
//!    later `--table` over an earlier one); an empty Hindi column removes the key;
//! 2. when matching, the longest key wins at each position (leftmost-longest), whatever its source.
//!
//! The matching automaton is built lazily, on the first stray run, so clean text never pays for it.

mod builtin;
pub mod parse;

use crate::error::Error;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
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

/// Collects table sources in precedence order, then builds a [`PhraseTable`].
#[derive(Clone, Debug, Default)]
pub struct PhraseTableBuilder {
    entries: HashMap<String, Entry>,
}

impl PhraseTableBuilder {
    /// An empty builder (no default table).
    pub fn new() -> PhraseTableBuilder {
        PhraseTableBuilder::default()
    }

    /// A builder that starts from the embedded default table.
    pub fn with_default() -> PhraseTableBuilder {
        let mut b = PhraseTableBuilder::new();
        for (name, text) in DEFAULT_SOURCES {
            b.overlay(name, text).expect("the embedded default table parses (tests/table.rs)");
        }
        b
    }

    /// Parse `text` (named `source` in errors) and lay it over what is there: its entries
    /// shadow earlier ones with the same key; rows with an empty Hindi column remove keys.
    pub fn overlay(&mut self, source: &str, text: &str) -> Result<&mut Self, Error> {
        for (_, row) in parse::parse(source, text)? {
            match row {
                Row::Entry(e) => {
                    self.entries.insert(e.zh.clone(), e);
                }
                Row::Remove(key) => {
                    self.entries.remove(&key);
                }
            }
        }
        Ok(self)
    }

    /// Build the table. The matching automaton is built later, on first use.
    pub fn build(self) -> PhraseTable {
        let mut entries: Vec<Entry> = self.entries.into_values().collect();
        entries.sort_by(|a, b| a.zh.cmp(&b.zh));
        let index = entries.iter().enumerate().map(|(i, e)| (e.zh.clone(), i)).collect();
        PhraseTable { entries, index, automaton: OnceLock::new() }
    }
}

/// A merged, immutable phrase table.
#[derive(Debug)]
pub struct PhraseTable {
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
    automaton: OnceLock<AhoCorasick>,
}

impl PhraseTable {
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries sorted by key.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry for exactly this key.
    pub fn get(&self, zh: &str) -> Option<&Entry> {
        self.index.get(zh).map(|&i| &self.entries[i])
    }

    fn automaton(&self) -> &AhoCorasick {
        self.automaton.get_or_init(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(self.entries.iter().map(|e| e.zh.as_str()))
                .expect("phrase table keys build an automaton")
        })
    }

    /// Non-overlapping leftmost-longest matches in `text`: `(start, end, entry)`.
    pub fn matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, &'t Entry)> {
        self.automaton()
            .find_iter(text)
            .map(|m| (m.start(), m.end(), &self.entries[m.pattern().as_usize()]))
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
        assert!(t.get("价值").is_none());
    }

    #[test]
    fn leftmost_longest() {
        let t = table(&["长期\tदीर्घकालिक\n长\tलंबा\n发展\tविकास\n发展潜力\tविकास क्षमता\n"]);
        let got: Vec<_> =
            t.matches("长期发展潜力").map(|(s, e, en)| (s, e, en.hi.as_str())).collect();
        assert_eq!(got, vec![(0, 6, "दीर्घकालिक"), (6, 18, "विकास क्षमता")]);
    }

    #[test]
    fn default_table_loads() {
        let t = default_table();
        assert!(t.len() > 100);
        assert!(t.get("价值").is_some());
    }
}
