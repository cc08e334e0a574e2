//! Detect: find the stray East Asian runs in a text and say why each one is stray.
//!
//! Hosts are decided by character counts, never by per-line language detection (whatlang is
//! slow and unreliable on short lines):
//!
//! * a **line** (paragraph) is Devanagari-host when it has at least as many Devanagari as East
//!   Asian characters;
//! * the **document** is Devanagari-host when at least as many of its lines are Devanagari-host
//!   as East Asian-host; then a line that is mostly or wholly Chinese is an untranslated
//!   sentence or paragraph inside a Hindi document.
//!
//! In a Devanagari-host line every East Asian run is stray, unless a named leave-alone predicate
//! holds: [`is_bracketed_gloss`] (`शी जिनपिंग (习近平)`, `(चीनी: 樞密院)`), [`is_quoted_term`]
//! (`"人工智能" (रेनगोंग झिनेंग)`), [`is_marked`] (`⟦鑫⟧`, kept on purpose), or the run lies
//! inside a URL, an e-mail address or a code span ([`protected_spans`]). The language of a
//! Devanagari document (Hindi, Marathi, Nepali) is decided once per document
//! ([`detect_language`]): from function words when the text is plainly Hindi, else by whatlang.
//!
//! A stray run starts and ends on an East Asian character; in between it may bridge spaces,
//! ASCII digits, Latin words and neutral punctuation (`在 2030年之前成为 AI 创新`). Numbers right
//! before it (`2017 年`, `5000亿`) or right after it (`增长12%`) are taken in, because the
//! translation needs them.

use crate::edit::Span;
use crate::segment::{Class, Counts, classify};

/// The language of a Devanagari document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Hindi (also the answer when detection is not reliable).
    Hindi,
    /// Marathi.
    Marathi,
    /// Nepali.
    Nepali,
}

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Hindi => "hi",
            Lang::Marathi => "mr",
            Lang::Nepali => "ne",
        }
    }

    /// Parse an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "hi" => Some(Lang::Hindi),
            "mr" => Some(Lang::Marathi),
            "ne" => Some(Lang::Nepali),
            _ => None,
        }
    }
}

/// What a document is, decided once per document (or per stream, from its start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context {
    /// True when the document as a whole is Devanagari-host.
    pub devanagari_host: bool,
    /// The detected language of the Devanagari text.
    pub lang: Lang,
    /// True while inside a fenced code block (carried across chunks of a stream).
    pub in_fence: bool,
}

impl Default for Context {
    fn default() -> Context {
        Context { devanagari_host: false, lang: Lang::Hindi, in_fence: false }
    }
}

impl Context {
    /// Decide the host and language of a document from its text (or its first chunk).
    ///
    /// The document is Devanagari-host when at least as many of its lines are Devanagari-host
    /// as East Asian-host (lines with neither do not count). Counting lines, not characters,
    /// keeps the decision stable under repair: a repaired line stays Devanagari-host, so
    /// cleaning cleaned text decides the same and changes nothing.
    pub fn detect(text: &str) -> Context {
        let (mut devanagari, mut east_asian) = (0usize, 0usize);
        for line in text.lines() {
            // Most lines hold no East Asian character and one Devanagari letter early on:
            // found by bytes, without classifying every character.
            if !crate::scan::has_candidates(line)
                && memchr::memchr2(b'(', b'[', line.as_bytes()).is_none()
                && has_devanagari_letter(line.as_bytes())
            {
                devanagari += 1;
                continue;
            }
            let counts = Counts::of(line);
            if counts.devanagari_host() {
                devanagari += 1;
            } else if counts.east_asian > 0 {
                east_asian += 1;
            }
        }
        let host = devanagari > 0 && devanagari >= east_asian;
        let lang = if devanagari > 0 { detect_language(text) } else { Lang::Hindi };
        Context { devanagari_host: host, lang, in_fence: false }
    }
}

/// True when the bytes hold a Devanagari character from U+0900..U+097F that counts for the
/// host (not the nukta, not a danda).
fn has_devanagari_letter(bytes: &[u8]) -> bool {
    memchr::memchr_iter(0xE0, bytes).any(|at| match bytes.get(at + 1..at + 3) {
        Some(&[b1 @ (0xA4 | 0xA5), b2]) => {
            let cp = 0x900 | (u32::from(b1 & 1) << 6) | u32::from(b2 & 0x3F);
            !matches!(cp, 0x93C | 0x964 | 0x965)
        }
        _ => false,
    })
}

/// The Devanagari characters looked at at most (whatlang runs at ~12 MB/s). On 1,000-character
/// pieces of the hi/mr/ne corpora whatlang was right every time, as with 2,000.
const LANG_SAMPLE_CHARS: usize = 1_000;
/// Below this many Devanagari characters the answer is Hindi: whatlang is 14–25% wrong on short
/// lines, and calling a Hindi line Marathi would leave its stray Chinese untranslated.
const LANG_MIN_CHARS: usize = 60;

/// Detect whether Devanagari text is Hindi, Marathi or Nepali. Only Devanagari words are shown
/// to whatlang; short samples count as Hindi.
pub fn detect_language(text: &str) -> Lang {
    // The Devanagari letters of each word, words separated by one space.
    let mut sample = String::with_capacity(3 * LANG_SAMPLE_CHARS + 256);
    let mut chars = 0;
    // Function words that only one of the three languages has.
    let (mut hindi, mut marathi, mut nepali) = (0usize, 0usize, 0usize);
    // One pass over the characters: a word ends at whitespace.
    let (mut word_chars, mut word_start) = (0, 0);
    for c in text.chars().chain([' ']) {
        if !c.is_whitespace() {
            if classify(c) == Class::Devanagari {
                sample.push(c);
                word_chars += 1;
            }
            continue;
        }
        if word_chars == 0 {
            continue;
        }
        match function_word(&sample[word_start..]) {
            Some(Lang::Hindi) => hindi += 1,
            Some(Lang::Marathi) => marathi += 1,
            Some(Lang::Nepali) => nepali += 1,
            None => {}
        }
        sample.push(' ');
        chars += word_chars;
        (word_chars, word_start) = (0, sample.len());
        if chars >= LANG_SAMPLE_CHARS {
            break;
        }
    }
    // Many Hindi-only function words, outnumbering the others six to one: whatlang need not
    // be asked. On 1,000-character pieces of the corpora this settles 96% of the Hindi ones
    // and none of the Marathi or Nepali ones.
    if chars < LANG_MIN_CHARS || (hindi >= 4 && (marathi + nepali) * 6 <= hindi) {
        return Lang::Hindi;
    }
    let detector = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Hin,
        whatlang::Lang::Mar,
        whatlang::Lang::Nep,
    ]);
    // whatlang's `is_reliable` is rarely true with three close languages; its top answer is
    // right for 99% of Hindi lines and 97% of Marathi and Nepali ones of the corpus.
    let lang = match detector.detect(&sample) {
        Some(info) => match info.lang() {
            whatlang::Lang::Mar => Lang::Marathi,
            whatlang::Lang::Nep => Lang::Nepali,
            _ => Lang::Hindi,
        },
        _ => Lang::Hindi,
    };
    // Calling Hindi Marathi or Nepali leaves its stray Chinese untranslated, the costlier
    // mistake; the function words settle close calls (है/हैं is Hindi, आहे Marathi, छ Nepali).
    let theirs = match lang {
        Lang::Hindi => hindi,
        Lang::Marathi => marathi,
        Lang::Nepali => nepali,
    };
    if hindi > theirs {
        return Lang::Hindi;
    }
    lang
}

/// A function word that only one of Hindi (है, और, में, था …), Marathi (आहे, आणि, मध्ये …) and
/// Nepali (छ, पनि, लाई …) uses.
fn function_word(word: &str) -> Option<Lang> {
    match word {
        "है" | "हैं" | "और" | "में" | "था" | "थे" | "थी" | "रहा" | "रही" | "गया" | "गई" | "किया"
        | "लिए" => Some(Lang::Hindi),
        "आहे" | "आहेत" | "आणि" | "मध्ये" | "च्या" | "होते" | "केले" | "हे" | "ही" => {
            Some(Lang::Marathi)
        }
        "छ" | "छन्" | "पनि" | "थियो" | "भएको" | "गरेको" | "लाई" | "र" | "गर्न" | "रहेको" | "यो"
        | "त्यो" => Some(Lang::Nepali),
        _ => None,
    }
}

/// What a stray run consists of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrayKind {
    /// Han characters (with punctuation, digits, Latin inside).
    Han,
    /// Only CJK punctuation and full-width forms.
    Punct,
    /// Kana or hangul: reported, no table for them.
    Foreign,
}

/// A stray run found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stray {
    /// Where it is.
    pub span: Span,
    /// What it is made of.
    pub kind: StrayKind,
}

/// True when the text may hold a code fence (```` ``` ```` or `~~~`). One pass for either
/// byte first: most text has neither.
fn has_fence(bytes: &[u8]) -> bool {
    memchr::memchr2(b'`', b'~', bytes).is_some_and(|at| {
        let rest = &bytes[at..];
        memchr::memmem::find(rest, b"```").is_some() || memchr::memmem::find(rest, b"~~~").is_some()
    })
}

/// Follow code fences through text that needs no detection, so that a fence opened in one chunk
/// of a stream is still open in the next.
pub fn track_fences(text: &str, ctx: &mut Context) {
    let bytes = text.as_bytes();
    if !has_fence(bytes) {
        return;
    }
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            ctx.in_fence = !ctx.in_fence;
        }
    }
}

/// Find the stray runs of `text` (whole lines), given the document context. Updates the
/// context's code-fence state. Strays come sorted and disjoint.
pub fn detect(text: &str, ctx: &mut Context) -> Vec<Stray> {
    let mut strays = Vec::new();
    let mut line_start = 0;
    let bytes = text.as_bytes();
    let fences = has_fence(bytes);
    if !fences && !ctx.in_fence {
        // No code fence: go from one candidate byte to the next, looking only at the lines
        // that hold one (most lines of a large text have none).
        while let Some(p) = crate::scan::find_candidate(&bytes[line_start..]) {
            let p = line_start + p;
            let start = memchr::memrchr(b'\n', &bytes[..p]).map_or(0, |q| q + 1);
            let end = memchr::memchr(b'\n', &bytes[p..]).map_or(text.len(), |q| p + q + 1);
            detect_line(&text[start..end], start, ctx, &mut strays);
            line_start = end;
        }
        return strays;
    }
    while line_start < text.len() {
        let line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |p| line_start + p + 1);
        let line = &text[line_start..line_end];
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            ctx.in_fence = !ctx.in_fence;
        } else if !ctx.in_fence && crate::scan::has_candidates(line) {
            detect_line(line, line_start, ctx, &mut strays);
        }
        line_start = line_end;
    }
    strays
}

fn detect_line(line: &str, base: usize, ctx: &Context, out: &mut Vec<Stray>) {
    let chars: Vec<(usize, char, Class)> =
        line.char_indices().map(|(i, c)| (i, c, classify(c))).collect();
    if !chars.iter().any(|t| t.2.is_east_asian()) {
        return;
    }
    let counts = Counts::of_classified(chars.iter().map(|t| (t.1, t.2)));
    let host = counts.devanagari_host() || ctx.devanagari_host;
    if !host {
        return;
    }
    let mut protected: Option<Vec<Span>> = None;
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].2.is_east_asian() {
            i += 1;
            continue;
        }
        let (first, mut last) = (i, i);
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].2.is_east_asian() {
                last = j;
                j += 1;
            } else if let Some(k) = bridge(&chars, j) {
                last = k;
                j = k + 1;
            } else {
                break;
            }
        }
        let first = extend_left(&chars, first);
        let last = extend_right(&chars, last);
        i = last + 1;
        let start = chars[first].0;
        let end = chars[last].0 + chars[last].1.len_utf8();
        let span = Span::new(start, end);
        let protected = protected.get_or_insert_with(|| protected_spans(line));
        if protected.iter().any(|p| p.start <= span.start && span.end <= p.end) {
            continue;
        }
        let kind = stray_kind(chars[first..=last].iter().map(|t| t.2));
        if kind != StrayKind::Punct
            && (is_bracketed_gloss(line, span)
                || is_quoted_term(line, span)
                || is_marked(line, span))
        {
            continue;
        }
        out.push(Stray { span: span.shifted(base), kind });
    }
}

fn stray_kind(classes: impl Iterator<Item = Class>) -> StrayKind {
    let mut han = false;
    for c in classes {
        match c {
            Class::Kana | Class::Hangul => return StrayKind::Foreign,
            Class::Han => han = true,
            _ => {}
        }
    }
    if han { StrayKind::Han } else { StrayKind::Punct }
}

/// Longest bridge (in characters) between two East Asian characters of one run.
const MAX_BRIDGE: usize = 40;

/// If the characters from `j` on are bridge material (spaces, digits, Latin, neutral marks; no
/// Devanagari, no line break) up to another East Asian character, its index.
fn bridge(chars: &[(usize, char, Class)], j: usize) -> Option<usize> {
    for (k, &(_, c, class)) in chars.iter().enumerate().skip(j).take(MAX_BRIDGE) {
        match class {
            _ if class.is_east_asian() => return Some(k),
            Class::Space if c != '\n' && c != '\r' => {}
            Class::Digit | Class::Latin | Class::Neutral => {
                if matches!(c, '(' | ')' | '[' | ']') {
                    return None;
                }
            }
            _ => return None,
        }
    }
    None
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',' | '%')
}

/// Take in a number right before the run (`2017 年`, `5000亿`), with at most one space between.
fn extend_left(chars: &[(usize, char, Class)], first: usize) -> usize {
    let mut k = first;
    if k > 0 && chars[k - 1].1 == ' ' {
        k -= 1;
    }
    let mut start = k;
    while start > 0 && is_number_char(chars[start - 1].1) {
        start -= 1;
    }
    // The number must stand alone (not the end of `R1` or `x86`) and start with a digit.
    let alone = start == 0 || !chars[start - 1].1.is_alphanumeric();
    if start < k && alone && chars[start].1.is_ascii_digit() { start } else { first }
}

/// Take in a number glued to the end of the run (`增长12%`).
fn extend_right(chars: &[(usize, char, Class)], last: usize) -> usize {
    let mut k = last;
    while k + 1 < chars.len() && is_number_char(chars[k + 1].1) {
        k += 1;
    }
    while k > last && matches!(chars[k].1, '.' | ',') {
        k -= 1;
    }
    let alone = k + 1 >= chars.len() || !chars[k + 1].1.is_alphanumeric();
    if k > last && alone && chars[last + 1].1.is_ascii_digit() { k } else { last }
}

/// Longest label before a gloss inside brackets, as in `(चीनी: 樞密院)`.
const MAX_LABEL_CHARS: usize = 24;

/// Leave alone: a run that opens an ASCII bracket, as a gloss after a name:
/// `शी जिनपिंग (习近平)`, `ट्रान किन्ह (陳京चेन जिंग)`, `(चीनी: 元 通 制 …)`, `सैमसंग (삼성전자)`.
pub fn is_bracketed_gloss(line: &str, span: Span) -> bool {
    let before = &line[..span.start];
    let Some(open) = memchr::memrchr2(b'(', b'[', before.as_bytes()) else { return false };
    let inside = &before[open + 1..];
    if memchr::memchr2(b')', b']', inside.as_bytes()).is_some() {
        return false;
    }
    let label = inside.trim();
    label.is_empty()
        || (label.ends_with([':', '：'])
            && label.chars().count() <= MAX_LABEL_CHARS
            && !label.chars().any(|c| classify(c).is_east_asian()))
}

/// Leave alone: a quoted run followed by its reading or meaning in brackets:
/// `"人工智能" (रेनगोंग झिनेंग)`.
pub fn is_quoted_term(line: &str, span: Span) -> bool {
    let open = line[..span.start].chars().next_back();
    let mut rest = line[span.end..].chars();
    let close = rest.next();
    let quoted = matches!(
        (open, close),
        (Some('"'), Some('"'))
            | (Some('“'), Some('”'))
            | (Some('\''), Some('\''))
            | (Some('‘'), Some('’'))
    );
    quoted && rest.as_str().trim_start().starts_with('(')
}

/// Leave alone: Han that an earlier run kept on purpose, marked `⟦鑫⟧`
/// (`--unknown mark`).
pub fn is_marked(line: &str, span: Span) -> bool {
    let (open, close) = crate::translate::MARK;
    line[..span.start].ends_with(open) && line[span.end..].starts_with(close)
}

/// Spans of a line where East Asian text is left alone: URLs, e-mail addresses, code spans.
pub fn protected_spans(line: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    // Most lines hold no URL, e-mail address or code span: nothing to find without one of these.
    let bytes = line.as_bytes();
    if memchr::memchr3(b'@', b'`', b':', bytes).is_none()
        && memchr::memmem::find(bytes, b"www.").is_none()
    {
        return spans;
    }
    // Words: URLs (scheme or www.) and e-mail addresses run to the next white space.
    let mut word_start = None;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        if c.is_whitespace() {
            if let Some(s) = word_start.take() {
                let word = &line[s..i];
                if is_url(word) || is_email(word) {
                    spans.push(Span::new(s, i));
                }
            }
        } else if word_start.is_none() {
            word_start = Some(i);
        }
    }
    // Code spans: `…` pairs.
    let mut ticks = line.match_indices('`').map(|(i, _)| i);
    while let (Some(a), Some(b)) = (ticks.next(), ticks.next()) {
        spans.push(Span::new(a, b + 1));
    }
    spans
}

fn is_url(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '<', '"', '“', '\'']);
    ["http://", "https://", "ftp://", "www.", "file://"].iter().any(|p| w.starts_with(p))
}

fn is_email(word: &str) -> bool {
    match word.find('@') {
        Some(at) if at > 0 => {
            let domain = &word[at + 1..];
            let name_ok = word[..at].chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c));
            name_ok && domain.contains('.') && !domain.starts_with('.')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strays(text: &str) -> Vec<&str> {
        let mut ctx = Context::detect(text);
        detect(text, &mut ctx).iter().map(|s| &text[s.span.range()]).collect()
    }

    #[test]
    fn devanagari_letters_by_bytes() {
        assert!(has_devanagari_letter("abc क".as_bytes()));
        assert!(has_devanagari_letter("ॐ".as_bytes()));
        assert!(!has_devanagari_letter("abc । ॥".as_bytes()));
        assert!(!has_devanagari_letter("\u{93C}".as_bytes()));
        assert!(!has_devanagari_letter("ক".as_bytes()));
        for c in '\u{900}'..='\u{97F}' {
            let expected = classify(c) == Class::Devanagari && c != '\u{93C}';
            assert_eq!(has_devanagari_letter(c.to_string().as_bytes()), expected, "{c:?}");
        }
    }

    #[test]
    fn stray_in_sentence_at_end_and_whole() {
        assert_eq!(
            strays("NVIDIA के AI युग में核心价值和长期发展潜力的强调。"),
            ["核心价值和长期发展潜力的强调。"]
        );
        assert_eq!(strays("इस合作 के तहत दोनों कंपनियां"), ["合作"]);
        assert_eq!(strays("गिर गए，公司市值蒸发约5900亿美元。"), ["，公司市值蒸发约5900亿美元。"]);
        let doc = "यह एक हिंदी लेख है जिसमें कई वाक्य हैं।\n该公司表示，其中一半以上将投资于美国。\nविश्लेषकों का मानना है।\n";
        assert_eq!(strays(doc), ["该公司表示，其中一半以上将投资于美国。"]);
    }

    #[test]
    fn bridges_and_numbers() {
        assert_eq!(
            strays("योजना शुरू की: 目标在 2030年之前成为 AI 创新的领头羊。"),
            ["目标在 2030年之前成为 AI 创新的领头羊。"]
        );
        assert_eq!(strays("2017 年 7 月，चीन की स्टेट काउंसिल ने अपना काम किया।"), ["2017 年 7 月，"]);
        assert_eq!(strays("आय 39.3 अरब डॉलर रही, जो环比增长12% है।"), ["环比增长12%"]);
        assert_eq!(strays("R1年 के बाद भी यह मॉडल चर्चा में रहा।"), ["年"]);
        assert_eq!(strays("बिक्री基于Blackwell架构的 नए GPU की"), ["基于Blackwell架构的"]);
    }

    #[test]
    fn punctuation_only() {
        let text = "हुआंग ने कहा：“AI कंप्यूटिंग की मांग मज़बूत है。”";
        assert_eq!(strays(text), ["：", "。"]);
        let mut ctx = Context::detect(text);
        assert!(detect(text, &mut ctx).iter().all(|s| s.kind == StrayKind::Punct));
    }

    #[test]
    fn leave_alone() {
        for text in [
            "चीन के राष्ट्रपति शी जिनपिंग (习近平) ने बुधवार को बीजिंग में मुलाक़ात की।",
            "प्रिविंस काउंसिल (चीनी:樞密院) सैन्य मामलों का प्रबंधन",
            "द युआन टोंग ज़ी (चीनी: 元 通 制 \",\" ग्रेट युआन की व्यापक संस्थाएं \"), में",
            "वे ट्रान किन्ह (陳京चेन जिंग) के तहत दाई वियतनाम में चले गए",
            "इंटेलिजेंस को \"人工智能\" (रेनगोंग झिनेंग) कहा जाता है।",
            "दक्षिण कोरिया की कंपनी सैमसंग (삼성전자) ने नई मेमोरी चिप पेश की।",
            "पूरी जानकारी https://zh.wikipedia.org/wiki/中国 पर है।",
            "हमें mail@例子.com पर लिखें।",
            "यह कोड `print(\"你好\")` चलाइए।",
            "英伟达周三公布的财报显示，数据中心业务收入再创新高。",
            "DeepSeek 发布的 R1 模型引起了全球投资者的关注。",
            "मेरीकडे पण कुत्रा आहे का?",
        ] {
            assert_eq!(strays(text), Vec::<&str>::new(), "{text}");
        }
        let fenced = "हिंदी लेख में कोड:\n```\nprint(\"你好\")\n```\nबस इतना।\n";
        assert_eq!(strays(fenced), Vec::<&str>::new());
    }

    #[test]
    fn foreign_scripts_are_reported() {
        let text = "यह जापानी शब्द ありがとう हिंदी वाक्य में है।";
        let mut ctx = Context::detect(text);
        let found = detect(text, &mut ctx);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, StrayKind::Foreign);
    }

    #[test]
    fn languages() {
        let mr = "कंपनीच्या शेअरच्या किमतीत आज पाच टक्क्यांनी वाढ झाली. तथापि, ही आकांक्षा सध्यातरी लेबर पार्टीने पूर्णपणे पुरस्कृत केलेली नाही.";
        assert_eq!(detect_language(mr), Lang::Marathi);
        let ne = "नेपाल राष्ट्र बैंकले नीतिगत ब्याजदर यथावत राख्ने निर्णय गरेको छ। अग्वेरोले त्यो खेलमा ब्राइटन क्षेत्र भित्र बल प्राप्त गर्नुभयो।";
        assert_eq!(detect_language(ne), Lang::Nepali);
        let hi =
            "विश्लेषकों का मानना है कि इससे क्लाउड बाज़ार में प्रतिस्पर्धा और तेज़ होगी और कंपनियों को लाभ होगा।";
        assert_eq!(detect_language(hi), Lang::Hindi);
        assert_eq!(detect_language("छोटा"), Lang::Hindi);
    }
}
