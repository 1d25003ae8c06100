//! ECS instance RAM role credentials from the instance metadata service.

use std::time::{Duration, SystemTime};

use serde::Deserialize;

use super::{Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials};

/// Credentials of the RAM role attached to the ECS instance, from the
/// instance metadata service (IMDS):
///
/// 1. a session token (`PUT /latest/api/token`, hardened mode);
/// 2. the role name (`GET /latest/meta-data/ram/security-credentials/`),
///    unless given or set in `ALIBABA_CLOUD_ECS_METADATA`;
/// 3. the temporary credentials of that role, with their expiration.
///
/// `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns it off. The base URL is
/// configurable so tests can run it against a local server.
#[derive(Clone, Debug)]
pub struct EcsRamRoleProvider {
    env: Env,
    base_url: String,
    role_name: Option<String>,
    /// `Err` holds why the HTTP client could not be built.
    http: Result<reqwest::Client, String>,
}

/// The metadata service's address on every ECS instance.
pub const DEFAULT_IMDS_URL: &str = "http://100.100.100.200";

impl Default for EcsRamRoleProvider {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RoleCredentials {
    #[serde(default)]
    code: String,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: String,
    #[serde(default)]
    security_token: String,
    #[serde(default)]
    expiration: String,
}

impl EcsRamRoleProvider {
    /// The real metadata service, configured from the process environment.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// The real metadata service, configured from the given environment.
    pub fn with_env(env: Env) -> Self {
        let http = crate::config::build_http_client(
            reqwest::Client::builder()
                .connect_timeout(Duration::from_secs(1))
                .timeout(Duration::from_secs(3))
                .no_proxy(),
        )
        .map_err(|e| e.to_string());
        Self {
            env,
            base_url: DEFAULT_IMDS_URL.to_string(),
            role_name: None,
            http,
        }
    }

    /// Talks to this metadata service instead (a local one in tests).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_string();
        self
    }

    /// Uses this role instead of asking the metadata service.
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.role_name = Some(name.into());
        self
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        if self
            .env
            .get("ALIBABA_CLOUD_ECS_METADATA_DISABLED")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
        {
            return Err(CredentialsError::not_configured(
                "disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED",
            ));
        }
        let http = self
            .http
            .as_ref()
            .map_err(|e| CredentialsError::new(format!("cannot build an HTTP client: {e}")))?;
        let base = &self.base_url;
        let unreachable = |e: reqwest::Error| {
            CredentialsError::not_configured(format!(
                "metadata service {base} unreachable (not on ECS?): {e}"
            ))
        };
        let token = http
            .put(format!("{base}/latest/api/token"))
            .header("X-aliyun-ecs-metadata-token-ttl-seconds", "21600")
            .send()
            .await
            .map_err(unreachable)?;
        if !token.status().is_success() {
            return Err(CredentialsError::new(format!(
                "metadata token request answered HTTP {}",
                token.status().as_u16()
            )));
        }
        let token = token.text().await.map_err(unreachable)?;
        let token = token.trim().to_string();
        let get = |path: String| {
            http.get(format!(
                "{base}/latest/meta-data/ram/security-credentials/{path}"
            ))
            .header("X-aliyun-ecs-metadata-token", &token)
            .send()
        };
        let role = match self
            .role_name
            .clone()
            .or_else(|| self.env.get("ALIBABA_CLOUD_ECS_METADATA"))
        {
            Some(r) => r,
            None => {
                let resp = get(String::new()).await.map_err(unreachable)?;
                if resp.status() == reqwest::StatusCode::NOT_FOUND {
                    return Err(CredentialsError::not_configured(
                        "no RAM role is attached to this instance",
                    ));
                }
                if !resp.status().is_success() {
                    return Err(CredentialsError::new(format!(
                        "role name request answered HTTP {}",
                        resp.status().as_u16()
                    )));
                }
                let text = resp.text().await.map_err(unreachable)?;
                text.lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(str::to_string)
                    .ok_or_else(|| {
                        CredentialsError::not_configured("no RAM role is attached to this instance")
                    })?
            }
        };
        let resp = get(role.clone()).await.map_err(unreachable)?;
        if !resp.status().is_success() {
            return Err(CredentialsError::new(format!(
                "credentials of role {role} answered HTTP {}",
                resp.status().as_u16()
            )));
        }
        let body = resp.bytes().await.map_err(unreachable)?;
        let c: RoleCredentials = serde_json::from_slice(&body).map_err(|e| {
            CredentialsError::new(format!(
                "credentials of role {role} are not the expected JSON: {e}"
            ))
        })?;
        if c.code != "Success" {
            return Err(CredentialsError::new(format!(
                "credentials of role {role}: Code is {:?}",
                c.code
            )));
        }
        if c.access_key_id.is_empty()
            || c.access_key_secret.is_empty()
            || c.security_token.is_empty()
        {
            return Err(CredentialsError::new(format!(
                "credentials of role {role} are incomplete"
            )));
        }
        let expiry = time::OffsetDateTime::parse(
            c.expiration.trim(),
            &time::format_description::well_known::Rfc3339,
        )
        .map_err(|e| {
            CredentialsError::new(format!(
                "credentials of role {role}: bad Expiration {:?}: {e}",
                c.expiration
            ))
        })?;
        let expiry =
            SystemTime::UNIX_EPOCH + Duration::from_secs(expiry.unix_timestamp().max(0) as u64);
        Ok(Credentials::new(c.access_key_id, c.access_key_secret)
            .with_security_token(c.security_token)
            .with_expiry(expiry))
    }
}

impl ProvideCredentials for EcsRamRoleProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}
