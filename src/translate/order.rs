//! Word order inside a stray run: Chinese is verb–object and uses prepositions and
//! circumpositions (在…中, 对…来说); Hindi is object–verb with postpositions (…में, …के लिए).
//!
//! Each rule is small, works on the tagged tokens of one run, and was kept because it raised
//! the dev-set score (the figures are in the project notes):
//!
//! * [`postpositions`]: `在 NP 中` → `NP में`, `从 NP` → `NP से`, `在 NP 方面` → `NP के मामले में`;
//! * [`modal_verbs`]: `将/会 V` → future `V-एगा`, `能/可以 V` → `V सकता है`;
//! * [`verb_last`]: `V NP` at the end of a clause → `NP V` (扩大本币贸易 → स्थानीय मुद्रा व्यापार
//!   बढ़ाना);
//! * [`negation`]: `不 … V` → `… नहीं V`;
//! * [`reporting_subject`]: `NP 表示` → `NP ने कहा`, and `表示，` → `ने कहा कि`; [`says_that`]:
//!   `कहा` before a Hindi clause → `कहा कि`;
//! * [`change_by`]: `增长93%` → `93% बढ़ा`;
//! * [`existential`]: `有` before a number is left out;
//! * [`passive`]: `被 V` → `V-ा गया`; [`continue_after`]: `继续 V` → `V-ना जारी रखना`;
//!   [`whether`]: `是否 …` → `… या नहीं`.

use super::{Tok, TokKind};
use crate::table::{Gender, Pos};

/// True for tokens that can be part of a noun phrase.
fn nominal(t: &Tok) -> bool {
    match t.kind {
        TokKind::Word { pos, .. } => {
            matches!(
                pos,
                Pos::Noun
                    | Pos::Name
                    | Pos::Pronoun
                    | Pos::Adjective
                    | Pos::Numeral
                    | Pos::Classifier
            ) || t.zh == "的"
                || t.zh == "之"
        }
        TokKind::Number | TokKind::Latin | TokKind::Translit | TokKind::Unknown => true,
        _ => false,
    }
}

fn is_verb(t: &Tok) -> bool {
    matches!(t.kind, TokKind::Word { pos: Pos::Verb, .. }) && t.text.ends_with("ना")
}

/// The tokens after `i` up to the end of its clause (punctuation or a conjunction).
fn clause_after(toks: &[Tok], i: usize) -> &[Tok] {
    let rest = &toks[i + 1..];
    let len = rest
        .iter()
        .position(|t| {
            t.kind == TokKind::Close
                || matches!(t.kind, TokKind::Word { pos: Pos::Conjunction, .. })
        })
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The index of the first token after `i` in its clause for which `pred` holds.
fn first_in_clause(toks: &[Tok], i: usize, pred: impl Fn(&Tok) -> bool) -> Option<usize> {
    clause_after(toks, i).iter().position(pred).map(|p| i + 1 + p)
}

/// End of the noun phrase starting at `i` (exclusive); `i` when there is none.
fn noun_phrase_end(toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    loop {
        if j < toks.len() && nominal(&toks[j]) {
            j += 1;
            continue;
        }
        // A time word made attributive (日后的保护工作) and a coordination (数学和编程) stay
        // inside the phrase.
        let attributive_adverb = j < toks.len()
            && toks[j].pos() == Pos::Adverb
            && toks.get(j + 1).is_some_and(|t| t.zh == "的");
        let and = j > i
            && j + 1 < toks.len()
            && matches!(toks[j].zh.as_str(), "和" | "与" | "及" | "以及")
            && nominal(&toks[j + 1]);
        if attributive_adverb || and {
            j += 1;
            continue;
        }
        break;
    }
    // A phrase does not end in 的: that belongs to what follows.
    while j > i && (toks[j - 1].zh == "的" || toks[j - 1].zh == "之") {
        j -= 1;
    }
    j
}

/// `P NP [L]` → `NP L-or-P`: a preposition's Hindi goes after its noun phrase; a localizer that
/// closes the phrase (在…中, 在…上) gives the postposition instead.
pub(crate) fn postpositions(toks: &mut Vec<Tok>) {
    let mut i = 0;
    while i < toks.len() {
        if !matches!(toks[i].kind, TokKind::Word { pos: Pos::Preposition, .. }) {
            i += 1;
            continue;
        }
        // 在会谈中 → बातचीत में: the phrase brings its own postposition.
        if toks[i].zh == "在" && toks.get(i + 1).is_some_and(closes_itself) {
            toks.remove(i);
            continue;
        }
        let mut end = noun_phrase_end(toks, i + 1);
        // 到明年 → अगले साल तक: a time word the table gives as an adverb is the phrase.
        let time_prep =
            matches!(toks[i].zh.as_str(), "到" | "从" | "自" | "至" | "直到" | "截至" | "于");
        if end == i + 1 && time_prep && toks.get(i + 1).is_some_and(|t| t.pos() == Pos::Adverb) {
            end = i + 2;
        }
        if end == i + 1 {
            i += 1;
            continue;
        }
        let prep = toks.remove(i);
        let end = end - 1;
        // 在…方面 → …के मामले में: a noun that closes a circumposition gives the postposition.
        let mut closes = false;
        if prep.zh == "在"
            && end > i + 1
            && let Some(post) = circumposition(&toks[end - 1].zh)
        {
            toks[end - 1].text = post.to_string();
            toks[end - 1].kind = TokKind::Word { pos: Pos::Localizer, gender: None, chars: 0 };
            closes = true;
        }
        // A table phrase that ends in its own localizer (问题上 → मुद्दे पर) closes too, and
        // makes a demonstrative before it oblique (在这个问题上 → इस मुद्दे पर).
        let closing_phrase = toks.get(end).is_some_and(closes_itself);
        if closing_phrase {
            for t in &mut toks[i..end] {
                if t.pos() == Pos::Pronoun
                    && let Some(oblique) = super::inflect::oblique_demonstrative(&t.text)
                {
                    t.text = oblique.to_string();
                }
            }
        }
        let closes = closes
            || closing_phrase
            || toks
                .get(end)
                .is_some_and(|t| matches!(t.kind, TokKind::Word { pos: Pos::Localizer, .. }));
        if !closes {
            toks.insert(end, prep);
        }
        i = end + 1;
    }
}

/// A table phrase ending in a localizer whose Hindi ends in the postposition (问题上 → मुद्दे
/// पर, 会谈中 → बातचीत में).
fn closes_itself(t: &Tok) -> bool {
    matches!(t.kind, TokKind::Word { pos: Pos::Phrase | Pos::Adverb | Pos::Noun, .. })
        && t.zh.ends_with(['上', '中', '里', '内'])
        && (t.text.ends_with(" में") || t.text.ends_with(" पर"))
}

/// `增长93%` at the end of a clause → `93% बढ़ा`: a change by an amount puts the amount
/// first and reports the change in the past, as news does.
pub(crate) fn change_by(toks: &mut [Tok]) {
    for i in 0..toks.len().saturating_sub(1) {
        // The change is the last Hindi word of the token (a table phrase may carry a
        // comparison before it: 同比增长 → पिछले साल की तुलना में वृद्धि).
        let last = toks[i].text.rsplit(' ').next().unwrap_or_default();
        let verb = match last {
            "वृद्धि" | "बढ़ोतरी" | "बढ़ना" => Some("बढ़ा"),
            "गिरावट" | "गिरना" => Some("गिरा"),
            "घटना" => Some("घटा"),
            _ => None,
        };
        let Some(verb) = verb else { continue };
        let amount = toks[i + 1].kind == TokKind::Number;
        // 百分之三 became `3` `प्रतिशत`: the amount takes both.
        let percent = toks.get(i + 2).is_some_and(|t| t.zh == "百分之");
        let after = if percent { i + 3 } else { i + 2 };
        let clause_ends = toks.get(after).is_none_or(|t| t.kind == TokKind::Close);
        if !(amount && clause_ends && matches!(toks[i].kind, TokKind::Word { .. })) {
            continue;
        }
        let text = &toks[i].text;
        let before = text.rfind(' ').map_or("", |at| &text[..=at]).to_string();
        // The verb agrees with a feminine subject right before it: आय 12% बढ़ी.
        let feminine = i > 0
            && matches!(
                toks[i - 1].kind,
                TokKind::Word { pos: Pos::Noun, gender: Some(Gender::F), .. }
            )
            && before.is_empty();
        let verb =
            if feminine { super::inflect::adjective_form(verb, true) } else { verb.to_string() };
        let amount = if percent {
            format!("{} {}", toks[i + 1].text, toks[i + 2].text)
        } else {
            toks[i + 1].text.clone()
        };
        toks[i].text = format!("{before}{amount}");
        toks[i + 1].text = verb;
        if percent {
            toks[i + 2].text.clear();
        }
    }
}

/// `不/没有 … V` → `… नहीं V`: Hindi puts the negation right before the verb of its clause.
pub(crate) fn negation(toks: &mut Vec<Tok>) {
    let mut i = 0;
    while i < toks.len() {
        if !matches!(toks[i].zh.as_str(), "不" | "没" | "没有" | "未" | "并不" | "并未" | "从未")
        {
            i += 1;
            continue;
        }
        let verb =
            first_in_clause(toks, i, |t| matches!(t.kind, TokKind::Word { pos: Pos::Verb, .. }));
        let Some(v) = verb else {
            i += 1;
            continue;
        };
        let neg = toks.remove(i);
        let v = v - 1;
        // नहीं goes before the last word of a compound verb: रुख स्पष्ट नहीं करना.
        match toks[v].text.rfind(' ') {
            Some(at) if neg.text == "नहीं" => {
                toks[v].text.insert_str(at + 1, "नहीं ");
            }
            _ => toks.insert(v, neg),
        }
        i = v + 1;
    }
}

/// `有` before a number is existential and Hindi leaves it out: 去年有1127人 → पिछले साल 1127
/// लोग.
pub(crate) fn existential(toks: &mut [Tok]) {
    for i in 0..toks.len().saturating_sub(1) {
        if toks[i].zh == "有" && toks[i + 1].kind == TokKind::Number {
            toks[i].text.clear();
        }
    }
}

/// Nouns that close `在…` as a postposition: 在技术方面 → तकनीक के मामले में.
fn circumposition(zh: &str) -> Option<&'static str> {
    Some(match zh {
        "方面" => "के मामले में",
        "领域" => "के क्षेत्र में",
        _ => return None,
    })
}

/// Turn an infinitive into the future (masculine singular, the unmarked form):
/// `बढ़ाना` → `बढ़ाएगा`, `करना` → `करेगा`, `होना` → `होगा`.
fn future(verb: &str) -> Option<String> {
    let stem = verb.strip_suffix("ना")?;
    if stem.is_empty() {
        return None;
    }
    let ends_in_vowel = stem
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, 'ा' | 'ो' | 'ू' | 'ी' | 'आ' | 'ओ' | 'ऊ' | 'ई'));
    Some(if stem.ends_with("हो") || stem.ends_with('े') {
        // होगा; देगा, लेगा.
        format!("{stem}गा")
    } else if ends_in_vowel {
        format!("{stem}एगा")
    } else {
        format!("{stem}ेगा")
    })
}

/// True for the words that put the verb after them in the future (将, 会).
pub(crate) fn is_future_marker(zh: &str) -> bool {
    matches!(zh, "将" | "将会" | "会" | "将要" | "就要" | "不会")
}

/// `将/会 [NP] V` → future; `能/可以 [NP] V` → `V-stem सकता है`.
pub(crate) fn modal_verbs(toks: &mut Vec<Tok>) {
    let mut i = 0;
    while i + 1 < toks.len() {
        let zh = toks[i].zh.as_str();
        let future_marker = is_future_marker(zh);
        let ability = matches!(zh, "能" | "能够" | "可以" | "可");
        // The verb may already stand after its object (`verb_last` runs first): 将 NP V; time
        // words and postposition phrases may stand between (将于明年投产).
        let mut v = first_in_clause(toks, i, is_verb).unwrap_or(toks.len());
        // In a chain of verbs (निवेश बढ़ाना जारी रखना) the last one carries the tense.
        while v + 1 < toks.len() && is_verb(&toks[v + 1]) {
            v += 1;
        }
        if (future_marker || ability) && v < toks.len() && is_verb(&toks[v]) {
            let verb = toks[v].text.clone();
            let new = if future_marker {
                future(&verb)
            } else {
                verb.strip_suffix("ना").map(|stem| format!("{stem} सकता है"))
            };
            if let Some(new) = new {
                // The verb agrees with a feminine subject right before the marker (公司将扩大
                // → कंपनी … बढ़ाएगी, कंपनी … बढ़ा सकती है).
                let subject =
                    toks[..i].iter().rev().find(|t| !t.text.is_empty() && t.pos() != Pos::Adverb);
                let feminine = subject.is_some_and(|t| {
                    matches!(
                        t.kind,
                        TokKind::Word { pos: Pos::Noun | Pos::Name, gender: Some(Gender::F), .. }
                    )
                });
                toks[v].text = if feminine { feminine_verb(&new) } else { new };
                if toks[i].zh == "不会" {
                    // Future and negation: left for `negation` to put before the verb.
                    toks[i].zh = "不".into();
                    toks[i].text = "नहीं".into();
                    i += 1;
                } else {
                    toks.remove(i);
                }
                continue;
            }
        }
        i += 1;
    }
}

/// The feminine of a future or ability form: बढ़ाएगा → बढ़ाएगी, बढ़ा सकता है → बढ़ा सकती है.
fn feminine_verb(form: &str) -> String {
    if let Some(stem) = form.strip_suffix("गा") {
        format!("{stem}गी")
    } else if let Some(stem) = form.strip_suffix("सकता है") {
        format!("{stem}सकती है")
    } else {
        form.to_string()
    }
}

/// `是否 … ,` → `… या नहीं`: whether-clauses end in या नहीं in Hindi.
pub(crate) fn whether(toks: &mut Vec<Tok>) {
    let Some(i) = toks.iter().position(|t| t.zh == "是否") else { return };
    let end = toks[i..]
        .iter()
        .position(|t| t.kind == TokKind::Close && t.text != "”" && t.text != "\"")
        .map_or(toks.len(), |p| i + p);
    toks[i].text.clear();
    toks.insert(
        end,
        Tok::new("या नहीं", TokKind::Word { pos: Pos::Phrase, gender: None, chars: 0 }),
    );
}

/// `继续 V…` → `… V-ना जारी रखना`: continuing is said after the verb phrase it continues.
pub(crate) fn continue_after(toks: &mut Vec<Tok>) {
    let Some(i) = toks.iter().position(|t| t.zh == "继续" && is_verb(t)) else { return };
    let last_verb = clause_after(toks, i).iter().rposition(is_verb).map(|p| i + 1 + p);
    if let Some(v) = last_verb {
        let cont = toks.remove(i);
        toks.insert(v, cont);
    }
}

/// The perfect participle of an infinitive: करना → किया, बनाना → बनाया, चुनना → चुना; the last
/// word of a compound verb (गिरफ़्तार करना → गिरफ़्तार किया).
fn perfect(verb: &str) -> Option<String> {
    let (head, last) = super::inflect::last_word(verb);
    let form = match last {
        "करना" => "किया".to_string(),
        "देना" => "दिया".to_string(),
        "लेना" => "लिया".to_string(),
        "होना" => "हुआ".to_string(),
        "जाना" => "गया".to_string(),
        _ => {
            let stem = last.strip_suffix("ना").filter(|s| !s.is_empty())?;
            let vowel = stem.ends_with(['ा', 'ो', 'ू', 'ी', 'े', 'आ', 'ओ', 'ऊ', 'ई']);
            if vowel { format!("{stem}या") } else { format!("{stem}ा") }
        }
    };
    Some(format!("{head}{form}"))
}

/// `V 了` / `V 过`: the verb is marked done (news reports what happened: 谈过 → बात की,
/// 增加了 → बढ़ा). Runs before the silent particles are dropped; [`perfect_done`] writes the
/// perfect once the order passes have moved the verb.
pub(crate) fn completed(toks: &mut [Tok]) {
    for i in 1..toks.len() {
        if matches!(toks[i].zh.as_str(), "了" | "过") && is_verb(&toks[i - 1]) {
            toks[i - 1].done = true;
        }
    }
}

/// The verbs marked done, in the perfect.
pub(crate) fn perfect_done(toks: &mut [Tok]) {
    for t in toks.iter_mut().filter(|t| t.done && is_verb(t)) {
        if let Some(done) = perfect(&t.text) {
            t.text = done;
        }
    }
}

/// `被 (NP) V` → `(NP द्वारा) V-ा गया`: the passive, in the past as news reports it
/// (被逮捕 → गिरफ़्तार किया गया). Without an agent 被 itself has no Hindi.
pub(crate) fn passive(toks: &mut [Tok]) {
    for i in 0..toks.len() {
        if toks[i].zh != "被" {
            continue;
        }
        let verb = first_in_clause(toks, i, is_verb);
        let Some(v) = verb else { continue };
        let Some(done) = perfect(&toks[v].text) else { continue };
        toks[v].text = format!("{done} गया");
        if v == i + 1 {
            toks[i].text.clear();
        }
    }
}

/// `V NP` closing a clause → `NP V`.
pub(crate) fn verb_last(toks: &mut [Tok]) {
    let mut i = 0;
    while i < toks.len() {
        if !is_verb(&toks[i]) {
            i += 1;
            continue;
        }
        let end = noun_phrase_end(toks, i + 1);
        let clause_ends = end == toks.len()
            || matches!(toks[end].kind, TokKind::Close)
            || matches!(toks[end].kind, TokKind::Word { pos: Pos::Conjunction, .. });
        if end > i + 1 && clause_ends {
            toks[i..end].rotate_left(1);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// `NP 表示/称` → `NP ने कहा`: a reporting verb in the past takes ने after its subject.
pub(crate) fn reporting_subject(toks: &mut Vec<Tok>) {
    let mut i = 1;
    while i < toks.len() {
        let reporting =
            toks[i].text == "कहा" && matches!(toks[i].kind, TokKind::Word { pos: Pos::Verb, .. });
        let subject = matches!(
            toks[i - 1].kind,
            TokKind::Word { pos: Pos::Noun | Pos::Name, .. } | TokKind::Translit
        );
        if reporting && subject {
            toks.insert(
                i,
                Tok::new("ने", TokKind::Word { pos: Pos::Particle, gender: None, chars: 0 }),
            );
            i += 1;
        }
        // `कहा,` → `कहा कि`: Hindi introduces reported speech with कि (also after table
        // phrases that end in the verb, such as 公司表示 → कंपनी ने कहा).
        let says = toks[i].text.ends_with("कहा") && matches!(toks[i].kind, TokKind::Word { .. });
        if says && toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Close && t.text == ",") {
            toks[i + 1] =
                Tok::new("कि", TokKind::Word { pos: Pos::Conjunction, gender: None, chars: 0 });
        }
        i += 1;
    }
}

/// A run that ends in `कहा` before Hindi text introduces what was said: `कहा कि`.
pub(crate) fn says_that(toks: &mut Vec<Tok>, next_word: Option<&str>) {
    let Some(next) = next_word else { return };
    let starts_hindi = next.chars().next().is_some_and(|c| ('\u{900}'..='\u{97F}').contains(&c));
    let says = toks
        .last()
        .is_some_and(|t| matches!(t.kind, TokKind::Word { .. }) && t.text.ends_with("कहा"));
    if says && starts_hindi && next != "कि" {
        toks.push(Tok::new("कि", TokKind::Word { pos: Pos::Conjunction, gender: None, chars: 0 }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, zh: &str, pos: Pos, gender: Option<Gender>) -> Tok {
        Tok {
            text: text.into(),
            kind: TokKind::Word { pos, gender, chars: 2 },
            zh: zh.into(),
            done: false,
        }
    }

    #[test]
    fn change_by_an_amount() {
        let mut toks = vec![
            word("आय", "收入", Pos::Noun, Some(Gender::F)),
            word("वृद्धि", "增长", Pos::Noun, Some(Gender::F)),
            Tok::new("12%", TokKind::Number),
        ];
        change_by(&mut toks);
        let text: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(text, ["आय", "12%", "बढ़ी"]);
    }

    #[test]
    fn future_forms() {
        assert_eq!(future("बढ़ाना").as_deref(), Some("बढ़ाएगा"));
        assert_eq!(future("करना").as_deref(), Some("करेगा"));
        assert_eq!(future("होना").as_deref(), Some("होगा"));
        assert_eq!(future("सामने आना").as_deref(), Some("सामने आएगा"));
        assert_eq!(future("देना").as_deref(), Some("देगा"));
        assert_eq!(feminine_verb("बढ़ाएगा"), "बढ़ाएगी");
        assert_eq!(perfect("गिरफ़्तार करना").as_deref(), Some("गिरफ़्तार किया"));
        assert_eq!(perfect("बनाना").as_deref(), Some("बनाया"));
        assert_eq!(perfect("चुनना").as_deref(), Some("चुना"));
        assert_eq!(feminine_verb("बढ़ा सकता है"), "बढ़ा सकती है");
        assert_eq!(future("लाभ मिलना").as_deref(), Some("लाभ मिलेगा"));
        assert_eq!(future("ना"), None);
    }
}
