//! The generator accepts the project's specs and refuses broken ones with
//! one line naming the file, the place and the problem.

use std::path::{Path, PathBuf};

use workflow_sdk_codegen::{generate_dir, load};

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

const MINIMAL: &str = r##"
openapi: 3.0.3
info:
  title: Test
  version: "1"
  x-vendor: test
  x-api-style: rpc
  x-auth: acs3-hmac-sha256
  x-acs-version: "2020-01-01"
  x-endpoint:
    url: "https://test.{region}.example.com"
paths:
  /DoThing:
    post:
      operationId: DoThing
      x-acs-action: DoThing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Out"
components:
  schemas:
    Out:
      type: object
      properties:
        State:
          type: string
          enum: [a, b]
"##;

fn write_spec(dir: &Path, name: &str, text: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn temp_dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wfsdk-codegen-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

#[test]
fn the_project_specs_generate() {
    let modules = generate_dir(&specs_dir()).unwrap();
    let names: Vec<&str> = modules.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["altatech", "ice", "paiflow", "ros"]);
    for m in &modules {
        assert!(m.source.contains("pub static SERVICE"), "{}", m.name);
        assert!(
            m.source.contains("::workflow_sdk::runtime::invoke("),
            "send() calls the runtime"
        );
        assert!(
            !m.source.contains("progenitor_client"),
            "no progenitor client code or re-export is left in {}",
            m.name
        );
    }
}

#[test]
fn a_minimal_spec_generates_open_enums_and_keeps_unknown_fields() {
    let dir = temp_dir("minimal");
    let file = write_spec(&dir, "thing.yaml", MINIMAL);
    let spec = load(&file).unwrap();
    assert_eq!(spec.service.module, "thing");
    assert_eq!(spec.enums.len(), 1, "the inline enum is lifted");
    assert_eq!(spec.enums[0].name, "OutState");
    let src =
        workflow_sdk_codegen::render(&workflow_sdk_codegen::generate(&spec).unwrap()).unwrap();
    assert!(src.contains("::workflow_sdk::open_enum!"));
    assert!(
        src.contains("pub extra: ::serde_json::Map"),
        "unknown fields are kept"
    );
}

fn error_for(tag: &str, from: &str, to: &str) -> String {
    let text = MINIMAL.replacen(from, to, 1);
    assert_ne!(text, MINIMAL, "the test changes the spec");
    let dir = temp_dir(tag);
    write_spec(&dir, "thing.yaml", &text);
    let err = generate_dir(&dir).err().expect("the spec is refused");
    assert!(!err.contains('\n'), "one line: {err}");
    assert!(err.contains("thing.yaml"), "names the file: {err}");
    err
}

#[test]
fn broken_specs_are_refused_with_one_readable_line() {
    let e = error_for("yaml", "title: Test", "title: [Test");
    assert!(e.contains("not valid YAML"), "{e}");
    let e = error_for("style", "x-api-style: rpc", "x-api-style: soap");
    assert!(e.contains("/info/x-api-style") && e.contains("soap"), "{e}");
    let e = error_for("action", "      x-acs-action: DoThing\n", "");
    assert!(e.contains("/paths/~1DoThing/post/x-acs-action"), "{e}");
    let e = error_for("method", "    post:", "    get:");
    assert!(e.contains("POST"), "{e}");
    let e = error_for("endpoint", "https://test.{region}", "https://test.{zone}");
    assert!(e.contains("{region}"), "{e}");
    let e = error_for("version", "  x-acs-version: \"2020-01-01\"\n", "");
    assert!(e.contains("x-acs-version"), "{e}");
    let e = error_for(
        "jsonref",
        "          enum: [a, b]",
        "          x-json-string:\n            schema: \"#/components/schemas/Nope\"",
    );
    assert!(e.contains("no schema named Nope"), "{e}");
    let e = error_for(
        "run",
        "      x-acs-action: DoThing\n",
        "      x-acs-action: DoThing\n      x-run:\n        id: Id\n        status: /State\n        states:\n          a: finished\n",
    );
    assert!(
        e.contains("/x-run/states/a") && e.contains("must be one of"),
        "{e}"
    );
}

#[test]
fn a_spec_file_name_must_be_a_module_name() {
    let dir = temp_dir("name");
    write_spec(&dir, "Bad-Name.yaml", MINIMAL);
    let err = generate_dir(&dir).err().unwrap();
    assert!(
        err.contains("Bad-Name") && err.contains("identifier"),
        "{err}"
    );
}

#[test]
fn variant_names_are_unique_and_never_other() {
    let v = |xs: &[&str]| {
        workflow_sdk_codegen::variant_names(&xs.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    };
    assert_eq!(
        v(&["partial-succeeded", "SUCCESS"]),
        ["PartialSucceeded", "Success"]
    );
    assert_eq!(v(&["Running", "RUNNING"]), ["Running", "Running2"]);
    assert_eq!(v(&["Other", "1x"]), ["OtherValue", "V1x"]);
}

#[test]
fn without_examples_no_example_body_or_decoder_is_compiled_in() {
    let mut options = workflow_sdk_codegen::Options::default();
    options.examples = false;
    let lean = workflow_sdk_codegen::generate_dir_with(&specs_dir(), &options).unwrap();
    let full = generate_dir(&specs_dir()).unwrap();
    for (lean, full) in lean.iter().zip(&full) {
        assert!(full.source.contains("include_str!"), "{}", full.name);
        assert!(!lean.source.contains("include_str!"), "{}", lean.name);
        assert!(
            !lean.source.contains("serde_json::from_str"),
            "{}",
            lean.name
        );
    }
}
