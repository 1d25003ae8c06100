//! Credentials from a local credentials service (`ALIBABA_CLOUD_CREDENTIALS_URI`).

use std::time::Duration;

use serde::Deserialize;

use super::{
    CachedProvider, Credentials, CredentialsError, CredentialsFuture, Env, MAX_CREDENTIALS_BODY,
    ProvideCredentials, Secret, parse_expiration,
};

/// Credentials from an HTTP service, as Alibaba Cloud's libraries read
/// `ALIBABA_CLOUD_CREDENTIALS_URI`: a `GET` of the URI answers
/// `{"Code": "Success", "AccessKeyId": .., "AccessKeySecret": ..,
/// "SecurityToken": .., "Expiration": ..}`.
///
/// The request goes straight to the URI: no environment proxy, no
/// redirect, and an answer over 16 KiB is refused. What comes back is
/// cached and refreshed as [`CachedProvider`] does.
#[derive(Debug)]
pub struct CredentialsUriProvider {
    cache: CachedProvider<FetchUri>,
}

struct FetchUri {
    uri: String,
    http: Result<reqwest::Client, String>,
}

impl std::fmt::Debug for FetchUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URI may carry a token in its path or query: its origin only.
        f.debug_struct("FetchUri")
            .field("origin", &origin(&self.uri))
            .finish_non_exhaustive()
    }
}

/// `scheme://host:port` of a URI, for messages.
fn origin(uri: &str) -> String {
    reqwest::Url::parse(uri)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_else(|_| "the credentials URI".into())
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct UriAnswer {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: Option<Secret>,
    #[serde(default)]
    security_token: Option<Secret>,
    #[serde(default)]
    expiration: Option<String>,
}

impl CredentialsUriProvider {
    /// Asks this URI (`http://127.0.0.1:8080/credentials`, ...).
    pub fn new(uri: impl Into<String>) -> Self {
        Self {
            cache: CachedProvider::new(FetchUri {
                uri: uri.into(),
                http: super::local_http_client(Duration::from_secs(5), Duration::from_secs(10)),
            }),
        }
    }

    /// From `ALIBABA_CLOUD_CREDENTIALS_URI`; `None` when it is not set.
    pub fn from_env(env: &Env) -> Option<Self> {
        env.get("ALIBABA_CLOUD_CREDENTIALS_URI")
            .map(|u| Self::new(u.trim()))
    }

    /// Refresh this long before the credentials expire (see
    /// [`CachedProvider::refresh_before`]).
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.cache = self.cache.refresh_before(margin);
        self
    }
}

impl FetchUri {
    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        // The URI may carry a token in its query: only its origin is named.
        let shown = origin(&self.uri);
        let fail = |m: String| CredentialsError::new(format!("credentials URI {shown}: {m}"));
        let http = self
            .http
            .as_ref()
            .map_err(|e| fail(format!("cannot build an HTTP client: {e}")))?;
        let url = reqwest::Url::parse(&self.uri).map_err(|e| fail(format!("not a URL: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(fail("must be http or https".into()));
        }
        let response = http
            .get(url)
            .send()
            .await
            .map_err(|e| fail(format!("unreachable: {}", e.without_url())))?;
        if let Some(note) = super::redirect_note(&response) {
            return Err(fail(note));
        }
        let status = response.status();
        let body = super::read_limited(response, MAX_CREDENTIALS_BODY)
            .await
            .map_err(fail)?;
        if !status.is_success() {
            return Err(fail(format!("answered HTTP {}", status.as_u16())));
        }
        let a: UriAnswer = serde_json::from_slice(&body)
            .map_err(|e| fail(format!("the answer is not the expected JSON: {e}")))?;
        if let Some(code) = a.code.as_deref().filter(|c| *c != "Success") {
            return Err(fail(format!("answered Code {code:?}")));
        }
        let secret = a
            .access_key_secret
            .filter(|s| !s.expose().trim().is_empty() && !a.access_key_id.trim().is_empty())
            .ok_or_else(|| fail("the answer lacks AccessKeyId or AccessKeySecret".into()))?;
        let mut c = Credentials::new(a.access_key_id.trim(), secret);
        if let Some(t) = a.security_token.filter(|t| !t.expose().trim().is_empty()) {
            c = c.with_security_token(t);
        }
        if let Some(e) = a.expiration.as_deref().filter(|e| !e.trim().is_empty()) {
            c = c.with_expiry(parse_expiration(e).map_err(fail)?);
        }
        Ok(c)
    }
}

impl ProvideCredentials for FetchUri {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

impl ProvideCredentials for CredentialsUriProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}
