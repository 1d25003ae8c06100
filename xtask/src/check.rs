//! `cargo xtask check`: every spec loads and generates (extensions present
//! and well-formed), every documented example decodes through the generated
//! types, and every JSON-in-string example holds JSON unless the spec marks
//! it as a placeholder (`x-placeholder-example: true`).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::resolve;
use workflow_sdk::JsonString;
use workflow_sdk_codegen::escape_pointer;

/// One problem: file, JSON pointer, what.
pub struct Finding {
    /// The spec file.
    pub file: PathBuf,
    /// Where, as a JSON pointer.
    pub pointer: String,
    /// What is wrong.
    pub problem: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: at {}: {}",
            self.file.display(),
            self.pointer,
            self.problem
        )
    }
}

/// Runs every check on the specs in `dir`; returns the findings.
pub fn check_dir(dir: &Path) -> Result<(Vec<String>, Vec<Finding>), String> {
    let mut ok = Vec::new();
    let mut findings = Vec::new();
    for file in workflow_sdk_codegen::spec_files(dir)? {
        let spec = match workflow_sdk_codegen::load(&file)
            .and_then(|s| workflow_sdk_codegen::generate(&s).map(|_| s))
        {
            Ok(s) => s,
            Err(e) => {
                findings.push(Finding {
                    file: e.file.clone(),
                    pointer: if e.pointer.is_empty() {
                        "/".into()
                    } else {
                        e.pointer.clone()
                    },
                    problem: e.problem.clone(),
                });
                continue;
            }
        };
        let before = findings.len();
        json_string_examples(&file, &spec.original, &mut findings);
        response_examples(
            &file,
            dir,
            &spec.original,
            &spec.service.module,
            &mut findings,
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
            let ok = match example {
                Value::String(s) => JsonString::<workflow_sdk::Untyped>::new(s.clone())
                    .value()
                    .is_ok(),
                _ => false,
            };
            if !ok {
                out.push(Finding {
                    file: file.to_path_buf(),
                    pointer: format!("/components/schemas/{}/properties/{}/example", escape_pointer(name), escape_pointer(prop)),
                    problem: "the example of a JSON-in-string field does not hold JSON; fix it or mark the field x-placeholder-example: true".into(),
                });
            }
        }
    }
}

fn is_placeholder(p: &Value) -> bool {
    p.get("x-placeholder-example").is_some_and(|v| v == true)
}

/// Response examples: decode through the generated types, and their
/// JSON-in-string values hold JSON.
fn response_examples(file: &Path, dir: &Path, doc: &Value, module: &str, out: &mut Vec<Finding>) {
    let Some(service) = workflow_sdk::SERVICES.iter().find(|s| s.module == module) else {
        // A spec the library was not built with (a test directory): its
        // examples are checked when it is compiled.
        return;
    };
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
                                    out.push(Finding {
                                        file: file.into(),
                                        pointer: at,
                                        problem: format!("cannot read {f}: {e}"),
                                    });
                                    continue;
                                }
                            },
                            (None, Some(v)) => v.to_string(),
                            (None, None) => continue,
                        };
                        let decode = service
                            .operations
                            .iter()
                            .find(|o| o.operation_id == op_id)
                            .and_then(|o| o.decode);
                        if let Some(decode) = decode
                            && let Err(e) = decode(&text)
                        {
                            out.push(Finding {
                                file: file.into(),
                                pointer: at.clone(),
                                problem: format!(
                                    "the example does not decode through the generated types: {e}"
                                ),
                            });
                        }
                        let Ok(value) = serde_json::from_str::<Value>(&text) else {
                            out.push(Finding {
                                file: file.into(),
                                pointer: at,
                                problem: "the example is not JSON".into(),
                            });
                            continue;
                        };
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
                        Value::String(s) => JsonString::<workflow_sdk::Untyped>::new(s.clone())
                            .value()
                            .is_ok(),
                        _ => true,
                    };
                    if !ok {
                        out.push(Finding {
                            file: file.into(),
                            pointer: format!("{at} (value at {here})"),
                            problem: "a JSON-in-string value in the example does not hold JSON; mark the field x-placeholder-example: true if that is intended".into(),
                        });
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
