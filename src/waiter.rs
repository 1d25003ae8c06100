//! Waiting for a run to finish: poll an operation until the status its spec
//! names (`x-run`) reaches a terminal state.
//!
//! Every operation with `x-run` gets `wait_until_done` and
//! `wait_with_progress` on its builder:
//!
//! ```no_run
//! # async fn run(ice: &workflow_sdk::ice::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use workflow_sdk::WaitPolicy;
//! let done = ice
//!     .get_workflow_task()
//!     .task_id("4215e042b3966ca5441e")
//!     .wait_with_progress(&WaitPolicy::default(), |p| eprintln!("{p}"))
//!     .await?;
//! println!("{:?}", done.workflow_task);
//! # Ok(()) }
//! ```

use std::fmt;
use std::future::Future;
use std::time::Duration;

use crate::Response as ResponseValue;
use rand::Rng;
use serde::Serialize;
use tokio::time::Instant;

use crate::Error;
use crate::service::{RunSpec, RunState, ServiceSpec};

/// How often and how long to poll. The default: first poll at once, then
/// after 1 s, growing 1.5× per poll with ±20 % jitter, at most 30 s apart,
/// for at most 30 minutes.
#[derive(Clone, Debug, PartialEq)]
pub struct WaitPolicy {
    initial_delay: Duration,
    multiplier: f64,
    max_interval: Duration,
    max_wait: Duration,
    jitter: bool,
}

impl Default for WaitPolicy {
    fn default() -> Self {
        Self {
            initial_delay: Duration::from_secs(1),
            multiplier: 1.5,
            max_interval: Duration::from_secs(30),
            max_wait: Duration::from_secs(30 * 60),
            jitter: true,
        }
    }
}

impl WaitPolicy {
    /// Delay between the first and the second poll.
    pub fn initial_delay(mut self, d: Duration) -> Self {
        self.initial_delay = d;
        self
    }

    /// Growth of the delay per poll (at least 1).
    pub fn multiplier(mut self, m: f64) -> Self {
        self.multiplier = if m.is_finite() { m.max(1.0) } else { 1.0 };
        self
    }

    /// Longest delay between polls.
    pub fn max_interval(mut self, d: Duration) -> Self {
        self.max_interval = d;
        self
    }

    /// Longest total wait; then the wait ends with [`WaitError::TimedOut`].
    pub fn max_wait(mut self, d: Duration) -> Self {
        self.max_wait = d;
        self
    }

    /// Whether delays get ±20 % jitter (on by default), so many waiters
    /// started together do not poll in lockstep.
    pub fn jitter(mut self, on: bool) -> Self {
        self.jitter = on;
        self
    }

    fn jittered(&self, d: Duration) -> Duration {
        if !self.jitter || d.is_zero() {
            return d;
        }
        d.mul_f64(rand::rng().random_range(0.8..=1.2))
    }
}

/// One observed change of a run's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The unified state.
    pub state: RunState,
    /// The status value as the service sent it.
    pub status: String,
    /// Time since the wait started.
    pub elapsed: Duration,
    /// Polls made so far.
    pub polls: u32,
}

impl fmt::Display for Progress {
    /// `Processing (12s)`: the service's own status word and the time.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let status = self.status.trim();
        let status = if status.is_empty() {
            "(no status)"
        } else {
            status
        };
        write!(f, "{status} ({}s)", self.elapsed.as_secs())
    }
}

/// Why a wait ended without a successful run.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<T> {
    /// The run reached a terminal state that is not success.
    Failed {
        /// The state (`Failed` or `Canceled`).
        state: RunState,
        /// The last response.
        response: Box<ResponseValue<T>>,
    },
    /// The maximum wait passed before the run finished.
    TimedOut {
        /// How long it waited.
        waited: Duration,
        /// The last state seen, if any poll succeeded.
        last_state: Option<RunState>,
        /// The last response, if any poll succeeded.
        last_response: Option<Box<ResponseValue<T>>>,
    },
    /// A poll failed with an error that retrying will not fix.
    Call(Error),
}

impl<T> WaitError<T> {
    /// The last response, when there is one.
    pub fn last_response(&self) -> Option<&ResponseValue<T>> {
        match self {
            WaitError::Failed { response, .. } => Some(response),
            WaitError::TimedOut { last_response, .. } => last_response.as_deref(),
            WaitError::Call(_) => None,
        }
    }

    /// The last state seen, when there is one.
    pub fn last_state(&self) -> Option<&RunState> {
        match self {
            WaitError::Failed { state, .. } => Some(state),
            WaitError::TimedOut { last_state, .. } => last_state.as_ref(),
            WaitError::Call(_) => None,
        }
    }
}

impl<T> fmt::Display for WaitError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed { state, .. } => write!(f, "the run ended {state}"),
            WaitError::TimedOut {
                waited, last_state, ..
            } => {
                write!(f, "the run did not finish within {waited:?}")?;
                match last_state {
                    Some(s) => write!(f, "; last state {s}"),
                    None => f.write_str("; no poll succeeded"),
                }
            }
            WaitError::Call(e) => write!(f, "polling failed: {e}"),
        }
    }
}

impl<T: fmt::Debug> std::error::Error for WaitError<T> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Call(e) => Some(e),
            _ => None,
        }
    }
}

/// The run facts of an operation, for generated waiters.
#[doc(hidden)]
pub fn run_spec(service: &'static ServiceSpec, rust_name: &str) -> Result<&'static RunSpec, Error> {
    service
        .operation(rust_name)
        .and_then(|o| o.run.as_ref())
        .ok_or_else(|| {
            Error::Config(format!(
                "{rust_name} has no x-run in the {} spec",
                service.module
            ))
        })
}

/// Polls until the run is terminal. Generated `wait_*` methods call this.
///
/// Each poll is a full call (with its own retries). A poll that still fails
/// with a transient error is skipped and polling goes on; any other error
/// ends the wait. Dropping the future stops polling.
#[doc(hidden)]
pub async fn wait<T, F, Fut>(
    run: &RunSpec,
    policy: &WaitPolicy,
    mut poll: F,
    mut on_progress: impl FnMut(&Progress),
) -> Result<ResponseValue<T>, WaitError<T>>
where
    T: Serialize,
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<ResponseValue<T>, Error>>,
{
    let start = Instant::now();
    let mut delay = policy.initial_delay;
    let mut polls = 0u32;
    let mut last: Option<(RunState, Box<ResponseValue<T>>)> = None;
    let mut last_status: Option<String> = None;
    loop {
        polls += 1;
        match poll().await {
            Ok(response) => {
                let status = status_of(run, &*response);
                let state = run.state_of(&status);
                if last_status.as_deref() != Some(status.as_str()) {
                    on_progress(&Progress {
                        state: state.clone(),
                        status: status.clone(),
                        elapsed: start.elapsed(),
                        polls,
                    });
                    last_status = Some(status);
                }
                tracing::debug!(polls, state = %state, "polled");
                if state.is_terminal() {
                    return if state.is_success() {
                        Ok(response)
                    } else {
                        Err(WaitError::Failed {
                            state,
                            response: Box::new(response),
                        })
                    };
                }
                last = Some((state, Box::new(response)));
            }
            Err(e) if e.is_transient() => {
                tracing::debug!(polls, error = %e, "poll failed; polling on");
            }
            Err(e) => return Err(WaitError::Call(e)),
        }
        let waited = start.elapsed();
        let Some(remaining) = policy.max_wait.checked_sub(waited).filter(|r| !r.is_zero()) else {
            let (last_state, last_response) = match last {
                Some((s, r)) => (Some(s), Some(r)),
                None => (None, None),
            };
            return Err(WaitError::TimedOut {
                waited,
                last_state,
                last_response,
            });
        };
        tokio::time::sleep(policy.jittered(delay).min(remaining)).await;
        delay = delay.mul_f64(policy.multiplier).min(policy.max_interval);
    }
}

/// The status value at the spec's pointer ("" when absent or not a string).
fn status_of<T: Serialize>(run: &RunSpec, response: &T) -> String {
    serde_json::to_value(response)
        .ok()
        .and_then(|v| {
            v.pointer(run.status_pointer)
                .and_then(|s| s.as_str())
                .map(str::to_string)
        })
        .unwrap_or_default()
}
