//! The importer on the vendor pages (against our hand-written specs) and on
//! fixture pages in each layout; drift on changed pages; check on a broken
//! spec directory.

use std::path::{Path, PathBuf};

use xtask::drift::{differences, shape_of};
use xtask::import::{Location, draft_spec, parse_page};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

fn spec(name: &str) -> serde_json::Value {
    serde_norway::from_str(&std::fs::read_to_string(root().join("specs").join(name)).unwrap())
        .unwrap()
}

/// The captured vendor pages, when `WORKFLOW_SDK_API_DOCS` names their
/// directory: the project does not depend on them at test time, so these
/// page checks run only on request.
fn docs() -> Option<PathBuf> {
    let d = PathBuf::from(std::env::var_os("WORKFLOW_SDK_API_DOCS")?);
    assert!(
        d.is_dir(),
        "WORKFLOW_SDK_API_DOCS={} is not a directory",
        d.display()
    );
    Some(d)
}

/// Each vendor page imports to a draft with the operations, parameters and
/// response fields (names, nesting, kinds, value lists) of our spec, and
/// the draft is a spec the generator accepts.
#[test]
fn vendor_pages_import_to_the_structure_of_our_specs() {
    let Some(dir) = docs() else { return };
    let pages = [
        (
            "000_cbeb229f0f436651.txt",
            "ice.yaml",
            "GetAIWorkflowTask",
            20,
        ),
        (
            "001_bafa62f5ba1f60a7.txt",
            "ice.yaml",
            "GetWorkflowTask",
            16,
        ),
        ("002_e131470b295befbe.txt", "ros.yaml", "GetAITask", 10),
        (
            "003_65f9ca09c179d9a6.txt",
            "paiflow.yaml",
            "GetPipelineRun",
            22,
        ),
        (
            "004_b47b0c4a4811739e.txt",
            "altatech.yaml",
            "QueryWorkflowResult",
            12,
        ),
    ];
    for (page, spec_file, op, n_fields) in pages {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        let parsed = parse_page(&text).unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_eq!(parsed.operation, op, "{page}");
        let draft = draft_spec(&parsed);
        let ours = shape_of(&spec(spec_file));
        let drafted = shape_of(&draft);
        let d = &drafted[op];
        let o = &ours[op];
        assert_eq!(d.endpoint, o.endpoint, "{page}");
        assert_eq!(
            d.params.keys().collect::<Vec<_>>(),
            o.params.keys().collect::<Vec<_>>(),
            "{page} parameters"
        );
        assert_eq!(
            d.fields.keys().collect::<Vec<_>>(),
            o.fields.keys().collect::<Vec<_>>(),
            "{page} fields"
        );
        assert_eq!(d.fields.len(), n_fields, "{page}");
        assert_eq!(differences(&drafted, &ours), Vec::<String>::new(), "{page}");

        // The draft is a spec the generator takes.
        let tmp = tempdir(op);
        let file = tmp.join("draft.yaml");
        std::fs::write(&file, serde_norway::to_string(&draft).unwrap()).unwrap();
        let loaded = workflow_sdk_codegen::load(&file)
            .unwrap_or_else(|e| panic!("{page}: {}", workflow_sdk_codegen::report(&e)));
        workflow_sdk_codegen::generate(&loaded).unwrap_or_else(|e| panic!("{page}: {e}"));
    }
}

/// JSON held in strings is detected from the examples.
#[test]
fn json_in_string_fields_are_detected() {
    let Some(dir) = docs() else { return };
    let text = std::fs::read_to_string(dir.join("003_65f9ca09c179d9a6.txt")).unwrap();
    let draft = draft_spec(&parse_page(&text).unwrap());
    let props = &draft["components"]["schemas"]["GetPipelineRunResponse"]["properties"];
    for f in ["Manifest", "Arguments", "Options"] {
        assert_eq!(props[f]["x-json-string"], true, "{f}");
    }
    assert!(props["Name"].get("x-json-string").is_none());
    assert_eq!(props["StartedAt"]["format"], "date-time");
}

fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("xtask-test-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn layout_with_one_cell_per_line() {
    let page = parse_page(&fixture("layout-cells.txt")).unwrap();
    assert_eq!(
        (
            page.operation.as_str(),
            page.style,
            page.method.as_str(),
            page.path.as_str()
        ),
        ("GetBatchJob", "rpc", "POST", "/GetBatchJob")
    );
    assert_eq!(page.product.as_deref(), Some("demo"));
    let params: Vec<_> = page
        .params
        .iter()
        .map(|(r, l)| (r.name.as_str(), r.ty.as_str(), r.required, *l))
        .collect();
    assert_eq!(
        params,
        [
            ("JobId", "string", Some(true), Location::Query),
            ("Verbose", "boolean", Some(false), Location::Query)
        ]
    );
    assert_eq!(page.params[0].0.example.as_deref(), Some("job-123"));
    let job = &page.response[1];
    assert_eq!(job.row.name, "Job");
    let names: Vec<_> = job.children.iter().map(|f| f.row.name.as_str()).collect();
    assert_eq!(names, ["JobId", "State", "Config", "Steps", "CreatedAt"]);
    assert_eq!(job.children[1].row.values, ["Queued", "Done"]);
    assert_eq!(
        job.children[3].children[0].row.name, "Name",
        "array items nest"
    );
    let draft = draft_spec(&page);
    let job_schema = &draft["components"]["schemas"]["Job"]["properties"];
    assert_eq!(job_schema["Config"]["x-json-string"], true);
    assert_eq!(job_schema["CreatedAt"]["format"], "date-time");
    assert_eq!(
        job_schema["State"]["enum"],
        serde_json::json!(["Queued", "Done"])
    );
    assert_eq!(
        job_schema["Steps"]["items"]["$ref"],
        "#/components/schemas/StepsItem"
    );
}

#[test]
fn layout_with_run_together_cells() {
    let page = parse_page(&fixture("layout-runs.txt")).unwrap();
    assert_eq!(
        (page.operation.as_str(), page.style, page.method.as_str()),
        ("DescribeExport", "roa", "GET")
    );
    assert_eq!(page.path, "/api/v1/exports/{ExportId}");
    assert_eq!(page.product.as_deref(), Some("demo"));
    let params: Vec<_> = page
        .params
        .iter()
        .map(|(r, l)| (r.name.as_str(), r.required, *l))
        .collect();
    assert_eq!(
        params,
        [
            ("ExportId", Some(true), Location::Path),
            ("Format", Some(false), Location::Query)
        ]
    );
    assert_eq!(page.params[1].0.values, ["CSV", "JSON"]);
    assert_eq!(page.params[1].0.example.as_deref(), Some("JSON"));
    let fields: Vec<_> = page
        .response
        .iter()
        .map(|f| (f.row.name.as_str(), f.row.ty.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("RequestId", "string"),
            ("Status", "string"),
            ("Size", "long")
        ]
    );
    assert_eq!(page.response[1].row.values, ["RUNNING", "DONE"]);
    let draft = draft_spec(&page);
    assert_eq!(
        draft["components"]["schemas"]["DescribeExportResponse"]["properties"]["Size"]["format"],
        "int64"
    );
}

#[test]
fn layout_of_bearer_json_pages() {
    let page = parse_page(&fixture("layout-bearer.txt")).unwrap();
    assert_eq!(
        (
            page.operation.as_str(),
            page.style,
            page.method.as_str(),
            page.path.as_str()
        ),
        ("FetchRunStatus", "json", "POST", "/v2/runs/status")
    );
    assert_eq!(page.base_url.as_deref(), Some("https://api.example.test"));
    let params: Vec<_> = page
        .params
        .iter()
        .map(|(r, l)| (r.name.as_str(), r.ty.as_str(), r.required, *l))
        .collect();
    assert_eq!(
        params,
        [
            ("runId", "string", Some(true), Location::Body),
            ("verbose", "boolean", Some(false), Location::Body)
        ]
    );
    assert_eq!(page.response[1].row.values, ["QUEUED", "DONE"]);
    let draft = draft_spec(&page);
    assert_eq!(
        draft["components"]["schemas"]["FetchRunStatusResponse"]["properties"]["startedAt"]["x-timestamp"],
        "epoch-millis"
    );
    assert_eq!(
        draft["components"]["schemas"]["FetchRunStatusRequest"]["required"],
        serde_json::json!(["runId"])
    );
}

/// A spec written from a page; then the page changes.
#[test]
fn drift_reports_every_kind_of_change() {
    let original = fixture("layout-runs.txt");
    let spec = draft_spec(&parse_page(&original).unwrap());
    let same = shape_of(&draft_spec(&parse_page(&original).unwrap()));
    assert!(differences(&same, &shape_of(&spec)).is_empty());

    let changed = original
        // a new response field
        .replace(
            "Sizelong\n",
            "Checksumstring\n\nA checksum.\n\nabc\nSizelong\n",
        )
        // a removed field
        .replace("RequestIdstring\n\nThe request id.\n\nr-1\n", "")
        // a new documented value
        .replace("  • DONE\n", "  • DONE\n  • FAILED\n")
        // a new parameter
        .replace(
            "FormatstringNo",
            "LimitintegerNo\n\nAt most this many.\n\n10\nFormatstringNo",
        )
        // a changed type
        .replace("Sizelong", "Sizestring");
    let page_shape = shape_of(&draft_spec(&parse_page(&changed).unwrap()));
    let diffs = differences(&page_shape, &shape_of(&spec));
    let has = |needle: &str| diffs.iter().any(|d| d.contains(needle));
    assert!(
        has("field Checksum: documented, not in the spec"),
        "{diffs:#?}"
    );
    assert!(
        has("field RequestId: in the spec, no longer documented"),
        "{diffs:#?}"
    );
    assert!(has("field Status: documented values differ"), "{diffs:#?}");
    assert!(
        has("parameter Limit: documented, not in the spec"),
        "{diffs:#?}"
    );
    assert!(has("field Size: documented as String"), "{diffs:#?}");
    assert_eq!(diffs.len(), 5, "{diffs:#?}");
}

/// `cargo xtask drift` exits non-zero on differences.
#[test]
fn drift_command_exit_codes() {
    let dir = tempdir("drift-cmd");
    let page = dir.join("page.txt");
    std::fs::write(&page, fixture("layout-runs.txt")).unwrap();
    let spec_file = dir.join("spec.yaml");
    std::fs::write(
        &spec_file,
        serde_norway::to_string(&draft_spec(
            &parse_page(&fixture("layout-runs.txt")).unwrap(),
        ))
        .unwrap(),
    )
    .unwrap();
    let run = |page: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["drift", page.to_str().unwrap(), spec_file.to_str().unwrap()])
            .output()
            .unwrap()
    };
    assert!(run(&page).status.success());
    std::fs::write(
        &page,
        fixture("layout-runs.txt").replace("  • DONE\n", "  • DONE\n  • LOST\n"),
    )
    .unwrap();
    let out = run(&page);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("LOST"));
}

#[test]
fn check_names_file_pointer_and_problem() {
    let dir = tempdir("check");
    let text = std::fs::read_to_string(root().join("specs/ice.yaml"))
        .unwrap()
        .replacen("          x-placeholder-example: true\n", "", 1);
    std::fs::create_dir_all(dir.join("examples")).unwrap();
    for f in ["ice-GetAIWorkflowTask.json", "ice-GetWorkflowTask.json"] {
        std::fs::copy(
            root().join("specs/examples").join(f),
            dir.join("examples").join(f),
        )
        .unwrap();
    }
    std::fs::write(dir.join("ice.yaml"), text).unwrap();
    let (_, findings) = xtask::check::check_dir(&dir).unwrap();
    let lines: Vec<String> = findings.iter().map(|f| f.to_string()).collect();
    assert!(
        lines.iter().any(|l| l.contains(
            "ice.yaml: at /components/schemas/AIWorkflowTask/properties/NodeResults/example"
        )),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("(value at /WorkflowTask/NodeResults)")),
        "{lines:#?}"
    );

    // The project's own specs pass.
    let (ok, findings) = xtask::check::check_dir(&root().join("specs")).unwrap();
    assert!(
        findings.is_empty(),
        "{}",
        findings
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert_eq!(ok.len(), 5);
}
