//! The `aliyun` command-line tool's configuration (`~/.aliyun/config.json`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;

use super::profile::{Endpoints, ProfileFault, seconds};
use super::{
    Credentials, CredentialsError, CredentialsFuture, CredentialsUriProvider, Env,
    ExternalProcessProvider, OidcRoleProvider, ProvideCredentials, RamRoleArnProvider, Secret,
    StsEndpoint,
};

/// Credentials from the `aliyun` CLI's `~/.aliyun/config.json`: the profile
/// named by `ALIBABA_CLOUD_PROFILE`, else the file's `current` profile.
///
/// | `mode` | keys (as the `aliyun` CLI writes them) |
/// |---|---|
/// | `AK` | `access_key_id`, `access_key_secret` |
/// | `StsToken` | the same, `sts_token` |
/// | `RamRoleArn` | `access_key_id`, `access_key_secret`, `ram_role_arn`; optional `ram_session_name`, `expired_seconds`, `external_id`, `sts_region` |
/// | `EcsRamRole` | `ram_role_name` (optional) |
/// | `OIDC` | `ram_role_arn`, `oidc_provider_arn`, `oidc_token_file`; optional `ram_session_name`, `expired_seconds`, `sts_region` |
/// | `ChainableRamRoleArn` | `source_profile` (another profile of the file, any mode), `ram_role_arn`; optional `ram_session_name`, `expired_seconds`, `external_id`, `sts_region` |
/// | `CredentialsURI` | `credentials_uri` |
/// | `External` | `process_command`, run without a shell (see [`ExternalProcessProvider`]) |
///
/// `CloudSSO` and `OAuth` need an interactive sign-in in a browser, which an
/// SDK cannot do: such a profile is refused with an error that says so and
/// what to use instead. The profile's `region_id` becomes the region of
/// [`crate::ConfigBuilder::from_env`] when `ALIBABA_CLOUD_REGION_ID` is not
/// set. The profile is read once; the provider it describes is kept and
/// refreshes itself.
#[derive(Debug, Default)]
pub struct CliConfigProvider {
    env: Env,
    path: Option<PathBuf>,
    profile: Option<String>,
    endpoints: Endpoints,
    resolved: tokio::sync::OnceCell<Arc<dyn ProvideCredentials>>,
}

#[derive(Deserialize)]
struct CliConfig {
    #[serde(default)]
    current: String,
    #[serde(default)]
    profiles: Vec<CliProfile>,
}

#[derive(Deserialize, Default)]
struct CliProfile {
    #[serde(default)]
    name: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    region_id: String,
    #[serde(default)]
    access_key_secret: Option<Secret>,
    #[serde(default)]
    sts_token: Option<Secret>,
    /// Every other key, as text (numbers written as numbers included).
    #[serde(flatten)]
    other: BTreeMap<String, serde_json::Value>,
}

impl CliProfile {
    fn get(&self, key: &str) -> Option<String> {
        match self.other.get(key)? {
            serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }
}

/// Depth limit for `source_profile` chains.
const MAX_CHAIN: usize = 8;

impl CliConfigProvider {
    /// Reads the process environment for HOME and the profile.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// Reads the given environment.
    pub fn with_env(env: Env) -> Self {
        Self {
            env,
            ..Self::default()
        }
    }

    /// Reads this file instead of `~/.aliyun/config.json`.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Uses this profile, whatever the environment and the file say.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The STS endpoint for role profiles (default: the profile's
    /// `sts_region`, else [`StsEndpoint::from_env`]).
    pub fn sts_endpoint(mut self, endpoint: StsEndpoint) -> Self {
        self.endpoints.sts = Some(endpoint);
        self
    }

    /// The metadata service for `EcsRamRole` profiles (a local one in tests).
    pub fn imds_base_url(mut self, url: impl Into<String>) -> Self {
        self.endpoints.imds = Some(url.into());
        self
    }

    pub(crate) fn with_endpoints(mut self, endpoints: Endpoints) -> Self {
        self.endpoints = endpoints;
        self
    }

    fn file(&self) -> Option<PathBuf> {
        self.path.clone().or_else(|| {
            self.env
                .home()
                .map(|h| h.join(".aliyun").join("config.json"))
        })
    }

    async fn resolve(&self) -> Result<Arc<dyn ProvideCredentials>, CredentialsError> {
        let file = self.file().ok_or_else(|| {
            CredentialsError::not_configured("no HOME to find ~/.aliyun/config.json")
        })?;
        let text = super::read_config_file(&file).await?;
        let config = parse_file(&file, &text)?;
        let wanted = self.wanted(&config);
        build(&config, &wanted, &self.env, &self.endpoints, 0).map_err(|f| match f {
            ProfileFault::Missing(m) => {
                CredentialsError::not_configured(format!("{}: {m}", file.display()))
            }
            ProfileFault::Broken(m) => CredentialsError::new(format!("{}: {m}", file.display())),
        })
    }

    fn wanted(&self, config: &CliConfig) -> String {
        self.profile
            .clone()
            .or_else(|| self.env.get("ALIBABA_CLOUD_PROFILE"))
            .or_else(|| Some(config.current.clone()).filter(|c| !c.trim().is_empty()))
            .unwrap_or_else(|| "default".to_string())
    }

    /// The selected profile's `region_id`, if the file and profile exist
    /// and set one.
    pub(crate) fn region(&self) -> Option<String> {
        let file = self.file()?;
        let text = std::fs::read_to_string(&file).ok()?;
        let config = parse_file(&file, &text).ok()?;
        let wanted = self.wanted(&config);
        config
            .profiles
            .iter()
            .find(|p| p.name == wanted)
            .map(|p| p.region_id.trim().to_string())
            .filter(|r| !r.is_empty())
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let provider = self.resolved.get_or_try_init(|| self.resolve()).await?;
        provider.provide_credentials().await
    }
}

fn parse_file(file: &Path, text: &str) -> Result<CliConfig, CredentialsError> {
    serde_json::from_str(text)
        .map_err(|e| CredentialsError::new(format!("{}: not valid JSON ({e})", file.display())))
}

/// The provider one profile describes.
fn build(
    config: &CliConfig,
    name: &str,
    env: &Env,
    endpoints: &Endpoints,
    depth: usize,
) -> Result<Arc<dyn ProvideCredentials>, ProfileFault> {
    use ProfileFault::{Broken, Missing};
    let profile = config
        .profiles
        .iter()
        .find(|p| p.name == name)
        .ok_or_else(|| Missing(format!("has no profile named {name:?}")))?;
    let mode = profile.mode.trim();
    let broken = |m: String| Broken(format!("profile {name:?} (mode {mode}): {m}"));
    let need = |k: &str| profile.get(k).ok_or_else(|| broken(format!("lacks {k}")));
    let secret = |s: &Option<Secret>, k: &str| {
        s.clone()
            .filter(|s| !s.expose().trim().is_empty())
            .ok_or_else(|| broken(format!("lacks {k}")))
    };
    let access_key = || -> Result<Credentials, ProfileFault> {
        Ok(Credentials::new(
            need("access_key_id")?,
            secret(&profile.access_key_secret, "access_key_secret")?,
        ))
    };
    let role = |source: Arc<dyn ProvideCredentials>| -> Result<RamRoleArnProvider, ProfileFault> {
        let mut p = RamRoleArnProvider::with_source(source, need("ram_role_arn")?)
            .sts_endpoint(endpoints.sts(env, profile.get("sts_region").as_deref()));
        if let Some(v) = profile.get("ram_session_name") {
            p = p.session_name(v);
        }
        if let Some(v) = profile.get("external_id") {
            p = p.external_id(v);
        }
        if let Some(d) =
            seconds(profile.get("expired_seconds").as_deref(), "expired_seconds").map_err(broken)?
        {
            p = p.duration(d);
        }
        Ok(p)
    };
    let provider: Arc<dyn ProvideCredentials> = match mode {
        "AK" => Arc::new(access_key()?),
        "StsToken" => {
            Arc::new(access_key()?.with_security_token(secret(&profile.sts_token, "sts_token")?))
        }
        "RamRoleArn" => Arc::new(role(Arc::new(access_key()?))?),
        "EcsRamRole" => Arc::new(endpoints.ecs(env, profile.get("ram_role_name"))),
        "OIDC" => {
            let mut p = OidcRoleProvider::new(
                need("ram_role_arn")?,
                need("oidc_provider_arn")?,
                need("oidc_token_file")?,
            )
            .sts_endpoint(endpoints.sts(env, profile.get("sts_region").as_deref()));
            if let Some(v) = profile.get("ram_session_name") {
                p = p.session_name(v);
            }
            if let Some(d) = seconds(profile.get("expired_seconds").as_deref(), "expired_seconds")
                .map_err(broken)?
            {
                p = p.duration(d);
            }
            Arc::new(p)
        }
        "ChainableRamRoleArn" => {
            let source_name = need("source_profile")?;
            if depth >= MAX_CHAIN {
                return Err(broken(format!(
                    "source_profile chain is longer than {MAX_CHAIN} (a loop?)"
                )));
            }
            let source = build(config, &source_name, env, endpoints, depth + 1).map_err(|f| {
                let m = match f {
                    Missing(m) | Broken(m) => m,
                };
                broken(format!("source_profile {source_name:?}: {m}"))
            })?;
            Arc::new(role(source)?)
        }
        "CredentialsURI" => Arc::new(CredentialsUriProvider::new(need("credentials_uri")?)),
        "External" => Arc::new(ExternalProcessProvider::new(need("process_command")?)),
        "CloudSSO" | "OAuth" => {
            return Err(broken(format!(
                "{mode} needs an interactive sign-in in a browser, which this SDK does not do; sign in with the aliyun CLI and use a profile of mode External (process_command) or StsToken, or use a RAM role (RamRoleArn, OIDC, EcsRamRole)"
            )));
        }
        "RsaKeyPair" => {
            return Err(broken(
                "RsaKeyPair is retired by Alibaba Cloud; use AK, RamRoleArn or OIDC".into(),
            ));
        }
        "" => return Err(broken("has no mode".into())),
        other => {
            return Err(broken(format!(
                "mode {other:?} is unknown; AK, StsToken, RamRoleArn, EcsRamRole, OIDC, ChainableRamRoleArn, CredentialsURI and External are read"
            )));
        }
    };
    Ok(provider)
}

impl ProvideCredentials for CliConfigProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}
