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

/// A problem with one spec file, printed as one line naming the file.
#[derive(Debug)]
pub struct SpecError {
    /// The spec file.
    pub file: PathBuf,
    /// Where in the document, as a JSON pointer (empty for the whole file).
    pub pointer: String,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the underlying parser printed.
        let problem = self
            .problem
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if self.pointer.is_empty() {
            write!(f, "{}: {problem}", self.file.display())
        } else {
            write!(f, "{}: at {}: {problem}", self.file.display(), self.pointer)
        }
    }
}

impl std::error::Error for SpecError {}

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

/// Reads and validates one spec file. `module` is the Rust module name it
/// becomes (the file stem).
pub fn load(file: &Path) -> Result<LoadedSpec, SpecError> {
    let err = |pointer: &str, problem: String| SpecError {
        file: file.to_path_buf(),
        pointer: pointer.to_string(),
        problem,
    };
    let module = module_name(file).map_err(|p| err("", p))?;
    let text = std::fs::read_to_string(file).map_err(|e| err("", format!("cannot read: {e}")))?;
    let original: serde_json::Value =
        serde_norway::from_str(&text).map_err(|e| err("", format!("not valid YAML: {e}")))?;
    let spec_dir = file.parent().unwrap_or(Path::new("."));
    let service = extensions::read_service(&module, &original, spec_dir)
        .map_err(|(pointer, problem)| err(&pointer, problem))?;
    let rewritten = rewrite::rewrite(&original, &service)
        .map_err(|(pointer, problem)| err(&pointer, problem))?;
    let openapi: openapiv3::OpenAPI = serde_json::from_value(rewritten.doc)
        .map_err(|e| err("", format!("not a valid OpenAPI 3.0 document: {e}")))?;
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

/// The Rust module name for a spec file: its stem, which must be a plain
/// lower-case identifier.
pub fn module_name(file: &Path) -> Result<String, String> {
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| "file name is not UTF-8".to_string())?;
    let ok = !stem.is_empty()
        && stem.starts_with(|c: char| c.is_ascii_lowercase())
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(stem.to_string())
    } else {
        Err(format!(
            "file stem `{stem}` must be a lower-case Rust identifier (it names the module)"
        ))
    }
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

/// Generates the Rust module for one loaded spec.
pub fn generate(spec: &LoadedSpec) -> Result<proc_macro2::TokenStream, SpecError> {
    generate_with(spec, &Options::default())
}

/// Generates the Rust module for one loaded spec, with `options`.
pub fn generate_with(
    spec: &LoadedSpec,
    options: &Options,
) -> Result<proc_macro2::TokenStream, SpecError> {
    glue::generate(spec, options).map_err(|problem| SpecError {
        file: spec.file.clone(),
        pointer: String::new(),
        problem,
    })
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

/// Loads and generates every spec in `dir`.
pub fn generate_dir(dir: &Path) -> Result<Vec<GeneratedModule>, String> {
    generate_dir_with(dir, &Options::default())
}

/// Loads and generates every spec in `dir`, with `options`.
pub fn generate_dir_with(dir: &Path, options: &Options) -> Result<Vec<GeneratedModule>, String> {
    let mut out = Vec::new();
    for file in spec_files(dir)? {
        let spec = load(&file).map_err(|e| e.to_string())?;
        let tokens = generate_with(&spec, options).map_err(|e| e.to_string())?;
        let source = render(&tokens).map_err(|e| format!("{}: {e}", file.display()))?;
        out.push(GeneratedModule {
            name: spec.service.module.clone(),
            title: spec.service.title.clone(),
            spec: file,
            source,
        });
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
    s.push_str("/// Every API's `clap` command (feature `cli`).\n#[cfg(feature = \"cli\")]\npub fn cli_commands() -> Vec<::clap::Command> {\n    vec![");
    for m in modules {
        s.push_str(&format!("{}::cli::command(), ", m.name));
    }
    s.push_str("]\n}\n");
    s.push_str("/// Runs a command-line operation of the API named `product` (feature `cli`).\n#[cfg(feature = \"cli\")]\npub async fn cli_run(product: &str, config: &::workflow_sdk::Config, m: &::clap::ArgMatches, wait: Option<&::workflow_sdk::WaitPolicy>, progress: &mut dyn FnMut(&::workflow_sdk::Progress)) -> ::std::result::Result<::serde_json::Value, ::workflow_sdk::cli::Failure> {\n    match product {\n");
    for m in modules {
        s.push_str(&format!(
            "        {0:?} => {0}::cli::run(&{0}::Client::new(config), m, wait, progress).await,\n",
            m.name
        ));
    }
    s.push_str("        other => Err(::workflow_sdk::cli::Failure::Usage(format!(\"no API named {other}\"))),\n    }\n}\n");
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
    let mut modules = generate_dir_with(spec_dir, &options).unwrap_or_else(|e| fail(e));
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
