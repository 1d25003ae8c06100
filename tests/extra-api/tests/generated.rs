//! Two APIs added by spec files alone: the clients sign requests that the
//! simulator's verifier accepts, decode their examples, and wait on runs.

use std::time::Duration;

use extra_api_test::{extra_roa, extra_rpc};
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{RunState, WaitPolicy};

async fn simulator() -> Simulator {
    Simulator::builder()
        .default_credentials()
        .service(&extra_rpc::SERVICE)
        .service(&extra_roa::SERVICE)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_added_rpc_api_signs_and_decodes() {
    let sim = simulator().await;
    let config = sim.config().build().unwrap();
    let resp = extra_rpc::Client::new(&config)
        .describe_job()
        .job_id("job-7")
        .send()
        .await
        .unwrap();
    let r = &sim.requests()[0];
    assert_eq!((r.method.as_str(), r.raw_path.as_str()), ("POST", "/"));
    assert_eq!(r.header("x-acs-action"), Some("DescribeJob"));
    assert_eq!(r.header("x-acs-version"), Some("2024-05-01"));
    assert_eq!(r.verdict, Ok(()), "the simulator verified the signature");

    let job = resp.job.as_ref().unwrap();
    assert_eq!(job.state, Some(extra_rpc::types::JobState::Complete));
    assert_eq!(
        job.settings.as_ref().unwrap().parse().unwrap().priority,
        Some(5)
    );
    assert_eq!(
        job.settings.as_ref().unwrap().parse().unwrap().extra["Owner"],
        "ops"
    );
    assert_eq!(job.extra["Extra"], "kept");
    assert!(job.started_at_utc().unwrap().is_some());
    assert_eq!(
        extra_rpc::SERVICE
            .endpoint
            .resolve(Some("eu-central-1"))
            .as_deref(),
        Some("https://testrpc.eu-central-1.aliyuncs.com")
    );
}

#[tokio::test]
async fn an_added_roa_api_signs_and_decodes() {
    let sim = simulator().await;
    let config = sim.config().build().unwrap();
    let batch = extra_roa::Client::new(&config)
        .get_batch()
        .batch_id("b 9/x")
        .detail(true)
        .send()
        .await
        .unwrap();
    let r = &sim.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.raw_path.as_str()),
        ("GET", "/api/v2/batches/b%209%2Fx")
    );
    assert_eq!(r.raw_query.as_deref(), Some("Detail=true"));
    assert_eq!(r.verdict, Ok(()));
    assert_eq!(batch.status, Some(extra_roa::types::BatchStatus::Finished));
    assert_eq!(batch.items, Some(42));
}

#[tokio::test]
async fn wrong_credentials_are_rejected_for_added_apis_too() {
    let sim = simulator().await;
    let config = workflow_sdk::Config::builder()
        .endpoint_url(sim.url())
        .credentials(workflow_sdk::Credentials::new(
            workflow_sdk::simulator::ACCESS_KEY_ID,
            "wrong",
        ))
        .build()
        .unwrap();
    let err = extra_roa::Client::new(&config)
        .get_batch()
        .batch_id("b")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"));
}

#[tokio::test(start_paused = true)]
async fn added_apis_get_waiters_from_x_run() {
    let sim = simulator().await;
    let config = sim.config().build().unwrap();
    sim.set_states("GetBatch", "b-1", &["Waiting", "Working", "Finished"]);
    let mut seen = Vec::new();
    extra_roa::Client::new(&config)
        .get_batch()
        .batch_id("b-1")
        .wait_with_progress(
            &WaitPolicy::default().initial_delay(Duration::from_secs(1)),
            |p| seen.push(p.state.clone()),
        )
        .await
        .unwrap();
    assert_eq!(
        seen,
        [RunState::Pending, RunState::Running, RunState::Succeeded]
    );

    sim.set_states("DescribeJob", "job-9", &["QUEUED", "BROKEN"]);
    let err = extra_rpc::Client::new(&config)
        .describe_job()
        .job_id("job-9")
        .wait_until_done(&WaitPolicy::default())
        .await
        .unwrap_err();
    assert_eq!(err.last_state(), Some(&RunState::Failed));
}

#[test]
fn examples_decode_through_the_generated_types() {
    for service in extra_api_test::SERVICES {
        for op in service.operations {
            let (Some(decode), Some(example)) = (op.decode, op.example) else {
                panic!("{} has a decoder and an example", op.operation_id)
            };
            decode(example.body).unwrap();
        }
    }
}
