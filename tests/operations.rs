//! Each of the five operations over real HTTP against the simulator: the
//! request the server received (method, path, query, headers, body, and a
//! server-side recomputation of the signature) and the decoded response.

mod common;

use workflow_sdk::simulator::{ACCESS_KEY_ID, API_KEY, RecordedRequest, Simulator};
use workflow_sdk::{altatech, ice, paiflow, ros};

fn only_request(sim: &Simulator) -> RecordedRequest {
    let requests = sim.requests();
    assert_eq!(
        requests.len(),
        1,
        "exactly one request was sent: {requests:#?}"
    );
    requests.into_iter().next().unwrap()
}

/// The checks every ACS3-signed request must pass, whatever the operation.
fn assert_acs3_request(r: &RecordedRequest, action: &str, version: &str) {
    assert_eq!(
        r.verdict,
        Ok(()),
        "the server's verifier accepted the signature"
    );
    assert_eq!(r.header("x-acs-action"), Some(action));
    assert_eq!(r.header("x-acs-version"), Some(version));
    let date = r.header("x-acs-date").expect("x-acs-date sent");
    assert_eq!(date.len(), 20, "second precision UTC: {date}");
    assert!(date.ends_with('Z') && date.as_bytes()[10] == b'T', "{date}");
    let nonce = r.header("x-acs-signature-nonce").expect("nonce sent");
    assert_eq!(nonce.len(), 32, "128-bit nonce in hex: {nonce}");
    assert!(nonce.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(
        r.header("x-acs-content-sha256"),
        Some("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        "empty body hash"
    );
    let auth = r.header("authorization").expect("authorization sent");
    assert!(
        auth.starts_with(&format!(
            "ACS3-HMAC-SHA256 Credential={ACCESS_KEY_ID},SignedHeaders="
        )),
        "{auth}"
    );
    assert!(auth.contains(
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
    ));
    assert!(
        r.header("api-version").is_none(),
        "progenitor's api-version header is not sent"
    );
    assert!(r.body.is_empty());
}

#[tokio::test]
async fn ice_get_ai_workflow_task() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_ai_workflow_task()
        .task_id("abcd-266c-4bb8-b20c-6faa")
        .send()
        .await
        .unwrap();

    let r = only_request(&sim);
    assert_eq!(r.method, "POST");
    assert_eq!(r.raw_path, "/", "RPC operations are POST /");
    assert_eq!(
        r.raw_query.as_deref(),
        Some("TaskId=abcd-266c-4bb8-b20c-6faa")
    );
    assert_acs3_request(&r, "GetAIWorkflowTask", "2020-11-09");
    assert_eq!(r.operation, Some("GetAIWorkflowTask"));

    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(
        resp.request_id.as_deref(),
        Some("******11-DB8D-4A9A-875B-275798******")
    );
    let task = resp.workflow_task.as_ref().unwrap();
    assert_eq!(
        task.task_id.as_deref(),
        Some("********-67fd-43aa-9cc1-3e7f********")
    );
    assert_eq!(
        task.status,
        Some(ice::types::AiWorkflowTaskStatus::Succeeded)
    );
    assert_eq!(task.create_time.as_deref(), Some("2025-07-28T02:17:26Z"));
    assert_eq!(task.finish_time.as_deref(), Some("2025-08-19T02:28:22Z"));
    assert_eq!(
        task.version.as_deref(),
        Some("****ec0a-e3b9-40b1-abf2-6549d00e****")
    );
    let workflow = task.workflow.as_ref().unwrap();
    assert_eq!(workflow.name.as_deref(), Some("RealtimeTranslation"));
    assert_eq!(
        workflow.status,
        Some(ice::types::AiWorkflowTemplateStatus::Draft)
    );
    assert_eq!(workflow.type_.as_deref(), Some("Live"));
    assert_eq!(
        workflow.graph.as_ref().unwrap().as_str(),
        "{\n\"nodes\":[...],\n\"edges\":[...]\n}"
    );
    assert_eq!(
        task.user_data.as_ref().unwrap().value().unwrap()["NotifyAddress"],
        "http://xx.xx.xxx"
    );
    assert_eq!(
        task.outputs.as_ref().unwrap().value().unwrap()["result"],
        "test"
    );
}

#[tokio::test]
async fn ice_get_workflow_task() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("4215e042b3966ca5441e")
        .send()
        .await
        .unwrap();

    let r = only_request(&sim);
    assert_eq!((r.method.as_str(), r.raw_path.as_str()), ("POST", "/"));
    assert_eq!(
        r.query_pairs(),
        vec![("TaskId".to_string(), "4215e042b3966ca5441e".to_string())]
    );
    assert_acs3_request(&r, "GetWorkflowTask", "2020-11-09");

    let task = resp.workflow_task.as_ref().unwrap();
    assert_eq!(
        task.task_id.as_deref(),
        Some("******4215e042b3966ca5441e******")
    );
    assert_eq!(task.status, Some(ice::types::WorkflowTaskStatus::Succeed));
    let input = task.task_input.as_ref().unwrap().value().unwrap();
    assert_eq!(input["Type"], "Media");
    assert_eq!(input["Media"], "******30706071edbfe290b488******");
    let workflow = task.workflow.as_ref().unwrap();
    assert_eq!(
        workflow.workflow_id.as_deref(),
        Some("******63dca94c609de02ac0d1******")
    );
    assert_eq!(workflow.status, Some(ice::types::WorkflowStatus::Active));
    assert_eq!(workflow.type_, Some(ice::types::WorkflowType::Common));
    assert_eq!(
        workflow.create_time.as_deref(),
        Some("2022-11-27T10:02:12Z")
    );
}

#[tokio::test]
async fn ros_get_ai_task() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t-asasas")
        .output_option(ros::types::OutputOption::Enabled)
        .send()
        .await
        .unwrap();

    let r = only_request(&sim);
    assert_eq!((r.method.as_str(), r.raw_path.as_str()), ("POST", "/"));
    assert_eq!(
        r.raw_query.as_deref(),
        Some("OutputOption=Enabled&TaskId=t-asasas"),
        "canonical, sorted query"
    );
    assert_acs3_request(&r, "GetAITask", "2019-09-10");

    assert_eq!(
        resp.request_id.as_deref(),
        Some("14A07460-EBE7-47CA-9757-12CC4761D47A")
    );
    assert_eq!(
        resp.task_type,
        Some(ros::types::AiTaskType::GenerateTemplate)
    );
    assert_eq!(resp.status, Some(ros::types::AiTaskStatus::Failure));
    assert_eq!(
        resp.status_reason.as_deref(),
        Some("Handler execution unexpected failure")
    );
    assert_eq!(resp.task_output.as_ref().unwrap()["test2"], 1);
    assert_eq!(resp.code.as_deref(), Some("Forbidden"));
    assert_eq!(resp.http_status_code, Some(200));
    assert_eq!(
        resp.message.as_deref(),
        Some("You are not authorized to complete this action.")
    );
    assert_eq!(resp.success.as_ref().and_then(|s| s.as_bool()), Some(true));
}

#[tokio::test]
async fn paiflow_get_pipeline_run() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("flow-j94ylf7a")
        .verbose(true)
        .manifest_type(paiflow::types::ManifestType::Raw)
        .send()
        .await
        .unwrap();

    let r = only_request(&sim);
    assert_eq!(r.method, "GET");
    assert_eq!(r.raw_path, "/api/v1/pipelineruns/flow-j94ylf7a");
    assert_eq!(
        r.raw_query.as_deref(),
        Some("ManifestType=Raw&Verbose=true")
    );
    assert_acs3_request(&r, "GetPipelineRun", "2021-02-02");

    assert_eq!(resp.name.as_deref(), Some("testName"));
    assert_eq!(
        resp.status,
        Some(paiflow::types::PipelineRunStatus::Succeeded)
    );
    assert_eq!(resp.duration, Some(60));
    assert_eq!(resp.workspace_id.as_deref(), Some("15945"));
    assert_eq!(
        resp.source_type,
        Some(paiflow::types::PipelineRunSourceType::Unknown)
    );
    assert_eq!(
        resp.accessibility,
        Some(paiflow::types::PipelineRunAccessibility::Public)
    );
    let manifest = resp.manifest.as_ref().unwrap().value().unwrap();
    assert_eq!(manifest["ApiVersion"], "core/v1");
    assert_eq!(manifest["Metadata"]["NodeType"], "Dag");
    assert!(manifest["Metadata"]["Namespace"].is_null());
    let args = resp.arguments.as_ref().unwrap().value().unwrap();
    assert_eq!(args["arguments"]["parameters"][0]["name"], "execution");
    assert_eq!(
        resp.options.as_ref().unwrap().value().unwrap()["mlflow"]["experimentId"],
        "exp-**********"
    );
}

#[tokio::test]
async fn paiflow_run_id_stays_one_encoded_segment() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("run a/b?c#d%e*f~g+h")
        .send()
        .await
        .unwrap();
    let r = only_request(&sim);
    // The same encoding as the official implementation's vector.
    assert_eq!(
        r.raw_path,
        "/api/v1/pipelineruns/run%20a%2Fb%3Fc%23d%25e%2Af~g%2Bh"
    );
    assert_eq!(r.raw_query, None);
    assert_eq!(r.verdict, Ok(()));
}

#[tokio::test]
async fn altatech_query_workflow_result() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let resp = altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("run-123"))
        .send()
        .await
        .unwrap();

    let r = only_request(&sim);
    assert_eq!(
        (r.method.as_str(), r.raw_path.as_str()),
        ("POST", "/v1/workflow/query/result")
    );
    assert_eq!(r.raw_query, None);
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {API_KEY}").as_str())
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(body, serde_json::json!({ "workflowRunId": "run-123" }));
    assert!(
        r.header("x-acs-action").is_none(),
        "no Alibaba headers on a bearer API"
    );
    assert_eq!(r.verdict, Ok(()));

    assert_eq!(resp.workflow_name.as_deref(), Some("todayNews"));
    assert_eq!(resp.workflow_version.as_deref(), Some("1.0.1"));
    assert_eq!(
        resp.status,
        Some(altatech::types::WorkflowRunStatus::Succeed)
    );
    assert_eq!(resp.workflow_execution_time, Some(8347));
    assert_eq!(resp.total_cost, Some(0.6928));
    assert_eq!(resp.total_tokens, Some(1745));
    assert_eq!(resp.start_time, Some(1758765323024));
    assert_eq!(resp.end_time, Some(1758765331373));
    assert_eq!(resp.input.as_ref().unwrap()["topic"], "News");
    assert_eq!(resp.output.as_ref().unwrap()["news"][1]["media"], "KHON2");
}

#[tokio::test]
async fn a_backslash_or_dot_segment_cannot_leave_the_path_segment() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let client = paiflow::Client::new(&config);
    // URL parsing treats `\` as `/` in http URLs; it must arrive encoded.
    client
        .get_pipeline_run()
        .pipeline_run_id("a\\b")
        .send()
        .await
        .unwrap();
    assert_eq!(only_request(&sim).raw_path, "/api/v1/pipelineruns/a%5Cb");
    // `..` would be resolved away by URL parsing: refused before sending.
    for id in ["..", ".", ""] {
        let err = client
            .get_pipeline_run()
            .pipeline_run_id(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(
                err,
                workflow_sdk::Error::InvalidRequest(_)
                    | workflow_sdk::Error::InvalidParameter { .. }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("dot segment"), "{err}");
    }
    assert_eq!(sim.requests().len(), 1);
}
