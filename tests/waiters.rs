//! Waiters on every operation, against the scripted simulator on tokio's
//! paused clock.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Progress, RunState, WaitError, WaitPolicy, altatech, ice, paiflow, ros};

fn policy() -> WaitPolicy {
    WaitPolicy::default()
        .initial_delay(Duration::from_secs(2))
        .max_interval(Duration::from_secs(10))
        .max_wait(Duration::from_secs(600))
}

/// Records progress as `status` words.
fn recorder() -> (Arc<Mutex<Vec<Progress>>>, impl FnMut(&Progress)) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    (seen, move |p: &Progress| {
        sink.lock().unwrap().push(p.clone())
    })
}

fn statuses(seen: &Arc<Mutex<Vec<Progress>>>) -> Vec<String> {
    seen.lock()
        .unwrap()
        .iter()
        .map(|p| p.status.clone())
        .collect()
}

#[tokio::test(start_paused = true)]
async fn every_api_reaches_success_through_its_states() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();

    sim.set_states(
        "GetAIWorkflowTask",
        "ai-1",
        &["running", "running", "succeeded"],
    );
    let (seen, cb) = recorder();
    let done = ice::Client::new(&config)
        .get_ai_workflow_task()
        .task_id("ai-1")
        .wait_with_progress(&policy(), cb)
        .await
        .unwrap();
    assert_eq!(
        done.workflow_task
            .as_ref()
            .unwrap()
            .status
            .as_ref()
            .unwrap()
            .as_str(),
        "succeeded"
    );
    assert_eq!(statuses(&seen), ["running", "succeeded"], "changes only");

    sim.set_states(
        "GetWorkflowTask",
        "wf-1",
        &["Init", "Processing", "Processing", "Succeed"],
    );
    let (seen, cb) = recorder();
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("wf-1")
        .wait_with_progress(&policy(), cb)
        .await
        .unwrap();
    assert_eq!(statuses(&seen), ["Init", "Processing", "Succeed"]);
    let states: Vec<RunState> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|p| p.state.clone())
        .collect();
    assert_eq!(
        states,
        [RunState::Pending, RunState::Running, RunState::Succeeded]
    );

    sim.set_states(
        "GetAITask",
        "t-1",
        &["PENDING", "WAITING", "RUNNING", "SUCCESS"],
    );
    let (seen, cb) = recorder();
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t-1")
        .wait_with_progress(&policy(), cb)
        .await
        .unwrap();
    assert_eq!(
        statuses(&seen),
        ["PENDING", "WAITING", "RUNNING", "SUCCESS"]
    );

    sim.set_states(
        "GetPipelineRun",
        "flow-1",
        &["Initialized", "Running", "Succeeded"],
    );
    let (seen, cb) = recorder();
    paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("flow-1")
        .wait_with_progress(&policy(), cb)
        .await
        .unwrap();
    assert_eq!(statuses(&seen), ["Initialized", "Running", "Succeeded"]);

    sim.set_states(
        "QueryWorkflowResult",
        "run-1",
        &["PENDING", "RUNNING", "SUCCEED"],
    );
    let (seen, cb) = recorder();
    let result = altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("run-1"))
        .wait_with_progress(&policy(), cb)
        .await
        .unwrap();
    assert_eq!(statuses(&seen), ["PENDING", "RUNNING", "SUCCEED"]);
    assert_eq!(result.workflow_name.as_deref(), Some("todayNews"));

    // Partial success is success too.
    sim.set_states(
        "GetAIWorkflowTask",
        "ai-2",
        &["running", "partial-succeeded"],
    );
    ice::Client::new(&config)
        .get_ai_workflow_task()
        .task_id("ai-2")
        .wait_until_done(&policy())
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn polling_backs_off_between_polls() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.set_states(
        "GetWorkflowTask",
        "wf",
        &["Init", "Processing", "Processing", "Processing", "Succeed"],
    );
    let start = Instant::now();
    let p = WaitPolicy::default()
        .initial_delay(Duration::from_secs(2))
        .multiplier(2.0)
        .jitter(false);
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("wf")
        .wait_until_done(&p)
        .await
        .unwrap();
    // Polls at 0, 2, 6, 14, 30 s.
    assert_eq!(start.elapsed().as_secs(), 30);
    assert_eq!(sim.requests().len(), 5);
}

#[tokio::test(start_paused = true)]
async fn a_failure_state_ends_the_wait_with_the_failure() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.set_states("GetPipelineRun", "flow-x", &["Running", "Failed"]);
    let err = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("flow-x")
        .wait_until_done(&policy())
        .await
        .unwrap_err();
    match &err {
        WaitError::Failed { state, response } => {
            assert_eq!(state, &RunState::Failed);
            assert_eq!(response.status.as_ref().unwrap().as_str(), "Failed");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("failed"), "{err}");

    sim.set_states("GetWorkflowTask", "wf-c", &["Processing", "Canceled"]);
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("wf-c")
        .wait_until_done(&policy())
        .await
        .unwrap_err();
    assert_eq!(err.last_state(), Some(&RunState::Canceled));
}

#[tokio::test(start_paused = true)]
async fn the_maximum_wait_ends_with_a_timeout_carrying_the_last_state() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.set_states("GetAITask", "slow", &["PENDING", "RUNNING"]);
    let start = Instant::now();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("slow")
        .wait_until_done(&policy().max_wait(Duration::from_secs(120)))
        .await
        .unwrap_err();
    match &err {
        WaitError::TimedOut {
            waited,
            last_state,
            last_response,
        } => {
            assert!(
                *waited >= Duration::from_secs(120) && *waited < Duration::from_secs(121),
                "{waited:?}"
            );
            assert_eq!(last_state.as_ref(), Some(&RunState::Running));
            assert!(last_response.is_some());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(start.elapsed().as_secs(), 120);
}

#[tokio::test(start_paused = true)]
async fn an_unknown_status_keeps_polling_until_the_maximum_wait() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.set_states("GetWorkflowTask", "odd", &["Queued"]);
    let (seen, cb) = recorder();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("odd")
        .wait_with_progress(&policy().max_wait(Duration::from_secs(60)), cb)
        .await
        .unwrap_err();
    assert_eq!(err.last_state(), Some(&RunState::Unknown("Queued".into())));
    assert!(sim.requests().len() > 3, "kept polling");
    assert_eq!(statuses(&seen), ["Queued"]);
}

#[tokio::test(start_paused = true)]
async fn dropping_the_wait_stops_polling() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    sim.set_states("GetPipelineRun", "forever", &["Running"]);
    let client = paiflow::Client::new(&config);
    let p = policy();
    let wait = client
        .get_pipeline_run()
        .pipeline_run_id("forever")
        .wait_until_done(&p);
    // Let it poll for a while, then drop it.
    let _ = tokio::time::timeout(Duration::from_secs(30), wait).await;
    let polls = sim.requests().len();
    assert!(polls >= 3, "{polls}");
    tokio::time::sleep(Duration::from_secs(600)).await;
    assert_eq!(sim.requests().len(), polls, "no poll after the drop");
}

#[tokio::test(start_paused = true)]
async fn transient_errors_while_polling_are_ridden_out_and_permanent_ones_end_the_wait() {
    let sim = Simulator::start().await.unwrap();
    let config = sim
        .config()
        .retry(workflow_sdk::RetryConfig::disabled())
        .build()
        .unwrap();
    sim.push(
        "GetAITask",
        Some("t-2"),
        Reply::example_with_status("RUNNING"),
    );
    sim.push(
        "GetAITask",
        Some("t-2"),
        Reply::acs_error(503, "ServiceUnavailable", "blip"),
    );
    sim.push(
        "GetAITask",
        Some("t-2"),
        Reply::acs_error(400, "Throttling.User", "slow down"),
    );
    sim.set_default(
        "GetAITask",
        Some("t-2"),
        Reply::example_with_status("SUCCESS"),
    );
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t-2")
        .wait_until_done(&policy())
        .await
        .unwrap();
    assert_eq!(sim.requests().len(), 4);

    sim.push(
        "GetAITask",
        Some("t-3"),
        Reply::example_with_status("RUNNING"),
    );
    sim.set_default(
        "GetAITask",
        Some("t-3"),
        Reply::acs_error(403, "Forbidden", "no access"),
    );
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t-3")
        .wait_until_done(&policy())
        .await
        .unwrap_err();
    match err {
        WaitError::Call(e) => assert_eq!(e.code(), Some("Forbidden")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn run_states_map_exactly_then_ignoring_case() {
    let run = ice::SERVICE
        .operation("get_workflow_task")
        .unwrap()
        .run
        .unwrap();
    assert_eq!(run.state_of("Succeed"), RunState::Succeeded);
    assert_eq!(run.state_of("SUCCEED"), RunState::Succeeded);
    assert_eq!(run.state_of("Succeed\n"), RunState::Succeeded);
    assert_eq!(run.state_of("Done"), RunState::Unknown("Done".into()));
    let pai = paiflow::SERVICE
        .operation("get_pipeline_run")
        .unwrap()
        .run
        .unwrap();
    assert_eq!(pai.state_of("Unknown"), RunState::Unknown("Unknown".into()));
    assert_eq!(pai.state_of("Suspended"), RunState::Suspended);
    assert!(!RunState::Suspended.is_terminal());
    assert!(RunState::Canceled.is_terminal() && !RunState::Canceled.is_success());
    assert!(RunState::PartiallySucceeded.is_success());
}
