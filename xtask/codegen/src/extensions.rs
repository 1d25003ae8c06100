//! Reading and validating the `x-` extensions that carry vendor facts.
//!
//! Every check returns `(json pointer, problem)` so the caller can print one
//! line naming the file and the place.

use std::path::{Path, PathBuf};

use serde_json::Value;

type Problem = (String, String);

pub use crate::facts::{ApiStyle, AuthScheme as Auth};

/// Where an API is served (`info.x-endpoint`).
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// URL pattern; `{region}` is replaced by the region id.
    pub url: String,
    /// Regions served somewhere other than the pattern says.
    pub regions: Vec<(String, String)>,
}

/// How to follow a run with this operation (`x-run` on the operation).
#[derive(Clone, Debug)]
pub struct RunMeta {
    /// The request parameter that names the run.
    pub id: String,
    /// JSON pointer to the run status in the response.
    pub status: String,
    /// Documented status value -> unified run state name.
    pub states: Vec<(String, String)>,
}

/// The unified run states a status value may map to.
pub const RUN_STATES: &[&str] = crate::facts::StateKind::SPEC_NAMES;

/// Facts about one operation.
#[derive(Clone, Debug)]
pub struct OperationMeta {
    /// `operationId` as written in the spec.
    pub operation_id: String,
    /// HTTP method in the spec, upper case.
    pub method: String,
    /// Path in the spec.
    pub path: String,
    /// `x-acs-action`: the action name sent to Alibaba Cloud.
    pub action: Option<String>,
    /// `x-run`: how to follow a run.
    pub run: Option<RunMeta>,
    /// The documented example response file (from `externalValue`).
    pub example: Option<PathBuf>,
    /// Request parameters, body properties included.
    pub params: Vec<ParamMeta>,
    /// `summary`, else `description`.
    pub summary: Option<String>,
}

/// What a request parameter holds, for code that sets it from text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Any other schema: set from the text as given.
    Text,
    /// `type: boolean`.
    Bool,
    /// `type: integer`.
    Integer,
    /// `type: number`.
    Number,
    /// A string enum: the Rust type name of the open enum.
    Enum(String),
}

/// A request parameter (a body property counts as one).
#[derive(Clone, Debug)]
pub struct ParamMeta {
    /// Its name in the spec.
    pub name: String,
    /// `path`, `query`, `header` or `body`.
    pub location: String,
    /// Whether required.
    pub required: bool,
    /// What it holds.
    pub kind: ParamKind,
    /// Its description.
    pub description: Option<String>,
}

fn param_kind(doc: &Value, schema: &Value, lifted: &str) -> ParamKind {
    use heck::ToUpperCamelCase;
    let (target, name) = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => (
            r.strip_prefix('#')
                .and_then(|p| doc.pointer(p))
                .unwrap_or(schema),
            r.rsplit('/').next().unwrap_or(lifted).to_string(),
        ),
        None => (schema, lifted.to_string()),
    };
    if target
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().all(Value::is_string))
    {
        return ParamKind::Enum(name.to_upper_camel_case());
    }
    match target.get("type").and_then(Value::as_str) {
        Some("boolean") => ParamKind::Bool,
        Some("integer") => ParamKind::Integer,
        Some("number") => ParamKind::Number,
        _ => ParamKind::Text,
    }
}

/// A string enum of the spec, generated as an open enum.
#[derive(Clone, Debug)]
pub struct StringEnum {
    /// Rust type name.
    pub name: String,
    /// Doc text.
    pub description: Option<String>,
    /// Documented values, in spec order.
    pub values: Vec<String>,
}

/// A JSON-in-string field: the marker type generated for it.
#[derive(Clone, Debug)]
pub struct JsonFieldMarker {
    /// Rust type name of the marker.
    pub name: String,
    /// `Schema.Property`.
    pub label: String,
    /// Rust type name of the typed view, if the spec gives one.
    pub view: Option<String>,
}

/// How a timestamp field is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimestampKind {
    /// An ISO 8601 / RFC 3339 string.
    Iso8601,
    /// Milliseconds since the Unix epoch.
    EpochMillis,
}

/// A property marked `x-timestamp`.
#[derive(Clone, Debug)]
pub struct TimestampField {
    /// Rust struct name of the schema it belongs to.
    pub owner: String,
    /// `Schema.Property`.
    pub label: String,
    /// Property name as written.
    pub prop: String,
    /// How it is written.
    pub kind: TimestampKind,
}

/// The facts one spec gives the runtime.
#[derive(Clone, Debug)]
pub struct Service {
    /// Rust module name (the file stem).
    pub module: String,
    /// `info.title`.
    pub title: String,
    /// `info.x-vendor`.
    pub vendor: String,
    /// `info.x-api-style`.
    pub style: ApiStyle,
    /// `info.x-auth`.
    pub auth: Auth,
    /// `info.x-acs-product`.
    pub product: Option<String>,
    /// `info.x-acs-version`.
    pub version: Option<String>,
    /// `info.x-endpoint`.
    pub endpoint: Endpoint,
    /// Every operation, in spec order.
    pub operations: Vec<OperationMeta>,
}

fn str_at<'a>(v: &'a Value, key: &str, at: &str) -> Result<Option<&'a str>, Problem> {
    match v.get(key) {
        None => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(s)),
        Some(_) => Err((format!("{at}/{key}"), "must be a non-empty string".into())),
    }
}

fn required<'a>(v: &'a Value, key: &str, at: &str) -> Result<&'a str, Problem> {
    str_at(v, key, at)?.ok_or_else(|| (format!("{at}/{key}"), "is required".to_string()))
}

/// JSON-pointer escaping of one reference token.
pub fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

pub(crate) fn read_service(module: &str, doc: &Value, spec_dir: &Path) -> Result<Service, Problem> {
    let info = doc
        .get("info")
        .ok_or_else(|| ("/info".to_string(), "is required".to_string()))?;
    let title = required(info, "title", "/info")?.to_string();
    let vendor = required(info, "x-vendor", "/info")?.to_string();
    let style = match required(info, "x-api-style", "/info")? {
        "rpc" => ApiStyle::Rpc,
        "roa" => ApiStyle::Roa,
        "json" => ApiStyle::Json,
        other => {
            return Err((
                "/info/x-api-style".into(),
                format!("`{other}` is not one of rpc, roa, json"),
            ));
        }
    };
    let auth = match required(info, "x-auth", "/info")? {
        "acs3-hmac-sha256" => Auth::Acs3HmacSha256,
        "bearer" => Auth::Bearer,
        other => {
            return Err((
                "/info/x-auth".into(),
                format!("`{other}` is not one of acs3-hmac-sha256, bearer"),
            ));
        }
    };
    let product = str_at(info, "x-acs-product", "/info")?.map(str::to_string);
    let version = str_at(info, "x-acs-version", "/info")?.map(str::to_string);
    if auth == Auth::Acs3HmacSha256 && version.is_none() {
        return Err((
            "/info/x-acs-version".into(),
            "is required for acs3-hmac-sha256 APIs (it is sent as x-acs-version)".into(),
        ));
    }
    if style != ApiStyle::Json && auth != Auth::Acs3HmacSha256 {
        return Err((
            "/info/x-auth".into(),
            "rpc and roa APIs are Alibaba Cloud APIs and must use acs3-hmac-sha256".into(),
        ));
    }
    let endpoint = read_endpoint(info)?;

    let mut operations = Vec::new();
    let paths = doc
        .get("paths")
        .and_then(Value::as_object)
        .ok_or_else(|| ("/paths".to_string(), "is required".to_string()))?;
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            if !matches!(
                method.as_str(),
                "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
            ) {
                continue;
            }
            let at = format!("/paths/{}/{method}", escape_pointer(path));
            operations.push(read_operation(
                doc, style, auth, path, method, op, &at, spec_dir,
            )?);
        }
    }
    if operations.is_empty() {
        return Err(("/paths".into(), "has no operations".into()));
    }
    Ok(Service {
        module: module.to_string(),
        title,
        vendor,
        style,
        auth,
        product,
        version,
        endpoint,
        operations,
    })
}

fn read_endpoint(info: &Value) -> Result<Endpoint, Problem> {
    let at = "/info/x-endpoint";
    let ep = info
        .get("x-endpoint")
        .ok_or_else(|| (at.to_string(), "is required".to_string()))?;
    let url = required(ep, "url", at)?.to_string();
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err((
            format!("{at}/url"),
            "must start with https:// or http://".into(),
        ));
    }
    let rest = url.replace("{region}", "");
    if rest.contains('{') || rest.contains('}') {
        return Err((
            format!("{at}/url"),
            "the only placeholder allowed is {region}".into(),
        ));
    }
    let mut regions = Vec::new();
    if let Some(map) = ep.get("regions") {
        let map = map.as_object().ok_or_else(|| {
            (
                format!("{at}/regions"),
                "must be a map of region to URL".into(),
            )
        })?;
        for (region, u) in map {
            let u = u
                .as_str()
                .filter(|u| u.starts_with("http"))
                .ok_or_else(|| {
                    (
                        format!("{at}/regions/{}", escape_pointer(region)),
                        "must be an http(s) URL".to_string(),
                    )
                })?;
            regions.push((region.clone(), u.to_string()));
        }
    }
    Ok(Endpoint { url, regions })
}

#[allow(clippy::too_many_arguments)]
fn read_operation(
    doc: &Value,
    style: ApiStyle,
    auth: Auth,
    path: &str,
    method: &str,
    op: &Value,
    at: &str,
    spec_dir: &Path,
) -> Result<OperationMeta, Problem> {
    let operation_id = required(op, "operationId", at)?.to_string();
    let action = str_at(op, "x-acs-action", at)?.map(str::to_string);
    if style == ApiStyle::Rpc {
        if method != "post" {
            return Err((
                at.to_string(),
                "rpc operations are sent as POST; declare them under `post`".into(),
            ));
        }
        if action.is_none() {
            return Err((
                format!("{at}/x-acs-action"),
                "is required for rpc operations".into(),
            ));
        }
    }
    if auth == Auth::Acs3HmacSha256 && action.is_none() {
        return Err((
            format!("{at}/x-acs-action"),
            "is required for acs3-hmac-sha256 operations (it is signed and sent)".into(),
        ));
    }
    let run = match op.get("x-run") {
        None => None,
        Some(run) => Some(read_run(run, &format!("{at}/x-run"))?),
    };
    let mut example = None;
    if let Some(responses) = op.get("responses").and_then(Value::as_object) {
        for (status, resp) in responses {
            if !status.starts_with('2') {
                continue;
            }
            let Some(content) = resp.get("content").and_then(Value::as_object) else {
                continue;
            };
            for (media, body) in content {
                let Some(examples) = body.get("examples").and_then(Value::as_object) else {
                    continue;
                };
                for (name, ex) in examples {
                    if let Some(file) = ex.get("externalValue").and_then(Value::as_str) {
                        let full = spec_dir.join(file);
                        if !full.is_file() {
                            return Err((
                                format!(
                                    "{at}/responses/{status}/content/{}/examples/{name}/externalValue",
                                    escape_pointer(media)
                                ),
                                format!("file {file} does not exist next to the spec"),
                            ));
                        }
                        example.get_or_insert(full);
                    }
                }
            }
        }
    }
    let mut params = Vec::new();
    if let Some(list) = op.get("parameters").and_then(Value::as_array) {
        for p in list {
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
            let required = p
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(location == "path");
            let lifted = format!(
                "{operation_id}{}",
                heck::ToUpperCamelCase::to_upper_camel_case(name)
            );
            params.push(ParamMeta {
                name: name.to_string(),
                location: location.to_string(),
                required,
                kind: p
                    .get("schema")
                    .map_or(ParamKind::Text, |s| param_kind(doc, s, &lifted)),
                description: p
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        }
    }
    if let Some(schema) = op.pointer("/requestBody/content/application~1json/schema") {
        let schema = match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => r
                .strip_prefix('#')
                .and_then(|ptr| doc.pointer(ptr))
                .unwrap_or(schema),
            None => schema,
        };
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let body_name = schema_name(op).unwrap_or_default();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let lifted = format!(
                    "{body_name}{}",
                    heck::ToUpperCamelCase::to_upper_camel_case(name.as_str())
                );
                params.push(ParamMeta {
                    name: name.clone(),
                    location: "body".into(),
                    required: required.contains(&name.as_str()),
                    kind: param_kind(doc, prop, &lifted),
                    description: prop
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                });
            }
        }
    }
    if let Some(run) = &run
        && !params.iter().any(|p| p.name == run.id)
    {
        return Err((
            format!("{at}/x-run/id"),
            format!("`{}` is not a parameter of this operation", run.id),
        ));
    }
    Ok(OperationMeta {
        operation_id,
        method: method.to_ascii_uppercase(),
        path: path.to_string(),
        action,
        run,
        example,
        params,
        summary: op
            .get("summary")
            .or_else(|| op.get("description"))
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

fn read_run(run: &Value, at: &str) -> Result<RunMeta, Problem> {
    let id = required(run, "id", at)?.to_string();
    let status = required(run, "status", at)?.to_string();
    if !status.starts_with('/') {
        return Err((
            format!("{at}/status"),
            "must be a JSON pointer starting with /".into(),
        ));
    }
    let map = run
        .get("states")
        .and_then(Value::as_object)
        .ok_or_else(|| {
            (
                format!("{at}/states"),
                "is required: a map of status value to run state".to_string(),
            )
        })?;
    let mut states = Vec::new();
    for (value, state) in map {
        let state = state
            .as_str()
            .filter(|s| RUN_STATES.contains(s))
            .ok_or_else(|| {
                (
                    format!("{at}/states/{}", escape_pointer(value)),
                    format!("must be one of {}", RUN_STATES.join(", ")),
                )
            })?;
        states.push((value.clone(), state.to_string()));
    }
    Ok(RunMeta { id, status, states })
}

/// The component name of an operation's JSON request body.
fn schema_name(op: &Value) -> Option<String> {
    op.pointer("/requestBody/content/application~1json/schema/$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_string)
}
