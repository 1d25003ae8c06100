//! Caching credentials until shortly before they expire.

use std::fmt;
use std::time::{Duration, SystemTime};

use super::{Credentials, CredentialsFuture, ProvideCredentials};

/// Caches what another provider returns until `refresh_before` ahead of its
/// expiry (forever for credentials that do not expire). Concurrent callers
/// share one refresh: the inner provider is asked once, however many
/// requests need credentials at that moment.
pub struct CachedProvider<P> {
    inner: P,
    refresh_before: Duration,
    cached: tokio::sync::Mutex<Option<Credentials>>,
}

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

    /// Caches `inner`, refreshing 5 minutes before expiry.
    pub fn new(inner: P) -> Self {
        Self {
            inner,
            refresh_before: Self::DEFAULT_REFRESH_BEFORE,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// Refreshes this long before expiry instead.
    pub fn refresh_before(mut self, margin: Duration) -> Self {
        self.refresh_before = margin;
        self
    }

    fn fresh(&self, c: &Credentials) -> bool {
        match c.expiry() {
            None => true,
            Some(exp) => SystemTime::now() + self.refresh_before < exp,
        }
    }
}

impl<P: ProvideCredentials> ProvideCredentials for CachedProvider<P> {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            // Holding the lock across the refresh is what makes concurrent
            // callers wait for one refresh instead of each starting their own.
            let mut cached = self.cached.lock().await;
            if let Some(c) = cached.as_ref().filter(|c| self.fresh(c)) {
                return Ok(c.clone());
            }
            let fresh = self.inner.provide_credentials().await?;
            *cached = Some(fresh.clone());
            Ok(fresh)
        })
    }
}
