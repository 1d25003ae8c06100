//! Retry policy: which failures are retried, how long to wait, and a
//! budget that stops retry storms.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use rand::Rng;

/// Alibaba Cloud error codes that mean "try again later".
pub const TRANSIENT_CODES: &[&str] = &[
    "Throttling",
    "Throttling.User",
    "Throttling.Api",
    "ServiceUnavailable",
    "InternalError",
];

/// How calls are retried. The default is the standard policy: 3 attempts,
/// exponential backoff with full jitter from 100 ms up to 20 s, server
/// requested waits (`Retry-After`, `X-RateLimit-Reset`) honoured up to 60 s,
/// and a retry budget shared by the clients of one [`crate::Config`].
///
/// ```
/// use std::time::Duration;
/// use workflow_sdk::RetryConfig;
/// let patient = RetryConfig::standard().max_attempts(5).max_backoff(Duration::from_secs(5));
/// let never = RetryConfig::disabled();
/// # let _ = (patient, never);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryConfig {
    pub(crate) max_attempts: u32,
    pub(crate) initial_backoff: Duration,
    pub(crate) max_backoff: Duration,
    pub(crate) max_server_wait: Duration,
    pub(crate) budget: bool,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// The standard policy (see the type's documentation).
    pub fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(20),
            max_server_wait: Duration::from_secs(60),
            budget: true,
        }
    }

    /// No retries: one attempt per call.
    pub fn disabled() -> Self {
        Self::standard().max_attempts(1)
    }

    /// Attempts per call, the first included (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Backoff before the first retry, doubled for each one after.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// The longest backoff between attempts.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// The longest wait a server may ask for with `Retry-After` or
    /// `X-RateLimit-Reset`; asked for longer, the call fails instead.
    pub fn max_server_wait(mut self, d: Duration) -> Self {
        self.max_server_wait = d;
        self
    }

    /// Whether retries draw on the shared retry budget (on by default).
    pub fn retry_budget(mut self, on: bool) -> Self {
        self.budget = on;
        self
    }

    /// Full-jitter backoff before retry number `retry` (1 for the first):
    /// uniform in `[0, min(max_backoff, initial_backoff * 2^(retry-1))]`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self.initial_backoff.saturating_mul(
            1u32.checked_shl(retry.saturating_sub(1))
                .unwrap_or(u32::MAX),
        );
        let ceiling = exp.min(self.max_backoff);
        if ceiling.is_zero() {
            return ceiling;
        }
        rand::rng().random_range(Duration::ZERO..=ceiling)
    }
}

/// Token bucket that limits retries when many calls fail at once, as the
/// AWS SDKs' standard mode does: a retry costs 5 tokens (10 after a
/// timeout), a success returns 1 (or what its retry cost), and with the
/// bucket empty calls fail without retrying.
#[derive(Debug)]
pub struct RetryBudget {
    tokens: AtomicU32,
    capacity: u32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        Self::new(Self::CAPACITY)
    }
}

impl RetryBudget {
    /// Tokens in a full bucket.
    pub const CAPACITY: u32 = 500;
    /// Cost of a retry.
    pub const RETRY_COST: u32 = 5;
    /// Cost of a retry after a timeout.
    pub const TIMEOUT_RETRY_COST: u32 = 10;

    /// A full bucket of `capacity` tokens.
    pub fn new(capacity: u32) -> Self {
        Self {
            tokens: AtomicU32::new(capacity),
            capacity,
        }
    }

    /// Tokens left.
    pub fn available(&self) -> u32 {
        self.tokens.load(Ordering::Relaxed)
    }

    pub(crate) fn try_acquire(&self, cost: u32) -> bool {
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(cost))
            .is_ok()
    }

    pub(crate) fn refund(&self, amount: u32) {
        let cap = self.capacity;
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                Some((t + amount).min(cap))
            });
    }
}

/// The wait a response asks for: `Retry-After` (seconds or an HTTP date),
/// else AltaBots' `X-RateLimit-Reset` (Unix seconds) when nothing remains.
pub(crate) fn server_requested_wait(
    headers: &http::HeaderMap,
    now: SystemTime,
) -> Option<Duration> {
    let header = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).map(str::trim);
    if let Some(v) = header("retry-after") {
        if let Ok(secs) = v.parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        if let Ok(at) = httpdate::parse_http_date(v) {
            return Some(at.duration_since(now).unwrap_or_default());
        }
    }
    let exhausted = header("x-ratelimit-remaining").is_none_or(|r| r == "0");
    if exhausted
        && let Some(reset) = header("x-ratelimit-reset").and_then(|v| v.parse::<u64>().ok())
    {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(reset);
        return Some(at.duration_since(now).unwrap_or_default());
    }
    None
}

/// Shared by the clients of one configuration.
pub(crate) type SharedBudget = Arc<RetryBudget>;
