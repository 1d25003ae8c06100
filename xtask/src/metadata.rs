//! `cargo xtask import --metadata <api-docs.json> [OPERATION…]`: Alibaba
//! Cloud's machine-readable API metadata (one `api-docs.json` per product
//! and version, the document its own SDK generators read) into a spec.
//!
//! What the document gives, and where it goes in the spec:
//! - `info.style` (RPC/ROA), `info.product`, `info.version`: `x-api-style:
//!   rpc` (ROA is the default), `x-acs-product`, `x-acs-version`;
//! - `apis.<Name>`: one operation, `operationId: <Name>` (the action), RPC
//!   as `POST /<Name>`, ROA with its `methods[0]` and `path`;
//! - `parameters`: name, location (RPC `formData`/`body` travel in the
//!   query), and from `schema` the type, format, required flag, value list,
//!   default and example; a ROA `body` parameter becomes the request body;
//! - `responses."200".schema`: the response, nested objects as named
//!   schemas, value lists as enums, `format: iso8601` (or an ISO 8601
//!   example) as `format: date-time`, a string whose example holds a JSON
//!   object or list as `x-json-string`;
//! - `endpoints`: `servers` with the `{region}` rule most regions follow,
//!   the other regions under `x-endpoint.regions`;
//! - `responseDemo`, when the document has one: the 200 response's example.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

/// A metadata document, checked for the parts the importer reads.
pub struct ApiDocs {
    doc: Value,
    style: Style,
    product: String,
    version: String,
}

/// RPC or ROA.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Every operation `POST /` with the action in a header.
    Rpc,
    /// Real methods and paths.
    Roa,
}

impl ApiDocs {
    /// Reads an `api-docs.json` document.
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: Value =
            serde_json::from_str(text).map_err(|e| format!("not a JSON document: {e}"))?;
        let info = doc
            .get("info")
            .ok_or("no `info`: not an Alibaba Cloud api-docs.json document")?;
        let field = |k: &str| {
            info.get(k)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or_else(|| format!("`info.{k}` is missing"))
        };
        let style = match field("style")?.to_ascii_uppercase().as_str() {
            "RPC" => Style::Rpc,
            "ROA" => Style::Roa,
            other => return Err(format!("`info.style` is `{other}`, not RPC or ROA")),
        };
        if !doc.get("apis").is_some_and(Value::is_object) {
            return Err("`apis` is missing: the document lists no operations".into());
        }
        Ok(ApiDocs {
            style,
            product: field("product")?,
            version: field("version")?,
            doc,
        })
    }

    /// The style of the product's API.
    pub fn style(&self) -> Style {
        self.style
    }

    /// The product code (`ICE`).
    pub fn product(&self) -> &str {
        &self.product
    }

    /// The API version (`2020-11-09`).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The operations the document describes, in its order.
    pub fn operations(&self) -> Vec<String> {
        self.apis().keys().cloned().collect()
    }

    /// Whether the document gives the operation's response schema (newer
    /// snapshots can leave it out).
    pub fn has_response(&self, operation: &str) -> bool {
        self.apis()
            .get(operation)
            .is_some_and(|a| a.pointer("/responses/200/schema").is_some())
    }

    fn apis(&self) -> &Map<String, Value> {
        static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
        self.doc
            .get("apis")
            .and_then(Value::as_object)
            .unwrap_or_else(|| EMPTY.get_or_init(Map::new))
    }

    /// The endpoint rule: a URL (with `{region}` when regional) and the
    /// regions served elsewhere.
    pub fn endpoint(&self) -> Option<(String, BTreeMap<String, String>)> {
        let list = self.doc.get("endpoints")?.as_array()?;
        let pairs: Vec<(&str, &str)> = list
            .iter()
            .filter_map(|e| Some((e.get("regionId")?.as_str()?, e.get("endpoint")?.as_str()?)))
            .collect();
        if pairs.is_empty() {
            return None;
        }
        // The rule most regions follow: a pattern with the region in the
        // host, or one host for all.
        let mut votes: BTreeMap<String, usize> = BTreeMap::new();
        for (region, host) in &pairs {
            let rule = if host.contains(region) {
                host.replacen(region, "{region}", 1)
            } else {
                host.to_string()
            };
            *votes.entry(rule).or_default() += 1;
        }
        let best = votes.values().copied().max().unwrap_or(0);
        let rule = votes
            .iter()
            .filter(|(_, n)| **n == best)
            .map(|(r, _)| r.clone())
            // Ties: prefer the regional pattern.
            .max_by_key(|r| r.contains("{region}"))?;
        let mut exceptions = BTreeMap::new();
        for (region, host) in &pairs {
            if rule.replace("{region}", region) != *host {
                exceptions.insert(region.to_string(), format!("https://{host}"));
            }
        }
        Some((format!("https://{rule}"), exceptions))
    }

    /// The region the `servers` variable defaults to: the first listed.
    fn default_region(&self) -> Option<String> {
        self.doc
            .pointer("/endpoints/0/regionId")
            .and_then(Value::as_str)
            .map(str::to_string)
    }

    /// A spec covering `operations` (every operation when empty).
    pub fn draft_spec(&self, operations: &[String]) -> Result<Value, String> {
        let apis = self.apis();
        let wanted: Vec<String> = if operations.is_empty() {
            self.operations()
        } else {
            operations.to_vec()
        };
        let unknown: Vec<&String> = wanted.iter().filter(|o| !apis.contains_key(*o)).collect();
        if !unknown.is_empty() {
            return Err(format!(
                "not in the document: {}; it has {}",
                unknown
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                self.operations().join(", ")
            ));
        }
        let mut info = Map::new();
        info.insert(
            "title".into(),
            format!("Alibaba Cloud {} API", self.product).into(),
        );
        info.insert("version".into(), self.version.clone().into());
        if self.style == Style::Rpc {
            info.insert("x-api-style".into(), "rpc".into());
        }
        info.insert("x-acs-product".into(), self.product.clone().into());
        info.insert("x-acs-version".into(), self.version.clone().into());
        let mut servers = Vec::new();
        if let Some((url, exceptions)) = self.endpoint() {
            if !exceptions.is_empty() {
                info.insert("x-endpoint".into(), json!({ "regions": exceptions }));
            }
            let mut server = Map::new();
            server.insert("url".into(), url.clone().into());
            if url.contains("{region}") {
                let default = self
                    .default_region()
                    .unwrap_or_else(|| "cn-hangzhou".into());
                server.insert(
                    "variables".into(),
                    json!({ "region": { "default": default } }),
                );
            }
            servers.push(Value::Object(server));
        }
        let mut schemas = Schemas::new(&self.doc);
        let mut paths = Map::new();
        for name in &wanted {
            let api = &apis[name];
            let (method, path) = match self.style {
                Style::Rpc => ("post".to_string(), format!("/{name}")),
                Style::Roa => (
                    api.pointer("/methods/0")
                        .and_then(Value::as_str)
                        .unwrap_or("get")
                        .to_ascii_lowercase(),
                    api.get("path")
                        .and_then(Value::as_str)
                        .ok_or_else(|| format!("{name}: a ROA operation without `path`"))?
                        .to_string(),
                ),
            };
            let op = self.operation(name, api, &mut schemas)?;
            let item = paths
                .entry(path)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Some(item) = item.as_object_mut() {
                item.insert(method, op);
            }
        }
        let mut spec = Map::new();
        spec.insert("openapi".into(), "3.0.3".into());
        spec.insert("info".into(), Value::Object(info));
        if !servers.is_empty() {
            spec.insert("servers".into(), Value::Array(servers));
        }
        spec.insert("paths".into(), Value::Object(paths));
        spec.insert(
            "components".into(),
            json!({ "schemas": Value::Object(schemas.named) }),
        );
        Ok(Value::Object(spec))
    }

    fn operation(&self, name: &str, api: &Value, schemas: &mut Schemas) -> Result<Value, String> {
        let mut op = Map::new();
        op.insert("operationId".into(), name.into());
        if api.get("deprecated").is_some_and(|d| d == true) {
            op.insert("deprecated".into(), true.into());
        }
        let mut params = Vec::new();
        let mut body: Option<Value> = None;
        for p in api
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(pname) = p.get("name").and_then(Value::as_str) else {
                return Err(format!("{name}: a parameter without `name`"));
            };
            let schema = p
                .get("schema")
                .cloned()
                .unwrap_or(json!({"type": "string"}));
            let required = schema
                .get("required")
                .and_then(Value::as_bool)
                .or_else(|| p.get("required").and_then(Value::as_bool))
                .unwrap_or(false);
            let location = p.get("in").and_then(Value::as_str).unwrap_or("query");
            let location = match (location, self.style) {
                ("path", _) => "path",
                ("header", _) => "header",
                ("body", Style::Roa) => "body",
                // RPC sends every parameter in the query string.
                _ => "query",
            };
            let lifted = format!("{name}{}", pname.to_upper_camel_case());
            let converted = schemas.convert(&schema, &lifted, true);
            if location == "body" {
                body = Some(converted);
                continue;
            }
            let mut param = Map::new();
            param.insert("name".into(), pname.into());
            param.insert("in".into(), location.into());
            param.insert("required".into(), (required || location == "path").into());
            let mut converted = converted;
            if let Some(ex) = converted.as_object_mut().and_then(|o| o.remove("example")) {
                param.insert("schema".into(), converted);
                param.insert("example".into(), ex);
            } else {
                param.insert("schema".into(), converted);
            }
            params.push(Value::Object(param));
        }
        if !params.is_empty() {
            op.insert("parameters".into(), Value::Array(params));
        }
        if let Some(body) = body {
            op.insert(
                "requestBody".into(),
                json!({ "required": true, "content": { "application/json": { "schema": body } } }),
            );
        }
        let response_name = format!("{name}Response");
        let schema = match api.pointer("/responses/200/schema") {
            Some(s) => {
                let converted = schemas.convert(s, &response_name, false);
                schemas.name(&response_name, converted)
            }
            None => {
                // Newer snapshots can carry no responses: an open object.
                schemas.name(
                    &response_name,
                    json!({ "type": "object", "description": "TODO: the document gives no response schema" }),
                )
            }
        };
        let mut media = Map::new();
        media.insert("schema".into(), schema);
        if let Some(example) = response_demo(api) {
            media.insert(
                "examples".into(),
                json!({ "documented": { "value": example } }),
            );
        }
        op.insert(
            "responses".into(),
            json!({ "200": { "description": "OK", "content": { "application/json": Value::Object(media) } } }),
        );
        Ok(Value::Object(op))
    }
}

/// The documented example response (`responseDemo`: a list, or a JSON text
/// of a list, of `{type, example}`), parsed.
fn response_demo(api: &Value) -> Option<Value> {
    let demo = api.get("responseDemo")?;
    let list = match demo {
        Value::String(s) => serde_json::from_str::<Value>(s).ok()?,
        other => other.clone(),
    };
    list.as_array()?.iter().find_map(|d| {
        let ty = d.get("type").and_then(Value::as_str).unwrap_or("json");
        if !ty.eq_ignore_ascii_case("json") {
            return None;
        }
        match d.get("example")? {
            Value::String(s) => serde_json::from_str(s).ok(),
            v => Some(v.clone()),
        }
    })
}

/// The named schemas of the spec being written.
struct Schemas<'a> {
    doc: &'a Value,
    named: Map<String, Value>,
}

impl<'a> Schemas<'a> {
    fn new(doc: &'a Value) -> Self {
        Schemas {
            doc,
            named: Map::new(),
        }
    }

    /// Adds a named schema (under a free name) and returns a `$ref` to it.
    fn name(&mut self, wanted: &str, schema: Value) -> Value {
        let mut name = wanted.to_string();
        let mut n = 2;
        while let Some(existing) = self.named.get(&name) {
            if *existing == schema {
                break;
            }
            name = format!("{wanted}{n}");
            n += 1;
        }
        self.named.insert(name.clone(), schema);
        json!({ "$ref": format!("#/components/schemas/{name}") })
    }

    /// One metadata schema as an OpenAPI 3.0 schema. `name` names what is
    /// lifted out of it; `request` marks parameters (no lifting there).
    fn convert(&mut self, s: &Value, name: &str, request: bool) -> Value {
        self.convert_depth(s, name, request, 0)
    }

    fn convert_depth(&mut self, s: &Value, name: &str, request: bool, depth: usize) -> Value {
        if depth > 32 {
            return json!({});
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let target = r.rsplit('/').next().unwrap_or(name).to_string();
            let resolved = r
                .strip_prefix('#')
                .and_then(|p| self.doc.pointer(p))
                .cloned()
                .unwrap_or(json!({}));
            let converted = self.convert_depth(&resolved, &target, request, depth + 1);
            return if converted.get("$ref").is_some() {
                converted
            } else {
                self.name(&target, converted)
            };
        }
        let mut out = Map::new();
        let ty = s.get("type").and_then(Value::as_str).unwrap_or_default();
        match ty {
            "string" | "integer" | "number" | "boolean" | "array" | "object" => {
                out.insert("type".into(), ty.into());
            }
            "long" => {
                out.insert("type".into(), "integer".into());
                out.insert("format".into(), "int64".into());
            }
            _ => {}
        }
        let example = s.get("example").map(|e| typed_example(ty, e));
        match s.get("format").and_then(Value::as_str) {
            Some("iso8601" | "date-time") if ty == "string" => {
                out.insert("format".into(), "date-time".into());
            }
            Some(f @ ("int32" | "int64" | "float" | "double" | "byte" | "binary")) => {
                out.insert("format".into(), f.into());
            }
            _ if ty == "string" && example.as_ref().is_some_and(looks_like_timestamp) => {
                out.insert("format".into(), "date-time".into());
            }
            _ => {}
        }
        if let Some(v) = s.get("default") {
            out.insert("default".into(), typed_example(ty, v));
        }
        if let Some(v) = s.get("pattern").filter(|v| v.is_string()) {
            out.insert("pattern".into(), v.clone());
        }
        // Limits are often written as text ("100"); OpenAPI wants numbers.
        for (key, integer) in [
            ("maximum", false),
            ("minimum", false),
            ("maxLength", true),
            ("minLength", true),
            ("maxItems", true),
            ("minItems", true),
        ] {
            let number = match s.get(key) {
                Some(Value::Number(n)) => Some(Value::Number(n.clone())),
                Some(Value::String(t)) if integer => t.trim().parse::<u64>().ok().map(Value::from),
                Some(Value::String(t)) if t.trim().parse::<i64>().is_ok() => {
                    t.trim().parse::<i64>().ok().map(Value::from)
                }
                Some(Value::String(t)) => t
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number),
                _ => None,
            };
            if let Some(n) = number {
                out.insert(key.into(), n);
            }
        }
        for key in ["exclusiveMaximum", "exclusiveMinimum", "deprecated"] {
            if let Some(v) = s.get(key).filter(|v| v.is_boolean()) {
                out.insert(key.into(), v.clone());
            }
        }
        if let Some(values) = s.get("enum").and_then(Value::as_array) {
            let values: Vec<Value> = values.iter().map(|v| typed_example(ty, v)).collect();
            out.insert("enum".into(), Value::Array(values));
        }
        if ty == "string"
            && !out.contains_key("enum")
            && example
                .as_ref()
                .and_then(Value::as_str)
                .is_some_and(holds_json_document)
        {
            out.insert("x-json-string".into(), true.into());
        }
        if let Some(items) = s.get("items") {
            let item_name = format!("{name}Item");
            let converted = self.convert_depth(items, &item_name, request, depth + 1);
            let converted = if !request && is_object(&converted) {
                self.name(&item_name, converted)
            } else {
                converted
            };
            out.insert("items".into(), converted);
        }
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            let mut converted_props = Map::new();
            let mut required = Vec::new();
            for (prop, p) in props {
                if p.get("required").is_some_and(|r| r == true) {
                    required.push(Value::String(prop.clone()));
                }
                let prop_name = prop.to_upper_camel_case();
                let c = self.convert_depth(p, &prop_name, request, depth + 1);
                // Nested objects become named schemas, named after the
                // property (or parent and property when that is taken).
                let c = if !request && is_object(&c) {
                    let wanted = if self.named.get(&prop_name).is_some_and(|e| *e != c) {
                        format!("{name}{prop_name}")
                    } else {
                        prop_name
                    };
                    self.name(&wanted, c)
                } else {
                    c
                };
                converted_props.insert(prop.clone(), c);
            }
            if !out.contains_key("type") {
                out.insert("type".into(), "object".into());
            }
            if request && !required.is_empty() {
                out.insert("required".into(), Value::Array(required));
            }
            out.insert("properties".into(), Value::Object(converted_props));
        }
        if let Some(ex) = example {
            out.insert("example".into(), ex);
        }
        Value::Object(out)
    }
}

fn is_object(s: &Value) -> bool {
    s.get("properties").is_some()
}

/// An example as the type it documents: the document writes most examples
/// as strings (`"false\n"`, `"60"`), often with a trailing newline.
fn typed_example(ty: &str, e: &Value) -> Value {
    let Some(text) = e.as_str() else {
        return e.clone();
    };
    let trimmed = text.trim_end_matches(['\n', '\r']);
    let parsed = match ty {
        "boolean" => trimmed.trim().parse::<bool>().ok().map(Value::from),
        "integer" | "long" => trimmed.trim().parse::<i64>().ok().map(Value::from),
        "number" => trimmed
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        _ => None,
    };
    parsed.unwrap_or_else(|| Value::String(trimmed.to_string()))
}

/// `2023-01-04T02:05:17Z`, `2021-01-30T12:51:33.028Z`, with an offset too.
fn looks_like_timestamp(v: &Value) -> bool {
    let Some(s) = v.as_str() else { return false };
    let b = s.trim().as_bytes();
    b.len() >= 20
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && (s.trim().ends_with('Z') || s.trim()[19..].contains(['+', '-']))
}

/// A string that holds a JSON object or list (not a bare number or word).
fn holds_json_document(s: &str) -> bool {
    let t = s.trim();
    (t.starts_with('{') || t.starts_with('['))
        && serde_json::from_str::<Value>(t).is_ok_and(|v| v.is_object() || v.is_array())
}

/// The endpoint differences between a metadata document and a spec.
pub fn endpoint_differences(docs: &ApiDocs, spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some((rule, exceptions)) = docs.endpoint() else {
        return out;
    };
    let spec_rule = spec
        .pointer("/servers/0/url")
        .or_else(|| spec.pointer("/info/x-endpoint/url"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let spec_regions = spec
        .pointer("/info/x-endpoint/regions")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let spec_url = |region: &str| -> String {
        spec_regions
            .get(region)
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| spec_rule.replace("{region}", region))
    };
    let list = docs
        .doc
        .get("endpoints")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for e in &list {
        let Some(region) = e.get("regionId").and_then(Value::as_str) else {
            continue;
        };
        let documented = exceptions
            .get(region)
            .cloned()
            .unwrap_or_else(|| rule.replace("{region}", region));
        let ours = spec_url(region);
        if documented != ours {
            out.push(format!(
                "endpoint {region}: documented {documented}, the spec gives {ours}"
            ));
        }
    }
    for region in spec_regions.keys() {
        if !list
            .iter()
            .any(|e| e.get("regionId").and_then(Value::as_str) == Some(region))
        {
            out.push(format!(
                "endpoint {region}: the spec names it, the document lists no such region"
            ));
        }
    }
    out
}
