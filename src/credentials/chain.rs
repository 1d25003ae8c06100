//! The default order in which credentials are looked for.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::profile::Endpoints;
use super::{
    CliConfigProvider, CredentialsError, CredentialsFuture, CredentialsUriProvider,
    EcsRamRoleProvider, Env, EnvironmentProvider, OidcRoleProvider, ProfileFileProvider,
    ProvideCredentials, StsEndpoint, env_true,
};

/// Looks for credentials in the order Alibaba Cloud's own libraries use:
///
/// 1. the environment (`ALIBABA_CLOUD_ACCESS_KEY_ID`, ...);
/// 2. an OIDC role (RRSA), when `ALIBABA_CLOUD_ROLE_ARN`,
///    `ALIBABA_CLOUD_OIDC_PROVIDER_ARN` and `ALIBABA_CLOUD_OIDC_TOKEN_FILE`
///    are set;
/// 3. the `aliyun` CLI profile (`~/.aliyun/config.json`), unless
///    `ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true`;
/// 4. the credentials file (`~/.alibabacloud/credentials`);
/// 5. the ECS instance RAM role, unless
///    `ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`;
/// 6. a credentials URI, when `ALIBABA_CLOUD_CREDENTIALS_URI` is set.
///
/// A source that is not set up is skipped. A source that is set up but
/// broken (a bad profile, an unreadable token file, a metadata service
/// answering nonsense) ends the search with its error: falling through to
/// another source would quietly act as another identity. When no source
/// yields credentials, the error lists each and why.
///
/// The source that worked is remembered and asked directly on later calls.
/// Wrap the chain in a [`super::CachedProvider`] (as
/// [`crate::ConfigBuilder::from_env`] does) so it is not walked per request.
pub struct DefaultCredentialsChain {
    providers: Vec<(&'static str, Box<dyn ProvideCredentials>)>,
    /// Index of the provider that worked; `usize::MAX` before one did.
    winner: AtomicUsize,
    /// What the default chain was built from, to rebuild it with settings.
    origin: Option<(Env, Endpoints)>,
}

impl fmt::Debug for DefaultCredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DefaultCredentialsChain")
            .field(
                "providers",
                &self.providers.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Default for DefaultCredentialsChain {
    fn default() -> Self {
        Self::new()
    }
}

/// A source that is not set up, with the reason.
#[derive(Debug)]
struct NotSetUp(&'static str);

impl ProvideCredentials for NotSetUp {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let m = self.0;
        Box::pin(async move { Err(CredentialsError::not_configured(m)) })
    }
}

/// The OIDC source as the environment describes it.
#[derive(Debug)]
struct OidcFromEnv(Result<Option<OidcRoleProvider>, CredentialsError>);

impl ProvideCredentials for OidcFromEnv {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        match &self.0 {
            Ok(Some(p)) => p.provide_credentials(),
            Ok(None) => Box::pin(async {
                Err(CredentialsError::not_configured(
                    "ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE are not set",
                ))
            }),
            Err(e) => {
                let e = e.clone();
                Box::pin(async move { Err(e) })
            }
        }
    }
}

impl DefaultCredentialsChain {
    /// The chain over the process environment and the real metadata service.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// The chain over the given environment and the real metadata service.
    pub fn with_env(env: Env) -> Self {
        Self::build(env, Endpoints::default(), None)
    }

    /// The chain over the given environment and metadata provider.
    pub fn with_env_and_imds(env: Env, imds: EcsRamRoleProvider) -> Self {
        Self::build(env, Endpoints::default(), Some(imds))
    }

    /// The STS endpoint for the role sources (OIDC and role profiles),
    /// overriding [`StsEndpoint::from_env`] and profiles' `sts_region`.
    /// Only for chains made by `new`/`with_env`.
    pub fn sts_endpoint(self, endpoint: StsEndpoint) -> Self {
        match self.origin {
            Some((env, mut endpoints)) => {
                endpoints.sts = Some(endpoint);
                Self::build(env, endpoints, None)
            }
            None => self,
        }
    }

    /// The metadata service address for the ECS sources (a local one in
    /// tests). Only for chains made by `new`/`with_env`.
    pub fn imds_base_url(self, url: impl Into<String>) -> Self {
        match self.origin {
            Some((env, mut endpoints)) => {
                endpoints.imds = Some(url.into());
                Self::build(env, endpoints, None)
            }
            None => self,
        }
    }

    fn build(env: Env, endpoints: Endpoints, imds: Option<EcsRamRoleProvider>) -> Self {
        let oidc = OidcFromEnv(OidcRoleProvider::from_env(&env).map(|p| {
            p.map(|p| match &endpoints.sts {
                Some(e) => p.sts_endpoint(e.clone()),
                None => p,
            })
        }));
        let cli: Box<dyn ProvideCredentials> =
            if env_true(&env, "ALIBABA_CLOUD_CLI_PROFILE_DISABLED") {
                Box::new(NotSetUp("disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED"))
            } else {
                Box::new(CliConfigProvider::with_env(env.clone()).with_endpoints(endpoints.clone()))
            };
        let imds = imds.unwrap_or_else(|| endpoints.ecs(&env, None));
        let uri: Box<dyn ProvideCredentials> = match CredentialsUriProvider::from_env(&env) {
            Some(p) => Box::new(p),
            None => Box::new(NotSetUp("ALIBABA_CLOUD_CREDENTIALS_URI is not set")),
        };
        let mut chain = Self::from_providers(vec![
            (
                "environment",
                Box::new(EnvironmentProvider::with_env(env.clone())),
            ),
            ("OIDC role", Box::new(oidc)),
            ("aliyun CLI config", cli),
            (
                "credentials file",
                Box::new(
                    ProfileFileProvider::with_env(env.clone()).with_endpoints(endpoints.clone()),
                ),
            ),
            ("ECS RAM role", Box::new(imds)),
            ("credentials URI", uri),
        ]);
        chain.origin = Some((env, endpoints));
        chain
    }

    /// A chain of your own providers, tried in order.
    pub fn from_providers(providers: Vec<(&'static str, Box<dyn ProvideCredentials>)>) -> Self {
        Self {
            providers,
            winner: AtomicUsize::new(usize::MAX),
            origin: None,
        }
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let winner = self.winner.load(Ordering::Acquire);
            if let Some((name, provider)) = self.providers.get(winner) {
                return provider
                    .provide_credentials()
                    .await
                    .map_err(|e| CredentialsError::new(format!("{name}: {}", e.message())));
            }
            let mut reasons = Vec::new();
            for (i, (name, provider)) in self.providers.iter().enumerate() {
                match provider.provide_credentials().await {
                    Ok(creds) => {
                        tracing::debug!(provider = name, "credentials found");
                        self.winner.store(i, Ordering::Release);
                        return Ok(creds);
                    }
                    Err(e) if e.is_not_configured() => {
                        tracing::debug!(provider = name, reason = e.message(), "not set up");
                        reasons.push(format!("{name}: {}", e.message()));
                    }
                    Err(e) => {
                        tracing::debug!(provider = name, reason = e.message(), "set up but failed");
                        let mut m = format!("{name} is set up but failed: {}", e.message());
                        if !reasons.is_empty() {
                            m.push_str(&format!(" (before it: {})", reasons.join("; ")));
                        }
                        return Err(CredentialsError::new(m));
                    }
                }
            }
            Err(CredentialsError::not_configured(format!(
                "no Alibaba Cloud credentials found; tried {}",
                reasons.join("; ")
            )))
        })
    }
}
