//! Credentials and secrets.
//!
//! Alibaba Cloud credentials come from a [`ProvideCredentials`]: given in
//! code ([`Credentials`] itself), or found by one of the providers here,
//! tried in order by [`DefaultCredentialsChain`] and cached by
//! [`CachedProvider`] (which is what [`crate::ConfigBuilder::from_env`]
//! sets up). Every provider of temporary credentials caches what it gets
//! the same way, so each is usable on its own.

mod cache;
mod chain;
mod cli_config;
mod env;
mod external;
mod imds;
mod profile;
mod sts;
mod uri;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::SystemTime;

pub use cache::CachedProvider;
pub use chain::DefaultCredentialsChain;
pub use cli_config::CliConfigProvider;
pub use env::{Env, EnvironmentProvider};
pub use external::ExternalProcessProvider;
pub use imds::EcsRamRoleProvider;
pub use profile::ProfileFileProvider;
pub use sts::{OidcRoleProvider, RamRoleArnProvider, StsEndpoint};
pub use uri::CredentialsUriProvider;

/// The `region_id` of the `aliyun` CLI profile the default chain would use
/// (`ALIBABA_CLOUD_PROFILE`, else the file's `current`), unless
/// `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`. [`crate::ConfigBuilder::from_env`]
/// takes it as the region when `ALIBABA_CLOUD_REGION_ID` is not set.
pub fn profile_region(env: &Env) -> Option<String> {
    if env_true(env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED") {
        return None;
    }
    CliConfigProvider::with_env(env.clone()).region()
}

/// The largest credentials answer read from a metadata service, a
/// credentials URI or an external command: a real one is under 4 KiB.
pub(crate) const MAX_CREDENTIALS_BODY: usize = 16 * 1024;

/// Whether a variable is set to `true` (any case).
pub(crate) fn env_true(env: &Env, name: &str) -> bool {
    env.get(name)
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// Reads at most `limit` bytes of a response body; more is an error.
pub(crate) async fn read_limited(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, String> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(format!("the answer is larger than {limit} bytes"));
    }
    let mut buf = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        if buf.len().saturating_add(chunk.len()) > limit {
            return Err(format!("the answer is larger than {limit} bytes"));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// An ISO 8601 / RFC 3339 expiration (`2026-01-01T00:00:00Z`) as a
/// `SystemTime`, without overflow whatever the year.
pub(crate) fn parse_expiration(text: &str) -> Result<SystemTime, String> {
    let t =
        time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
            .map_err(|e| format!("bad Expiration {:?}: {e}", text.trim()))?;
    let secs = t.unix_timestamp();
    let at = if secs >= 0 {
        SystemTime::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(secs as u64))
    } else {
        SystemTime::UNIX_EPOCH.checked_sub(std::time::Duration::from_secs(secs.unsigned_abs()))
    };
    at.ok_or_else(|| format!("Expiration {:?} is out of range", text.trim()))
}

/// An HTTP client for credential endpoints on the local network (instance
/// metadata, a credentials URI): no environment proxy, where a plain-HTTP
/// proxy would see the credentials, and no redirect, so they come only from
/// the address configured.
pub(crate) fn local_http_client(
    connect: std::time::Duration,
    total: std::time::Duration,
) -> Result<reqwest::Client, String> {
    crate::config::build_http_client(
        reqwest::Client::builder()
            .connect_timeout(connect)
            .timeout(total)
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none()),
    )
    .map_err(|e| e.to_string())
}

/// Describes a redirect answer: status and where it pointed.
pub(crate) fn redirect_note(response: &reqwest::Response) -> Option<String> {
    response.status().is_redirection().then(|| {
        let location = response
            .headers()
            .get(http::header::LOCATION)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
            .unwrap_or_default();
        format!(
            "answered with a redirect (HTTP {}, Location {location:?}), which is not followed",
            response.status().as_u16()
        )
    })
}

/// A secret value (access key secret, security token, API key). Debug and
/// Display print a redaction marker; [`Secret::expose`] is the only way to
/// read it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(std::sync::Arc<str>);

impl Secret {
    /// What Debug and Display print instead of the value.
    pub const REDACTED: &'static str = "** redacted **";

    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into().into())
    }

    /// The secret itself. Do not log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Self::REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Self::REDACTED)
    }
}

impl serde::Serialize for Secret {
    /// Writes the value itself: serializing is how a secret travels on
    /// purpose (a request body, a round trip); printing it is not.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::new)
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Self::new(s)
    }
}

/// Alibaba Cloud credentials: an AccessKey pair, plus a security token for
/// temporary (STS) credentials.
///
/// ```
/// use workflow_sdk::Credentials;
/// let creds = Credentials::new("LTAI5tExample", "secret-value");
/// assert!(!format!("{creds:?}").contains("secret-value"));
/// ```
///
/// Equality compares the id, secret, token and expiry.
#[derive(Clone)]
pub struct Credentials {
    // Shared text: credentials are cloned for every request attempt.
    access_key_id: std::sync::Arc<str>,
    access_key_secret: Secret,
    security_token: Option<Secret>,
    expiry: Option<SystemTime>,
    // The secret's HMAC key schedule, made on the first signature and
    // shared by every clone: providers and caches hand out clones of one
    // value for every attempt, so each credential is keyed once, not once
    // per request. Secret material: Debug leaves it out.
    signing_key: std::sync::Arc<std::sync::OnceLock<crate::signing::SigningKey>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &self.access_key_secret)
            .field("security_token", &self.security_token)
            .field("expiry", &self.expiry)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Credentials {
    /// The signing key is derived from the secret, so it is not compared.
    fn eq(&self, other: &Self) -> bool {
        self.access_key_id == other.access_key_id
            && self.access_key_secret == other.access_key_secret
            && self.security_token == other.security_token
            && self.expiry == other.expiry
    }
}

impl Eq for Credentials {}

impl Credentials {
    /// Long-term AccessKey credentials.
    pub fn new(access_key_id: impl Into<String>, access_key_secret: impl Into<Secret>) -> Self {
        Self {
            access_key_id: access_key_id.into().into(),
            access_key_secret: access_key_secret.into(),
            security_token: None,
            expiry: None,
            signing_key: Default::default(),
        }
    }

    /// When temporary credentials stop working; caches refresh before then.
    pub fn with_expiry(mut self, expiry: SystemTime) -> Self {
        self.expiry = Some(expiry);
        self
    }

    /// When the credentials expire (`None`: they do not).
    pub fn expiry(&self) -> Option<SystemTime> {
        self.expiry
    }

    /// Temporary STS credentials; the token is sent and signed as
    /// `x-acs-security-token`.
    pub fn with_security_token(mut self, token: impl Into<Secret>) -> Self {
        self.security_token = Some(token.into());
        self
    }

    /// The AccessKey id (not secret).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &Secret {
        &self.access_key_secret
    }

    /// The STS security token, if any.
    pub fn security_token(&self) -> Option<&Secret> {
        self.security_token.as_ref()
    }

    /// The AccessKey pair made ready to sign with: keyed on first use,
    /// then shared by this value and every clone of it (the clients sign
    /// every request with it).
    pub fn signing_key(&self) -> &crate::signing::SigningKey {
        self.signing_key.get_or_init(|| {
            crate::signing::SigningKey::from_shared_id(
                self.access_key_id.clone(),
                self.access_key_secret.expose(),
            )
        })
    }
}

/// Why credentials could not be had. The message never holds a secret.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialsError {
    message: String,
    not_configured: bool,
}

impl CredentialsError {
    /// The source is set up but failed (a broken file, an unreachable
    /// metadata service).
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            not_configured: false,
        }
    }

    /// The source is simply not set up here (no variable, no file).
    pub fn not_configured(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            not_configured: true,
        }
    }

    /// Whether the source was not set up at all, as opposed to failing.
    pub fn is_not_configured(&self) -> bool {
        self.not_configured
    }

    /// The reason.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CredentialsError {}

/// A future returned by [`ProvideCredentials`].
pub type CredentialsFuture<'a> =
    Pin<Box<dyn Future<Output = Result<Credentials, CredentialsError>> + Send + 'a>>;

/// Something that hands out Alibaba Cloud credentials, asked afresh for
/// every request attempt.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Returns credentials valid for signing a request now.
    fn provide_credentials(&self) -> CredentialsFuture<'_>;
}

impl ProvideCredentials for Credentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let creds = self.clone();
        Box::pin(async move { Ok(creds) })
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for std::sync::Arc<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        (**self).provide_credentials()
    }
}

/// Reads a credentials or configuration file: a missing file means the
/// source is not set up here, any other failure is an error.
async fn read_config_file(file: &std::path::Path) -> Result<String, CredentialsError> {
    match tokio::fs::read_to_string(file).await {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(
            CredentialsError::not_configured(format!("{} does not exist", file.display())),
        ),
        Err(e) => Err(CredentialsError::new(format!(
            "cannot read {}: {e}",
            file.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "Zq8vN3xKp2LmW7rTy5HdQe4U";

    fn signature(key: &crate::signing::SigningKey) -> String {
        let headers = [("host", "h"), ("x-acs-security-token", "token")];
        key.sign(
            &crate::signing::Request::new("GET", "/")
                .headers(&headers)
                .date("2026-01-01T00:00:00Z")
                .nonce("n"),
        )
        .authorization()
        .to_string()
    }

    #[test]
    fn the_signing_key_is_made_once_and_shared_by_clones() {
        let creds = Credentials::new("LTAI5tId", SECRET);
        // Clones made before and after the first signature share one key.
        let before = creds.clone();
        let key = creds.signing_key();
        let after = creds.clone().with_security_token("t");
        assert!(std::ptr::eq(key, before.signing_key()));
        assert!(std::ptr::eq(key, after.signing_key()));
        assert_eq!(key.access_key_id(), "LTAI5tId");
        assert_eq!(
            signature(key),
            signature(&crate::signing::SigningKey::new("LTAI5tId", SECRET))
        );
    }

    #[test]
    fn equality_ignores_whether_the_key_was_made() {
        let a = Credentials::new("LTAI5tId", SECRET);
        let b = Credentials::new("LTAI5tId", SECRET);
        a.signing_key();
        assert_eq!(a, b);
        assert_ne!(a, Credentials::new("LTAI5tId", "other"));
        assert_ne!(a, b.clone().with_security_token("t"));
    }

    #[test]
    fn debug_leaves_the_signing_key_out() {
        let creds = Credentials::new("LTAI5tId", SECRET).with_security_token("token-value");
        let unkeyed = format!("{creds:?}");
        creds.signing_key();
        let keyed = format!("{creds:?}");
        assert_eq!(unkeyed, keyed);
        assert!(keyed.contains("LTAI5tId"), "{keyed}");
        for hidden in [SECRET, "token-value", "SigningKey"] {
            assert!(!keyed.contains(hidden), "{keyed}");
        }
    }
}
