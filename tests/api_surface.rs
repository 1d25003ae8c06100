//! The public surface: typed handles instead of names, one way to get a
//! request id, and unknown names failing loudly.

use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Config, Error, ice, paiflow, ros};

#[tokio::test]
async fn endpoint_overrides_take_a_typed_handle() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder()
        .region("cn-hangzhou")
        .endpoint_url_for(&ros::SERVICE, sim.url())
        .credentials(workflow_sdk::Credentials::new(
            workflow_sdk::simulator::ACCESS_KEY_ID,
            workflow_sdk::simulator::ACCESS_KEY_SECRET,
        ))
        .build()
        .unwrap();
    assert_eq!(ros::Client::new(&config).base_url(), sim.url());
    // Other APIs keep the spec's endpoint rule.
    assert_eq!(
        ice::Client::new(&config).base_url(),
        ice::SERVICE.endpoint.resolve(Some("cn-hangzhou")).unwrap()
    );
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t-1")
        .send()
        .await
        .unwrap();
}

#[test]
fn an_unknown_module_name_is_an_error_listing_the_apis() {
    let err = Config::builder()
        .endpoint_url_for("icee", "http://127.0.0.1:1")
        .build()
        .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(text.contains("\"icee\""), "{text}");
    for api in ["ice", "ros", "paiflow", "altatech"] {
        assert!(text.contains(api), "{text}");
    }
    // A module name that exists is fine.
    Config::builder()
        .endpoint_url_for("ice", "http://127.0.0.1:1")
        .build()
        .unwrap();
}

#[tokio::test]
async fn the_simulator_is_scripted_by_typed_operation_handles() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.push(
        paiflow::operations::GET_PIPELINE_RUN,
        None,
        Reply::acs_error(404, "PipelineRun.NotFound", "no such run"),
    );
    let err = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("PipelineRun.NotFound"));
    assert_eq!(err.message(), Some("no such run"));
    assert!(err.request_id().is_some());

    // The next call gets the documented example, with a request id too.
    let ok = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r-1")
        .send()
        .await
        .unwrap();
    assert!(ok.request_id().is_some());
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
#[should_panic(expected = "serves no operation \"GetPipelineRunn\"")]
async fn an_unknown_operation_name_fails_loudly() {
    let sim = Simulator::start().await.unwrap();
    sim.push("GetPipelineRunn", None, Reply::example());
}
