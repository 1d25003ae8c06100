//! The `aliyun` command-line tool's configuration (`~/.aliyun/config.json`).

use std::path::PathBuf;

use serde::Deserialize;

use super::{Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials};

/// Credentials from the `aliyun` CLI's `~/.aliyun/config.json`: the profile
/// named by `ALIBABA_CLOUD_PROFILE`, else the file's `current` profile.
/// Modes `AK` and `StsToken` are read.
#[derive(Clone, Debug, Default)]
pub struct CliConfigProvider {
    env: Env,
    path: Option<PathBuf>,
}

#[derive(Deserialize)]
struct CliConfig {
    #[serde(default)]
    current: String,
    #[serde(default)]
    profiles: Vec<CliProfile>,
}

#[derive(Deserialize)]
struct CliProfile {
    #[serde(default)]
    name: String,
    #[serde(default)]
    mode: String,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: String,
    #[serde(default)]
    sts_token: String,
}

impl CliConfigProvider {
    /// Reads the process environment for HOME and the profile.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// Reads the given environment.
    pub fn with_env(env: Env) -> Self {
        Self { env, path: None }
    }

    /// Reads this file instead of `~/.aliyun/config.json`.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let file = self
            .path
            .clone()
            .or_else(|| {
                self.env
                    .home()
                    .map(|h| h.join(".aliyun").join("config.json"))
            })
            .ok_or_else(|| {
                CredentialsError::not_configured("no HOME to find ~/.aliyun/config.json")
            })?;
        let text = super::read_config_file(&file).await?;
        let fail = |m: String| CredentialsError::new(format!("{}: {m}", file.display()));
        let config: CliConfig =
            serde_json::from_str(&text).map_err(|e| fail(format!("not valid JSON ({e})")))?;
        let wanted = self
            .env
            .get("ALIBABA_CLOUD_PROFILE")
            .or_else(|| Some(config.current.clone()).filter(|c| !c.is_empty()))
            .unwrap_or_else(|| "default".to_string());
        let profile = config
            .profiles
            .iter()
            .find(|p| p.name == wanted)
            .ok_or_else(|| fail(format!("has no profile named {wanted:?}")))?;
        let need = |v: &str, k: &str| {
            Some(v.trim().to_string())
                .filter(|v| !v.is_empty())
                .ok_or_else(|| fail(format!("profile {wanted:?} lacks {k}")))
        };
        match profile.mode.as_str() {
            "AK" => Ok(Credentials::new(
                need(&profile.access_key_id, "access_key_id")?,
                need(&profile.access_key_secret, "access_key_secret")?,
            )),
            "StsToken" => Ok(Credentials::new(
                need(&profile.access_key_id, "access_key_id")?,
                need(&profile.access_key_secret, "access_key_secret")?,
            )
            .with_security_token(need(&profile.sts_token, "sts_token")?)),
            other => Err(fail(format!(
                "profile {wanted:?} has mode {other:?}, which this SDK does not read (AK and StsToken are supported)"
            ))),
        }
    }
}

impl ProvideCredentials for CliConfigProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}
