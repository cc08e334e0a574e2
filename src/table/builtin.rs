//! The default tables, embedded from `data/` at compile time and parsed once, on first use,
//! by the same parser user tables go through.

use super::{PhraseTable, PhraseTableBuilder};
use std::sync::{Arc, OnceLock};

/// The embedded default sources, in precedence order (later shadows earlier): `(name, text)`.
pub const DEFAULT_SOURCES: [(&str, &str); 2] = [
    ("<default>/zh-hi.tsv", include_str!("../../data/zh-hi.tsv")),
    ("<default>/names.tsv", include_str!("../../data/names.tsv")),
];

/// The default zh→hi table, parsed on first call and shared afterwards.
pub fn default_table() -> Arc<PhraseTable> {
    static TABLE: OnceLock<Arc<PhraseTable>> = OnceLock::new();
    TABLE.get_or_init(|| Arc::new(PhraseTableBuilder::with_default().build())).clone()
}
