//! The default tables: compiled into a sorted static array by `build.rs` (nothing to parse at
//! start-up), and also embedded as text, so that tests can check the array against what the
//! parser reads.

use super::{PhraseTable, PhraseTableBuilder, StaticEntry};
use std::sync::{Arc, OnceLock};

include!(concat!(env!("OUT_DIR"), "/default_table.rs"));

/// The embedded default sources, in precedence order (later shadows earlier): `(name, text)`.
pub const DEFAULT_SOURCES: [(&str, &str); 2] = [
    ("<default>/zh-hi.tsv", include_str!("../../data/zh-hi.tsv")),
    ("<default>/names.tsv", include_str!("../../data/names.tsv")),
];

/// The default zh→hi table, shared.
pub fn default_table() -> Arc<PhraseTable> {
    static TABLE: OnceLock<Arc<PhraseTable>> = OnceLock::new();
    TABLE.get_or_init(|| Arc::new(PhraseTableBuilder::with_default().build())).clone()
}
