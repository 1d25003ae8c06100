//! Shared configuration for every API client.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::Error;
use crate::credentials::{
    CachedProvider, DefaultCredentialsChain, Env, ProvideCredentials, Secret,
};
use crate::retry::{RetryBudget, RetryConfig, SharedBudget};
use crate::skew::SharedClock;

/// Configuration shared by every API client: region, endpoints,
/// credentials and the HTTP client. Cheap to clone.
///
/// ```
/// use workflow_sdk::{Config, Credentials};
/// let config = Config::builder()
///     .region("cn-shanghai")
///     .credentials(Credentials::new("LTAI5tExample", "secret"))
///     .build()
///     .unwrap();
/// let ice = workflow_sdk::ice::Client::new(&config);
/// # let _ = ice;
/// ```
#[derive(Clone)]
pub struct Config {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    region: Option<String>,
    retry: RetryConfig,
    budget: SharedBudget,
    total_timeout: Duration,
    max_response_bytes: u64,
    endpoint_url: Option<String>,
    endpoint_urls: BTreeMap<String, String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    api_key: Option<Secret>,
    http: reqwest::Client,
    connect_timeout: Duration,
    timeout: Duration,
    clock: SharedClock,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Config")
            .field("region", &i.region)
            .field("endpoint_url", &i.endpoint_url)
            .field("endpoint_urls", &i.endpoint_urls)
            .field("credentials", &i.credentials)
            .field("api_key", &i.api_key)
            .field("connect_timeout", &i.connect_timeout)
            .field("timeout", &i.timeout)
            .field("total_timeout", &i.total_timeout)
            .field("retry", &i.retry)
            .field("max_response_bytes", &i.max_response_bytes)
            .finish_non_exhaustive()
    }
}

impl Config {
    /// Default time allowed to open a connection.
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
    /// Default time allowed for one request attempt, connection included.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
    /// Default time allowed for a whole call, retries and backoff included.
    pub const DEFAULT_TOTAL_TIMEOUT: Duration = Duration::from_secs(120);
    /// Default largest response body accepted.
    pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 64 * 1024 * 1024;

    /// Starts a configuration with nothing set.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Starts a configuration from the environment: see
    /// [`ConfigBuilder::from_env`].
    pub fn builder_from_env() -> ConfigBuilder {
        ConfigBuilder::from_env()
    }

    /// The region, if set.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }

    /// The endpoint URL override for an API module (`ice`, `ros`, ...):
    /// the per-API override, else the global one.
    pub fn endpoint_url_for(&self, module: &str) -> Option<&str> {
        self.inner
            .endpoint_urls
            .get(module)
            .or(self.inner.endpoint_url.as_ref())
            .map(String::as_str)
    }

    /// The Alibaba Cloud credentials provider, if set.
    pub fn credentials_provider(&self) -> Option<&Arc<dyn ProvideCredentials>> {
        self.inner.credentials.as_ref()
    }

    /// The AltaBots API key, if set.
    pub fn api_key(&self) -> Option<&Secret> {
        self.inner.api_key.as_ref()
    }

    /// The HTTP client all API clients made from this configuration share.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryConfig {
        &self.inner.retry
    }

    pub(crate) fn shared_budget(&self) -> SharedBudget {
        self.inner.budget.clone()
    }

    /// The signing clock's offset from the local clock, shared by every
    /// client of this configuration (corrected when a service says the
    /// local clock is off).
    pub(crate) fn shared_clock(&self) -> SharedClock {
        self.inner.clock.clone()
    }

    /// Checks that `region` is a region id: one DNS label of lower-case
    /// ASCII letters, digits and hyphens (`cn-shanghai`, `ap-southeast-1`),
    /// neither starting nor ending with a hyphen, at most 63 characters.
    /// The region becomes part of endpoint host names, so anything else
    /// (dots, slashes, `@`, upper case, spaces) could send requests and
    /// credentials to another host; it is refused with [`Error::Config`].
    /// [`ConfigBuilder::build`] applies it to every region it is given.
    ///
    /// ```
    /// use workflow_sdk::Config;
    /// assert!(Config::validate_region("cn-shanghai").is_ok());
    /// assert!(Config::validate_region("evil.example.com#").is_err());
    /// ```
    pub fn validate_region(region: &str) -> Result<(), Error> {
        check_region(region).map_err(|problem| {
            Error::Config(format!(
                "region {:?} is not a region id: {problem}",
                shorten(region)
            ))
        })
    }

    /// The retry budget shared by clients made from this configuration.
    pub fn retry_budget(&self) -> &RetryBudget {
        &self.inner.budget
    }

    /// Time allowed for one attempt.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// Time allowed to connect.
    pub fn connect_timeout(&self) -> Duration {
        self.inner.connect_timeout
    }

    /// Time allowed for a whole call.
    pub fn total_timeout(&self) -> Duration {
        self.inner.total_timeout
    }

    /// Largest response body accepted, in bytes.
    pub fn max_response_bytes(&self) -> u64 {
        self.inner.max_response_bytes
    }

    /// The same configuration with another retry policy, for one client:
    /// `ros::Client::new(&config.with_retry(RetryConfig::disabled()))`.
    /// The HTTP client and the retry budget stay shared.
    pub fn with_retry(&self, retry: RetryConfig) -> Config {
        let mut inner = (*self.inner).clone();
        inner.retry = retry;
        Config {
            inner: Arc::new(inner),
        }
    }

    /// The same configuration with other time limits for each attempt and
    /// the whole call (the connect timeout belongs to the HTTP client).
    /// Any value is accepted: a zero limit gives calls no time (they end
    /// with [`Error::Timeout`] unless they finish within the timer's first
    /// tick), [`Duration::MAX`] means no limit.
    pub fn with_timeouts(&self, attempt: Duration, total: Duration) -> Config {
        let mut inner = (*self.inner).clone();
        inner.timeout = attempt;
        inner.total_timeout = total;
        Config {
            inner: Arc::new(inner),
        }
    }
}

/// Builds a [`Config`].
#[derive(Default)]
pub struct ConfigBuilder {
    region: Option<String>,
    /// Where the region came from, for the error that refuses it.
    region_source: Option<&'static str>,
    endpoint_url: Option<String>,
    endpoint_urls: BTreeMap<String, String>,
    /// Modules named by string in `endpoint_url_for`, checked in `build`.
    unchecked_apis: Vec<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    api_key: Option<Secret>,
    http: Option<reqwest::Client>,
    connect_timeout: Option<Duration>,
    timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    retry: Option<RetryConfig>,
    max_response_bytes: Option<u64>,
}

impl fmt::Debug for ConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Endpoint URLs are not checked yet: one may still hold a password.
        let endpoint_url = self.endpoint_url.as_deref().map(redact_userinfo);
        let endpoint_urls: BTreeMap<&str, String> = self
            .endpoint_urls
            .iter()
            .map(|(k, v)| (k.as_str(), redact_userinfo(v)))
            .collect();
        f.debug_struct("ConfigBuilder")
            .field("region", &self.region)
            .field("endpoint_url", &endpoint_url)
            .field("endpoint_urls", &endpoint_urls)
            .field("credentials", &self.credentials)
            .field("api_key", &self.api_key)
            .finish_non_exhaustive()
    }
}

impl ConfigBuilder {
    /// A configuration from the environment, as Alibaba Cloud's own tools
    /// read it: the region from `ALIBABA_CLOUD_REGION_ID` (else the `aliyun`
    /// CLI profile's `region_id`), and credentials from the
    /// [`DefaultCredentialsChain`] (environment, OIDC role, `aliyun` CLI
    /// profile, credentials file, ECS RAM role, credentials URI), cached
    /// until shortly before they expire. Anything set afterwards on the
    /// builder wins.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), workflow_sdk::Error> {
    /// let config = workflow_sdk::Config::builder_from_env().build()?;
    /// let ros = workflow_sdk::ros::Client::new(&config);
    /// # let _ = ros; Ok(()) }
    /// ```
    pub fn from_env() -> Self {
        Self::from_env_vars(Env::process())
    }

    /// Like [`ConfigBuilder::from_env`], reading the given variables instead
    /// of the process environment.
    pub fn from_env_vars(env: Env) -> Self {
        let env_region = env
            .get("ALIBABA_CLOUD_REGION_ID")
            .map(|r| r.trim().to_string())
            // An empty variable is an unset one, as shells treat it.
            .filter(|r| !r.is_empty());
        let (region, region_source) = match env_region {
            Some(r) => (Some(r), Some("ALIBABA_CLOUD_REGION_ID")),
            None => match crate::credentials::profile_region(&env) {
                Some(r) => (Some(r), Some("the aliyun CLI profile's region_id")),
                None => (None, None),
            },
        };
        Self {
            region,
            region_source,
            credentials: Some(Arc::new(CachedProvider::new(
                DefaultCredentialsChain::with_env(env),
            ))),
            ..Self::default()
        }
    }

    /// The region, e.g. `cn-shanghai`. Regional APIs resolve their endpoint
    /// from it. [`ConfigBuilder::build`] refuses anything that is not a
    /// region id (see [`Config::validate_region`]).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self.region_source = None;
        self
    }

    /// An endpoint URL for every API, overriding the spec's endpoint rule
    /// (a proxy, a private endpoint, or a local simulator). Plain `http` is
    /// used only when written here. A URL with user-info (`user:pass@`) is
    /// refused by [`ConfigBuilder::build`], without printing the password.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// An endpoint URL for one API, taking precedence over
    /// [`ConfigBuilder::endpoint_url`]. Name the API by its handle
    /// (`&workflow_sdk::ice::SERVICE`) or its module name (`"ice"`); a
    /// module name this crate has no API for fails [`ConfigBuilder::build`]
    /// with the list of valid ones.
    pub fn endpoint_url_for(
        mut self,
        api: impl Into<crate::service::Api>,
        url: impl Into<String>,
    ) -> Self {
        let api = api.into();
        if !api.typed {
            self.unchecked_apis.push(api.module.clone());
        }
        self.endpoint_urls.insert(api.module, url.into());
        self
    }

    /// Alibaba Cloud credentials, or any provider of them.
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(provider));
        self
    }

    /// The AltaBots API key.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Time allowed to open a connection (default 5 s; zero is refused by
    /// [`ConfigBuilder::build`], [`Duration::MAX`] means no limit).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for one request attempt, response body included
    /// (default 30 s; zero is refused by [`ConfigBuilder::build`],
    /// [`Duration::MAX`] means no limit).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed for a whole call, retries and backoff included
    /// (default 120 s; zero is refused by [`ConfigBuilder::build`],
    /// [`Duration::MAX`] means no limit).
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = Some(timeout);
        self
    }

    /// The retry policy (default [`RetryConfig::standard`]).
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Largest response body accepted (default 64 MiB); a larger one fails
    /// the call with [`Error::ResponseTooLarge`] instead of exhausting memory.
    /// Zero is refused by [`ConfigBuilder::build`].
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Use this HTTP client instead of the one the SDK builds.
    ///
    /// What changes with your own client:
    /// - **Redirects.** The SDK's own client follows none (a 3xx is
    ///   [`Error::Redirect`]), so signed requests and API keys reach only
    ///   the host you chose. `reqwest::Client::new()` follows up to 10
    ///   redirects; build yours with
    ///   `.redirect(reqwest::redirect::Policy::none())` to keep that
    ///   guarantee. (Should it follow one anyway, reqwest drops the
    ///   `Authorization` header on a cross-host redirect, but the ACS3
    ///   `x-acs-security-token` header is not one it knows to drop.)
    /// - **Timeouts.** [`ConfigBuilder::connect_timeout`] is not applied
    ///   (it belongs to the client); set it on your client. The attempt and
    ///   total timeouts ([`ConfigBuilder::timeout`],
    ///   [`ConfigBuilder::total_timeout`]) still apply to every call, on
    ///   top of any timeout your client has; a timeout of your client's is
    ///   reported as an attempt timeout.
    /// - TLS, proxies and connection pooling are your client's.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Finishes the configuration.
    ///
    /// Refused with [`Error::Config`] naming the setting: a region that is
    /// not a region id; an endpoint URL that is not `http(s)://host...` or
    /// carries user-info; a zero connect, attempt or total timeout; a zero
    /// body limit; a retry policy of zero attempts.
    pub fn build(self) -> Result<Config, Error> {
        if let Some(region) = &self.region {
            Config::validate_region(region).map_err(|e| match (e, self.region_source) {
                (Error::Config(m), Some(source)) => Error::Config(format!("{m} (from {source})")),
                (e, _) => e,
            })?;
        }
        let connect_timeout = self
            .connect_timeout
            .unwrap_or(Config::DEFAULT_CONNECT_TIMEOUT);
        let timeout = self.timeout.unwrap_or(Config::DEFAULT_TIMEOUT);
        if let Some(unknown) = self
            .unchecked_apis
            .iter()
            .find(|m| !crate::SERVICES.iter().any(|s| s.module == m.as_str()))
        {
            let valid: Vec<&str> = crate::SERVICES.iter().map(|s| s.module).collect();
            return Err(Error::Config(format!(
                "endpoint_url_for: there is no API named {unknown:?}; the APIs are {}",
                valid.join(", ")
            )));
        }
        let total_timeout = self.total_timeout.unwrap_or(Config::DEFAULT_TOTAL_TIMEOUT);
        let max_response_bytes = self
            .max_response_bytes
            .unwrap_or(Config::DEFAULT_MAX_RESPONSE_BYTES);
        let retry = self.retry.unwrap_or_default();
        check_settings(
            connect_timeout,
            timeout,
            total_timeout,
            max_response_bytes,
            &retry,
        )?;
        for url in self.endpoint_url.iter().chain(self.endpoint_urls.values()) {
            check_endpoint_url(url)?;
        }
        let http = match self.http {
            Some(c) => c,
            // The attempt and total timeouts are applied per call by the
            // runtime, so they can differ between clients sharing this one.
            // No redirects: a signed request or an API key goes to the host
            // the user chose and nowhere else.
            None => build_http_client(
                reqwest::Client::builder()
                    .connect_timeout(connect_timeout)
                    .redirect(reqwest::redirect::Policy::none()),
            )
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        Ok(Config {
            inner: Arc::new(Inner {
                region: self.region,
                retry,
                budget: Arc::new(RetryBudget::default()),
                total_timeout,
                max_response_bytes,
                endpoint_url: self
                    .endpoint_url
                    .map(|u| u.trim_end_matches('/').to_string()),
                endpoint_urls: self
                    .endpoint_urls
                    .into_iter()
                    .map(|(k, v)| (k, v.trim_end_matches('/').to_string()))
                    .collect(),
                credentials: self.credentials,
                api_key: self.api_key,
                http,
                connect_timeout,
                timeout,
                clock: SharedClock::default(),
            }),
        })
    }
}

/// Refuses settings that make no sense, naming the setting. (Large values,
/// up to `Duration::MAX` and `u64::MAX`, are fine: the runtime's time
/// arithmetic saturates.)
fn check_settings(
    connect_timeout: Duration,
    timeout: Duration,
    total_timeout: Duration,
    max_response_bytes: u64,
    retry: &RetryConfig,
) -> Result<(), Error> {
    let zero = |setting: &str, what: &str| {
        Err(Error::Config(format!(
            "{setting} must be greater than zero ({what})"
        )))
    };
    if connect_timeout.is_zero() {
        return zero("connect_timeout", "no connection could ever open");
    }
    if timeout.is_zero() {
        return zero("timeout", "every attempt would time out at once");
    }
    if total_timeout.is_zero() {
        return zero("total_timeout", "every call would time out at once");
    }
    if max_response_bytes == 0 {
        return zero("max_response_bytes", "every response body would be refused");
    }
    if retry.max_attempts == 0 {
        return zero(
            "retry max_attempts",
            "the first attempt counts: use 1 for no retries",
        );
    }
    Ok(())
}

/// Why `region` is not a region id, if it is not.
fn check_region(region: &str) -> Result<(), &'static str> {
    if region.is_empty() {
        return Err("it is empty");
    }
    if region.len() > 63 {
        return Err("it is longer than the 63 characters of a DNS label");
    }
    if !region
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err("only lower-case letters, digits and hyphens are allowed");
    }
    if region.starts_with('-') || region.ends_with('-') {
        return Err("it must not start or end with a hyphen");
    }
    Ok(())
}

/// At most 80 characters of a value for an error message.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// An endpoint URL must be `http(s)://host[:port][/path]` with no user-info.
/// The error never shows a password the URL may hold.
fn check_endpoint_url(url: &str) -> Result<(), Error> {
    let shown = redact_userinfo(url);
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| Error::Config(format!("endpoint URL {shown:?} is not a URL: {e}")))?;
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Error::Config(format!(
            "endpoint URL {shown:?} holds user-info (user:password@); credentials go in \
             ConfigBuilder::credentials or api_key, never in the URL"
        )));
    }
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::Config(format!(
            "endpoint URL {shown:?} must be http(s)://host[:port][/path]"
        )));
    }
    Ok(())
}

/// The URL text with whatever sits between `//` and the last `@` of the
/// authority replaced by `***`, parsed or not (a URL that fails to parse,
/// or a scheme-relative `Location`, may still carry a password).
pub(crate) fn redact_userinfo(url: &str) -> String {
    let Some(start) = url.find("//").map(|i| i + 2) else {
        return url.to_string();
    };
    let rest = &url[start..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{}***@{}", &url[..start], &rest[at + 1..]),
        None => url.to_string(),
    }
}

/// Builds an HTTP client. TLS is rustls with the ring provider, configured
/// for this client only (see `crate::tls`).
pub(crate) fn build_http_client(
    builder: reqwest::ClientBuilder,
) -> Result<reqwest::Client, reqwest::Error> {
    match crate::tls::client_config() {
        Ok(tls) => builder.tls_backend_preconfigured(tls).build(),
        // No usable TLS configuration: reqwest reports it when building.
        Err(_) => builder.build(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_info_is_redacted_parsed_or_not() {
        for (url, shown) in [
            ("https://u:p@h/x@y", "https://***@h/x@y"),
            ("//u:p@h/x", "//***@h/x"),
            ("https://u:p@ not a url", "https://***@ not a url"),
            ("https://a@b@h", "https://***@h"),
            ("https://h/a@b", "https://h/a@b"),
            ("/relative@x", "/relative@x"),
            ("", ""),
        ] {
            assert_eq!(redact_userinfo(url), shown, "{url}");
        }
    }

    #[test]
    fn region_ids() {
        for ok in ["cn-shanghai", "ap-southeast-1", "a", &"a".repeat(63)] {
            assert!(check_region(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a.b", "A", "-a", "a-", "a_b", "é", &"a".repeat(64)] {
            assert!(check_region(bad).is_err(), "{bad}");
        }
    }
}
