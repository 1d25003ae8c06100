//! A local server that answers like the services in `specs/`: it checks
//! ACS3-HMAC-SHA256 signatures and bearer keys the way the real services do,
//! serves each operation's documented example response, and records every
//! request it receives so tests can look at the wire.
//!
//! It knows the services only through the generated `SERVICE` statics, so a
//! new spec is served with no change here. Enable the `simulator` feature.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use workflow_sdk::simulator::Simulator;
//! let sim = Simulator::start().await?;
//! let config = sim.config().build()?;
//! let task = workflow_sdk::ice::Client::new(&config)
//!     .get_workflow_task()
//!     .task_id("demo")
//!     .send()
//!     .await?;
//! println!("{:?}", task.workflow_task);
//! # Ok(()) }
//! ```

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use hmac::{Hmac, Mac};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use sha2::{Digest, Sha256};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::service::{ApiStyle, AuthScheme, OperationSpec, ParamIn, ServiceSpec};
use crate::{ConfigBuilder, Credentials};

/// The AccessKey id the simulator accepts by default.
pub const ACCESS_KEY_ID: &str = "LTAI5tSimulatorKeyId";
/// The AccessKey secret that goes with [`ACCESS_KEY_ID`].
pub const ACCESS_KEY_SECRET: &str = "SimulatorSecret-not-a-real-one";
/// The AltaBots API key the simulator accepts by default.
pub const API_KEY: &str = "sk-simulator-not-a-real-key";

/// One request as the simulator received it. Debug shows the values of
/// the `authorization` and `x-acs-security-token` headers as redacted, and
/// a form body only by its size (it may hold a token, as
/// `AssumeRoleWithOIDC`'s does).
#[derive(Clone)]
pub struct RecordedRequest {
    /// HTTP method.
    pub method: String,
    /// The path exactly as it arrived (still percent-encoded).
    pub raw_path: String,
    /// The query string exactly as it arrived, if any.
    pub raw_query: Option<String>,
    /// Headers, names lower case, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Bytes,
    /// The API module the request was routed to, if any.
    pub service: Option<&'static str>,
    /// The operation (`operationId`) it was routed to, if any.
    pub operation: Option<&'static str>,
    /// `Ok` when authentication passed, else the error code returned.
    pub verdict: Result<(), String>,
}

impl std::fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| {
                let secret = k.eq_ignore_ascii_case("authorization")
                    || k.eq_ignore_ascii_case("x-acs-security-token");
                (
                    k.as_str(),
                    if secret {
                        crate::Secret::REDACTED
                    } else {
                        v.as_str()
                    },
                )
            })
            .collect();
        let form = self.header("content-type").is_some_and(|v| {
            v.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
        let body: &dyn std::fmt::Debug = if form {
            &format_args!("<{} bytes, form-encoded>", self.body.len())
        } else {
            &self.body
        };
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("raw_path", &self.raw_path)
            .field("raw_query", &self.raw_query)
            .field("headers", &headers)
            .field("body", body)
            .field("service", &self.service)
            .field("operation", &self.operation)
            .field("verdict", &self.verdict)
            .finish()
    }
}

impl RecordedRequest {
    /// The first value of a header (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The query parameters, percent-decoded, in arrival order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        self.raw_query
            .as_deref()
            .map(parse_query)
            .unwrap_or_default()
    }
}

/// Scripted replies of one operation, for one run id or for all.
#[derive(Default)]
struct Script {
    queue: VecDeque<Reply>,
    default: Option<Reply>,
}

type ScriptKey = (String, Option<String>);

#[derive(Default)]
struct State {
    services: Vec<&'static ServiceSpec>,
    secrets: HashMap<String, String>,
    api_keys: Vec<String>,
    scripts: HashMap<ScriptKey, Script>,
    echo_ids: bool,
    not_recording: bool,
    requests: Vec<RecordedRequest>,
    served: u64,
    connections: u64,
    timelines: HashMap<(String, String), Timeline>,
}

/// A run whose status follows the clock (see [`Simulator::set_timeline`]).
struct Timeline {
    start: tokio::time::Instant,
    steps: Vec<(Duration, String)>,
}

impl State {
    /// The next scripted reply for this operation and run id, if any:
    /// the id's queue, then its default, then the operation's.
    fn next_reply(&mut self, op: &str, id: Option<&str>) -> Option<Reply> {
        if let Some(id) = id {
            let key = (op.to_string(), Some(id.to_string()));
            if let Some(r) = self.scripts.get_mut(&key).and_then(|s| s.queue.pop_front()) {
                return Some(r);
            }
            if let Some(t) = self.timelines.get(&(op.to_string(), id.to_string())) {
                let elapsed = t.start.elapsed();
                let status = t
                    .steps
                    .iter()
                    .rev()
                    .find(|(at, _)| *at <= elapsed)
                    .or(t.steps.first())
                    .map(|(_, s)| s.clone());
                if let Some(s) = status {
                    return Some(Reply::example_with_status(s));
                }
            }
        }
        let keys = [
            id.map(|i| (op.to_string(), Some(i.to_string()))),
            Some((op.to_string(), None)),
        ];
        for key in keys.into_iter().flatten() {
            if let Some(script) = self.scripts.get_mut(&key) {
                if let Some(r) = script.queue.pop_front() {
                    return Some(r);
                }
                if let Some(r) = &script.default {
                    return Some(r.clone());
                }
            }
        }
        None
    }
}

/// What the simulator answers to one request.
///
/// ```
/// use std::time::Duration;
/// use workflow_sdk::simulator::Reply;
/// let throttled = Reply::acs_error(400, "Throttling.User", "Request was denied due to user flow control.");
/// let slow = Reply::example().delay(Duration::from_secs(5));
/// let running = Reply::example_with_status("Processing");
/// # let _ = (throttled, slow, running);
/// ```
#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: ReplyBody,
    delay: Duration,
}

#[derive(Clone, Debug)]
enum ReplyBody {
    /// The operation's documented example, the run status optionally set.
    Example {
        status_value: Option<String>,
    },
    Bytes {
        content_type: String,
        body: Bytes,
    },
}

impl Reply {
    /// The operation's documented example (HTTP 200).
    pub fn example() -> Self {
        Self {
            status: 200,
            headers: Vec::new(),
            body: ReplyBody::Example { status_value: None },
            delay: Duration::ZERO,
        }
    }

    /// The documented example with the run's status (the field the spec's
    /// `x-run.status` points at) set to `value`.
    pub fn example_with_status(value: impl Into<String>) -> Self {
        Self {
            body: ReplyBody::Example {
                status_value: Some(value.into()),
            },
            ..Self::example()
        }
    }

    /// A JSON body with this status.
    pub fn json(status: u16, body: impl Into<Bytes>) -> Self {
        Self::body(status, "application/json;charset=utf-8", body)
    }

    /// Any body with this status and content type.
    pub fn body(status: u16, content_type: impl Into<String>, body: impl Into<Bytes>) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: ReplyBody::Bytes {
                content_type: content_type.into(),
                body: body.into(),
            },
            delay: Duration::ZERO,
        }
    }

    /// An Alibaba Cloud error body (`RequestId`, `HostId`, `Code`,
    /// `Message`, `Recommend`).
    pub fn acs_error(status: u16, code: &str, message: &str) -> Self {
        Self::json(status, acs_error_body(code, message, "SIM-SCRIPTED-ERROR"))
    }

    /// An AltaBots error body (`{"error": {"code", "message", "status"}}`).
    pub fn bearer_error(status: u16, code: &str, message: &str) -> Self {
        Self::json(status, bearer_error_body(status, code, message))
    }

    /// Adds a response header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Waits this long before answering (tokio time, so a paused clock
    /// skips it).
    pub fn delay(mut self, d: Duration) -> Self {
        self.delay = d;
        self
    }
}

/// Builds a [`Simulator`] with chosen credentials (Debug shows the
/// AccessKey ids only).
#[derive(Default)]
pub struct SimulatorBuilder {
    keys: Vec<(String, String)>,
    api_keys: Vec<String>,
    services: Vec<&'static ServiceSpec>,
}

impl std::fmt::Debug for SimulatorBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ids: Vec<&str> = self.keys.iter().map(|(id, _)| id.as_str()).collect();
        f.debug_struct("SimulatorBuilder")
            .field("access_key_ids", &ids)
            .field("api_keys", &self.api_keys.len())
            .field("services", &self.services.len())
            .finish()
    }
}

impl SimulatorBuilder {
    /// Accepts signatures made with this AccessKey pair.
    pub fn access_key(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.keys.push((id.into(), secret.into()));
        self
    }

    /// Serves this API too, besides the ones built into the crate: the
    /// `SERVICE` of a client generated from your own spec.
    pub fn service(mut self, service: &'static ServiceSpec) -> Self {
        self.services.push(service);
        self
    }

    /// Accepts the default simulator credentials ([`ACCESS_KEY_ID`],
    /// [`ACCESS_KEY_SECRET`], [`API_KEY`]).
    pub fn default_credentials(self) -> Self {
        self.access_key(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
            .api_key(API_KEY)
    }

    /// Accepts this bearer API key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.api_keys.push(key.into());
        self
    }

    /// Starts serving on a free port of 127.0.0.1.
    pub async fn start(self) -> std::io::Result<Simulator> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            secrets: self.keys.into_iter().collect(),
            api_keys: self.api_keys,
            services: self.services,
            ..State::default()
        }));
        let accept_state = state.clone();
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let state = accept_state.clone();
                state.lock().unwrap_or_else(|p| p.into_inner()).connections += 1;
                connections.spawn(async move {
                    let service = service_fn(move |req| {
                        let state = state.clone();
                        async move { Ok::<_, Infallible>(handle(state, req).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
                while connections.try_join_next().is_some() {}
            }
        });
        Ok(Simulator { addr, state, task })
    }
}

/// Names an operation to script: best its typed handle
/// (`ice::operations::GET_WORKFLOW_TASK`), or its `operationId`
/// (`"GetWorkflowTask"`), which must be one the simulator serves.
#[derive(Clone, Debug)]
pub struct ScriptedOperation {
    id: String,
    typed: bool,
}

impl From<&'static OperationSpec> for ScriptedOperation {
    fn from(op: &'static OperationSpec) -> Self {
        Self {
            id: op.operation_id.to_string(),
            typed: true,
        }
    }
}

impl From<&str> for ScriptedOperation {
    fn from(operation_id: &str) -> Self {
        Self {
            id: operation_id.to_string(),
            typed: false,
        }
    }
}

/// A running simulator; stops when dropped.
pub struct Simulator {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for Simulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Simulator")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Simulator {
    /// Starts a simulator that accepts [`ACCESS_KEY_ID`]/[`ACCESS_KEY_SECRET`]
    /// and [`API_KEY`].
    pub async fn start() -> std::io::Result<Simulator> {
        Self::builder()
            .access_key(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
            .api_key(API_KEY)
            .start()
            .await
    }

    /// Starts configuring a simulator with other credentials.
    pub fn builder() -> SimulatorBuilder {
        SimulatorBuilder::default()
    }

    /// Its address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Its base URL, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A configuration pointing every API at the simulator, with the default
    /// credentials and API key.
    pub fn config(&self) -> ConfigBuilder {
        crate::Config::builder()
            .endpoint_url(self.url())
            .credentials(Credentials::new(ACCESS_KEY_ID, ACCESS_KEY_SECRET))
            .api_key(API_KEY)
    }

    /// Answers every call of an operation with this status and JSON body
    /// instead of the documented example.
    pub fn set_response(
        &self,
        operation: impl Into<ScriptedOperation>,
        status: u16,
        body: impl Into<Bytes>,
    ) {
        self.set_default(operation, None, Reply::json(status, body));
    }

    /// The `operationId` of a scripted operation; a name no served API
    /// has fails loudly, listing the names there are.
    fn operation_id(&self, operation: impl Into<ScriptedOperation>) -> String {
        let operation = operation.into();
        if operation.typed {
            return operation.id;
        }
        let st = self.lock();
        let known: Vec<&str> = crate::SERVICES
            .iter()
            .chain(&st.services)
            .flat_map(|s| s.operations.iter().map(|o| o.operation_id))
            .collect();
        assert!(
            known.contains(&operation.id.as_str()),
            "the simulator serves no operation {:?}; it serves {}",
            operation.id,
            known.join(", ")
        );
        operation.id
    }

    /// Queues a reply for the next call of an operation; for one run id
    /// (`Some(id)`, as the request's `x-run.id` parameter gives it) or any.
    /// Queued replies are used once each, in order.
    pub fn push(&self, operation: impl Into<ScriptedOperation>, id: Option<&str>, reply: Reply) {
        let operation_id = self.operation_id(operation);
        self.lock()
            .scripts
            .entry((operation_id.to_string(), id.map(str::to_string)))
            .or_default()
            .queue
            .push_back(reply);
    }

    /// The reply used once the queue is empty (else the documented example).
    pub fn set_default(
        &self,
        operation: impl Into<ScriptedOperation>,
        id: Option<&str>,
        reply: Reply,
    ) {
        let operation_id = self.operation_id(operation);
        self.lock()
            .scripts
            .entry((operation_id.to_string(), id.map(str::to_string)))
            .or_default()
            .default = Some(reply);
    }

    /// Makes a run go through these status values, one per poll, then
    /// stay at the last: the documented example with its status set.
    pub fn set_states(&self, operation: impl Into<ScriptedOperation>, id: &str, states: &[&str]) {
        let operation_id = self.operation_id(operation);
        let mut st = self.lock();
        let script = st
            .scripts
            .entry((operation_id.to_string(), Some(id.to_string())))
            .or_default();
        script.queue = states
            .iter()
            .map(|s| Reply::example_with_status(*s))
            .collect();
        script.default = states.last().map(|s| Reply::example_with_status(*s));
    }

    /// When on, example replies carry the run id the request asked for
    /// (in the field of that name next to the status), so concurrent calls
    /// can check they got their own answer.
    pub fn echo_ids(&self, on: bool) {
        self.lock().echo_ids = on;
    }

    /// Whether requests are recorded (on by default; turn it off for long
    /// load runs, where the record would grow without end).
    pub fn set_recording(&self, on: bool) {
        self.lock().not_recording = !on;
    }

    /// Forgets the requests recorded so far.
    pub fn clear_requests(&self) {
        self.lock().requests.clear();
    }

    /// TCP connections accepted so far.
    pub fn connections(&self) -> u64 {
        self.lock().connections
    }

    /// Every request received so far, oldest first.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// Makes a run's status follow the clock (tokio time, so a paused
    /// clock drives it): each `(at, status)` holds from `at` after this
    /// call until the next step; before the first step, the first status.
    /// Replies queued with [`Simulator::push`] for the run go first (to
    /// inject errors into a timeline).
    pub fn set_timeline(&self, operation_id: &str, id: &str, steps: &[(Duration, &str)]) {
        let mut steps: Vec<(Duration, String)> =
            steps.iter().map(|(at, s)| (*at, s.to_string())).collect();
        steps.sort_by_key(|(at, _)| *at);
        self.lock().timelines.insert(
            (operation_id.to_string(), id.to_string()),
            Timeline {
                start: tokio::time::Instant::now(),
                steps,
            },
        );
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn parse_query(q: &str) -> Vec<(String, String)> {
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (pct_decode(k), pct_decode(v))
        })
        .collect()
}

fn pct_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

type Response = hyper::Response<Full<Bytes>>;

fn reply(status: u16, body: impl Into<Bytes>, request_id: &str) -> Response {
    hyper::Response::builder()
        .status(status)
        .header("content-type", "application/json;charset=utf-8")
        .header("x-acs-request-id", request_id)
        .body(Full::new(body.into()))
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}

/// Alibaba Cloud's error shape.
fn acs_error_body(code: &str, message: &str, request_id: &str) -> String {
    serde_json::json!({
        "RequestId": request_id,
        "HostId": "simulator.local",
        "Code": code,
        "Message": message,
        "Recommend": format!("https://api.aliyun.com/troubleshoot?q={code}"),
    })
    .to_string()
}

/// AltaBots' error shape.
fn bearer_error_body(status: u16, code: &str, message: &str) -> String {
    serde_json::json!({ "error": { "code": code, "message": message, "status": status } })
        .to_string()
}

fn acs_error(status: u16, code: &str, message: &str, request_id: &str) -> (Response, String) {
    let body = acs_error_body(code, message, request_id);
    (reply(status, body, request_id), code.to_string())
}

fn bearer_error(status: u16, code: &str, message: &str, request_id: &str) -> (Response, String) {
    let body = bearer_error_body(status, code, message);
    (reply(status, body, request_id), code.to_string())
}

/// Does a spec path template match a raw request path?
fn path_matches(template: &str, raw_path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let r: Vec<&str> = raw_path.split('/').collect();
    t.len() == r.len()
        && t.iter()
            .zip(&r)
            .all(|(t, r)| (t.starts_with('{') && t.ends_with('}') && !r.is_empty()) || t == r)
}

fn route(
    services: &[&'static ServiceSpec],
    method: &str,
    raw_path: &str,
    action: Option<&str>,
    version: Option<&str>,
) -> Option<(&'static ServiceSpec, &'static OperationSpec)> {
    for service in crate::SERVICES.iter().chain(services) {
        for op in service.operations {
            let hit = match service.style {
                ApiStyle::Rpc => {
                    method == "POST"
                        && raw_path == "/"
                        && action.is_some()
                        && op.action == action
                        && service.version == version
                }
                ApiStyle::Roa => {
                    op.method == method
                        && path_matches(op.path, raw_path)
                        && op.action == action
                        && service.version == version
                }
                _ => action.is_none() && op.method == method && path_matches(op.path, raw_path),
            };
            if hit {
                return Some((service, op));
            }
        }
    }
    None
}

async fn handle(state: Arc<Mutex<State>>, req: hyper::Request<Incoming>) -> Response {
    let (parts, body) = req.into_parts();
    let body = match body.collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => Bytes::new(),
    };
    let method = parts.method.as_str().to_string();
    let raw_path = parts.uri.path().to_string();
    let raw_query = parts.uri.query().map(str::to_string);
    let headers: Vec<(String, String)> = parts
        .headers
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };

    let request_id = {
        let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
        st.served += 1;
        format!("SIM-{:08}-0000-4000-8000-{:012}", st.served, st.served)
    };
    let extra = state
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .services
        .clone();
    let routed = route(
        &extra,
        &method,
        &raw_path,
        header("x-acs-action"),
        header("x-acs-version"),
    );
    let mut recorded = RecordedRequest {
        method: method.clone(),
        raw_path: raw_path.clone(),
        raw_query: raw_query.clone(),
        headers: headers.clone(),
        body: body.clone(),
        service: routed.map(|(s, _)| s.module),
        operation: routed.map(|(_, o)| o.operation_id),
        verdict: Ok(()),
    };

    let outcome: Result<(&'static OperationSpec, bool), (Response, String)> = match routed {
        None => Err(if header("x-acs-action").is_some() {
            acs_error(
                404,
                "InvalidAction.NotFound",
                "no operation with this action, version, method and path",
                &request_id,
            )
        } else {
            bearer_error(404, "NOT_FOUND", "no such endpoint", &request_id)
        }),
        Some((service, op)) => {
            let st = state.lock().unwrap_or_else(|p| p.into_inner());
            let checked = match service.auth {
                // `security: []`: the operation carries no authentication,
                // and must not (a credential sent where none is asked for
                // is a leak).
                _ if op.unsigned => verify_unsigned(&headers).map_err(|(status, code, msg)| {
                    if service.auth == AuthScheme::Bearer {
                        bearer_error(status, code, &msg, &request_id)
                    } else {
                        acs_error(status, code, &msg, &request_id)
                    }
                }),
                AuthScheme::Acs3HmacSha256 => verify_acs3(
                    &st.secrets,
                    &method,
                    &raw_path,
                    raw_query.as_deref(),
                    &headers,
                    &body,
                )
                .map_err(|(status, code, msg)| acs_error(status, code, &msg, &request_id)),
                AuthScheme::Bearer => verify_bearer(&st.api_keys, &headers, &body)
                    .map_err(|(status, code, msg)| bearer_error(status, code, &msg, &request_id)),
            };
            checked.map(|()| (op, service.auth == AuthScheme::Acs3HmacSha256))
        }
    };
    let (response, delay) = match outcome {
        Err((reply, code)) => {
            recorded.verdict = Err(code);
            (reply, Duration::ZERO)
        }
        Ok((op, _)) => {
            let id = run_id(op, &raw_path, raw_query.as_deref(), &body);
            let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
            let reply = st
                .next_reply(op.operation_id, id.as_deref())
                .unwrap_or_else(Reply::example);
            let echo = st.echo_ids.then_some(id).flatten();
            drop(st);
            (
                render(op, &reply, echo.as_deref(), &request_id),
                reply.delay,
            )
        }
    };
    {
        let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
        if !st.not_recording {
            st.requests.push(recorded);
        }
    }
    if !delay.is_zero() {
        tokio::time::sleep(delay).await;
    }
    response
}

/// The run id a request asks about: the `x-run.id` parameter, wherever the
/// spec puts it.
fn run_id(
    op: &OperationSpec,
    raw_path: &str,
    raw_query: Option<&str>,
    body: &[u8],
) -> Option<String> {
    let run = op.run?;
    let param = op.params.iter().find(|p| p.name == run.id_param)?;
    match param.location {
        ParamIn::Query => parse_query(raw_query?)
            .into_iter()
            .find(|(k, _)| k == param.name)
            .map(|(_, v)| v),
        ParamIn::Path => op.path_param(param.name, raw_path),
        ParamIn::Body => match serde_json::from_slice::<serde_json::Value>(body) {
            Ok(json) => json.get(param.name)?.as_str().map(str::to_string),
            // A form body.
            Err(_) => parse_query(std::str::from_utf8(body).ok()?)
                .into_iter()
                .find(|(k, _)| k == param.name)
                .map(|(_, v)| v),
        },
    }
}

/// Builds the HTTP reply for a scripted [`Reply`].
fn render(op: &OperationSpec, reply: &Reply, echo_id: Option<&str>, request_id: &str) -> Response {
    let (content_type, body) = match &reply.body {
        ReplyBody::Bytes { content_type, body } => (content_type.clone(), body.clone()),
        ReplyBody::Example { status_value } => {
            let example = op.example.map(|e| e.body).unwrap_or("{}");
            let body = if status_value.is_none() && echo_id.is_none() {
                // Verbatim, byte for byte.
                Bytes::from_static(example.as_bytes())
            } else {
                let mut v: serde_json::Value = serde_json::from_str(example).unwrap_or_default();
                if let Some(run) = op.run {
                    if let Some(s) = status_value
                        && let Some(slot) = v.pointer_mut(run.status_pointer)
                    {
                        *slot = serde_json::Value::String(s.clone());
                    }
                    if let Some(id) = echo_id {
                        let parent = run.status_pointer.rsplit_once('/').map_or("", |(p, _)| p);
                        if let Some(serde_json::Value::Object(m)) = v.pointer_mut(parent) {
                            m.insert(run.id_param.to_string(), id.into());
                        }
                    }
                }
                Bytes::from(v.to_string())
            };
            ("application/json;charset=utf-8".to_string(), body)
        }
    };
    let mut builder = hyper::Response::builder()
        .status(reply.status)
        .header("content-type", content_type)
        .header("x-acs-request-id", request_id);
    for (k, v) in &reply.headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    builder
        .body(Full::new(body))
        .unwrap_or_else(|_| hyper::Response::new(Full::new(Bytes::new())))
}

type Rejection = (u16, &'static str, String);

/// An operation sent without authentication: no `Authorization`, no
/// security token.
fn verify_unsigned(headers: &[(String, String)]) -> Result<(), Rejection> {
    for name in ["authorization", "x-acs-security-token"] {
        if headers.iter().any(|(k, _)| k == name) {
            return Err((
                400,
                "InvalidParameter",
                format!("this operation is unsigned (security: []); {name} must not be sent"),
            ));
        }
    }
    Ok(())
}

fn verify_bearer(
    keys: &[String],
    headers: &[(String, String)],
    body: &[u8],
) -> Result<(), Rejection> {
    let auth = headers
        .iter()
        .find(|(k, _)| k == "authorization")
        .map(|(_, v)| v.as_str())
        .ok_or((
            401,
            "UNAUTHORIZED",
            "missing Authorization header".to_string(),
        ))?;
    let key = auth.strip_prefix("Bearer ").ok_or((
        401,
        "UNAUTHORIZED",
        "Authorization must be `Bearer <API key>`".to_string(),
    ))?;
    if !keys.iter().any(|k| k == key) {
        return Err((401, "UNAUTHORIZED", "invalid API key".to_string()));
    }
    let json = headers
        .iter()
        .any(|(k, v)| k == "content-type" && v.starts_with("application/json"));
    if !json {
        return Err((
            415,
            "UNSUPPORTED_MEDIA_TYPE",
            "Content-Type must be application/json".to_string(),
        ));
    }
    serde_json::from_slice::<serde_json::Value>(body)
        .map_err(|e| (400, "INVALID_ARGUMENT", format!("body is not JSON: {e}")))?;
    Ok(())
}

/// The server side of ACS3-HMAC-SHA256, written independently of the
/// client's signer: it rebuilds the canonical request from what arrived.
fn verify_acs3(
    secrets: &HashMap<String, String>,
    method: &str,
    raw_path: &str,
    raw_query: Option<&str>,
    headers: &[(String, String)],
    body: &[u8],
) -> Result<(), Rejection> {
    let get = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    };
    let auth = get("authorization").ok_or((
        400,
        "MissingAuthorization",
        "Authorization is missing".into(),
    ))?;
    let rest = auth.strip_prefix("ACS3-HMAC-SHA256 ").ok_or((
        400,
        "IncompleteSignature",
        "unsupported signature algorithm".into(),
    ))?;
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        match part.trim().split_once('=') {
            Some(("Credential", v)) => credential = Some(v),
            Some(("SignedHeaders", v)) => signed_headers = Some(v),
            Some(("Signature", v)) => signature = Some(v),
            _ => {}
        }
    }
    let (Some(key_id), Some(signed_headers), Some(signature)) =
        (credential, signed_headers, signature)
    else {
        return Err((
            400,
            "IncompleteSignature",
            "Authorization lacks Credential, SignedHeaders or Signature".into(),
        ));
    };
    let secret = secrets.get(key_id).ok_or((
        404,
        "InvalidAccessKeyId.NotFound",
        "the AccessKey id does not exist".into(),
    ))?;
    let names: Vec<&str> = signed_headers.split(';').collect();
    let mut must_sign = vec![
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
    ];
    if get("x-acs-security-token").is_some() {
        must_sign.push("x-acs-security-token");
    }
    for h in must_sign {
        if !names.contains(&h) {
            return Err((
                400,
                "IncompleteSignature",
                format!("header {h} must be signed"),
            ));
        }
    }
    let body_hash = hex::encode(Sha256::digest(body));
    if get("x-acs-content-sha256") != Some(body_hash.as_str()) {
        return Err((
            400,
            "ContentSHA256NotMatch",
            "x-acs-content-sha256 does not match the body".into(),
        ));
    }
    let date = get("x-acs-date").unwrap_or_default();
    if time::OffsetDateTime::parse(date, &time::format_description::well_known::Rfc3339).is_err()
        || !date.ends_with('Z')
        || date.len() != 20
    {
        return Err((
            400,
            "InvalidTimeStamp.Format",
            "x-acs-date must be yyyy-MM-ddTHH:mm:ssZ".into(),
        ));
    }
    if get("x-acs-signature-nonce").is_none_or(str::is_empty) {
        return Err((
            400,
            "MissingSignatureNonce",
            "x-acs-signature-nonce is required".into(),
        ));
    }

    let enc = |s: &str| -> String {
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                out.push(b as char);
            } else {
                out.push_str(&format!("%{b:02X}"));
            }
        }
        out
    };
    // Sorted by decoded name, then encoded.
    let mut decoded: Vec<(String, String)> = raw_query.map(parse_query).unwrap_or_default();
    decoded.sort();
    let query: Vec<(String, String)> = decoded.iter().map(|(k, v)| (enc(k), enc(v))).collect();
    let canonical_query = query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let mut canonical_headers = String::new();
    for name in &names {
        let value = get(name).ok_or((
            400,
            "IncompleteSignature",
            format!("signed header {name} is missing"),
        ))?;
        canonical_headers.push_str(&format!("{name}:{value}\n"));
    }
    let canonical = format!(
        "{method}\n{raw_path}\n{canonical_query}\n{canonical_headers}\n{signed_headers}\n{body_hash}"
    );
    let to_sign = format!(
        "ACS3-HMAC-SHA256\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes())
        .map_err(|_| (500, "InternalError", "bad key".to_string()))?;
    mac.update(to_sign.as_bytes());
    let expected = hex::encode(mac.finalize().into_bytes());
    if expected != signature {
        return Err((
            400,
            "SignatureDoesNotMatch",
            format!("the signature does not match; the server's string to sign was {to_sign:?}"),
        ));
    }
    Ok(())
}
