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

    /// Attempts per call, the first included. Zero is refused by
    /// [`crate::ConfigBuilder::build`] (a policy given to
    /// [`crate::Config::with_retry`] makes one attempt).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n;
        self
    }

    /// Backoff before the first retry, doubled for each one after (any
    /// value up to [`Duration::MAX`]; the doubling saturates).
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
    /// `X-RateLimit-Reset`; asked for longer (or for longer than the call's
    /// total timeout leaves), the call fails with the service's own error,
    /// which tells the wait asked for
    /// ([`crate::ServiceError::requested_wait`]).
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
                Some(t.saturating_add(amount).min(cap))
            });
    }
}

/// The wait a response asks for: `Retry-After` (seconds, possibly with a
/// fraction, or an HTTP date), else AltaBots' `X-RateLimit-Reset` (Unix
/// seconds) when nothing remains. Any value is safe: a wait too long to
/// represent is [`Duration::MAX`]; negative, empty or unreadable values are
/// ignored; a time in the past is no wait.
pub(crate) fn server_requested_wait(
    headers: &http::HeaderMap,
    now: SystemTime,
) -> Option<Duration> {
    let header = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).map(str::trim);
    let until = |at: SystemTime| at.duration_since(now).unwrap_or_default();
    if let Some(v) = header("retry-after") {
        if let Some(wait) = parse_seconds(v) {
            return Some(wait);
        }
        if let Ok(at) = httpdate::parse_http_date(v) {
            return Some(until(at));
        }
    }
    let exhausted = header("x-ratelimit-remaining").is_none_or(|r| r == "0");
    if exhausted && let Some(reset) = header("x-ratelimit-reset").and_then(parse_seconds) {
        return Some(match SystemTime::UNIX_EPOCH.checked_add(reset) {
            Some(at) => until(at),
            // Beyond what the clock can hold: as long as can be.
            None => Duration::MAX,
        });
    }
    None
}

/// A non-negative number of seconds, integer or decimal; a value too large
/// for a `Duration` saturates to [`Duration::MAX`].
pub(crate) fn parse_seconds(v: &str) -> Option<Duration> {
    let v = v.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // Digits and dots only: an infinite value is an overflow, not `inf`.
    let secs: f64 = v.parse().ok()?;
    Some(Duration::try_from_secs_f64(secs).unwrap_or(Duration::MAX))
}

/// `now + d`, or a point far enough in the future to mean "no limit" when
/// the sum cannot be represented (a `Duration::MAX` timeout).
pub(crate) fn deadline_after(now: tokio::time::Instant, d: Duration) -> tokio::time::Instant {
    /// About thirty years: further than any call runs.
    const FAR: Duration = Duration::from_secs(30 * 365 * 24 * 3600);
    now.checked_add(d)
        .or_else(|| now.checked_add(FAR))
        .unwrap_or(now)
}

/// Whether a transport failure comes out the same on every try, so retrying
/// it only repeats it: a response head larger than the client accepts, a
/// malformed response (an invalid header or status line), a TLS certificate
/// the client refuses, or a request that could not be built.
pub(crate) fn is_permanent_transport(error: &reqwest::Error) -> bool {
    if error.is_builder() {
        return true;
    }
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(e) = cur {
        if let Some(h) = e.downcast_ref::<hyper::Error>()
            && (h.is_parse() || h.is_parse_status())
        {
            return true;
        }
        if let Some(tls) = e.downcast_ref::<rustls::Error>() {
            return is_permanent_tls(tls);
        }
        // `io::Error::source` skips the error it wraps (which may be
        // another `io::Error`): look at that one itself.
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
        {
            cur = Some(inner);
            continue;
        }
        cur = e.source();
    }
    false
}

/// Certificate and protocol refusals do not heal on a retry.
fn is_permanent_tls(e: &rustls::Error) -> bool {
    matches!(
        e,
        rustls::Error::InvalidCertificate(_)
            | rustls::Error::NoCertificatesPresented
            | rustls::Error::UnsupportedNameType
            | rustls::Error::PeerIncompatible(_)
    )
}

/// Shared by the clients of one configuration.
pub(crate) type SharedBudget = Arc<RetryBudget>;

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &[u8])]) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                http::HeaderValue::from_bytes(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn retry_after_at_any_value() {
        let now = SystemTime::now();
        let wait = |v: &[u8]| server_requested_wait(&headers(&[("retry-after", v)]), now);
        assert_eq!(wait(b"7"), Some(Duration::from_secs(7)));
        assert_eq!(wait(b" 7 "), Some(Duration::from_secs(7)));
        assert_eq!(wait(b"1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(
            wait(b"18446744073709551615"),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(wait(b"99999999999999999999999999"), Some(Duration::MAX));
        assert_eq!(wait(&[b'9'; 400]), Some(Duration::MAX));
        assert_eq!(wait(b"-5"), None);
        assert_eq!(wait(b""), None);
        assert_eq!(wait(b"NaN"), None);
        assert_eq!(wait(b"inf"), None);
        assert_eq!(wait(b"1e400"), None);
        assert_eq!(wait(b"."), None);
        assert_eq!(wait("\u{e9}t\u{e9}".as_bytes()), None);
        assert_eq!(wait(b"Sun, 06 Nov 1994 08:49:37 GMT"), Some(Duration::ZERO));
    }

    #[test]
    fn rate_limit_reset_at_any_value() {
        let now = SystemTime::now();
        let wait = |v: &[u8]| {
            server_requested_wait(
                &headers(&[("x-ratelimit-remaining", b"0"), ("x-ratelimit-reset", v)]),
                now,
            )
        };
        assert_eq!(wait(b"18446744073709551615"), Some(Duration::MAX));
        assert_eq!(wait(b"1e30"), None);
        assert_eq!(wait(b"99999999999999999999999999999"), Some(Duration::MAX));
        assert_eq!(wait(b"0"), Some(Duration::ZERO));
        assert_eq!(wait(b"-1"), None);
        assert_eq!(wait(b"1.5"), Some(Duration::ZERO));
    }

    #[test]
    fn backoff_at_extreme_settings() {
        let r = RetryConfig::standard()
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX);
        for retry in [0, 1, 2, 31, 32, 33, u32::MAX] {
            let _ = r.backoff(retry);
        }
        let r = RetryConfig::standard().initial_backoff(Duration::ZERO);
        assert_eq!(r.backoff(u32::MAX), Duration::ZERO);
    }

    #[test]
    fn deadlines_saturate() {
        let now = tokio::time::Instant::now();
        assert!(deadline_after(now, Duration::MAX) > now);
        assert_eq!(
            deadline_after(now, Duration::from_secs(1)),
            now + Duration::from_secs(1)
        );
    }

    #[test]
    fn budget_refund_saturates() {
        let b = RetryBudget::new(u32::MAX);
        b.refund(u32::MAX);
        assert_eq!(b.available(), u32::MAX);
    }
}
