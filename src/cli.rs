//! Support for the `workflow` command-line tool (feature `cli`): outcomes,
//! exit codes and output formats. The commands themselves are generated
//! from the specs (`<api>::cli`).

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use crate::{Error, JsonString, Progress, RunState, WaitError};

/// Exit codes of the `workflow` tool.
pub mod exit {
    /// The call succeeded (with `--wait`: the run succeeded).
    pub const SUCCESS: u8 = 0;
    /// The service answered with an error, or the request did not get
    /// through (transport, timeout, credentials, configuration).
    pub const CALL_FAILED: u8 = 1;
    /// The command line is wrong (clap uses 2 too).
    pub const USAGE: u8 = 2;
    /// With `--wait`: the run ended in a failure state.
    pub const RUN_FAILED: u8 = 3;
    /// With `--wait`: the maximum wait passed before the run finished.
    pub const WAIT_TIMED_OUT: u8 = 4;
}

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// The command line is wrong.
    Usage(String),
    /// The call failed.
    Call(Error),
    /// The run ended in a failure state; the last response.
    RunFailed {
        /// The state.
        state: RunState,
        /// The last response.
        last: Value,
    },
    /// The maximum wait passed.
    TimedOut {
        /// The last state seen.
        state: Option<RunState>,
        /// The last response, if any.
        last: Option<Value>,
    },
}

impl Failure {
    /// Takes the last response out of a failed or timed-out wait (the answer
    /// a shell user still wants on stdout).
    pub fn take_last(&mut self) -> Option<Value> {
        match self {
            Failure::RunFailed { last, .. } => Some(std::mem::take(last)),
            Failure::TimedOut { last, .. } => last.take(),
            _ => None,
        }
    }

    /// The exit code for this failure.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => exit::USAGE,
            Failure::Call(_) => exit::CALL_FAILED,
            Failure::RunFailed { .. } => exit::RUN_FAILED,
            Failure::TimedOut { .. } => exit::WAIT_TIMED_OUT,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m) => write!(f, "usage: {m}"),
            Failure::Call(e) => match e.as_service_error() {
                Some(s) => {
                    write!(f, "error: {}: {}", s.code(), s.message())?;
                    if let Some(id) = s.request_id() {
                        write!(f, "\nrequest id: {id}")?;
                    }
                    if let Some(r) = s.recommend() {
                        write!(f, "\nsee: {r}")?;
                    }
                    Ok(())
                }
                None => write!(f, "error: {}", e.display_chain()),
            },
            Failure::RunFailed { state, .. } => write!(f, "the run ended {state}"),
            Failure::TimedOut { state: Some(s), .. } => {
                write!(f, "gave up waiting; the run was {s}")
            }
            Failure::TimedOut { state: None, .. } => {
                f.write_str("gave up waiting; no poll succeeded")
            }
        }
    }
}

fn to_value<T: Serialize>(v: &T) -> Result<Value, Failure> {
    serde_json::to_value(v).map_err(|e| Failure::Usage(format!("cannot print the response: {e}")))
}

/// The outcome of a plain call, as JSON.
#[doc(hidden)]
pub fn sent<R, T>(r: Result<R, Error>) -> Result<Value, Failure>
where
    R: std::ops::Deref<Target = T>,
    T: Serialize,
{
    match r {
        Ok(v) => to_value(&*v),
        Err(e) => Err(Failure::Call(e)),
    }
}

/// The outcome of a wait, as JSON.
#[doc(hidden)]
pub fn waited<R, T>(r: Result<R, WaitError<R>>) -> Result<Value, Failure>
where
    R: std::ops::Deref<Target = T>,
    T: Serialize,
{
    match r {
        Ok(v) => to_value(&*v),
        Err(WaitError::Call { error, .. }) => Err(Failure::Call(error)),
        Err(WaitError::Failed { state, response }) => Err(Failure::RunFailed {
            state,
            last: to_value(&**response)?,
        }),
        Err(WaitError::TimedOut {
            last_state,
            last_response,
            ..
        }) => Err(Failure::TimedOut {
            state: last_state,
            last: match last_response {
                Some(r) => Some(to_value(&**r)?),
                None => None,
            },
        }),
    }
}

/// Replaces strings that hold JSON (JSON-in-string fields) by the JSON they
/// hold; strings that do not parse stay as they are.
pub fn expand_json(v: &mut Value) {
    match v {
        Value::String(s) => {
            let t = s.trim_start();
            if (t.starts_with('{') || t.starts_with('['))
                && let Ok(parsed) = JsonString::<crate::Untyped>::new(s.clone()).value()
            {
                *v = parsed.clone();
                expand_json(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(expand_json),
        Value::Object(map) => map.values_mut().for_each(expand_json),
        _ => {}
    }
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// JSON; pretty when `pretty`.
    Json {
        /// Indented.
        pretty: bool,
    },
    /// YAML.
    Yaml,
    /// Two columns: the path of each value, and the value.
    Table,
}

/// Renders a response in a format.
pub fn render(v: &Value, format: Format) -> String {
    match format {
        Format::Json { pretty: true } => serde_json::to_string_pretty(v).unwrap_or_default() + "\n",
        Format::Json { pretty: false } => serde_json::to_string(v).unwrap_or_default() + "\n",
        Format::Yaml => serde_norway::to_string(v).unwrap_or_default(),
        Format::Table => {
            let mut rows = Vec::new();
            flatten("", v, &mut rows);
            let width = rows
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0);
            rows.iter()
                .map(|(k, val)| format!("{k:<width$}  {val}\n"))
                .collect()
        }
    }
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, val) in m {
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&p, val, out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, val) in a.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), val, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), s.escape_debug().to_string())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

/// Progress as one line: `Init (0s) → Processing (12s)`.
pub fn progress_line(history: &[Progress]) -> String {
    history
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join(" → ")
}
