//! Reading and validating the `x-` extensions that carry vendor facts.
//!
//! Every check returns `(json pointer, problem)` so the caller can print one
//! line naming the file and the place.

use std::path::{Path, PathBuf};

use serde_json::Value;

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
    /// `security: []`: sent without authentication (no signature, no API
    /// key, no credentials asked for).
    pub unsigned: bool,
    /// `summary`, else `description`.
    pub summary: Option<String>,
}

/// What a request parameter holds, for code that sets it from text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// Any other schema: set from the text as given.
    Text,
    /// A string marked `format: password`: set from the text, held in
    /// `workflow_sdk::Secret`.
    Secret,
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
        Some("string") if target.get("format").and_then(Value::as_str) == Some("password") => {
            ParamKind::Secret
        }
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

/// One problem found in a spec: where, what, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// JSON pointer into the document as written.
    pub pointer: String,
    /// What is wrong.
    pub problem: String,
    /// What to do about it.
    pub fix: String,
}

/// Collects every problem of one spec instead of stopping at the first.
#[derive(Default)]
pub(crate) struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn push(
        &mut self,
        pointer: impl Into<String>,
        problem: impl Into<String>,
        fix: impl Into<String>,
    ) {
        self.0.push(Problem {
            pointer: pointer.into(),
            problem: problem.into(),
            fix: fix.into(),
        });
    }
}

/// A string value at `v[key]`; a present value of another kind is a problem.
fn str_at<'a>(v: &'a Value, key: &str, at: &str, out: &mut Problems) -> Option<&'a str> {
    match v.get(key) {
        None => None,
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        Some(other) => {
            out.push(
                format!("{at}/{key}"),
                format!("must be a non-empty string, found {}", kind_of(other)),
                format!("write `{key}` as a quoted string"),
            );
            None
        }
    }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(s) if s.trim().is_empty() => "an empty string",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// JSON-pointer escaping of one reference token.
pub fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Keys that belong under `info` and are sometimes written at the top level
/// (or the other way round): a misplaced one is named with where it goes.
const INFO_KEYS: &[&str] = &[
    "x-vendor",
    "x-api-style",
    "x-auth",
    "x-acs-product",
    "x-acs-version",
    "x-endpoint",
];

pub(crate) fn read_service(
    module: &str,
    doc: &Value,
    spec_dir: &Path,
    out: &mut Problems,
) -> Option<Service> {
    let Some(doc_map) = doc.as_object() else {
        out.push(
            "",
            "the document is not a map",
            "start the file with `openapi: 3.0.3`, `info`, `servers` and `paths`",
        );
        return None;
    };
    match doc_map.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) => out.push(
            "/openapi",
            format!("version `{v}` is not supported (the generator reads OpenAPI 3.0)"),
            "write `openapi: 3.0.3` and use 3.0 constructs (`nullable: true`, not a `null` type)",
        ),
        None => out.push(
            "/openapi",
            "is missing",
            "add `openapi: 3.0.3` at the top level",
        ),
    }
    let empty = Value::Object(Default::default());
    let info = match doc.get("info") {
        Some(i) if i.is_object() => i,
        _ => {
            out.push(
                "/info",
                "is missing",
                "add `info` with `title` and `version`",
            );
            &empty
        }
    };
    let title = match str_at(info, "title", "/info", out) {
        Some(t) => t.to_string(),
        None => {
            if info.get("title").is_none() {
                out.push(
                    "/info/title",
                    "is missing",
                    "add `title` under `info`: the API's name",
                );
            }
            module.to_string()
        }
    };
    let product = str_at(info, "x-acs-product", "/info", out).map(str::to_string);
    let version = str_at(info, "x-acs-version", "/info", out).map(str::to_string);
    let alibaba = product.is_some()
        || version.is_some()
        || doc_map.contains_key("x-acs-version")
        || doc_map.contains_key("x-acs-product");
    let auth = read_auth(doc, info, alibaba, out);
    let style = match str_at(info, "x-api-style", "/info", out) {
        Some("rpc") => Some(ApiStyle::Rpc),
        Some("roa") => Some(ApiStyle::Roa),
        Some("json") => Some(ApiStyle::Json),
        Some(other) => {
            out.push(
                "/info/x-api-style",
                format!("`{other}` is not one of rpc, roa, json"),
                "write `rpc` for Alibaba RPC APIs, or drop the key: it defaults to `roa` for signed APIs and `json` otherwise",
            );
            None
        }
        // Standard OpenAPI says the method and path are the real ones.
        None => auth.map(|a| match a {
            Auth::Acs3HmacSha256 => ApiStyle::Roa,
            Auth::Bearer => ApiStyle::Json,
        }),
    };
    if auth == Some(Auth::Acs3HmacSha256)
        && version.is_none()
        && info.get("x-acs-version").is_none()
    {
        {
            let fix = if doc_map.contains_key("x-acs-version") {
                "add `x-acs-version` under `info`; found one at the top level"
            } else {
                "add `x-acs-version: \"YYYY-MM-DD\"` under `info` (the API version of the vendor's reference)"
            };
            out.push(
                "/info/x-acs-version",
                "is required for Alibaba Cloud signed APIs (it is sent and signed as x-acs-version)",
                fix,
            );
        }
    }
    for key in INFO_KEYS {
        let reported = out.0.iter().any(|p| p.pointer == format!("/info/{key}"));
        if doc_map.contains_key(*key) && !reported {
            out.push(
                format!("/{key}"),
                format!("`{key}` belongs under `info`"),
                format!("move `{key}` under `info`"),
            );
        }
    }
    if auth == Some(Auth::Bearer) && style.is_some_and(|s| s != ApiStyle::Json) {
        out.push(
            "/info/x-api-style",
            "rpc and roa APIs are Alibaba Cloud APIs and are signed with acs3-hmac-sha256",
            "drop the bearer scheme, or drop `x-api-style` for a plain JSON API",
        );
    }
    let endpoint = read_endpoint(doc, info, out);
    // Informational: who runs the API; by default Alibaba Cloud for signed
    // APIs, else the endpoint's host.
    let vendor = match str_at(info, "x-vendor", "/info", out) {
        Some(v) => v.to_string(),
        None => match (auth, &endpoint) {
            (Some(Auth::Acs3HmacSha256), _) => "alibaba-cloud".to_string(),
            (_, Some(e)) => e
                .url
                .split("://")
                .nth(1)
                .and_then(|rest| rest.split(['/', ':']).next())
                .unwrap_or_default()
                .to_string(),
            _ => String::new(),
        },
    };

    let mut operations = Vec::new();
    let mut seen_ids: Vec<(String, String)> = Vec::new();
    match doc.get("paths").and_then(Value::as_object) {
        None => out.push(
            "/paths",
            "is missing",
            "add `paths` with at least one operation",
        ),
        Some(paths) => {
            for (path, item) in paths {
                let at_path = format!("/paths/{}", escape_pointer(path));
                if !path.starts_with('/') {
                    out.push(
                        at_path.clone(),
                        format!("path `{path}` does not start with /"),
                        "write paths as `/segment/{param}`",
                    );
                }
                let Some(item) = item.as_object() else {
                    out.push(
                        at_path,
                        "is not a map of method to operation",
                        "write `get:`, `post:`, ... under the path",
                    );
                    continue;
                };
                for (method, op) in item {
                    if !matches!(
                        method.as_str(),
                        "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
                    ) {
                        continue;
                    }
                    let at = format!("{at_path}/{method}");
                    if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                        if let Some((_, first)) = seen_ids.iter().find(|(seen, _)| seen == id) {
                            out.push(
                                format!("{at}/operationId"),
                                format!("`{id}` is already the operationId of {first}"),
                                "give every operation its own operationId",
                            );
                        } else {
                            seen_ids.push((id.to_string(), at.clone()));
                        }
                    }
                    if let Some(op) =
                        read_operation(doc, style, auth, path, method, op, &at, spec_dir, out)
                    {
                        operations.push(op);
                    }
                }
            }
            if paths.is_empty() {
                out.push(
                    "/paths",
                    "has no operations",
                    "add at least one operation under `paths`",
                );
            }
        }
    }
    Some(Service {
        module: module.to_string(),
        title,
        vendor,
        style: style?,
        auth: auth?,
        product,
        version,
        endpoint: endpoint?,
        operations,
    })
}

/// How requests are authenticated: `x-auth`, or a `securitySchemes` entry
/// (`type: http, scheme: bearer`), or Alibaba Cloud signing when the spec
/// names an `x-acs-version`. The two ways must agree.
fn read_auth(doc: &Value, info: &Value, has_version: bool, out: &mut Problems) -> Option<Auth> {
    let declared = match str_at(info, "x-auth", "/info", out) {
        Some("acs3-hmac-sha256") => Some(Auth::Acs3HmacSha256),
        Some("bearer") => Some(Auth::Bearer),
        Some(other) => {
            out.push(
                "/info/x-auth",
                format!("`{other}` is not one of acs3-hmac-sha256, bearer"),
                "write `acs3-hmac-sha256` or `bearer`, or drop the key and declare a `securitySchemes` bearer scheme",
            );
            return None;
        }
        None => None,
    };
    let mut bearer = None;
    let mut other_scheme = None;
    if let Some(schemes) = doc
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    {
        for (name, s) in schemes {
            let is_bearer = s.get("type").and_then(Value::as_str) == Some("http")
                && s.get("scheme")
                    .and_then(Value::as_str)
                    .is_some_and(|v| v.eq_ignore_ascii_case("bearer"));
            if is_bearer {
                bearer = Some(name.clone());
            } else {
                other_scheme.get_or_insert(name.clone());
            }
        }
    }
    match (declared, &bearer) {
        (Some(Auth::Acs3HmacSha256), Some(name)) => {
            out.push(
                format!("/components/securitySchemes/{}", escape_pointer(name)),
                "a bearer scheme disagrees with `x-auth: acs3-hmac-sha256`",
                "keep one: drop `x-auth` for a bearer API, or drop the bearer scheme for a signed one",
            );
            None
        }
        (Some(a), _) => Some(a),
        (None, Some(_)) => Some(Auth::Bearer),
        (None, None) if has_version => Some(Auth::Acs3HmacSha256),
        (None, None) if other_scheme.is_some() => {
            let name = other_scheme.unwrap_or_default();
            out.push(
                format!("/components/securitySchemes/{}", escape_pointer(&name)),
                "only `type: http` with `scheme: bearer` is supported",
                "send the API key as `Authorization: Bearer <key>` (a bearer scheme), or sign with Alibaba Cloud (`x-acs-product`, `x-acs-version`)",
            );
            None
        }
        (None, None) => {
            out.push(
                "/info",
                "says nothing about how requests are authenticated",
                "for Alibaba Cloud add `x-acs-product` and `x-acs-version` under `info`; for an API key add a `components.securitySchemes` entry with `type: http` and `scheme: bearer`",
            );
            None
        }
    }
}

/// Where the API is served: `servers[0].url`, where `{region}` (declared
/// under `variables`) is the region id. `x-endpoint` may add `regions`
/// (hosts for regions served elsewhere); if it repeats `url`, the two must
/// agree.
fn read_endpoint(doc: &Value, info: &Value, out: &mut Problems) -> Option<Endpoint> {
    let at = "/info/x-endpoint";
    let before = out.0.len();
    let server = doc.pointer("/servers/0");
    let server_url = server.and_then(|s| s.get("url")).and_then(Value::as_str);
    if let (Some(server), Some(url)) = (server, server_url)
        && url.contains("{region}")
        && server.pointer("/variables/region").is_none()
    {
        out.push(
            "/servers/0/variables",
            "the url uses {region}, which is not declared",
            "add `variables: {region: {default: <region id>}}` to the server",
        );
    }
    let ext = info.get("x-endpoint");
    if ext.is_some_and(|e| !e.is_object()) {
        out.push(
            at,
            "must be a map with `url` and/or `regions`",
            "write `regions: {<region>: <url>}`, or drop it and use `servers`",
        );
    }
    let ext_url = ext.and_then(|e| str_at(e, "url", at, out));
    let url = match (server_url, ext_url) {
        (Some(s), Some(e)) if s.trim_end_matches('/') != e.trim_end_matches('/') => {
            out.push(
                format!("{at}/url"),
                format!("`{e}` disagrees with servers[0].url `{s}`"),
                "drop `x-endpoint.url`: `servers` is the endpoint rule",
            );
            None
        }
        (Some(s), _) => Some(s.trim_end_matches('/').to_string()),
        (None, Some(e)) => Some(e.trim_end_matches('/').to_string()),
        (None, None) => {
            out.push(
                "/servers",
                "is missing: the client would not know where to send requests",
                "add `servers: [{url: \"https://<product>.{region}.aliyuncs.com\", variables: {region: {default: cn-hangzhou}}}]`",
            );
            None
        }
    };
    let url_at = if server_url.is_some() {
        "/servers/0/url".to_string()
    } else {
        format!("{at}/url")
    };
    if let Some(url) = &url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            out.push(
                url_at.clone(),
                format!("`{url}` is not an absolute http(s) URL"),
                "write the full URL, starting with https://",
            );
        }
        let rest = url.replace("{region}", "");
        if rest.contains('{') || rest.contains('}') {
            out.push(
                url_at,
                "the only placeholder allowed is {region}",
                "replace other placeholders by their value",
            );
        }
    }
    let mut regions = Vec::new();
    if let Some(map) = ext.and_then(|e| e.get("regions")) {
        match map.as_object() {
            None => out.push(
                format!("{at}/regions"),
                "must be a map of region to URL",
                "write `regions: {cn-hangzhou: \"https://...\"}`",
            ),
            Some(map) => {
                for (region, u) in map {
                    match u
                        .as_str()
                        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                    {
                        Some(u) => regions.push((region.clone(), u.to_string())),
                        None => out.push(
                            format!("{at}/regions/{}", escape_pointer(region)),
                            "must be an http(s) URL",
                            "write the full URL, starting with https://",
                        ),
                    }
                }
            }
        }
    }
    if out.0.len() > before {
        return None;
    }
    Some(Endpoint { url: url?, regions })
}

#[allow(clippy::too_many_arguments)]
fn read_operation(
    doc: &Value,
    style: Option<ApiStyle>,
    auth: Option<Auth>,
    path: &str,
    method: &str,
    op: &Value,
    at: &str,
    spec_dir: &Path,
    out: &mut Problems,
) -> Option<OperationMeta> {
    let before = out.0.len();
    let operation_id = match str_at(op, "operationId", at, out) {
        Some(id) => id.to_string(),
        None => {
            if op.get("operationId").is_none() {
                out.push(
                    format!("{at}/operationId"),
                    "is missing",
                    "add `operationId: <VendorOperationName>` (it names the builder method and, for Alibaba Cloud, the action)",
                );
            }
            String::new()
        }
    };
    let explicit_action = str_at(op, "x-acs-action", at, out).map(str::to_string);
    let action = match (explicit_action, auth) {
        (Some(a), _) => Some(a),
        (None, Some(Auth::Acs3HmacSha256)) if !operation_id.is_empty() => {
            Some(operation_id.clone())
        }
        _ => None,
    };
    if style == Some(ApiStyle::Rpc) && method != "post" {
        out.push(
            at.to_string(),
            "rpc operations are sent as POST",
            format!("declare the operation under `post` instead of `{method}`"),
        );
    }
    let run = op
        .get("x-run")
        .and_then(|run| read_run(run, &format!("{at}/x-run"), out));
    let mut example = None;
    match op.get("responses").and_then(Value::as_object) {
        None => out.push(
            format!("{at}/responses"),
            "is missing",
            "add `responses` with a `\"200\"` response",
        ),
        Some(responses) => {
            read_responses(doc, responses, at, spec_dir, &mut example, out);
        }
    }
    let mut params = Vec::new();
    if let Some(list) = op.get("parameters") {
        let Some(list) = list.as_array() else {
            out.push(
                format!("{at}/parameters"),
                "must be a list",
                "write each parameter as a `- name: ...` item",
            );
            return None;
        };
        for (i, p) in list.iter().enumerate() {
            let p_at = format!("{at}/parameters/{i}");
            let p = crate::resolve_ref(doc, p);
            let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
            if name.is_empty() {
                out.push(
                    format!("{p_at}/name"),
                    "is missing",
                    "add the parameter's `name`",
                );
            }
            let location = p.get("in").and_then(Value::as_str).unwrap_or_default();
            match location {
                "query" | "path" | "header" => {}
                "cookie" => out.push(
                    format!("{p_at}/in"),
                    "cookie parameters are not supported",
                    "send the value as a header or query parameter",
                ),
                "" => out.push(
                    format!("{p_at}/in"),
                    "is missing",
                    "add `in: query` (or path, header)",
                ),
                other => out.push(
                    format!("{p_at}/in"),
                    format!("`{other}` is not a parameter location in OpenAPI 3.0"),
                    "use `query`, `path` or `header`; a body is a `requestBody`",
                ),
            }
            if location == "path" && !path.contains(&format!("{{{name}}}")) {
                out.push(
                    format!("{p_at}/name"),
                    format!("path parameter `{name}` does not appear in the path `{path}`"),
                    format!("add `{{{name}}}` to the path, or make it a query parameter"),
                );
            }
            if p.get("content").is_some() {
                out.push(
                    format!("{p_at}/content"),
                    "parameters described by `content` are not supported by the generator",
                    "describe the parameter with `schema` (a JSON value in a query parameter is `type: string`)",
                );
            } else if p.get("schema").is_none() {
                out.push(
                    format!("{p_at}/schema"),
                    "is missing",
                    "add `schema: {type: string}` (or the parameter's type)",
                );
            }
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
    let mut segments = path.split('{').skip(1);
    for seg in segments.by_ref() {
        let name = seg.split('}').next().unwrap_or_default();
        if !params
            .iter()
            .any(|p| p.location == "path" && p.name == name)
        {
            out.push(
                at.to_string(),
                format!("the path has `{{{name}}}`, which no parameter declares"),
                format!("add a parameter `name: {name}`, `in: path`, `required: true`"),
            );
        }
    }
    if let Some(content) = op
        .get("requestBody")
        .map(|b| crate::resolve_ref(doc, b))
        .and_then(|b| b.get("content"))
        .and_then(Value::as_object)
    {
        for media in content.keys() {
            if !BODY_MEDIA_TYPES.contains(&media.as_str()) {
                out.push(
                    format!("{at}/requestBody/content/{}", escape_pointer(media)),
                    format!("request bodies of type `{media}` are not supported"),
                    "describe the body as `application/json` or `application/x-www-form-urlencoded`",
                );
            }
        }
        if content.len() > 1 {
            out.push(
                format!("{at}/requestBody/content"),
                "declares more than one media type; an operation sends one body",
                "keep one: `application/json` or `application/x-www-form-urlencoded`",
            );
        }
    }
    if let Some((media, schema)) = body_schema(op) {
        let schema = crate::resolve_ref(doc, schema);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let body_name = schema_name(op).unwrap_or_default();
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                if media == FORM
                    && let Some(kind) = nested_kind(doc, prop)
                {
                    out.push(
                        format!(
                            "{at}/requestBody/content/{}/schema",
                            escape_pointer(media)
                        ),
                        format!("form property `{name}` is {kind}, which a form body cannot hold"),
                        "give form properties scalar values (or lists of them), or send the body as `application/json`",
                    );
                }
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
    let unsigned = read_security(op, at, out);
    if let Some(run) = &run
        && !params.iter().any(|p| p.name == run.id)
    {
        out.push(
            format!("{at}/x-run/id"),
            format!("`{}` is not a parameter of this operation", run.id),
            "name the request parameter that identifies the run",
        );
    }
    if out.0.len() > before {
        return None;
    }
    Some(OperationMeta {
        operation_id,
        method: method.to_ascii_uppercase(),
        path: path.to_string(),
        action,
        run,
        example,
        params,
        unsigned,
        summary: op
            .get("summary")
            .or_else(|| op.get("description"))
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// Success and error responses. Error responses (`4XX`, `5XX`, `default`,
/// any non-2xx code) are accepted whatever they hold: the runtime decodes
/// errors itself, and they are dropped before progenitor. Success
/// responses must agree on one body, since progenitor gives an operation
/// one response type.
fn read_responses(
    doc: &Value,
    responses: &serde_json::Map<String, Value>,
    at: &str,
    spec_dir: &Path,
    example: &mut Option<PathBuf>,
    out: &mut Problems,
) {
    let mut success: Option<(String, Option<Value>)> = None;
    for (status, resp) in responses {
        let r_at = format!("{at}/responses/{}", escape_pointer(status));
        let valid = status == "default"
            || matches!(status.as_str(), "1XX" | "2XX" | "3XX" | "4XX" | "5XX")
            || (status.len() == 3 && status.chars().all(|c| c.is_ascii_digit()));
        if !valid {
            out.push(
                r_at.clone(),
                format!("`{status}` is not a status code"),
                "use a code such as \"200\", a range such as \"4XX\", or `default`",
            );
            continue;
        }
        if !(status.starts_with('2')) {
            continue;
        }
        let resp = crate::resolve_ref(doc, resp);
        let body = resp.pointer("/content/application~1json/schema").cloned();
        if let Some(content) = resp.get("content").and_then(Value::as_object) {
            for media in content.keys() {
                if media != "application/json" && !media.ends_with("+json") {
                    out.push(
                        format!("{r_at}/content/{}", escape_pointer(media)),
                        format!("success bodies of type `{media}` are not supported"),
                        "describe the body as `application/json`",
                    );
                }
            }
        }
        match &success {
            None => success = Some((status.clone(), body)),
            Some((first, first_body)) if *first_body != body => out.push(
                r_at.clone(),
                format!("its body differs from the `{first}` response's; an operation has one success type"),
                format!("give every success response the body of `{first}`, or keep only `{first}`"),
            ),
            Some(_) => {}
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
                        out.push(
                            format!(
                                "{r_at}/content/{}/examples/{}/externalValue",
                                escape_pointer(media),
                                escape_pointer(name)
                            ),
                            format!("file {file} does not exist next to the spec"),
                            "put the example response in that file (paths are relative to the spec), or fix the path",
                        );
                    } else {
                        example.get_or_insert(full);
                    }
                }
            }
        }
    }
    if success.is_none() {
        out.push(
            format!("{at}/responses"),
            "declares no success (2xx) response",
            "add a `\"200\"` response with an `application/json` schema",
        );
    }
}

fn read_run(run: &Value, at: &str, out: &mut Problems) -> Option<RunMeta> {
    let before = out.0.len();
    let id = str_at(run, "id", at, out);
    if run.get("id").is_none() {
        out.push(
            format!("{at}/id"),
            "is missing",
            "name the request parameter that identifies the run",
        );
    }
    let status = str_at(run, "status", at, out);
    match status {
        None if run.get("status").is_none() => out.push(
            format!("{at}/status"),
            "is missing",
            "add a JSON pointer to the status in the response, e.g. `/Status`",
        ),
        Some(s) if !s.starts_with('/') => out.push(
            format!("{at}/status"),
            "must be a JSON pointer starting with /",
            format!("write `/{s}`"),
        ),
        _ => {}
    }
    let mut states = Vec::new();
    match run.get("states").and_then(Value::as_object) {
        None => out.push(
            format!("{at}/states"),
            "is missing",
            "add a map of each documented status value to a run state",
        ),
        Some(map) => {
            for (value, state) in map {
                match state.as_str().filter(|s| RUN_STATES.contains(s)) {
                    Some(state) => states.push((value.clone(), state.to_string())),
                    None => out.push(
                        format!("{at}/states/{}", escape_pointer(value)),
                        format!("{} is not a run state", state),
                        format!("use one of {}", RUN_STATES.join(", ")),
                    ),
                }
            }
        }
    }
    if out.0.len() > before {
        return None;
    }
    Some(RunMeta {
        id: id?.to_string(),
        status: status?.to_string(),
        states,
    })
}

/// The form media type.
const FORM: &str = "application/x-www-form-urlencoded";

/// The request body media types the runtime sends.
const BODY_MEDIA_TYPES: &[&str] = &["application/json", FORM];

/// An operation's request body: its media type and schema.
fn body_schema(op: &Value) -> Option<(&'static str, &Value)> {
    BODY_MEDIA_TYPES.iter().find_map(|media| {
        op.pointer(&format!(
            "/requestBody/content/{}/schema",
            escape_pointer(media)
        ))
        .map(|s| (*media, s))
    })
}

/// The component name of an operation's request body.
fn schema_name(op: &Value) -> Option<String> {
    body_schema(op)?
        .1
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
        .map(str::to_string)
}

/// What a form property holds that a form cannot: an object, or a list of
/// objects or lists.
fn nested_kind(doc: &Value, prop: &Value) -> Option<&'static str> {
    let prop = crate::resolve_ref(doc, prop);
    match prop.get("type").and_then(Value::as_str) {
        Some("object") => Some("an object"),
        Some("array") => {
            let items = crate::resolve_ref(doc, prop.get("items")?);
            matches!(
                items.get("type").and_then(Value::as_str),
                Some("object" | "array")
            )
            .then_some("a list of objects or lists")
        }
        None if prop.get("properties").is_some() => Some("an object"),
        _ => None,
    }
}

/// Operation-level `security`: `[]` (standard OpenAPI for "no
/// authentication") makes the operation unsigned; a list of requirements
/// is the API's own authentication. An empty requirement (`{}`, optional
/// authentication) has no meaning here and is refused.
fn read_security(op: &Value, at: &str, out: &mut Problems) -> bool {
    let Some(security) = op.get("security") else {
        return false;
    };
    let at = format!("{at}/security");
    let fix = "write `security: []` for an operation sent without authentication, or drop `security` to use the API's own";
    match security.as_array() {
        None => {
            out.push(
                at,
                format!("must be a list, found {}", kind_of(security)),
                fix,
            );
            false
        }
        Some(list) if list.is_empty() => true,
        Some(list) => {
            for (i, item) in list.iter().enumerate() {
                if item.as_object().is_none_or(|m| m.is_empty()) {
                    out.push(
                        format!("{at}/{i}"),
                        "an empty or non-map requirement (optional authentication) is not supported",
                        fix,
                    );
                }
            }
            false
        }
    }
}

const SCHEMA_TYPES: &[&str] = &["string", "number", "integer", "boolean", "array", "object"];

/// Schemas as the generator needs them, wherever a schema sits: a known
/// `type`, value lists that fit it, a schema for every JSON body.
pub(crate) fn check_schemas(doc: &Value, out: &mut Problems) {
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, s) in schemas {
            check_schema(
                s,
                &format!("/components/schemas/{}", escape_pointer(name)),
                out,
                0,
            );
        }
    }
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            let at = format!("/paths/{}/{method}", escape_pointer(path));
            if let Some(params) = op.get("parameters").and_then(Value::as_array) {
                for (i, p) in params.iter().enumerate() {
                    if let Some(s) = p.get("schema") {
                        check_schema(s, &format!("{at}/parameters/{i}/schema"), out, 0);
                    }
                }
            }
            let mut bodies = Vec::new();
            if let Some(body) = op.get("requestBody") {
                bodies.push((format!("{at}/requestBody"), body));
            }
            if let Some(responses) = op.get("responses").and_then(Value::as_object) {
                for (status, r) in responses {
                    // Error responses are the runtime's: any shape will do.
                    if status.starts_with('2') {
                        bodies.push((format!("{at}/responses/{}", escape_pointer(status)), r));
                    }
                }
            }
            for (b_at, body) in bodies {
                let Some(content) = body.get("content").and_then(Value::as_object) else {
                    continue;
                };
                for (media, m) in content {
                    let m_at = format!("{b_at}/content/{}", escape_pointer(media));
                    match m.get("schema") {
                        Some(s) if s.is_object() => {
                            check_schema(s, &format!("{m_at}/schema"), out, 0)
                        }
                        _ => out.push(
                            format!("{m_at}/schema"),
                            "a body needs a schema",
                            "add `schema:` (`{}` for any JSON value)",
                        ),
                    }
                }
            }
        }
    }
}

fn check_schema(s: &Value, at: &str, out: &mut Problems, depth: usize) {
    if depth > 64 {
        return;
    }
    let Some(obj) = s.as_object() else {
        // `additionalProperties: true` and similar are not schemas to check.
        if !s.is_boolean() {
            out.push(
                at,
                format!("a schema must be a map, found {}", kind_of(s)),
                "write the schema as a map, e.g. `{type: string}`",
            );
        }
        return;
    };
    if obj.contains_key("$ref") {
        return;
    }
    let ty = match obj.get("type") {
        None => None,
        Some(Value::String(t)) if SCHEMA_TYPES.contains(&t.as_str()) => Some(t.as_str()),
        Some(other) => {
            out.push(
                format!("{at}/type"),
                format!(
                    "{} is not an OpenAPI type",
                    match other {
                        Value::String(t) => format!("`{t}`"),
                        v => kind_of(v).to_string(),
                    }
                ),
                format!("use one of {}", SCHEMA_TYPES.join(", ")),
            );
            None
        }
    };
    if let Some(values) = obj.get("enum") {
        match values.as_array() {
            None => out.push(
                format!("{at}/enum"),
                "must be a list of values",
                "write `enum: [A, B]`",
            ),
            Some(values) => {
                let nullable = obj.get("nullable").is_some_and(|n| n == true);
                let first_kind = values.iter().find(|v| !v.is_null()).map(kind_of);
                for (i, v) in values.iter().enumerate() {
                    let fits = match (ty, v) {
                        (_, Value::Null) => nullable,
                        (Some("string"), v) => v.is_string(),
                        (Some("integer"), v) => v.is_i64() || v.is_u64(),
                        (Some("number"), v) => v.is_number(),
                        (Some("boolean"), v) => v.is_boolean(),
                        (Some(_), _) => false,
                        (None, v) => {
                            !v.is_array() && !v.is_object() && Some(kind_of(v)) == first_kind
                        }
                    };
                    if !fits {
                        out.push(
                            format!("{at}/enum/{i}"),
                            format!(
                                "{} does not fit the schema's type {}",
                                kind_of(v),
                                ty.unwrap_or("(values of one kind)")
                            ),
                            "quote the value if it is text, or fix the type",
                        );
                    }
                }
            }
        }
    }
    if let Some(props) = obj.get("properties") {
        match props.as_object() {
            None => out.push(
                format!("{at}/properties"),
                "must be a map of property name to schema",
                "write each property as `Name: {type: string}`",
            ),
            Some(props) => {
                for (name, p) in props {
                    check_schema(
                        p,
                        &format!("{at}/properties/{}", escape_pointer(name)),
                        out,
                        depth + 1,
                    );
                }
            }
        }
    }
    if let Some(items) = obj.get("items") {
        check_schema(items, &format!("{at}/items"), out, depth + 1);
    } else if ty == Some("array") {
        out.push(
            format!("{at}/items"),
            "an array schema needs `items`",
            "add `items: {}` (any JSON value) or the items' schema",
        );
    }
    if let Some(ap) = obj.get("additionalProperties") {
        check_schema(ap, &format!("{at}/additionalProperties"), out, depth + 1);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        if let Some(list) = obj.get(key) {
            match list.as_array() {
                None => out.push(
                    format!("{at}/{key}"),
                    "must be a list of schemas",
                    format!("write `{key}: [...]`"),
                ),
                Some(list) => {
                    for (i, s) in list.iter().enumerate() {
                        check_schema(s, &format!("{at}/{key}/{i}"), out, depth + 1);
                    }
                }
            }
        }
    }
    if let Some(req) = obj.get("required")
        && !req
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string))
    {
        out.push(
            format!("{at}/required"),
            "must be a list of property names",
            "write `required: [Name]`",
        );
    }
}
