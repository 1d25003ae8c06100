// The vocabulary of a spec's facts, shared word for word by the generator
// and the SDK's runtime: the generator compiles this file as its `facts`
// module, and `build_script` writes it into the SDK's OUT_DIR, where
// `src/service.rs` includes it. One definition, no second copy to drift.
// (Outer doc comments only: the file is also `include!`d.)

/// How an API's operations travel on the wire (`x-api-style`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiStyle {
    /// Alibaba Cloud RPC: `POST /`, parameters in the query string, the
    /// action in `x-acs-action`. Spec paths are per-operation keys only.
    Rpc,
    /// Alibaba Cloud ROA: the spec's method and path are the real ones.
    Roa,
    /// A JSON API: the spec's method, path and JSON body as written.
    Json,
}

impl ApiStyle {
    /// Every style, with its name in the spec.
    pub const ALL: &'static [(&'static str, ApiStyle)] = &[
        ("rpc", ApiStyle::Rpc),
        ("roa", ApiStyle::Roa),
        ("json", ApiStyle::Json),
    ];

    /// The style a spec names (`rpc`, `roa`, `json`).
    pub fn from_spec_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// How requests are authenticated (`x-auth`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthScheme {
    /// Alibaba Cloud signature V3 (`ACS3-HMAC-SHA256`).
    Acs3HmacSha256,
    /// `Authorization: Bearer <API key>`.
    Bearer,
}

impl AuthScheme {
    /// Every scheme, with its name in the spec.
    pub const ALL: &'static [(&'static str, AuthScheme)] = &[
        ("acs3-hmac-sha256", AuthScheme::Acs3HmacSha256),
        ("bearer", AuthScheme::Bearer),
    ];

    /// The scheme a spec names (`acs3-hmac-sha256`, `bearer`).
    pub fn from_spec_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// The state a documented status value means, as written in the spec's
/// `x-run.states`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StateKind {
    /// `pending`
    Pending,
    /// `running`
    Running,
    /// `succeeded`
    Succeeded,
    /// `partially-succeeded`
    PartiallySucceeded,
    /// `failed`
    Failed,
    /// `canceled`
    Canceled,
    /// `suspended`
    Suspended,
    /// `unknown`
    Unknown,
}

impl StateKind {
    /// Every state, with its name in the spec.
    pub const ALL: &'static [(&'static str, StateKind)] = &[
        ("pending", StateKind::Pending),
        ("running", StateKind::Running),
        ("succeeded", StateKind::Succeeded),
        ("partially-succeeded", StateKind::PartiallySucceeded),
        ("failed", StateKind::Failed),
        ("canceled", StateKind::Canceled),
        ("suspended", StateKind::Suspended),
        ("unknown", StateKind::Unknown),
    ];

    /// The names the spec may use, in order.
    pub const SPEC_NAMES: &'static [&'static str] = &[
        "pending",
        "running",
        "succeeded",
        "partially-succeeded",
        "failed",
        "canceled",
        "suspended",
        "unknown",
    ];

    /// The state a spec names (`pending`, `partially-succeeded`, ...).
    pub fn from_spec_name(name: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}
