//! The crate's one error type, and what every response and error tells
//! about the request (request id, rate limits).

use std::fmt;
use std::time::{Duration, SystemTime};

/// How much of a body an error keeps.
const BODY_START: usize = 1024;

pub(crate) fn body_start(body: &[u8]) -> String {
    let cut = &body[..body.len().min(BODY_START)];
    let mut s = String::from_utf8_lossy(cut).into_owned();
    if body.len() > BODY_START {
        s.push('…');
    }
    s
}

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
            reset: num("x-ratelimit-reset")
                .map(|s| SystemTime::UNIX_EPOCH + Duration::from_secs(s)),
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
            request_id: headers
                .get("x-acs-request-id")
                .or_else(|| headers.get("x-request-id"))
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            rate_limit: RateLimit::from_headers(headers),
        }
    }
}

/// An error the service returned in its documented error shape.
///
/// Alibaba Cloud sends `{"RequestId", "HostId", "Code", "Message",
/// "Recommend"}`; AltaBots sends `{"error": {"code", "message", "status"}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceError {
    http_status: u16,
    code: String,
    message: String,
    request_id: Option<String>,
    host_id: Option<String>,
    recommend: Option<String>,
    rate_limit: Option<RateLimit>,
}

impl ServiceError {
    /// The service's error code, e.g. `Throttling.User` or `Forbidden`.
    pub fn code(&self) -> &str {
        &self.code
    }
    /// The service's message.
    pub fn message(&self) -> &str {
        &self.message
    }
    /// The request id, to quote to support.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
    /// The HTTP status of the response.
    pub fn http_status(&self) -> u16 {
        self.http_status
    }
    /// Alibaba Cloud's `HostId`.
    pub fn host_id(&self) -> Option<&str> {
        self.host_id.as_deref()
    }
    /// Alibaba Cloud's troubleshooting link.
    pub fn recommend(&self) -> Option<&str> {
        self.recommend.as_deref()
    }
    /// AltaBots' rate-limit headers on the error response.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// Reads a documented error body; `None` if the body is not one.
    pub fn parse(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Option<Self> {
        let v: serde_json::Value = serde_json::from_slice(body).ok()?;
        let s = |v: &serde_json::Value, k: &str| {
            v.get(k)
                .and_then(|x| x.as_str())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let meta = ResponseMeta::from_headers(headers);
        if let Some(code) = s(&v, "Code") {
            return Some(Self {
                http_status: status,
                code,
                message: s(&v, "Message").unwrap_or_default(),
                request_id: s(&v, "RequestId").or(meta.request_id),
                host_id: s(&v, "HostId"),
                recommend: s(&v, "Recommend"),
                rate_limit: meta.rate_limit,
            });
        }
        let e = v.get("error")?;
        Some(Self {
            http_status: status,
            code: s(e, "code")?,
            message: s(e, "message").unwrap_or_default(),
            request_id: meta.request_id,
            host_id: None,
            recommend: None,
            rate_limit: meta.rate_limit,
        })
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (HTTP {}",
            self.code, self.message, self.http_status
        )?;
        if let Some(id) = &self.request_id {
            write!(f, ", request id {id}")?;
        }
        f.write_str(")")
    }
}

/// Which time limit a call ran into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeoutKind {
    /// Opening the connection.
    Connect,
    /// One attempt (request and response body).
    Attempt,
    /// The whole call, retries and backoff included.
    Total,
}

impl fmt::Display for TimeoutKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Attempt => "attempt",
            TimeoutKind::Total => "total",
        })
    }
}

/// Everything that can go wrong with a call.
///
/// Variants that come from the network say how many attempts were made
/// ([`Error::attempts`]); Display says it too when there was more than one.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The configuration cannot serve this call (no region, no credentials).
    Config(String),
    /// Credentials could not be obtained.
    Credentials(crate::CredentialsError),
    /// A parameter was refused before anything was sent.
    InvalidParameter {
        /// The parameter, as the spec names it.
        parameter: String,
        /// What is wrong with it.
        problem: String,
    },
    /// The request could not be built or sent as asked.
    InvalidRequest(String),
    /// The service answered with its documented error shape.
    Service {
        /// The service's error.
        error: Box<ServiceError>,
        /// Attempts made.
        attempts: u32,
    },
    /// The service answered with an error status and a body that is not its
    /// error shape (e.g. an HTML page from a proxy).
    Http {
        /// HTTP status.
        status: u16,
        /// The first KiB of the body.
        body_start: String,
        /// Request id and rate limits from the headers.
        meta: ResponseMeta,
        /// Attempts made.
        attempts: u32,
    },
    /// A success status whose body is not a JSON document (empty, HTML,
    /// another content type).
    InvalidResponse {
        /// HTTP status.
        status: u16,
        /// What is wrong.
        reason: String,
        /// The `Content-Type` header, if any.
        content_type: Option<String>,
        /// The first KiB of the body.
        body_start: String,
    },
    /// A success response whose JSON could not be decoded (truncated, or not
    /// the documented shape).
    Decode {
        /// The first KiB of the body.
        body_start: String,
        /// What serde said.
        source: serde_json::Error,
    },
    /// The response body is larger than the configured limit.
    ResponseTooLarge {
        /// HTTP status.
        status: u16,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A time limit passed.
    Timeout {
        /// Which one.
        kind: TimeoutKind,
        /// The limit.
        limit: Duration,
        /// Attempts made.
        attempts: u32,
    },
    /// The request did not complete (connection refused or reset, TLS...).
    Transport {
        /// What reqwest said.
        source: reqwest::Error,
        /// Attempts made.
        attempts: u32,
    },
}

impl Error {
    /// The service error, if the service sent one.
    pub fn as_service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The service's error code, if any.
    pub fn code(&self) -> Option<&str> {
        self.as_service_error().map(ServiceError::code)
    }

    /// The service's message, if the service sent one.
    pub fn message(&self) -> Option<&str> {
        self.as_service_error().map(ServiceError::message)
    }

    /// The request id, if a response carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service { error, .. } => error.request_id(),
            Error::Http { meta, .. } => meta.request_id.as_deref(),
            _ => None,
        }
    }

    /// AltaBots' rate-limit headers, if the error response carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        match self {
            Error::Service { error, .. } => error.rate_limit(),
            Error::Http { meta, .. } => meta.rate_limit,
            _ => None,
        }
    }

    /// The HTTP status, if a response arrived.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Service { error, .. } => Some(error.http_status),
            Error::Http { status, .. }
            | Error::InvalidResponse { status, .. }
            | Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport { source, .. } => source.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// How many attempts were made (0 when the call failed before sending).
    pub fn attempts(&self) -> u32 {
        match self {
            Error::Service { attempts, .. }
            | Error::Http { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Transport { attempts, .. } => *attempts,
            Error::InvalidResponse { .. }
            | Error::Decode { .. }
            | Error::ResponseTooLarge { .. } => 1,
            _ => 0,
        }
    }

    /// Whether trying again later may succeed: timeouts, connection
    /// failures, HTTP 429 and 5xx, and the throttling and availability codes
    /// that the retry policy retries.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Timeout { .. } => true,
            Error::Transport { source, .. } => !source.is_builder(),
            Error::Service { error, .. } => {
                error.http_status == 429
                    || error.http_status >= 500
                    || crate::retry::TRANSIENT_CODES.contains(&error.code.as_str())
            }
            Error::Http { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        }
    }

    /// Whether this error is a timeout (of any kind).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout { .. })
    }

    /// The error and every cause under it, one per line.
    pub fn display_chain(&self) -> String {
        let mut out = self.to_string();
        let mut cur = std::error::Error::source(self);
        while let Some(e) = cur {
            out.push_str("\n  caused by: ");
            out.push_str(&e.to_string());
            cur = e.source();
        }
        out
    }

    pub(crate) fn from_error_response(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Self {
        match ServiceError::parse(status, headers, body) {
            Some(e) => Error::Service {
                error: Box::new(e),
                attempts: 1,
            },
            None => Error::Http {
                status,
                body_start: body_start(body),
                meta: ResponseMeta::from_headers(headers),
                attempts: 1,
            },
        }
    }

    /// Records the number of attempts on errors that come from the network.
    pub(crate) fn with_attempts(mut self, n: u32) -> Self {
        match &mut self {
            Error::Service { attempts, .. }
            | Error::Http { attempts, .. }
            | Error::Timeout { attempts, .. }
            | Error::Transport { attempts, .. } => *attempts = n,
            _ => {}
        }
        self
    }
}

fn after(attempts: u32) -> String {
    if attempts > 1 {
        format!(" after {attempts} attempts")
    } else {
        String::new()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(m) => write!(f, "configuration: {m}"),
            Error::Credentials(e) => write!(f, "credentials: {e}"),
            Error::InvalidParameter { parameter, problem } => {
                write!(f, "invalid parameter {parameter}: {problem}")
            }
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Service { error, attempts } => {
                write!(f, "service error {error}{}", after(*attempts))
            }
            Error::Http {
                status,
                body_start,
                meta,
                attempts,
            } => {
                write!(f, "HTTP {status} without a service error body")?;
                if let Some(id) = &meta.request_id {
                    write!(f, " (request id {id})")?;
                }
                write!(f, "{}; body starts: {body_start:?}", after(*attempts))
            }
            Error::InvalidResponse {
                status,
                reason,
                body_start,
                ..
            } => write!(
                f,
                "HTTP {status} response is not usable: {reason}; body starts: {body_start:?}"
            ),
            Error::Decode { body_start, .. } => {
                write!(
                    f,
                    "response could not be decoded; body starts: {body_start:?}"
                )
            }
            Error::ResponseTooLarge { status, limit } => {
                write!(
                    f,
                    "HTTP {status} response body exceeds the limit of {limit} bytes"
                )
            }
            Error::Timeout {
                kind,
                limit,
                attempts,
            } => {
                write!(f, "{kind} timeout of {limit:?} passed{}", after(*attempts))
            }
            Error::Transport { attempts, .. } => {
                write!(f, "request failed in transport{}", after(*attempts))
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Credentials(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            Error::Transport { source, .. } => Some(source),
            _ => None,
        }
    }
}
