//! Turns the OpenAPI specs in `specs/` into Rust modules.
//!
//! This is the one place where a spec becomes code: `build.rs` calls
//! [`generate_dir`] to compile the clients, and `cargo xtask` calls the same
//! functions to print, check and review them, so the two never disagree.
//!
//! A spec passes through three steps:
//! 1. [`load`]: YAML is read and our `x-` extensions are validated into a
//!    [`Service`] (vendor, style, auth, endpoint, per-operation facts).
//! 2. The schema tree is rewritten so that progenitor emits tolerant types:
//!    string enums become open enums that we generate, JSON-in-string fields
//!    become `JsonString`, every object keeps the fields it does not know.
//! 3. [`generate`]: progenitor produces the client; we add the glue that ties
//!    it to the hand-written runtime (`ClientHooks`, constructor, metadata).

mod cli;
mod extensions;
pub mod facts;
mod glue;
mod metadata;
mod send;
mod types;
mod waiters;

pub use types::variant_names;
mod rewrite;

use std::fmt;
use std::path::{Path, PathBuf};

pub use extensions::{
    ApiStyle, Auth, Endpoint, JsonFieldMarker, OperationMeta, ParamKind, ParamMeta, RunMeta,
    Service, StringEnum, TimestampField, TimestampKind, escape_pointer,
};

/// A problem with one spec file: the file, where in it, what is wrong and
/// how to fix it. Printed as one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpecError {
    /// The spec file.
    pub file: PathBuf,
    /// Where in the document, as a JSON pointer (empty for the whole file).
    pub pointer: String,
    /// What is wrong.
    pub problem: String,
    /// What to do about it (empty when there is nothing more to say).
    pub fix: String,
}

impl SpecError {
    /// A problem at `pointer` of `file`.
    pub fn new(
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        SpecError {
            file: file.into(),
            pointer: pointer.into(),
            problem: problem.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the underlying parser printed.
        let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let problem = one_line(&self.problem);
        if self.pointer.is_empty() {
            write!(f, "{}: {problem}", self.file.display())?;
        } else {
            write!(f, "{}: at {}: {problem}", self.file.display(), self.pointer)?;
        }
        if !self.fix.is_empty() {
            write!(f, "; fix: {}", one_line(&self.fix))?;
        }
        Ok(())
    }
}

impl std::error::Error for SpecError {}

/// Every problem found, in file order, one line each.
pub fn report(errors: &[SpecError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A spec read from disk, its facts extracted and its schemas rewritten.
pub struct LoadedSpec {
    /// Where it came from.
    pub file: PathBuf,
    /// The facts the runtime needs.
    pub service: Service,
    /// The document as progenitor will see it (after the rewrite).
    pub openapi: openapiv3::OpenAPI,
    /// The document as written (before the rewrite).
    pub original: serde_json::Value,
    /// The string enums, generated as open enums.
    pub enums: Vec<StringEnum>,
    /// The JSON-in-string fields, each with a marker type.
    pub markers: Vec<JsonFieldMarker>,
    /// The timestamp fields, each with an accessor.
    pub timestamps: Vec<TimestampField>,
}

/// Follows a local `$ref` (`#/...`) to what it names, a few levels deep;
/// anything else is returned as it is.
pub(crate) fn resolve_ref<'a>(
    doc: &'a serde_json::Value,
    v: &'a serde_json::Value,
) -> &'a serde_json::Value {
    let mut v = v;
    for _ in 0..16 {
        match v
            .get("$ref")
            .and_then(serde_json::Value::as_str)
            .and_then(|r| r.strip_prefix('#'))
            .and_then(|p| doc.pointer(p))
        {
            Some(t) => v = t,
            None => break,
        }
    }
    v
}

/// Every `$ref` of the document names something in it.
fn check_refs(
    root: &serde_json::Value,
    doc: &serde_json::Value,
    at: &str,
    out: &mut extensions::Problems,
) {
    use serde_json::Value;
    match doc {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref") {
                let here = format!("{at}/$ref");
                match r.as_str() {
                    Some(local) if local.starts_with('#') => {
                        if local.strip_prefix('#').is_none_or(|p| root.pointer(p).is_none()) {
                            out.push(here, format!("`{local}` names nothing in this document"), "point at an existing schema, e.g. `#/components/schemas/<Name>`, or add it");
                        }
                    }
                    Some(other) => out.push(here, format!("`{other}` is outside this document; references to other files are not supported"), "copy the schema into `components.schemas` and point at it with `#/components/schemas/<Name>`"),
                    None => out.push(here, "must be a string", "write `$ref: \"#/components/schemas/<Name>\"`"),
                }
            }
            for (k, v) in map {
                // Examples are data, not schema: a `$ref` key there is a value.
                if k == "example" || k == "examples" || k == "default" || k == "enum" {
                    continue;
                }
                check_refs(root, v, &format!("{at}/{}", escape_pointer(k)), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                check_refs(root, v, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Reads and validates one spec file, reporting every problem found
/// (each with the file, a JSON pointer, the problem and the fix). The
/// module name is derived from the file stem ([`module_name`]).
pub fn load(file: &Path) -> Result<LoadedSpec, Vec<SpecError>> {
    let err = |p: extensions::Problem| SpecError::new(file, p.pointer, p.problem, p.fix);
    let one = |pointer: &str, problem: String, fix: &str| {
        vec![SpecError::new(file, pointer, problem, fix)]
    };
    let module = module_name(file).map_err(|p| one("", p, ""))?;
    let text =
        std::fs::read_to_string(file).map_err(|e| one("", format!("cannot read: {e}"), ""))?;
    let original: serde_json::Value = serde_norway::from_str(&text).map_err(|e| {
        one(
            "",
            format!("not valid YAML: {e}"),
            "fix the YAML syntax at the line shown",
        )
    })?;
    let spec_dir = file.parent().unwrap_or(Path::new("."));
    let mut problems = extensions::Problems::default();
    check_refs(&original, &original, "", &mut problems);
    extensions::check_schemas(&original, &mut problems);
    let service = extensions::read_service(&module, &original, spec_dir, &mut problems);
    // The schemas are checked even when the facts above were not readable,
    // so that one run reports both.
    let rewritten = match rewrite::rewrite(&original) {
        Ok(r) => Some(r),
        Err(ps) => {
            problems.0.extend(ps);
            None
        }
    };
    if !problems.0.is_empty() {
        return Err(problems.0.into_iter().map(err).collect());
    }
    let (Some(service), Some(rewritten)) = (service, rewritten) else {
        return Err(one("", "the spec could not be read".into(), ""));
    };
    let openapi: openapiv3::OpenAPI = serde_json::from_value(rewritten.doc).map_err(|e| {
        one(
            "",
            format!("not a valid OpenAPI 3.0 document: {e}"),
            "compare the named key with the OpenAPI 3.0.3 specification",
        )
    })?;
    Ok(LoadedSpec {
        file: file.to_path_buf(),
        service,
        openapi,
        original,
        enums: rewritten.enums,
        markers: rewritten.markers,
        timestamps: rewritten.timestamps,
    })
}

/// The Rust module name for a spec file: its stem in snake case
/// (`media-jobs.yaml` -> `media_jobs`, `PaiFlow.yaml` -> `pai_flow`). A stem
/// that gives no usable identifier is refused with the reason.
pub fn module_name(file: &Path) -> Result<String, String> {
    use heck::ToSnakeCase;
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| "file name is not UTF-8".to_string())?;
    let name = stem.to_snake_case();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(format!(
            "file stem `{stem}` does not give a module name: use ASCII letters, digits, `-` and `_` (e.g. `media-jobs.yaml` becomes `media_jobs`)"
        ));
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(format!(
            "file stem `{stem}` gives `{name}`, which starts with a digit and cannot name a module; start the file name with a letter"
        ));
    }
    if RESERVED.contains(&name.as_str()) {
        return Err(format!(
            "file stem `{stem}` gives `{name}`, a Rust keyword or a name the generated index uses; rename the file"
        ));
    }
    Ok(name)
}

/// Names a spec's module cannot take: Rust keywords, and the items the
/// generated index puts next to the modules.
const RESERVED: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "const",
    "continue",
    "crate",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "try",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "cli_commands",
    "cli_run",
    "services",
];

/// The crate's own module of this name, when the spec directory sits at a
/// crate root next to `src/` (as `specs/` does): a generated module of the
/// same name would be shadowed by it.
fn crate_module(spec_dir: &Path, name: &str) -> Option<PathBuf> {
    if matches!(name, "lib" | "main") {
        return None;
    }
    let src = spec_dir.parent()?.join("src");
    [src.join(format!("{name}.rs")), src.join(name)]
        .into_iter()
        .find(|p| p.exists())
}

/// Loads every spec of `dir` and reports every problem of every file at
/// once, including two files that would give the same module name.
pub fn load_dir(dir: &Path) -> (Vec<LoadedSpec>, Vec<SpecError>) {
    let files = match spec_files(dir) {
        Ok(f) => f,
        Err(e) => return (Vec::new(), vec![SpecError::new(dir, "", e, "")]),
    };
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    let mut names: Vec<(String, PathBuf)> = Vec::new();
    for file in files {
        if let Ok(name) = module_name(&file) {
            if let Some((_, first)) = names.iter().find(|(n, _)| *n == name) {
                errors.push(SpecError::new(
                    &file,
                    "",
                    format!(
                        "gives the module name `{name}`, which {} already gives",
                        first.display()
                    ),
                    "rename one of the files (each spec file is one module; to add operations to an API, use a file of your own with another name)",
                ));
                continue;
            }
            if let Some(existing) = crate_module(dir, &name) {
                errors.push(SpecError::new(
                    &file,
                    "",
                    format!(
                        "gives the module name `{name}`, which the crate's own module {} already has",
                        existing.display()
                    ),
                    "rename the spec file",
                ));
                continue;
            }
            names.push((name, file.clone()));
        }
        match load(&file) {
            Ok(spec) => loaded.push(spec),
            Err(es) => errors.extend(es),
        }
    }
    (loaded, errors)
}

/// The source of [`facts`], which the SDK includes from `OUT_DIR` so that
/// the generator and the runtime share one definition of a spec's facts.
pub const FACTS_SOURCE: &str = include_str!("facts.rs");

/// What to generate besides the client.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// Embed each operation's documented example and a decoder for it
    /// (what the simulator and `cargo xtask check` use). Off for library
    /// users of the SDK, who do not pay for them.
    pub examples: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { examples: true }
    }
}

/// Generates the Rust module for one loaded spec. A failure inside the
/// generator (progenitor included) is an error naming the file, never a
/// panic of the build.
pub fn generate(spec: &LoadedSpec) -> Result<proc_macro2::TokenStream, SpecError> {
    generate_with(spec, &Options::default())
}

/// Generates the Rust module for one loaded spec, with `options`.
pub fn generate_with(
    spec: &LoadedSpec,
    options: &Options,
) -> Result<proc_macro2::TokenStream, SpecError> {
    let fail = |problem: String| {
        SpecError::new(
            &spec.file,
            "",
            format!("the generator cannot take this spec: {problem}"),
            "simplify the construct named (README, \"How to add an API\", lists what the generator takes)",
        )
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        glue::generate(spec, options)
    })) {
        Ok(result) => result.map_err(fail),
        Err(panic) => Err(fail(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "it stopped unexpectedly".into()),
        )),
    }
}

/// Formats generated tokens as readable Rust source.
pub fn render(tokens: &proc_macro2::TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens.clone()).map_err(|e| format!("generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// The spec files of a directory (`*.yaml`), sorted by name.
pub fn spec_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot list: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: cannot list: {e}", dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml") && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// One generated module: its name and its source text.
pub struct GeneratedModule {
    /// Module name (the spec file stem).
    pub name: String,
    /// The spec it came from.
    pub spec: PathBuf,
    /// `info.title` of the spec.
    pub title: String,
    /// Formatted Rust source.
    pub source: String,
}

/// Loads and generates every spec in `dir`. On failure, the error holds
/// every problem of every spec, one line each.
pub fn generate_dir(dir: &Path) -> Result<Vec<GeneratedModule>, String> {
    generate_dir_with(dir, &Options::default())
}

/// Loads and generates every spec in `dir`, with `options`. On failure, the
/// error holds every problem of every spec, one line each.
pub fn generate_dir_with(dir: &Path, options: &Options) -> Result<Vec<GeneratedModule>, String> {
    let (specs, errors) = load_dir(dir);
    if !errors.is_empty() {
        return Err(report(&errors));
    }
    let mut out = Vec::new();
    let mut failed = Vec::new();
    for spec in specs {
        match generate_with(&spec, options)
            .and_then(|tokens| render(&tokens).map_err(|e| SpecError::new(&spec.file, "", e, "")))
        {
            Ok(source) => out.push(GeneratedModule {
                name: spec.service.module.clone(),
                title: spec.service.title.clone(),
                spec: spec.file,
                source,
            }),
            Err(e) => failed.push(e),
        }
    }
    if !failed.is_empty() {
        return Err(report(&failed));
    }
    Ok(out)
}

/// The module index that includes every generated module from `OUT_DIR`:
/// one `pub mod <name>` per spec.
pub fn module_index(modules: &[GeneratedModule]) -> String {
    let mut s =
        String::from("// Generated by workflow-sdk-codegen: one module per spec in specs/.\n");
    for m in modules {
        let doc = format!(
            "Client and types for {} (generated from `specs/{}`).",
            m.title,
            m.spec
                .file_name()
                .and_then(|f| f.to_str())
                .unwrap_or_default()
        );
        s.push_str(&format!(
            "#[doc = {doc:?}]\npub mod {name} {{\n    include!(concat!(env!(\"OUT_DIR\"), \"/{name}.rs\"));\n}}\n",
            name = m.name,
        ));
    }
    let names: Vec<String> = modules.iter().map(|m| m.name.clone()).collect();
    s.push_str(&cli::cli_index(&names));
    s.push_str("/// The facts of every API in `specs/`, one entry per spec.\npub static SERVICES: &[&::workflow_sdk::service::ServiceSpec] = &[");
    for m in modules {
        s.push_str(&format!("&{}::SERVICE, ", m.name));
    }
    s.push_str("];\n");
    s
}

/// Everything a `build.rs` does with a spec directory: generate one module
/// per spec into `OUT_DIR`, write the index (`apis.rs`, to `include!` at the
/// crate root), and tell cargo when to run again. A broken spec stops the
/// build with one line naming the file and the problem.
///
/// Cargo runs build scripts in the package root, so a relative `spec_dir`
/// makes messages name `specs/<file>.yaml`.
pub fn build_script(spec_dir: &Path) {
    let fail = |msg: String| -> ! {
        println!("cargo::error={msg}");
        std::process::exit(1)
    };
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        fail("OUT_DIR is not set; run this from a build script".into())
    };
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    let abs = std::fs::canonicalize(spec_dir)
        .unwrap_or_else(|e| fail(format!("{}: {e}", spec_dir.display())));
    println!("cargo:rustc-env=WORKFLOW_SDK_SPEC_DIR={}", abs.display());
    let declared = declared_features().unwrap_or_else(|e| fail(e));
    // A crate with a `simulator` feature (the SDK) embeds the documented
    // examples only with it; a crate without one always does.
    let options = Options {
        examples: !declared.iter().any(|f| f == "simulator")
            || std::env::var_os("CARGO_FEATURE_SIMULATOR").is_some(),
    };
    let mut modules = match generate_dir_with(spec_dir, &options) {
        Ok(m) => m,
        Err(report) => {
            // Every problem of every spec, one cargo error each.
            for line in report.lines() {
                println!("cargo::error={line}");
            }
            std::process::exit(1)
        }
    };
    // A module whose name is a declared cargo feature is built only with
    // that feature; any other spec is always built, so a new spec needs no
    // Cargo.toml edit (declaring a feature is an optional compile-time cut).
    modules.retain(|m| {
        !declared.contains(&m.name)
            || std::env::var_os(format!("CARGO_FEATURE_{}", m.name.to_uppercase())).is_some()
    });
    for m in &modules {
        if let Err(e) = std::fs::write(out.join(format!("{}.rs", m.name)), &m.source) {
            fail(format!("cannot write generated module {}: {e}", m.name));
        }
    }
    if let Err(e) = std::fs::write(out.join("facts.rs"), FACTS_SOURCE) {
        fail(format!("cannot write the spec facts module: {e}"));
    }
    if let Err(e) = std::fs::write(out.join("apis.rs"), module_index(&modules)) {
        fail(format!("cannot write the module index: {e}"));
    }
}

/// The features declared in the package's `Cargo.toml`.
fn declared_features() -> Result<Vec<String>, String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or("CARGO_MANIFEST_DIR is not set")?;
    let path = PathBuf::from(dir).join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: toml::Table = text
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(doc
        .get("features")
        .and_then(|f| f.as_table())
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default())
}
