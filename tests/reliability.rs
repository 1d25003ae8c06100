//! Retries, timeouts, rate limits and hostile input, against the scripted
//! simulator, on tokio's paused clock (backoff costs no real time).

use std::time::{Duration, SystemTime};

use tokio::time::Instant;
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Error, RetryConfig, TimeoutKind, altatech, ice, paiflow, ros};

async fn sim() -> Simulator {
    Simulator::start().await.unwrap()
}

#[tokio::test(start_paused = true)]
async fn fails_twice_then_succeeds_with_each_attempt_signed_afresh() {
    let sim = sim().await;
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "try later"),
    );
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(500, "InternalError", "oops"),
    );
    let config = sim.config().build().unwrap();
    let resp = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert_eq!(
        resp.workflow_task
            .as_ref()
            .unwrap()
            .status
            .as_ref()
            .unwrap()
            .as_str(),
        "Succeed"
    );
    let requests = sim.requests();
    assert_eq!(requests.len(), 3);
    assert!(
        requests.iter().all(|r| r.verdict.is_ok()),
        "every attempt verifies"
    );
    let nonces: std::collections::BTreeSet<_> = requests
        .iter()
        .map(|r| r.header("x-acs-signature-nonce").unwrap().to_string())
        .collect();
    assert_eq!(nonces.len(), 3, "a new nonce per attempt");
}

#[tokio::test(start_paused = true)]
async fn transient_codes_and_statuses_are_retried() {
    let cases = [
        Reply::acs_error(400, "Throttling", "x"),
        Reply::acs_error(400, "Throttling.User", "x"),
        Reply::acs_error(400, "Throttling.Api", "x"),
        Reply::acs_error(503, "ServiceUnavailable", "x"),
        Reply::acs_error(500, "InternalError", "x"),
        Reply::json(429, "{}"),
        Reply::body(502, "text/html", "<html>bad gateway</html>"),
        Reply::body(504, "text/plain", "timeout"),
    ];
    for reply in cases {
        let sim = sim().await;
        sim.push("GetAITask", None, reply.clone());
        let config = sim.config().build().unwrap();
        ros::Client::new(&config)
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_or_else(|e| panic!("{reply:?}: {e}"));
        assert_eq!(sim.requests().len(), 2, "{reply:?} was retried once");
    }
}

#[tokio::test(start_paused = true)]
async fn permanent_errors_are_returned_at_once() {
    let cases = [
        (
            Reply::acs_error(400, "InvalidParameter", "bad"),
            "InvalidParameter",
        ),
        (
            Reply::acs_error(404, "InvalidTaskId.NotFound", "no such task"),
            "InvalidTaskId.NotFound",
        ),
        (
            Reply::acs_error(403, "Forbidden.RAM", "denied"),
            "Forbidden.RAM",
        ),
        (
            Reply::acs_error(400, "SignatureDoesNotMatch", "sig"),
            "SignatureDoesNotMatch",
        ),
    ];
    for (reply, code) in cases {
        let sim = sim().await;
        sim.push("GetAITask", None, reply);
        let config = sim.config().build().unwrap();
        let err = ros::Client::new(&config)
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err();
        assert_eq!(err.code(), Some(code));
        assert_eq!(err.attempts(), 1);
        assert_eq!(sim.requests().len(), 1, "{code} is not retried");
    }
}

#[tokio::test(start_paused = true)]
async fn the_final_error_says_how_many_attempts() {
    let sim = sim().await;
    sim.set_default(
        "GetPipelineRun",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "down"),
    );
    let config = sim
        .config()
        .retry(RetryConfig::standard().max_attempts(4))
        .build()
        .unwrap();
    let err = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.attempts(), 4);
    assert!(err.to_string().contains("after 4 attempts"), "{err}");
    assert_eq!(err.code(), Some("ServiceUnavailable"));
    assert_eq!(sim.requests().len(), 4);
}

#[tokio::test(start_paused = true)]
async fn backoff_is_full_jitter_within_the_exponential_ceiling() {
    let sim = sim().await;
    sim.set_default(
        "GetAITask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "down"),
    );
    let retry = RetryConfig::standard()
        .max_attempts(5)
        .initial_backoff(Duration::from_secs(1))
        .max_backoff(Duration::from_secs(3))
        .retry_budget(false);
    let config = sim.config().retry(retry).build().unwrap();
    let client = ros::Client::new(&config);
    let mut totals = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        client.get_ai_task().task_id("t").send().await.unwrap_err();
        totals.push(start.elapsed());
    }
    // Ceilings 1 s, 2 s, 3 s (capped), 3 s: at most 9 s per call; jitter
    // makes the calls differ.
    assert!(
        totals.iter().all(|t| *t <= Duration::from_secs(9)),
        "{totals:?}"
    );
    let distinct: std::collections::BTreeSet<_> = totals.iter().map(|t| t.as_millis()).collect();
    assert!(distinct.len() > 10, "jittered: {totals:?}");
}

#[tokio::test(start_paused = true)]
async fn retry_after_and_rate_limit_reset_are_honoured() {
    let sim = sim().await;
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(400, "Throttling.User", "slow down").header("Retry-After", "7"),
    );
    let config = sim.config().build().unwrap();
    let start = Instant::now();
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(7),
        "{:?}",
        start.elapsed()
    );
    assert!(start.elapsed() < Duration::from_secs(8));

    // AltaBots: 429 with X-RateLimit-Reset 5 s ahead (wall clock).
    let reset = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 5;
    sim.push(
        "QueryWorkflowResult",
        None,
        Reply::bearer_error(429, "RATE_LIMITED", "quota")
            .header("X-RateLimit-Limit", "100")
            .header("X-RateLimit-Remaining", "0")
            .header("X-RateLimit-Reset", reset.to_string()),
    );
    let start = Instant::now();
    altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );

    // A wait longer than allowed is not waited for.
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(400, "Throttling", "later").header("Retry-After", "3600"),
    );
    let start = Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("Throttling"));
    assert_eq!(err.attempts(), 1);
    assert!(start.elapsed() < Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn the_retry_budget_stops_a_retry_storm() {
    let sim = sim().await;
    sim.set_default(
        "GetAITask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "down"),
    );
    let config = sim.config().build().unwrap();
    let client = ros::Client::new(&config);
    let mut attempts = Vec::new();
    for _ in 0..60 {
        attempts.push(
            client
                .get_ai_task()
                .task_id("t")
                .send()
                .await
                .unwrap_err()
                .attempts(),
        );
    }
    // 500 tokens, 10 per failed call (two retries): 50 calls retry, then none.
    assert!(attempts[..50].iter().all(|a| *a == 3), "{attempts:?}");
    assert!(attempts[50..].iter().all(|a| *a == 1), "{attempts:?}");
    assert!(config.retry_budget().available() < 5);

    // Disabled retries never retry, and spend nothing.
    let sim = Simulator::start().await.unwrap();
    sim.set_default(
        "GetAITask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "down"),
    );
    let config = sim.config().retry(RetryConfig::disabled()).build().unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.attempts(), 1);
    assert_eq!(config.retry_budget().available(), 500);
}

#[tokio::test(start_paused = true)]
async fn retry_policy_can_differ_per_client() {
    let sim = sim().await;
    sim.set_default(
        "GetAITask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "down"),
    );
    let config = sim.config().build().unwrap();
    let patient = ros::Client::new(&config.with_retry(RetryConfig::standard().max_attempts(6)));
    let hasty = ros::Client::new(&config.with_retry(RetryConfig::disabled()));
    assert_eq!(
        patient
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err()
            .attempts(),
        6
    );
    assert_eq!(
        hasty
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err()
            .attempts(),
        1
    );
}

#[tokio::test(start_paused = true)]
async fn attempt_and_total_timeouts_are_distinct_errors() {
    let sim = sim().await;
    sim.set_default(
        "GetWorkflowTask",
        None,
        Reply::example().delay(Duration::from_secs(60)),
    );
    let config = sim
        .config()
        .timeout(Duration::from_secs(2))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let start = Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                kind: TimeoutKind::Attempt,
                attempts: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(start.elapsed() >= Duration::from_secs(2) && start.elapsed() < Duration::from_secs(3));

    // Timeouts are retried; the total limit ends the call.
    let config = sim
        .config()
        .timeout(Duration::from_secs(2))
        .total_timeout(Duration::from_secs(5))
        .retry(RetryConfig::standard().max_attempts(10).retry_budget(false))
        .build()
        .unwrap();
    let start = Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                kind: TimeoutKind::Total,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_timeout());
    assert!(start.elapsed() >= Duration::from_secs(5) && start.elapsed() < Duration::from_secs(6));
    assert!(err.to_string().contains("total timeout"), "{err}");
}

#[tokio::test]
async fn connection_refused_is_a_transport_error_after_retries() {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    drop(l);
    let config = workflow_sdk::Config::builder()
        .endpoint_url(url)
        .credentials(workflow_sdk::Credentials::new("id", "secret"))
        .retry(RetryConfig::standard().initial_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Transport { attempts: 3, .. }),
        "{err:?}"
    );
    assert!(
        err.display_chain().contains("caused by"),
        "{}",
        err.display_chain()
    );
}

#[tokio::test]
async fn rate_limits_and_request_ids_are_visible_on_responses_and_errors() {
    let sim = sim().await;
    let limited = |r: Reply| {
        r.header("X-RateLimit-Limit", "1000")
            .header("X-RateLimit-Remaining", "998")
            .header("X-RateLimit-Reset", "1758765400")
    };
    sim.push("QueryWorkflowResult", None, limited(Reply::example()));
    sim.push(
        "QueryWorkflowResult",
        None,
        limited(Reply::bearer_error(400, "INVALID_ARGUMENT", "bad id")),
    );
    let config = sim.config().build().unwrap();
    let client = altatech::Client::new(&config);
    let ok = client
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap();
    let rl = ok.rate_limit().unwrap();
    assert_eq!((rl.limit, rl.remaining), (Some(1000), Some(998)));
    assert_eq!(
        rl.reset,
        Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1758765400))
    );
    let err = client
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("INVALID_ARGUMENT"));
    assert_eq!(err.rate_limit().unwrap().remaining, Some(998));

    // Alibaba request ids, from the header on success and the body on errors.
    let resp = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert!(resp.request_id().unwrap().starts_with("SIM-"));
    sim.push("GetAITask", None, Reply::acs_error(404, "NotFound", "gone"));
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.request_id(), Some("SIM-SCRIPTED-ERROR"));
}

#[tokio::test]
async fn blank_ids_are_refused_before_sending() {
    let sim = sim().await;
    let config = sim.config().build().unwrap();
    for id in ["", "   ", "\t\n"] {
        let err = ice::Client::new(&config)
            .get_workflow_task()
            .task_id(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "TaskId"),
            "{err:?}"
        );
        let err = ros::Client::new(&config)
            .get_ai_task()
            .task_id(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "TaskId"),
            "{err:?}"
        );
        let err = paiflow::Client::new(&config)
            .get_pipeline_run()
            .pipeline_run_id(id)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "PipelineRunId"),
            "{err:?}"
        );
        let err = altatech::Client::new(&config)
            .query_workflow_result()
            .body_map(|b| b.workflow_run_id(id))
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(&err, Error::InvalidParameter { parameter, .. } if parameter == "workflowRunId"),
            "{err:?}"
        );
        assert!(err.to_string().contains("workflowRunId"), "{err}");
    }
    assert!(sim.requests().is_empty());
}

#[tokio::test]
async fn hostile_path_parameters_arrive_as_one_encoded_segment() {
    let sim = sim().await;
    sim.echo_ids(true);
    let config = sim.config().build().unwrap();
    let client = paiflow::Client::new(&config);
    let ids = [
        "../x",
        "a/b",
        "?x=1",
        "#f",
        "%2e%2e",
        "a b",
        "日本語",
        "..\\x",
        "a%2Fb",
    ];
    for id in ids {
        let run = client
            .get_pipeline_run()
            .pipeline_run_id(id)
            .send()
            .await
            .unwrap();
        assert_eq!(
            run.pipeline_run_id.as_deref(),
            Some(id),
            "the server saw exactly this id"
        );
    }
    for (r, id) in sim.requests().iter().zip(ids) {
        let seg = r.raw_path.strip_prefix("/api/v1/pipelineruns/").unwrap();
        assert!(
            !seg.contains('/') && !seg.contains('?') && !seg.contains('#'),
            "{id:?} -> {}",
            r.raw_path
        );
        assert_eq!(r.verdict, Ok(()));
    }
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let sim = sim().await;
    let config = sim.config().max_response_bytes(512).build().unwrap();
    // The PAIFlow example is about 1.5 KiB.
    let err = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                status: 200,
                limit: 512
            }
        ),
        "{err:?}"
    );
    // Under the limit it works.
    let config = sim.config().max_response_bytes(4096).build().unwrap();
    paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn bad_success_bodies_are_typed_errors_keeping_status_and_body() {
    let sim = sim().await;
    let config = sim.config().build().unwrap();
    let client = ice::Client::new(&config);
    let cases = [
        (
            Reply::json(200, r#"{"RequestId":"r","WorkflowTask":{"TaskId":"#),
            "truncated",
        ),
        (
            Reply::json(200, r#"{"RequestId":"r","WorkflowTask":"not an object"}"#),
            "decode",
        ),
        (Reply::body(200, "text/plain", "all good"), "not JSON"),
        (
            Reply::body(200, "text/html", "<!doctype html><p>login</p>"),
            "HTML",
        ),
        (Reply::body(200, "application/json", ""), "empty"),
    ];
    for (reply, what) in cases {
        sim.push("GetWorkflowTask", None, reply);
        let err = client
            .get_workflow_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err();
        match (&err, what) {
            (Error::Decode { body_start, .. }, "decode") => {
                assert!(body_start.starts_with("{\"RequestId\""))
            }
            (
                Error::InvalidResponse {
                    status,
                    reason,
                    body_start,
                    ..
                },
                _,
            ) => {
                assert_eq!(*status, 200);
                assert!(reason.contains(what), "{reason}");
                if what != "empty" {
                    assert!(!body_start.is_empty());
                }
            }
            _ => panic!("{what}: {err:?}"),
        }
        assert_eq!(err.attempts(), 1, "not retried");
    }
}

/// A credentials source that answers after `delay` (never, when `None`).
#[derive(Debug)]
struct SlowCredentials(Option<Duration>);

impl workflow_sdk::ProvideCredentials for SlowCredentials {
    fn provide_credentials(&self) -> workflow_sdk::CredentialsFuture<'_> {
        let delay = self.0;
        Box::pin(async move {
            match delay {
                Some(d) => tokio::time::sleep(d).await,
                None => std::future::pending().await,
            }
            Ok(workflow_sdk::Credentials::new(
                workflow_sdk::simulator::ACCESS_KEY_ID,
                workflow_sdk::simulator::ACCESS_KEY_SECRET,
            ))
        })
    }
}

#[tokio::test(start_paused = true)]
async fn a_credentials_source_that_hangs_is_held_to_the_total_timeout() {
    let sim = sim().await;
    let config = |delay| {
        sim.config()
            .credentials(SlowCredentials(delay))
            .total_timeout(Duration::from_secs(3))
            .build()
            .unwrap()
    };
    // Never answers: the call ends at its deadline, no request sent.
    let start = Instant::now();
    let err = ice::Client::new(&config(None))
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Timeout {
                kind: TimeoutKind::Total,
                attempts: 0,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(start.elapsed(), Duration::from_secs(3));
    assert!(sim.requests().is_empty());
    // Answers within the deadline: signed with what it gave, and sent.
    let resp = ice::Client::new(&config(Some(Duration::from_secs(2))))
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert!(resp.workflow_task.is_some());
    assert_eq!(sim.requests().len(), 1);
}
