//! Rewrites a spec's schemas so that progenitor emits tolerant types.
//!
//! What the rewrite does, and why:
//! - A string `enum` becomes an open enum that we generate (known values as
//!   variants plus `Unknown(String)`), because a closed enum turns a status
//!   value the vendor adds later into a failed call. Inline enums are lifted
//!   to named schemas first (`<Parent><Property>`, `<OperationId><Param>`).
//! - `x-json-string` properties become `workflow_sdk::JsonString<T>`, which
//!   keeps the raw text and decodes on demand.
//! - `x-loose-bool` properties become `workflow_sdk::LooseBool` (a boolean
//!   that some responses send as a string).
//! - `format: password` string properties become `workflow_sdk::Secret`,
//!   so secrets in responses (STS credentials) never print in `Debug`.
//! - Every object without `additionalProperties` gets
//!   `additionalProperties: {}`, so fields the spec does not list are kept
//!   in a flattened map instead of being dropped.
//!
//! The spec files themselves stay plain OpenAPI 3.0: all of this happens on
//! the way to progenitor.

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use crate::extensions::{
    JsonFieldMarker, StringEnum, TimestampField, TimestampKind, escape_pointer,
};

type Problem = crate::extensions::Problem;

fn problem(
    pointer: impl Into<String>,
    problem: impl Into<String>,
    fix: impl Into<String>,
) -> Problem {
    Problem {
        pointer: pointer.into(),
        problem: problem.into(),
        fix: fix.into(),
    }
}

/// The rewritten document and the enums to generate.
pub(crate) struct Rewritten {
    pub doc: Value,
    pub enums: Vec<StringEnum>,
    pub markers: Vec<JsonFieldMarker>,
    pub timestamps: Vec<TimestampField>,
}

fn rust_type(path: &str, parameters: Vec<Value>) -> Value {
    json!({
        "crate": "workflow-sdk",
        "version": "*",
        "path": format!("workflow_sdk::{path}"),
        "parameters": parameters,
    })
}

fn is_string_enum(schema: &Map<String, Value>) -> bool {
    schema
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|values| !values.is_empty() && values.iter().all(Value::is_string))
        && schema.get("type").is_none_or(|t| t == "string")
}

/// A string property marked `format: password`.
fn is_password(schema: &Map<String, Value>) -> bool {
    schema.get("format").is_some_and(|f| f == "password")
        && schema.get("type").is_none_or(|t| t == "string")
}

/// Where a property sits.
struct FieldRef {
    /// `Schema.Property`, for messages.
    label: String,
    /// Name for a type lifted out of it.
    lifted: String,
    /// The Rust struct it is a field of, when that is a named schema.
    owner: Option<String>,
    /// The property name as written.
    prop: String,
}

/// `at` is a named schema itself, not something inside one.
fn direct_component(at: &str) -> bool {
    at.strip_prefix("/components/schemas/")
        .is_some_and(|rest| !rest.contains('/'))
}

struct Ctx {
    markers: Vec<JsonFieldMarker>,
    timestamps: Vec<TimestampField>,
    /// The schema being rewritten is sent, not received: it gets no
    /// catch-all map (requests carry only what the caller sets).
    request_side: bool,
    /// Named schemas to add (lifted inline enums).
    lifted: Vec<(String, Value)>,
    enums: Vec<StringEnum>,
    schema_names: Vec<String>,
}

impl Ctx {
    /// Records a string enum; the schema itself stays as written and the
    /// generator replaces the type by name.
    fn enum_type(&mut self, name: &str, schema: &Map<String, Value>) {
        let values = schema["enum"]
            .as_array()
            .map(|v| {
                v.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let description = schema
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_string);
        self.enums.push(StringEnum {
            name: name.to_upper_camel_case(),
            description,
            values,
        });
    }

    /// Rewrites one schema in place. `name` is the schema's own name, used
    /// to name what is lifted out of it.
    fn schema(&mut self, schema: &mut Value, name: &str, at: &str) -> Result<(), Problem> {
        let Some(obj) = schema.as_object_mut() else {
            return Ok(());
        };
        if obj.contains_key("$ref") {
            return Ok(());
        }
        strip_date_format(schema);
        let Some(obj) = schema.as_object_mut() else {
            return Ok(());
        };
        for key in ["allOf", "anyOf", "oneOf"] {
            if let Some(Value::Array(items)) = obj.get_mut(key) {
                for (i, item) in items.iter_mut().enumerate() {
                    self.schema(item, &format!("{name}{}", i), &format!("{at}/{key}/{i}"))?;
                }
            }
        }
        if let Some(items) = obj.get_mut("items") {
            self.schema(items, &format!("{name}Item"), &format!("{at}/items"))?;
        }
        if let Some(Value::Object(props)) = obj.get_mut("properties") {
            for (prop, p) in props.iter_mut() {
                let p_at = format!("{at}/properties/{}", escape_pointer(prop));
                let owner = direct_component(at).then(|| name.to_upper_camel_case());
                let field = FieldRef {
                    label: format!("{name}.{prop}"),
                    lifted: format!("{name}{}", prop.to_upper_camel_case()),
                    owner,
                    prop: prop.clone(),
                };
                self.property(p, &field, &p_at)?;
            }
        }
        let is_object =
            obj.get("type").is_some_and(|t| t == "object") || obj.contains_key("properties");
        if is_object && !self.request_side && !obj.contains_key("additionalProperties") {
            obj.insert("additionalProperties".into(), json!({}));
        }
        if let Some(ap) = obj.get_mut("additionalProperties")
            && ap.is_object()
        {
            self.schema(
                ap,
                &format!("{name}Value"),
                &format!("{at}/additionalProperties"),
            )?;
        }
        Ok(())
    }

    fn property(&mut self, p: &mut Value, field: &FieldRef, at: &str) -> Result<(), Problem> {
        let lifted_name = field.lifted.as_str();
        // `format: date-time` is the standard mark of an ISO 8601 timestamp.
        // The field stays text (the raw value is kept, and an odd value
        // never fails the response); its struct gets an accessor instead.
        let date_time = strip_date_format(p);
        let Some(obj) = p.as_object() else {
            return Ok(());
        };
        let marked = match obj.get("x-timestamp") {
            Some(ts) => Some(ts),
            None if date_time => Some(&Value::Null),
            None => None,
        };
        if let Some(ts) = marked {
            let kind = match ts.as_str() {
                Some("iso8601") => TimestampKind::Iso8601,
                Some("epoch-millis") => TimestampKind::EpochMillis,
                None if date_time => TimestampKind::Iso8601,
                _ => {
                    return Err(problem(
                        format!("{at}/x-timestamp"),
                        "must be iso8601 or epoch-millis",
                        "write `format: date-time` for ISO 8601 text; keep `x-timestamp: epoch-millis` for milliseconds since the epoch",
                    ));
                }
            };
            let Some(owner) = &field.owner else {
                if date_time && obj.get("x-timestamp").is_none() {
                    // A parameter or an inline object: text, no accessor.
                    return self.schema(p, lifted_name, at);
                }
                return Err(problem(
                    format!("{at}/x-timestamp"),
                    "is supported on properties of named schemas (#/components/schemas/<Name>) only",
                    "move the object holding this property to `components.schemas` and `$ref` it",
                ));
            };
            self.timestamps.push(TimestampField {
                owner: owner.clone(),
                label: field.label.clone(),
                prop: field.prop.clone(),
                kind,
            });
        }
        if let Some(marking) = obj.get("x-json-string").cloned() {
            if obj.get("type").is_some_and(|t| t != "string") {
                return Err(problem(
                    at,
                    "x-json-string needs `type: string`",
                    "write `type: string`: the field holds JSON as text",
                ));
            }
            let parameters = match &marking {
                Value::Bool(true) => vec![],
                Value::Object(m) => match m.get("schema") {
                    Some(Value::String(r)) => {
                        let target = r.strip_prefix("#/components/schemas/").ok_or_else(|| {
                            problem(
                                format!("{at}/x-json-string/schema"),
                                "must be a reference #/components/schemas/<Name>",
                                "point at a named schema: `schema: \"#/components/schemas/<Name>\"`",
                            )
                        })?;
                        if !self.schema_names.iter().any(|n| n == target) {
                            return Err(problem(
                                format!("{at}/x-json-string/schema"),
                                format!("no schema named {target}"),
                                format!(
                                    "add `{target}` under `components.schemas`, or fix the name"
                                ),
                            ));
                        }
                        vec![json!({ "$ref": r })]
                    }
                    None => vec![],
                    Some(_) => {
                        return Err(problem(
                            format!("{at}/x-json-string/schema"),
                            "must be a reference string",
                            "write `schema: \"#/components/schemas/<Name>\"`",
                        ));
                    }
                },
                _ => {
                    return Err(problem(
                        format!("{at}/x-json-string"),
                        "must be `true` or a map with `schema`",
                        "write `x-json-string: true`, or `x-json-string: {schema: \"#/components/schemas/<Name>\"}` for a typed view",
                    ));
                }
            };
            // One marker type per field carries its name and typed view.
            let marker = format!("{lifted_name}Field");
            let view = parameters
                .first()
                .and_then(|r| r["$ref"].as_str())
                .and_then(|r| r.strip_prefix("#/components/schemas/"))
                .map(|n| n.to_upper_camel_case());
            self.markers.push(JsonFieldMarker {
                name: marker.to_upper_camel_case(),
                label: field.label.clone(),
                view,
            });
            self.lifted.push((
                marker.clone(),
                json!({ "type": "object", "description": format!("Marker of {}", field.label) }),
            ));
            let mut out = Map::new();
            out.insert("type".into(), "string".into());
            if let Some(d) = obj.get("description") {
                out.insert("description".into(), d.clone());
            }
            out.insert(
                "x-rust-type".into(),
                rust_type(
                    "JsonString",
                    vec![json!({ "$ref": format!("#/components/schemas/{marker}") })],
                ),
            );
            *p = Value::Object(out);
            return Ok(());
        }
        if is_password(obj) {
            // A secret (`format: password`): held in `workflow_sdk::Secret`,
            // whose Debug and Display never print the value.
            let mut out = Map::new();
            out.insert("type".into(), "string".into());
            if let Some(d) = obj.get("description") {
                out.insert("description".into(), d.clone());
            }
            out.insert("x-rust-type".into(), rust_type("Secret", vec![]));
            *p = Value::Object(out);
            return Ok(());
        }
        if obj.get("x-loose-bool").is_some_and(|v| v == true) {
            let mut out = Map::new();
            if let Some(d) = obj.get("description") {
                out.insert("description".into(), d.clone());
            }
            out.insert("x-rust-type".into(), rust_type("LooseBool", vec![]));
            *p = Value::Object(out);
            return Ok(());
        }
        if is_string_enum(obj) {
            let obj = obj.clone();
            self.enum_type(lifted_name, &obj);
            self.lifted
                .push((lifted_name.to_string(), Value::Object(obj)));
            *p = json!({ "$ref": format!("#/components/schemas/{lifted_name}") });
            return Ok(());
        }
        self.schema(p, lifted_name, at)
    }
}

/// Removes `format: date-time` (or `date`) from a string schema, which
/// progenitor would turn into a chrono type; says whether it was there.
fn strip_date_format(schema: &mut Value) -> bool {
    let Some(obj) = schema.as_object_mut() else {
        return false;
    };
    let dated = obj
        .get("format")
        .is_some_and(|f| f == "date-time" || f == "date")
        && obj.get("type").is_none_or(|t| t == "string");
    if dated {
        obj.remove("format");
    }
    dated
}

pub(crate) fn rewrite(doc: &Value) -> Result<Rewritten, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut doc = doc.clone();
    let schema_names: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let request_side = request_schemas(&doc);
    let mut ctx = Ctx {
        markers: Vec::new(),
        timestamps: Vec::new(),
        request_side: false,
        lifted: Vec::new(),
        enums: Vec::new(),
        schema_names,
    };
    if let Some(Value::Object(schemas)) = doc.pointer_mut("/components/schemas") {
        for (name, schema) in schemas.iter_mut() {
            let at = format!("/components/schemas/{}", escape_pointer(name));
            ctx.request_side = request_side.contains(name);
            if let Some(obj) = schema.as_object().filter(|o| is_string_enum(o)) {
                let obj = obj.clone();
                ctx.enum_type(name, &obj);
            } else {
                if let Err(p) = ctx.schema(schema, name, &at) {
                    problems.push(p);
                }
            }
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, op) in item.iter_mut() {
                let op_id = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .unwrap_or(method)
                    .to_string();
                let at = format!("/paths/{}/{method}", escape_pointer(path));
                // Declared error responses are the runtime's business (it
                // decodes every error body into the one error type);
                // progenitor sees the success responses only.
                if let Some(Value::Object(responses)) = op.get_mut("responses") {
                    responses.retain(|status, _| status.starts_with('2'));
                }
                if let Some(Value::Array(params)) = op.get_mut("parameters") {
                    for (i, param) in params.iter_mut().enumerate() {
                        let pname = param
                            .get("name")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_upper_camel_case();
                        if let Some(schema) = param.get_mut("schema") {
                            let field = FieldRef {
                                label: format!("{op_id}.{pname}"),
                                lifted: format!("{op_id}{pname}"),
                                owner: None,
                                prop: pname.clone(),
                            };
                            if let Err(p) =
                                ctx.property(schema, &field, &format!("{at}/parameters/{i}/schema"))
                            {
                                problems.push(p);
                            }
                        }
                    }
                }
                for (kind, base) in [("requestBody", "Request"), ("responses", "Response")] {
                    ctx.request_side = kind == "requestBody";
                    let Some(section) = op.get_mut(kind) else {
                        continue;
                    };
                    // requestBody has content directly; responses map status -> response
                    let bodies: Vec<&mut Value> = if kind == "requestBody" {
                        vec![section]
                    } else {
                        section
                            .as_object_mut()
                            .map(|m| m.values_mut().collect())
                            .unwrap_or_default()
                    };
                    for body in bodies {
                        if let Some(Value::Object(content)) = body.get_mut("content") {
                            for media in content.values_mut() {
                                if let Some(schema) = media.get_mut("schema")
                                    && let Err(p) =
                                        ctx.schema(schema, &format!("{op_id}{base}"), &at)
                                {
                                    problems.push(p);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    ctx.request_side = false;
    if !ctx.lifted.is_empty() {
        if doc.pointer("/components/schemas").is_none()
            && let Some(root) = doc.as_object_mut()
        {
            let components = root.entry("components").or_insert_with(|| json!({}));
            if let Some(c) = components.as_object_mut() {
                c.entry("schemas").or_insert_with(|| json!({}));
            }
        }
        if let Some(schemas) = doc
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)
        {
            for (name, schema) in ctx.lifted.drain(..) {
                if schemas.contains_key(&name) {
                    problems.push(problem(
                        format!("/components/schemas/{}", escape_pointer(&name)),
                        "an inline enum would be lifted to this name, which is taken",
                        format!(
                            "move the inline enum to a named schema of its own, or rename `{name}`"
                        ),
                    ));
                    continue;
                }
                schemas.insert(name, schema);
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Rewritten {
        doc,
        enums: ctx.enums,
        markers: ctx.markers,
        timestamps: ctx.timestamps,
    })
}

/// Names of the component schemas that request bodies use, directly or
/// through other schemas.
fn request_schemas(doc: &Value) -> std::collections::BTreeSet<String> {
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                if let Some(Value::String(r)) = m.get("$ref")
                    && let Some(name) = r.strip_prefix("#/components/schemas/")
                {
                    out.push(name.to_string());
                }
                m.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut todo = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values().filter_map(Value::as_object) {
            for op in item.values() {
                if let Some(body) = op.get("requestBody") {
                    refs(body, &mut todo);
                }
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    while let Some(name) = todo.pop() {
        if seen.insert(name.clone())
            && let Some(schema) =
                doc.pointer(&format!("/components/schemas/{}", escape_pointer(&name)))
        {
            refs(schema, &mut todo);
        }
    }
    seen
}
