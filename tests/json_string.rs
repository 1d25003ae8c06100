//! JSON held inside strings: every such field of every documented example,
//! decoded and asserted; round trips; hostile contents; timestamps.

mod common;

use workflow_sdk::{JsonString, altatech, ice, paiflow};

fn example<T: serde::de::DeserializeOwned>(file: &str) -> (T, String) {
    let text = common::spec_example(file);
    (serde_json::from_str(&text).unwrap(), text)
}

/// The field serializes back to exactly the bytes the page shows.
fn assert_same_bytes<F: workflow_sdk::JsonField>(field: &JsonString<F>, page: &str) {
    let encoded = serde_json::to_string(field).unwrap();
    assert!(
        page.contains(&encoded),
        "{} re-encodes to {encoded}, not found in the page",
        field.field_name()
    );
}

#[test]
fn ice_ai_workflow_task_fields() {
    let (resp, page): (ice::types::GetAiWorkflowTaskResponse, _) =
        example("ice-GetAIWorkflowTask.json");
    let task = resp.workflow_task.unwrap();

    // Inputs, doubly escaped on the page, decodes like the plain form.
    let inputs = task.inputs.as_ref().unwrap();
    assert!(inputs.as_str().starts_with(r#"{\"source_language_id\""#));
    let plain = serde_json::json!({"source_language_id":"en","live_id":123,"live_url":{"url":"rtmp://test.com.cn/video/638d9088fe4f15ce"}});
    assert_eq!(inputs.value().unwrap(), &plain);
    assert_same_bytes(inputs, &page);

    // Graph is a placeholder: kept, a clear error on decode, naming the field.
    let graph = task.workflow.as_ref().unwrap().graph.as_ref().unwrap();
    let err = graph.parse().unwrap_err();
    assert_eq!(err.field(), "AIWorkflowTemplate.Graph");
    assert!(
        err.to_string().contains("AIWorkflowTemplate.Graph") && err.to_string().contains("nodes"),
        "{err}"
    );
    assert_same_bytes(graph, &page);

    let node_results = task.node_results.as_ref().unwrap();
    assert_eq!(
        node_results.value().unwrap_err().field(),
        "AIWorkflowTask.NodeResults"
    );
    assert_same_bytes(node_results, &page);

    let user_data = task.user_data.as_ref().unwrap().parse().unwrap();
    assert_eq!(
        user_data.notify_address.as_deref(),
        Some("http://xx.xx.xxx")
    );
    assert_same_bytes(task.user_data.as_ref().unwrap(), &page);

    let outputs = task.outputs.as_ref().unwrap();
    assert_eq!(
        outputs.value().unwrap(),
        &serde_json::json!({"result": "test"})
    );
    assert_same_bytes(outputs, &page);
}

#[test]
fn ice_workflow_task_fields() {
    let (resp, page): (ice::types::GetWorkflowTaskResponse, _) =
        example("ice-GetWorkflowTask.json");
    let task = resp.workflow_task.unwrap();
    let input = task.task_input.as_ref().unwrap().parse().unwrap();
    assert_eq!(input.type_.as_deref(), Some("Media"));
    assert_eq!(
        input.media.as_deref(),
        Some("******30706071edbfe290b488******")
    );
    assert_same_bytes(task.task_input.as_ref().unwrap(), &page);

    let results = task.activity_results.as_ref().unwrap();
    let err = results.value().unwrap_err();
    assert_eq!(err.field(), "WorkflowTask.ActivityResults");
    assert!(err.text_start().starts_with("Jsonformat,Content varies"));
    assert_same_bytes(results, &page);

    let user_data = task.user_data.as_ref().unwrap().parse().unwrap();
    assert_eq!(
        user_data.notify_address.as_deref(),
        Some("http://xx.xx.xxx")
    );
}

#[test]
fn paiflow_manifest_arguments_options() {
    let (run, page): (paiflow::types::PipelineRun, _) = example("paiflow-GetPipelineRun.json");

    let manifest = run.manifest.as_ref().unwrap().parse().unwrap();
    assert_eq!(manifest.api_version.as_deref(), Some("core/v1"));
    let m = manifest.metadata.as_ref().unwrap();
    assert_eq!(m.node_id.as_deref(), Some("node-n06d**********fc53"));
    assert_eq!(m.provider.as_deref(), Some("155**********904"));
    assert_eq!(m.name.as_deref(), Some("flow-j94y**********lf7a"));
    assert_eq!(m.version.as_deref(), Some("v1"));
    assert_eq!(
        m.identifier.as_deref(),
        Some("9fe11111-****-****-****-****ec811861")
    );
    assert_eq!(m.namespace, None);
    assert_eq!(m.display_name.as_deref(), Some("name"));
    assert_eq!(m.node_type.as_deref(), Some("Dag"));
    assert_eq!(manifest.spec, Some(serde_json::json!({})));
    assert_same_bytes(run.manifest.as_ref().unwrap(), &page);

    let args = run.arguments.as_ref().unwrap().parse().unwrap();
    let params = &args.arguments.as_ref().unwrap().parameters;
    assert_eq!(params.len(), 1);
    assert_eq!(params[0].name.as_deref(), Some("execution"));
    let value = params[0].value.as_ref().unwrap();
    assert_eq!(value["resourceType"], "MaxCompute");
    assert_eq!(value["spec"]["odpsProject"], "*****");
    assert_same_bytes(run.arguments.as_ref().unwrap(), &page);

    let options = run.options.as_ref().unwrap().parse().unwrap();
    assert_eq!(
        options.mlflow.as_ref().unwrap().experiment_id.as_deref(),
        Some("exp-**********")
    );
    assert_same_bytes(run.options.as_ref().unwrap(), &page);
}

#[test]
fn whole_responses_re_encode_to_the_same_bytes_per_field() {
    // Serializing the typed response and decoding it again gives fields with
    // identical raw text.
    let (run, _): (paiflow::types::PipelineRun, _) = example("paiflow-GetPipelineRun.json");
    let again: paiflow::types::PipelineRun =
        serde_json::from_str(&serde_json::to_string(&run).unwrap()).unwrap();
    assert_eq!(again.manifest, run.manifest);
    assert_eq!(
        again.options.as_ref().unwrap().as_str(),
        run.options.as_ref().unwrap().as_str()
    );
}

#[test]
fn unknown_keys_in_typed_views_are_kept() {
    let field: JsonString<ice::types::WorkflowTaskUserDataField> = serde_json::from_str(
        r#""{\"NotifyAddress\":\"http://a\",\"TraceId\":\"t-1\",\"Nested\":{\"k\":[1]}}""#,
    )
    .unwrap();
    let view = field.parse().unwrap();
    assert_eq!(view.notify_address.as_deref(), Some("http://a"));
    assert_eq!(view.extra["TraceId"], "t-1");
    assert_eq!(view.extra["Nested"]["k"][0], 1);
}

#[test]
fn value_is_decoded_once() {
    let field: JsonString = serde_json::from_str(r#""{\"a\":[1,2,3]}""#).unwrap();
    let first = field.value().unwrap() as *const serde_json::Value;
    let second = field.value().unwrap() as *const serde_json::Value;
    assert_eq!(first, second, "the cached value is returned");
    // The typed view also works from the cache.
    let v: serde_json::Value = field.parse().unwrap();
    assert_eq!(v["a"][2], 3);
}

#[test]
fn nesting_200_levels_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let field: JsonString = JsonString::new(deep);
    let err = field.value().unwrap_err();
    assert!(err.to_string().contains("recursion"), "{err}");
    // Deeply nested inside the outer response too: the outer decode is flat.
    let body = serde_json::json!({ "WorkflowTask": { "Outputs": field.as_str() } }).to_string();
    let resp: ice::types::GetAiWorkflowTaskResponse = serde_json::from_str(&body).unwrap();
    assert!(
        resp.workflow_task
            .unwrap()
            .outputs
            .unwrap()
            .value()
            .is_err()
    );
}

#[test]
fn a_value_where_a_string_is_documented_is_kept_as_that_value() {
    let body =
        r#"{"WorkflowTask":{"UserData":{"NotifyAddress":"http://x"},"Outputs":[1,2],"Inputs":7}}"#;
    let resp: ice::types::GetAiWorkflowTaskResponse = serde_json::from_str(body).unwrap();
    let task = resp.workflow_task.as_ref().unwrap();
    assert_eq!(
        task.user_data
            .as_ref()
            .unwrap()
            .parse()
            .unwrap()
            .notify_address
            .as_deref(),
        Some("http://x")
    );
    assert_eq!(task.outputs.as_ref().unwrap().value().unwrap()[1], 2);
    assert_eq!(task.inputs.as_ref().unwrap().value().unwrap(), 7);
    // Written back as values, not strings.
    let back = serde_json::to_value(&resp).unwrap();
    assert_eq!(
        back["WorkflowTask"]["UserData"]["NotifyAddress"],
        "http://x"
    );
    assert_eq!(back["WorkflowTask"]["Outputs"], serde_json::json!([1, 2]));
}

#[test]
fn odd_texts_never_fail_the_response() {
    for text in [
        "",
        "   ",
        "{...}",
        "[...]",
        "null",
        "\\",
        "{\\\"a\\\":",
        "\u{0}",
        "not json at all",
    ] {
        let body = serde_json::json!({ "WorkflowTask": { "NodeResults": text } }).to_string();
        let resp: ice::types::GetAiWorkflowTaskResponse =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let field = resp.workflow_task.unwrap().node_results.unwrap();
        assert_eq!(field.as_str(), text);
        let _ = field.value();
    }
}

#[test]
fn timestamps_parse_on_demand() {
    use workflow_sdk::time::macros::datetime;

    let (resp, _): (ice::types::GetWorkflowTaskResponse, _) = example("ice-GetWorkflowTask.json");
    let task = resp.workflow_task.unwrap();
    assert_eq!(
        task.create_time_utc().unwrap(),
        Some(datetime!(2023-01-04 02:05:17 UTC))
    );
    let wf = task.workflow.unwrap();
    // `2022-11-29T02:06:19Z\n`: the raw value keeps the newline, the accessor ignores it.
    assert_eq!(wf.modified_time.as_deref(), Some("2022-11-29T02:06:19Z\n"));
    assert_eq!(
        wf.modified_time_utc().unwrap(),
        Some(datetime!(2022-11-29 02:06:19 UTC))
    );

    let (run, _): (paiflow::types::PipelineRun, _) = example("paiflow-GetPipelineRun.json");
    assert_eq!(
        run.started_at_utc().unwrap(),
        Some(datetime!(2021-01-30 12:51:33.028 UTC))
    );
    assert_eq!(
        run.finished_at_utc().unwrap(),
        Some(datetime!(2021-01-30 12:52:33.028 UTC))
    );
    assert_eq!(
        run.gmt_create_time_utc().unwrap(),
        Some(datetime!(2021-01-30 12:51:33.028 UTC))
    );

    let (result, _): (altatech::types::WorkflowResult, _) =
        example("altatech-QueryWorkflowResult.json");
    assert_eq!(
        result.start_time_utc().unwrap(),
        Some(datetime!(2025-09-25 01:55:23.024 UTC))
    );
    assert_eq!(
        result.end_time_utc().unwrap(),
        Some(datetime!(2025-09-25 01:55:31.373 UTC))
    );

    // Absent: Ok(None). Unreadable: an error on the accessor, not on decoding.
    let empty: paiflow::types::PipelineRun =
        serde_json::from_str(r#"{"StartedAt":"yesterday"}"#).unwrap();
    assert_eq!(empty.finished_at_utc(), Ok(None));
    let err = empty.started_at_utc().unwrap_err();
    assert_eq!(err.field(), "PipelineRun.StartedAt");
    assert_eq!(err.raw(), "yesterday");
}
