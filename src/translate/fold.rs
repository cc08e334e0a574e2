//! Fold traditional characters to simplified before lookup, so that 發展 and 輝達 translate
//! the same as 发展 and 英伟达.
//!
//! Uses OpenCC's traditional-to-simplified conversion (`t2s`, from the `ferrous-opencc` crate,
//! which embeds OpenCC's Apache-2.0 data), which is phrase-aware. Not the Taiwan conversion with
//! vocabulary (`tw2sp`): it rewrites simplified words too (核心 → 内核), and simplified text
//! must pass unchanged. Taiwanese names such as 輝達 (→ 辉达) are in the names table. The
//! converter is built on the first stray run that needs it.

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use std::borrow::Cow;
use std::sync::OnceLock;

fn converter() -> Option<&'static OpenCC> {
    static CC: OnceLock<Option<OpenCC>> = OnceLock::new();
    CC.get_or_init(|| OpenCC::from_config(BuiltinConfig::T2s).ok()).as_ref()
}

/// `run` with traditional characters and Taiwanese vocabulary folded to simplified.
pub fn to_simplified(run: &str) -> Cow<'_, str> {
    match converter() {
        Some(cc) => {
            let out = cc.convert(run);
            if out == run { Cow::Borrowed(run) } else { Cow::Owned(out) }
        }
        None => Cow::Borrowed(run),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_traditional_and_keeps_simplified() {
        assert_eq!(to_simplified("發展"), "发展");
        assert_eq!(to_simplified("輝達"), "辉达");
        assert_eq!(to_simplified("樞密院"), "枢密院");
        assert_eq!(
            to_simplified("核心价值和长期发展潜力的强调。"),
            "核心价值和长期发展潜力的强调。"
        );
        assert!(matches!(to_simplified("干部"), Cow::Borrowed(_)));
    }
}
