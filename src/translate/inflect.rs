//! Number and case of Hindi nouns, with the words that agree with them. Chinese marks neither;
//! Hindi does: `其他技术公司` + host `ने` → `अन्य तकनीक कंपनियों ने`, `在这个问题上` → `इस मसले पर`
//! with the noun in the oblique case before a postposition.
//!
//! * A noun is plural after a word that counts or quantifies more than one (其他, 这些, 许多,
//!   各, 两, a number above one) or when `们` follows it.
//! * A noun is oblique when a postposition follows: a table postposition, a genitive, or the host
//!   word right after the run (`में`, `ने`, …).
//! * A masculine noun's adjectives in -ा and the genitive before it take -े when it is plural or
//!   oblique (`बड़े शहरों में`, `कंपनी के मामले में`).

use super::{Tok, TokKind, number};
use crate::table::{Gender, Pos};

/// Hindi postpositions: after one of these a noun is oblique.
const POSTPOSITIONS: [&str; 14] =
    ["में", "पर", "से", "को", "का", "की", "के", "ने", "तक", "द्वारा", "वाले", "वाली", "वाला", "ओर"];

/// Chinese words after which the noun counted is plural.
const PLURAL_MARKERS: [&str; 26] = [
    "一些", "不少", "众多", "其他", "其它", "几", "几个", "多个", "多位", "多名", "多家", "多种",
    "多项", "很多", "所有", "许多", "诸多", "这些", "那些", "各", "各种", "各类", "两", "俩", "数",
    "大批",
];

/// Masculine nouns in -ा that do not change (agent nouns in -ता, kin, borrowed words).
fn invariable(word: &str) -> bool {
    ["ेता", "क्ता", "ाता", "िता", "ोता", "्ता"].iter().any(|s| word.ends_with(s))
        || ["राजा", "देवता", "योद्धा", "मुखिया", "दादा", "नाना", "चाचा", "मामा", "अगुआ"].contains(&word)
        // मीडिया, मुखिया: borrowed and -िया nouns keep their form.
        || word.ends_with("िया")
}

/// Adjectives that table nouns start with and that agree (बड़ा शहर → बड़े शहरों). Only these:
/// the first word of a table noun is as often a noun that does not (डेटा सेंटर).
const INNER_ADJECTIVES: [&str; 20] = [
    "बड़ा",
    "छोटा",
    "नया",
    "पुराना",
    "अच्छा",
    "बुरा",
    "पहला",
    "दूसरा",
    "तीसरा",
    "चौथा",
    "अगला",
    "पिछला",
    "ऊंचा",
    "लंबा",
    "पूरा",
    "सारा",
    "काला",
    "गहरा",
    "खुला",
    "सीधा",
];

/// Split a multi-word noun into what stays and its last word, which inflects.
pub(crate) fn last_word(text: &str) -> (&str, &str) {
    match text.rfind(' ') {
        Some(i) => (&text[..=i], &text[i + 1..]),
        None => ("", text),
    }
}

/// The form of `word` (a noun of gender `g`) in `plural` and/or `oblique`.
pub(crate) fn noun_form(word: &str, g: Gender, plural: bool, oblique: bool) -> String {
    let (head, w) = last_word(word);
    if !w.chars().all(|c| ('\u{900}'..='\u{97F}').contains(&c)) || w.is_empty() {
        return word.to_string();
    }
    let ends = |s: &str| w.strip_suffix(s);
    let form = match (g, plural, oblique) {
        // Oblique singular and direct plural: मामले.
        (Gender::M, false, true) | (Gender::M, true, false) => match ends("ा") {
            Some(stem) if !invariable(w) => format!("{stem}े"),
            _ => w.to_string(),
        },
        (Gender::M, true, true) => {
            if let Some(stem) = ends("ा").filter(|_| !invariable(w)) {
                format!("{stem}ों")
            } else if let Some(stem) = ends("ी") {
                format!("{stem}ियों")
            } else if let Some(stem) = ends("ू") {
                format!("{stem}ुओं")
            } else if w.ends_with(['ा', 'ो', 'ौ', 'े']) {
                format!("{w}ओं")
            } else {
                format!("{w}ों")
            }
        }
        (Gender::F, true, oblique) => {
            if let Some(stem) = ends("ी").or_else(|| ends("ि")) {
                format!("{stem}ि{}", if oblique { "यों" } else { "यां" })
            } else if let Some(stem) = ends("ू").or_else(|| ends("ु")) {
                format!("{stem}ु{}", if oblique { "ओं" } else { "एं" })
            } else if w.ends_with(['ा', 'ो', 'ौ', 'े']) {
                format!("{w}{}", if oblique { "ओं" } else { "एं" })
            } else {
                format!("{w}{}", if oblique { "ों" } else { "ें" })
            }
        }
        (_, false, _) => w.to_string(),
    };
    // Adjectives inside a masculine table noun agree too: बड़ा शहर → बड़े शहरों.
    let head = if g == Gender::M && (plural || oblique) {
        head.split_inclusive(' ')
            .map(|piece| {
                let w = piece.trim_end();
                if INNER_ADJECTIVES.contains(&w) {
                    format!("{}{}", adjective_form(w, false), &piece[w.len()..])
                } else {
                    piece.to_string()
                }
            })
            .collect()
    } else {
        head.to_string()
    };
    format!("{head}{form}")
}

/// An adjective in -ा (its last word; also a past verb in -ा) agreeing with a feminine noun (`बड़ी`, `नई`, `89वीं`) or,
/// with `feminine` false, with a plural or oblique masculine one (`बड़े`, `89वें`).
pub(crate) fn adjective_form(text: &str, feminine: bool) -> String {
    let (head, w) = last_word(text);
    if INVARIABLE_ADJECTIVES.contains(&w) {
        return text.to_string();
    }
    let form = if let Some(stem) = w.strip_suffix("ां") {
        format!("{stem}{}", if feminine { "ीं" } else { "ें" })
    } else if let Some(stem) = w.strip_suffix("या").filter(|_| feminine) {
        format!("{stem}ई")
    } else if let Some(stem) = w.strip_suffix('ा') {
        format!("{stem}{}", if feminine { "ी" } else { "े" })
    } else {
        return text.to_string();
    };
    format!("{head}{form}")
}

/// A demonstrative in number and case: यह → ये (plural), इस (oblique), इन (both).
fn demonstrative(text: &str, plural: bool, oblique: bool) -> Option<&'static str> {
    let near = match text {
        "यह" | "ये" => true,
        "वह" | "वे" => false,
        _ => return None,
    };
    Some(match (near, plural, oblique) {
        (true, false, false) => "यह",
        (true, true, false) => "ये",
        (true, false, true) => "इस",
        (true, true, true) => "इन",
        (false, false, false) => "वह",
        (false, true, false) => "वे",
        (false, false, true) => "उस",
        (false, true, true) => "उन",
    })
}

/// यह, वह, ये, वे before a postposition: इस, उस, इन, उन.
pub(crate) fn oblique_demonstrative(text: &str) -> Option<&'static str> {
    demonstrative(text, matches!(text, "ये" | "वे"), true)
}

/// A pronoun right before a postposition takes its oblique form, written together with a
/// one-word postposition as Hindi does: यह में → इसमें, वह पर → उस पर, वे ने → उन्होंने.
pub(crate) fn pronoun_case(toks: &mut [Tok]) {
    for i in 0..toks.len().saturating_sub(1) {
        if !matches!(toks[i].kind, TokKind::Word { pos: Pos::Pronoun, .. }) {
            continue;
        }
        let next = &toks[i + 1];
        if !matches!(next.kind, TokKind::Word { .. }) || !is_postposition(&next.text) {
            continue;
        }
        let first = next.text.split(' ').next().unwrap_or_default();
        // मेरे लिए, हमारा: a genitive postposition after a personal pronoun makes the possessive.
        let possessive =
            matches!(first, "का" | "की" | "के").then(|| possessive_stem(&toks[i].zh)).flatten();
        let joined = if let Some(stem) = possessive {
            format!("{stem}{}", &next.text["क".len()..])
        } else {
            let oblique = match (toks[i].text.as_str(), first) {
                ("वे", "ने") => "उन्हों",
                ("मैं", "ने") => "मैं",
                ("मैं", _) => "मुझ",
                (text, _) => match oblique_demonstrative(text) {
                    Some(form) => form,
                    None => continue,
                },
            };
            // A one-word postposition is written together with the pronoun: इसमें, उसके लिए.
            if matches!(first, "में" | "से" | "पर" | "को" | "का" | "की" | "के" | "ने")
            {
                format!("{oblique}{}", next.text)
            } else {
                format!("{oblique} {}", next.text)
            }
        };
        toks[i].text = joined;
        toks[i + 1].text.clear();
    }
}

fn is_postposition(text: &str) -> bool {
    text.split(' ').next().is_some_and(|w| POSTPOSITIONS.contains(&w))
}

fn plural_marker(t: &Tok) -> bool {
    if PLURAL_MARKERS.contains(&t.zh.as_str()) {
        return true;
    }
    match t.kind {
        TokKind::Word { pos: Pos::Numeral, .. } => {
            // 两家, 三位: the numeral before a measure word the table joined to it.
            let numeral: String =
                t.zh.chars().take_while(|&c| number::is_numeral_char(c)).collect();
            number::parse_chinese(&numeral).is_some_and(|v| v >= 2)
        }
        // A year (2026年) counts nothing.
        TokKind::Number if t.zh.is_empty() || t.zh.chars().all(number::is_numeral_char) => {
            number::parse_arabic(&t.text).is_some_and(|v| v >= 2.0)
                || ["हज़ार", "लाख", "करोड़", "अरब", "मिलियन", "बिलियन"]
                    .iter()
                    .any(|u| t.text.ends_with(u))
        }
        _ => false,
    }
}

/// Put nouns in number and case, and make their adjectives and genitives agree.
pub(crate) fn number_and_case(toks: &mut Vec<Tok>, next_word: Option<&str>) {
    let n = toks.len();
    let mut plural = vec![false; n];
    for i in 0..n {
        if toks[i].zh == "们" && i > 0 && toks[i - 1].pos() == Pos::Noun {
            plural[i - 1] = true;
        }
        if !plural_marker(&toks[i]) {
            continue;
        }
        // The head is the last noun of the noun stretch that follows.
        let mut head = None;
        let mut j = i + 1;
        while j < n {
            match toks[j].kind {
                TokKind::Word { pos: Pos::Noun, .. } => head = Some(j),
                TokKind::Word { pos: Pos::Adjective | Pos::Classifier, .. } => {}
                TokKind::Word { .. } if toks[j].zh == "的" && j == i + 1 => {}
                _ => break,
            }
            j += 1;
        }
        if let Some(h) = head {
            plural[h] = true;
        }
    }
    let (kept, plural): (Vec<Tok>, Vec<bool>) =
        toks.drain(..).zip(plural).filter(|(t, _)| t.zh != "们").unzip();
    *toks = kept;
    let n = toks.len();
    for k in 0..n {
        let TokKind::Word { pos: Pos::Noun, gender: Some(g), .. } = toks[k].kind else {
            continue;
        };
        let oblique = match toks.get(k + 1) {
            Some(next) => {
                next.zh == "的"
                    || (matches!(next.kind, TokKind::Word { .. }) && is_postposition(&next.text))
            }
            None => next_word.is_some_and(is_postposition),
        };
        let pl = plural[k];
        if !pl && !oblique {
            continue;
        }
        toks[k].text = noun_form(&toks[k].text, g, pl, oblique);
        // A demonstrative before the noun follows its number and case: इस मुद्दे पर, ये कंपनियां.
        let mut j = k;
        while j > 0 {
            j -= 1;
            match toks[j].kind {
                TokKind::Word { pos: Pos::Adjective | Pos::Numeral | Pos::Noun, .. }
                | TokKind::Number => {}
                TokKind::Word { pos: Pos::Pronoun, .. } => {
                    if let Some(form) = demonstrative(&toks[j].text, pl, oblique) {
                        toks[j].text = form.to_string();
                    }
                    break;
                }
                _ => break,
            }
        }
        if g != Gender::M {
            continue;
        }
        // Adjectives in -ा and a genitive before the noun take -े.
        let mut j = k;
        while j > 0 {
            j -= 1;
            let t = &mut toks[j];
            match t.kind {
                TokKind::Word { pos: Pos::Adjective, .. } => {
                    t.text = adjective_form(&t.text, false);
                }
                TokKind::Word { pos: Pos::Noun | Pos::Numeral, .. } | TokKind::Number => {}
                _ if t.zh == "的" || t.zh == "之" => {
                    if t.text == "का" {
                        t.text = "के".into();
                    }
                    break;
                }
                _ => break,
            }
        }
    }
}

/// An adjective in -ा before a feminine noun takes -ी: बड़ा कंपनी → बड़ी कंपनी, नया → नई.
pub(crate) fn adjective_agreement(toks: &mut [Tok]) {
    for k in 1..toks.len() {
        if !matches!(
            toks[k].kind,
            TokKind::Word { pos: Pos::Noun | Pos::Name, gender: Some(Gender::F), .. }
        ) {
            continue;
        }
        let mut j = k;
        // 新的策略: the 的 after an adjective is silent and does not break agreement.
        while j > 0 && (toks[j - 1].pos() == Pos::Adjective || silent_de(&toks[j - 1])) {
            j -= 1;
            if silent_de(&toks[j]) {
                continue;
            }
            toks[j].text = adjective_form(&toks[j].text, true);
        }
    }
}

fn silent_de(t: &Tok) -> bool {
    (t.zh == "的" || t.zh == "之") && t.text.is_empty()
}

/// Adjectives in -ा that do not inflect.
const INVARIABLE_ADJECTIVES: [&str; 8] =
    ["ज़्यादा", "ज्यादा", "बढ़िया", "घटिया", "ताज़ा", "सादा", "ज़रा", "बेचारा"];

/// The stem of the possessive a pronoun forms with `的` (`हमार` + `ा`/`ी`/`े`).
pub(crate) fn possessive_stem(zh: &str) -> Option<&'static str> {
    Some(match zh {
        "我" => "मेर",
        "我们" | "咱们" => "हमार",
        "你" | "您" | "你们" => "आपक",
        "他" | "她" | "它" => "उसक",
        "他们" | "她们" | "它们" => "उनक",
        "自己" => "अपन",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn noun_forms() {
        assert_eq!(noun_form("कंपनी", Gender::F, true, false), "कंपनियां");
        assert_eq!(noun_form("कंपनी", Gender::F, true, true), "कंपनियों");
        assert_eq!(noun_form("टेक कंपनी", Gender::F, true, true), "टेक कंपनियों");
        assert_eq!(noun_form("बात", Gender::F, true, false), "बातें");
        assert_eq!(noun_form("भाषा", Gender::F, true, true), "भाषाओं");
        assert_eq!(noun_form("मामला", Gender::M, false, true), "मामले");
        assert_eq!(noun_form("मामला", Gender::M, true, false), "मामले");
        assert_eq!(noun_form("मामला", Gender::M, true, true), "मामलों");
        assert_eq!(noun_form("देश", Gender::M, true, false), "देश");
        assert_eq!(noun_form("देश", Gender::M, true, true), "देशों");
        assert_eq!(noun_form("नेता", Gender::M, false, true), "नेता");
        assert_eq!(noun_form("नेता", Gender::M, true, true), "नेताओं");
        assert_eq!(noun_form("GPU", Gender::M, true, true), "GPU");
        assert_eq!(noun_form("बड़ा शहर", Gender::M, true, true), "बड़े शहरों");
        assert_eq!(noun_form("डेटा सेंटर", Gender::M, false, true), "डेटा सेंटर");
        assert_eq!(demonstrative("यह", false, true), Some("इस"));
        assert_eq!(demonstrative("वह", true, true), Some("उन"));
    }
}
