//! Credentials printed by an external command (the `aliyun` CLI's
//! `External` mode).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde::Deserialize;

use super::{
    CachedProvider, Credentials, CredentialsError, CredentialsFuture, MAX_CREDENTIALS_BODY,
    ProvideCredentials, Secret, parse_expiration,
};

/// Runs a command and reads credentials from the JSON it prints, as the
/// `aliyun` CLI's `External` mode does with a profile's `process_command`:
///
/// ```json
/// {"mode": "StsToken", "access_key_id": "STS.…", "access_key_secret": "…",
///  "sts_token": "…", "expiration": "2026-01-01T00:00:00Z"}
/// ```
///
/// `mode` is `AK` (an AccessKey pair) or `StsToken` (plus `sts_token`);
/// `expiration` is optional. STS credentials without an expiration are
/// asked for again after 15 minutes, the shortest STS session.
///
/// - The command line is split into words (single and double quotes and
///   backslash escapes group words) and run directly, **without a shell**:
///   no expansion, no pipes, no redirection.
/// - It gets no input and 60 s by default ([`ExternalProcessProvider::timeout`]);
///   a command still running then is killed.
/// - Output over 16 KiB is refused. Its standard error is not shown in
///   errors, since it may hold secrets.
#[derive(Debug)]
pub struct ExternalProcessProvider {
    cache: CachedProvider<RunCommand>,
}

struct RunCommand {
    command: String,
    timeout: Duration,
}

impl std::fmt::Debug for RunCommand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Arguments may be secrets: the program only.
        f.debug_struct("RunCommand")
            .field("program", &self.program())
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

#[derive(Deserialize)]
struct Output {
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    access_key_id: String,
    #[serde(default)]
    access_key_secret: Option<Secret>,
    #[serde(default)]
    sts_token: Option<Secret>,
    #[serde(default)]
    expiration: Option<String>,
}

/// How long STS credentials without an expiration are used.
const UNDATED_STS_LIFETIME: Duration = Duration::from_secs(15 * 60);

impl ExternalProcessProvider {
    /// Default time a command may run.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

    /// Runs this command line (split into words, no shell).
    pub fn new(command: impl Into<String>) -> Self {
        Self {
            cache: CachedProvider::new(RunCommand {
                command: command.into(),
                timeout: Self::DEFAULT_TIMEOUT,
            }),
        }
    }

    /// Kills the command when it runs longer than this (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.cache.inner_mut().timeout = timeout;
        self
    }
}

/// Splits a command line into words the way a POSIX shell would for plain
/// words and quotes, without expanding anything.
pub(crate) fn split_command(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("an unterminated ' quote".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err("an unterminated \" quote".into()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("an unterminated \" quote".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some(c) => word.push(c),
                    None => return Err("a trailing backslash".into()),
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

/// Reads at most `limit` bytes, then drains the rest so the child is not
/// blocked on a full pipe; `None` when there was more.
fn read_capped(mut r: impl Read, limit: usize) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    let _ = (&mut r).take(limit as u64 + 1).read_to_end(&mut buf);
    let _ = std::io::copy(&mut r, &mut std::io::sink());
    (buf.len() <= limit).then_some(buf)
}

impl RunCommand {
    fn run(command: &str, timeout: Duration) -> Result<Vec<u8>, String> {
        let words = split_command(command).map_err(|e| format!("cannot be split: {e}"))?;
        let Some((program, args)) = words.split_first() else {
            return Err("is empty".into());
        };
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot be started: {e}"))?;
        let stdout = child.stdout.take();
        let (sender, output) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(stdout.and_then(|o| read_capped(o, MAX_CREDENTIALS_BODY)));
        });
        let deadline = Instant::now().checked_add(timeout);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) => {}
                Err(e) => return Err(format!("cannot be waited for: {e}")),
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("did not finish within {timeout:?} and was killed"));
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        if !status.success() {
            return Err(format!("failed ({status})"));
        }
        // A process it left behind may hold the output open: wait no longer
        // than the time that is left.
        let left = deadline
            .map(|d| d.saturating_duration_since(Instant::now()))
            .unwrap_or(Duration::MAX);
        match output.recv_timeout(left) {
            Ok(Some(out)) => Ok(out),
            Ok(None) => Err(format!("printed more than {MAX_CREDENTIALS_BODY} bytes")),
            Err(_) => Err(format!(
                "exited, but its output did not end within {timeout:?}"
            )),
        }
    }

    /// The program the command line runs (its arguments may be secrets).
    fn program(&self) -> String {
        split_command(&self.command)
            .ok()
            .and_then(|w| w.into_iter().next())
            .unwrap_or_default()
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let program = self.program();
        if self.timeout.is_zero() {
            return Err(CredentialsError::new(format!(
                "external command {program:?}: timeout must be more than zero"
            )));
        }
        let fail = |m: String| CredentialsError::new(format!("external command {program:?} {m}"));
        let command = self.command.clone();
        let timeout = self.timeout;
        let output = tokio::task::spawn_blocking(move || Self::run(&command, timeout))
            .await
            .map_err(|e| fail(format!("could not be run: {e}")))?
            .map_err(fail)?;
        let out: Output = serde_json::from_slice(&output).map_err(|e| {
            fail(format!(
                "printed something other than the expected JSON credentials: {e}"
            ))
        })?;
        let mode = out.mode.as_deref().unwrap_or(if out.sts_token.is_some() {
            "StsToken"
        } else {
            "AK"
        });
        let secret = out
            .access_key_secret
            .filter(|s| !s.expose().trim().is_empty() && !out.access_key_id.trim().is_empty())
            .ok_or_else(|| fail("printed no access_key_id or access_key_secret".into()))?;
        let creds = Credentials::new(out.access_key_id.trim(), secret);
        let creds = match mode {
            "AK" => creds,
            "StsToken" => {
                let token = out
                    .sts_token
                    .filter(|t| !t.expose().trim().is_empty())
                    .ok_or_else(|| fail("printed mode StsToken without sts_token".into()))?;
                creds.with_security_token(token).with_expiry(
                    SystemTime::now()
                        .checked_add(UNDATED_STS_LIFETIME)
                        .unwrap_or_else(SystemTime::now),
                )
            }
            other => {
                return Err(fail(format!(
                    "printed mode {other:?}; AK and StsToken are read"
                )));
            }
        };
        match out.expiration.as_deref().filter(|e| !e.trim().is_empty()) {
            Some(e) => Ok(creds.with_expiry(parse_expiration(e).map_err(fail)?)),
            None => Ok(creds),
        }
    }
}

impl ProvideCredentials for RunCommand {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

impl ProvideCredentials for ExternalProcessProvider {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.cache.provide_credentials()
    }
}

#[cfg(test)]
mod tests {
    use super::split_command;

    #[test]
    fn splits_like_a_shell_without_expanding() {
        assert_eq!(
            split_command(r#"helper --profile 'a b' "c \"d\"" e\ f $HOME"#).unwrap(),
            ["helper", "--profile", "a b", "c \"d\"", "e f", "$HOME"]
        );
        assert!(split_command("x 'open").is_err());
        assert!(split_command("   ").unwrap().is_empty());
    }
}
