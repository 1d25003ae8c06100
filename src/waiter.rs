//! Waiting for runs to finish: poll an operation until the status its spec
//! names (`x-run`) reaches a terminal state.
//!
//! Every operation with `x-run` gets, on its builder:
//! - `wait_until_done(&policy)`: the final response, or a [`WaitError`];
//! - `wait_with_progress(&policy, |p| ..)`: the same, calling back on each
//!   change of the run's status;
//! - `wait_stream(&policy)`: a [`Stream`] of [`WaitEvent`]s (each poll, each
//!   change, each transient error with its cause, then the outcome), to
//!   compose as you like;
//! - `into_run()`: a [`Run`], to wait on many runs together with
//!   [`WaitMany`] (bounded concurrency, one shared polling rate).
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
//!
//! Waiting on many runs, each outcome as its run finishes:
//!
//! ```no_run
//! # async fn run(ice: &workflow_sdk::ice::Client, config: &workflow_sdk::Config) {
//! use futures_util::StreamExt;
//! use workflow_sdk::{WaitMany, WaitPolicy};
//! let mut many = WaitMany::new(WaitPolicy::default()).retry_budget_of(config);
//! for id in ["a", "b", "c"] {
//!     many.push(id, ice.get_workflow_task().task_id(id).into_run());
//! }
//! let mut outcomes = many.outcomes();
//! while let Some((id, outcome)) = outcomes.next().await {
//!     println!("{id}: {}", if outcome.is_ok() { "done" } else { "not done" });
//! }
//! # }
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rand::Rng;
use tokio::time::Instant;

pub use futures_core::Stream;

use crate::service::{RunSpec, RunState};
use crate::{Config, Error, RetryBudget};

/// How often and how long to poll.
///
/// The default: first poll at once, then after 1 s, growing 1.5× per poll
/// with ±20 % jitter ([`WaitPolicy::jitter_ratio`]), never more than 10 s apart (so a finished run is
/// noticed within 10 s), for at most 30 minutes.
///
/// Every setting takes any value up to `Duration::MAX` without overflow; a
/// value that makes no sense (a zero maximum interval or wait) ends the wait
/// at once with [`Error::Config`] naming the setting.
#[derive(Clone, Debug, PartialEq)]
pub struct WaitPolicy {
    initial_delay: Duration,
    multiplier: f64,
    max_interval: Duration,
    max_wait: Duration,
    jitter: f64,
}

impl Default for WaitPolicy {
    fn default() -> Self {
        Self {
            initial_delay: Duration::from_secs(1),
            multiplier: 1.5,
            max_interval: Self::DEFAULT_MAX_INTERVAL,
            max_wait: Duration::from_secs(30 * 60),
            jitter: 0.2,
        }
    }
}

impl WaitPolicy {
    /// The default longest delay between polls.
    pub const DEFAULT_MAX_INTERVAL: Duration = Duration::from_secs(10);

    /// Delay between the first and the second poll.
    pub fn initial_delay(mut self, d: Duration) -> Self {
        self.initial_delay = d;
        self
    }

    /// Growth of the delay per poll (at least 1; not a number counts as 1).
    pub fn multiplier(mut self, m: f64) -> Self {
        self.multiplier = if m.is_finite() { m.max(1.0) } else { 1.0 };
        self
    }

    /// Longest delay between polls (more than zero). Jitter never takes a
    /// delay past it.
    pub fn max_interval(mut self, d: Duration) -> Self {
        self.max_interval = d;
        self
    }

    /// Longest total wait (more than zero), a hard deadline: a poll still
    /// in flight when it passes is abandoned, and the wait ends with
    /// [`WaitError::TimedOut`].
    pub fn max_wait(mut self, d: Duration) -> Self {
        self.max_wait = d;
        self
    }

    /// Whether delays get ±20 % jitter (on by default), so many waiters
    /// started together do not poll in lockstep.
    pub fn jitter(mut self, on: bool) -> Self {
        self.jitter = if on { 0.2 } else { 0.0 };
        self
    }

    /// Jitter as a fraction of each delay: `0.2` is ±20 %; clamped to
    /// `0..=1` (not a number counts as none).
    pub fn jitter_ratio(mut self, ratio: f64) -> Self {
        self.jitter = if ratio.is_finite() {
            ratio.clamp(0.0, 1.0)
        } else {
            0.0
        };
        self
    }

    /// The longest delay between polls.
    pub fn max_interval_value(&self) -> Duration {
        self.max_interval
    }

    /// The longest total wait.
    pub fn max_wait_value(&self) -> Duration {
        self.max_wait
    }

    /// Refuses settings that make no sense, naming the setting.
    pub fn validate(&self) -> Result<(), Error> {
        if self.max_interval.is_zero() {
            return Err(Error::Config(
                "WaitPolicy max_interval must be more than zero".into(),
            ));
        }
        if self.max_wait.is_zero() {
            return Err(Error::Config(
                "WaitPolicy max_wait must be more than zero".into(),
            ));
        }
        Ok(())
    }

    /// The delay after `current`: grown by the multiplier, capped.
    fn grow(&self, current: Duration) -> Duration {
        Duration::try_from_secs_f64(current.as_secs_f64() * self.multiplier)
            .unwrap_or(self.max_interval)
            .min(self.max_interval)
    }

    fn jittered(&self, d: Duration) -> Duration {
        if self.jitter <= 0.0 || d.is_zero() {
            return d;
        }
        let factor = rand::rng().random_range(1.0 - self.jitter..=1.0 + self.jitter);
        Duration::try_from_secs_f64(d.as_secs_f64() * factor)
            .unwrap_or(d)
            .min(self.max_interval)
    }
}

/// One observed state of a run.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Progress {
    /// The unified state.
    pub state: RunState,
    /// The status value as the service sent it.
    pub status: String,
    /// Time since the wait started.
    pub elapsed: Duration,
    /// Polls made so far (failed ones included).
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

/// What happens during a wait, in order (see `wait_stream` on a builder,
/// or [`Run::events`]). The last event is always [`WaitEvent::Done`].
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitEvent<R> {
    /// A poll answered; the run is in this state.
    Polled(Progress),
    /// The run's status changed (the first answer counts as a change).
    /// Follows the [`WaitEvent::Polled`] of the same poll.
    Changed(Progress),
    /// A poll failed with an error that may pass; polling goes on.
    Retrying {
        /// The error, with its cause.
        error: Arc<Error>,
        /// Polls made so far.
        polls: u32,
        /// Time since the wait started.
        elapsed: Duration,
    },
    /// The wait is over.
    Done(Result<R, WaitError<R>>),
}

/// Why a wait ended without a successful run. `R` is the operation's
/// response type.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<R> {
    /// The run reached a terminal state that is not success.
    Failed {
        /// The state (`Failed` or `Canceled`).
        state: RunState,
        /// The last response.
        response: Box<R>,
    },
    /// The maximum wait passed before the run finished.
    TimedOut {
        /// How long it waited.
        waited: Duration,
        /// The last state seen, if any poll succeeded.
        last_state: Option<RunState>,
        /// The last response, if any poll succeeded.
        last_response: Option<Box<R>>,
        /// The last transient error, if a poll failed after the last
        /// answer (why no poll succeeded, for instance).
        last_error: Option<Arc<Error>>,
    },
    /// A poll failed with an error that retrying will not fix.
    Call {
        /// The error.
        error: Error,
        /// The transient error of an earlier poll, if there was one.
        last_transient: Option<Arc<Error>>,
    },
}

impl<R> WaitError<R> {
    /// The last response, when there is one.
    pub fn last_response(&self) -> Option<&R> {
        match self {
            WaitError::Failed { response, .. } => Some(response),
            WaitError::TimedOut { last_response, .. } => last_response.as_deref(),
            WaitError::Call { .. } => None,
        }
    }

    /// The last state seen, when there is one.
    pub fn last_state(&self) -> Option<&RunState> {
        match self {
            WaitError::Failed { state, .. } => Some(state),
            WaitError::TimedOut { last_state, .. } => last_state.as_ref(),
            WaitError::Call { .. } => None,
        }
    }

    /// The error that ended the wait, or the last transient one.
    pub fn error(&self) -> Option<&Error> {
        match self {
            WaitError::Call { error, .. } => Some(error),
            WaitError::TimedOut { last_error, .. } => last_error.as_deref(),
            WaitError::Failed { .. } => None,
        }
    }

    /// The same error with the response mapped (see [`Run::map`]).
    pub fn map<U>(self, f: impl FnOnce(R) -> U) -> WaitError<U> {
        match self {
            WaitError::Failed { state, response } => WaitError::Failed {
                state,
                response: Box::new(f(*response)),
            },
            WaitError::TimedOut {
                waited,
                last_state,
                last_response,
                last_error,
            } => WaitError::TimedOut {
                waited,
                last_state,
                last_response: last_response.map(|r| Box::new(f(*r))),
                last_error,
            },
            WaitError::Call {
                error,
                last_transient,
            } => WaitError::Call {
                error,
                last_transient,
            },
        }
    }
}

impl<R> fmt::Display for WaitError<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failed { state, .. } => write!(f, "the run ended {state}"),
            WaitError::TimedOut {
                waited,
                last_state,
                last_error,
                ..
            } => {
                write!(f, "the run did not finish within {}s", waited.as_secs())?;
                match last_state {
                    Some(s) => write!(f, "; last state {s}")?,
                    None => f.write_str("; no poll succeeded")?,
                }
                if let Some(e) = last_error {
                    write!(f, "; last error: {e}")?;
                }
                Ok(())
            }
            WaitError::Call { error, .. } => write!(f, "polling failed: {error}"),
        }
    }
}

impl<R: fmt::Debug> std::error::Error for WaitError<R> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Call { error, .. } => Some(error),
            WaitError::TimedOut {
                last_error: Some(e),
                ..
            } => Some(&**e),
            _ => None,
        }
    }
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
type PollFn<'a, R> = Box<dyn FnMut() -> BoxFuture<'a, Result<(R, String), Error>> + Send + 'a>;

/// One run to wait on: an operation with `x-run`, its parameters set.
/// Made by `into_run()` on the builder; waited on alone
/// ([`Run::wait`], [`Run::events`]) or with others ([`WaitMany`]).
pub struct Run<'a, R> {
    spec: &'static RunSpec,
    poll: PollFn<'a, R>,
}

impl<R> fmt::Debug for Run<'_, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Run").field("spec", self.spec).finish()
    }
}

impl<'a, R: Send + 'a> Run<'a, R> {
    /// A run polled by `poll`, its status read by `status`. Generated
    /// `into_run()` methods call this with the operation's facts and a
    /// status accessor generated from the spec's JSON pointer.
    #[doc(hidden)]
    pub fn new<F, Fut>(spec: &'static RunSpec, status: fn(&R) -> Option<&str>, mut poll: F) -> Self
    where
        F: FnMut() -> Fut + Send + 'a,
        Fut: Future<Output = Result<R, Error>> + Send + 'a,
    {
        Self {
            spec,
            poll: Box::new(move || {
                let call = poll();
                Box::pin(async move {
                    let r = call.await?;
                    let s = status(&r).unwrap_or_default().to_string();
                    Ok((r, s))
                })
            }),
        }
    }

    /// The same run with each response mapped, e.g. to put runs of
    /// different operations in one [`WaitMany`].
    pub fn map<U: Send + 'a>(self, f: impl Fn(R) -> U + Send + Sync + 'a) -> Run<'a, U> {
        let f = Arc::new(f);
        let mut poll = self.poll;
        Run {
            spec: self.spec,
            poll: Box::new(move || {
                let call = poll();
                let f = f.clone();
                Box::pin(async move { call.await.map(|(r, s)| (f(r), s)) })
            }),
        }
    }

    /// Polls until the run is terminal. A poll that fails with a transient
    /// error is skipped and polling goes on; any other error ends the wait.
    /// Dropping the future stops polling.
    pub async fn wait(self, policy: &WaitPolicy) -> Result<R, WaitError<R>> {
        self.wait_with_progress(policy, |_| {}).await
    }

    /// Like [`Run::wait`], calling `on_progress` with each change of the
    /// run's status (the first answer included).
    pub async fn wait_with_progress(
        self,
        policy: &WaitPolicy,
        mut on_progress: impl FnMut(&Progress),
    ) -> Result<R, WaitError<R>> {
        let mut poller = Poller::new(self, policy.clone(), None);
        loop {
            match poller.next_event().await {
                Some(WaitEvent::Changed(p)) => on_progress(&p),
                Some(WaitEvent::Done(outcome)) => return outcome,
                Some(_) => {}
                // A poller always ends with `Done`.
                None => {
                    return Err(WaitError::Call {
                        error: Error::InvalidRequest("the wait ended without an outcome".into()),
                        last_transient: None,
                    });
                }
            }
        }
    }

    /// The wait as a stream of events, ending with [`WaitEvent::Done`].
    /// Nothing is polled until the stream is; dropping it stops polling.
    pub fn events(
        self,
        policy: &WaitPolicy,
    ) -> impl Stream<Item = WaitEvent<R>> + Send + Unpin + 'a {
        Box::pin(poller_stream(Poller::new(self, policy.clone(), None)))
    }
}

fn poller_stream<'a, R: Send + 'a>(
    poller: Poller<'a, R>,
) -> impl Stream<Item = WaitEvent<R>> + Send + 'a {
    futures_util::stream::unfold(poller, |mut p| async move {
        let event = p.next_event().await?;
        Some((event, p))
    })
}

/// The state of one wait, advanced one event at a time.
struct Poller<'a, R> {
    run: Run<'a, R>,
    policy: WaitPolicy,
    gate: Option<Arc<Gate>>,
    start: Option<Instant>,
    deadline: Option<Instant>,
    delay: Duration,
    polls: u32,
    last_status: Option<String>,
    last: Option<(RunState, R)>,
    last_error: Option<Arc<Error>>,
    queued: VecDeque<WaitEvent<R>>,
    finished: bool,
}

impl<'a, R: Send + 'a> Poller<'a, R> {
    fn new(run: Run<'a, R>, policy: WaitPolicy, gate: Option<Arc<Gate>>) -> Self {
        let delay = policy.initial_delay.min(policy.max_interval);
        Self {
            run,
            policy,
            gate,
            start: None,
            deadline: None,
            delay,
            polls: 0,
            last_status: None,
            last: None,
            last_error: None,
            queued: VecDeque::new(),
            finished: false,
        }
    }

    fn finish(&mut self, outcome: Result<R, WaitError<R>>) {
        self.finished = true;
        self.queued.push_back(WaitEvent::Done(outcome));
    }

    fn timed_out(&mut self, start: Instant) {
        let (last_state, last_response) = match self.last.take() {
            Some((s, r)) => (Some(s), Some(Box::new(r))),
            None => (None, None),
        };
        let error = WaitError::TimedOut {
            waited: start.elapsed(),
            last_state,
            last_response,
            last_error: self.last_error.take(),
        };
        self.finish(Err(error));
    }

    async fn next_event(&mut self) -> Option<WaitEvent<R>> {
        loop {
            if let Some(e) = self.queued.pop_front() {
                return Some(e);
            }
            if self.finished {
                return None;
            }
            self.step().await;
        }
    }

    /// Sleeps until the next poll (unless it is the first), polls, and
    /// queues what happened.
    async fn step(&mut self) {
        let start = match self.start {
            Some(s) => s,
            None => {
                if let Err(error) = self.policy.validate() {
                    self.finish(Err(WaitError::Call {
                        error,
                        last_transient: None,
                    }));
                    return;
                }
                let now = Instant::now();
                self.start = Some(now);
                self.deadline = now.checked_add(self.policy.max_wait);
                now
            }
        };
        if self.polls > 0 {
            let pause = self.policy.jittered(self.delay);
            self.delay = self.policy.grow(self.delay);
            let wake = Instant::now().checked_add(pause);
            match (wake, self.deadline) {
                (Some(w), Some(d)) if w >= d => {
                    tokio::time::sleep_until(d).await;
                    self.timed_out(start);
                    return;
                }
                (Some(w), _) => tokio::time::sleep_until(w).await,
                (None, Some(d)) => {
                    tokio::time::sleep_until(d).await;
                    self.timed_out(start);
                    return;
                }
                (None, None) => std::future::pending::<()>().await,
            }
        }
        let gate = self.gate.clone();
        let poll = (self.run.poll)();
        let attempt = async {
            let _permit = match &gate {
                Some(g) => Some(g.admit().await),
                None => None,
            };
            let result = poll.await;
            if let Some(g) = &gate {
                g.report(&result);
            }
            result
        };
        let result = match self.deadline {
            Some(d) => match tokio::time::timeout_at(d, attempt).await {
                Ok(r) => r,
                Err(_) => {
                    self.timed_out(start);
                    return;
                }
            },
            None => attempt.await,
        };
        self.polls = self.polls.saturating_add(1);
        let polls = self.polls;
        match result {
            Ok((response, status)) => {
                let state = self.run.spec.state_of(&status);
                let progress = Progress {
                    state: state.clone(),
                    status,
                    elapsed: start.elapsed(),
                    polls,
                };
                tracing::debug!(polls, state = %state, "polled");
                let changed = self.last_status.as_deref() != Some(progress.status.as_str());
                if changed {
                    self.last_status = Some(progress.status.clone());
                    self.queued.push_back(WaitEvent::Polled(progress.clone()));
                    self.queued.push_back(WaitEvent::Changed(progress));
                } else {
                    self.queued.push_back(WaitEvent::Polled(progress));
                }
                self.last_error = None;
                if state.is_terminal() {
                    if state.is_success() {
                        self.finish(Ok(response));
                    } else {
                        self.finish(Err(WaitError::Failed {
                            state,
                            response: Box::new(response),
                        }));
                    }
                } else {
                    self.last = Some((state, response));
                }
            }
            Err(e) if e.is_transient() => {
                tracing::debug!(polls, error = %e, "poll failed; polling on");
                let error = Arc::new(e);
                self.last_error = Some(error.clone());
                self.queued.push_back(WaitEvent::Retrying {
                    error,
                    polls,
                    elapsed: start.elapsed(),
                });
            }
            Err(error) => {
                let last_transient = self.last_error.take();
                self.finish(Err(WaitError::Call {
                    error,
                    last_transient,
                }));
            }
        }
    }
}

/// The polling rate and concurrency shared by the runs of a [`WaitMany`].
///
/// Polls start no faster than the current rate. A throttling answer
/// (HTTP 429, a `Throttling*` code) halves the rate and holds every poll
/// for as long as the service asked (AltaBots' rate-limit reset); each
/// answered poll raises the rate again a little, up to the maximum. When the
/// configuration's retry budget runs low, the rate drops to its floor, so
/// that polls that would fail without retrying are not sent in a burst.
#[derive(Debug)]
struct Gate {
    permits: tokio::sync::Semaphore,
    pace: Mutex<Pace>,
    budget: Option<Config>,
}

#[derive(Debug)]
struct Pace {
    rate: f64,
    max_rate: f64,
    next_slot: Instant,
    hold_until: Option<Instant>,
}

/// The slowest the shared rate goes: one poll per second.
const MIN_RATE: f64 = 1.0;

impl Gate {
    fn new(concurrency: usize, max_rate: f64, budget: Option<Config>) -> Self {
        Self {
            permits: tokio::sync::Semaphore::new(concurrency.max(1)),
            pace: Mutex::new(Pace {
                rate: max_rate,
                max_rate,
                next_slot: Instant::now(),
                hold_until: None,
            }),
            budget,
        }
    }

    fn pace(&self) -> std::sync::MutexGuard<'_, Pace> {
        self.pace.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits for a concurrency permit and the next free slot of the rate.
    async fn admit(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        let permit = self.permits.acquire().await.ok();
        let slot = {
            let low_budget = self
                .budget
                .as_ref()
                .is_some_and(|c| c.retry_budget().available() < RetryBudget::RETRY_COST);
            let mut pace = self.pace();
            if low_budget {
                pace.rate = MIN_RATE;
            }
            let now = Instant::now();
            let mut slot = pace.next_slot.max(now);
            if let Some(hold) = pace.hold_until {
                slot = slot.max(hold);
            }
            let gap = Duration::from_secs_f64(1.0 / pace.rate.max(MIN_RATE));
            pace.next_slot = slot.checked_add(gap).unwrap_or(slot);
            slot
        };
        tokio::time::sleep_until(slot).await;
        permit
    }

    fn report<T>(&self, result: &Result<T, Error>) {
        let mut pace = self.pace();
        match result {
            Ok(_) => {
                pace.rate = (pace.rate + pace.max_rate / 20.0).min(pace.max_rate);
            }
            Err(e) if is_throttling(e) => {
                pace.rate = (pace.rate / 2.0).max(MIN_RATE);
                let reset = e
                    .rate_limit()
                    .and_then(|r| r.reset)
                    .and_then(|at| at.duration_since(std::time::SystemTime::now()).ok());
                if let Some(wait) = reset {
                    // Held at most a minute: a reset far away is a clock
                    // problem, not a reason to stop polling.
                    let hold = Instant::now().checked_add(wait.min(Duration::from_secs(60)));
                    pace.hold_until = hold.max(pace.hold_until);
                }
                tracing::debug!(rate = pace.rate, "throttled; polling slower");
            }
            Err(_) => {}
        }
    }
}

fn is_throttling(e: &Error) -> bool {
    e.http_status() == Some(429) || e.code().is_some_and(|c| c.starts_with("Throttling"))
}

/// Waits on many runs together, of one operation or several (map their
/// responses to one type with [`Run::map`]).
///
/// - At most `concurrency` polls are in flight at once (16 by default).
/// - Polls of all runs share one rate (20 per second at most by default),
///   which halves on each throttling answer and recovers as polls succeed,
///   so that throttling does not spiral; with [`WaitMany::retry_budget_of`]
///   the rate also drops when the configuration's retry budget runs low.
/// - Each run is polled on its own schedule (the [`WaitPolicy`]), and its
///   outcome is yielded as soon as it is known.
pub struct WaitMany<'a, K, R> {
    policy: WaitPolicy,
    concurrency: usize,
    max_rate: f64,
    budget: Option<Config>,
    runs: Vec<(K, Run<'a, R>)>,
}

impl<K, R> fmt::Debug for WaitMany<'_, K, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WaitMany")
            .field("policy", &self.policy)
            .field("concurrency", &self.concurrency)
            .field("max_rate", &self.max_rate)
            .field("runs", &self.runs.len())
            .finish()
    }
}

impl<'a, K, R> WaitMany<'a, K, R>
where
    K: Clone + Send + 'a,
    R: Send + 'a,
{
    /// Default polls in flight at once.
    pub const DEFAULT_CONCURRENCY: usize = 16;
    /// Default polls per second, all runs together.
    pub const DEFAULT_MAX_RATE: f64 = 20.0;

    /// No runs yet; each run is polled on `policy`'s schedule.
    pub fn new(policy: WaitPolicy) -> Self {
        Self {
            policy,
            concurrency: Self::DEFAULT_CONCURRENCY,
            max_rate: Self::DEFAULT_MAX_RATE,
            budget: None,
            runs: Vec::new(),
        }
    }

    /// Polls in flight at once (at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// Polls per second, all runs together (at least 1; not a number
    /// counts as the default).
    pub fn max_polls_per_second(mut self, rate: f64) -> Self {
        self.max_rate = if rate.is_finite() {
            rate.max(MIN_RATE)
        } else {
            Self::DEFAULT_MAX_RATE
        };
        self
    }

    /// Slows polling down when this configuration's retry budget runs low
    /// (use the configuration the runs' clients were made from).
    pub fn retry_budget_of(mut self, config: &Config) -> Self {
        self.budget = Some(config.clone());
        self
    }

    /// Adds a run, named by `key` in what the streams yield.
    pub fn push(&mut self, key: K, run: Run<'a, R>) {
        self.runs.push((key, run));
    }

    /// Every run's events, each with its run's key, as they happen.
    pub fn events(self) -> impl Stream<Item = (K, WaitEvent<R>)> + Send + Unpin + 'a {
        let gate = Arc::new(Gate::new(self.concurrency, self.max_rate, self.budget));
        let streams = self.runs.into_iter().map(|(key, run)| {
            let poller = Poller::new(run, self.policy.clone(), Some(gate.clone()));
            Box::pin(futures_util::StreamExt::map(
                poller_stream(poller),
                move |e| (key.clone(), e),
            ))
        });
        futures_util::stream::select_all(streams)
    }

    /// Each run's outcome, in the order the runs finish.
    pub fn outcomes(self) -> impl Stream<Item = (K, Result<R, WaitError<R>>)> + Send + Unpin + 'a {
        futures_util::StreamExt::filter_map(self.events(), |(k, e)| {
            std::future::ready(match e {
                WaitEvent::Done(outcome) => Some((k, outcome)),
                _ => None,
            })
        })
    }
}

/// Steps of a generated status accessor: `(&Hop(&v.field)).hop()` gives
/// `Option<&T>` whether the field is an `Option<T>` or a plain `T`, so the
/// generator need not know which fields the spec requires.
#[doc(hidden)]
pub mod hop {
    /// A field on the way to the status.
    pub struct Hop<'a, T>(pub &'a T);

    impl<T> Clone for Hop<'_, T> {
        fn clone(&self) -> Self {
            *self
        }
    }
    impl<T> Copy for Hop<'_, T> {}

    /// An optional field: present or not.
    pub trait HopOption<'a> {
        /// The field's type inside the `Option`.
        type Out: 'a;
        /// The value, if present.
        fn hop(self) -> Option<&'a Self::Out>;
    }

    impl<'a, T: 'a> HopOption<'a> for &Hop<'a, Option<T>> {
        type Out = T;
        fn hop(self) -> Option<&'a T> {
            self.0.as_ref()
        }
    }

    /// A required field: always present.
    pub trait HopPlain<'a> {
        /// The field's type.
        type Out: 'a;
        /// The value.
        fn hop(self) -> Option<&'a Self::Out>;
    }

    impl<'a, T: 'a> HopPlain<'a> for Hop<'a, T> {
        type Out = T;
        fn hop(self) -> Option<&'a T> {
            Some(self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_to_the_cap_without_overflow() {
        let p = WaitPolicy::default().jitter(false);
        assert_eq!(p.grow(Duration::from_secs(1)), Duration::from_millis(1500));
        assert_eq!(
            p.grow(Duration::from_secs(9)),
            WaitPolicy::DEFAULT_MAX_INTERVAL
        );
        let huge = WaitPolicy::default()
            .max_interval(Duration::MAX)
            .multiplier(f64::MAX);
        assert_eq!(huge.grow(Duration::MAX), Duration::MAX);
        assert!(huge.jittered(Duration::MAX) >= Duration::from_secs(u64::MAX / 2));
        let jittered = WaitPolicy::default();
        for _ in 0..100 {
            assert!(jittered.jittered(Duration::from_secs(10)) <= Duration::from_secs(10));
            let d = jittered.jittered(Duration::from_secs(5));
            assert!(
                d >= Duration::from_secs(4) && d <= Duration::from_secs(6),
                "{d:?}"
            );
        }
        let wide = WaitPolicy::default().jitter_ratio(f64::INFINITY);
        assert_eq!(
            wide.jittered(Duration::from_secs(5)),
            Duration::from_secs(5)
        );
        let full = WaitPolicy::default().jitter_ratio(7.0);
        for _ in 0..100 {
            assert!(full.jittered(Duration::from_secs(5)) <= Duration::from_secs(10));
        }
    }

    fn service_error(status: u16, headers: &[(&str, String)], body: &str) -> Error {
        let mut map = http::HeaderMap::new();
        for (k, v) in headers {
            map.insert(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                http::HeaderValue::from_str(v).unwrap(),
            );
        }
        Error::Service {
            error: Box::new(crate::ServiceError::parse(status, &map, body.as_bytes()).unwrap()),
            attempts: 1,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_shared_rate_halves_on_throttling_and_recovers() {
        let gate = Gate::new(4, 20.0, None);
        let rate = |g: &Gate| g.pace().rate;
        let throttled = service_error(400, &[], r#"{"Code":"Throttling.User","Message":"x"}"#);
        gate.report::<()>(&Err(throttled));
        assert_eq!(rate(&gate), 10.0);
        let forbidden = service_error(403, &[], r#"{"Code":"Forbidden","Message":"x"}"#);
        gate.report::<()>(&Err(forbidden));
        assert_eq!(rate(&gate), 10.0, "only throttling slows down");
        for _ in 0..3 {
            gate.report(&Ok(()));
        }
        assert_eq!(rate(&gate), 13.0);
        for _ in 0..100 {
            gate.report(&Ok(()));
        }
        assert_eq!(rate(&gate), 20.0, "never above the maximum");
        for _ in 0..100 {
            gate.report::<()>(&Err(service_error(
                429,
                &[],
                r#"{"error":{"code":"RATE_LIMITED","message":"x"}}"#,
            )));
        }
        assert_eq!(rate(&gate), MIN_RATE, "never below one poll per second");

        // A rate-limit reset holds every poll until then (a minute at most).
        let reset = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 30;
        let limited = service_error(
            429,
            &[
                ("x-ratelimit-remaining", "0".into()),
                ("x-ratelimit-reset", reset.to_string()),
            ],
            r#"{"error":{"code":"RATE_LIMITED","message":"x"}}"#,
        );
        let start = Instant::now();
        gate.report::<()>(&Err(limited));
        let _permit = gate.admit().await;
        let held = start.elapsed();
        assert!(
            held >= Duration::from_secs(28) && held <= Duration::from_secs(31),
            "{held:?}"
        );
    }

    #[test]
    fn nonsense_settings_are_refused_by_name() {
        let e = WaitPolicy::default()
            .max_interval(Duration::ZERO)
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("max_interval"), "{e}");
        let e = WaitPolicy::default()
            .max_wait(Duration::ZERO)
            .validate()
            .unwrap_err();
        assert!(e.to_string().contains("max_wait"), "{e}");
        WaitPolicy::default()
            .max_wait(Duration::MAX)
            .max_interval(Duration::MAX)
            .initial_delay(Duration::MAX)
            .validate()
            .unwrap();
    }

    #[test]
    // The generated accessors borrow every hop alike; that is the point.
    #[allow(clippy::needless_borrow)]
    fn hops_through_optional_and_required_fields() {
        use hop::{Hop, HopOption as _, HopPlain as _};
        struct Inner {
            status: String,
        }
        struct Outer {
            a: Option<Inner>,
            b: Inner,
        }
        let o = Outer {
            a: Some(Inner { status: "x".into() }),
            b: Inner { status: "y".into() },
        };
        let a = (&Hop(&o.a)).hop().map(|v| v.status.as_str());
        let b = (&Hop(&o.b)).hop().map(|v| v.status.as_str());
        assert_eq!((a, b), (Some("x"), Some("y")));
    }
}
