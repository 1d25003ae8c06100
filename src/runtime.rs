//! The one place every generated call passes through: endpoint, wire
//! format, signing, sending, and turning error responses into [`Error`]s.

use std::sync::Arc;

use progenitor_client::OperationInfo;
use rand::RngCore;

use crate::credentials::{ProvideCredentials, Secret};
use crate::error::Carried;
use crate::service::{ApiStyle, AuthScheme, OperationSpec, ServiceSpec};
use crate::{Config, Error, signing};

/// Base URL given to progenitor when the endpoint cannot be resolved; the
/// call then fails in [`exec`] with the reason, before anything is sent.
const UNRESOLVED: &str = "http://endpoint-unresolved.invalid";

/// What a generated client carries: the spec's facts and the credentials.
#[derive(Clone, Debug)]
pub struct Handle {
    service: &'static ServiceSpec,
    base_url: String,
    endpoint_error: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    api_key: Option<Secret>,
}

impl Handle {
    /// Resolves the endpoint and picks the credentials a service needs.
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

/// Sends one generated request: puts the real wire request together, signs
/// or authorizes it, sends it, and hands error responses back with a typed
/// [`Error`] attached.
pub async fn exec(
    handle: &Handle,
    client: &reqwest::Client,
    mut request: reqwest::Request,
    info: &OperationInfo,
) -> reqwest::Result<reqwest::Response> {
    let service = handle.service;
    let span = tracing::debug_span!(
        "workflow_sdk.call",
        product = service.module,
        operation = info.operation_id,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    let _enter = span.enter();
    let prepared = match service.operation(info.operation_id) {
        Some(op) => prepare(handle, op, &mut request).await,
        None => Err(Error::Config(format!(
            "operation {} is not in the {} spec",
            info.operation_id, service.module
        ))),
    };
    if let Err(e) = prepared {
        return Ok(carry(
            e,
            http::StatusCode::BAD_REQUEST,
            http::HeaderMap::new(),
            Vec::new(),
        ));
    }
    drop(_enter);
    let response = client.execute(request).await?;
    let status = response.status();
    span.record("status", status.as_u16());
    if let Some(id) = request_id(response.headers()) {
        span.record("request_id", id);
    }
    if status.is_success() {
        return Ok(response);
    }
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    let err = Error::from_error_response(status.as_u16(), &headers, &body);
    tracing::debug!(parent: &span, error = %err, "service returned an error");
    Ok(carry(err, status, headers, body.to_vec()))
}

fn request_id(headers: &http::HeaderMap) -> Option<&str> {
    headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
}

/// A response that carries an [`Error`] through progenitor's code.
fn carry(
    err: Error,
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> reqwest::Response {
    let mut builder = http::Response::builder().status(if status.is_success() {
        http::StatusCode::BAD_GATEWAY
    } else {
        status
    });
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    let response = builder
        .extension(Carried::new(err))
        .body(body)
        .unwrap_or_else(|_| http::Response::new(Vec::new()));
    reqwest::Response::from(response)
}

async fn prepare(
    handle: &Handle,
    op: &OperationSpec,
    request: &mut reqwest::Request,
) -> Result<(), Error> {
    if let Some(e) = &handle.endpoint_error {
        return Err(Error::Config(e.clone()));
    }
    let service = handle.service;
    if service.style != ApiStyle::Rpc {
        check_path_shape(op, request.url().path())?;
    }
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

/// Rewrites the request into its wire form and signs it with ACS3.
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
    let date = time::OffsetDateTime::now_utc()
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
/// unreserved characters is percent-encoded, so `/`, `\\`, `?`, `#` and `%`
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
    let fits = actual.len() >= template.len()
        && actual[actual.len() - template.len()..]
            .iter()
            .zip(&template)
            .all(|(a, t)| (t.starts_with('{') && !a.is_empty()) || a == t);
    if fits {
        Ok(())
    } else {
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
