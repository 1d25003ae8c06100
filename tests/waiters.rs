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
    // Polls at 0, 2, 6, 14, then 24 s: the delay stops growing at the
    // default maximum interval of 10 s.
    assert_eq!(start.elapsed().as_secs(), 24);
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
            ..
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
        WaitError::Call { error, .. } => assert_eq!(error.code(), Some("Forbidden")),
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

/// Every event of a wait, in order: changes, polls, transient errors with
/// their cause, then the outcome.
#[tokio::test(start_paused = true)]
async fn the_event_stream_reports_polls_changes_transient_errors_and_the_outcome() {
    use futures_util::StreamExt;
    use workflow_sdk::WaitEvent;
    let sim = Simulator::start().await.unwrap();
    let config = sim
        .config()
        .retry(workflow_sdk::RetryConfig::disabled())
        .build()
        .unwrap();
    sim.push(
        "GetWorkflowTask",
        Some("s"),
        Reply::example_with_status("Init"),
    );
    sim.push(
        "GetWorkflowTask",
        Some("s"),
        Reply::example_with_status("Init"),
    );
    sim.push(
        "GetWorkflowTask",
        Some("s"),
        Reply::acs_error(503, "ServiceUnavailable", "blip"),
    );
    sim.push(
        "GetWorkflowTask",
        Some("s"),
        Reply::example_with_status("Processing"),
    );
    sim.set_default(
        "GetWorkflowTask",
        Some("s"),
        Reply::example_with_status("Succeed"),
    );
    let client = ice::Client::new(&config);
    let mut stream = client
        .get_workflow_task()
        .task_id("s")
        .wait_stream(&policy());
    let mut events = Vec::new();
    // Unpin: `next()` needs no pinning by hand.
    while let Some(event) = stream.next().await {
        events.push(event);
    }
    let kinds: Vec<String> = events
        .iter()
        .map(|e| match e {
            WaitEvent::Polled(p) => format!("polled {} #{}", p.status, p.polls),
            WaitEvent::Changed(p) => format!("changed {}", p.status),
            WaitEvent::Retrying { error, polls, .. } => {
                format!("retrying #{polls} {}", error.code().unwrap_or("?"))
            }
            WaitEvent::Done(Ok(_)) => "done ok".into(),
            WaitEvent::Done(Err(e)) => format!("done {e}"),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "polled Init #1",
            "changed Init",
            "polled Init #2",
            "retrying #3 ServiceUnavailable",
            "polled Processing #4",
            "changed Processing",
            "polled Succeed #5",
            "changed Succeed",
            "done ok",
        ]
    );
}

/// `max_wait` is a hard deadline: a poll still in flight when it passes is
/// abandoned, and the timeout carries the last transient error.
#[tokio::test(start_paused = true)]
async fn the_maximum_wait_is_a_hard_deadline_even_for_a_poll_in_flight() {
    let sim = Simulator::start().await.unwrap();
    let config = sim
        .config()
        .retry(workflow_sdk::RetryConfig::disabled())
        .timeout(Duration::from_secs(3600))
        .total_timeout(Duration::from_secs(3600))
        .build()
        .unwrap();
    sim.push(
        "GetWorkflowTask",
        Some("slow"),
        Reply::acs_error(400, "Throttling.User", "slow down"),
    );
    // The second poll (at 2 s) hangs for ten minutes.
    sim.set_default(
        "GetWorkflowTask",
        Some("slow"),
        Reply::example_with_status("Processing").delay(Duration::from_secs(600)),
    );
    let start = Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("slow")
        .wait_until_done(&policy().max_wait(Duration::from_secs(15)))
        .await
        .unwrap_err();
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(15),
        "not a moment later"
    );
    match &err {
        WaitError::TimedOut {
            last_state,
            last_error,
            ..
        } => {
            assert_eq!(last_state, &None);
            let cause = last_error.as_ref().expect("the throttling error is kept");
            assert_eq!(cause.code(), Some("Throttling.User"));
        }
        other => panic!("{other:?}"),
    }
    let shown = err.to_string();
    assert!(shown.contains("Throttling.User"), "{shown}");
    assert!(std::error::Error::source(&err).is_some());
}

/// A permanent error after a transient one keeps both.
#[tokio::test(start_paused = true)]
async fn a_failed_call_carries_the_last_transient_error() {
    let sim = Simulator::start().await.unwrap();
    let config = sim
        .config()
        .retry(workflow_sdk::RetryConfig::disabled())
        .build()
        .unwrap();
    sim.push(
        "GetAITask",
        Some("t"),
        Reply::acs_error(503, "ServiceUnavailable", "blip"),
    );
    sim.set_default(
        "GetAITask",
        Some("t"),
        Reply::acs_error(403, "Forbidden", "no"),
    );
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .wait_until_done(&policy())
        .await
        .unwrap_err();
    match err {
        WaitError::Call {
            error,
            last_transient,
        } => {
            assert_eq!(error.code(), Some("Forbidden"));
            assert_eq!(last_transient.unwrap().code(), Some("ServiceUnavailable"));
        }
        other => panic!("{other:?}"),
    }
}

/// The default schedule notices a finished run within 10 s, however long
/// the run took; extreme settings do not overflow.
#[tokio::test(start_paused = true)]
async fn the_default_schedule_notices_a_finished_run_within_ten_seconds() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    for finish in [3u64, 47, 301] {
        let id = format!("run-{finish}");
        sim.set_timeline(
            "GetWorkflowTask",
            &id,
            &[
                (Duration::ZERO, "Processing"),
                (Duration::from_secs(finish), "Succeed"),
            ],
        );
        let start = Instant::now();
        ice::Client::new(&config)
            .get_workflow_task()
            .task_id(id.as_str())
            .wait_until_done(&WaitPolicy::default())
            .await
            .unwrap();
        let late = start.elapsed() - Duration::from_secs(finish);
        assert!(late <= Duration::from_secs(10), "{finish}: {late:?} late");
    }
    // Duration::MAX everywhere: no overflow, the run is still noticed.
    sim.set_states("GetWorkflowTask", "max", &["Processing", "Succeed"]);
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("max")
        .wait_until_done(
            &WaitPolicy::default()
                .max_wait(Duration::MAX)
                .initial_delay(Duration::from_secs(1))
                .max_interval(Duration::MAX)
                .multiplier(f64::MAX),
        )
        .await
        .unwrap();
    // Nonsense is refused, naming the setting.
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("max")
        .wait_until_done(&WaitPolicy::default().max_interval(Duration::ZERO))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("max_interval"), "{err}");
}

/// 200 runs of two operations finishing at different times, throttling
/// injected: each outcome comes as its run finishes (at most one poll
/// interval late), polls stay few, and throttling slows everyone down
/// instead of spiralling.
#[tokio::test(start_paused = true)]
async fn many_runs_finish_in_order_on_time_under_throttling() {
    use futures_util::StreamExt;
    use workflow_sdk::WaitMany;
    let sim = Simulator::start().await.unwrap();
    sim.set_recording(true);
    let config = sim.config().build().unwrap();
    let ice = ice::Client::new(&config);
    let ros = ros::Client::new(&config);
    let policy = WaitPolicy::default();
    let interval = policy.max_interval_value();
    let mut many = WaitMany::new(policy)
        .concurrency(8)
        .max_polls_per_second(50.0)
        .retry_budget_of(&config);
    let mut finish = std::collections::HashMap::new();
    for i in 0..200u64 {
        let id = format!("run-{i:03}");
        let at = Duration::from_secs(5 + (i * 37) % 240);
        finish.insert(id.clone(), at);
        // Every tenth run is throttled three times in a row (more than the
        // call's own retries), twice during its wait.
        if i % 10 == 0 {
            for _ in 0..3 {
                let throttled = Reply::acs_error(400, "Throttling.User", "slow down");
                if i % 20 == 0 {
                    sim.push("GetAITask", Some(&id), throttled);
                } else {
                    sim.push("GetWorkflowTask", Some(&id), throttled);
                }
            }
        }
        let run = if i % 20 == 0 {
            sim.set_timeline(
                "GetAITask",
                &id,
                &[(Duration::ZERO, "RUNNING"), (at, "SUCCESS")],
            );
            ros.get_ai_task()
                .task_id(id.as_str())
                .into_run()
                .map(|r| r.into_inner().request_id)
        } else {
            sim.set_timeline(
                "GetWorkflowTask",
                &id,
                &[(Duration::ZERO, "Processing"), (at, "Succeed")],
            );
            ice.get_workflow_task()
                .task_id(id.as_str())
                .into_run()
                .map(|r| r.into_inner().request_id)
        };
        many.push(id, run);
    }
    let start = Instant::now();
    let mut outcomes = many.outcomes();
    let mut seen = 0;
    let mut previous_finish = Duration::ZERO;
    while let Some((id, outcome)) = outcomes.next().await {
        outcome.unwrap_or_else(|e| panic!("{id}: {e}"));
        let at = finish[&id];
        let late = start.elapsed().saturating_sub(at);
        assert!(start.elapsed() >= at, "{id} reported before it finished");
        assert!(
            late <= interval,
            "{id} finished at {at:?}, reported {late:?} late"
        );
        // Reported in finishing order, give or take one interval.
        assert!(at + interval >= previous_finish, "{id} out of order");
        previous_finish = previous_finish.max(at);
        seen += 1;
    }
    assert_eq!(seen, 200);
    let polls = sim.requests().len();
    // A run finishing at t is polled about t/9 + 5 times (the ramp-up, then
    // every 8 to 10 s; the throttled replies add a few).
    let budget: u64 = finish.values().map(|d| d.as_secs() / 8 + 10).sum();
    assert!(polls as u64 <= budget, "{polls} polls (budget {budget})");
    assert!(polls >= 200 * 3, "{polls} polls");
}

/// At most `concurrency` polls are in flight: 20 runs whose every answer
/// takes a second, four at a time, get their first answers in five waves.
#[tokio::test(start_paused = true)]
async fn many_runs_keep_at_most_the_set_number_of_polls_in_flight() {
    use futures_util::StreamExt;
    use workflow_sdk::{WaitEvent, WaitMany};
    let sim = Simulator::start().await.unwrap();
    let config = sim
        .config()
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap();
    let ice = ice::Client::new(&config);
    let mut many = WaitMany::new(policy()).concurrency(4);
    for i in 0..20 {
        let id = format!("slow-{i}");
        sim.set_default(
            "GetWorkflowTask",
            Some(&id),
            Reply::example_with_status("Succeed").delay(Duration::from_secs(1)),
        );
        many.push(
            id.clone(),
            ice.get_workflow_task().task_id(id.as_str()).into_run(),
        );
    }
    let start = Instant::now();
    let mut answered = Vec::new();
    let mut events = many.events();
    while let Some((_, event)) = events.next().await {
        if let WaitEvent::Polled(_) = event {
            answered.push(start.elapsed());
        }
    }
    assert_eq!(answered.len(), 20);
    let first_wave = answered
        .iter()
        .filter(|t| **t < Duration::from_millis(1500))
        .count();
    assert_eq!(first_wave, 4, "{answered:?}");
    assert!(
        *answered.last().unwrap() >= Duration::from_secs(5),
        "{answered:?}"
    );
}
