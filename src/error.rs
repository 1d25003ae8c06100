//! The crate's one error type.

use std::fmt;
use std::sync::Arc;

/// How much of a body an error keeps.
const BODY_START: usize = 1024;

fn body_start(body: &[u8]) -> String {
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

    /// Reads a documented error body; `None` if the body is not one.
    pub(crate) fn parse(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Option<Self> {
        let v: serde_json::Value = serde_json::from_slice(body).ok()?;
        let s =
            |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
        let header_request_id = headers
            .get("x-acs-request-id")
            .and_then(|h| h.to_str().ok())
            .map(str::to_string);
        if let Some(code) = s(&v, "Code") {
            return Some(Self {
                http_status: status,
                code,
                message: s(&v, "Message").unwrap_or_default(),
                request_id: s(&v, "RequestId").or(header_request_id),
                host_id: s(&v, "HostId"),
                recommend: s(&v, "Recommend"),
            });
        }
        let e = v.get("error")?;
        Some(Self {
            http_status: status,
            code: s(e, "code")?,
            message: s(e, "message").unwrap_or_default(),
            request_id: header_request_id,
            host_id: None,
            recommend: None,
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

/// Everything that can go wrong with a call.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The configuration cannot serve this call (no region, no credentials).
    Config(String),
    /// Credentials could not be obtained.
    Credentials(crate::CredentialsError),
    /// A parameter was refused before anything was sent.
    InvalidRequest(String),
    /// The service answered with its documented error shape.
    Service(Box<ServiceError>),
    /// The service answered with an error status and a body that is not its
    /// error shape (e.g. an HTML page from a proxy).
    Http {
        /// HTTP status.
        status: u16,
        /// The first KiB of the body.
        body_start: String,
    },
    /// A success response whose body could not be decoded.
    Decode {
        /// The first KiB of the body.
        body_start: String,
        /// What serde said.
        source: serde_json::Error,
    },
    /// The request did not complete (connection, timeout, TLS...).
    Transport(reqwest::Error),
}

impl Error {
    /// The service error, if the service sent one.
    pub fn as_service_error(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The service's error code, if any.
    pub fn code(&self) -> Option<&str> {
        self.as_service_error().map(ServiceError::code)
    }

    /// The request id, if the service sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.as_service_error().and_then(ServiceError::request_id)
    }

    /// The HTTP status, if a response arrived.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.http_status),
            Error::Http { status, .. } => Some(*status),
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            _ => None,
        }
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
            Some(e) => Error::Service(Box::new(e)),
            None => Error::Http {
                status,
                body_start: body_start(body),
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Config(m) => write!(f, "configuration: {m}"),
            Error::Credentials(e) => write!(f, "credentials: {e}"),
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Service(e) => write!(f, "service error {e}"),
            Error::Http { status, body_start } => {
                write!(
                    f,
                    "HTTP {status} without a service error body; body starts: {body_start:?}"
                )
            }
            Error::Decode { body_start, .. } => {
                write!(
                    f,
                    "response could not be decoded; body starts: {body_start:?}"
                )
            }
            Error::Transport(_) => f.write_str("request failed in transport"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Credentials(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}

/// An [`Error`] the runtime hands through progenitor's generated code,
/// which only passes responses: it rides in the response's extensions and
/// is taken out again in `From<progenitor_client::Error>`.
#[derive(Clone)]
pub(crate) struct Carried(pub Arc<std::sync::Mutex<Option<Error>>>);

impl Carried {
    pub(crate) fn new(e: Error) -> Self {
        Self(Arc::new(std::sync::Mutex::new(Some(e))))
    }
}

impl<E> From<progenitor_client::Error<E>> for Error {
    fn from(e: progenitor_client::Error<E>) -> Self {
        use progenitor_client::Error as P;
        match e {
            P::InvalidRequest(m) => Error::InvalidRequest(m),
            P::CommunicationError(e) | P::InvalidUpgrade(e) | P::ResponseBodyError(e) => {
                Error::Transport(e)
            }
            P::ErrorResponse(rv) => Error::Http {
                status: rv.status().as_u16(),
                body_start: String::new(),
            },
            P::InvalidResponsePayload(bytes, source) => Error::Decode {
                body_start: body_start(&bytes),
                source,
            },
            P::UnexpectedResponse(response) => {
                let carried = response
                    .extensions()
                    .get::<Carried>()
                    .and_then(|c| c.0.lock().ok().and_then(|mut g| g.take()));
                carried.unwrap_or(Error::Http {
                    status: response.status().as_u16(),
                    body_start: String::new(),
                })
            }
            P::Custom(m) => Error::InvalidRequest(m),
        }
    }
}
