//! `cargo xtask check`, in two stages.
//!
//! 1. [`check_dir`] needs only the generator, not the SDK crate, so it runs
//!    while a broken spec sits in `specs/` (when the crate itself cannot
//!    build): every problem of every spec (extensions, standard OpenAPI,
//!    constructs the generator cannot take, module names), documented
//!    examples that are not JSON, and JSON-in-string examples that do not
//!    hold JSON unless the spec marks them as placeholders
//!    (`x-placeholder-example: true`).
//! 2. Once the specs are valid, `decode_examples` (feature `decode`,
//!    which links the SDK built from those specs) decodes every documented
//!    response example through the generated types.

use std::path::Path;

use serde_json::Value;

use crate::resolve;
use workflow_sdk_codegen::{SpecError, escape_pointer};

/// One problem: file, JSON pointer, what, and the fix.
pub type Finding = SpecError;

fn finding(
    file: &Path,
    pointer: impl Into<String>,
    problem: impl Into<String>,
    fix: &str,
) -> Finding {
    SpecError::new(file, pointer, problem, fix)
}

/// Stage 1 on the specs in `dir`: what passed (one line per spec) and every
/// problem found.
pub fn check_dir(dir: &Path) -> Result<(Vec<String>, Vec<Finding>), String> {
    let (specs, mut findings) = workflow_sdk_codegen::load_dir(dir);
    let mut ok = Vec::new();
    for spec in specs {
        let before = findings.len();
        if let Err(e) = workflow_sdk_codegen::generate(&spec) {
            findings.push(e);
            continue;
        }
        let file = &spec.file;
        let spec_dir = file.parent().unwrap_or(dir);
        json_string_examples(file, &spec.original, &mut findings);
        response_examples(
            file,
            spec_dir,
            &spec.original,
            &mut findings,
            &mut |_, _, _| None,
        );
        if findings.len() == before {
            ok.push(format!(
                "ok  {} ({} operations)",
                file.display(),
                spec.service.operations.len()
            ));
        }
    }
    Ok((ok, findings))
}

/// Stage 2: every documented response example of the specs in `dir` decodes
/// through the types the SDK was generated with. Specs the SDK was not
/// built from (another directory) are skipped: they are checked when they
/// are compiled.
#[cfg(feature = "decode")]
pub fn decode_examples(dir: &Path) -> Result<(Vec<String>, Vec<Finding>), String> {
    let (specs, findings) = workflow_sdk_codegen::load_dir(dir);
    if !findings.is_empty() {
        return Ok((Vec::new(), findings));
    }
    let mut ok = Vec::new();
    let mut out = Vec::new();
    for spec in specs {
        let Some(service) = workflow_sdk::SERVICES
            .iter()
            .find(|s| s.module == spec.service.module)
        else {
            continue;
        };
        let before = out.len();
        let file = spec.file.clone();
        let spec_dir = file.parent().unwrap_or(dir).to_path_buf();
        let mut decode = |op_id: &str, text: &str, _: &str| -> Option<String> {
            let decode = service
                .operations
                .iter()
                .find(|o| o.operation_id == op_id)
                .and_then(|o| o.decode)?;
            decode(text).err().map(|e| e.to_string())
        };
        response_examples(&file, &spec_dir, &spec.original, &mut out, &mut decode);
        if out.len() == before {
            ok.push(format!("ok  {} (examples decode)", file.display()));
        }
    }
    Ok((ok, out))
}

/// Whether text holds JSON, as `JsonString` reads it: plain, or escaped
/// one time too many (`{\"a\":1}`).
pub fn holds_json(text: &str) -> bool {
    if serde_json::from_str::<Value>(text).is_ok() {
        return true;
    }
    let t = text.trim_start();
    if !(t.starts_with("{\\\"") || t.starts_with("[\\\"") || t.starts_with("[{\\\"")) {
        return false;
    }
    serde_json::from_str::<String>(&format!("\"{text}\""))
        .is_ok_and(|unescaped| serde_json::from_str::<Value>(&unescaped).is_ok())
}

/// Property-level examples of `x-json-string` fields.
fn json_string_examples(file: &Path, doc: &Value, out: &mut Vec<Finding>) {
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return;
    };
    for (name, schema) in schemas {
        let Some(props) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        for (prop, p) in props {
            if p.get("x-json-string").is_none() || is_placeholder(p) {
                continue;
            }
            let Some(example) = p.get("example") else {
                continue;
            };
            let ok = matches!(example, Value::String(s) if holds_json(s));
            if !ok {
                out.push(finding(
                    file,
                    format!("/components/schemas/{}/properties/{}/example", escape_pointer(name), escape_pointer(prop)),
                    "the example of a JSON-in-string field does not hold JSON",
                    "fix the example, or mark the field `x-placeholder-example: true` if the vendor documents a placeholder",
                ));
            }
        }
    }
}

fn is_placeholder(p: &Value) -> bool {
    p.get("x-placeholder-example").is_some_and(|v| v == true)
}

/// The decoding of an example by operation id: `Some(error)` when it fails.
type Decode<'a> = dyn FnMut(&str, &str, &str) -> Option<String> + 'a;

/// Response examples: JSON, decoded by `decode`, and their JSON-in-string
/// values hold JSON.
fn response_examples(
    file: &Path,
    dir: &Path,
    doc: &Value,
    out: &mut Vec<Finding>,
    decode: &mut Decode<'_>,
) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    for (path, item) in paths {
        let Some(item) = item.as_object() else {
            continue;
        };
        for (method, op) in item {
            let Some(op_id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let Some(responses) = op.get("responses").and_then(Value::as_object) else {
                continue;
            };
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
                    for (ex_name, ex) in examples {
                        let at = format!(
                            "/paths/{}/{method}/responses/{status}/content/{}/examples/{}",
                            escape_pointer(path),
                            escape_pointer(media),
                            escape_pointer(ex_name)
                        );
                        let text = match (
                            ex.get("externalValue").and_then(Value::as_str),
                            ex.get("value"),
                        ) {
                            (Some(f), _) => match std::fs::read_to_string(dir.join(f)) {
                                Ok(t) => t,
                                Err(e) => {
                                    out.push(finding(
                                        file,
                                        at,
                                        format!("cannot read {f}: {e}"),
                                        "put the example next to the spec at that path",
                                    ));
                                    continue;
                                }
                            },
                            (None, Some(v)) => v.to_string(),
                            (None, None) => continue,
                        };
                        let Ok(value) = serde_json::from_str::<Value>(&text) else {
                            out.push(finding(
                                file,
                                at,
                                "the example is not JSON",
                                "give the response example as the JSON the service returns",
                            ));
                            continue;
                        };
                        if let Some(e) = decode(op_id, &text, &at) {
                            out.push(finding(
                                file,
                                at.clone(),
                                format!("the example does not decode through the generated types: {e}"),
                                "make the schema match the example (a type, a required field, a value list)",
                            ));
                        }
                        if let Some(schema) = body.get("schema") {
                            walk(file, doc, schema, &value, "", &at, out, 0);
                        }
                    }
                }
            }
        }
    }
}

/// Walks an example value along its schema, checking JSON-in-string values.
#[allow(clippy::too_many_arguments)]
fn walk(
    file: &Path,
    doc: &Value,
    schema: &Value,
    value: &Value,
    at_value: &str,
    at: &str,
    out: &mut Vec<Finding>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    let schema = resolve(doc, schema);
    match value {
        Value::Object(map) => {
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (k, v) in map {
                let Some(p) = props.get(k) else { continue };
                let here = format!("{at_value}/{}", escape_pointer(k));
                if p.get("x-json-string").is_some() {
                    if is_placeholder(p) {
                        continue;
                    }
                    let ok = match v {
                        Value::String(s) => holds_json(s),
                        _ => true,
                    };
                    if !ok {
                        out.push(finding(
                            file,
                            format!("{at} (value at {here})"),
                            "a JSON-in-string value in the example does not hold JSON",
                            "mark the field `x-placeholder-example: true` if that is intended",
                        ));
                    }
                } else {
                    walk(file, doc, p, v, &here, at, out, depth + 1);
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, v) in items.iter().enumerate() {
                    walk(
                        file,
                        doc,
                        item_schema,
                        v,
                        &format!("{at_value}/{i}"),
                        at,
                        out,
                        depth + 1,
                    );
                }
            }
        }
        _ => {}
    }
}
