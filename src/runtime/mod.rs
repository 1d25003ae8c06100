//! What generated code needs from the SDK, and nothing else: every
//! generated `send()` fills a [`Request`] and calls [`invoke`] with a
//! `&'static` reference to its operation's facts.
//!
//! The call is one step, typed end to end: parameter checks, the wire form
//! (path segments, canonical query, body) built once, then for each
//! attempt authorization afresh, sending with timeouts, classifying the
//! response, and retrying transient failures; finally the body is decoded
//! once into the operation's type, or the failure is returned as an
//! [`Error`].
//!
//! Not a stable interface: it changes with the generator.

mod attempt;
mod auth;
mod params;
mod request;

use std::future::Future;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use tokio::time::Instant;
use tracing::Instrument;

use crate::credentials::{ProvideCredentials, Secret};
use crate::retry::{RetryBudget, RetryConfig, SharedBudget, deadline_after};
use crate::service::{OperationSpec, ServiceSpec};
use crate::skew::{self, SharedClock};
use crate::{Config, Error, Response, TimeoutKind, signing};

/// The timestamp parsers behind generated `*_utc()` accessors.
pub use crate::timestamp::{epoch_millis, iso8601};
pub use request::Request;

/// The `User-Agent` of every request: the SDK's name and version.
pub const USER_AGENT: &str = concat!("workflow-sdk/", env!("CARGO_PKG_VERSION"));

/// What a generated client carries: the spec's facts, the resolved
/// endpoint, credentials and the call policy (timeouts, retries, limits).
#[derive(Clone, Debug)]
pub struct Handle {
    service: &'static ServiceSpec,
    http: reqwest::Client,
    /// `scheme://host[:port]`.
    origin: String,
    /// The endpoint's path, canonically encoded, without a trailing `/`.
    base_path: String,
    /// `host[:port]`, as signed.
    host: String,
    /// `origin` and `base_path`.
    base_url: String,
    endpoint_error: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    api_key: Option<Secret>,
    retry: RetryConfig,
    budget: SharedBudget,
    attempt_timeout: Duration,
    connect_timeout: Duration,
    total_timeout: Duration,
    max_response_bytes: u64,
    /// The signing clock's offset, shared by the clients of one `Config`.
    clock: SharedClock,
}

impl Handle {
    /// Resolves the endpoint and takes what the service needs from `config`.
    pub fn new(config: &Config, service: &'static ServiceSpec) -> Self {
        let url = match config.endpoint_url_for(service.module) {
            Some(url) => Ok(url.to_string()),
            None => service.endpoint.resolve(config.region()).ok_or_else(|| {
                format!(
                    "{} needs a region to find its endpoint ({}); set Config::builder().region(..) or an endpoint URL",
                    service.module, service.endpoint.url
                )
            }),
        };
        let parts = url.and_then(|u| {
            let parsed = reqwest::Url::parse(&u).map_err(|e| {
                format!(
                    "the endpoint URL {u:?} of {} is not valid: {e}",
                    service.module
                )
            })?;
            let host = match (parsed.host_str(), parsed.port()) {
                (Some(h), Some(p)) => format!("{h}:{p}"),
                (Some(h), None) => h.to_string(),
                (None, _) => {
                    return Err(format!(
                        "the endpoint URL of {} has no host",
                        service.module
                    ));
                }
            };
            let origin = format!("{}://{host}", parsed.scheme());
            Ok((origin, params::canonical_base_path(parsed.path()), host))
        });
        let (origin, base_path, host, endpoint_error) = match parts {
            Ok((o, p, h)) => (o, p, h, None),
            Err(e) => (String::new(), String::new(), String::new(), Some(e)),
        };
        Self {
            service,
            http: config.http_client().clone(),
            base_url: format!("{origin}{base_path}"),
            origin,
            base_path,
            host,
            endpoint_error,
            credentials: config.credentials_provider().cloned(),
            api_key: config.api_key().cloned(),
            retry: config.retry().clone(),
            budget: config.shared_budget(),
            attempt_timeout: config.timeout(),
            connect_timeout: config.connect_timeout(),
            total_timeout: config.total_timeout(),
            max_response_bytes: config.max_response_bytes(),
            clock: config.shared_clock(),
        }
    }

    /// The base URL requests go to (empty when it cannot be resolved; the
    /// call then fails with the reason).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The spec facts of this client's API.
    pub fn service(&self) -> &'static ServiceSpec {
        self.service
    }
}

/// Turns a builder's conversion failure into an [`Error`].
pub fn invalid_request(message: String) -> Error {
    Error::InvalidRequest(message)
}

/// The request as it goes on the wire, built once per call.
pub(crate) struct Wire {
    method: http::Method,
    /// The encoded path, as sent and as signed.
    path: String,
    /// The canonical query, as sent and as signed.
    query: String,
    /// The URL as text, parsed again only for a retry.
    url_text: String,
    /// The parsed URL, taken by the first attempt.
    url: Option<reqwest::Url>,
    body: Bytes,
    content_type: Option<&'static str>,
    action: &'static str,
    /// `security: []`: no credentials, no signature, no API key.
    unsigned: bool,
    /// Header parameters, sent as given (not signed).
    headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

/// Makes one call of operation `op` and decodes the success body once into
/// `T`.
pub async fn invoke<T: DeserializeOwned>(
    handle: &Handle,
    op: &'static OperationSpec,
    request: Request,
) -> Result<Response<T>, Error> {
    let span = tracing::debug_span!(
        "workflow_sdk.call",
        product = handle.service.module,
        operation = op.operation_id,
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    let outcome = call::<T>(handle, op, request, &span)
        .instrument(span.clone())
        .await;
    match &outcome {
        Ok(_) => tracing::debug!(parent: &span, "call succeeded"),
        Err(e) => tracing::debug!(parent: &span, error = %e, "call failed"),
    }
    outcome
}

async fn call<T: DeserializeOwned>(
    handle: &Handle,
    op: &'static OperationSpec,
    request: Request,
    span: &tracing::Span,
) -> Result<Response<T>, Error> {
    if let Some(e) = &handle.endpoint_error {
        return Err(Error::Config(e.clone()));
    }
    // The path first: an empty or dot segment is refused as such.
    let mut wire = wire_form(handle, op, &request)?;
    params::check(op, &request)?;
    // One deadline for the whole call; each attempt waits for the earlier
    // of its own limit and this one.
    let deadline = deadline_after(Instant::now(), handle.total_timeout);
    let retry = &handle.retry;
    let mut attempt = 0u32;
    // The signing clock is corrected at most once per call.
    let mut clock_corrected = false;
    // Whether a retry took from the budget (signing again after a clock
    // correction does not).
    let mut retried = false;
    loop {
        attempt = attempt.saturating_add(1);
        span.record("attempt", attempt);
        let mut headers = http::HeaderMap::with_capacity(12);
        headers.insert(
            http::header::ACCEPT,
            http::HeaderValue::from_static("application/json"),
        );
        headers.insert(
            http::header::USER_AGENT,
            http::HeaderValue::from_static(USER_AGENT),
        );
        if let Some(ct) = wire.content_type {
            headers.insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static(ct),
            );
        }
        for (name, value) in &wire.headers {
            headers.append(name.clone(), value.clone());
        }
        // Credentials at hand (the usual case) authorize at the first poll,
        // without arming a timer; a provider that has to wait (a refresh)
        // is held to the call's deadline.
        {
            let authorizing = auth::authorize(handle, &wire, &mut headers);
            tokio::pin!(authorizing);
            let first = std::future::poll_fn(|cx| Poll::Ready(authorizing.as_mut().poll(cx))).await;
            match first {
                Poll::Ready(done) => done?,
                Poll::Pending => match tokio::time::timeout_at(deadline, authorizing).await {
                    Ok(done) => done?,
                    Err(_) => return Err(total_timeout(handle, attempt - 1)),
                },
            }
        }
        // The first attempt takes the URL parsed with the wire form; a retry
        // parses the text again rather than every call paying a copy.
        let url = match wire.url.take() {
            Some(url) => url,
            None => parse_url(&wire.url_text)?,
        };
        let mut http_request = reqwest::Request::new(wire.method.clone(), url);
        *http_request.headers_mut() = headers;
        if !wire.body.is_empty() {
            *http_request.body_mut() = Some(wire.body.clone().into());
        }
        let failure = match attempt::send(handle, http_request, span, deadline).await {
            attempt::Attempt::Done {
                status,
                headers,
                body,
            } => {
                if retry.budget {
                    // A success without retries tops the bucket up by one; a
                    // success after retries gives back what they cost.
                    handle
                        .budget
                        .refund(if retried { RetryBudget::RETRY_COST } else { 1 });
                }
                return decode(status, headers, body);
            }
            attempt::Attempt::Failed(failure) => failure,
        };
        let error = failure
            .error
            .with_attempts(attempt)
            .with_requested_wait(failure.wait);
        match handle.clock.on_refused(failure.skew, &mut clock_corrected) {
            // Signed again with the corrected clock: not a retry of the
            // policy's, so neither the attempt limit nor the budget applies
            // (the deadline does).
            skew::Step::SignAgain => continue,
            skew::Step::Report(offset) => return Err(error.with_clock_skew(offset)),
            skew::Step::Nothing => {}
        }
        if !failure.transient || attempt >= retry.max_attempts {
            return Err(error);
        }
        let time_left = deadline.saturating_duration_since(Instant::now());
        let delay = match failure.wait {
            // Asked to wait longer than allowed or than the call has left:
            // the service's own error (with the wait it asked for), not a
            // timeout.
            Some(w) if w > retry.max_server_wait || w >= time_left => {
                tracing::debug!(wait = ?w, "server asks for a longer wait than allowed or left; not retrying");
                return Err(error);
            }
            Some(w) => w,
            None => retry.backoff(attempt),
        };
        let cost = if failure.timeout {
            RetryBudget::TIMEOUT_RETRY_COST
        } else {
            RetryBudget::RETRY_COST
        };
        if retry.budget {
            if !handle.budget.try_acquire(cost) {
                tracing::debug!("retry budget exhausted; not retrying");
                return Err(error);
            }
            retried = true;
        }
        if delay >= time_left {
            return Err(total_timeout(handle, attempt));
        }
        tracing::debug!(attempt, delay = ?delay, error = %error, "retrying");
        tokio::time::sleep(delay).await;
    }
}

/// Decodes a success body, once.
fn decode<T: DeserializeOwned>(
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: Bytes,
) -> Result<Response<T>, Error> {
    match serde_json::from_slice::<T>(&body) {
        Ok(value) => Ok(Response::new(status, headers, value)),
        Err(source) => Err(Error::decode(status.as_u16(), &headers, &body, source)),
    }
}

/// Puts the wire form together: path, canonical query, URL and body.
fn wire_form(
    handle: &Handle,
    op: &'static OperationSpec,
    request: &Request,
) -> Result<Wire, Error> {
    let service = handle.service;
    let method = http::Method::from_bytes(op.method.as_bytes())
        .map_err(|_| Error::InvalidRequest(format!("bad HTTP method {}", op.method)))?;
    let mut path = String::with_capacity(handle.base_path.len() + op.path.len() + 16);
    path.push_str(&handle.base_path);
    params::push_path(&mut path, service.style, op, request)?;
    let query = signing::canonical_query(&request.query);
    let mut url = String::with_capacity(handle.origin.len() + path.len() + query.len() + 1);
    url.push_str(&handle.origin);
    url.push_str(&path);
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    let parsed = parse_url(&url)?;
    let (body, content_type) = match &request.body {
        Some(request::Body::Json(value)) => (
            Bytes::from(serde_json::to_vec(value).map_err(|e| {
                Error::InvalidRequest(format!("the body cannot be written as JSON: {e}"))
            })?),
            Some("application/json"),
        ),
        Some(request::Body::Form(pairs)) => (
            Bytes::from(form_encode(pairs)),
            Some("application/x-www-form-urlencoded"),
        ),
        None => (Bytes::new(), None),
    };
    Ok(Wire {
        method,
        path,
        query,
        url: Some(parsed),
        url_text: url,
        body,
        content_type,
        action: op.action.unwrap_or(op.operation_id),
        unsigned: op.unsigned,
        headers: request.headers.clone(),
    })
}

/// `k=v&k=v`: every byte but the RFC 3986 unreserved characters
/// percent-encoded, which every form reader decodes.
fn form_encode(pairs: &[(String, String)]) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&signing::percent_encode(k));
        out.push('=');
        out.push_str(&signing::percent_encode(v));
    }
    out
}

fn parse_url(url: &str) -> Result<reqwest::Url, Error> {
    reqwest::Url::parse(url)
        .map_err(|e| Error::InvalidRequest(format!("the request URL is not valid: {e}")))
}

fn total_timeout(handle: &Handle, attempts: u32) -> Error {
    Error::Timeout {
        kind: TimeoutKind::Total,
        limit: handle.total_timeout,
        attempts,
    }
}
