//! The commands behind `cargo xtask`, as a library so they can be tested.

pub mod check;
pub mod drift;
pub mod import;
pub mod metadata;

/// Follows `$ref`s (`#/...`) within a document to the schema they name.
pub fn resolve<'a>(
    doc: &'a serde_json::Value,
    schema: &'a serde_json::Value,
) -> &'a serde_json::Value {
    let mut s = schema;
    // Bounded: a reference cycle ends at the last schema reached.
    for _ in 0..16 {
        match s
            .get("$ref")
            .and_then(|r| r.as_str())
            .and_then(|r| r.strip_prefix('#'))
        {
            Some(ptr) => match doc.pointer(ptr) {
                Some(t) => s = t,
                None => break,
            },
            None => break,
        }
    }
    s
}
