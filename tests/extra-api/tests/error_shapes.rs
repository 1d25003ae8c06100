//! An API whose operations declare error responses in every shape (`4XX`,
//! `5XX`, `default`, specific codes, with and without schemas) builds, and
//! its callers get the same typed error as without them: code, message,
//! request id, transient or not.

use std::time::Duration;

use extra_api_test::extra_errors;
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Error, RetryConfig};

async fn simulator() -> Simulator {
    Simulator::builder()
        .default_credentials()
        .service(&extra_errors::SERVICE)
        .start()
        .await
        .unwrap()
}

fn client(sim: &Simulator, attempts: u32) -> extra_errors::Client {
    let retry = RetryConfig::standard()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2));
    extra_errors::Client::new(&sim.config().retry(retry).build().unwrap())
}

fn acs_error(status: u16, code: &str, message: &str) -> Reply {
    Reply::json(
        status,
        format!(r#"{{"RequestId":"REQ-{status}","Code":"{code}","Message":"{message}"}}"#),
    )
}

#[tokio::test]
async fn success_decodes_into_the_declared_type() {
    let sim = simulator().await;
    let c = client(&sim, 1);
    for op in ["GetThing", "GetThingWithDefault", "GetThingWithCodes"] {
        sim.push(op, None, Reply::json(200, r#"{"ThingId":"t-1","Size":3}"#));
    }
    let a = c
        .get_thing()
        .thing_id("t-1")
        .x_trace_id("trace-9")
        .send()
        .await
        .unwrap();
    let b = c
        .get_thing_with_default()
        .thing_id("t-1")
        .send()
        .await
        .unwrap();
    let d = c
        .get_thing_with_codes()
        .thing_id("t-1")
        .send()
        .await
        .unwrap();
    for size in [a.size, b.size, d.size] {
        assert_eq!(size, Some(3));
    }
    let paths: Vec<String> = sim.requests().into_iter().map(|r| r.raw_path).collect();
    assert_eq!(
        paths,
        ["/things/t-1", "/things/t-1/default", "/things/t-1/codes"]
    );
    assert_eq!(sim.requests()[0].header("x-trace-id"), Some("trace-9"));
    assert_eq!(sim.requests()[1].header("x-trace-id"), None);
    for r in sim.requests() {
        assert_eq!(r.verdict, Ok(()));
        let ua = r.header("user-agent").unwrap();
        assert!(ua.starts_with("workflow-sdk/0."), "{ua}");
    }
}

#[tokio::test]
async fn a_4xx_range_gives_the_service_error_not_a_decode_error() {
    let sim = simulator().await;
    sim.push(
        "GetThing",
        None,
        acs_error(404, "Thing.NotFound", "no such thing"),
    );
    let err = client(&sim, 3)
        .get_thing()
        .thing_id("t-1")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Service { .. }), "{err:?}");
    assert_eq!(err.code(), Some("Thing.NotFound"));
    assert_eq!(err.message(), Some("no such thing"));
    assert_eq!(err.request_id(), Some("REQ-404"));
    assert_eq!(err.http_status(), Some(404));
    assert!(!err.is_transient());
    assert_eq!(err.attempts(), 1, "a 404 is not retried");
    assert_eq!(sim.requests().len(), 1);
}

#[tokio::test]
async fn a_5xx_range_is_transient_and_retried() {
    let sim = simulator().await;
    for _ in 0..2 {
        sim.push(
            "GetThing",
            None,
            acs_error(503, "ServiceUnavailable", "busy"),
        );
    }
    let err = client(&sim, 2)
        .get_thing()
        .thing_id("t-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ServiceUnavailable"));
    assert_eq!(err.request_id(), Some("REQ-503"));
    assert!(err.is_transient());
    assert_eq!(err.attempts(), 2);
    assert_eq!(sim.requests().len(), 2);
}

#[tokio::test]
async fn a_default_error_response_gives_the_service_error() {
    let sim = simulator().await;
    sim.push(
        "GetThingWithDefault",
        None,
        acs_error(400, "InvalidParameter", "bad id"),
    );
    let err = client(&sim, 3)
        .get_thing_with_default()
        .thing_id("t-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidParameter"));
    assert_eq!(err.message(), Some("bad id"));
    assert_eq!(err.request_id(), Some("REQ-400"));
    assert!(!err.is_transient());
}

#[tokio::test]
async fn specific_codes_with_and_without_schemas_give_typed_errors() {
    let sim = simulator().await;
    let c = client(&sim, 2);

    // 400, declared with the error schema.
    sim.push("GetThingWithCodes", None, acs_error(400, "Bad", "no"));
    let err = c
        .get_thing_with_codes()
        .thing_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!((err.code(), err.is_transient()), (Some("Bad"), false));

    // 404, declared with another schema: the body is kept for the caller.
    sim.push(
        "GetThingWithCodes",
        None,
        Reply::json(404, r#"{"Reason":"gone"}"#),
    );
    let err = c
        .get_thing_with_codes()
        .thing_id("t")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Http {
            status, body_start, ..
        } => {
            assert_eq!(*status, 404);
            assert!(body_start.contains("gone"), "{body_start}");
        }
        other => panic!("{other:?}"),
    }
    assert!(!err.is_transient());

    // 429 without a body, then success: transient, retried.
    sim.push(
        "GetThingWithCodes",
        None,
        Reply::body(429, "text/plain", ""),
    );
    sim.push("GetThingWithCodes", None, Reply::json(200, r#"{"Size":9}"#));
    let ok = c.get_thing_with_codes().thing_id("t").send().await.unwrap();
    assert_eq!(ok.size, Some(9));

    // 503 declared as HTML: transient, the status kept.
    for _ in 0..2 {
        sim.push(
            "GetThingWithCodes",
            None,
            Reply::body(503, "text/html", "<html>down</html>"),
        );
    }
    let err = c
        .get_thing_with_codes()
        .thing_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.http_status(), Some(503));
    assert!(err.is_transient());
    assert_eq!(err.attempts(), 2);
}
