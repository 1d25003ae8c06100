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
    assert_eq!(names, ["altatech", "ice", "paiflow", "ros", "sts"]);
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
    let e = error_for(
        "action",
        "      x-acs-action: DoThing\n",
        "      x-acs-action: 7\n",
    );
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
        e.contains("/x-run/states/a") && e.contains("use one of"),
        "{e}"
    );
}

#[test]
fn a_spec_file_stem_becomes_the_module_name() {
    use workflow_sdk_codegen::module_name;
    let name = |f: &str| module_name(Path::new(f));
    assert_eq!(name("media-jobs.yaml").unwrap(), "media_jobs");
    assert_eq!(name("ice.yaml").unwrap(), "ice");
    assert_eq!(name("Bad-Name.yaml").unwrap(), "bad_name");
    let e = name("3d-render.yaml").unwrap_err();
    assert!(e.contains("starts with a digit"), "{e}");
    let e = name("type.yaml").unwrap_err();
    assert!(e.contains("keyword"), "{e}");
    let e = name("média.yaml").unwrap_err();
    assert!(e.contains("ASCII"), "{e}");

    // A hyphenated file generates a module of the derived name.
    let dir = temp_dir("hyphen");
    write_spec(&dir, "media-jobs.yaml", MINIMAL);
    let modules = generate_dir(&dir).unwrap();
    assert_eq!(modules[0].name, "media_jobs");

    // Two files that give the same module name: refused, with the reason.
    write_spec(&dir, "media_jobs.yaml", MINIMAL);
    let err = generate_dir(&dir).err().unwrap();
    assert!(
        err.contains("media_jobs.yaml")
            && err.contains("module name `media_jobs`")
            && err.contains("media-jobs.yaml"),
        "{err}"
    );

    // A name the crate's own module has (specs/ next to src/): refused.
    let root = temp_dir("crate");
    std::fs::create_dir_all(root.join("src")).unwrap();
    std::fs::write(root.join("src/retry.rs"), "").unwrap();
    write_spec(&root.join("specs"), "retry.yaml", MINIMAL);
    let err = generate_dir(&root.join("specs")).err().unwrap();
    assert!(
        err.contains("crate's own module") && err.contains("retry.rs"),
        "{err}"
    );
}

/// A spec in plain OpenAPI: the endpoint from `servers`, bearer auth from
/// `securitySchemes`, the action from the operationId, timestamps from
/// `format: date-time`, and declared error responses accepted.
#[test]
fn plain_openapi_says_what_the_extensions_said() {
    let signed = r##"
openapi: 3.0.3
info:
  title: Plain
  version: "2021-01-01"
  x-acs-product: Plain
  x-acs-version: "2021-01-01"
servers:
  - url: "https://plain.{region}.aliyuncs.com"
    variables:
      region:
        default: cn-hangzhou
paths:
  /v1/things/{Id}:
    get:
      operationId: GetThing
      parameters:
        - name: Id
          in: path
          required: true
          schema: {type: string}
        - name: Since
          in: query
          schema: {type: string, format: date-time}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
        "4XX":
          description: client error
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Failure"}
        "503":
          description: busy
        default:
          description: any other error
          content:
            text/html:
              schema: {type: string}
components:
  schemas:
    Thing:
      type: object
      properties:
        CreatedAt: {type: string, format: date-time}
    Failure:
      type: object
      properties:
        Code: {type: string}
"##;
    let dir = temp_dir("plain");
    let file = write_spec(&dir, "plain-things.yaml", signed);
    let spec = load(&file).unwrap_or_else(|e| panic!("{}", workflow_sdk_codegen::report(&e)));
    let s = &spec.service;
    assert_eq!(s.module, "plain_things");
    assert_eq!(s.auth, workflow_sdk_codegen::Auth::Acs3HmacSha256);
    assert_eq!(s.style, workflow_sdk_codegen::ApiStyle::Roa);
    assert_eq!(s.endpoint.url, "https://plain.{region}.aliyuncs.com");
    assert_eq!(s.operations[0].action.as_deref(), Some("GetThing"));
    assert_eq!(
        spec.timestamps.len(),
        1,
        "the date-time field of a named schema"
    );
    assert_eq!(spec.timestamps[0].prop, "CreatedAt");
    let responses = &spec.openapi.paths.paths["/v1/things/{Id}"];
    let op = responses.as_item().unwrap().get.as_ref().unwrap();
    assert_eq!(
        op.responses.responses.len() + usize::from(op.responses.default.is_some()),
        1,
        "error responses are not handed to progenitor"
    );
    let src =
        workflow_sdk_codegen::render(&workflow_sdk_codegen::generate(&spec).unwrap()).unwrap();
    assert!(!src.contains("chrono"), "timestamps stay text");

    let bearer = r##"
openapi: 3.0.3
info: {title: Keyed, version: v1}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    key: {type: http, scheme: bearer}
paths:
  /v1/run:
    post:
      operationId: Run
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"##;
    let file = write_spec(&dir, "keyed.yaml", bearer);
    let spec = load(&file).unwrap_or_else(|e| panic!("{}", workflow_sdk_codegen::report(&e)));
    assert_eq!(spec.service.auth, workflow_sdk_codegen::Auth::Bearer);
    assert_eq!(spec.service.style, workflow_sdk_codegen::ApiStyle::Json);
    assert_eq!(spec.service.operations[0].action, None);

    // Another kind of security scheme is named, not ignored.
    let header_key = bearer.replace(
        "key: {type: http, scheme: bearer}",
        "key: {type: apiKey, in: header, name: X-Api-Key}",
    );
    let file = write_spec(&dir, "header-key.yaml", &header_key);
    let errs = load(&file).err().unwrap();
    assert_eq!(
        errs[0].pointer, "/components/securitySchemes/key",
        "{errs:?}"
    );

    // The endpoint rule is said once: x-endpoint may not disagree.
    let disagree = signed.replace(
        "  x-acs-version: \"2021-01-01\"\n",
        "  x-acs-version: \"2021-01-01\"\n  x-endpoint:\n    url: \"https://other.{region}.aliyuncs.com\"\n",
    );
    let file = write_spec(&dir, "disagree.yaml", &disagree);
    let errs = load(&file).err().unwrap();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].pointer, "/info/x-endpoint/url");
    assert!(errs[0].problem.contains("disagrees"), "{}", errs[0]);
}

/// Every problem of a spec at once, each with its place and its fix.
#[test]
fn every_problem_is_reported_in_one_go() {
    let broken = MINIMAL
        .replace("  x-acs-version: \"2020-01-01\"\n", "")
        .replace("info:\n", "x-acs-version: \"2020-01-01\"\ninfo:\n")
        .replace("x-api-style: rpc", "x-api-style: soap")
        .replace("$ref: \"#/components/schemas/Out\"", "$ref: \"#/components/schemas/Missing\"")
        .replace("      x-acs-action: DoThing\n", "      x-acs-action: DoThing\n      x-run:\n        id: Nope\n        status: State\n        states: {a: finished}\n");
    let dir = temp_dir("many");
    let file = write_spec(&dir, "many.yaml", &broken);
    let errs = load(&file).err().unwrap();
    let at: Vec<&str> = errs.iter().map(|e| e.pointer.as_str()).collect();
    for want in [
        "/info/x-acs-version",
        "/info/x-api-style",
        "/paths/~1DoThing/post/responses/200/content/application~1json/schema/$ref",
        "/paths/~1DoThing/post/x-run/status",
        "/paths/~1DoThing/post/x-run/states/a",
    ] {
        assert!(at.contains(&want), "{want} missing from {at:?}");
    }
    let version = errs
        .iter()
        .find(|e| e.pointer == "/info/x-acs-version")
        .unwrap();
    assert!(
        version.fix.contains("found one at the top level"),
        "{version}"
    );
    assert!(errs.iter().all(|e| !e.fix.is_empty()), "{errs:?}");
    let report = workflow_sdk_codegen::report(&errs);
    assert_eq!(report.lines().count(), errs.len());
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

/// What progenitor cannot take is reported with its place before progenitor
/// sees it; declared error responses of any shape are not among those.
#[test]
fn constructs_the_generator_cannot_take_are_reported_first() {
    let spec = r##"
openapi: 3.0.3
info: {title: Odd, version: "1", x-acs-product: Odd, x-acs-version: "1"}
servers: [{url: "https://odd.example.com"}]
paths:
  /v1/a/{Id}:
    get:
      operationId: GetA
      parameters:
        - {name: Q, in: query, content: {application/json: {schema: {type: object}}}}
        - {name: C, in: cookie, schema: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "201": {description: other, content: {application/json: {schema: {type: string}}}}
        default: {description: error, content: {application/json: {schema: {type: string}}}}
    post:
      operationId: GetA
      requestBody: {content: {application/xml: {schema: {type: object}}}}
      responses:
        "200": {description: ok, content: {text/plain: {schema: {type: string}}}}
"##;
    let dir = temp_dir("odd");
    let file = write_spec(&dir, "odd.yaml", spec);
    let errs = load(&file).err().unwrap();
    let at: Vec<&str> = errs.iter().map(|e| e.pointer.as_str()).collect();
    for want in [
        "/paths/~1v1~1a~1{Id}/get/parameters/0/content",
        "/paths/~1v1~1a~1{Id}/get/parameters/1/in",
        "/paths/~1v1~1a~1{Id}/get/responses/201",
        "/paths/~1v1~1a~1{Id}/get",
        "/paths/~1v1~1a~1{Id}/post/operationId",
        "/paths/~1v1~1a~1{Id}/post/requestBody/content/application~1xml",
        "/paths/~1v1~1a~1{Id}/post/responses/200/content/text~1plain",
    ] {
        assert!(at.contains(&want), "{want} missing from {at:#?}");
    }
    assert!(
        !at.iter().any(|p| p.contains("default")),
        "a declared error response is fine: {at:#?}"
    );
    let undeclared = errs
        .iter()
        .find(|e| e.pointer == "/paths/~1v1~1a~1{Id}/get")
        .unwrap();
    assert!(undeclared.problem.contains("`{Id}`"), "{undeclared}");

    let v31 = write_spec(
        &dir,
        "v31.yaml",
        &MINIMAL.replace("openapi: 3.0.3", "openapi: 3.1.0"),
    );
    let errs = load(&v31).err().unwrap();
    assert_eq!(errs[0].pointer, "/openapi");
    assert!(errs[0].fix.contains("3.0.3"));
}

/// Every node of a valid spec replaced, one at a time, by a value of each
/// other kind: the spec is refused with problems or generates, and nothing
/// panics.
#[test]
fn no_malformed_spec_panics() {
    fn pointers(v: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    pointers(
                        v,
                        format!("{at}/{}", workflow_sdk_codegen::escape_pointer(k)),
                        out,
                    );
                }
            }
            serde_json::Value::Array(a) => {
                for (i, v) in a.iter().enumerate() {
                    pointers(v, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
        out.push(at);
    }
    let plain = MINIMAL
        .replace("      x-acs-action: DoThing\n", "      x-run: {id: Id, status: /State, states: {a: running, b: succeeded}}\n      parameters:\n        - {name: Id, in: query, schema: {type: string, format: date-time}}\n")
        .replace("          enum: [a, b]", "          enum: [a, b]\n        At: {type: string, format: date-time}\n        Doc: {type: string, x-json-string: {schema: \"#/components/schemas/Out\"}}");
    let doc: serde_json::Value = serde_norway::from_str(&plain).unwrap();
    assert!(load(&write_spec(&temp_dir("mut0"), "base.yaml", &plain)).is_ok());
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let dir = temp_dir("mutate");
    let replacements = [
        serde_json::Value::Null,
        serde_json::json!(7),
        serde_json::json!("text"),
        serde_json::json!([]),
        serde_json::json!({}),
    ];
    let mut refused = 0;
    let mut failures = Vec::new();
    for at in all.iter().filter(|p| !p.is_empty()) {
        for r in &replacements {
            let mut d = doc.clone();
            *d.pointer_mut(at).unwrap() = r.clone();
            let file = write_spec(&dir, "m.yaml", &serde_json::to_string(&d).unwrap());
            match load(&file) {
                Ok(spec) => {
                    // What loads, generates: the checker found whatever
                    // progenitor would have refused.
                    if let Err(e) = workflow_sdk_codegen::generate(&spec) {
                        failures.push(format!("{at} = {r}: {e}"));
                    }
                }
                Err(errs) => {
                    assert!(!errs.is_empty());
                    refused += 1;
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(
        refused > all.len(),
        "most mutations are refused ({refused})"
    );
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

/// `security: []` marks an operation unsigned and a form body is read like
/// a JSON one; other body types, nested form fields and a malformed
/// `security` are refused, one line each with the fix.
#[test]
fn security_none_and_form_bodies_are_read_and_checked() {
    let form = MINIMAL.replacen(
        "      x-acs-action: DoThing\n",
        "      x-acs-action: DoThing\n      security: []\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              $ref: \"#/components/schemas/In\"\n",
        1,
    ) + "    In:\n      type: object\n      required: [Name]\n      properties:\n        Name: {type: string}\n        Token: {type: string, format: password}\n";
    let dir = temp_dir("form");
    let file = write_spec(&dir, "thing.yaml", &form);
    let spec = load(&file).unwrap_or_else(|e| panic!("{e:?}"));
    let op = &spec.service.operations[0];
    assert!(op.unsigned, "security: [] is read");
    let names: Vec<(&str, &str, bool)> = op
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location.as_str(), p.required))
        .collect();
    assert_eq!(
        names,
        [("Name", "body", true), ("Token", "body", false)],
        "form properties are body parameters"
    );
    let module = generate_dir(&dir).unwrap();
    let code = &module[0].source;
    assert!(
        code.contains("request.form(&body)"),
        "the form body is sent"
    );
    assert!(code.contains("with_unsigned(true)"), "the facts carry it");

    let fixes = |tag: &str, text: String| {
        let dir = temp_dir(tag);
        write_spec(&dir, "thing.yaml", &text);
        let err = generate_dir(&dir).err().expect("the spec is refused");
        assert!(!err.contains('\n'), "one line: {err}");
        err
    };
    let e = fixes(
        "textbody",
        form.replace("application/x-www-form-urlencoded:", "text/plain:"),
    );
    assert!(
        e.contains("requestBody/content/text~1plain")
            && e.contains("`text/plain` are not supported")
            && e.contains("application/x-www-form-urlencoded"),
        "{e}"
    );
    let e = fixes(
        "nested",
        form.replace("Name: {type: string}", "Name: {type: object}"),
    );
    assert!(
        e.contains("form property `Name` is an object") && e.contains("fix:"),
        "{e}"
    );
    let e = fixes("secmap", form.replace("security: []", "security: {}"));
    assert!(
        e.contains("/post/security") && e.contains("must be a list") && e.contains("security: []"),
        "{e}"
    );
    let e = fixes("secopt", form.replace("security: []", "security: [{}]"));
    assert!(e.contains("/post/security/0"), "{e}");
}
