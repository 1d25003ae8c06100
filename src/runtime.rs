//! The one place every generated call passes through: parameter checks,
//! endpoint, wire format, signing, sending with timeouts and retries, and
//! turning error responses into [`Error`]s.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use progenitor_client::OperationInfo;
use rand::RngCore;
use tokio::time::Instant;
use tracing::Instrument;

use crate::credentials::{ProvideCredentials, Secret};
use crate::error::{Carried, body_start};
use crate::retry::{
    RetryBudget, RetryConfig, SharedBudget, TRANSIENT_CODES, deadline_after,
    is_permanent_transport, server_requested_wait,
};
use crate::service::{ApiStyle, AuthScheme, OperationSpec, ParamIn, ServiceSpec};
use crate::skew::{self, SharedClock};
use crate::{Config, Error, TimeoutKind, signing};

/// Base URL given to progenitor when the endpoint cannot be resolved; the
/// call then fails in [`exec`] with the reason, before anything is sent.
const UNRESOLVED: &str = "http://endpoint-unresolved.invalid";

/// What a generated client carries: the spec's facts, credentials and the
/// call policy (timeouts, retries, limits).
#[derive(Clone, Debug)]
pub struct Handle {
    service: &'static ServiceSpec,
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
    clock: SharedClock,
}

impl Handle {
    /// Resolves the endpoint and takes what the service needs from `config`.
    pub fn new(config: &Config, service: &'static ServiceSpec) -> Self {
        let (base_url, endpoint_error) = match config.endpoint_url_for(service.module) {
            Some(url) => (url.to_string(), None),
            None => match service.endpoint.resolve(config.region()) {
                Some(url) => (url, None),
                None => (
                    UNRESOLVED.to_string(),
                    Some(format!(
                        "{} needs a region to find its endpoint ({}); set Config::builder().region(..) or an endpoint URL",
                        service.module, service.endpoint.url
                    )),
                ),
            },
        };
        Self {
            service,
            base_url,
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

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The spec facts of this client's API.
    pub fn service(&self) -> &'static ServiceSpec {
        self.service
    }
}

/// Sends one generated request: checks its parameters, puts the real wire
/// request together, then for each attempt signs or authorizes it afresh,
/// sends it, and retries transient failures. Failures travel back to the
/// generated code as responses carrying a typed [`Error`].
pub async fn exec(
    handle: &Handle,
    client: &reqwest::Client,
    request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let service = handle.service;
    let span = tracing::debug_span!(
        "workflow_sdk.call",
        product = service.module,
        operation = info.operation_id,
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    // One deadline for the whole call; each attempt waits for the earlier
    // of its own limit and this one, so a call costs one timer at a time.
    let deadline = deadline_after(Instant::now(), handle.total_timeout);
    let outcome = call(handle, client, request, info.operation_id, &span, deadline)
        .instrument(span.clone())
        .await;
    match outcome {
        Ok(response) => {
            tracing::debug!(parent: &span, "call succeeded");
            Ok(response)
        }
        Err(e) => {
            tracing::debug!(parent: &span, error = %e, "call failed");
            Ok(carry(e))
        }
    }
}

/// What one attempt produced.
enum Attempt {
    Done(reqwest::Response),
    Failed {
        error: Error,
        transient: bool,
        wait: Option<Duration>,
        timeout: bool,
        /// The service's clock offset, when it refused the timestamp.
        skew: Option<i64>,
    },
}

async fn call(
    handle: &Handle,
    client: &reqwest::Client,
    template: reqwest::Request,
    operation: &str,
    span: &tracing::Span,
    deadline: Instant,
) -> Result<reqwest::Response, Error> {
    let service = handle.service;
    let op = service.operation(operation).ok_or_else(|| {
        Error::Config(format!(
            "operation {operation} is not in the {} spec",
            service.module
        ))
    })?;
    if let Some(e) = &handle.endpoint_error {
        return Err(Error::Config(e.clone()));
    }
    if service.style != ApiStyle::Rpc {
        check_path_shape(op, template.url().path())?;
    }
    check_parameters(op, &template)?;
    let retry = &handle.retry;
    let mut attempt = 0u32;
    let mut clock_corrected = false;
    loop {
        attempt += 1;
        span.record("attempt", attempt);
        let mut request = template.try_clone().ok_or_else(|| {
            Error::InvalidRequest("streaming request bodies cannot be sent".into())
        })?;
        match tokio::time::timeout_at(deadline, prepare(handle, op, &mut request)).await {
            Ok(prepared) => prepared?,
            Err(_) => return Err(total_timeout(handle, attempt - 1)),
        }
        match send(handle, client, request, span, deadline).await {
            Attempt::Done(response) => {
                if retry.budget {
                    // A first-try success tops the bucket up by one; a
                    // success after retries gives back what they cost.
                    handle.budget.refund(if attempt == 1 {
                        1
                    } else {
                        RetryBudget::RETRY_COST
                    });
                }
                return Ok(response);
            }
            Attempt::Failed {
                error,
                transient,
                wait,
                timeout,
                skew,
            } => {
                let error = error.with_attempts(attempt).with_requested_wait(wait);
                match handle.clock.on_refused(skew, &mut clock_corrected) {
                    skew::Step::SignAgain => continue,
                    skew::Step::Report(offset) => return Err(error.with_clock_skew(offset)),
                    skew::Step::Nothing => {}
                }
                if !transient || attempt >= retry.max_attempts {
                    return Err(error);
                }
                let time_left = deadline.saturating_duration_since(Instant::now());
                let delay = match wait {
                    Some(w) if w > retry.max_server_wait || w >= time_left => {
                        tracing::debug!(wait = ?w, "server asks for a longer wait than allowed or left; not retrying");
                        return Err(error);
                    }
                    Some(w) => w,
                    None => retry.backoff(attempt),
                };
                let cost = if timeout {
                    RetryBudget::TIMEOUT_RETRY_COST
                } else {
                    RetryBudget::RETRY_COST
                };
                if retry.budget && !handle.budget.try_acquire(cost) {
                    tracing::debug!("retry budget exhausted; not retrying");
                    return Err(error);
                }
                if delay >= time_left {
                    return Err(total_timeout(handle, attempt));
                }
                tracing::debug!(attempt, delay = ?delay, error = %error, "retrying");
                tokio::time::sleep(delay).await;
            }
        }
    }
}

/// One attempt: send, read the body within the limits, classify.
fn total_timeout(handle: &Handle, attempts: u32) -> Error {
    Error::Timeout {
        kind: TimeoutKind::Total,
        limit: handle.total_timeout,
        attempts,
    }
}

async fn send(
    handle: &Handle,
    client: &reqwest::Client,
    request: reqwest::Request,
    span: &tracing::Span,
    deadline: Instant,
) -> Attempt {
    let attempt_end = deadline_after(Instant::now(), handle.attempt_timeout);
    // Report the limit that fires first: this attempt's or the whole call's.
    let (kind, limit, attempt_deadline) = if attempt_end <= deadline {
        (TimeoutKind::Attempt, handle.attempt_timeout, attempt_end)
    } else {
        (TimeoutKind::Total, handle.total_timeout, deadline)
    };
    let result = tokio::time::timeout_at(attempt_deadline, async {
        let response = client.execute(request).await?;
        let status = response.status();
        span.record("status", status.as_u16());
        if let Some(id) = response
            .headers()
            .get("x-acs-request-id")
            .and_then(|v| v.to_str().ok())
        {
            span.record("request_id", id);
        }
        let headers = response.headers().clone();
        let version = response.version();
        let body = read_body(response, handle.max_response_bytes).await?;
        Ok::<_, BodyError>((status, version, headers, body))
    })
    .await;
    let (status, version, headers, body) = match result {
        Ok(Ok(parts)) => parts,
        Err(_) => {
            return Attempt::Failed {
                error: Error::Timeout {
                    kind,
                    limit,
                    attempts: 1,
                },
                transient: true,
                wait: None,
                timeout: true,
                skew: None,
            };
        }
        Ok(Err(BodyError::TooLarge(status))) => {
            return Attempt::Failed {
                error: Error::ResponseTooLarge {
                    status,
                    limit: handle.max_response_bytes,
                },
                transient: false,
                wait: None,
                timeout: false,
                skew: None,
            };
        }
        Ok(Err(BodyError::Transport(e))) => {
            let timeout = e.is_timeout();
            let error = if timeout && e.is_connect() {
                Error::Timeout {
                    kind: TimeoutKind::Connect,
                    limit: handle.connect_timeout,
                    attempts: 1,
                }
            } else if timeout {
                Error::Timeout {
                    kind,
                    limit,
                    attempts: 1,
                }
            } else {
                Error::Transport {
                    source: e,
                    attempts: 1,
                }
            };
            // Connection failures and timeouts are worth another try; a
            // malformed or oversized response head, a refused certificate
            // or a request that could not be built is not.
            let transient = timeout
                || !matches!(&error, Error::Transport { source, .. } if is_permanent_transport(source));
            return Attempt::Failed {
                error,
                transient,
                wait: None,
                timeout,
                skew: None,
            };
        }
    };
    if status.is_success() {
        if let Err(error) = check_success_body(status.as_u16(), &headers, &body) {
            return Attempt::Failed {
                error,
                transient: false,
                wait: None,
                timeout: false,
                skew: None,
            };
        }
        let mut rebuilt = http::Response::new(body);
        *rebuilt.status_mut() = status;
        *rebuilt.version_mut() = version;
        *rebuilt.headers_mut() = headers;
        return Attempt::Done(reqwest::Response::from(rebuilt));
    }
    let error = Error::from_error_response(status.as_u16(), &headers, &body);
    let transient = status.as_u16() == 429
        || status.is_server_error()
        || error.code().is_some_and(|c| TRANSIENT_CODES.contains(&c));
    Attempt::Failed {
        skew: skew::correction(
            error.code(),
            &headers,
            SystemTime::now(),
            handle.clock.millis(),
        ),
        error,
        transient,
        wait: server_requested_wait(&headers, SystemTime::now()),
        timeout: false,
    }
}

enum BodyError {
    TooLarge(u16),
    Transport(reqwest::Error),
}

impl From<reqwest::Error> for BodyError {
    fn from(e: reqwest::Error) -> Self {
        BodyError::Transport(e)
    }
}

/// Reads a body, refusing it as soon as it is known to exceed `limit`.
async fn read_body(mut response: reqwest::Response, limit: u64) -> Result<Bytes, BodyError> {
    let status = response.status().as_u16();
    match response.content_length() {
        Some(n) if n > limit => return Err(BodyError::TooLarge(status)),
        // Declared and within the limit: one read, one buffer.
        Some(_) => return Ok(response.bytes().await?),
        None => {}
    }
    let mut buf =
        BytesMut::with_capacity(response.content_length().unwrap_or(0).min(limit) as usize);
    while let Some(chunk) = response.chunk().await? {
        if (buf.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(BodyError::TooLarge(status));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// A success body must be a JSON document: not empty, not cut short, not
/// an HTML page, not declared as another content type. (Whether it has the
/// documented shape is for the decoder to say.)
fn check_success_body(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Result<(), Error> {
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let last = body
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .copied();
    let reason = if first.is_none() {
        Some("the body is empty".to_string())
    } else if matches!((first, last), (Some(b'{'), Some(l)) if l != b'}')
        || matches!((first, last), (Some(b'['), Some(l)) if l != b']')
    {
        Some("the JSON body is truncated".to_string())
    } else if first == Some(b'<') || content_type.as_deref().is_some_and(|c| c.contains("html")) {
        Some("the body is HTML, not JSON".to_string())
    } else if let Some(ct) = content_type.as_deref().filter(|c| !c.contains("json"))
        && !matches!(first, Some(b'{' | b'['))
    {
        Some(format!("the content type is {ct}, not JSON"))
    } else {
        None
    };
    match reason {
        None => Ok(()),
        Some(reason) => Err(Error::InvalidResponse {
            status,
            request_id: crate::ResponseMeta::from_headers(headers).request_id,
            reason,
            content_type,
            body_start: body_start(body),
        }),
    }
}

/// A response that carries an [`Error`] through progenitor's code.
fn carry(err: Error) -> reqwest::Response {
    let mut response = http::Response::new(Vec::<u8>::new());
    // Any status progenitor does not decode: the error is what matters.
    *response.status_mut() =
        http::StatusCode::from_u16(599).unwrap_or(http::StatusCode::BAD_GATEWAY);
    response.extensions_mut().insert(Carried::new(err));
    reqwest::Response::from(response)
}

/// Refuses blank values of the parameters that name things (required
/// parameters and the run id), naming the parameter.
fn check_parameters(op: &OperationSpec, request: &reqwest::Request) -> Result<(), Error> {
    let blank = |name: &str| Error::InvalidParameter {
        parameter: name.to_string(),
        problem: "must not be empty or whitespace".into(),
    };
    let mut body: Option<serde_json::Value> = None;
    for p in op.params.iter().filter(|p| p.required || p.run_id) {
        let value: Option<String> = match p.location {
            ParamIn::Query => request
                .url()
                .query_pairs()
                .find(|(k, _)| k == p.name)
                .map(|(_, v)| v.into_owned()),
            ParamIn::Path => op.path_param(p.name, request.url().path()),
            ParamIn::Body => {
                if body.is_none() {
                    body = request
                        .body()
                        .and_then(|b| b.as_bytes())
                        .and_then(|b| serde_json::from_slice(b).ok());
                }
                body.as_ref()
                    .and_then(|b| b.get(p.name))
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            }
        };
        if value.is_some_and(|v| v.trim().is_empty()) {
            return Err(blank(p.name));
        }
    }
    Ok(())
}

async fn prepare(
    handle: &Handle,
    op: &OperationSpec,
    request: &mut reqwest::Request,
) -> Result<(), Error> {
    let service = handle.service;
    // progenitor adds the spec's info.version as `api-version`; these APIs
    // carry their version elsewhere.
    request.headers_mut().remove("api-version");
    match service.auth {
        AuthScheme::Acs3HmacSha256 => sign_acs3(handle, op, request).await,
        AuthScheme::Bearer => {
            let key = handle.api_key.as_ref().ok_or_else(|| {
                Error::Config(format!(
                    "{} needs an API key; set Config::builder().api_key(..)",
                    service.module
                ))
            })?;
            let mut value = http::HeaderValue::from_str(&format!("Bearer {}", key.expose()))
                .map_err(|_| {
                    Error::Config("the API key holds characters not allowed in a header".into())
                })?;
            value.set_sensitive(true);
            request
                .headers_mut()
                .insert(http::header::AUTHORIZATION, value);
            Ok(())
        }
    }
}

/// Rewrites the request into its wire form and signs it with ACS3: a new
/// date and a new random 128-bit nonce every time.
async fn sign_acs3(
    handle: &Handle,
    op: &OperationSpec,
    request: &mut reqwest::Request,
) -> Result<(), Error> {
    let service = handle.service;
    let provider = handle.credentials.as_ref().ok_or_else(|| {
        Error::Config(format!(
            "{} needs Alibaba Cloud credentials; set Config::builder().credentials(..)",
            service.module
        ))
    })?;
    let creds = provider
        .provide_credentials()
        .await
        .map_err(Error::Credentials)?;

    let url = request.url_mut();
    let mut path = url.path().to_string();
    if service.style == ApiStyle::Rpc {
        // The spec path is a per-operation key; the wire path is `/`.
        if let Some(prefix) = path.strip_suffix(op.path) {
            path = format!("{prefix}/");
        }
    }
    let path = canonical_path(&path);
    let query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let canonical_query = signing::canonical_query(&query);
    url.set_path(&path);
    url.set_query(if canonical_query.is_empty() {
        None
    } else {
        Some(&canonical_query)
    });
    let host = match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        (None, _) => return Err(Error::Config("endpoint URL has no host".into())),
    };

    let body: &[u8] = match request.body() {
        None => b"",
        Some(b) => b
            .as_bytes()
            .ok_or_else(|| Error::InvalidRequest("streaming bodies cannot be signed".into()))?,
    };
    let action = op.action.unwrap_or(op.operation_id);
    let version = service.version.unwrap_or_default();
    let content_type = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut headers: Vec<(&str, &str)> = vec![
        ("host", &host),
        ("x-acs-action", action),
        ("x-acs-version", version),
    ];
    if let Some(ct) = &content_type {
        headers.push(("content-type", ct));
    }
    if let Some(token) = creds.security_token() {
        headers.push(("x-acs-security-token", token.expose()));
    }
    let date = time::OffsetDateTime::from(handle.clock.now(SystemTime::now()))
        .format(time::macros::format_description!(
            "[year]-[month]-[day]T[hour]:[minute]:[second]Z"
        ))
        .map_err(|e| Error::Config(format!("cannot format the date: {e}")))?;
    let mut nonce = [0u8; 16];
    rand::rng().fill_bytes(&mut nonce);
    let nonce = hex::encode(nonce);
    let query_refs: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let signed = signing::sign(&signing::SigningParams {
        method: request.method().as_str(),
        encoded_path: &path,
        query: &query_refs,
        headers: &headers,
        body,
        access_key_id: creds.access_key_id(),
        access_key_secret: creds.access_key_secret().expose(),
        date: &date,
        nonce: &nonce,
    });
    let mut to_set: Vec<(String, String, bool)> = headers
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string(), *k == "x-acs-security-token"))
        .collect();
    to_set.extend(
        signed
            .headers
            .into_iter()
            .map(|(k, v)| (k.to_string(), v, k == "authorization")),
    );
    for (name, value, sensitive) in to_set {
        let name = http::HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::InvalidRequest(format!("bad header name {name}")))?;
        let mut value = http::HeaderValue::from_str(&value).map_err(|_| {
            Error::InvalidRequest(format!(
                "header {name} holds characters not allowed in a header"
            ))
        })?;
        value.set_sensitive(sensitive);
        request.headers_mut().insert(name, value);
    }
    tracing::trace!(action, "request signed");
    Ok(())
}

/// Encodes a path parameter as one path segment: every byte but the RFC 3986
/// unreserved characters is percent-encoded, so `/`, `\`, `?`, `#` and `%`
/// can never end or escape the segment. (Generated code calls this instead
/// of progenitor's encoder.)
pub fn encode_path(value: &str) -> String {
    signing::percent_encode(value)
}

/// Checks that the URL path still has the shape of the spec's path
/// template. URL parsing removes `.` and `..` segments, so a path parameter
/// of `..` would otherwise silently address another resource.
fn check_path_shape(op: &OperationSpec, url_path: &str) -> Result<(), Error> {
    let template: Vec<&str> = op.path.split('/').collect();
    let actual: Vec<&str> = url_path.split('/').collect();
    if actual.len() >= template.len() {
        let tail = &actual[actual.len() - template.len()..];
        let mut empty_param = None;
        let fits = tail.iter().zip(&template).all(|(a, t)| {
            let is_param = t.starts_with('{') && t.ends_with('}');
            if is_param && a.is_empty() {
                empty_param = Some(&t[1..t.len() - 1]);
            }
            (is_param && !a.is_empty()) || a == t
        });
        if fits {
            return Ok(());
        }
        if let Some(name) = empty_param
            && tail
                .iter()
                .zip(&template)
                .all(|(a, t)| a == t || t.starts_with('{'))
        {
            return Err(Error::InvalidParameter {
                parameter: name.to_string(),
                problem: "must not be empty, or a dot segment (`.`, `..`) that URL parsing removes"
                    .into(),
            });
        }
    }
    {
        Err(Error::InvalidRequest(format!(
            "{}: a path parameter is empty or a dot segment (`.` or `..`), which cannot be sent as part of {}",
            op.operation_id, op.path
        )))
    }
}

/// Re-encodes every path segment the way the signature wants it
/// (RFC 3986 unreserved characters bare, everything else `%XX`), so the
/// path sent and the path signed are the same string.
pub(crate) fn canonical_path(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            let raw: Vec<u8> = percent_encoding::percent_decode_str(seg).collect();
            signing::percent_encode_bytes(&raw)
        })
        .collect::<Vec<_>>()
        .join("/")
}
