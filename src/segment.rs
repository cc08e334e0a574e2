//! Segment: text to script runs.
//!
//! Every character gets a [`Class`]; consecutive characters of one class form a [`Run`]. Classes
//! come from Unicode's Script_Extensions, not Script, so that marks shared by several scripts
//! join the right side: the danda (U+0964/5) is `Common` with Devanagari among its extensions
//! and counts as neutral punctuation beside Devanagari; `。` and `，` are `Common` with Han
//! among their extensions and are [`Class::CjkPunct`], which belongs to a stray Han run.
//! Hot ranges (ASCII, Devanagari, CJK ideographs) are decided without a table lookup.
//!
//! Runs are half-open byte spans that tile the text exactly.

use crate::edit::Span;
use unicode_script::{Script, UnicodeScript};

/// The class of a character, as detection needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Devanagari letters, marks and digits.
    Devanagari,
    /// Han ideographs (Script=Han, including 々 〇 and the CJK radicals).
    Han,
    /// CJK punctuation and symbols (`。，、：「」`, the ideographic space, full-width punctuation).
    CjkPunct,
    /// Full-width ASCII letters and digits (`Ａ`, `１`).
    Fullwidth,
    /// Hiragana and katakana.
    Kana,
    /// Hangul.
    Hangul,
    /// Latin letters.
    Latin,
    /// ASCII digits.
    Digit,
    /// White space, line breaks included.
    Space,
    /// Characters of no particular script: punctuation, symbols, emoji, combining marks.
    Neutral,
    /// Letters of any other script.
    Other,
}

impl Class {
    /// True for the East Asian classes a stray run is made of.
    pub fn is_east_asian(self) -> bool {
        matches!(
            self,
            Class::Han | Class::CjkPunct | Class::Fullwidth | Class::Kana | Class::Hangul
        )
    }
}

/// A maximal run of characters of one class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Where the run is.
    pub span: Span,
    /// The class of all its characters.
    pub class: Class,
}

/// True for a Han ideograph (Script=Han).
pub fn is_han(c: char) -> bool {
    classify(c) == Class::Han
}

/// The class of one character.
pub fn classify(c: char) -> Class {
    let u = c as u32;
    if u < 0x80 {
        return match c {
            'a'..='z' | 'A'..='Z' => Class::Latin,
            '0'..='9' => Class::Digit,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => Class::Space,
            _ => Class::Neutral,
        };
    }
    match u {
        0x0964 | 0x0965 => return Class::Neutral,
        // General punctuation (“ ” ‘ ’ … – —) is shared by every script.
        0x2000..=0x206F => return Class::Neutral,
        0x0900..=0x097F | 0xA8E0..=0xA8FF | 0x1CD0..=0x1CFF => return Class::Devanagari,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => return Class::Han,
        0x3000 => return Class::CjkPunct,
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => return Class::Fullwidth,
        0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 => {
            return Class::CjkPunct;
        }
        0xFE10..=0xFE19 | 0xFE30..=0xFE4F => return Class::CjkPunct,
        _ => {}
    }
    if c.is_whitespace() {
        return Class::Space;
    }
    match c.script() {
        Script::Han => Class::Han,
        Script::Hiragana | Script::Katakana => Class::Kana,
        Script::Hangul => Class::Hangul,
        Script::Latin => Class::Latin,
        Script::Devanagari => Class::Devanagari,
        Script::Common | Script::Inherited | Script::Unknown => {
            let ext = c.script_extension();
            if ext.is_common() || ext.is_inherited() {
                // No narrower extension: shared by every script.
                Class::Neutral
            } else if ext.contains_script(Script::Han) {
                Class::CjkPunct
            } else if ext.contains_script(Script::Hiragana) || ext.contains_script(Script::Katakana)
            {
                Class::Kana
            } else if ext.contains_script(Script::Devanagari) && c.is_alphanumeric() {
                Class::Devanagari
            } else {
                Class::Neutral
            }
        }
        _ => Class::Other,
    }
}

/// Split `text` into maximal runs of one class. The runs tile the text.
pub fn segment(text: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (i, c) in text.char_indices() {
        let class = classify(c);
        let end = i + c.len_utf8();
        match runs.last_mut() {
            Some(run) if run.class == class => run.span.end = end,
            _ => runs.push(Run { span: Span::new(i, end), class }),
        }
    }
    runs
}

/// Character counts by class for one stretch of text, for host decisions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Devanagari characters.
    pub devanagari: usize,
    /// Han characters plus kana and hangul.
    pub east_asian: usize,
}

impl Counts {
    /// Count the characters of `text`. Devanagari inside brackets is not counted: in a Chinese
    /// text a bracketed Devanagari gloss (`莫迪（नरेंद्र मोदी）`) says nothing about the host.
    pub fn of(text: &str) -> Counts {
        Counts::of_classified(text.chars().map(|c| (c, classify(c))))
    }

    /// [`Counts::of`] for characters already classified.
    pub fn of_classified(chars: impl Iterator<Item = (char, Class)>) -> Counts {
        let mut counts = Counts::default();
        let mut depth = 0u32;
        for (c, class) in chars {
            match c {
                '(' | '[' | '（' | '【' | '［' => depth += 1,
                ')' | ']' | '）' | '】' | '］' => depth = depth.saturating_sub(1),
                _ => match class {
                    // The nukta is not counted, so that `ज़` counts one whether precomposed
                    // (U+095B) or not: NFC must not change a host decision.
                    Class::Devanagari if depth == 0 && c != '\u{093C}' => counts.devanagari += 1,
                    Class::Han | Class::Kana | Class::Hangul => counts.east_asian += 1,
                    _ => {}
                },
            }
        }
        counts
    }

    /// True for a Devanagari host: Devanagari characters are at least a third as many as East
    /// Asian ones. The weight is the density of the scripts: the same meaning takes about three
    /// times as many Devanagari characters as Han ones, and a stray tail is often longer in
    /// characters than the Hindi before it (`NVIDIA के AI युग में核心价值和长期发展潜力的强调。`).
    pub fn devanagari_host(&self) -> bool {
        self.devanagari > 0 && self.devanagari * 3 >= self.east_asian
    }
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.devanagari += o.devanagari;
        self.east_asian += o.east_asian;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_by_behaviour() {
        let cases: &[(&str, Class)] = &[
            ("क", Class::Devanagari),
            ("ा", Class::Devanagari),
            ("२", Class::Devanagari),
            ("।", Class::Neutral),
            ("॥", Class::Neutral),
            ("核", Class::Han),
            ("々", Class::Han),
            ("〇", Class::Han),
            ("𠀀", Class::Han),
            ("。", Class::CjkPunct),
            ("，", Class::CjkPunct),
            ("、", Class::CjkPunct),
            ("《", Class::CjkPunct),
            ("\u{3000}", Class::CjkPunct),
            ("（", Class::CjkPunct),
            ("・", Class::CjkPunct),
            ("１", Class::Fullwidth),
            ("Ａ", Class::Fullwidth),
            ("あ", Class::Kana),
            ("カ", Class::Kana),
            ("ー", Class::Kana),
            ("한", Class::Hangul),
            ("a", Class::Latin),
            ("é", Class::Latin),
            ("7", Class::Digit),
            (" ", Class::Space),
            ("\u{a0}", Class::Space),
            ("“", Class::Neutral),
            ("%", Class::Neutral),
            ("🚀", Class::Neutral),
            ("\u{200d}", Class::Neutral),
            ("α", Class::Other),
        ];
        for &(s, want) in cases {
            assert_eq!(classify(s.chars().next().unwrap()), want, "{s:?}");
        }
    }

    #[test]
    fn runs_tile_the_text() {
        let text = "युग में核心价值。 AI 2025";
        let runs = segment(text);
        let classes: Vec<_> = runs.iter().map(|r| r.class).collect();
        assert_eq!(
            classes,
            [
                Class::Devanagari,
                Class::Space,
                Class::Devanagari,
                Class::Han,
                Class::CjkPunct,
                Class::Space,
                Class::Latin,
                Class::Space,
                Class::Digit
            ]
        );
        let mut at = 0;
        for r in &runs {
            assert_eq!(r.span.start, at);
            at = r.span.end;
        }
        assert_eq!(at, text.len());
    }

    #[test]
    fn counts_decide_host() {
        assert!(Counts::of("कंपनी ने बयान में कहा कि计划到明年将产能翻一番。").devanagari_host());
        assert!(Counts::of("NVIDIA के AI युग में核心价值和长期发展潜力的强调。").devanagari_host());
        assert!(!Counts::of("英伟达周三公布的财报显示 (एनवीडिया)").devanagari_host());
        assert!(!Counts::of("莫迪（नरेंद्र मोदी）表示，印度将继续合作。").devanagari_host());
        assert!(!Counts::of("Only Latin").devanagari_host());
    }
}
