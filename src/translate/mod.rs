//! Translate: one stray run to its Hindi replacement.
//!
//! 1. **fold** traditional characters to simplified ([`fold`]); **map** full-width forms to ASCII
//!    and CJK punctuation to Hindi/ASCII ([`punctuation`]);
//! 2. **tokenize**: Han stretches are cut into table words by leftmost-longest matching; a Han
//!    character no entry covers becomes an unknown token and is kept as it is; digits, Latin
//!    words and punctuation pass through;
//! 3. **names**: a run of characters Chinese uses to spell foreign sounds is a foreign name
//!    (卡瓦诺 → कावानो); a surname followed by characters no word covers is a person's name; the
//!    parts of a name written with `·` are names ([`translit`]);
//! 4. **numbers**: numerals, decimals, units and dates, ordinals, percentages ([`number`]);
//!    measure words after numbers and demonstratives dropped; a date opening a clause takes
//!    में/को;
//! 5. **order**: Hindi word order for prepositions and circumpositions, verb and object, modal
//!    verbs, negation, the subject of a reporting verb, a change by an amount (`order`);
//! 6. **agreement**: `的`/`之` become का/की/के by the gender of the noun they govern (possessive
//!    pronouns with 的: हमारा); adjectives agree; nouns take number and case, with their
//!    demonstratives and genitives (`inflect`); what is still unknown follows the
//!    [`UnknownPolicy`];
//! 7. **render**: words joined by single spaces, punctuation attached to the word before it.

pub mod fold;
mod inflect;
pub mod number;
mod order;
pub mod translit;

use crate::edit::{Applicability, EditKind, Untranslated};
use crate::segment::{Class, classify};
use crate::table::{Gender, PhraseTable, Pos};
use number::Units;

/// What to do with Han that no table covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum UnknownPolicy {
    /// Write it in Devanagari from its reading (the default: no Han is left).
    #[default]
    Translit,
    /// Leave it as it is, and report it.
    Keep,
    /// Leave it, wrapped in `⟦…⟧` so that it is easy to find; marked text is left alone later.
    Mark,
    /// Remove it.
    Drop,
}

/// Options for translation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranslateOptions {
    /// How large numbers are written.
    pub units: Units,
    /// What to do with Han no table covers.
    pub unknown: UnknownPolicy,
}

/// Brackets around kept unknown Han with [`UnknownPolicy::Mark`].
pub const MARK: (char, char) = ('⟦', '⟧');

/// The Hindi for one stray run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Translation {
    /// The replacement text (no leading or trailing space).
    pub text: String,
    /// What kind of edit it makes.
    pub kind: EditKind,
    /// How sure it is.
    pub applicability: Applicability,
    /// The Chinese words no table covered.
    pub untranslated: Vec<Untranslated>,
}

/// The Hindi/ASCII form of a CJK punctuation mark or full-width form, if it has one.
pub fn punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '。' | '｡' => "।",
        '，' | '、' | '､' | '﹐' | '﹑' => ",",
        '：' | '﹕' => ":",
        '；' | '﹔' => ";",
        '？' | '﹖' => "?",
        '！' | '﹗' => "!",
        '（' | '〔' | '﹙' => "(",
        '）' | '〕' | '﹚' => ")",
        '【' | '［' | '〖' => "[",
        '】' | '］' | '〗' => "]",
        '《' | '「' | '〈' | '﹁' => "“",
        '》' | '」' | '〉' | '﹂' => "”",
        '『' | '﹃' => "‘",
        '』' | '﹄' => "’",
        '\u{3000}' => " ",
        '・' | '･' | '·' => " ",
        '〜' | '～' => "-",
        '〃' => "\"",
        _ => return None,
    })
}

/// Map a full-width ASCII form (`Ａ`, `１`, `％`) to ASCII.
fn fullwidth_to_ascii(c: char) -> Option<char> {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

#[derive(Clone, Debug, PartialEq)]
enum TokKind {
    /// A table word.
    Word { pos: Pos, gender: Option<Gender>, chars: usize },
    /// Han with no table entry, kept as is.
    Unknown,
    /// Han written from its reading.
    Translit,
    /// Han removed by [`UnknownPolicy::Drop`].
    Dropped,
    /// An Arabic number, or one parsed from Chinese numerals.
    Number,
    /// A Latin word or other text passed through.
    Latin,
    /// Punctuation that attaches to the word before it (`,` `।` `)` `”`).
    Close,
    /// Punctuation that attaches to the word after it (`(` `“`).
    Open,
}

#[derive(Clone, Debug)]
struct Tok {
    text: String,
    kind: TokKind,
    /// The Chinese source of a word or unknown token.
    zh: String,
    /// A verb marked done (`V了`, `V过`): written in the perfect once the order is settled.
    done: bool,
}

impl Tok {
    fn new(text: impl Into<String>, kind: TokKind) -> Tok {
        Tok { text: text.into(), kind, zh: String::new(), done: false }
    }

    fn pos(&self) -> Pos {
        match self.kind {
            TokKind::Word { pos, .. } => pos,
            _ => Pos::Unknown,
        }
    }
}

/// Move a token out of a vector that is being rebuilt, leaving an empty one (no allocation).
fn take(t: &mut Tok) -> Tok {
    std::mem::replace(t, Tok::new(String::new(), TokKind::Unknown))
}

fn close_or_open(p: &str) -> TokKind {
    if matches!(p, "(" | "[" | "“" | "‘") { TokKind::Open } else { TokKind::Close }
}

/// Translate one stray run. `next_word` is the host-text word right after the run, used to
/// guess the gender a trailing `的` agrees with.
pub fn translate(
    run: &str,
    table: &PhraseTable,
    next_word: Option<&str>,
    opts: TranslateOptions,
) -> Translation {
    // Fold only runs with a character the tables do not know as it is: simplified text, the
    // common case, skips the converter.
    let mut buf = [0u8; 4];
    let unknown_char = run
        .chars()
        .any(|c| classify(c) == Class::Han && table.get(c.encode_utf8(&mut buf)).is_none());
    let folded =
        if unknown_char { fold::to_simplified(run) } else { std::borrow::Cow::Borrowed(run) };
    let mut toks = tokenize(&folded, table);
    foreign_names(&mut toks);
    person_names(&mut toks);
    numbers(&mut toks, table, opts.units);
    order::completed(&mut toks);
    // Words Hindi leaves unexpressed (了, 着, 地) would only stand between the words the order
    // rules move; the future markers (将) stay for `modal_verbs`.
    toks.retain(|t| {
        !(matches!(t.kind, TokKind::Word { .. }) && t.text.is_empty())
            || order::is_future_marker(&t.zh)
            || t.zh == "们"
    });
    order::existential(&mut toks);
    order::passive(&mut toks);
    order::postpositions(&mut toks);
    order::verb_last(&mut toks);
    order::continue_after(&mut toks);
    order::modal_verbs(&mut toks);
    order::negation(&mut toks);
    order::whether(&mut toks);
    order::reporting_subject(&mut toks);
    order::change_by(&mut toks);
    order::perfect_done(&mut toks);
    genitive(&mut toks, next_word);
    inflect::adjective_agreement(&mut toks);
    inflect::number_and_case(&mut toks, next_word);
    inflect::pronoun_case(&mut toks);
    order::says_that(&mut toks, next_word);
    unknown(&mut toks, opts.unknown);
    let has_han = run.chars().any(|c| classify(c) == Class::Han);
    let unknown = toks.iter().any(|t| t.kind == TokKind::Unknown);
    let dropped = toks.iter().any(|t| t.kind == TokKind::Dropped);
    let translit = toks.iter().any(|t| t.kind == TokKind::Translit);
    let single_chars = toks.iter().any(|t| {
        matches!(t.kind, TokKind::Word { chars: 1, pos, .. }
            if matches!(pos, Pos::Noun | Pos::Verb | Pos::Adjective | Pos::Unknown))
    });
    let (kind, applicability) = if unknown {
        (EditKind::Unknown, Applicability::None)
    } else if !has_han {
        (EditKind::Punctuation, Applicability::Exact)
    } else if translit {
        (EditKind::Transliterated, Applicability::Transliteration)
    } else if dropped {
        (EditKind::Translated, Applicability::None)
    } else if single_chars {
        (EditKind::Translated, Applicability::Character)
    } else {
        (EditKind::Translated, Applicability::Phrase)
    };
    let untranslated = toks
        .iter()
        .filter(|t| matches!(t.kind, TokKind::Unknown | TokKind::Translit | TokKind::Dropped))
        .map(|t| Untranslated { zh: t.zh.clone(), rendering: t.text.clone() })
        .collect();
    // Latin or digits passed through from the run may not be NFC (`e` + U+0301).
    let text = crate::normalize::nfc(&render(&toks)).into_owned();
    Translation { text, kind, applicability, untranslated }
}

fn tokenize(run: &str, table: &PhraseTable) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut han = String::new();
    let mut other = String::new();
    let flush_other = |other: &mut String, toks: &mut Vec<Tok>| {
        for word in other.split_whitespace() {
            let kind = if word.chars().all(|c| c.is_ascii_digit() || ".,%".contains(c)) {
                TokKind::Number
            } else {
                TokKind::Latin
            };
            // Split leading/trailing ASCII punctuation off a Latin word: `AI,` → `AI` `,`.
            let core = word.trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"']);
            let tail = &word[core.len()..];
            let core2 = core.trim_start_matches(['(', '"']);
            let head = &core[..core.len() - core2.len()];
            for c in head.chars() {
                toks.push(Tok::new(c.to_string(), TokKind::Open));
            }
            if !core2.is_empty() {
                toks.push(Tok::new(core2, kind.clone()));
            }
            for c in tail.chars() {
                toks.push(Tok::new(c.to_string(), TokKind::Close));
            }
        }
        other.clear();
    };
    let mut dot_before = false;
    for c in run.chars() {
        let c = if punctuation(c).is_some() { c } else { fullwidth_to_ascii(c).unwrap_or(c) };
        if classify(c) == Class::Han {
            if !other.is_empty() {
                flush_other(&mut other, &mut toks);
            }
            han.push(c);
            continue;
        }
        let dot = is_name_dot(c);
        if !han.is_empty() {
            if dot || dot_before {
                name_part(&han, table, &mut toks, dot_before, dot);
            } else {
                han_tokens(&han, table, &mut toks);
            }
            han.clear();
        }
        dot_before = dot;
        if let Some(p) = punctuation(c) {
            flush_other(&mut other, &mut toks);
            if p.trim().is_empty() {
                other.push(' ');
            } else {
                toks.push(Tok::new(p, close_or_open(p)));
            }
        } else if matches!(c, ':' | ';' | '!' | '?' | ')' | ']' | '।' | '॥') {
            flush_other(&mut other, &mut toks);
            toks.push(Tok::new(c.to_string(), TokKind::Close));
        } else if matches!(c, '“' | '‘' | '(' | '[') {
            flush_other(&mut other, &mut toks);
            toks.push(Tok::new(c.to_string(), TokKind::Open));
        } else if matches!(c, '”' | '’' | '…') {
            flush_other(&mut other, &mut toks);
            if !(c == '…' && toks.last().is_some_and(|t| t.text == "…")) {
                toks.push(Tok::new(c.to_string(), TokKind::Close));
            }
        } else {
            other.push(c);
        }
    }
    if !han.is_empty() {
        if dot_before {
            name_part(&han, table, &mut toks, true, false);
        } else {
            han_tokens(&han, table, &mut toks);
        }
    }
    flush_other(&mut other, &mut toks);
    toks
}

/// The dot between the parts of a foreign name written in Chinese: 唐纳德·特朗普.
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '•' | '‧' | '･')
}

/// A Han stretch next to a name dot (`约翰·布鲁斯`, `首席执行官约翰·布鲁斯表示`): the words
/// touching the dot are the name. Table names stay; characters the tables know only one by one
/// (or not at all) are read out as one name part.
fn name_part(
    han: &str,
    table: &PhraseTable,
    toks: &mut Vec<Tok>,
    dot_before: bool,
    dot_after: bool,
) {
    let mut part = Vec::new();
    han_tokens(han, table, &mut part);
    let in_name = |t: &Tok| is_loose_char(t) || t.pos() == Pos::Name;
    let n = part.len();
    let (from, to) = match (dot_before, dot_after) {
        (true, true) => (0, n),
        (true, false) => (0, part.iter().take_while(|t| in_name(t)).count()),
        _ => (n - part.iter().rev().take_while(|t| in_name(t)).count(), n),
    };
    let mut i = 0;
    while i < n {
        if (from..to).contains(&i) && is_loose_char(&part[i]) {
            let mut zh = String::new();
            while i < to && is_loose_char(&part[i]) {
                zh.push_str(&part[i].zh);
                i += 1;
            }
            // A name with a dot is foreign: spell it with the foreign sounds where it can.
            let text =
                translit::foreign_name(&zh).unwrap_or_else(|| translit::transliterate(&zh, false));
            toks.push(Tok { text, kind: TokKind::Translit, zh, done: false });
        } else {
            toks.push(part[i].clone());
            i += 1;
        }
    }
}

/// True for a token that holds one character the tables only know as a single character,
/// or know not at all: what a name the tables do not know breaks into.
fn is_loose_char(t: &Tok) -> bool {
    match t.kind {
        TokKind::Word { chars: 1, pos, .. } => matches!(
            pos,
            Pos::Noun | Pos::Verb | Pos::Adjective | Pos::Name | Pos::Unknown | Pos::Adverb
        ),
        TokKind::Unknown => true,
        _ => false,
    }
}

/// A run of loose characters that Chinese uses to spell foreign sounds is a foreign name the
/// tables do not know: 卡瓦诺 → कावानो (not "card watt promise"). It counts when every
/// character is one seldom a word of its own, or when it holds such a character and a
/// consonant-only one (斯, 克); a run right after a surname is left to the person-name rule.
fn foreign_names(toks: &mut Vec<Tok>) {
    // Loose characters, and table names spelled only with foreign sounds (a known piece such
    // as 斯塔 of an unknown 斯塔福德), can be parts of a foreign name.
    let sounds = |t: &Tok| {
        let loose = t.zh.chars().count() == 1 && is_loose_char(t);
        if !loose && t.pos() != Pos::Name {
            return None;
        }
        t.zh.chars().map(translit::foreign_sound).collect::<Option<Vec<_>>>()
    };
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let mut j = i;
        let mut all = Vec::new();
        while j < toks.len()
            && let Some(s) = sounds(&toks[j])
        {
            all.extend(s);
            j += 1;
        }
        let has_loose =
            toks[i..j].iter().any(|t| t.pos() != Pos::Name || t.zh.chars().count() == 1);
        let strong = all.iter().filter(|s| s.strong).count();
        let consonant = all.iter().any(|s| s.consonant);
        let after_surname = out.last().is_some_and(|p: &Tok| {
            is_loose_char(p) && p.zh.chars().count() == 1 && p.zh.chars().all(translit::is_surname)
        });
        let name = all.len() >= 2
            && has_loose
            && (strong == all.len() || (consonant && strong >= 1))
            && !after_surname;
        if name {
            let zh: String = toks[i..j].iter().map(|t| t.zh.as_str()).collect();
            if let Some(text) = translit::foreign_name(&zh) {
                out.push(Tok { text, kind: TokKind::Translit, zh, done: false });
                i = j;
                continue;
            }
        }
        let stop = j.max(i + 1);
        out.extend(toks[i..stop].iter_mut().map(take));
        i = stop;
    }
    *toks = out;
}

/// A surname followed by one or two loose characters is a person's name the tables do not
/// know: 黄仁勋 → हुआंग रेनशुन (not "yellow benevolence merit").
fn person_names(toks: &mut Vec<Tok>) {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let surname = t.zh.chars().count() == 1
            && t.zh.chars().next().is_some_and(translit::is_surname)
            && is_loose_char(t);
        if surname {
            let mut given = String::new();
            let mut j = i + 1;
            while j < toks.len()
                && is_loose_char(&toks[j])
                && given.chars().count() + toks[j].zh.chars().count() <= 2
            {
                given.push_str(&toks[j].zh);
                j += 1;
            }
            if !given.is_empty() {
                let zh = format!("{}{given}", t.zh);
                out.push(Tok {
                    text: translit::transliterate(&zh, true),
                    kind: TokKind::Translit,
                    zh,
                    done: false,
                });
                i = j;
                continue;
            }
        }
        out.push(take(&mut toks[i]));
        i += 1;
    }
    *toks = out;
}

/// Han no table covers, by policy; adjacent unknown characters are one word.
fn unknown(toks: &mut Vec<Tok>, policy: UnknownPolicy) {
    let mut merged: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks.drain(..) {
        match merged.last_mut() {
            Some(prev) if prev.kind == TokKind::Unknown && t.kind == TokKind::Unknown => {
                prev.zh.push_str(&t.zh);
                prev.text.push_str(&t.text);
            }
            _ => merged.push(t),
        }
    }
    *toks = merged;
    for t in toks.iter_mut().filter(|t| t.kind == TokKind::Unknown) {
        match policy {
            UnknownPolicy::Keep => {}
            UnknownPolicy::Mark => t.text = format!("{}{}{}", MARK.0, t.zh, MARK.1),
            UnknownPolicy::Drop => {
                t.text.clear();
                t.kind = TokKind::Dropped;
            }
            UnknownPolicy::Translit => {
                t.text = translit::transliterate(&t.zh, false);
                t.kind = TokKind::Translit;
            }
        }
    }
}

/// Cut a stretch of Han into table words, leftmost-longest; uncovered characters are unknown.
fn han_tokens(han: &str, table: &PhraseTable, toks: &mut Vec<Tok>) {
    let mut at = 0;
    // One token per unknown character, so that the name rule can see a surname; `unknown`
    // merges what is left into words.
    let push_unknown = |s: &str, toks: &mut Vec<Tok>| {
        for c in s.chars() {
            let c = c.to_string();
            toks.push(Tok { text: c.clone(), kind: TokKind::Unknown, zh: c, done: false });
        }
    };
    for (start, end, entry) in table.matches(han) {
        push_unknown(&han[at..start], toks);
        let zh = &han[start..end];
        toks.push(Tok {
            text: entry.hi.to_string(),
            kind: TokKind::Word { pos: entry.pos, gender: entry.gender, chars: zh.chars().count() },
            zh: zh.to_string(),
            done: false,
        });
        at = end;
    }
    push_unknown(&han[at..], toks);
}

/// Characters that are measure words when they follow a number, whatever else they mean
/// alone (名 name, 家 home, 条 strip, 起 rise).
const MEASURE_WORDS: [&str; 22] = [
    "个", "名", "位", "家", "只", "条", "项", "件", "种", "次", "起", "辆", "架", "艘", "座", "所",
    "台", "部", "篇", "份", "批", "例",
];

/// `三点五` → 3.5: numerals around 点 are a decimal, its fraction read digit by digit.
fn decimals(toks: &mut Vec<Tok>) {
    // Most runs have no 点 at all.
    if !toks.iter().any(|t| t.zh.contains('点')) {
        return;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| number::digit_value(c).is_some());
    let without_unit = |s: &str| s.trim_end_matches(['万', '亿']).len();
    // The table may hold the whole and 点 as one word (三点, three o'clock): split it.
    let mut i = 0;
    while i + 1 < toks.len() {
        if let Some(whole) = toks[i].zh.strip_suffix('点')
            && !whole.is_empty()
            && whole.chars().all(number::is_numeral_char)
            && digits(&toks[i + 1].zh[..without_unit(&toks[i + 1].zh)])
        {
            let whole = whole.to_string();
            toks[i] = Tok { text: String::new(), kind: TokKind::Unknown, zh: whole, done: false };
            toks.insert(
                i + 1,
                Tok { text: String::new(), kind: TokKind::Unknown, zh: "点".into(), done: false },
            );
        }
        i += 1;
    }
    let mut i = 0;
    while i + 2 < toks.len() {
        let numeral = !toks[i].zh.is_empty()
            && toks[i].zh.chars().all(number::is_numeral_char)
            && !toks[i].zh.contains(['万', '亿']);
        // 三点五亿: the fraction may carry the unit of the amount; it stays a token of its own.
        let frac_len = without_unit(&toks[i + 2].zh);
        if numeral
            && toks[i + 1].zh == "点"
            && digits(&toks[i + 2].zh[..frac_len])
            && let Some(whole) = number::parse_chinese(&toks[i].zh)
        {
            let fraction: String = toks[i + 2].zh[..frac_len]
                .chars()
                .filter_map(|c| number::digit_value(c).and_then(|d| char::from_digit(d as u32, 10)))
                .collect();
            let unit = toks[i + 2].zh[frac_len..].to_string();
            toks[i] = Tok::new(format!("{whole}.{fraction}"), TokKind::Number);
            toks.drain(i + 1..i + 3);
            if !unit.is_empty() {
                toks.insert(
                    i + 1,
                    Tok { text: String::new(), kind: TokKind::Unknown, zh: unit, done: false },
                );
            }
        }
        i += 1;
    }
}

/// Words after which a measure word stands before the noun (这门课, 每位专家).
const DEMONSTRATIVES: [&str; 9] = ["这", "那", "每", "某", "哪", "该", "各", "此", "本"];

/// Measure words seen after demonstratives beyond [`MEASURE_WORDS`].
const DEMONSTRATIVE_MEASURES: [&str; 12] =
    ["门", "张", "场", "支", "块", "段", "届", "款", "封", "首", "间", "套"];

fn is_measure_word(t: &Tok) -> bool {
    t.pos() == Pos::Classifier || MEASURE_WORDS.contains(&t.zh.as_str())
}

fn month_day(n: &Tok) -> Option<u64> {
    if n.kind != TokKind::Number {
        return None;
    }
    n.text.parse().ok()
}

/// Numbers, units and dates; measure words after numbers.
fn numbers(toks: &mut Vec<Tok>, table: &PhraseTable, units: Units) {
    // Chinese numerals first. Adjacent numeral tokens merge (二 十 五 → 二十五); a numeral
    // becomes a number, except a single small digit with a table word (三 → तीन, 一 → एक).
    let mut merged: Vec<Tok> = Vec::with_capacity(toks.len());
    for t in toks.drain(..) {
        let numeral = !t.zh.is_empty() && t.zh.chars().all(number::is_numeral_char);
        match merged.last_mut() {
            Some(prev)
                if numeral
                    && !prev.zh.is_empty()
                    && prev.zh.chars().all(number::is_numeral_char) =>
            {
                prev.zh.push_str(&t.zh);
                prev.kind = TokKind::Unknown;
            }
            _ => merged.push(t),
        }
    }
    *toks = merged;
    decimals(toks);
    for i in 0..toks.len() {
        let after_arabic =
            i > 0 && toks[i - 1].kind == TokKind::Number && toks[i - 1].zh.is_empty();
        let t = &mut toks[i];
        let numeral = !t.zh.is_empty() && t.zh.chars().all(number::is_numeral_char);
        let unit = t.zh.chars().all(|c| number::unit_value(c).is_some());
        // A table word made of numerals that is not a numeral (十四五, the 14th five-year plan)
        // keeps its word.
        let word = matches!(t.kind, TokKind::Word { pos, .. } if !matches!(pos, Pos::Numeral | Pos::Unknown));
        if !numeral || (after_arabic && unit) || word {
            continue;
        }
        let Some(v) = number::parse_chinese(&t.zh) else { continue };
        let single = t.zh.chars().count() == 1;
        if single && !t.text.is_empty() && t.kind != TokKind::Unknown && v <= 10 {
            continue;
        }
        if t.zh.chars().all(|c| number::unit_value(c).is_some()) && t.kind != TokKind::Unknown {
            // A unit on its own is a word (万维网 starts with 万 but is no number).
            continue;
        }
        let large = t.zh.contains(['万', '亿']);
        let text = if large { number::write_amount(v as f64, units) } else { v.to_string() };
        let zh = std::mem::take(&mut t.zh);
        *t = Tok::new(text, TokKind::Number);
        if !large {
            // Keep the source so that 年/月 rules and measure words still see a number.
            t.zh = zh;
        }
    }
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let next = toks.get(i + 1);
        if t.kind == TokKind::Number
            && let Some(next) = next
        {
            let value = number::parse_arabic(&t.text);
            let zh = next.zh.as_str();
            // Amounts: 125亿, 3.5万, 5900亿美元 (the currency word follows as its own token).
            // A table word may glue the unit to what is counted (亿美元, 万人): split it.
            let unit = ["万亿", "百万", "千万", "万", "亿", "千", "百"]
                .into_iter()
                .find(|u| zh.starts_with(u))
                .map(|u| (u, &zh[u.len()..]));
            if let (Some(v), Some((unit, rest))) = (value, unit) {
                let m = number::parse_chinese(unit).expect("unit parses") as f64;
                out.push(Tok::new(number::write_amount(v * m, units), TokKind::Number));
                i += 2;
                // What is counted follows; a measure word there (2万名学生, or 万名 one table
                // word) carries nothing.
                if rest.is_empty() {
                    if toks.get(i).is_some_and(is_measure_word) {
                        i += 1;
                    }
                } else if !MEASURE_WORDS.contains(&rest) {
                    han_tokens(rest, table, &mut out);
                }
                continue;
            }
            // Dates: 2025年 1月 5日.
            if zh == "年" && t.text.len() == 4 {
                let month = toks.get(i + 2).and_then(month_day).filter(|m| (1..=12).contains(m));
                let month_word = toks.get(i + 3).is_some_and(|t| t.zh == "月");
                if let (Some(m), true) = (month, month_word) {
                    let day = toks.get(i + 4).and_then(month_day).filter(|d| (1..=31).contains(d));
                    let day_word = toks.get(i + 5).is_some_and(|t| t.zh == "日" || t.zh == "号");
                    let year = t.text.clone();
                    if let (Some(d), true) = (day, day_word) {
                        out.push(Tok::new(
                            format!("{d} {} {year}", number::MONTHS[m as usize - 1]),
                            TokKind::Number,
                        ));
                        i += 6;
                    } else {
                        out.push(Tok::new(
                            format!("{} {year}", number::MONTHS[m as usize - 1]),
                            TokKind::Number,
                        ));
                        i += 4;
                    }
                    continue;
                }
                // The year keeps 年 as its source: it counts nothing (see `inflect`).
                out.push(Tok {
                    text: t.text.clone(),
                    kind: TokKind::Number,
                    zh: "年".into(),
                    done: false,
                });
                i += 2;
                // 2018年第二季度 → 2018 की दूसरी तिमाही: a year before a noun is its genitive.
                if toks.get(i).is_some_and(|n| {
                    matches!(n.kind, TokKind::Word { pos: Pos::Noun, gender: Some(_), .. })
                }) {
                    out.push(Tok {
                        text: "का".into(),
                        kind: TokKind::Word { pos: Pos::Particle, gender: None, chars: 0 },
                        zh: "的".into(),
                        done: false,
                    });
                }
                continue;
            }
            if zh == "月"
                && let Some(m) = month_day(t).filter(|m| (1..=12).contains(m))
            {
                let day = toks.get(i + 2).and_then(month_day).filter(|d| (1..=31).contains(d));
                let day_word = toks.get(i + 3).is_some_and(|t| t.zh == "日" || t.zh == "号");
                if let (Some(d), true) = (day, day_word) {
                    out.push(Tok::new(
                        format!("{d} {}", number::MONTHS[m as usize - 1]),
                        TokKind::Number,
                    ));
                    i += 4;
                } else {
                    out.push(Tok::new(number::MONTHS[m as usize - 1], TokKind::Number));
                    i += 2;
                }
                continue;
            }
            // Measure words after a number carry nothing in Hindi: 三个 → तीन, 5家 → 5.
            if is_measure_word(next) {
                out.push(take(&mut toks[i]));
                i += 2;
                continue;
            }
        }
        // 第89 → 89वां: an ordinal is an adjective (it agrees with its noun later).
        let ordinal_of = |n: &Tok| match n.kind {
            TokKind::Number => number::parse_arabic(&n.text).filter(|v| v.fract() == 0.0),
            // 三家 (a table numeral with its measure word)
            TokKind::Word { pos: Pos::Numeral, .. } => {
                let numeral: String =
                    n.zh.chars().take_while(|&c| number::is_numeral_char(c)).collect();
                number::parse_chinese(&numeral).map(|v| v as f64)
            }
            _ => None,
        };
        if t.zh == "第"
            && let Some(v) = next.and_then(ordinal_of)
        {
            out.push(Tok {
                text: number::ordinal(v as u64),
                kind: TokKind::Word { pos: Pos::Adjective, gender: None, chars: 0 },
                zh: String::new(),
                done: false,
            });
            i += 2;
            if toks.get(i).is_some_and(is_measure_word) {
                i += 1;
            }
            continue;
        }
        // 这门课程 → यह पाठ्यक्रम: a measure word after a demonstrative carries nothing either.
        if DEMONSTRATIVES.contains(&t.zh.as_str())
            && next.is_some_and(|n| {
                MEASURE_WORDS.contains(&n.zh.as_str())
                    || DEMONSTRATIVE_MEASURES.contains(&n.zh.as_str())
            })
            && toks.get(i + 2).is_some_and(|n| n.pos().is_nominal())
        {
            out.push(take(&mut toks[i]));
            i += 2;
            continue;
        }
        // 百分之五十 → 50 प्रतिशत.
        if t.zh == "百分之" && next.is_some_and(|n| n.kind == TokKind::Number) {
            out.push(take(&mut toks[i + 1]));
            out.push(take(&mut toks[i]));
            i += 2;
            continue;
        }
        out.push(take(&mut toks[i]));
        i += 1;
    }
    *toks = out;
    date_adverbials(toks);
}

/// A date opening a clause is a time adverbial: `2025年1月，` → `जनवरी 2025 में`,
/// `1月5日，` → `5 जनवरी को` (Hindi puts no comma there).
fn date_adverbials(toks: &mut [Tok]) {
    for i in 0..toks.len().saturating_sub(1) {
        let t = &toks[i];
        let opens = i == 0 || toks[i - 1].kind == TokKind::Close;
        let comma = toks[i + 1].kind == TokKind::Close && toks[i + 1].text == ",";
        if t.kind != TokKind::Number || !opens || !comma {
            continue;
        }
        let month = number::MONTHS.iter().any(|m| t.text.contains(m));
        if month || t.zh == "年" {
            let day = t.text.starts_with(|c: char| c.is_ascii_digit()) && month;
            let post = if day { "को" } else { "में" };
            toks[i + 1] =
                Tok::new(post, TokKind::Word { pos: Pos::Localizer, gender: None, chars: 0 });
        }
    }
}

/// `的`/`之` agree with the noun they govern: का (m), की (f), के (unsure). After an adjective
/// `的` only marks it as attributive and is dropped (重要的 → महत्वपूर्ण).
fn genitive(toks: &mut [Tok], next_word: Option<&str>) {
    for i in 0..toks.len() {
        if !(toks[i].zh == "的" || toks[i].zh == "之") {
            continue;
        }
        // After an adjective or a time word (日后的) `的` only marks it as attributive.
        // After a postposition phrase (在中国的公司 → चीन में कंपनी) it has no Hindi either.
        if i > 0
            && matches!(
                toks[i - 1].pos(),
                Pos::Adjective | Pos::Adverb | Pos::Preposition | Pos::Localizer
            )
        {
            toks[i].text.clear();
            continue;
        }
        let possessive = if i > 0 { inflect::possessive_stem(&toks[i - 1].zh) } else { None };
        // X的强调 → X पर ज़ोर: emphasis is laid on its object.
        if possessive.is_none() && toks.get(i + 1).is_some_and(|t| t.text == "ज़ोर") {
            toks[i].text = "पर".into();
            continue;
        }
        let mut gender = None;
        let mut found_head = false;
        for t in &toks[i + 1..] {
            match t.kind {
                TokKind::Word { pos, gender: g, .. } if pos.is_nominal() => {
                    gender = g;
                    found_head = true;
                    break;
                }
                TokKind::Word { pos: Pos::Adjective | Pos::Numeral | Pos::Classifier, .. }
                | TokKind::Number
                | TokKind::Latin => {}
                _ => {
                    found_head = true;
                    break;
                }
            }
        }
        if !found_head && i + 1 == toks.len() {
            gender = next_word.and_then(guess_gender);
        }
        let ending = match gender {
            Some(Gender::M) => "ा",
            Some(Gender::F) => "ी",
            None => "े",
        };
        if let Some(stem) = possessive {
            // 我们的 → हमारा/हमारी/हमारे: a pronoun and 的 make one possessive word.
            toks[i - 1].text = format!("{stem}{ending}");
            toks[i].text.clear();
        } else {
            toks[i].text = format!("क{ending}");
        }
    }
}

/// Guess the gender a genitive agrees with from the Hindi word that follows it: a feminine
/// adjective or noun ending in ी takes की; ा takes का; anything else के.
fn guess_gender(word: &str) -> Option<Gender> {
    let last = word.trim_end_matches(|c: char| !c.is_alphanumeric()).chars().next_back()?;
    match last {
        'ी' | 'ई' => Some(Gender::F),
        'ा' | 'आ' => Some(Gender::M),
        _ => None,
    }
}

fn render(toks: &[Tok]) -> String {
    let mut out = String::new();
    let mut prev: Option<&TokKind> = None;
    for t in toks {
        if t.text.is_empty() {
            continue;
        }
        let space =
            !matches!((&t.kind, prev), (_, None) | (TokKind::Close, _) | (_, Some(TokKind::Open)));
        if space {
            out.push(' ');
        }
        out.push_str(&t.text);
        prev = Some(&t.kind);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::PhraseTableBuilder;

    fn table() -> PhraseTable {
        let mut b = PhraseTableBuilder::new();
        b.overlay(
            "test",
            "核心\tमुख्य\tadj\n价值\tमूल्य\tn m\n和\tऔर\tconj\n长期\tदीर्घकालिक\tadj\n\
             发展\tविकास\tn m\n潜力\tक्षमता\tn f\n的\tका\tpart\n强调\tज़ोर\tn m\n公司\tकंपनी\tn f\n\
             市值\tबाज़ार मूल्य\tn m\n美元\tडॉलर\tn m\n约\tलगभग\tadv\n个\t-\tcl\n三\tतीन\tnum\n\
             芯片\tचिप\tn f\n了\t-\tpart\n重要\tमहत्वपूर्ण\tadj\n之前\tसे पहले\tloc\n\
             扩大\tबढ़ाना\tv\n本币\tस्थानीय मुद्रा\tn f\n贸易\tव्यापार\tn m\n在\tमें\tprep\n中\tमें\tloc\n\
             上\tपर\tloc\n表示\tकहा\tv\n将\t-\tpart\n从\tसे\tprep\n能\tसकना\tv\n\
             我们\tहम\tpron\n他\tवह\tpron\n自己\tअपना\tpron\n名\tनाम\tn m\n学生\tछात्र\tn m\n\
             百分之\tप्रतिशत\tn m\n点\tअंक\tn m\n五\tपांच\tnum\n三点\tतीन बजे\tn m\n新\tनया\tadj\n下半年\tदूसरी छमाही\tn f\n技术\tतकनीक\tn f\n第\t-\tpart\n家\t-\tcl\n这\tयह\tpron\n辞职\tइस्तीफ़ा देना\tv\n不会\tनहीं\tadv\n表态\tरुख स्पष्ट करना\tv\n\
             没有\tनहीं\tadv\n继续\tजारी रखना\tv\n这个\tयह\tpron\n问题上\tमुद्दे पर\tphrase\n分钟\tमिनट\tn m\n方面\tपहलू\tn m\n大\tबड़ा\tadj\n",
        )
        .unwrap();
        b.build()
    }

    fn tr(run: &str) -> String {
        translate(run, &table(), None, TranslateOptions::default()).text
    }

    #[test]
    fn words_and_punctuation() {
        assert_eq!(
            tr("核心价值和长期发展潜力的强调。"),
            "मुख्य मूल्य और दीर्घकालिक विकास क्षमता पर ज़ोर।"
        );
        assert_eq!(tr("，公司市值"), ", कंपनी बाज़ार मूल्य");
        assert_eq!(tr("《公司》"), "“कंपनी”");
        assert_eq!(tr("：“"), ": “");
        assert_eq!(tr("ＡＩ１２３"), "AI123");
    }

    #[test]
    fn a_verb_with_le_is_in_the_perfect_after_its_object() {
        // 扩大了贸易: the verb moves after its object and is written done.
        assert_eq!(tr("扩大了贸易。"), "व्यापार बढ़ाया।");
        assert_eq!(tr("扩大贸易。"), "व्यापार बढ़ाना।");
    }

    #[test]
    fn genitive_agrees_with_head() {
        assert_eq!(tr("公司的价值"), "कंपनी का मूल्य");
        assert_eq!(tr("公司的芯片"), "कंपनी की चिप");
        assert_eq!(tr("公司的重要芯片"), "कंपनी की महत्वपूर्ण चिप");
        assert_eq!(tr("重要的价值"), "महत्वपूर्ण मूल्य");
        let t = table();
        let o = TranslateOptions::default();
        assert_eq!(translate("公司的", &t, Some("नई"), o).text, "कंपनी की");
        assert_eq!(translate("公司的", &t, Some("नए"), o).text, "कंपनी के");
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(tr("约5900亿美元"), "लगभग 590 अरब डॉलर");
        assert_eq!(tr("2025年1月5日"), "5 जनवरी 2025");
        assert_eq!(tr("2017 年 7 月，"), "जुलाई 2017 में");
        assert_eq!(tr("1月5日，公司"), "5 जनवरी को कंपनी");
        assert_eq!(tr("2030年之前"), "2030 से पहले");
        assert_eq!(tr("三个公司"), "तीन कंपनियां");
        assert_eq!(tr("二十五个公司"), "25 कंपनियां");
        assert_eq!(tr("2万名学生"), "20 हज़ार छात्र");
        assert_eq!(tr("百分之三点五"), "3.5 प्रतिशत");
        assert_eq!(tr("三点五"), "3.5");
        assert_eq!(tr("三点五亿美元"), "35 करोड़ डॉलर");
        assert_eq!(tr("2026年下半年"), "2026 की दूसरी छमाही");
        assert_eq!(tr("在技术方面"), "तकनीक के मामले में");
        assert_eq!(tr("在这个问题上"), "इस मुद्दे पर");
        assert_eq!(tr("第三家公司"), "तीसरी कंपनी");
        assert_eq!(tr("这家公司"), "यह कंपनी");
        assert_eq!(tr("在这家公司中"), "इस कंपनी में");
        assert_eq!(tr("从他"), "उससे");
        assert_eq!(tr("在第 89分钟"), "89वें मिनट में");
    }

    #[test]
    fn adjectives_agree_with_feminine_nouns() {
        assert_eq!(tr("新公司"), "नई कंपनी");
        assert_eq!(tr("大公司"), "बड़ी कंपनी");
        assert_eq!(tr("新价值"), "नया मूल्य");
        assert_eq!(tr("新的公司"), "नई कंपनी");
    }

    #[test]
    fn possessive_pronouns() {
        assert_eq!(tr("我们的公司"), "हमारी कंपनी");
        assert_eq!(tr("他的价值"), "उसका मूल्य");
        assert_eq!(tr("自己的"), "अपने");
    }

    #[test]
    fn unknown_characters_by_policy() {
        let t = table();
        let with = |unknown| TranslateOptions { unknown, ..TranslateOptions::default() };
        let r = translate("公司鑫", &t, None, with(UnknownPolicy::Keep));
        assert_eq!((r.text.as_str(), r.kind), ("कंपनी 鑫", EditKind::Unknown));
        let r = translate("公司鑫", &t, None, with(UnknownPolicy::Translit));
        assert_eq!((r.text.as_str(), r.kind), ("कंपनी शिन", EditKind::Transliterated));
        let r = translate("公司鑫", &t, None, with(UnknownPolicy::Mark));
        assert_eq!((r.text.as_str(), r.kind), ("कंपनी ⟦鑫⟧", EditKind::Unknown));
        let r = translate("公司鑫", &t, None, with(UnknownPolicy::Drop));
        assert_eq!(r.text, "कंपनी");
        let r = translate("。", &t, None, TranslateOptions::default());
        assert_eq!((r.text.as_str(), r.kind), ("।", EditKind::Punctuation));
    }

    #[test]
    fn names_are_transliterated() {
        assert_eq!(tr("黄仁勋"), "हुआंग रेनशुन");
        assert_eq!(tr("公司黄仁勋"), "कंपनी हुआंग रेनशुन");
        assert_eq!(tr("克里斯汀·福特"), "क्रिस्टिन फ़ोट");
        assert_eq!(tr("卡瓦诺表示"), "कावानो ने कहा");
    }

    #[test]
    fn hindi_word_order() {
        assert_eq!(tr("扩大本币贸易"), "स्थानीय मुद्रा व्यापार बढ़ाना");
        assert_eq!(tr("在公司中"), "कंपनी में");
        assert_eq!(tr("在芯片上"), "चिप पर");
        assert_eq!(tr("从公司"), "कंपनी से");
        assert_eq!(tr("公司将扩大贸易"), "कंपनी व्यापार बढ़ाएगी");
        assert_eq!(tr("公司能扩大贸易"), "कंपनी व्यापार बढ़ा सकती है");
        assert_eq!(tr("公司表示，"), "कंपनी ने कहा कि");
        assert_eq!(tr("他不会辞职"), "वह इस्तीफ़ा नहीं देगा");
        assert_eq!(tr("公司没有表态"), "कंपनी रुख स्पष्ट नहीं करना");
        assert_eq!(tr("公司将继续扩大贸易"), "कंपनी व्यापार बढ़ाना जारी रखेगी");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(tr("公司發展"), "कंपनी विकास");
    }
}
