//! The documented examples decode exactly as the vendor pages show them,
//! including what the pages really contain. One test per quirk.

mod common;

use workflow_sdk::simulator::Simulator;
use workflow_sdk::{altatech, ice, paiflow, ros};

const EXAMPLES: &[(&str, &str)] = &[
    ("000_cbeb229f0f436651.txt", "ice-GetAIWorkflowTask.json"),
    ("001_bafa62f5ba1f60a7.txt", "ice-GetWorkflowTask.json"),
    ("002_e131470b295befbe.txt", "ros-GetAITask.json"),
    ("003_65f9ca09c179d9a6.txt", "paiflow-GetPipelineRun.json"),
    (
        "004_b47b0c4a4811739e.txt",
        "altatech-QueryWorkflowResult.json",
    ),
];

/// The examples the specs point at are the pages' examples, byte for byte.
#[test]
fn spec_examples_are_the_pages_verbatim() {
    let Some(dir) = common::api_docs_dir() else {
        eprintln!("vendor pages not found beside the repository; set WORKFLOW_SDK_API_DOCS");
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have ../shared/api-docs"
        );
        return;
    };
    for (page, example) in EXAMPLES {
        let page = std::fs::read_to_string(dir.join(page)).unwrap();
        assert_eq!(
            common::page_example(&page),
            common::spec_example(example),
            "{example}"
        );
    }
}

/// Every page's example decodes into its typed response, and re-encodes to
/// the same JSON value: nothing dropped.
#[test]
fn page_examples_decode_losslessly() {
    fn check<T: serde::de::DeserializeOwned + serde::Serialize>(file: &str) {
        let text = common::spec_example(file);
        let typed: T = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let back = serde_json::to_value(&typed).unwrap();
        let original: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, original, "{file} round-trips");
    }
    check::<ice::types::GetAiWorkflowTaskResponse>("ice-GetAIWorkflowTask.json");
    check::<ice::types::GetWorkflowTaskResponse>("ice-GetWorkflowTask.json");
    check::<ros::types::GetAiTaskResponse>("ros-GetAITask.json");
    check::<paiflow::types::PipelineRun>("paiflow-GetPipelineRun.json");
    check::<altatech::types::WorkflowResult>("altatech-QueryWorkflowResult.json");
}

#[tokio::test]
async fn placeholders_inside_json_string_fields_do_not_break_decoding() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_ai_workflow_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    let task = resp.workflow_task.as_ref().unwrap();
    // `{...}` and `[...]` are kept as sent...
    assert_eq!(task.node_results.as_ref().unwrap().as_str(), "{...}");
    let graph = task.workflow.as_ref().unwrap().graph.as_ref().unwrap();
    assert!(graph.as_str().contains("\"nodes\":[...]"));
    // ...and asking for their value is a clear error showing the text.
    let err = task.node_results.as_ref().unwrap().value().unwrap_err();
    assert_eq!(err.text_start(), "{...}");
    assert!(err.to_string().contains("{...}"), "{err}");
    assert!(graph.value().is_err());
}

#[tokio::test]
async fn a_sentence_where_json_is_documented_is_kept() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    let results = resp
        .workflow_task
        .as_ref()
        .unwrap()
        .activity_results
        .as_ref()
        .unwrap();
    assert_eq!(
        results.as_str(),
        "Jsonformat,Content varies based on workflow configuration."
    );
    let err = results.value().unwrap_err();
    assert!(
        err.to_string().contains("Jsonformat,Content varies"),
        "{err}"
    );
}

#[tokio::test]
async fn trailing_newlines_in_ids_and_timestamps_are_kept_verbatim() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let run = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("x")
        .send()
        .await
        .unwrap();
    assert_eq!(
        run.request_id.as_deref(),
        Some("DA869D1B-035A-43B2-ACC1-C56681BD9FAA\n")
    );
    assert_eq!(
        run.pipeline_run_id.as_deref(),
        Some("flow-j94y**********lf7a\n")
    );
    assert_eq!(
        run.started_at.as_deref(),
        Some("2021-01-30T12:51:33.028Z\n")
    );
    assert_eq!(
        run.finished_at.as_deref(),
        Some("2021-01-30T12:52:33.028Z\n")
    );
    // A JSON-in-string field with a trailing newline still decodes.
    assert_eq!(
        run.options.as_ref().unwrap().as_str(),
        "{\"mlflow\":{\"experimentId\":\"exp-**********\"}}\n"
    );
    assert!(run.options.as_ref().unwrap().value().is_ok());

    let ros = ros::Client::new(&config)
        .get_ai_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    assert_eq!(ros.task_id.as_deref(), Some("t-asasas*****\n"));
    let wf = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    let modified = wf
        .workflow_task
        .as_ref()
        .unwrap()
        .workflow
        .as_ref()
        .unwrap()
        .modified_time
        .as_deref();
    assert_eq!(modified, Some("2022-11-29T02:06:19Z\n"));
}

#[tokio::test]
async fn ros_success_documented_as_string_arrives_as_boolean() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let client = ros::Client::new(&config);
    let resp = client.get_ai_task().task_id("x").send().await.unwrap();
    assert_eq!(resp.success, Some(workflow_sdk::LooseBool::Bool(true)));
    assert_eq!(resp.success.as_ref().unwrap().as_bool(), Some(true));

    // The documented string form decodes too, and is kept as a string.
    sim.set_response("GetAITask", 200, r#"{"TaskId":"t-1","Success":"false"}"#);
    let resp = client.get_ai_task().task_id("x").send().await.unwrap();
    assert_eq!(
        resp.success,
        Some(workflow_sdk::LooseBool::String("false".into()))
    );
    assert_eq!(resp.success.as_ref().unwrap().as_bool(), Some(false));
    assert_eq!(serde_json::to_value(&*resp).unwrap()["Success"], "false");
}

#[tokio::test]
async fn fields_not_in_the_docs_are_kept() {
    let sim = Simulator::start().await.unwrap();
    sim.set_response(
        "GetWorkflowTask",
        200,
        r#"{"RequestId":"r","NewTopLevel":{"a":[1,2]},"WorkflowTask":{"TaskId":"t","Status":"Succeed","Priority":7,
            "Workflow":{"Name":"w","Region":"cn-shanghai"}}}"#,
    );
    let sim_b = Simulator::start().await.unwrap();
    sim_b.set_response(
        "QueryWorkflowResult",
        200,
        r#"{"status":"RUNNING","queuePosition":3}"#,
    );

    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.extra["NewTopLevel"]["a"][1], 2);
    let task = resp.workflow_task.as_ref().unwrap();
    assert_eq!(task.extra["Priority"], 7);
    assert_eq!(
        task.workflow.as_ref().unwrap().extra["Region"],
        "cn-shanghai"
    );
    // Re-encoding gives them back.
    let back = serde_json::to_value(&*resp).unwrap();
    assert_eq!(back["WorkflowTask"]["Workflow"]["Region"], "cn-shanghai");

    let config_b = sim_b.config().build().unwrap();
    let result = altatech::Client::new(&config_b)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("r"))
        .send()
        .await
        .unwrap();
    assert_eq!(result.extra["queuePosition"], 3);
}

#[tokio::test]
async fn status_values_not_in_the_docs_are_kept() {
    let sim = Simulator::start().await.unwrap();
    sim.set_response(
        "GetPipelineRun",
        200,
        r#"{"Status":"Queued","SourceType":"API","Accessibility":"PUBLIC"}"#,
    );
    sim.set_response(
        "GetAIWorkflowTask",
        200,
        r#"{"WorkflowTask":{"Status":"SUCCEEDED"}}"#,
    );
    let config = sim.config().build().unwrap();
    let run = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("x")
        .send()
        .await
        .unwrap();
    assert_eq!(
        run.status,
        Some(paiflow::types::PipelineRunStatus::Other("Queued".into()))
    );
    assert!(!run.status.as_ref().unwrap().is_known());
    assert_eq!(run.source_type.as_ref().unwrap().as_str(), "API");
    assert_eq!(
        run.accessibility,
        Some(paiflow::types::PipelineRunAccessibility::Public)
    );
    assert_eq!(serde_json::to_value(&*run).unwrap()["Status"], "Queued");

    // Case differs from the documented `succeeded`: kept as sent, not guessed.
    let ai = ice::Client::new(&config)
        .get_ai_workflow_task()
        .task_id("x")
        .send()
        .await
        .unwrap();
    let status = ai.workflow_task.as_ref().unwrap().status.clone().unwrap();
    assert_eq!(status.as_str(), "SUCCEEDED");
}
