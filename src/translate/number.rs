//! Numbers and dates inside stray runs.
//!
//! * Chinese numerals (`三`, `二十五`, `两千`) become values; Arabic digits are kept.
//! * Large-number units (`万` 10⁴, `亿` 10⁸, with `千`/`百`) after a value are written in the
//!   Indian system Hindi news uses (हज़ार, लाख, करोड़, अरब): `125亿` → `12.5 अरब`,
//!   `5900亿` → `590 अरब`. [`Units::International`] writes मिलियन/बिलियन instead.
//! * Dates: `2025年1月5日` → `5 जनवरी 2025`, `2017 年 7 月` → `जुलाई 2017`, `2030年` → `2030`.

/// How large numbers are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Units {
    /// हज़ार, लाख, करोड़, अरब (10³, 10⁵, 10⁷, 10⁹).
    #[default]
    Indian,
    /// हज़ार, मिलियन, बिलियन, ट्रिलियन (10³, 10⁶, 10⁹, 10¹²).
    International,
}

/// The Hindi month names, January first.
pub const MONTHS: [&str; 12] = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
];

/// Value of one Chinese digit character (`零` … `九`, `两`, `〇`).
pub fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Multiplier of a unit character.
pub fn unit_value(c: char) -> Option<u64> {
    Some(match c {
        '十' => 10,
        '百' => 100,
        '千' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// True for characters that may make up a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    digit_value(c).is_some() || unit_value(c).is_some()
}

/// Parse a Chinese numeral such as `二十五`, `三千五百`, `十`, `一万两千`, `二〇二五`.
pub fn parse_chinese(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    // Digit-by-digit years and codes: 二〇二五.
    if s.chars().count() > 1 && s.chars().all(|c| digit_value(c).is_some()) {
        return s.chars().try_fold(0u64, |acc, c| Some(acc * 10 + digit_value(c)?));
    }
    let (mut total, mut section, mut digit) = (0u64, 0u64, None::<u64>);
    for c in s.chars() {
        if let Some(d) = digit_value(c) {
            digit = Some(d);
        } else {
            let unit = unit_value(c)?;
            if unit >= 10_000 {
                section += digit.take().unwrap_or(0);
                total += section.max(if total == 0 && section == 0 { 1 } else { 0 }) * unit;
                section = 0;
            } else {
                section += digit.take().unwrap_or(1) * unit;
            }
        }
    }
    Some(total + section + digit.unwrap_or(0))
}

/// Write `value` (a number of units, possibly fractional) in Hindi news style.
pub fn write_amount(value: f64, units: Units) -> String {
    let scale: &[(f64, &str)] = match units {
        Units::Indian => &[(1e9, "अरब"), (1e7, "करोड़"), (1e5, "लाख"), (1e3, "हज़ार")],
        Units::International => {
            &[(1e12, "ट्रिलियन"), (1e9, "बिलियन"), (1e6, "मिलियन"), (1e3, "हज़ार")]
        }
    };
    for &(size, name) in scale {
        if value >= size {
            return format!("{} {name}", trim_number(value / size));
        }
    }
    trim_number(value)
}

/// The ordinal of `n`, masculine direct: पहला, दूसरा, तीसरा, चौथा, छठा, else `nवां`.
pub fn ordinal(n: u64) -> String {
    match n {
        1 => "पहला".into(),
        2 => "दूसरा".into(),
        3 => "तीसरा".into(),
        4 => "चौथा".into(),
        6 => "छठा".into(),
        _ => format!("{n}वां"),
    }
}

/// `12.50` → `12.5`, `590.0` → `590`; at most two decimals.
pub fn trim_number(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// Parse ASCII digits with optional thousands commas and a decimal point: `5,900.5`.
pub fn parse_arabic(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    cleaned.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("三", 3),
            ("十", 10),
            ("十二", 12),
            ("二十五", 25),
            ("一百零五", 105),
            ("三千五百", 3500),
            ("两千", 2000),
            ("一万两千", 12000),
            ("三亿", 300_000_000),
            ("二〇二五", 2025),
            ("万", 10_000),
        ] {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
        assert_eq!(parse_chinese("个"), None);
    }

    #[test]
    fn amounts() {
        assert_eq!(write_amount(125e8, Units::Indian), "12.5 अरब");
        assert_eq!(write_amount(5900e8, Units::Indian), "590 अरब");
        assert_eq!(write_amount(3e8, Units::Indian), "30 करोड़");
        assert_eq!(write_amount(2e5, Units::Indian), "2 लाख");
        assert_eq!(write_amount(1e4, Units::Indian), "10 हज़ार");
        assert_eq!(write_amount(125e8, Units::International), "12.5 बिलियन");
        assert_eq!(write_amount(4e8, Units::International), "400 मिलियन");
        assert_eq!(write_amount(85.0, Units::Indian), "85");
    }
}
