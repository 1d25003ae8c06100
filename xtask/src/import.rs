//! `cargo xtask import <page.txt>`: a vendor API reference page, as
//! captured in `../shared/api-docs/`, into a draft OpenAPI spec.
//!
//! Three page layouts are read:
//! - Alibaba Cloud, one cell per line (the ICE pages): `Parameter`, `Type`,
//!   `Required`, ... each on its own line, then the rows likewise;
//! - Alibaba Cloud, run-together cells (the ROS and PAI pages): a row starts
//!   with a line such as `TaskIdstringNo` or `Durationlong`;
//! - AltaBots: `Field Type Required Description` tables, one row a line.
//!
//! The tables are flat; nesting is recovered from the page's example
//! response, whose keys appear in the same order as the rows.

use serde_json::{Map, Value, json};

/// A documented parameter or response field.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Name as documented.
    pub name: String,
    /// Normalized type: string, integer, long, boolean, object, array, number.
    pub ty: String,
    /// Whether required (request rows only).
    pub required: Option<bool>,
    /// The documented description.
    pub description: String,
    /// The documented example.
    pub example: Option<String>,
    /// Documented value list.
    pub values: Vec<String>,
}

/// A response field with the fields nested in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The row.
    pub row: Row,
    /// Its example value in the example response, if present.
    pub example: Option<Value>,
    /// Nested fields (object members, or the members of array items).
    pub children: Vec<Field>,
}

/// Where a request parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Location {
    /// Query string.
    Query,
    /// Path.
    Path,
    /// JSON body property.
    Body,
}

/// What a page says about one operation.
#[derive(Clone, Debug)]
pub struct Page {
    /// Page title.
    pub title: String,
    /// Operation name (the action for Alibaba Cloud).
    pub operation: String,
    /// `rpc`, `roa` or `json`.
    pub style: &'static str,
    /// Product code from the RAM action (`ice`, `ros`, `paiflow`).
    pub product: Option<String>,
    /// HTTP method.
    pub method: String,
    /// Path (for RPC, `/<Action>`, the spec's per-operation key).
    pub path: String,
    /// Base URL, when the page gives one.
    pub base_url: Option<String>,
    /// Request parameters with their location.
    pub params: Vec<(Row, Location)>,
    /// Response fields, nested.
    pub response: Vec<Field>,
    /// The example response.
    pub example: Option<Value>,
}

const TYPES: &[&str] = &[
    "string", "integer", "long", "boolean", "object", "array", "number", "int32", "int64", "float",
    "double",
];

fn norm_type(t: &str) -> Option<&'static str> {
    match t.to_ascii_lowercase().as_str() {
        "string" => Some("string"),
        "integer" | "int32" => Some("integer"),
        "long" | "int64" => Some("long"),
        "boolean" | "bool" => Some("boolean"),
        "object" => Some("object"),
        "array" => Some("array"),
        "number" | "float" | "double" => Some("number"),
        _ => None,
    }
}

fn is_ident(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// A documented value from a bullet: `• Raw (default): the original` -> `Raw`.
fn bullet_value(line: &str) -> Option<String> {
    let rest = line
        .trim()
        .strip_prefix('•')
        .or_else(|| line.trim().strip_prefix("- "))?;
    let v = rest.trim().split(':').next()?.trim();
    let v = v.split(" (").next()?.trim();
    (!v.is_empty() && !v.contains(' ')).then(|| v.to_string())
}

/// The first JSON value starting at the first line `{` after `from`.
fn example_after(text: &str, from: &str) -> Option<Value> {
    let at = text.find(from)?;
    let start = at + text[at..].find("\n{")? + 1;
    serde_json::Deserializer::from_str(&text[start..])
        .into_iter::<Value>()
        .next()?
        .ok()
}

fn section<'a>(text: &'a str, start: &str, ends: &[&str]) -> Option<&'a str> {
    let s = text.find(start)? + start.len();
    let e = ends
        .iter()
        .filter_map(|e| text[s..].find(e))
        .min()
        .map_or(text.len(), |e| s + e);
    Some(&text[s..e])
}

/// Splits a row's content lines into description, example and values.
fn finish_row(name: &str, ty: &str, required: Option<bool>, content: &[&str]) -> Row {
    let mut values = Vec::new();
    let mut desc = Vec::new();
    for line in content {
        if let Some(v) = bullet_value(line) {
            if !values.contains(&v) {
                values.push(v);
            }
        } else {
            desc.push(line.trim());
        }
    }
    let scalar = !matches!(ty, "object" | "array");
    // The last plain line is the example when there is more than the
    // description (object rows carry no usable example).
    let example = if scalar && desc.len() >= 2 {
        desc.pop().map(str::to_string)
    } else {
        None
    };
    if !scalar && desc.len() >= 2 {
        desc.pop();
    }
    Row {
        name: name.to_string(),
        ty: ty.to_string(),
        required,
        description: desc.join(" "),
        example,
        values: if ty == "boolean" { Vec::new() } else { values },
    }
}

/// Layout with one cell per line.
fn rows_one_cell_per_line(section: &str, with_required: bool) -> Vec<Row> {
    let tokens: Vec<&str> = section
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let header = [
        "Parameter",
        "Element",
        "Type",
        "Required",
        "Description",
        "Example",
    ];
    let mut i = 0;
    while i < tokens.len() && header.contains(&tokens[i]) {
        i += 1;
    }
    let starts = |j: usize| -> bool {
        j + 1 < tokens.len()
            && is_ident(tokens[j])
            && norm_type(tokens[j + 1]).is_some()
            && (!with_required || tokens.get(j + 2).is_some_and(|t| *t == "Yes" || *t == "No"))
    };
    // A root row (`object` then its description) comes first in responses.
    if i < tokens.len() && norm_type(tokens[i]).is_some() {
        i += 1;
        while i < tokens.len() && !starts(i) {
            i += 1;
        }
    }
    let mut rows = Vec::new();
    while i < tokens.len() {
        if !starts(i) {
            i += 1;
            continue;
        }
        let name = tokens[i];
        let ty = norm_type(tokens[i + 1]).unwrap_or("string");
        let mut j = i + 2;
        let required = if with_required {
            j += 1;
            Some(tokens[i + 2] == "Yes")
        } else {
            None
        };
        let begin = j;
        while j < tokens.len() && !starts(j) {
            j += 1;
        }
        rows.push(finish_row(name, ty, required, &tokens[begin..j]));
        i = j;
    }
    rows
}

/// Layout with run-together cells: `TaskIdstringNo`, `Durationlong`.
fn rows_run_together(section: &str, with_required: bool) -> Vec<Row> {
    let split = |line: &str| -> Option<(String, &'static str, Option<bool>)> {
        let line = line.trim();
        let (body, req) = if with_required {
            if let Some(b) = line.strip_suffix("Yes") {
                (b, Some(true))
            } else {
                (line.strip_suffix("No")?, Some(false))
            }
        } else {
            (line, None)
        };
        TYPES.iter().find_map(|t| {
            let name = body.strip_suffix(t)?;
            (is_ident(name) && !name.is_empty())
                .then(|| (name.to_string(), norm_type(t).unwrap_or("string"), req))
        })
    };
    let lines: Vec<&str> = section.lines().collect();
    let mut rows = Vec::new();
    #[allow(clippy::type_complexity)] // CI now lints the whole workspace
    let mut current: Option<((String, &'static str, Option<bool>), Vec<&str>)> = None;
    for line in lines {
        if line.contains("TypeRequiredDescription") || line.contains("TypeDescriptionExample") {
            continue;
        }
        if let Some(head) = split(line) {
            if let Some(((n, t, r), content)) = current.take() {
                rows.push(finish_row(&n, t, r, &content));
            }
            current = Some((head, Vec::new()));
        } else if let Some((_, content)) = current.as_mut()
            && !line.trim().is_empty()
        {
            content.push(line);
        }
    }
    if let Some(((n, t, r), content)) = current {
        rows.push(finish_row(&n, t, r, &content));
    }
    rows
}

/// AltaBots layout: `name Type [Yes|No] description`, `- VALUE: meaning`.
fn rows_altatech(section: &str, with_required: bool) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for line in section.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("Field Type") {
            continue;
        }
        if let Some(v) = bullet_value(line)
            && let Some(last) = rows.last_mut()
        {
            last.values.push(v);
            continue;
        }
        let mut parts = line.splitn(if with_required { 4 } else { 3 }, ' ');
        let (Some(name), Some(ty)) = (parts.next(), parts.next()) else {
            continue;
        };
        let Some(ty) = norm_type(ty) else { continue };
        if !is_ident(name) {
            continue;
        }
        let required = if with_required {
            parts.next().map(|r| r == "Yes")
        } else {
            None
        };
        rows.push(Row {
            name: name.to_string(),
            ty: ty.to_string(),
            required,
            description: parts.next().unwrap_or_default().to_string(),
            example: None,
            values: Vec::new(),
        });
    }
    rows
}

/// Nests flat rows as the example response nests its keys.
fn nest(rows: &[Row], example: Option<&Value>) -> Vec<Field> {
    let mut used = vec![false; rows.len()];
    let mut cursor = 0;
    let mut out = Vec::new();
    if let Some(Value::Object(map)) = example {
        out = build(map, rows, &mut used, &mut cursor);
    }
    for (i, row) in rows.iter().enumerate() {
        if !used[i] {
            out.push(Field {
                row: row.clone(),
                example: None,
                children: Vec::new(),
            });
        }
    }
    out
}

fn build(
    map: &Map<String, Value>,
    rows: &[Row],
    used: &mut [bool],
    cursor: &mut usize,
) -> Vec<Field> {
    let mut out = Vec::new();
    for (k, v) in map {
        let idx = (*cursor..rows.len())
            .find(|&i| !used[i] && rows[i].name == *k)
            .or_else(|| (0..rows.len()).find(|&i| !used[i] && rows[i].name == *k));
        let Some(idx) = idx else { continue };
        used[idx] = true;
        *cursor = idx + 1;
        let row = rows[idx].clone();
        let children = match (v, row.ty.as_str()) {
            (Value::Object(m), "object") => build(m, rows, used, cursor),
            (Value::Array(items), "array") => match items.first() {
                Some(Value::Object(m)) => build(m, rows, used, cursor),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        out.push(Field {
            row,
            example: Some(v.clone()),
            children,
        });
    }
    out
}

/// Reads a page.
pub fn parse_page(text: &str) -> Result<Page, String> {
    if text.contains("Field Type Required Description") {
        return parse_altatech(text);
    }
    let run_together = text.contains("ParameterTypeRequiredDescriptionExample")
        || text.contains("ParameterTypeDescriptionExample");
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    // The operation: from a title `Service Name:Operation`, else the first
    // line that is a CamelCase identifier (`GetAIWorkflowTask`).
    let camel = |s: &str| {
        is_ident(s)
            && s.starts_with(|c: char| c.is_ascii_uppercase())
            && s.chars().filter(char::is_ascii_uppercase).count() >= 2
    };
    let operation = lines
        .iter()
        .find_map(|l| {
            let (service, name) = l.rsplit_once(':')?;
            (!service.trim().is_empty() && service.contains(' ') && camel(name.trim()))
                .then(|| name.trim().to_string())
        })
        .or_else(|| lines.iter().find(|l| camel(l)).map(|l| l.to_string()))
        .ok_or("no operation name found in the title")?;
    let title = lines
        .iter()
        .find(|l| l.contains(operation.as_str()))
        .map_or(operation.clone(), |l| l.to_string());
    let product = lines.iter().find_map(|l| {
        let (p, rest) = l.split_once(':')?;
        (rest.starts_with(operation.as_str()) && p.chars().all(|c| c.is_ascii_lowercase()))
            .then(|| p.to_string())
    });
    let syntax = lines.iter().find_map(|l| {
        let mut parts = l.split_whitespace();
        let method = parts.next()?;
        let path = parts.next()?;
        (matches!(method, "GET" | "POST" | "PUT" | "DELETE" | "PATCH") && path.starts_with('/'))
            .then(|| (method.to_string(), path.to_string()))
    });
    let req = section(
        text,
        "Request parameters",
        &["Response parameters", "Response elements"],
    )
    .unwrap_or("");
    let resp = section(text, "Response parameters", &["Examples"])
        .or_else(|| section(text, "Response elements", &["Examples"]))
        .ok_or("no response table")?;
    let (req_rows, resp_rows) = if run_together {
        (rows_run_together(req, true), rows_run_together(resp, false))
    } else {
        (
            rows_one_cell_per_line(req, true),
            rows_one_cell_per_line(resp, false),
        )
    };
    let example = example_after(text, "Examples");
    let (style, method, path) = match syntax {
        Some((m, p)) => ("roa", m, p),
        None => ("rpc", "POST".to_string(), format!("/{operation}")),
    };
    let params = req_rows
        .into_iter()
        .map(|r| {
            let loc = if path.contains(&format!("{{{}}}", r.name)) {
                Location::Path
            } else {
                Location::Query
            };
            (r, loc)
        })
        .collect();
    Ok(Page {
        title,
        operation,
        style,
        product,
        method,
        path,
        base_url: None,
        params,
        response: nest(&resp_rows, example.as_ref()),
        example,
    })
}

fn parse_altatech(text: &str) -> Result<Page, String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let title = lines
        .iter()
        .find(|l| **l != "Skip to content")
        .ok_or("empty page")?
        .to_string();
    let after = |heading: &str| {
        lines
            .iter()
            .position(|l| *l == heading)
            .and_then(|i| lines.get(i + 1))
            .map(|s| s.to_string())
    };
    let method = after("Request Method").ok_or("no Request Method")?;
    let url = after("Request URL").ok_or("no Request URL")?;
    let (base, path) = match url
        .find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| i + 3 + j))
    {
        Some(i) => (url[..i].to_string(), url[i..].to_string()),
        None => return Err(format!("Request URL {url} has no path")),
    };
    let req = section(text, "Request Body", &["Response"]).unwrap_or("");
    let resp = section(text, "Response Body", &["\n\n\n"]).ok_or("no Response Body")?;
    let example = example_after(text, "Response Example");
    let operation = title
        .split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<String>();
    Ok(Page {
        title: title.clone(),
        operation,
        style: "json",
        product: None,
        method,
        path,
        base_url: Some(base),
        params: rows_altatech(req, true)
            .into_iter()
            .map(|r| (r, Location::Body))
            .collect(),
        response: nest(&rows_altatech(resp, false), example.as_ref()),
        example,
    })
}

/// Whether a string field holds JSON, judging by its example and words.
fn looks_like_json(f: &Field) -> bool {
    if f.row.ty != "string" {
        return false;
    }
    let starts_json = |s: &str| s.trim_start().starts_with('{') || s.trim_start().starts_with('[');
    f.example
        .as_ref()
        .and_then(Value::as_str)
        .is_some_and(starts_json)
        || f.row
            .example
            .as_deref()
            .is_some_and(|e| starts_json(e) || e.to_ascii_lowercase().contains("json"))
        || f.row.description.contains("JSON format")
}

fn timestamp_kind(f: &Field) -> Option<&'static str> {
    let d = f.row.description.to_ascii_lowercase();
    if d.contains("timestamp in milliseconds") {
        return Some("epoch-millis");
    }
    let e = f.row.example.clone().or_else(|| {
        f.example
            .as_ref()
            .and_then(Value::as_str)
            .map(str::to_string)
    })?;
    let e = e.trim();
    let iso =
        e.len() >= 20 && e.as_bytes().get(4) == Some(&b'-') && e.as_bytes().get(10) == Some(&b'T');
    (f.row.ty == "string" && iso).then_some("iso8601")
}

fn pascal(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn property(f: &Field, parent: &str, schemas: &mut Map<String, Value>) -> Value {
    let mut p = Map::new();
    match f.row.ty.as_str() {
        "object" if !f.children.is_empty() => {
            let name = object_schema(
                &f.children,
                &pascal(&f.row.name),
                parent,
                &f.row.description,
                schemas,
            );
            return json!({ "$ref": format!("#/components/schemas/{name}") });
        }
        "array" => {
            p.insert("type".into(), "array".into());
            let items = if f.children.is_empty() {
                json!({})
            } else {
                let name = object_schema(
                    &f.children,
                    &format!("{}Item", pascal(&f.row.name)),
                    parent,
                    "",
                    schemas,
                );
                json!({ "$ref": format!("#/components/schemas/{name}") })
            };
            p.insert("items".into(), items);
        }
        "long" => {
            p.insert("type".into(), "integer".into());
            p.insert("format".into(), "int64".into());
        }
        "integer" => {
            p.insert("type".into(), "integer".into());
            p.insert("format".into(), "int32".into());
        }
        other => {
            p.insert("type".into(), other.into());
        }
    }
    if !f.row.description.is_empty() {
        p.insert("description".into(), f.row.description.clone().into());
    }
    if f.row.ty == "string" && !f.row.values.is_empty() {
        p.insert("enum".into(), f.row.values.clone().into());
    }
    if looks_like_json(f) {
        p.insert("x-json-string".into(), true.into());
    }
    if let Some(k) = timestamp_kind(f) {
        p.insert("x-timestamp".into(), k.into());
    }
    if let Some(e) = &f.row.example {
        let typed = match f.row.ty.as_str() {
            "integer" | "long" | "number" | "boolean" => {
                serde_json::from_str(e).unwrap_or_else(|_| e.clone().into())
            }
            _ => Value::String(e.clone()),
        };
        p.insert("example".into(), typed);
    }
    Value::Object(p)
}

/// Adds a named object schema; returns its (unique) name.
fn object_schema(
    fields: &[Field],
    name: &str,
    parent: &str,
    description: &str,
    schemas: &mut Map<String, Value>,
) -> String {
    let name = if schemas.contains_key(name) {
        format!("{parent}{name}")
    } else {
        name.to_string()
    };
    schemas.insert(name.clone(), json!({}));
    let mut props = Map::new();
    for f in fields {
        props.insert(f.row.name.clone(), property(f, &name, schemas));
    }
    let mut s = json!({ "type": "object", "properties": props });
    if !description.is_empty() {
        s["description"] = description.into();
    }
    schemas.insert(name.clone(), s);
    name
}

/// A draft OpenAPI document for the page's operation.
pub fn draft_spec(page: &Page) -> Value {
    let mut schemas = Map::new();
    let root = object_schema(
        &page.response,
        &format!("{}Response", page.operation),
        "",
        "",
        &mut schemas,
    );
    let mut op = Map::new();
    op.insert("operationId".into(), page.operation.clone().into());
    op.insert(
        "summary".into(),
        format!("TODO: describe {}", page.operation).into(),
    );
    if page.style != "json" {
        op.insert("x-acs-action".into(), page.operation.clone().into());
    }
    let mut params = Vec::new();
    let mut body_props = Map::new();
    let mut body_required = Vec::new();
    for (row, loc) in &page.params {
        let f = Field {
            row: row.clone(),
            example: None,
            children: Vec::new(),
        };
        let schema = property(&f, &page.operation, &mut schemas);
        match loc {
            Location::Body => {
                if row.required == Some(true) {
                    body_required.push(Value::String(row.name.clone()));
                }
                body_props.insert(row.name.clone(), schema);
            }
            _ => {
                let mut p = json!({
                    "name": row.name,
                    "in": if *loc == Location::Path { "path" } else { "query" },
                    "required": row.required.unwrap_or(false) || *loc == Location::Path,
                    "schema": schema,
                });
                if !row.description.is_empty() {
                    p["description"] = row.description.clone().into();
                }
                params.push(p);
            }
        }
    }
    if !params.is_empty() {
        op.insert("parameters".into(), params.into());
    }
    if !body_props.is_empty() {
        let name = format!("{}Request", page.operation);
        schemas.insert(
            name.clone(),
            json!({ "type": "object", "required": body_required, "properties": body_props }),
        );
        op.insert(
            "requestBody".into(),
            json!({ "required": true, "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{name}") } } } }),
        );
    }
    let mut media = json!({ "schema": { "$ref": format!("#/components/schemas/{root}") } });
    if let Some(ex) = &page.example {
        media["example"] = ex.clone();
    }
    op.insert(
        "responses".into(),
        json!({ "200": { "description": "TODO", "content": { "application/json": media } } }),
    );
    let (vendor, auth, endpoint) = match page.style {
        "json" => (
            "TODO",
            "bearer",
            page.base_url
                .clone()
                .unwrap_or_else(|| "https://TODO".into()),
        ),
        _ => (
            "alibaba-cloud",
            "acs3-hmac-sha256",
            format!(
                "https://{}.{{region}}.aliyuncs.com",
                page.product.clone().unwrap_or_else(|| "TODO".into())
            ),
        ),
    };
    let mut info = json!({
        "title": page.title,
        "version": "TODO",
        "x-vendor": vendor,
        "x-api-style": page.style,
        "x-auth": auth,
        "x-endpoint": { "url": endpoint },
    });
    if page.style != "json" {
        info["x-acs-product"] = page.product.clone().unwrap_or_else(|| "TODO".into()).into();
        info["x-acs-version"] = "TODO".into();
    }
    json!({
        "openapi": "3.0.3",
        "info": info,
        "paths": { page.path.clone(): { page.method.to_ascii_lowercase(): op } },
        "components": { "schemas": schemas },
    })
}
