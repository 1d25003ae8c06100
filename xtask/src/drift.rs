//! `cargo xtask drift <page.txt> <spec.yaml>`: what differs between a vendor
//! page and the spec written from it. Both are reduced to the same
//! structure (operations, parameters, response fields with their type and
//! value lists) and compared.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::resolve;

/// The type of a parameter or field, coarsely.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// string
    String,
    /// integer (any width)
    Integer,
    /// number
    Number,
    /// boolean
    Boolean,
    /// object
    Object,
    /// array
    Array,
    /// any JSON (no type in the spec)
    Any,
    /// a boolean that may arrive as a string (`x-loose-bool`)
    LooseBool,
}

impl Kind {
    /// Whether a documented kind is served by a spec kind: equal, or one of
    /// the deliberate widenings the specs make (an object kept as any JSON,
    /// a documented string read as a loose boolean, a documented number kept
    /// as an integer).
    fn served_by(&self, spec: &Kind) -> bool {
        self == spec
            || matches!(
                (self, spec),
                (Kind::Object, Kind::Any)
                    | (Kind::String, Kind::LooseBool)
                    | (Kind::Boolean, Kind::LooseBool)
                    | (Kind::Number, Kind::Integer)
                    | (Kind::Integer, Kind::Number)
            )
    }
}

/// One parameter or field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Its kind.
    pub kind: Kind,
    /// Documented values.
    pub values: BTreeSet<String>,
    /// Whether required (parameters).
    pub required: bool,
    /// Where it goes (parameters): query, path, body.
    pub location: String,
}

/// One operation, reduced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpShape {
    /// `METHOD path`.
    pub endpoint: String,
    /// Parameters by name.
    pub params: BTreeMap<String, Item>,
    /// Response fields by dotted path (`WorkflowTask.Workflow.Graph`).
    pub fields: BTreeMap<String, Item>,
}

/// Every operation of a document, by operationId.
pub type Shape = BTreeMap<String, OpShape>;

fn item(doc: &Value, schema: &Value) -> Item {
    let s = resolve(doc, schema);
    let kind = if s.get("x-loose-bool").is_some_and(|v| v == true) {
        Kind::LooseBool
    } else {
        match s.get("type").and_then(Value::as_str) {
            Some("string") => Kind::String,
            Some("integer") => Kind::Integer,
            Some("number") => Kind::Number,
            Some("boolean") => Kind::Boolean,
            Some("array") => Kind::Array,
            Some("object") => Kind::Object,
            _ if s.get("properties").is_some() => Kind::Object,
            _ => Kind::Any,
        }
    };
    let values = s
        .get("enum")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    Item {
        kind,
        values,
        required: false,
        location: String::new(),
    }
}

fn fields(
    doc: &Value,
    schema: &Value,
    prefix: &str,
    out: &mut BTreeMap<String, Item>,
    depth: usize,
) {
    if depth > 32 {
        return;
    }
    let s = resolve(doc, schema);
    let Some(props) = s.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, p) in props {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        out.insert(path.clone(), item(doc, p));
        // JSON held in strings is opaque here: its views are not fields.
        if p.get("x-json-string").is_some() {
            continue;
        }
        let r = resolve(doc, p);
        if r.get("type").and_then(Value::as_str) == Some("array") {
            if let Some(items) = r.get("items") {
                fields(doc, items, &format!("{path}[]"), out, depth + 1);
            }
        } else {
            fields(doc, p, &path, out, depth + 1);
        }
    }
}

/// Reduces an OpenAPI document (as written, before any rewrite).
pub fn shape_of(doc: &Value) -> Shape {
    let mut out = Shape::new();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item_v) in paths {
        let Some(methods) = item_v.as_object() else {
            continue;
        };
        for (method, op) in methods {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let mut shape = OpShape {
                endpoint: format!("{} {path}", method.to_ascii_uppercase()),
                ..OpShape::default()
            };
            for p in op
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let p = resolve(doc, p);
                let (Some(name), Some(schema)) =
                    (p.get("name").and_then(Value::as_str), p.get("schema"))
                else {
                    continue;
                };
                let mut it = item(doc, schema);
                it.location = p
                    .get("in")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string();
                it.required = p.get("required").and_then(Value::as_bool).unwrap_or(false);
                shape.params.insert(name.to_string(), it);
            }
            // A JSON or a form body: its properties are parameters in `body`.
            let body = ["application~1json", "application~1x-www-form-urlencoded"]
                .iter()
                .find_map(|media| op.pointer(&format!("/requestBody/content/{media}/schema")));
            if let Some(schema) = body {
                let s = resolve(doc, schema);
                let required: Vec<&str> = s
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                for (name, p) in s
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                {
                    let mut it = item(doc, p);
                    it.location = "body".into();
                    it.required = required.contains(&name.as_str());
                    shape.params.insert(name.clone(), it);
                }
            }
            if let Some(schema) = op.pointer("/responses/200/content/application~1json/schema") {
                fields(doc, schema, "", &mut shape.fields, 0);
            }
            out.insert(id.to_string(), shape);
        }
    }
    out
}

fn compare_items(
    what: &str,
    page: &BTreeMap<String, Item>,
    spec: &BTreeMap<String, Item>,
    out: &mut Vec<String>,
) {
    for (name, p) in page {
        match spec.get(name) {
            None => out.push(format!("{what} {name}: documented, not in the spec")),
            Some(s) => {
                if !p.kind.served_by(&s.kind) {
                    out.push(format!(
                        "{what} {name}: documented as {:?}, the spec has {:?}",
                        p.kind, s.kind
                    ));
                }
                if !p.values.is_empty() && s.kind != Kind::LooseBool && p.values != s.values {
                    let added: Vec<_> = p.values.difference(&s.values).collect();
                    let removed: Vec<_> = s.values.difference(&p.values).collect();
                    out.push(format!(
                        "{what} {name}: documented values differ (new {added:?}, gone {removed:?})"
                    ));
                }
                if what == "parameter" {
                    if p.required != s.required {
                        out.push(format!(
                            "{what} {name}: documented required={}, the spec says {}",
                            p.required, s.required
                        ));
                    }
                    if p.location != s.location {
                        out.push(format!(
                            "{what} {name}: documented in {}, the spec has it in {}",
                            p.location, s.location
                        ));
                    }
                }
            }
        }
    }
    for name in spec.keys() {
        if !page.contains_key(name) {
            out.push(format!("{what} {name}: in the spec, no longer documented"));
        }
    }
}

/// Every difference between the page's shape and the spec's, as lines.
pub fn differences(page: &Shape, spec: &Shape) -> Vec<String> {
    let mut out = Vec::new();
    for (id, p) in page {
        let Some(s) = spec.get(id) else {
            out.push(format!("operation {id}: documented, not in the spec"));
            continue;
        };
        if p.endpoint != s.endpoint {
            out.push(format!(
                "operation {id}: documented as {}, the spec has {}",
                p.endpoint, s.endpoint
            ));
        }
        compare_items("parameter", &p.params, &s.params, &mut out);
        compare_items("field", &p.fields, &s.fields, &mut out);
    }
    out
}

/// Every difference between a metadata document and a spec: the spec's
/// operations (those the document lacks included) and the endpoints.
pub fn metadata_differences(docs: &crate::metadata::ApiDocs, spec: &Value) -> Vec<String> {
    let ours = shape_of(spec);
    let known = docs.operations();
    let mut out = Vec::new();
    let wanted: Vec<String> = ours
        .keys()
        .filter(|op| {
            let documented = known.contains(op);
            if !documented {
                out.push(format!("operation {op}: in the spec, not in the document"));
            }
            documented
        })
        .cloned()
        .collect();
    if !wanted.is_empty() {
        match docs.draft_spec(&wanted) {
            Ok(draft) => {
                // Where the document gives no response schema, only the
                // request is compared.
                let mut documented = shape_of(&draft);
                let mut ours = ours.clone();
                for op in &wanted {
                    if !docs.has_response(op) {
                        for shape in [documented.get_mut(op), ours.get_mut(op)]
                            .into_iter()
                            .flatten()
                        {
                            shape.fields.clear();
                        }
                    }
                }
                out.extend(differences(&documented, &ours))
            }
            Err(e) => out.push(e),
        }
    }
    if docs.product()
        != spec
            .pointer("/info/x-acs-product")
            .and_then(Value::as_str)
            .unwrap_or_default()
    {
        out.push(format!(
            "product: documented {}, the spec says {:?}",
            docs.product(),
            spec.pointer("/info/x-acs-product")
        ));
    }
    if docs.version()
        != spec
            .pointer("/info/x-acs-version")
            .and_then(Value::as_str)
            .unwrap_or_default()
    {
        out.push(format!(
            "version: documented {}, the spec says {:?}",
            docs.version(),
            spec.pointer("/info/x-acs-version")
        ));
    }
    out.extend(crate::metadata::endpoint_differences(docs, spec));
    out
}
