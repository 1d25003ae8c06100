//! The Alibaba Cloud credentials file (`~/.alibabacloud/credentials`).

use std::path::PathBuf;

use super::{Credentials, CredentialsError, CredentialsFuture, Env, ProvideCredentials};

/// Credentials from the INI credentials file shared by Alibaba Cloud's
/// SDKs: `~/.alibabacloud/credentials`, or `ALIBABA_CLOUD_CREDENTIALS_FILE`;
/// the profile named by `ALIBABA_CLOUD_PROFILE`, else `default`.
///
/// Supported profile types: `access_key` (`access_key_id`,
/// `access_key_secret`) and `sts` (the same plus `security_token`).
///
/// ```ini
/// [default]
/// type = access_key
/// access_key_id = LTAI5t...
/// access_key_secret = ...
/// ```
#[derive(Clone, Debug, Default)]
pub struct ProfileFileProvider {
    env: Env,
    path: Option<PathBuf>,
    profile: Option<String>,
}

impl ProfileFileProvider {
    /// Reads the process environment for the path and profile.
    pub fn new() -> Self {
        Self::with_env(Env::process())
    }

    /// Reads the given environment for the path and profile.
    pub fn with_env(env: Env) -> Self {
        Self {
            env,
            path: None,
            profile: None,
        }
    }

    /// Reads this file, whatever the environment says.
    pub fn path(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Uses this profile, whatever the environment says.
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    fn file(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .or_else(|| {
                self.env
                    .get("ALIBABA_CLOUD_CREDENTIALS_FILE")
                    .map(PathBuf::from)
            })
            .or_else(|| {
                self.env
                    .home()
                    .map(|h| h.join(".alibabacloud").join("credentials"))
            })
    }

    async fn load(&self) -> Result<Credentials, CredentialsError> {
        let file = self.file().ok_or_else(|| {
            CredentialsError::not_configured("no HOME to find ~/.alibabacloud/credentials")
        })?;
        let text = super::read_config_file(&file).await?;
        let profile = self
            .profile
            .clone()
            .or_else(|| self.env.get("ALIBABA_CLOUD_PROFILE"))
            .unwrap_or_else(|| "default".to_string());
        parse(&text, &profile)
            .map_err(|e| CredentialsError::new(format!("{}: {e}", file.display())))
    }
}

/// Reads one profile of an INI credentials file.
fn parse(text: &str, profile: &str) -> Result<Credentials, String> {
    let ini = ini::Ini::load_from_str(text).map_err(|e| format!("not a valid INI file: {e}"))?;
    let section = ini
        .section(Some(profile))
        .ok_or_else(|| format!("has no profile [{profile}]"))?;
    let get = |k: &str| section.get(k).map(str::trim).filter(|v| !v.is_empty());
    if get("enable").is_some_and(|v| v.eq_ignore_ascii_case("false")) {
        return Err(format!("profile [{profile}] is disabled (enable = false)"));
    }
    let kind = get("type").unwrap_or("access_key");
    let required = |k: &str| get(k).ok_or_else(|| format!("profile [{profile}] lacks {k}"));
    match kind {
        "access_key" => Ok(Credentials::new(
            required("access_key_id")?,
            required("access_key_secret")?,
        )),
        "sts" => Ok(
            Credentials::new(required("access_key_id")?, required("access_key_secret")?)
                .with_security_token(required("security_token")?),
        ),
        other => Err(format!(
            "profile [{profile}] has type {other}, which this SDK does not read (access_key and sts are supported)"
        )),
    }
}

impl ProvideCredentials for ProfileFileProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.load())
    }
}
