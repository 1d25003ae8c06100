//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The vendor doc pages: `$WORKFLOW_SDK_API_DOCS`, else `../shared/api-docs`
/// beside the repository (where CI and developers have them).
pub fn api_docs_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("WORKFLOW_SDK_API_DOCS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/api-docs"));
    dir.is_dir().then_some(dir)
}

/// The example response of a doc page, byte for byte as the page shows it:
/// from the line `{` after the example heading to the first line `}`.
pub fn page_example(page: &str) -> String {
    let key = if page.contains("Response Example") {
        "Response Example"
    } else {
        "format"
    };
    let from = page.find(key).expect("page has an example heading");
    let start = from
        + page[from..]
            .find("\n{\n")
            .expect("example starts with a line `{`")
        + 1;
    let end = start
        + page[start..]
            .find("\n}")
            .expect("example ends with a line `}`")
        + 2;
    page[start..end].to_string()
}

/// Reads a spec example file.
pub fn spec_example(name: &str) -> String {
    std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("specs/examples")
            .join(name),
    )
    .expect("example file exists")
}
