//! `cargo xtask import --metadata` and `drift --metadata` on fixtures under
//! `tests/fixtures/metadata/` (facts only: names, types, value lists,
//! examples, paths, endpoints): two trimmed from the vendor's documents for
//! our own operations, two written for these tests.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use xtask::drift::{differences, shape_of};
use xtask::metadata::{ApiDocs, Style};

fn fixture(name: &str) -> ApiDocs {
    let text = std::fs::read_to_string(fixture_path(name)).unwrap();
    ApiDocs::parse(&text).unwrap()
}

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/metadata")
        .join(name)
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn our_spec(name: &str) -> Value {
    serde_norway::from_str(&std::fs::read_to_string(root().join("specs").join(name)).unwrap())
        .unwrap()
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("xtask-meta-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The draft is a spec the generator takes, as a file would be.
fn generates(tag: &str, draft: &Value) {
    let dir = tempdir(tag);
    let file = dir.join(format!("{tag}.yaml"));
    std::fs::write(&file, serde_norway::to_string(draft).unwrap()).unwrap();
    let spec = workflow_sdk_codegen::load(&file)
        .unwrap_or_else(|e| panic!("{tag}: {}", workflow_sdk_codegen::report(&e)));
    workflow_sdk_codegen::generate(&spec).unwrap_or_else(|e| panic!("{tag}: {e}"));
}

fn values(item: &xtask::drift::Item) -> Vec<&str> {
    item.values.iter().map(String::as_str).collect()
}

/// Importing GetWorkflowTask and GetPipelineRun from the vendor's metadata
/// gives the parameters, fields, types and value lists of our specs.
#[test]
fn importing_our_operations_reproduces_our_specs() {
    for (fixture_name, spec_name, op) in [
        ("ice-GetWorkflowTask.json", "ice.yaml", "GetWorkflowTask"),
        (
            "paiflow-GetPipelineRun.json",
            "paiflow.yaml",
            "GetPipelineRun",
        ),
    ] {
        let docs = fixture(fixture_name);
        let draft = docs.draft_spec(&[op.to_string()]).unwrap();
        let drafted = shape_of(&draft);
        let ours = shape_of(&our_spec(spec_name));
        let (d, o) = (&drafted[op], &ours[op]);
        assert_eq!(d.endpoint, o.endpoint, "{op}");
        assert_eq!(
            d.params.keys().collect::<Vec<_>>(),
            o.params.keys().collect::<Vec<_>>(),
            "{op} parameters"
        );
        assert_eq!(
            d.fields.keys().collect::<Vec<_>>(),
            o.fields.keys().collect::<Vec<_>>(),
            "{op} fields"
        );
        assert_eq!(differences(&drafted, &ours), Vec::<String>::new(), "{op}");
        assert_eq!(
            draft["info"]["x-acs-product"],
            our_spec(spec_name)["info"]["x-acs-product"]
        );
        assert_eq!(
            draft["info"]["x-acs-version"],
            our_spec(spec_name)["info"]["x-acs-version"]
        );
        generates(&op.to_lowercase(), &draft);
    }

    // The value lists and types themselves, not only their agreement.
    let ice = shape_of(&fixture("ice-GetWorkflowTask.json").draft_spec(&[]).unwrap());
    let task = &ice["GetWorkflowTask"];
    assert_eq!(
        values(&task.fields["WorkflowTask.Status"]),
        ["Canceled", "Failed", "Init", "Processing", "Succeed"]
    );
    assert_eq!(
        values(&task.fields["WorkflowTask.Workflow.Type"]),
        ["Common", "Customize", "System"]
    );
    let pai = shape_of(
        &fixture("paiflow-GetPipelineRun.json")
            .draft_spec(&[])
            .unwrap(),
    );
    let run = &pai["GetPipelineRun"];
    assert_eq!(
        values(&run.params["ManifestType"]),
        ["Expanded", "Frozen", "Raw", "Rendered", "Runtime"]
    );
    assert!(run.params["PipelineRunId"].required);
    assert_eq!(run.params["Verbose"].kind, xtask::drift::Kind::Boolean);
    assert_eq!(run.fields["Duration"].kind, xtask::drift::Kind::Integer);
}

#[test]
fn an_rpc_document_gives_every_fact_the_spec_needs() {
    let docs = fixture("tiny-rpc.json");
    assert_eq!(docs.style(), Style::Rpc);
    let spec = docs.draft_spec(&["DescribeRender".to_string()]).unwrap();

    let info = &spec["info"];
    assert_eq!(info["x-api-style"], "rpc");
    assert_eq!(info["x-acs-product"], "Tiny");
    assert_eq!(info["x-acs-version"], "2024-02-02");
    // The rule most regions follow, and the region served elsewhere.
    assert_eq!(
        spec["servers"][0]["url"],
        "https://tiny.{region}.aliyuncs.com"
    );
    assert_eq!(
        spec["servers"][0]["variables"]["region"]["default"],
        "cn-hangzhou"
    );
    assert_eq!(
        info["x-endpoint"]["regions"],
        serde_json::json!({"cn-hangzhou-finance": "https://tiny.aliyuncs.com"})
    );

    // RPC: POST /<Action>; only the operations asked for.
    let paths = spec["paths"].as_object().unwrap();
    assert_eq!(paths.keys().collect::<Vec<_>>(), ["/DescribeRender"]);
    let op = &spec["paths"]["/DescribeRender"]["post"];
    assert_eq!(op["operationId"], "DescribeRender");
    let param = |name: &str| {
        op["parameters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(param("RenderId")["required"], true);
    assert_eq!(
        param("RenderId")["example"],
        "r-1",
        "trailing newline dropped"
    );
    assert_eq!(param("Detail")["schema"]["type"], "boolean");
    assert_eq!(param("Detail")["example"], true, "examples get their type");
    assert_eq!(param("PageSize")["schema"]["format"], "int32");
    assert_eq!(param("PageSize")["schema"]["maximum"], 100);
    assert_eq!(
        param("Scene")["in"],
        "query",
        "RPC form data travels in the query"
    );
    assert_eq!(
        param("Scene")["schema"]["enum"],
        serde_json::json!(["Fast", "Best"])
    );

    // The response: nested objects named, value lists, JSON in strings,
    // timestamps, the example.
    let schemas = &spec["components"]["schemas"];
    let render = &schemas["Render"]["properties"];
    assert_eq!(
        op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/DescribeRenderResponse"
    );
    assert_eq!(
        schemas["DescribeRenderResponse"]["properties"]["Render"]["$ref"],
        "#/components/schemas/Render"
    );
    assert_eq!(
        render["State"]["enum"],
        serde_json::json!(["Queued", "Running", "Done"])
    );
    assert_eq!(render["StartedAt"]["format"], "date-time");
    assert_eq!(render["Settings"]["x-json-string"], true);
    assert_eq!(
        render["Frames"]["items"]["$ref"],
        "#/components/schemas/FramesItem"
    );
    assert_eq!(schemas["FramesItem"]["properties"]["Index"]["example"], 1);
    assert_eq!(render["Tags"]["items"]["$ref"], "#/components/schemas/Tag");
    assert_eq!(
        op["responses"]["200"]["content"]["application/json"]["examples"]["documented"]["value"]["Render"]
            ["State"],
        "Done"
    );
    generates("tiny_rpc", &spec);
}

#[test]
fn a_roa_document_keeps_methods_paths_and_bodies() {
    let docs = fixture("tiny-roa.json");
    let spec = docs.draft_spec(&[]).unwrap();
    assert!(
        spec["info"].get("x-api-style").is_none(),
        "ROA is the default"
    );
    let create = &spec["paths"]["/api/v1/runs"]["post"];
    let body = &create["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(body["required"], serde_json::json!(["Name"]));
    assert_eq!(body["properties"]["Retries"]["format"], "int32");
    let get = &spec["paths"]["/api/v1/runs/{RunId}"]["get"];
    assert_eq!(get["parameters"][0]["in"], "path");
    assert_eq!(get["parameters"][0]["required"], true);
    // Two regions share one host, one is regional: the shared host is the
    // rule, the other region an exception.
    assert_eq!(spec["servers"][0]["url"], "https://tinyroa.aliyuncs.com");
    assert_eq!(
        spec["info"]["x-endpoint"]["regions"]["eu-central-1"],
        "https://tinyroa.eu-central-1.aliyuncs.com"
    );
    generates("tiny_roa", &spec);

    let err = docs.draft_spec(&["DeleteRun".to_string()]).unwrap_err();
    assert!(
        err.contains("DeleteRun") && err.contains("CreateRun, GetRun"),
        "{err}"
    );
    assert!(ApiDocs::parse("{\"info\": {\"style\": \"SOAP\"}}").is_err());
    assert!(ApiDocs::parse("not json").is_err());
}

fn xtask(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn import_and_drift_commands() {
    let docs = fixture_path("paiflow-GetPipelineRun.json");
    let out = xtask(&[
        "import",
        "--metadata",
        docs.to_str().unwrap(),
        "GetPipelineRun",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let spec: Value = serde_norway::from_slice(&out.stdout).unwrap();
    assert_eq!(
        spec["paths"]["/api/v1/pipelineruns/{PipelineRunId}"]["get"]["operationId"],
        "GetPipelineRun"
    );

    // Our spec matches the document.
    let ours = root().join("specs/paiflow.yaml");
    let out = xtask(&[
        "drift",
        "--metadata",
        docs.to_str().unwrap(),
        ours.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("no drift"));

    // A changed spec: every difference listed, exit 1.
    let dir = tempdir("drift");
    let changed = std::fs::read_to_string(&ours)
        .unwrap()
        .replace("        - Runtime\n", "")
        .replace("name: TokenId", "name: Token")
        .replace(
            "https://paiflow.{region}.aliyuncs.com",
            "https://paiflow.aliyuncs.com",
        );
    let file = dir.join("paiflow.yaml");
    std::fs::write(&file, changed).unwrap();
    let out = xtask(&[
        "drift",
        "--metadata",
        docs.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("parameter ManifestType: documented values differ"),
        "{text}"
    );
    assert!(
        text.contains("parameter TokenId: documented, not in the spec"),
        "{text}"
    );
    assert!(text.contains("parameter Token: in the spec"), "{text}");
    assert!(text.contains("endpoint cn-beijing: documented https://paiflow.cn-beijing.aliyuncs.com, the spec gives https://paiflow.aliyuncs.com"), "{text}");

    // A document that is not one: exit 2 with the reason.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{}").unwrap();
    let out = xtask(&[
        "drift",
        "--metadata",
        bad.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("info"));
}

/// A spec with five separate problems: all five in one `cargo xtask check`
/// run, each with file, pointer, problem and fix; the check runs with the
/// broken spec in place (it does not build the SDK).
#[test]
fn check_reports_five_problems_in_one_run() {
    let dir = tempdir("five");
    std::fs::write(
        dir.join("media-jobs.yaml"),
        r##"openapi: 3.0.3
x-acs-version: "2025-01-15"
info:
  title: Five problems
  version: "1"
  x-acs-product: Media
  x-api-style: soap
servers:
  - url: "https://media.{region}.aliyuncs.com"
paths:
  /v1/jobs/{JobId}:
    get:
      operationId: GetJob
      parameters:
        - name: JobId
          in: path
          required: true
          schema: {type: string}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Jobb"
        "4XX":
          description: declared errors are fine
components:
  schemas:
    Job:
      type: object
      properties:
        Settings:
          type: string
          x-json-string: yes please
"##,
    )
    .unwrap();
    let out = xtask(&["check", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("media-jobs.yaml: at "))
        .collect();
    for (pointer, fix) in [
        (
            "/info/x-acs-version",
            "add `x-acs-version` under `info`; found one at the top level",
        ),
        (
            "/components/schemas/Job/properties/Settings/x-json-string",
            "write `x-json-string: true`",
        ),
        ("/info/x-api-style", "write `rpc`"),
        ("/servers/0/variables", "add `variables"),
        (
            "/paths/~1v1~1jobs~1{JobId}/get/responses/200/content/application~1json/schema/$ref",
            "point at an existing schema",
        ),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.contains(&format!("at {pointer}: ")) && l.contains(fix)),
            "{pointer} / {fix} missing from:\n{stderr}"
        );
    }
    assert_eq!(lines.len(), 5, "one line per problem:\n{stderr}");
    assert!(stderr.contains("5 problems found"), "{stderr}");
}

/// `cargo xtask check` runs while the SDK crate cannot build: the tool
/// links only the generator unless its `decode` feature (the second stage)
/// is on.
#[test]
fn the_checker_does_not_link_the_sdk() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "-p",
            "xtask",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.contains("workflow-sdk-codegen v"), "{tree}");
    assert!(
        !tree.lines().any(|l| l.starts_with("workflow-sdk v")),
        "the checker must not need the SDK to compile:\n{tree}"
    );
}
