//! The Alibaba Cloud credentials file (`~/.alibabacloud/credentials`), and
//! what both profile formats share: turning a profile into a provider.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::{
    Credentials, CredentialsError, CredentialsFuture, CredentialsUriProvider, EcsRamRoleProvider,
    Env, OidcRoleProvider, ProvideCredentials, RamRoleArnProvider, StsEndpoint,
};

/// Where providers built from a profile reach STS and the metadata service.
#[derive(Clone, Debug, Default)]
pub(crate) struct Endpoints {
    pub(crate) sts: Option<StsEndpoint>,
    pub(crate) imds: Option<String>,
}

impl Endpoints {
    /// The STS endpoint: the override, else the environment's, with a
    /// profile's own STS region on top.
    pub(crate) fn sts(&self, env: &Env, profile_region: Option<&str>) -> StsEndpoint {
        if let Some(e) = &self.sts {
            return e.clone();
        }
        let e = StsEndpoint::from_env(env);
        match profile_region {
            Some(r) if !r.trim().is_empty() => e.region(r.trim()),
            _ => e,
        }
    }

    pub(crate) fn ecs(&self, env: &Env, role: Option<String>) -> EcsRamRoleProvider {
        let mut p = EcsRamRoleProvider::with_env(env.clone());
        if let Some(url) = &self.imds {
            p = p.base_url(url.clone());
        }
        if let Some(r) = role {
            p = p.role_name(r);
        }
        p
    }
}

/// A role session length in seconds, as written in a profile.
pub(crate) fn seconds(v: Option<&str>, key: &str) -> Result<Option<Duration>, String> {
    match v {
        None => Ok(None),
        Some(s) => s
            .trim()
            .parse::<u64>()
            .map(|n| Some(Duration::from_secs(n)))
            .map_err(|_| format!("{key} = {s:?} is not a number of seconds")),
    }
}

/// Credentials from the INI credentials file shared by Alibaba Cloud's
/// SDKs: `~/.alibabacloud/credentials`, or `ALIBABA_CLOUD_CREDENTIALS_FILE`;
/// the profile named by `ALIBABA_CLOUD_PROFILE`, else `default`.
///
/// | `type` | keys |
/// |---|---|
/// | `access_key` (the default) | `access_key_id`, `access_key_secret` |
/// | `sts` | the same, `security_token` |
/// | `ecs_ram_role` | `role_name` (optional) |
/// | `ram_role_arn` | `access_key_id`, `access_key_secret`, `role_arn`; optional `role_session_name`, `policy`, `external_id`, `role_session_expiration` (seconds) |
/// | `oidc_role_arn` | `role_arn`, `oidc_provider_arn`, `oidc_token_file_path`; optional `role_session_name`, `policy`, `role_session_expiration` |
/// | `credentials_uri` | `credentials_uri` |
///
/// `enable = false` turns a profile off. Values are taken whole: a secret
/// holding `#`, `;`, quotes or backslashes is kept as written.
///
/// ```ini
/// [default]
/// type = access_key
/// access_key_id = LTAI5t...
/// access_key_secret = ...
/// ```
///
/// The profile is read once; the provider it describes (an assumed role,
/// say) is kept and refreshes itself.
#[derive(Debug, Default)]
pub struct ProfileFileProvider {
    env: Env,
    path: Option<PathBuf>,
    profile: Option<String>,
    endpoints: Endpoints,
    resolved: tokio::sync::OnceCell<Arc<dyn ProvideCredentials>>,
}

impl ProfileFileProvider {
    /// Reads the process environment for the path and profile.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// Reads the given environment for the path and profile.
    pub fn with_env(env: Env) -> Self {
        Self {
            env,
            ..Self::default()
        }
    }

    /// Reads this file, whatever the environment says.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Uses this profile, whatever the environment says.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The STS endpoint for `ram_role_arn` and `oidc_role_arn` profiles
    /// (default: [`StsEndpoint::from_env`]).
    pub fn sts_endpoint(mut self, endpoint: StsEndpoint) -> Self {
        self.endpoints.sts = Some(endpoint);
        self
    }

    /// The metadata service for `ecs_ram_role` profiles (a local one in
    /// tests).
    pub fn imds_base_url(mut self, url: impl Into<String>) -> Self {
        self.endpoints.imds = Some(url.into());
        self
    }

    pub(crate) fn with_endpoints(mut self, endpoints: Endpoints) -> Self {
        self.endpoints = endpoints;
        self
    }

    fn file(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| {
                self.env
                    .get("ALIBABA_CLOUD_CREDENTIALS_FILE")
                    .map(PathBuf::from)
            })
            .or_else(|| {
                self.env
                    .home()
                    .map(|h| h.join(".alibabacloud").join("credentials"))
            })
    }

    async fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let file = self.file().ok_or_else(|| {
            CredentialsError::not_configured("no HOME to find ~/.alibabacloud/credentials")
        })?;
        let text = super::read_config_file(&file).await?;
        let profile = self
            .profile
            .clone()
            .or_else(|| self.env.get("ALIBABA_CLOUD_PROFILE"))
            .unwrap_or_else(|| "default".to_string());
        match parse(&text, &profile, &self.env, &self.endpoints) {
            Ok(p) => Ok(p),
            Err(Missing(m)) => Err(CredentialsError::not_configured(format!(
                "{}: {m}",
                file.display()
            ))),
            Err(Broken(m)) => Err(CredentialsError::new(format!("{}: {m}", file.display()))),
        }
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let provider = self.resolved.get_or_try_init(|| self.resolve()).await?;
        provider.provide_credentials().await
    }
}

/// Why a profile gave no provider.
pub(crate) enum ProfileFault {
    /// The profile is not there: the source is not set up.
    Missing(String),
    /// The profile is there and wrong.
    Broken(String),
}
use ProfileFault::{Broken, Missing};

/// Reads one profile of an INI credentials file.
fn parse(
    text: &str,
    profile: &str,
    env: &Env,
    endpoints: &Endpoints,
) -> Result<Arc<dyn ProvideCredentials>, ProfileFault> {
    // Values whole: no escapes, no quotes, no inline comments.
    let ini = ini::Ini::load_from_str_opt(
        text,
        ini::ParseOption {
            enabled_quote: false,
            enabled_escape: false,
            ..ini::ParseOption::default()
        },
    )
    .map_err(|e| Broken(format!("not a valid INI file: {e}")))?;
    let section = ini
        .section(Some(profile))
        .ok_or_else(|| Missing(format!("has no profile [{profile}]")))?;
    let get = |k: &str| section.get(k).map(str::trim).filter(|v| !v.is_empty());
    if get("enable").is_some_and(|v| v.eq_ignore_ascii_case("false")) {
        return Err(Broken(format!(
            "profile [{profile}] is disabled (enable = false)"
        )));
    }
    let kind = get("type").unwrap_or("access_key");
    let required = |k: &str| {
        get(k).ok_or_else(|| Broken(format!("profile [{profile}] (type {kind}) lacks {k}")))
    };
    let broken = |m: String| Broken(format!("profile [{profile}]: {m}"));
    let provider: Arc<dyn ProvideCredentials> = match kind {
        "access_key" => Arc::new(Credentials::new(
            required("access_key_id")?,
            required("access_key_secret")?,
        )),
        "sts" => Arc::new(
            Credentials::new(required("access_key_id")?, required("access_key_secret")?)
                .with_security_token(required("security_token")?),
        ),
        "ecs_ram_role" => Arc::new(endpoints.ecs(env, get("role_name").map(str::to_string))),
        "ram_role_arn" => {
            let source =
                Credentials::new(required("access_key_id")?, required("access_key_secret")?);
            let mut p = RamRoleArnProvider::new(source, required("role_arn")?)
                .sts_endpoint(endpoints.sts(env, get("sts_region")));
            if let Some(v) = get("role_session_name") {
                p = p.session_name(v);
            }
            if let Some(v) = get("policy") {
                p = p.policy(v);
            }
            if let Some(v) = get("external_id") {
                p = p.external_id(v);
            }
            if let Some(d) = seconds(get("role_session_expiration"), "role_session_expiration")
                .map_err(broken)?
            {
                p = p.duration(d);
            }
            Arc::new(p)
        }
        "oidc_role_arn" => {
            let mut p = OidcRoleProvider::new(
                required("role_arn")?,
                required("oidc_provider_arn")?,
                required("oidc_token_file_path")?,
            )
            .sts_endpoint(endpoints.sts(env, get("sts_region")));
            if let Some(v) = get("role_session_name") {
                p = p.session_name(v);
            }
            if let Some(v) = get("policy") {
                p = p.policy(v);
            }
            if let Some(d) = seconds(get("role_session_expiration"), "role_session_expiration")
                .map_err(broken)?
            {
                p = p.duration(d);
            }
            Arc::new(p)
        }
        "credentials_uri" => Arc::new(CredentialsUriProvider::new(required("credentials_uri")?)),
        "rsa_key_pair" | "bearer" => {
            return Err(broken(format!(
                "type {kind} is not supported (rsa_key_pair is retired by Alibaba Cloud; bearer tokens are for other products); use access_key, ram_role_arn or oidc_role_arn"
            )));
        }
        other => {
            return Err(broken(format!(
                "type {other:?} is unknown; use access_key, sts, ecs_ram_role, ram_role_arn, oidc_role_arn or credentials_uri"
            )));
        }
    };
    Ok(provider)
}

impl ProvideCredentials for ProfileFileProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}
