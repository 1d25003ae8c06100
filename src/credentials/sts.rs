//! Temporary credentials from STS: a RAM role assumed with other
//! credentials, or with an OIDC token (RRSA).

use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, SystemTime};

use super::{
    CachedProvider, Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials,
    env_true, parse_expiration,
};
use crate::{Config, RetryConfig, Secret};

/// The largest STS answer accepted (a real one is about 2 KiB).
const MAX_STS_BODY: u64 = 64 * 1024;
/// The largest OIDC token file read (a real token is about 1 KiB).
const MAX_TOKEN_FILE: u64 = 64 * 1024;
/// Time allowed for one STS request.
const STS_TIMEOUT: Duration = Duration::from_secs(10);
/// The shortest session STS grants.
const MIN_DURATION: Duration = Duration::from_secs(900);

/// Which STS endpoint the role providers call.
///
/// By default `https://sts.aliyuncs.com`. As Alibaba Cloud's own libraries
/// do, `ALIBABA_CLOUD_STS_REGION` picks the regional endpoint
/// (`https://sts.<region>.aliyuncs.com`), and with
/// `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true` its VPC form
/// (`https://sts-vpc.<region>.aliyuncs.com`). [`StsEndpoint::url`] overrides
/// both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StsEndpoint {
    url: Option<String>,
    region: Option<String>,
    vpc: bool,
}

impl StsEndpoint {
    /// The global endpoint, `https://sts.aliyuncs.com`.
    pub const DEFAULT_URL: &'static str = "https://sts.aliyuncs.com";

    /// From `ALIBABA_CLOUD_STS_REGION` and `ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED`.
    pub fn from_env(env: &Env) -> Self {
        Self {
            url: None,
            region: env
                .get("ALIBABA_CLOUD_STS_REGION")
                .map(|r| r.trim().to_string()),
            vpc: env_true(env, "ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED"),
        }
    }

    /// This URL, whatever else is set (`https://sts.cn-hangzhou.aliyuncs.com`,
    /// a private endpoint, a local server in tests).
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// The regional endpoint of this region.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// The VPC form of the regional endpoint.
    pub fn vpc(mut self, on: bool) -> Self {
        self.vpc = on;
        self
    }

    /// The base URL calls go to.
    pub fn resolve(&self) -> Result<String, CredentialsError> {
        if let Some(url) = &self.url {
            return Ok(url.trim_end_matches('/').to_string());
        }
        match &self.region {
            None => Ok(Self::DEFAULT_URL.to_string()),
            Some(r) => {
                // One DNS label, so the region cannot change the host.
                let label_ok = !r.is_empty()
                    && r.len() <= 63
                    && r.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && !r.starts_with('-')
                    && !r.ends_with('-');
                if !label_ok {
                    return Err(CredentialsError::new(format!(
                        "STS region {r:?} is not a region id (ALIBABA_CLOUD_STS_REGION)"
                    )));
                }
                let host = if self.vpc { "sts-vpc" } else { "sts" };
                Ok(format!("https://{host}.{r}.aliyuncs.com"))
            }
        }
    }
}

fn default_session_name() -> String {
    let ms = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or(0);
    format!("workflow-sdk-{ms}")
}

fn duration_seconds(d: Option<Duration>) -> Result<Option<i64>, CredentialsError> {
    match d {
        None => Ok(None),
        Some(d) if d < MIN_DURATION => Err(CredentialsError::new(format!(
            "duration_seconds is {} s; STS grants at least {} s",
            d.as_secs(),
            MIN_DURATION.as_secs()
        ))),
        Some(d) => Ok(Some(i64::try_from(d.as_secs()).unwrap_or(i64::MAX))),
    }
}

/// Turns STS's `Credentials` object into [`Credentials`].
fn from_sts(
    action: &str,
    c: Option<&crate::sts::types::StsCredentials>,
) -> Result<Credentials, CredentialsError> {
    let incomplete =
        || CredentialsError::new(format!("{action} answered without complete Credentials"));
    let c = c.ok_or_else(incomplete)?;
    let id = c
        .access_key_id
        .clone()
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(incomplete)?;
    let secret = c
        .access_key_secret
        .clone()
        .filter(|v| !v.expose().trim().is_empty())
        .ok_or_else(incomplete)?;
    let token = c
        .security_token
        .clone()
        .filter(|v| !v.expose().trim().is_empty())
        .ok_or_else(incomplete)?;
    let expiry = parse_expiration(c.expiration.as_deref().unwrap_or_default())
        .map_err(|e| CredentialsError::new(format!("{action}: {e}")))?;
    Ok(Credentials::new(id.trim(), secret)
        .with_security_token(token)
        .with_expiry(expiry))
}

/// Credentials of a RAM role, assumed with STS `AssumeRole` using the
/// credentials of another provider (the source): an AccessKey, a profile,
/// the ECS instance role, another role. The call goes through the
/// generated [`crate::sts::Client`], signed with the source credentials.
///
/// The result is cached and refreshed like [`CachedProvider`] does, so the
/// provider can be used on its own:
///
/// ```no_run
/// use workflow_sdk::{Config, Credentials};
/// use workflow_sdk::credentials::RamRoleArnProvider;
/// # fn run() -> Result<(), workflow_sdk::Error> {
/// let role = RamRoleArnProvider::new(
///     Credentials::new("LTAI5t...", "secret"),
///     "acs:ram::123456789012****:role/deployer",
/// )
/// .session_name("nightly-build")
/// .external_id("abcd1234");
/// let config = Config::builder().region("cn-shanghai").credentials(role).build()?;
/// # let _ = config; Ok(()) }
/// ```
#[derive(Debug)]
pub struct RamRoleArnProvider {
    cache: CachedProvider<AssumeRole>,
}

struct AssumeRole {
    source: Arc<dyn ProvideCredentials>,
    role_arn: String,
    session_name: Option<String>,
    duration: Option<Duration>,
    policy: Option<String>,
    external_id: Option<String>,
    endpoint: StsEndpoint,
    http: Option<reqwest::Client>,
    retry: RetryConfig,
    config: OnceLock<Result<Config, String>>,
}

impl fmt::Debug for AssumeRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRole")
            .field("source", &self.source)
            .field("role_arn", &self.role_arn)
            .field("session_name", &self.session_name)
            .field("duration", &self.duration)
            .field("external_id", &self.external_id.as_ref().map(|_| "set"))
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl RamRoleArnProvider {
    /// Assumes `role_arn` with the credentials `source` provides. The STS
    /// endpoint comes from the process environment (see [`StsEndpoint`]).
    pub fn new(source: impl ProvideCredentials + 'static, role_arn: impl Into<String>) -> Self {
        Self::with_source(Arc::new(source), role_arn)
    }

    /// Like [`RamRoleArnProvider::new`], with a shared source.
    pub fn with_source(source: Arc<dyn ProvideCredentials>, role_arn: impl Into<String>) -> Self {
        Self {
            cache: CachedProvider::new(AssumeRole {
                source,
                role_arn: role_arn.into(),
                session_name: None,
                duration: None,
                policy: None,
                external_id: None,
                endpoint: StsEndpoint::from_env(&Env::process()),
                http: None,
                retry: RetryConfig::standard(),
                config: OnceLock::new(),
            }),
        }
    }

    fn set(mut self, f: impl FnOnce(&mut AssumeRole)) -> Self {
        let inner = self.cache.inner_mut();
        f(inner);
        inner.config = OnceLock::new();
        self
    }

    /// The role session name (default `workflow-sdk-<unix ms>`).
    pub fn session_name(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.set(|a| a.session_name = Some(name))
    }

    /// How long each session lasts (STS's default, 1 hour, when unset; at
    /// least 15 minutes).
    pub fn duration(self, d: Duration) -> Self {
        self.set(|a| a.duration = Some(d))
    }

    /// A policy narrowing what the session may do.
    pub fn policy(self, policy: impl Into<String>) -> Self {
        let policy = policy.into();
        self.set(|a| a.policy = Some(policy))
    }

    /// The external id the role's trust policy asks for.
    pub fn external_id(self, id: impl Into<String>) -> Self {
        let id = id.into();
        self.set(|a| a.external_id = Some(id))
    }

    /// Which STS endpoint to call.
    pub fn sts_endpoint(self, endpoint: StsEndpoint) -> Self {
        self.set(|a| a.endpoint = endpoint)
    }

    /// The HTTP client for STS calls (by default one like the API calls':
    /// the environment's proxy settings, `NO_PROXY` included, apply).
    pub fn http_client(self, client: reqwest::Client) -> Self {
        self.set(|a| a.http = Some(client))
    }

    /// The retry policy of STS calls (default [`RetryConfig::standard`]:
    /// throttling and server errors are retried with backoff).
    pub fn retry(self, retry: RetryConfig) -> Self {
        self.set(|a| a.retry = retry)
    }

    /// Refresh this long before the session expires (see
    /// [`CachedProvider::refresh_before`]).
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.cache = self.cache.refresh_before(margin);
        self
    }
}

impl AssumeRole {
    fn config(&self) -> Result<&Config, CredentialsError> {
        self.config
            .get_or_init(|| {
                let url = self
                    .endpoint
                    .resolve()
                    .map_err(|e| e.message().to_string())?;
                let mut b = Config::builder()
                    .endpoint_url_for("sts", url)
                    .credentials(self.source.clone())
                    .timeout(STS_TIMEOUT)
                    .total_timeout(STS_TIMEOUT.saturating_mul(3))
                    .max_response_bytes(MAX_STS_BODY)
                    .retry(self.retry.clone());
                if let Some(http) = &self.http {
                    b = b.http_client(http.clone());
                }
                b.build().map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| CredentialsError::new(e.clone()))
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let config = self.config()?;
        let client = crate::sts::Client::new(config);
        let mut call = client
            .assume_role()
            .role_arn(self.role_arn.clone())
            .role_session_name(
                self.session_name
                    .clone()
                    .unwrap_or_else(default_session_name),
            );
        if let Some(d) = duration_seconds(self.duration)? {
            call = call.duration_seconds(d);
        }
        if let Some(p) = &self.policy {
            call = call.policy(p.clone());
        }
        if let Some(x) = &self.external_id {
            call = call.external_id(x.clone());
        }
        let role = &self.role_arn;
        let response = call.send().await.map_err(|e| match e {
            crate::Error::Credentials(source) => CredentialsError::new(format!(
                "no source credentials to assume {role}: {}",
                source.message()
            )),
            e => CredentialsError::new(format!("AssumeRole {role} failed: {e}")),
        })?;
        let c = from_sts("AssumeRole", response.credentials.as_ref())?;
        tracing::debug!(role_arn = %role, "role assumed");
        Ok(c)
    }
}

impl ProvideCredentials for AssumeRole {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

impl ProvideCredentials for RamRoleArnProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}

/// Credentials of a RAM role, assumed with STS `AssumeRoleWithOIDC` in
/// exchange for an OIDC token: RAM Roles for Service Accounts (RRSA) on
/// ACK. [`OidcRoleProvider::from_env`] reads what ACK injects:
/// `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`,
/// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` and, optionally,
/// `ALIBABA_CLOUD_ROLE_SESSION_NAME`.
///
/// - The token file is read again for every refresh: the cluster rotates it.
/// - The call is not signed (the token is the proof), and the token travels
///   in the form-encoded POST body, never in the URL, where proxies and
///   access logs would keep it.
/// - The answer is limited in size, decoded into the generated
///   `sts::types::AssumeRoleWithOidcResponse`, and cached and refreshed as
///   [`CachedProvider`] does; a throttled call is retried with backoff.
#[derive(Debug)]
pub struct OidcRoleProvider {
    cache: CachedProvider<AssumeRoleWithOidc>,
}

struct AssumeRoleWithOidc {
    role_arn: String,
    provider_arn: String,
    token_file: PathBuf,
    session_name: Option<String>,
    duration: Option<Duration>,
    policy: Option<String>,
    endpoint: StsEndpoint,
    http: Option<reqwest::Client>,
    retry: RetryConfig,
    config: OnceLock<Result<Config, String>>,
}

impl fmt::Debug for AssumeRoleWithOidc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleWithOidc")
            .field("role_arn", &self.role_arn)
            .field("provider_arn", &self.provider_arn)
            .field("token_file", &self.token_file)
            .field("session_name", &self.session_name)
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl OidcRoleProvider {
    /// Assumes `role_arn` with the token in `token_file`, issued by the
    /// identity provider registered in RAM as `oidc_provider_arn`.
    pub fn new(
        role_arn: impl Into<String>,
        oidc_provider_arn: impl Into<String>,
        token_file: impl Into<PathBuf>,
    ) -> Self {
        Self {
            cache: CachedProvider::new(AssumeRoleWithOidc {
                role_arn: role_arn.into(),
                provider_arn: oidc_provider_arn.into(),
                token_file: token_file.into(),
                session_name: None,
                duration: None,
                policy: None,
                endpoint: StsEndpoint::from_env(&Env::process()),
                http: None,
                retry: RetryConfig::standard(),
                config: OnceLock::new(),
            }),
        }
    }

    /// From `ALIBABA_CLOUD_ROLE_ARN`, `ALIBABA_CLOUD_OIDC_PROVIDER_ARN`,
    /// `ALIBABA_CLOUD_OIDC_TOKEN_FILE` and `ALIBABA_CLOUD_ROLE_SESSION_NAME`,
    /// with the STS endpoint from the same environment. `Ok(None)` when none
    /// of the three required variables is set; an error naming what is
    /// missing when only some are.
    pub fn from_env(env: &Env) -> Result<Option<Self>, CredentialsError> {
        let role = env.get("ALIBABA_CLOUD_ROLE_ARN");
        let provider = env.get("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
        let file = env.get("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
        match (role, provider, file) {
            (None, None, None) => Ok(None),
            (Some(role), Some(provider), Some(file)) => {
                let mut p = Self::new(role.trim(), provider.trim(), file.trim())
                    .sts_endpoint(StsEndpoint::from_env(env));
                if let Some(name) = env.get("ALIBABA_CLOUD_ROLE_SESSION_NAME") {
                    p = p.session_name(name.trim());
                }
                Ok(Some(p))
            }
            (role, provider, file) => {
                let missing: Vec<&str> = [
                    ("ALIBABA_CLOUD_ROLE_ARN", role.is_none()),
                    ("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", provider.is_none()),
                    ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", file.is_none()),
                ]
                .into_iter()
                .filter(|(_, m)| *m)
                .map(|(n, _)| n)
                .collect();
                Err(CredentialsError::new(format!(
                    "OIDC role settings are incomplete: {} not set",
                    missing.join(", ")
                )))
            }
        }
    }

    fn set(mut self, f: impl FnOnce(&mut AssumeRoleWithOidc)) -> Self {
        let inner = self.cache.inner_mut();
        f(inner);
        inner.config = OnceLock::new();
        self
    }

    /// The role session name (default `workflow-sdk-<unix ms>`).
    pub fn session_name(self, name: impl Into<String>) -> Self {
        let name = name.into();
        self.set(|a| a.session_name = Some(name))
    }

    /// How long each session lasts (at least 15 minutes).
    pub fn duration(self, d: Duration) -> Self {
        self.set(|a| a.duration = Some(d))
    }

    /// A policy narrowing what the session may do.
    pub fn policy(self, policy: impl Into<String>) -> Self {
        let policy = policy.into();
        self.set(|a| a.policy = Some(policy))
    }

    /// Which STS endpoint to call.
    pub fn sts_endpoint(self, endpoint: StsEndpoint) -> Self {
        self.set(|a| a.endpoint = endpoint)
    }

    /// The HTTP client for STS calls (by default one like the API calls':
    /// the environment's proxy settings, `NO_PROXY` included, apply).
    pub fn http_client(self, client: reqwest::Client) -> Self {
        self.set(|a| a.http = Some(client))
    }

    /// The retry policy of STS calls (default [`RetryConfig::standard`]).
    pub fn retry(self, retry: RetryConfig) -> Self {
        self.set(|a| a.retry = retry)
    }

    /// Refresh this long before the session expires (see
    /// [`CachedProvider::refresh_before`]).
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.cache = self.cache.refresh_before(margin);
        self
    }
}

impl AssumeRoleWithOidc {
    /// The STS client's configuration: the endpoint, limits and retries,
    /// and no credentials at all (the operation is unsigned, `security:
    /// []` in `specs/sts.yaml`).
    fn config(&self) -> Result<&Config, CredentialsError> {
        self.config
            .get_or_init(|| {
                let url = self
                    .endpoint
                    .resolve()
                    .map_err(|e| e.message().to_string())?;
                let mut b = Config::builder()
                    .endpoint_url_for("sts", url)
                    .timeout(STS_TIMEOUT)
                    .total_timeout(STS_TIMEOUT.saturating_mul(3))
                    .max_response_bytes(MAX_STS_BODY)
                    .retry(self.retry.clone());
                if let Some(http) = &self.http {
                    b = b.http_client(http.clone());
                }
                b.build().map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(|e| CredentialsError::new(e.clone()))
    }

    async fn read_token(&self) -> Result<Secret, CredentialsError> {
        let file = &self.token_file;
        let fail =
            |m: String| CredentialsError::new(format!("OIDC token file {}: {m}", file.display()));
        let meta = tokio::fs::metadata(file)
            .await
            .map_err(|e| fail(format!("cannot be read: {e}")))?;
        if meta.len() > MAX_TOKEN_FILE {
            return Err(fail(format!("is larger than {MAX_TOKEN_FILE} bytes")));
        }
        let text = tokio::fs::read_to_string(file)
            .await
            .map_err(|e| fail(format!("cannot be read: {e}")))?;
        let token = text.trim();
        if token.is_empty() {
            return Err(fail("is empty".into()));
        }
        Ok(Secret::new(token))
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        const ACTION: &str = "AssumeRoleWithOIDC";
        let token = self.read_token().await?;
        let config = self.config()?;
        let duration = duration_seconds(self.duration)?;
        let session = self
            .session_name
            .clone()
            .unwrap_or_else(default_session_name);
        let (role, provider, policy) = (
            self.role_arn.clone(),
            self.provider_arn.clone(),
            self.policy.clone(),
        );
        let client = crate::sts::Client::new(config);
        // The token is a `Secret` in the generated body (`format:
        // password`), and the runtime sends the body form-encoded: never in
        // the URL, never printed.
        let call = client.assume_role_with_oidc().body_map(move |b| {
            let b = b
                .role_arn(role)
                .oidc_provider_arn(provider)
                .oidc_token(token)
                .role_session_name(session)
                .duration_seconds(duration);
            match policy {
                Some(p) => b.policy(p),
                None => b,
            }
        });
        let role = &self.role_arn;
        let response = call
            .send()
            .await
            .map_err(|e| CredentialsError::new(format!("{ACTION} for {role} failed: {e}")))?;
        let c = from_sts(ACTION, response.credentials.as_ref())?;
        tracing::debug!(role_arn = %role, "role assumed with an OIDC token");
        Ok(c)
    }
}

impl ProvideCredentials for AssumeRoleWithOidc {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

impl ProvideCredentials for OidcRoleProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}
