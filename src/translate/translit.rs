//! Transliteration: Han that no table covers, written in Devanagari from its Mandarin reading.
//!
//! Readings come from the `pinyin` crate's most common reading per character, corrected by
//! `data/readings.tsv` where a phrase reads otherwise (多音字: 重庆 chong qing, 银行 yin hang,
//! 长期 chang qi) or where a character reads otherwise as a surname (曾 zeng, 单 shan). Each
//! toneless syllable becomes Devanagari through `data/pinyin.tsv`, the team's map of all
//! Mandarin syllables in the spelling Hindi news uses for Chinese names (हुआंग, शी, झांग).
//!
//! A person's name is written surname, space, given name: 黄仁勋 → हुआंग रेनशुन. Any other
//! run is one word: 深圳 → शेनझेन.
//!
//! Foreign names written in Chinese (卡瓦诺 Kavanaugh) are read through `data/foreign.tsv`, the
//! team's map of the characters Chinese uses to spell foreign sounds, not through Mandarin
//! readings: 卡瓦诺 → कावानो (not कावानुओ), 韦斯特 → वेस्ट.

use pinyin::ToPinyin;
use std::collections::HashMap;
use std::sync::OnceLock;

const SYLLABLES: &str = include_str!("../../data/pinyin.tsv");
const READINGS: &str = include_str!("../../data/readings.tsv");
const FOREIGN: &str = include_str!("../../data/foreign.tsv");

/// How a character spells a foreign sound.
#[derive(Clone, Copy, Debug)]
pub struct ForeignSound {
    /// The sound in Devanagari.
    pub deva: &'static str,
    /// The character stands for a consonant alone (斯 s, 克 k).
    pub consonant: bool,
    /// The character is seldom a word of its own in news text.
    pub strong: bool,
}

struct Data {
    syllables: HashMap<&'static str, &'static str>,
    /// Phrase and character readings; the bool marks surname-only readings.
    readings: HashMap<&'static str, (Vec<&'static str>, bool)>,
    longest_reading: usize,
    foreign: HashMap<char, ForeignSound>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let rows = |text: &'static str| {
            text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| {
                let mut cols = l.split('\t');
                (cols.next().unwrap_or_default(), cols.next().unwrap_or_default(), cols.next())
            })
        };
        let syllables = rows(SYLLABLES).map(|(s, d, _)| (s, d)).collect();
        let readings: HashMap<_, _> = rows(READINGS)
            .map(|(zh, py, tag)| (zh, (py.split_whitespace().collect(), tag == Some("surname"))))
            .collect();
        let longest_reading = readings.keys().map(|k| k.chars().count()).max().unwrap_or(1);
        let foreign = rows(FOREIGN)
            .filter_map(|(zh, deva, tags)| {
                let c = zh.chars().next()?;
                let tags: Vec<&str> = tags.unwrap_or_default().split_whitespace().collect();
                let sound = ForeignSound {
                    deva,
                    consonant: tags.contains(&"c"),
                    strong: tags.contains(&"s"),
                };
                Some((c, sound))
            })
            .collect();
        Data { syllables, readings, longest_reading, foreign }
    })
}

/// Surnames that mark a following one or two characters as a given name. Characters that are
/// far more often ordinary words in news (高 high, 周 week, 马 horse, 方 side, 金 gold, 万 ten
/// thousand) are left out on purpose.
pub const SURNAMES: &str = "黄王李张刘陈杨赵吴徐孙朱胡郭林罗梁宋郑谢韩唐冯董萧程曹袁邓傅沈曾彭吕苏卢蒋蔡贾魏薛阎潘杜戴夏钟汪姜范姚谭廖邹熊陆郝孔崔邱秦顾侯邵孟雷钱汤尹黎乔贺赖龚庞樊殷施陶洪翟严覃";

/// Two-character surnames.
pub const COMPOUND_SURNAMES: [&str; 8] =
    ["欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "尉迟", "长孙"];

/// True when `c` starts a person's name.
pub fn is_surname(c: char) -> bool {
    SURNAMES.contains(c)
}

/// Toneless pinyin syllables of `han`, phrase-aware. `person`: read the first character (or
/// compound surname) as a surname.
pub fn readings(han: &str, person: bool) -> Vec<&'static str> {
    let d = data();
    let chars: Vec<(usize, char)> = han.char_indices().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let mut matched = false;
        for n in (1..=d.longest_reading.min(chars.len() - i)).rev() {
            let end = chars.get(i + n).map_or(han.len(), |&(b, _)| b);
            let key = &han[chars[i].0..end];
            if let Some((py, surname_only)) = d.readings.get(key)
                && (!surname_only || (person && i == 0))
            {
                out.extend(py.iter().copied());
                i += n;
                matched = true;
                break;
            }
        }
        if !matched {
            let c = chars[i].1;
            out.push(c.to_pinyin().map_or("", |p| p.plain()));
            i += 1;
        }
    }
    out
}

/// How `c` spells a foreign sound, if Chinese uses it for that.
pub fn foreign_sound(c: char) -> Option<ForeignSound> {
    data().foreign.get(&c).copied()
}

/// Write a foreign name spelled in Chinese in Devanagari: 韦斯特 → वेस्ट. A consonant-only
/// character joins the next syllable with a virama; at the end it stands bare, as Hindi writes
/// final consonants. `None` when a character has no foreign sound.
pub fn foreign_name(han: &str) -> Option<String> {
    let sounds: Vec<ForeignSound> = han.chars().map(foreign_sound).collect::<Option<_>>()?;
    let mut out = String::new();
    for (i, s) in sounds.iter().enumerate() {
        out.push_str(s.deva);
        let next_is_consonant = sounds
            .get(i + 1)
            .and_then(|n| n.deva.chars().next())
            .is_some_and(|c| ('क'..='ह').contains(&c));
        if s.consonant && next_is_consonant {
            out.push('\u{94D}');
        }
    }
    Some(out)
}

fn syllable(py: &str) -> String {
    let d = data();
    // The pinyin crate writes ü as "ü"; the map spells it "v".
    let key = py.replace('ü', "v");
    d.syllables.get(key.as_str()).map_or_else(|| key.clone(), |s| s.to_string())
}

/// Write `han` in Devanagari. Characters with no reading are dropped.
pub fn transliterate(han: &str, person: bool) -> String {
    let py = readings(han, person);
    if person && py.len() >= 2 {
        let surname_len = if COMPOUND_SURNAMES.iter().any(|s| han.starts_with(s)) { 2 } else { 1 };
        let surname: String = py[..surname_len].iter().map(|s| syllable(s)).collect();
        let given: String = py[surname_len..].iter().map(|s| syllable(s)).collect();
        if given.is_empty() {
            return surname;
        }
        return format!("{surname} {given}");
    }
    py.iter().filter(|s| !s.is_empty()).map(|s| syllable(s)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_words() {
        assert_eq!(transliterate("黄仁勋", true), "हुआंग रेनशुन");
        assert_eq!(transliterate("梁文锋", true), "लियांग वेनफ़ेंग");
        assert_eq!(transliterate("欧阳修", true), "ओउयांग शियू");
        assert_eq!(transliterate("深圳", false), "शेनझेन");
    }

    #[test]
    fn foreign_names() {
        assert_eq!(foreign_name("卡瓦诺").as_deref(), Some("कावानो"));
        assert_eq!(foreign_name("韦斯特").as_deref(), Some("वेस्ट"));
        assert_eq!(foreign_name("弗雷斯诺").as_deref(), Some("फ़्रेस्नो"));
        assert_eq!(foreign_name("克里斯").as_deref(), Some("क्रिस"));
        assert_eq!(foreign_name("卡的"), None);
    }

    #[test]
    fn phrase_aware_readings() {
        assert_eq!(readings("重庆", false), ["chong", "qing"]);
        assert_eq!(readings("银行", false), ["yin", "hang"]);
        assert_eq!(readings("长期", false), ["chang", "qi"]);
        assert_eq!(readings("曾国藩", true), ["zeng", "guo", "fan"]);
        assert_eq!(readings("曾经", false), ["ceng", "jing"]);
    }

    #[test]
    fn every_syllable_has_a_spelling() {
        // Every reading the data can produce maps to Devanagari.
        let d = data();
        for (py, _) in d.readings.values() {
            for s in py {
                assert!(d.syllables.contains_key(s), "{s}");
            }
        }
        for c in ('\u{4E00}'..='\u{9FFF}').step_by(7) {
            if let Some(p) = c.to_pinyin() {
                let key = p.plain().replace('ü', "v");
                assert!(d.syllables.contains_key(key.as_str()), "{c} {key}");
            }
        }
    }
}
