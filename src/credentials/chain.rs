//! The default order in which credentials are looked for.

use std::fmt;

use super::{
    CliConfigProvider, CredentialsError, CredentialsFuture, EcsRamRoleProvider, Env,
    EnvironmentProvider, ProfileFileProvider, ProvideCredentials,
};

/// Tries, in order: the environment, the credentials file, the `aliyun` CLI
/// configuration, and the ECS instance RAM role. The first that yields
/// credentials wins; when none does, the error lists each and why.
///
/// Wrap it in a [`super::CachedProvider`] (as
/// [`crate::ConfigBuilder::from_env`] does) so it is not walked per request.
pub struct DefaultCredentialsChain {
    providers: Vec<(&'static str, Box<dyn ProvideCredentials>)>,
}

impl fmt::Debug for DefaultCredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DefaultCredentialsChain")
            .field(
                "providers",
                &self.providers.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl Default for DefaultCredentialsChain {
    fn default() -> Self {
        Self::new()
    }
}

impl DefaultCredentialsChain {
    /// The chain over the process environment and the real metadata service.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// The chain over the given environment and the real metadata service.
    pub fn with_env(env: Env) -> Self {
        Self::with_env_and_imds(env.clone(), EcsRamRoleProvider::with_env(env))
    }

    /// The chain over the given environment and metadata provider.
    pub fn with_env_and_imds(env: Env, imds: EcsRamRoleProvider) -> Self {
        Self::from_providers(vec![
            (
                "environment",
                Box::new(EnvironmentProvider::with_env(env.clone())),
            ),
            (
                "credentials file",
                Box::new(ProfileFileProvider::with_env(env.clone())),
            ),
            (
                "aliyun CLI config",
                Box::new(CliConfigProvider::with_env(env)),
            ),
            ("ECS RAM role", Box::new(imds)),
        ])
    }

    /// A chain of your own providers, tried in order.
    pub fn from_providers(providers: Vec<(&'static str, Box<dyn ProvideCredentials>)>) -> Self {
        Self { providers }
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let mut reasons = Vec::new();
            for (name, provider) in &self.providers {
                match provider.provide_credentials().await {
                    Ok(creds) => {
                        tracing::debug!(provider = name, "credentials found");
                        return Ok(creds);
                    }
                    Err(e) => {
                        tracing::debug!(provider = name, reason = e.message(), "no credentials");
                        reasons.push(format!("{name}: {}", e.message()));
                    }
                }
            }
            Err(CredentialsError::new(format!(
                "no Alibaba Cloud credentials found; tried {}",
                reasons.join("; ")
            )))
        })
    }
}
