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
        f.debug_struct("ConfigBuilder")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("credentials", &self.credentials)
            .field("api_key", &self.api_key)
            .finish_non_exhaustive()
    }
}

impl ConfigBuilder {
    /// A configuration from the environment, as Alibaba Cloud's own tools
    /// read it: the region from `ALIBABA_CLOUD_REGION_ID`, and credentials
    /// from the [`DefaultCredentialsChain`] (environment, credentials file,
    /// `aliyun` CLI config, ECS RAM role), cached until shortly before they
    /// expire. Anything set afterwards on the builder wins.
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
        Self {
            region: env
                .get("ALIBABA_CLOUD_REGION_ID")
                .map(|r| r.trim().to_string()),
            credentials: Some(Arc::new(CachedProvider::new(
                DefaultCredentialsChain::with_env(env),
            ))),
            ..Self::default()
        }
    }

    /// The region, e.g. `cn-shanghai`. Regional APIs resolve their endpoint
    /// from it.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// An endpoint URL for every API, overriding the spec's endpoint rule
    /// (a proxy, a private endpoint, or a local simulator). Plain `http` is
    /// used only when written here.
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

    /// Time allowed to open a connection (default 5 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time allowed for one request attempt, response body included
    /// (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time allowed for a whole call, retries and backoff included
    /// (default 120 s).
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
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Use this HTTP client (its own timeouts then apply).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Finishes the configuration.
    pub fn build(self) -> Result<Config, Error> {
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
        for url in self.endpoint_url.iter().chain(self.endpoint_urls.values()) {
            let parsed = reqwest::Url::parse(url)
                .map_err(|e| Error::Config(format!("endpoint URL {url:?} is not a URL: {e}")))?;
            if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
                return Err(Error::Config(format!(
                    "endpoint URL {url:?} must be http(s)://host[:port][/path]"
                )));
            }
        }
        let http = match self.http {
            Some(c) => c,
            // The attempt and total timeouts are applied per call by the
            // runtime, so they can differ between clients sharing this one.
            None => build_http_client(reqwest::Client::builder().connect_timeout(connect_timeout))
                .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?,
        };
        Ok(Config {
            inner: Arc::new(Inner {
                region: self.region,
                retry: self.retry.unwrap_or_default(),
                budget: Arc::new(RetryBudget::default()),
                total_timeout: self.total_timeout.unwrap_or(Config::DEFAULT_TOTAL_TIMEOUT),
                max_response_bytes: self
                    .max_response_bytes
                    .unwrap_or(Config::DEFAULT_MAX_RESPONSE_BYTES),
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
            }),
        })
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
