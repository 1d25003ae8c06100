//! The crate's one error type.

use std::fmt;

use crate::response::{RateLimit, ResponseMeta};
use std::time::Duration;

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
    body: serde_json::Value,
    access_denied: Option<AccessDeniedDetail>,
    requested_wait: Option<Duration>,
    clock_offset_millis: Option<i64>,
}

/// Why Alibaba Cloud's access control refused a request: the
/// `AccessDeniedDetail` object of an error body (codes such as
/// `NoPermission`, `Forbidden.RAM`). Every field the service sent is kept;
/// the accessors give the documented ones.
///
/// ```
/// let body = br#"{"RequestId":"r","Code":"NoPermission","Message":"denied",
///   "AccessDeniedDetail":{"PolicyType":"AccountLevelIdentityBasedPolicy",
///   "AuthAction":"ice:GetWorkflowTask","AuthPrincipalType":"SubUser",
///   "AuthPrincipalDisplayName":"dev","NoPermissionType":"ImplicitDeny"}}"#;
/// let e = workflow_sdk::ServiceError::parse(403, &Default::default(), body).unwrap();
/// let d = e.access_denied_detail().unwrap();
/// assert_eq!(d.auth_action(), Some("ice:GetWorkflowTask"));
/// assert_eq!(d.no_permission_type(), Some("ImplicitDeny"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct AccessDeniedDetail {
    raw: serde_json::Map<String, serde_json::Value>,
}

impl AccessDeniedDetail {
    fn from_value(v: &serde_json::Value) -> Option<Self> {
        match v {
            serde_json::Value::Object(m) => Some(Self { raw: m.clone() }),
            // Some services send the object as JSON text.
            serde_json::Value::String(s) => match serde_json::from_str(s).ok()? {
                serde_json::Value::Object(m) => Some(Self { raw: m }),
                _ => None,
            },
            _ => None,
        }
    }

    fn field(&self, name: &str) -> Option<&str> {
        self.raw
            .get(name)
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
    }

    /// The kind of policy that denied the request (`PolicyType`), e.g.
    /// `AccountLevelIdentityBasedPolicy`, `ResourceGroupLevelIdentityBasedPolicy`,
    /// `AssumeRolePolicy`, `ControlPolicy`.
    pub fn policy_type(&self) -> Option<&str> {
        self.field("PolicyType")
    }
    /// The action denied (`AuthAction`), e.g. `ice:GetWorkflowTask`.
    pub fn auth_action(&self) -> Option<&str> {
        self.field("AuthAction")
    }
    /// The kind of principal that was denied (`AuthPrincipalType`), e.g.
    /// `SubUser`, `AssumedRoleUser`.
    pub fn auth_principal_type(&self) -> Option<&str> {
        self.field("AuthPrincipalType")
    }
    /// The principal's display name (`AuthPrincipalDisplayName`).
    pub fn auth_principal_display_name(&self) -> Option<&str> {
        self.field("AuthPrincipalDisplayName")
    }
    /// The account that owns the principal (`AuthPrincipalOwnerId`).
    pub fn auth_principal_owner_id(&self) -> Option<&str> {
        self.field("AuthPrincipalOwnerId")
    }
    /// How it was denied (`NoPermissionType`): `ImplicitDeny` (no policy
    /// allows it) or `ExplicitDeny` (a policy denies it).
    pub fn no_permission_type(&self) -> Option<&str> {
        self.field("NoPermissionType")
    }
    /// The encoded diagnostic message to decode with RAM's
    /// `DecodeDiagnosticMessage` (`EncodedDiagnosticMessage`).
    pub fn encoded_diagnostic_message(&self) -> Option<&str> {
        self.field("EncodedDiagnosticMessage")
    }
    /// Every field as sent, those without an accessor included.
    pub fn raw(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.raw
    }
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
    /// The whole error body as the service sent it (fields this type has
    /// no accessor for included).
    pub fn body(&self) -> &serde_json::Value {
        &self.body
    }
    /// Why access control refused the request, when the body says
    /// (Alibaba Cloud's `AccessDeniedDetail`).
    pub fn access_denied_detail(&self) -> Option<&AccessDeniedDetail> {
        self.access_denied.as_ref()
    }
    /// The wait the service asked for before trying again (`Retry-After`,
    /// or AltaBots' rate-limit reset), when it asked. A call returns this
    /// error instead of waiting when the wait is longer than
    /// [`crate::RetryConfig::max_server_wait`] or than the call's time left.
    pub fn requested_wait(&self) -> Option<Duration> {
        self.requested_wait
    }
    /// When the service refused the request for its timestamp and its
    /// `Date` header shows the local clock is off even after the SDK
    /// corrected its signing clock: how far the service's clock is ahead of
    /// the local one (negative: behind). Display says it too.
    pub fn clock_skew(&self) -> Option<time::Duration> {
        self.clock_offset_millis.map(time::Duration::milliseconds)
    }

    pub(crate) fn set_requested_wait(&mut self, wait: Option<Duration>) {
        self.requested_wait = wait;
    }

    pub(crate) fn set_clock_skew(&mut self, offset_millis: i64) {
        self.clock_offset_millis = Some(offset_millis);
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
                access_denied: v
                    .get("AccessDeniedDetail")
                    .and_then(AccessDeniedDetail::from_value),
                body: v,
                requested_wait: None,
                clock_offset_millis: None,
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
            access_denied: None,
            body: v,
            requested_wait: None,
            clock_offset_millis: None,
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
        f.write_str(")")?;
        if let Some(wait) = self.requested_wait {
            write!(f, "; the service asked to wait {}", describe_wait(wait))?;
        }
        if let Some(offset) = self.clock_offset_millis {
            write!(f, "; {}", crate::skew::describe(offset))?;
        }
        if let Some(d) = &self.access_denied {
            for (label, value) in [
                ("action", d.auth_action()),
                ("policy type", d.policy_type()),
                ("principal", d.auth_principal_display_name()),
            ] {
                if let Some(value) = value {
                    write!(f, "; {label} {value}")?;
                }
            }
        }
        Ok(())
    }
}

fn describe_wait(wait: Duration) -> String {
    // Days are as far as a human reading the message cares.
    if wait >= Duration::from_secs(100 * 86_400) {
        "more than 100 days".into()
    } else {
        format!("{wait:?}")
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
        /// The wait the response asked for (`Retry-After`, rate-limit
        /// reset), when it asked: see [`Error::requested_wait`].
        requested_wait: Option<Duration>,
        /// Attempts made.
        attempts: u32,
    },
    /// The service answered with a redirect (3xx). The SDK follows none,
    /// so credentials and signed requests reach only the endpoint chosen.
    Redirect {
        /// HTTP status.
        status: u16,
        /// The `Location` header, if any (user-info in it is shown as
        /// `***`).
        location: Option<String>,
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
        /// The request id (`x-acs-request-id` or `x-request-id`), if sent.
        request_id: Option<String>,
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
        /// HTTP status.
        status: u16,
        /// The request id, if the response carried one.
        request_id: Option<String>,
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
            Error::Http { meta, .. } | Error::Redirect { meta, .. } => meta.request_id.as_deref(),
            Error::InvalidResponse { request_id, .. } | Error::Decode { request_id, .. } => {
                request_id.as_deref()
            }
            _ => None,
        }
    }

    /// The wait the service asked for before trying again (`Retry-After`,
    /// or AltaBots' rate-limit reset), when this is its error response
    /// ([`ServiceError::requested_wait`], or an [`Error::Http`] such as a
    /// 429 without the service's error body). A call returns the error
    /// instead of waiting when the wait is longer than
    /// [`crate::RetryConfig::max_server_wait`] or than the call's time left.
    pub fn requested_wait(&self) -> Option<Duration> {
        match self {
            Error::Service { error, .. } => error.requested_wait(),
            Error::Http { requested_wait, .. } => *requested_wait,
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
            | Error::Redirect { status, .. }
            | Error::InvalidResponse { status, .. }
            | Error::Decode { status, .. }
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
            | Error::Redirect { attempts, .. }
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
            Error::Transport { source, .. } => !crate::retry::is_permanent_transport(source),
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

    /// The error for a response whose status is not a success: a redirect,
    /// the service's error shape, or a plain HTTP error.
    pub(crate) fn from_error_response(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Self {
        if (300..400).contains(&status) {
            return Error::Redirect {
                status,
                location: headers.get(http::header::LOCATION).map(|v| {
                    crate::config::redact_userinfo(&String::from_utf8_lossy(v.as_bytes()))
                }),
                meta: ResponseMeta::from_headers(headers),
                attempts: 1,
            };
        }
        match ServiceError::parse(status, headers, body) {
            Some(e) => Error::Service {
                error: Box::new(e),
                attempts: 1,
            },
            None => Error::Http {
                status,
                body_start: body_start(body),
                meta: ResponseMeta::from_headers(headers),
                requested_wait: None,
                attempts: 1,
            },
        }
    }

    /// A success body that did not decode, with the status and request id
    /// of its response (the runtime's decoding step).
    pub(crate) fn decode(
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
        source: serde_json::Error,
    ) -> Self {
        Error::Decode {
            status,
            request_id: ResponseMeta::from_headers(headers).request_id,
            body_start: body_start(body),
            source,
        }
    }

    /// Records the wait the response asked for on its error.
    pub(crate) fn with_requested_wait(mut self, wait: Option<Duration>) -> Self {
        match &mut self {
            Error::Service { error, .. } => error.set_requested_wait(wait),
            Error::Http { requested_wait, .. } => *requested_wait = wait,
            _ => {}
        }
        self
    }

    /// Notes on the service's error that the local clock is off by
    /// `offset_millis` (the service's clock minus the local one).
    pub(crate) fn with_clock_skew(mut self, offset_millis: i64) -> Self {
        if let Error::Service { error, .. } = &mut self {
            error.set_clock_skew(offset_millis);
        }
        self
    }

    /// Records the number of attempts on errors that come from the network.
    pub(crate) fn with_attempts(mut self, n: u32) -> Self {
        match &mut self {
            Error::Service { attempts, .. }
            | Error::Http { attempts, .. }
            | Error::Redirect { attempts, .. }
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
                requested_wait,
                attempts,
            } => {
                write!(f, "HTTP {status} without a service error body")?;
                if let Some(id) = &meta.request_id {
                    write!(f, " (request id {id})")?;
                }
                f.write_str(&after(*attempts))?;
                if let Some(wait) = requested_wait {
                    write!(f, "; the service asked to wait {}", describe_wait(*wait))?;
                }
                write!(f, "; body starts: {body_start:?}")
            }
            Error::Redirect {
                status,
                location,
                meta,
                attempts,
            } => {
                write!(f, "HTTP {status} redirect")?;
                match location {
                    Some(l) => write!(f, " to {l:?}")?,
                    None => f.write_str(" without a Location")?,
                }
                f.write_str(" not followed (requests go only to the configured endpoint)")?;
                if let Some(id) = &meta.request_id {
                    write!(f, " (request id {id})")?;
                }
                f.write_str(&after(*attempts))
            }
            Error::InvalidResponse {
                status,
                reason,
                body_start,
                request_id,
                ..
            } => {
                write!(f, "HTTP {status} response is not usable: {reason}")?;
                if let Some(id) = request_id {
                    write!(f, " (request id {id})")?;
                }
                write!(f, "; body starts: {body_start:?}")
            }
            Error::Decode {
                status,
                request_id,
                body_start,
                ..
            } => {
                write!(f, "HTTP {status} response could not be decoded")?;
                if let Some(id) = request_id {
                    write!(f, " (request id {id})")?;
                }
                write!(f, "; body starts: {body_start:?}")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_errors_keep_status_and_request_id() {
        let mut headers = http::HeaderMap::new();
        headers.insert("x-acs-request-id", "REQ-1".parse().unwrap());
        let body = br#"{"RequestId":"REQ-1","WorkflowTask":"not an object"}"#;
        let source = serde_json::from_slice::<Vec<u8>>(body).unwrap_err();
        let e = Error::decode(200, &headers, body, source);
        assert_eq!(e.http_status(), Some(200));
        assert_eq!(e.request_id(), Some("REQ-1"));
        assert!(e.to_string().contains("HTTP 200"), "{e}");
        assert!(e.to_string().contains("REQ-1"), "{e}");
    }

    #[test]
    fn redirects_show_status_and_location_without_user_info() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::LOCATION,
            "https://u:pw-hidden@elsewhere.example/a".parse().unwrap(),
        );
        let e = Error::from_error_response(307, &headers, b"");
        assert!(
            matches!(&e, Error::Redirect { status: 307, location: Some(l), .. }
            if l == "https://***@elsewhere.example/a"),
            "{e:?}"
        );
        assert!(!e.is_transient());
        assert!(!format!("{e} {e:?}").contains("pw-hidden"));
    }

    #[test]
    fn access_denied_detail_as_object_or_as_json_text() {
        let inner = r#"{"AuthAction":"ros:GetAITask","PolicyType":"ControlPolicy"}"#;
        for detail in [
            serde_json::from_str::<serde_json::Value>(inner).unwrap(),
            serde_json::Value::String(inner.into()),
        ] {
            let body = serde_json::json!({"Code": "NoPermission", "AccessDeniedDetail": detail});
            let e = ServiceError::parse(403, &http::HeaderMap::new(), body.to_string().as_bytes())
                .unwrap();
            let d = e.access_denied_detail().unwrap();
            assert_eq!(d.auth_action(), Some("ros:GetAITask"));
            assert_eq!(d.policy_type(), Some("ControlPolicy"));
            assert_eq!(d.auth_principal_type(), None);
        }
        let plain = ServiceError::parse(403, &http::HeaderMap::new(), br#"{"Code":"X"}"#).unwrap();
        assert!(plain.access_denied_detail().is_none());
    }

    #[test]
    fn rate_limit_reset_beyond_the_clock_is_none() {
        let mut headers = http::HeaderMap::new();
        headers.insert("x-ratelimit-reset", "18446744073709551615".parse().unwrap());
        headers.insert("x-ratelimit-limit", "18446744073709551615".parse().unwrap());
        let r = RateLimit::from_headers(&headers).unwrap();
        assert_eq!(r.reset, None);
        assert_eq!(r.limit, Some(u64::MAX));
    }
}
