//! ECS instance RAM role credentials from the instance metadata service.

use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use serde::Deserialize;

use super::{
    CachedProvider, Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials,
    Secret, env_true, parse_expiration,
};

/// Credentials of the RAM role attached to the ECS instance, from the
/// instance metadata service (IMDS):
///
/// 1. a session token (`PUT /latest/api/token`, hardened mode); when the
///    service refuses it, the v1 flow without a token, unless
///    `ALIBABA_CLOUD_IMDSV1_DISABLED=true`;
/// 2. the role name (`GET /latest/meta-data/ram/security-credentials/`,
///    first line, trimmed), unless given or set in
///    `ALIBABA_CLOUD_ECS_METADATA`;
/// 3. the temporary credentials of that role (the name percent-encoded as
///    one path segment), with their expiration.
///
/// The traffic never goes through an environment proxy and follows no
/// redirect; every answer is limited to 8 KiB. A service that cannot be
/// reached means "not on ECS" (not configured), learned once per process
/// for each address; one that answers slowly or badly is an error.
/// `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true` turns it off. The result is
/// cached and refreshed as [`CachedProvider`] does.
#[derive(Debug)]
pub struct EcsRamRoleProvider {
    cache: CachedProvider<Imds>,
}

#[derive(Debug)]
struct Imds {
    env: Env,
    base_url: String,
    role_name: Option<String>,
    /// `Err` holds why the HTTP client could not be built.
    http: Result<reqwest::Client, String>,
}

/// The metadata service's address on every ECS instance.
pub const DEFAULT_IMDS_URL: &str = "http://100.100.100.200";

/// The largest metadata answer read.
const MAX_IMDS_BODY: usize = 8 * 1024;

/// Metadata addresses found unreachable in this process.
static UNREACHABLE: Mutex<Option<HashSet<String>>> = Mutex::new(None);

fn known_unreachable(base: &str) -> bool {
    UNREACHABLE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .is_some_and(|s| s.contains(base))
}

fn remember_unreachable(base: &str) {
    UNREACHABLE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_or_insert_with(HashSet::new)
        .insert(base.to_string());
}

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
    access_key_secret: Option<Secret>,
    #[serde(default)]
    security_token: Option<Secret>,
    #[serde(default)]
    expiration: String,
}

/// Why a metadata request failed.
enum Fault {
    /// Nothing answered: not on ECS.
    Unreachable(String),
    /// Something answered, slowly or badly.
    Bad(String),
}

impl EcsRamRoleProvider {
    /// The real metadata service, configured from the process environment.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// The real metadata service, configured from the given environment.
    pub fn with_env(env: Env) -> Self {
        Self {
            cache: CachedProvider::new(Imds {
                env,
                base_url: DEFAULT_IMDS_URL.to_string(),
                role_name: None,
                http: super::local_http_client(Duration::from_secs(1), Duration::from_secs(3)),
            }),
        }
    }

    /// Talks to this metadata service instead (a local one in tests).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.cache.inner_mut().base_url = url.into().trim_end_matches('/').to_string();
        self
    }

    /// Uses this role instead of asking the metadata service.
    pub fn role_name(mut self, name: impl Into<String>) -> Self {
        self.cache.inner_mut().role_name = Some(name.into());
        self
    }
}

impl Imds {
    async fn request(
        &self,
        request: reqwest::RequestBuilder,
        what: &str,
    ) -> Result<(u16, Vec<u8>), Fault> {
        let base = &self.base_url;
        let response = request.send().await.map_err(|e| {
            if e.is_connect() {
                Fault::Unreachable(format!(
                    "metadata service {base} unreachable (not on ECS?): {}",
                    e.without_url()
                ))
            } else if e.is_timeout() {
                Fault::Bad(format!(
                    "metadata service {base} answered too slowly ({what})"
                ))
            } else {
                Fault::Bad(format!(
                    "metadata service {base} failed ({what}): {}",
                    e.without_url()
                ))
            }
        })?;
        if let Some(note) = super::redirect_note(&response) {
            return Err(Fault::Bad(format!(
                "metadata service {base} {note} ({what})"
            )));
        }
        let status = response.status().as_u16();
        let body = super::read_limited(response, MAX_IMDS_BODY)
            .await
            .map_err(|e| Fault::Bad(format!("metadata service {base} ({what}): {e}")))?;
        Ok((status, body))
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let result = self.try_load().await;
        result.map_err(|f| match f {
            Fault::Unreachable(m) => {
                remember_unreachable(&self.base_url);
                CredentialsError::not_configured(m)
            }
            Fault::Bad(m) => CredentialsError::new(m),
        })
    }

    async fn try_load(&self) -> Result<Credentials, Fault> {
        if env_true(&self.env, "ALIBABA_CLOUD_ECS_METADATA_DISABLED") {
            return Err(Fault::Unreachable(
                "disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED".into(),
            ));
        }
        let base = &self.base_url;
        if known_unreachable(base) {
            return Err(Fault::Unreachable(format!(
                "metadata service {base} was unreachable earlier in this process (not on ECS)"
            )));
        }
        let http = self
            .http
            .as_ref()
            .map_err(|e| Fault::Bad(format!("cannot build an HTTP client: {e}")))?;
        let bad = |m: String| Fault::Bad(format!("metadata service {base} {m}"));

        // Hardened mode first; v1 when the service refuses a token.
        let (status, body) = self
            .request(
                http.put(format!("{base}/latest/api/token"))
                    .header("X-aliyun-ecs-metadata-token-ttl-seconds", "21600"),
                "session token",
            )
            .await?;
        let token = if (200..300).contains(&status) {
            let token = String::from_utf8_lossy(&body).trim().to_string();
            if token.is_empty() {
                return Err(bad("answered an empty session token".into()));
            }
            Some(token)
        } else if env_true(&self.env, "ALIBABA_CLOUD_IMDSV1_DISABLED") {
            return Err(bad(format!(
                "refused a session token (HTTP {status}) and ALIBABA_CLOUD_IMDSV1_DISABLED forbids the v1 flow"
            )));
        } else {
            tracing::debug!(
                status,
                "metadata service refused a session token; using the v1 flow"
            );
            None
        };
        let get = |path: &str| {
            let mut r = http.get(format!(
                "{base}/latest/meta-data/ram/security-credentials/{path}"
            ));
            if let Some(t) = &token {
                r = r.header("X-aliyun-ecs-metadata-token", t);
            }
            r
        };
        let role = match self
            .role_name
            .clone()
            .or_else(|| self.env.get("ALIBABA_CLOUD_ECS_METADATA"))
        {
            Some(r) => r.trim().to_string(),
            None => {
                let (status, body) = self.request(get(""), "role name").await?;
                if status == 404 {
                    return Err(Fault::Unreachable(
                        "no RAM role is attached to this instance".into(),
                    ));
                }
                if !(200..300).contains(&status) {
                    return Err(bad(format!("answered HTTP {status} for the role name")));
                }
                String::from_utf8_lossy(&body)
                    .lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(str::to_string)
                    .ok_or_else(|| {
                        Fault::Unreachable("no RAM role is attached to this instance".into())
                    })?
            }
        };
        let segment = crate::signing::percent_encode(&role);
        let (status, body) = self.request(get(&segment), "role credentials").await?;
        if !(200..300).contains(&status) {
            return Err(bad(format!(
                "answered HTTP {status} for the credentials of role {role}"
            )));
        }
        let c: RoleCredentials = serde_json::from_slice(&body).map_err(|e| {
            bad(format!(
                "answered credentials of role {role} that are not the expected JSON: {e}"
            ))
        })?;
        if c.code != "Success" {
            return Err(bad(format!(
                "answered Code {:?} for the credentials of role {role}",
                c.code
            )));
        }
        let incomplete = || bad(format!("answered incomplete credentials of role {role}"));
        let secret = c
            .access_key_secret
            .filter(|s| !s.expose().is_empty())
            .ok_or_else(incomplete)?;
        let token = c
            .security_token
            .filter(|s| !s.expose().is_empty())
            .ok_or_else(incomplete)?;
        if c.access_key_id.trim().is_empty() {
            return Err(incomplete());
        }
        let expiry = parse_expiration(&c.expiration)
            .map_err(|e| bad(format!("credentials of role {role}: {e}")))?;
        Ok(Credentials::new(c.access_key_id.trim(), secret)
            .with_security_token(token)
            .with_expiry(expiry))
    }
}

impl ProvideCredentials for Imds {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}

impl ProvideCredentials for EcsRamRoleProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}
