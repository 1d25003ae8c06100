//! What a response says about the request, whatever its outcome (request
//! id, rate limits), and a successful response: the decoded body with it.

use std::fmt;
use std::ops::{Deref, DerefMut};

use std::time::{Duration, SystemTime};

/// AltaBots' rate-limit headers (`X-RateLimit-Limit`, `-Remaining`,
/// `-Reset`), as far as the response carried them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed in the current window.
    pub limit: Option<u64>,
    /// Requests left in the current window.
    pub remaining: Option<u64>,
    /// When the window resets.
    pub reset: Option<SystemTime>,
}

impl RateLimit {
    /// Reads the headers; `None` when none of them is present.
    pub fn from_headers(headers: &http::HeaderMap) -> Option<Self> {
        let num = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
        };
        let r = RateLimit {
            limit: num("x-ratelimit-limit"),
            remaining: num("x-ratelimit-remaining"),
            // A reset beyond what the clock can hold is not a time.
            reset: num("x-ratelimit-reset")
                .and_then(|s| SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(s))),
        };
        (r != RateLimit::default()).then_some(r)
    }
}

/// What a response says about the request, whatever its outcome.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// The request id (`x-acs-request-id`, or `RequestId` in an error body).
    pub request_id: Option<String>,
    /// AltaBots' rate-limit headers.
    pub rate_limit: Option<RateLimit>,
}

impl ResponseMeta {
    pub(crate) fn from_headers(headers: &http::HeaderMap) -> Self {
        Self {
            // Kept even when not plain ASCII (shown with U+FFFD where the
            // bytes are not UTF-8): it is what support will ask for.
            request_id: headers
                .get("x-acs-request-id")
                .or_else(|| headers.get("x-request-id"))
                .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string())
                .filter(|id| !id.is_empty()),
            rate_limit: RateLimit::from_headers(headers),
        }
    }
}

/// A successful call's result: the decoded body `T` (reachable through
/// `Deref`), its HTTP status and headers.
///
/// ```no_run
/// # async fn run(client: &workflow_sdk::ros::Client) -> Result<(), workflow_sdk::Error> {
/// let task = client.get_ai_task().task_id("t-1").send().await?;
/// println!("request id {:?}", task.request_id());
/// let body = task.into_inner();
/// # let _ = body; Ok(()) }
/// ```
pub struct Response<T> {
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: T,
}

impl<T> Response<T> {
    pub(crate) fn new(status: http::StatusCode, headers: http::HeaderMap, body: T) -> Self {
        Self {
            status,
            headers,
            body,
        }
    }

    /// The request id the service gave the request (`x-acs-request-id`,
    /// else `x-request-id`): the same method as [`crate::Error::request_id`].
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-acs-request-id")
            .or_else(|| self.headers.get("x-request-id"))
            .and_then(|v| v.to_str().ok())
    }

    /// AltaBots' rate-limit headers, if the response carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        RateLimit::from_headers(&self.headers)
    }

    /// The HTTP status.
    pub fn status(&self) -> http::StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.headers
    }

    /// The decoded body.
    pub fn into_inner(self) -> T {
        self.body
    }

    /// The decoded body, by reference.
    pub fn body(&self) -> &T {
        &self.body
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}

impl<T> DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.body
    }
}

impl<T: fmt::Debug> fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("request_id", &self.request_id())
            .field("body", &self.body)
            .finish()
    }
}

impl<T: Clone> Clone for Response<T> {
    fn clone(&self) -> Self {
        Self {
            status: self.status,
            headers: self.headers.clone(),
            body: self.body.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_id_comes_from_either_header() {
        let mut h = http::HeaderMap::new();
        h.insert("x-request-id", "r-2".parse().unwrap());
        assert_eq!(
            Response::new(http::StatusCode::OK, h.clone(), ()).request_id(),
            Some("r-2")
        );
        h.insert("x-acs-request-id", "r-1".parse().unwrap());
        let r = Response::new(http::StatusCode::OK, h, 5u8);
        assert_eq!(r.request_id(), Some("r-1"));
        assert_eq!(*r, 5);
        assert_eq!(r.into_inner(), 5);
    }
}
