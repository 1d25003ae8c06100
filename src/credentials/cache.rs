//! Caching credentials until shortly before they expire.

use std::fmt;
use std::time::{Duration, SystemTime};

use tokio::time::Instant;

use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

/// Caches what another provider returns and refreshes it ahead of expiry
/// (credentials without an expiry are kept for good).
///
/// - **Ahead of expiry.** A refresh starts `refresh_before` ahead of the
///   expiry (5 minutes by default), but never earlier than half-way through
///   the session, so a short session does not turn into a refresh per call.
/// - **Shared.** Concurrent callers share one refresh: the inner provider is
///   asked once however many requests need credentials at that moment.
///   While cached credentials are still valid, callers keep using them
///   instead of waiting for the refresh. When there is nothing valid to
///   serve, they wait for it, and a failed refresh hands the same error to
///   every one of them at once.
/// - **Failures.** When a refresh fails while the cached credentials are
///   still valid, they keep serving; the failure is logged (`warn`) and the
///   refresh is tried again on a later call, after a backoff that doubles
///   from 1 s up to 1 minute.
/// - **Never expired.** Credentials whose expiration has passed are never
///   handed out, cached or fresh.
/// - **Lazy.** Refreshing happens inside the calls that need credentials;
///   there is no background task.
pub struct CachedProvider<P> {
    inner: P,
    refresh_before: Duration,
    state: std::sync::Mutex<State>,
    /// Held by the one caller that is refreshing.
    refreshing: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    cached: Option<Entry>,
    /// Counts finished refreshes, so a caller that waited can tell that one
    /// ended while it waited.
    generation: u64,
    /// The error of the latest refresh, when it failed.
    last_error: Option<CredentialsError>,
    /// After a failed refresh with valid credentials: no new attempt before.
    retry_at: Option<Instant>,
    backoff: Duration,
}

struct Entry {
    credentials: Credentials,
    /// When to refresh; `None`: never (the credentials do not expire).
    refresh_at: Option<SystemTime>,
}

impl Entry {
    fn fresh(&self, now: SystemTime) -> bool {
        self.refresh_at.is_none_or(|at| now < at)
    }
}

/// Whether credentials may still sign a request.
fn usable(c: &Credentials, now: SystemTime) -> bool {
    c.expiry().is_none_or(|e| now < e)
}

const FIRST_BACKOFF: Duration = Duration::from_secs(1);
const MAX_BACKOFF: Duration = Duration::from_secs(60);

impl<P: fmt::Debug> fmt::Debug for CachedProvider<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedProvider")
            .field("inner", &self.inner)
            .field("refresh_before", &self.refresh_before)
            .finish_non_exhaustive()
    }
}

impl<P> CachedProvider<P> {
    /// How long before expiry credentials are refreshed by default.
    pub const DEFAULT_REFRESH_BEFORE: Duration = Duration::from_secs(5 * 60);

    /// Caches `inner`, refreshing 5 minutes before expiry (or half-way
    /// through a shorter session).
    pub fn new(inner: P) -> Self {
        Self {
            inner,
            refresh_before: Self::DEFAULT_REFRESH_BEFORE,
            state: std::sync::Mutex::new(State::default()),
            refreshing: tokio::sync::Mutex::new(()),
        }
    }

    /// Refreshes this long before expiry instead. Any value is accepted, up
    /// to `Duration::MAX`; the margin is always capped at half the session,
    /// so a large one means "refresh half-way through".
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    /// The provider whose credentials are cached.
    pub fn inner(&self) -> &P {
        &self.inner
    }

    pub(crate) fn inner_mut(&mut self) -> &mut P {
        &mut self.inner
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// When to refresh credentials obtained `now`.
    fn refresh_at(&self, c: &Credentials, now: SystemTime) -> Option<SystemTime> {
        let expiry = c.expiry()?;
        let lifetime = expiry.duration_since(now).unwrap_or(Duration::ZERO);
        let margin = self.refresh_before.min(lifetime / 2);
        Some(expiry.checked_sub(margin).unwrap_or(now))
    }
}

impl<P: ProvideCredentials> CachedProvider<P> {
    async fn get(&self) -> Result<Credentials, CredentialsError> {
        let (generation, valid) = {
            let st = self.lock();
            let now = SystemTime::now();
            let mut valid = None;
            if let Some(entry) = &st.cached {
                if entry.fresh(now) && usable(&entry.credentials, now) {
                    return Ok(entry.credentials.clone());
                }
                if usable(&entry.credentials, now) {
                    if st.retry_at.is_some_and(|at| Instant::now() < at) {
                        // Backing off after a failed refresh.
                        return Ok(entry.credentials.clone());
                    }
                    valid = Some(entry.credentials.clone());
                }
            }
            (st.generation, valid)
        };
        let _guard = match valid {
            // Someone is refreshing already: the valid ones do meanwhile.
            Some(valid) => match self.refreshing.try_lock() {
                Ok(g) => g,
                Err(_) => return Ok(valid),
            },
            None => self.refreshing.lock().await,
        };
        {
            let st = self.lock();
            if st.generation != generation {
                // A refresh ended while this caller waited: share its outcome.
                let now = SystemTime::now();
                if let Some(entry) = &st.cached
                    && usable(&entry.credentials, now)
                    && (entry.fresh(now) || st.last_error.is_some())
                {
                    return Ok(entry.credentials.clone());
                }
                if let Some(e) = &st.last_error {
                    return Err(e.clone());
                }
            }
        }
        let result = self.inner.provide_credentials().await;
        let now = SystemTime::now();
        let mut st = self.lock();
        st.generation = st.generation.wrapping_add(1);
        let error = match result {
            Ok(c) if usable(&c, now) => {
                st.cached = Some(Entry {
                    refresh_at: self.refresh_at(&c, now),
                    credentials: c.clone(),
                });
                st.last_error = None;
                st.retry_at = None;
                st.backoff = Duration::ZERO;
                return Ok(c);
            }
            Ok(_) => CredentialsError::new("the credentials obtained have already expired"),
            Err(e) => e,
        };
        st.last_error = Some(error.clone());
        let still_valid = st
            .cached
            .as_ref()
            .map(|e| e.credentials.clone())
            .filter(|c| usable(c, now));
        match still_valid {
            Some(c) => {
                let backoff = if st.backoff.is_zero() {
                    FIRST_BACKOFF
                } else {
                    st.backoff.saturating_mul(2).min(MAX_BACKOFF)
                };
                st.backoff = backoff;
                st.retry_at = Instant::now().checked_add(backoff);
                tracing::warn!(
                    error = error.message(),
                    retry_in = ?backoff,
                    "refreshing credentials failed; the cached ones are still valid and stay in use"
                );
                Ok(c)
            }
            None => {
                st.cached = None;
                Err(error)
            }
        }
    }
}

impl<P: ProvideCredentials> ProvideCredentials for CachedProvider<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.get())
    }
}
