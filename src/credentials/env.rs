//! Environment variables, and the `ALIBABA_CLOUD_ACCESS_KEY_*` provider.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Where providers read environment variables: the process environment,
/// or a fixed set (for tests, or to configure a chain explicitly).
#[derive(Clone, Default)]
pub struct Env {
    fixed: Option<Arc<BTreeMap<String, String>>>,
}

impl fmt::Debug for Env {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Names only: values may be secrets.
        match &self.fixed {
            None => f.write_str("Env(process)"),
            Some(vars) => f
                .debug_tuple("Env")
                .field(&vars.keys().collect::<Vec<_>>())
                .finish(),
        }
    }
}

impl Env {
    /// The process environment, read at each use.
    pub fn process() -> Self {
        Self { fixed: None }
    }

    /// A fixed set of variables; the process environment is not read.
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Self {
            fixed: Some(Arc::new(
                vars.into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
        }
    }

    /// A variable's value; unset and empty are the same.
    pub fn get(&self, name: &str) -> Option<String> {
        let v = match &self.fixed {
            None => std::env::var(name).ok(),
            Some(vars) => vars.get(name).cloned(),
        };
        v.filter(|v| !v.trim().is_empty())
    }

    /// The home directory (`HOME`, or `USERPROFILE` on Windows).
    pub fn home(&self) -> Option<PathBuf> {
        self.get("HOME")
            .or_else(|| self.get("USERPROFILE"))
            .map(PathBuf::from)
    }
}

/// Credentials from `ALIBABA_CLOUD_ACCESS_KEY_ID`,
/// `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and, for STS,
/// `ALIBABA_CLOUD_SECURITY_TOKEN`.
#[derive(Clone, Debug, Default)]
pub struct EnvironmentProvider {
    env: Env,
}

impl EnvironmentProvider {
    /// Reads the process environment.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// Reads the given environment.
    pub fn with_env(env: Env) -> Self {
        Self { env }
    }

    fn load(&self) -> Result<Credentials, CredentialsError> {
        let id = self.env.get("ALIBABA_CLOUD_ACCESS_KEY_ID");
        let secret = self.env.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        match (id, secret) {
            (Some(id), Some(secret)) => {
                let creds = Credentials::new(id.trim(), secret.trim());
                Ok(match self.env.get("ALIBABA_CLOUD_SECURITY_TOKEN") {
                    Some(token) => creds.with_security_token(token.trim()),
                    None => creds,
                })
            }
            (None, None) => Err(CredentialsError::not_configured(
                "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set",
            )),
            (Some(_), None) => Err(CredentialsError::new(
                "ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET is not",
            )),
            (None, Some(_)) => Err(CredentialsError::new(
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID is not",
            )),
        }
    }
}

impl ProvideCredentials for EnvironmentProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        let result = self.load();
        Box::pin(async move { result })
    }
}
