//! Support for the `workflow` command-line tool (feature `cli`): outcomes,
//! exit codes, output formats and the progress display. The commands
//! themselves are generated from the specs (`<api>::cli`).

use std::borrow::Cow;
use std::fmt;
use std::io::IsTerminal;
use std::ops::Deref;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;
use tokio::time::Instant;

use crate::{Config, Error, JsonString, Run, RunState, WaitError, WaitEvent, WaitMany, WaitPolicy};

mod display;
use display::{Display, Row};

/// Exit codes of the `workflow` tool.
///
/// When several runs are waited on, the code is the first that applies in
/// this order: [`USAGE`](exit::USAGE), [`CALL_FAILED`](exit::CALL_FAILED)
/// (some run could not be polled), [`RUN_FAILED`](exit::RUN_FAILED) (some
/// run ended in a failure state), [`WAIT_TIMED_OUT`](exit::WAIT_TIMED_OUT)
/// (some run was still going when the wait ended), [`SUCCESS`](exit::SUCCESS).
pub mod exit {
    /// The call succeeded (with `--wait`: every run succeeded).
    pub const SUCCESS: u8 = 0;
    /// The service answered with an error, or the request did not get
    /// through (transport, timeout, credentials, configuration).
    pub const CALL_FAILED: u8 = 1;
    /// The command line is wrong.
    pub const USAGE: u8 = 2;
    /// With `--wait`: a run ended in a failure state.
    pub const RUN_FAILED: u8 = 3;
    /// With `--wait`: the maximum wait passed before a run finished.
    pub const WAIT_TIMED_OUT: u8 = 4;
}

/// Why a command (or one run of it) did not succeed.
#[derive(Debug)]
#[non_exhaustive]
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
        /// The last transient error, if a poll failed after the last answer.
        error: Option<String>,
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

    /// The last response, if any.
    pub fn last(&self) -> Option<&Value> {
        match self {
            Failure::RunFailed { last, .. } => Some(last),
            Failure::TimedOut { last, .. } => last.as_ref(),
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
    /// One or a few lines for stderr; text from the server has its control
    /// characters escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m) => write!(f, "usage: {}", escape_lines(m)),
            Failure::Call(e) => match e.as_service_error() {
                Some(s) => {
                    write!(
                        f,
                        "error: {}: {}",
                        escape_controls(s.code()),
                        escape_controls(s.message())
                    )?;
                    if let Some(id) = s.request_id() {
                        write!(f, "\nrequest id: {}", escape_controls(id))?;
                    }
                    if let Some(r) = s.recommend() {
                        write!(f, "\nsee: {}", escape_controls(r))?;
                    }
                    Ok(())
                }
                None => write!(f, "error: {}", escape_lines(&e.display_chain())),
            },
            Failure::RunFailed { state, .. } => {
                write!(f, "the run ended {}", escape_controls(&state.to_string()))
            }
            Failure::TimedOut { state, error, .. } => {
                match state {
                    Some(s) => write!(
                        f,
                        "gave up waiting; the run was {}",
                        escape_controls(&s.to_string())
                    )?,
                    None => f.write_str("gave up waiting; no poll succeeded")?,
                }
                if let Some(e) = error {
                    write!(f, "; last error: {}", escape_lines(e))?;
                }
                Ok(())
            }
        }
    }
}

/// Escapes control characters (C0, DEL, C1: what a terminal may act on)
/// as `\u{..}`-style text, so server-supplied text cannot move the cursor,
/// clear the screen or retitle the window.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// Like [`escape_controls`], keeping line breaks.
pub fn escape_lines(s: &str) -> String {
    s.split('\n')
        .map(escape_controls)
        .collect::<Vec<_>>()
        .join("\n")
}

fn to_value<T: Serialize>(v: &T) -> Result<Value, Failure> {
    serde_json::to_value(v).map_err(|e| {
        Failure::Call(Error::InvalidRequest(format!(
            "cannot print the response: {e}"
        )))
    })
}

/// How `--wait` waits and shows progress.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct WaitSettings {
    /// The poll schedule and the maximum wait.
    pub policy: WaitPolicy,
    /// Piped: a heartbeat line when nothing was printed for this long.
    pub heartbeat: Duration,
    /// Whether stderr is a terminal (a live display) or not (lines).
    pub terminal: bool,
}

impl WaitSettings {
    /// Settings for a policy: a heartbeat every 30 s, the display chosen by
    /// whether stderr is a terminal.
    pub fn new(policy: WaitPolicy) -> Self {
        Self {
            policy,
            heartbeat: Duration::from_secs(30),
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

/// What a generated command needs besides its own flags.
#[derive(Debug)]
#[non_exhaustive]
pub struct Context {
    /// The configuration the client was made from.
    pub config: Config,
    /// With `--wait`: how to wait.
    pub wait: Option<WaitSettings>,
    /// Run ids read with `--ids-from`.
    pub ids_from: Vec<String>,
}

impl Context {
    /// A context for one command.
    pub fn new(config: Config, wait: Option<WaitSettings>, ids_from: Vec<String>) -> Self {
        Self {
            config,
            wait,
            ids_from,
        }
    }

    /// Whether `--wait` was given.
    pub fn waiting(&self) -> bool {
        self.wait.is_some()
    }

    /// The run ids: the id flag's values, then `--ids-from`'s; at least one.
    #[doc(hidden)]
    pub fn run_ids(
        &self,
        m: &clap::ArgMatches,
        arg: &str,
        flag: &str,
    ) -> Result<Vec<String>, Failure> {
        let mut ids: Vec<String> = m
            .get_many::<String>(arg)
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        ids.extend(self.ids_from.iter().cloned());
        if ids.is_empty() {
            return Err(Failure::Usage(format!(
                "{flag} is required (or --ids-from FILE)"
            )));
        }
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        Ok(ids)
    }

    /// The outcome of one plain call.
    #[doc(hidden)]
    pub fn one<R, T>(&self, r: Result<R, Error>) -> Result<Output, Failure>
    where
        R: Deref<Target = T>,
        T: Serialize,
    {
        match r {
            Ok(v) => Ok(Output::One(to_value(&*v)?)),
            Err(e) => Err(Failure::Call(e)),
        }
    }

    /// The outcomes of one call per run id, without waiting.
    #[doc(hidden)]
    pub fn each<R, T>(&self, results: Vec<(String, Result<R, Error>)>) -> Result<Output, Failure>
    where
        R: Deref<Target = T>,
        T: Serialize,
    {
        if results.len() == 1 {
            let (_, r) = results.into_iter().next().expect("one result");
            return self.one(r);
        }
        let runs = results
            .into_iter()
            .map(|(id, r)| RunResult {
                id,
                state: None,
                status: None,
                elapsed: Duration::ZERO,
                polls: 1,
                outcome: match r {
                    Ok(v) => to_value(&*v),
                    Err(e) => Err(Failure::Call(e)),
                },
            })
            .collect();
        Ok(Output::Runs(runs))
    }

    /// Waits on the runs, showing progress on stderr.
    #[doc(hidden)]
    pub async fn wait<'a, R, T>(&self, runs: Vec<(String, Run<'a, R>)>) -> Result<Output, Failure>
    where
        R: Deref<Target = T> + Send + 'a,
        T: Serialize,
    {
        use futures_util::StreamExt;
        let Some(settings) = self.wait.clone() else {
            return Err(Failure::Usage("--wait was not given".into()));
        };
        let single = runs.len() == 1;
        let start = Instant::now();
        let mut rows: Vec<Row> = runs
            .iter()
            .map(|(id, _)| Row::new(id.clone(), start))
            .collect();
        let mut many = WaitMany::new(settings.policy.clone()).retry_budget_of(&self.config);
        for (i, (_, run)) in runs.into_iter().enumerate() {
            many.push(i, run);
        }
        let mut events = many.events();
        let mut display = Display::new(&settings, single, &rows);
        let period = if settings.terminal {
            Duration::from_secs(1)
        } else {
            settings.heartbeat.max(Duration::from_secs(1))
        };
        let period = period.min(Duration::from_secs(24 * 3600));
        let mut ticks =
            tokio::time::interval_at(start.checked_add(period).unwrap_or(start), period);
        let mut outcomes: Vec<Option<Result<Value, Failure>>> = rows.iter().map(|_| None).collect();
        loop {
            tokio::select! {
                event = events.next() => {
                    let Some((i, event)) = event else { break };
                    let row = &mut rows[i];
                    match event {
                        WaitEvent::Polled(p) => {
                            row.polls = p.polls;
                            row.last_poll = Some(Instant::now());
                            row.state = Some(p.state);
                            row.status = p.status;
                        }
                        WaitEvent::Changed(_) => display.changed(i, row),
                        WaitEvent::Retrying { error, polls, .. } => {
                            row.polls = polls;
                            row.last_poll = Some(Instant::now());
                            display.retrying(i, row, &error);
                        }
                        WaitEvent::Done(outcome) => {
                            row.done = Some(Instant::now());
                            let outcome = convert(outcome);
                            display.done(i, row, &outcome);
                            outcomes[i] = Some(outcome);
                        }
                    }
                    display.refresh(&rows);
                }
                _ = ticks.tick() => display.tick(&rows),
            }
        }
        display.finish();
        let results = rows
            .into_iter()
            .zip(outcomes)
            .map(|(row, outcome)| RunResult {
                elapsed: row.elapsed(),
                id: row.id,
                state: row.state,
                status: Some(row.status).filter(|s| !s.is_empty()),
                polls: row.polls,
                outcome: outcome.unwrap_or_else(|| {
                    Err(Failure::Call(Error::InvalidRequest(
                        "the wait ended without an outcome".into(),
                    )))
                }),
            })
            .collect();
        Ok(Output::Runs(results))
    }
}

fn convert<R, T>(outcome: Result<R, WaitError<R>>) -> Result<Value, Failure>
where
    R: Deref<Target = T>,
    T: Serialize,
{
    match outcome {
        Ok(v) => to_value(&*v),
        Err(WaitError::Call { error, .. }) => Err(Failure::Call(error)),
        Err(WaitError::Failed { state, response }) => Err(Failure::RunFailed {
            state,
            last: to_value(&**response)?,
        }),
        Err(WaitError::TimedOut {
            last_state,
            last_response,
            last_error,
            ..
        }) => Err(Failure::TimedOut {
            state: last_state,
            last: match last_response {
                Some(r) => Some(to_value(&**r)?),
                None => None,
            },
            error: last_error.map(|e| e.to_string()),
        }),
    }
}

/// What a command printed: one response, or one result per run.
#[derive(Debug)]
pub enum Output {
    /// One response (one call, or one run waited on).
    One(Value),
    /// One result per run (several run ids, or any `--wait`).
    Runs(Vec<RunResult>),
}

impl Output {
    /// Puts the keys of every response in the order of the operation's
    /// documented example (the service's order; the generated types sort
    /// their fields). Keys the example lacks follow, in their order.
    #[doc(hidden)]
    pub fn ordered_like(mut self, example: Option<&str>) -> Self {
        let Some(template) = example.and_then(|e| serde_json::from_str::<Value>(e).ok()) else {
            return self;
        };
        match &mut self {
            Output::One(v) => reorder(v, &template),
            Output::Runs(runs) => {
                for run in runs {
                    match &mut run.outcome {
                        Ok(v) => reorder(v, &template),
                        Err(Failure::RunFailed { last, .. }) => reorder(last, &template),
                        Err(Failure::TimedOut { last: Some(v), .. }) => reorder(v, &template),
                        Err(_) => {}
                    }
                }
            }
        }
        self
    }
}

fn reorder(v: &mut Value, template: &Value) {
    match (v, template) {
        (Value::Object(m), Value::Object(t)) => {
            let mut rest = std::mem::take(m);
            for (k, tv) in t {
                if let Some(mut x) = rest.shift_remove(k) {
                    reorder(&mut x, tv);
                    m.insert(k.clone(), x);
                }
            }
            m.extend(rest);
        }
        (Value::Array(items), Value::Array(t)) => {
            if let Some(first) = t.first() {
                items.iter_mut().for_each(|x| reorder(x, first));
            }
        }
        _ => {}
    }
}

/// How one run ended.
#[derive(Debug)]
#[non_exhaustive]
pub struct RunResult {
    /// The run id.
    pub id: String,
    /// The last state seen.
    pub state: Option<RunState>,
    /// The last status value, as the service sent it.
    pub status: Option<String>,
    /// How long it was waited on.
    pub elapsed: Duration,
    /// Polls made.
    pub polls: u32,
    /// The final response, or why there is none.
    pub outcome: Result<Value, Failure>,
}

impl RunResult {
    /// The exit code this run alone calls for.
    pub fn exit_code(&self) -> u8 {
        match &self.outcome {
            Ok(_) => exit::SUCCESS,
            Err(f) => f.exit_code(),
        }
    }

    /// The result as one JSON object: `id`, `state`, `status`,
    /// `elapsed_seconds`, `polls`, and `response` and/or `error`.
    pub fn to_json(&self, response: Option<Value>) -> Value {
        let mut m = serde_json::Map::new();
        m.insert("id".into(), self.id.clone().into());
        m.insert(
            "state".into(),
            match (&self.state, &self.outcome) {
                (Some(s), _) => state_name(s).into(),
                (None, Ok(_)) => Value::Null,
                (None, Err(_)) => "unknown".into(),
            },
        );
        m.insert(
            "status".into(),
            self.status.clone().map(Value::from).unwrap_or(Value::Null),
        );
        m.insert("elapsed_seconds".into(), self.elapsed.as_secs().into());
        m.insert("polls".into(), self.polls.into());
        m.insert("exit_code".into(), self.exit_code().into());
        if let Some(r) = response {
            m.insert("response".into(), r);
        }
        if let Err(f) = &self.outcome {
            m.insert("error".into(), f.to_string().into());
        }
        Value::Object(m)
    }
}

/// The exit code for a set of runs (see [`exit`] for the precedence).
pub fn runs_exit_code(runs: &[RunResult]) -> u8 {
    let codes: Vec<u8> = runs.iter().map(RunResult::exit_code).collect();
    [
        exit::USAGE,
        exit::CALL_FAILED,
        exit::RUN_FAILED,
        exit::WAIT_TIMED_OUT,
    ]
    .into_iter()
    .find(|c| codes.contains(c))
    .unwrap_or(exit::SUCCESS)
}

/// A state as one lower-case word (`partially-succeeded`, `unknown`).
fn state_name(s: &RunState) -> String {
    match s {
        RunState::PartiallySucceeded => "partially-succeeded".into(),
        RunState::Unknown(_) => "unknown".into(),
        other => other.to_string(),
    }
}

/// A value parser that lists an open enum's documented values (in help and
/// completions) and still accepts any other non-empty value.
#[derive(Clone, Debug)]
pub struct OpenValues(&'static [&'static str]);

impl OpenValues {
    /// The documented values.
    pub fn new(values: &'static [&'static str]) -> Self {
        Self(values)
    }
}

impl clap::builder::TypedValueParser for OpenValues {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::NonEmptyStringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.0.iter().map(|v| clap::builder::PossibleValue::new(*v)),
        ))
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

/// Selects from a response with a JMESPath expression (`--query`), as
/// `aws --query` does.
pub fn query(v: &Value, expression: &str) -> Result<Value, Failure> {
    let expr = jmespath::compile(expression)
        .map_err(|e| Failure::Usage(format!("--query: {}", e.to_string().replace('\n', " "))))?;
    let found = expr
        .search(v.clone())
        .map_err(|e| Failure::Usage(format!("--query: {}", e.to_string().replace('\n', " "))))?;
    serde_json::to_value(&*found).map_err(|e| Failure::Usage(format!("--query: {e}")))
}

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
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

/// Renders a response in a format. Control characters in values and keys
/// never reach the output raw: JSON escapes them (DEL and C1 too), the
/// table and YAML show them escaped.
pub fn render(v: &Value, format: Format) -> String {
    match format {
        Format::Json { pretty: true } => {
            escape_json_controls(serde_json::to_string_pretty(v).unwrap_or_default()) + "\n"
        }
        Format::Json { pretty: false } => {
            escape_json_controls(serde_json::to_string(v).unwrap_or_default()) + "\n"
        }
        Format::Yaml => escape_lines(&serde_norway::to_string(v).unwrap_or_default()),
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

/// serde_json escapes C0 controls in strings; DEL and the C1 controls go
/// out raw. Escaped as `\u00XX` they are the same JSON.
fn escape_json_controls(s: String) -> String {
    if !s.chars().any(|c| ('\u{7f}'..='\u{9f}').contains(&c)) {
        return s;
    }
    s.chars()
        .map(|c| {
            if ('\u{7f}'..='\u{9f}').contains(&c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, val) in m {
                let k = escape_controls(k);
                let p = if prefix.is_empty() {
                    k.into_owned()
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

/// The results of several runs as a table: id, state, elapsed, polls, and
/// the error when there is one.
pub fn render_runs_table(runs: &[RunResult]) -> String {
    let width = runs
        .iter()
        .map(|r| r.id.chars().count())
        .max()
        .unwrap_or(2)
        .max(2);
    let mut out = format!(
        "{:<width$}  {:<20}  {:>7}  {:>5}  RESULT\n",
        "ID", "STATE", "ELAPSED", "POLLS"
    );
    for r in runs {
        let state = r
            .status
            .as_deref()
            .map(|s| escape_controls(s).into_owned())
            .or_else(|| r.state.as_ref().map(state_name))
            .unwrap_or_else(|| "-".into());
        let result = match &r.outcome {
            Ok(_) => "ok".to_string(),
            Err(f) => f.to_string().lines().next().unwrap_or_default().to_string(),
        };
        out.push_str(&format!(
            "{:<width$}  {:<20}  {:>6}s  {:>5}  {result}\n",
            escape_controls(&r.id),
            state,
            r.elapsed.as_secs(),
            r.polls
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("plain"), "plain");
        assert_eq!(escape_controls("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(escape_controls("x\u{9b}y\u{7f}"), "x\\u{9b}y\\u{7f}");
        assert_eq!(escape_lines("a\nb\u{7}"), "a\nb\\u{7}");
        let v = serde_json::json!({"k\u{1b}": "v\u{9b}\u{1b}"});
        let json = render(&v, Format::Json { pretty: false });
        assert!(
            !json.chars().any(|c| c.is_control() && c != '\n'),
            "{json:?}"
        );
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), v);
        let table = render(&v, Format::Table);
        assert!(
            !table.chars().any(|c| c.is_control() && c != '\n'),
            "{table:?}"
        );
        let yaml = render(&v, Format::Yaml);
        assert!(
            !yaml.chars().any(|c| c.is_control() && c != '\n'),
            "{yaml:?}"
        );
    }

    #[test]
    fn exit_codes_follow_the_documented_precedence() {
        let r = |outcome: Result<Value, Failure>| RunResult {
            id: "x".into(),
            state: None,
            status: None,
            elapsed: Duration::ZERO,
            polls: 1,
            outcome,
        };
        let ok = || r(Ok(Value::Null));
        let failed = || {
            r(Err(Failure::RunFailed {
                state: RunState::Failed,
                last: Value::Null,
            }))
        };
        let timed_out = || {
            r(Err(Failure::TimedOut {
                state: None,
                last: None,
                error: None,
            }))
        };
        let call = || r(Err(Failure::Call(Error::Config("x".into()))));
        assert_eq!(runs_exit_code(&[ok(), ok()]), 0);
        assert_eq!(runs_exit_code(&[ok(), timed_out()]), 4);
        assert_eq!(runs_exit_code(&[timed_out(), failed(), ok()]), 3);
        assert_eq!(runs_exit_code(&[failed(), call(), timed_out()]), 1);
    }

    #[test]
    fn keys_follow_the_example() {
        let v = serde_json::json!({"a": 1, "b": {"x": 1, "y": 2}, "c": [{"p": 1, "q": 2}], "z": 0});
        let out = Output::One(v).ordered_like(Some(
            r#"{"c": [{"q": 0, "p": 0}], "b": {"y": 0, "x": 0}, "a": 0}"#,
        ));
        let Output::One(v) = out else { panic!() };
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"c":[{"q":2,"p":1}],"b":{"y":2,"x":1},"a":1,"z":0}"#
        );
    }

    #[test]
    fn query_selects_fields() {
        let v = serde_json::json!({"WorkflowTask": {"Status": "Succeed", "TaskId": "a"}});
        assert_eq!(query(&v, "WorkflowTask.Status").unwrap(), "Succeed");
        assert!(matches!(
            query(&v, "WorkflowTask.["),
            Err(Failure::Usage(_))
        ));
    }
}
