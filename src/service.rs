//! The facts a spec gives the runtime, as generated into each API module's
//! `SERVICE` static. Nothing here is specific to one API.

// `ApiStyle`, `AuthScheme` and `StateKind`: the one definition the
// generator uses too (xtask/codegen/src/facts.rs, written to OUT_DIR by the
// build script).
include!(concat!(env!("OUT_DIR"), "/facts.rs"));

/// Where an API is served (`x-endpoint`).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct EndpointRule {
    /// URL pattern; `{region}` stands for the region id.
    pub url: &'static str,
    /// Regions served at another URL than the pattern gives.
    pub regions: &'static [(&'static str, &'static str)],
}

impl EndpointRule {
    #[doc(hidden)]
    pub const fn new(url: &'static str, regions: &'static [(&'static str, &'static str)]) -> Self {
        Self { url, regions }
    }

    /// Whether the URL depends on the region.
    pub fn is_regional(&self) -> bool {
        self.url.contains("{region}")
    }

    /// The base URL for a region (`None` when the rule needs a region and
    /// none is given).
    pub fn resolve(&self, region: Option<&str>) -> Option<String> {
        if let Some(region) = region
            && let Some((_, url)) = self.regions.iter().find(|(r, _)| *r == region)
        {
            return Some(url.to_string());
        }
        if self.is_regional() {
            region.map(|r| self.url.replace("{region}", r))
        } else {
            Some(self.url.to_string())
        }
    }
}

/// Unified state of a run, whatever the API calls it. Each API's status
/// values map onto it through the spec's `x-run.states`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RunState {
    /// Accepted, not started.
    Pending,
    /// In progress.
    Running,
    /// Finished successfully.
    Succeeded,
    /// Finished, some parts failed.
    PartiallySucceeded,
    /// Finished unsuccessfully.
    Failed,
    /// Stopped before finishing.
    Canceled,
    /// Paused; may resume.
    Suspended,
    /// A status value the spec does not map (or maps to `unknown`), as
    /// received.
    Unknown(String),
}

impl RunState {
    /// Whether the run will not change state any more.
    pub fn is_terminal(&self) -> bool {
        matches!(
            self,
            RunState::Succeeded
                | RunState::PartiallySucceeded
                | RunState::Failed
                | RunState::Canceled
        )
    }

    /// Whether the run finished successfully (fully or partly).
    pub fn is_success(&self) -> bool {
        matches!(self, RunState::Succeeded | RunState::PartiallySucceeded)
    }

    fn from_kind(kind: StateKind, raw: &str) -> Self {
        match kind {
            StateKind::Pending => RunState::Pending,
            StateKind::Running => RunState::Running,
            StateKind::Succeeded => RunState::Succeeded,
            StateKind::PartiallySucceeded => RunState::PartiallySucceeded,
            StateKind::Failed => RunState::Failed,
            StateKind::Canceled => RunState::Canceled,
            StateKind::Suspended => RunState::Suspended,
            StateKind::Unknown => RunState::Unknown(raw.to_string()),
        }
    }
}

impl std::fmt::Display for RunState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunState::Pending => f.write_str("pending"),
            RunState::Running => f.write_str("running"),
            RunState::Succeeded => f.write_str("succeeded"),
            RunState::PartiallySucceeded => f.write_str("partially succeeded"),
            RunState::Failed => f.write_str("failed"),
            RunState::Canceled => f.write_str("canceled"),
            RunState::Suspended => f.write_str("suspended"),
            RunState::Unknown(raw) => write!(f, "unknown ({raw:?})"),
        }
    }
}

/// How to follow a run with an operation (`x-run`).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct RunSpec {
    /// The request parameter that names the run.
    pub id_param: &'static str,
    /// JSON pointer to the status in the response.
    pub status_pointer: &'static str,
    /// Documented status value and the state it means.
    pub states: &'static [(&'static str, StateKind)],
}

impl RunSpec {
    #[doc(hidden)]
    pub const fn new(
        id_param: &'static str,
        status_pointer: &'static str,
        states: &'static [(&'static str, StateKind)],
    ) -> Self {
        Self {
            id_param,
            status_pointer,
            states,
        }
    }

    /// The state a status value means: exact match first, then ignoring
    /// case (and surrounding whitespace); [`RunState::Unknown`] with the
    /// raw value otherwise.
    pub fn state_of(&self, status: &str) -> RunState {
        let trimmed = status.trim();
        self.states
            .iter()
            .find(|(v, _)| *v == trimmed)
            .or_else(|| {
                self.states
                    .iter()
                    .find(|(v, _)| v.eq_ignore_ascii_case(trimmed))
            })
            .map(|(_, k)| RunState::from_kind(*k, status))
            .unwrap_or_else(|| RunState::Unknown(status.to_string()))
    }
}

/// A documented example response, embedded from the spec's `externalValue`.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Example {
    /// The file, relative to the spec.
    pub file: &'static str,
    /// Its content, byte for byte.
    pub body: &'static str,
    /// The spec file name.
    pub spec: &'static str,
}

/// Where a parameter travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParamIn {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// A top-level property of the JSON body.
    Body,
}

/// A request parameter.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct ParamSpec {
    /// Its name in the spec.
    pub name: &'static str,
    /// Where it travels.
    pub location: ParamIn,
    /// Whether the spec requires it.
    pub required: bool,
    /// Whether it names the run (`x-run.id`).
    pub run_id: bool,
}

/// Decodes a response body into an operation's typed response.
pub type DecodeFn = fn(&str) -> Result<(), String>;

/// Facts about one operation.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct OperationSpec {
    /// Decodes a body into this operation's typed response (used to check
    /// that examples decode through the generated types).
    pub decode: Option<DecodeFn>,
    /// `operationId` as written in the spec.
    pub operation_id: &'static str,
    /// The Rust method name (what progenitor reports in `OperationInfo`).
    pub rust_name: &'static str,
    /// HTTP method in the spec.
    pub method: &'static str,
    /// Path in the spec (a key only, for RPC APIs).
    pub path: &'static str,
    /// `x-acs-action`.
    pub action: Option<&'static str>,
    /// Request parameters, body properties included.
    pub params: &'static [ParamSpec],
    /// `x-run`.
    pub run: Option<RunSpec>,
    /// The documented example response.
    pub example: Option<Example>,
    /// `security: []`: sent without authentication. No credentials are
    /// asked for, nothing is signed, no API key is sent; an Alibaba Cloud
    /// API still gets its `x-acs-action` and `x-acs-version` headers.
    pub unsigned: bool,
}

impl Example {
    #[doc(hidden)]
    pub const fn new(file: &'static str, body: &'static str, spec: &'static str) -> Self {
        Self { file, body, spec }
    }
}

impl ParamSpec {
    #[doc(hidden)]
    pub const fn new(name: &'static str, location: ParamIn, required: bool, run_id: bool) -> Self {
        Self {
            name,
            location,
            required,
            run_id,
        }
    }
}

impl OperationSpec {
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        operation_id: &'static str,
        rust_name: &'static str,
        method: &'static str,
        path: &'static str,
        action: Option<&'static str>,
        params: &'static [ParamSpec],
        run: Option<RunSpec>,
        example: Option<Example>,
        decode: Option<DecodeFn>,
    ) -> Self {
        Self {
            decode,
            operation_id,
            rust_name,
            method,
            path,
            action,
            params,
            run,
            example,
            unsigned: false,
        }
    }

    /// The same facts, sent without authentication (`security: []`).
    #[doc(hidden)]
    pub const fn with_unsigned(mut self, unsigned: bool) -> Self {
        self.unsigned = unsigned;
        self
    }

    /// The decoded value of path parameter `name` in a request path, found
    /// by the position of `{name}` in the spec's template counted from the
    /// end (so a base path in the endpoint does not matter).
    pub fn path_param(&self, name: &str, path: &str) -> Option<String> {
        let template: Vec<&str> = self.path.split('/').collect();
        let actual: Vec<&str> = path.split('/').collect();
        let slot = format!("{{{name}}}");
        let from_end = template.len() - template.iter().position(|s| *s == slot)?;
        let segment = actual.get(actual.len().checked_sub(from_end)?)?;
        Some(
            percent_encoding::percent_decode_str(segment)
                .decode_utf8_lossy()
                .into_owned(),
        )
    }
}

/// Facts about one API (one spec file).
#[derive(Debug)]
#[non_exhaustive]
pub struct ServiceSpec {
    /// Module name (the spec's file stem).
    pub module: &'static str,
    /// `info.title`.
    pub title: &'static str,
    /// `x-vendor`.
    pub vendor: &'static str,
    /// `x-api-style`.
    pub style: ApiStyle,
    /// `x-auth`.
    pub auth: AuthScheme,
    /// `x-acs-product`.
    pub product: Option<&'static str>,
    /// `x-acs-version`.
    pub version: Option<&'static str>,
    /// `x-endpoint`.
    pub endpoint: EndpointRule,
    /// Every operation in spec order.
    pub operations: &'static [OperationSpec],
}

impl ServiceSpec {
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    pub const fn new(
        module: &'static str,
        title: &'static str,
        vendor: &'static str,
        style: ApiStyle,
        auth: AuthScheme,
        product: Option<&'static str>,
        version: Option<&'static str>,
        endpoint: EndpointRule,
        operations: &'static [OperationSpec],
    ) -> Self {
        Self {
            module,
            title,
            vendor,
            style,
            auth,
            product,
            version,
            endpoint,
            operations,
        }
    }

    /// The operation progenitor calls `rust_name`.
    pub fn operation(&self, rust_name: &str) -> Option<&'static OperationSpec> {
        self.operations.iter().find(|o| o.rust_name == rust_name)
    }

    /// The operation with this `x-acs-action`.
    pub fn operation_by_action(&self, action: &str) -> Option<&'static OperationSpec> {
        self.operations.iter().find(|o| o.action == Some(action))
    }
}

/// Names an API for per-API settings such as
/// [`ConfigBuilder::endpoint_url_for`](crate::ConfigBuilder::endpoint_url_for):
/// best its typed handle (`&ice::SERVICE`), which cannot be misspelled, or
/// its module name (`"ice"`), which is checked when the configuration is
/// built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    pub(crate) module: String,
    /// Named by its typed handle, so known to exist (also for APIs
    /// generated in other crates).
    pub(crate) typed: bool,
}

impl From<&'static ServiceSpec> for Api {
    fn from(service: &'static ServiceSpec) -> Self {
        Self {
            module: service.module.to_string(),
            typed: true,
        }
    }
}

impl From<&str> for Api {
    fn from(module: &str) -> Self {
        Self {
            module: module.to_string(),
            typed: false,
        }
    }
}

impl From<String> for Api {
    fn from(module: String) -> Self {
        Self {
            module,
            typed: false,
        }
    }
}
