//! Hostile and odd servers on 127.0.0.1, and extreme settings: no panic,
//! no request (or credential) sent anywhere but the configured endpoint,
//! and errors that keep what the service said.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Config, Credentials, Error, RetryConfig, TimeoutKind, altatech, ice, ros};

/// A server that answers every request with the bytes `respond` gives for
/// it (the raw request head and body), counting connections and requests.
struct Raw {
    url: String,
    requests: Arc<AtomicUsize>,
    seen: Arc<std::sync::Mutex<Vec<String>>>,
}

impl Raw {
    async fn start(respond: impl Fn(&str) -> Vec<u8> + Send + Sync + 'static) -> Raw {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let respond = Arc::new(respond);
        let (count, log) = (requests.clone(), seen.clone());
        tokio::spawn(async move {
            loop {
                let Ok((mut sock, _)) = listener.accept().await else {
                    return;
                };
                let (respond, count, log) = (respond.clone(), count.clone(), log.clone());
                tokio::spawn(async move {
                    let mut buf = Vec::new();
                    let mut chunk = [0u8; 8192];
                    // Read the head, then the declared body.
                    let head_end = loop {
                        let Ok(n) = sock.read(&mut chunk).await else {
                            return;
                        };
                        if n == 0 {
                            return;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            break i + 4;
                        }
                    };
                    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
                    let len = head
                        .lines()
                        .find_map(|l| {
                            let (k, v) = l.split_once(':')?;
                            k.eq_ignore_ascii_case("content-length")
                                .then(|| v.trim().parse::<usize>().ok())?
                        })
                        .unwrap_or(0);
                    while buf.len() < head_end + len {
                        let Ok(n) = sock.read(&mut chunk).await else {
                            return;
                        };
                        if n == 0 {
                            break;
                        }
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    count.fetch_add(1, Ordering::SeqCst);
                    log.lock().unwrap().push(head.clone());
                    let _ = sock.write_all(&respond(&head)).await;
                    let _ = sock.shutdown().await;
                });
            }
        });
        Raw {
            url,
            requests,
            seen,
        }
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// An HTTP/1.1 response with these extra header lines and a JSON body.
fn response(status: &str, headers: &[(&str, &[u8])], body: &str) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for (k, v) in headers {
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(v);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(
        format!(
            "content-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    out
}

fn config(url: &str) -> workflow_sdk::ConfigBuilder {
    Config::builder()
        .endpoint_url(url)
        .credentials(Credentials::new("LTAI-test", "test-secret"))
        .api_key("sk-test")
        .retry(RetryConfig::standard().initial_backoff(Duration::from_millis(1)))
}

const ALTA_OK: &str = r#"{"status":"SUCCEED","workflowRunId":"w"}"#;
const ALTA_LIMITED: &str = r#"{"error":{"code":"RATE_LIMITED","message":"quota","status":429}}"#;

/// Header values a hostile server may send for every header the SDK reads.
fn hostile_values() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = [
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999999999999999999999",
        "-1",
        "-18446744073709551615",
        "1.5",
        "0.0000001",
        "1e400",
        "NaN",
        "inf",
        "",
        " ",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "0",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    v.push("été, ünïcödé".as_bytes().to_vec());
    v.push(vec![0xff, 0xfe, 0x80]);
    v.push(vec![b'9'; 5000]);
    v
}

#[tokio::test]
async fn no_header_value_panics_the_sdk() {
    for value in hostile_values() {
        let headers_for = |v: &[u8]| {
            vec![
                ("retry-after", v.to_vec()),
                ("x-ratelimit-limit", v.to_vec()),
                ("x-ratelimit-remaining", v.to_vec()),
                ("x-ratelimit-reset", v.to_vec()),
                ("date", v.to_vec()),
                ("x-acs-request-id", v.to_vec()),
                ("x-request-id", v.to_vec()),
                ("content-type", v.to_vec()),
                ("location", v.to_vec()),
            ]
        };
        for (status, body) in [
            ("200 OK", ALTA_OK),
            ("429 Too Many Requests", ALTA_LIMITED),
            ("503 Service Unavailable", "<html>down</html>"),
            ("302 Found", ""),
        ] {
            let hv = headers_for(&value);
            let raw = Raw::start(move |_| {
                let h: Vec<(&str, &[u8])> = hv.iter().map(|(k, v)| (*k, v.as_slice())).collect();
                response(status, &h, body)
            })
            .await;
            // Waits asked for are read, but none is waited for.
            let config = config(&raw.url)
                .retry(
                    RetryConfig::standard()
                        .initial_backoff(Duration::from_millis(1))
                        .max_server_wait(Duration::from_millis(1)),
                )
                .build()
                .unwrap();
            let result = altatech::Client::new(&config)
                .query_workflow_result()
                .body_map(|b| b.workflow_run_id("w"))
                .send()
                .await;
            match result {
                Ok(ok) => {
                    let _ = ok.rate_limit();
                    let _ = ok.request_id();
                }
                Err(e) => {
                    let _ = (e.to_string(), format!("{e:?}"), e.display_chain());
                    let _ = (e.rate_limit(), e.request_id(), e.requested_wait());
                }
            }
        }
    }
}

#[tokio::test]
async fn no_content_length_panics_the_sdk() {
    for length in hostile_values() {
        let raw = Raw::start(move |_| {
            let mut r =
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ".to_vec();
            r.extend_from_slice(&length);
            r.extend_from_slice(b"\r\nconnection: close\r\n\r\n{\"status\":\"SUCCEED\"}");
            r
        })
        .await;
        let config = config(&raw.url)
            .retry(RetryConfig::disabled())
            .max_response_bytes(1 << 20)
            .build()
            .unwrap();
        let result = altatech::Client::new(&config)
            .query_workflow_result()
            .body_map(|b| b.workflow_run_id("w"))
            .send()
            .await;
        if let Err(e) = result {
            let _ = (e.to_string(), e.display_chain());
        }
    }
}

#[tokio::test]
async fn a_rate_limit_reset_beyond_the_clock_is_a_long_wait_not_a_panic() {
    let raw = Raw::start(|_| {
        response(
            "429 Too Many Requests",
            &[
                ("x-ratelimit-remaining", b"0"),
                ("x-ratelimit-reset", b"18446744073709551615"),
            ],
            ALTA_LIMITED,
        )
    })
    .await;
    let config = config(&raw.url).build().unwrap();
    let err = altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("RATE_LIMITED"), "{err:?}");
    assert_eq!(err.requested_wait(), Some(Duration::MAX));
    assert_eq!(err.attempts(), 1, "a wait that long is not waited for");
    assert_eq!(raw.requests(), 1);
}

#[tokio::test]
async fn extreme_settings_do_not_panic() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetAITask",
        None,
        Reply::acs_error(503, "ServiceUnavailable", "x").header("Retry-After", "0"),
    );
    let retry = RetryConfig::standard()
        .max_attempts(u32::MAX)
        .initial_backoff(Duration::MAX)
        .max_backoff(Duration::MAX)
        .max_server_wait(Duration::MAX);
    let config = sim
        .config()
        .connect_timeout(Duration::MAX)
        .timeout(Duration::MAX)
        .total_timeout(Duration::MAX)
        .max_response_bytes(u64::MAX)
        .retry(retry)
        .build()
        .unwrap();
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert_eq!(sim.requests().len(), 2);
    // Per-client limits at the extremes too.
    for (attempt, total) in [
        (Duration::MAX, Duration::MAX),
        (Duration::ZERO, Duration::MAX),
        (Duration::MAX, Duration::ZERO),
    ] {
        let r = ros::Client::new(&config.with_timeouts(attempt, total))
            .get_ai_task()
            .task_id("t")
            .send()
            .await;
        // A zero limit gives the call no time: it may still finish within
        // the timer's first tick on loopback, or time out.
        match r {
            Ok(_) => {}
            Err(e) => assert!(e.is_timeout(), "{attempt:?} {total:?}: {e:?}"),
        }
    }
}

#[test]
fn nonsense_settings_are_refused_naming_the_setting() {
    let base = || {
        Config::builder()
            .region("cn-shanghai")
            .credentials(Credentials::new("id", "secret"))
    };
    let cases = [
        (base().connect_timeout(Duration::ZERO), "connect_timeout"),
        (base().timeout(Duration::ZERO), "timeout"),
        (base().total_timeout(Duration::ZERO), "total_timeout"),
        (base().max_response_bytes(0), "max_response_bytes"),
        (
            base().retry(RetryConfig::standard().max_attempts(0)),
            "max_attempts",
        ),
    ];
    for (builder, setting) in cases {
        match builder.build() {
            Err(Error::Config(m)) => assert!(m.contains(setting), "{setting}: {m}"),
            other => panic!("{setting}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn redirects_are_not_followed_and_credentials_stay_home() {
    let elsewhere = Raw::start(|_| response("200 OK", &[], ALTA_OK)).await;
    let target = format!("{}/steal", elsewhere.url);
    for status in [
        "301 Moved Permanently",
        "302 Found",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let location = target.clone();
        let raw =
            Raw::start(move |_| response(status, &[("location", location.as_bytes())], "")).await;
        let config = Config::builder()
            .endpoint_url(&raw.url)
            .credentials(
                Credentials::new("LTAI-test", "test-secret").with_security_token("sts-token"),
            )
            .api_key("sk-test")
            .build()
            .unwrap();
        let err = ros::Client::new(&config)
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err();
        match &err {
            Error::Redirect {
                status: s,
                location,
                attempts,
                ..
            } => {
                assert_eq!(Some(*s), status.split(' ').next().unwrap().parse().ok());
                assert_eq!(location.as_deref(), Some(target.as_str()));
                assert_eq!(*attempts, 1, "a redirect is not retried");
            }
            _ => panic!("{status}: {err:?}"),
        }
        assert!(err.to_string().contains(&target), "{err}");
        let err = altatech::Client::new(&config)
            .query_workflow_result()
            .body_map(|b| b.workflow_run_id("w"))
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Redirect { .. }), "{err:?}");
    }
    assert_eq!(
        elsewhere.requests(),
        0,
        "{:?}",
        elsewhere.seen.lock().unwrap()
    );
}

#[tokio::test]
async fn a_redirect_location_with_user_info_is_shown_without_it() {
    let raw = Raw::start(|_| {
        response(
            "302 Found",
            &[("location", b"https://user:hunter2-password@evil.example/x")],
            "",
        )
    })
    .await;
    let config = config(&raw.url).build().unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("evil.example/x"), "{shown}");
}

#[tokio::test]
async fn regions_must_be_region_ids_before_any_connection() {
    let raw = Raw::start(|_| response("200 OK", &[], ALTA_OK)).await;
    for bad in [
        "cn-shanghai.evil.example",
        "evil.example#",
        "evil.example/",
        "user@evil",
        "CN-SHANGHAI",
        "cn shanghai",
        "",
        "-cn",
        "cn-",
        "中国",
        "127.0.0.1:1234",
        &"a".repeat(64),
    ] {
        match Config::builder()
            .region(bad)
            .credentials(Credentials::new("id", "secret"))
            .build()
        {
            Err(Error::Config(m)) => assert!(m.contains("region"), "{bad:?}: {m}"),
            other => panic!("{bad:?}: {other:?}"),
        }
        assert!(Config::validate_region(bad).is_err(), "{bad:?}");
        let env = workflow_sdk::credentials::Env::from_vars([("ALIBABA_CLOUD_REGION_ID", bad)]);
        let from_env = workflow_sdk::ConfigBuilder::from_env_vars(env).build();
        if !bad.is_empty() {
            match from_env {
                Err(Error::Config(m)) => {
                    assert!(m.contains("ALIBABA_CLOUD_REGION_ID"), "{bad:?}: {m}")
                }
                other => panic!("{bad:?}: {other:?}"),
            }
        }
    }
    for good in [
        "cn-shanghai",
        "ap-southeast-1",
        "us-west-1",
        "cn-hangzhou-finance",
    ] {
        Config::validate_region(good).unwrap();
    }
    assert_eq!(raw.requests(), 0);
}

#[test]
fn the_cli_refuses_a_bad_region_before_connecting() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_workflow"))
        // The endpoint is a closed local port: were the region accepted, the
        // call would fail in transport, not name the region.
        .args([
            "--region",
            "cn-shanghai.evil.example",
            "--endpoint",
            "http://127.0.0.1:1",
            "ros",
            "get-ai-task",
            "--task-id",
            "t",
        ])
        .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "id")
        .env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret")
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    // A usage error (exit 2) that names the flag.
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--region"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn endpoint_user_info_is_refused_without_printing_the_password() {
    for url in [
        "https://user:hunter2-password@ice.cn-shanghai.aliyuncs.com",
        "https://user@ice.cn-shanghai.aliyuncs.com",
        "http://:hunter2-password@127.0.0.1:1",
        "https://user:hunter2-password@ not a url",
    ] {
        for builder in [
            Config::builder().endpoint_url(url),
            Config::builder().endpoint_url_for("ice", url),
        ] {
            let debug = format!("{builder:?}");
            assert!(!debug.contains("hunter2"), "{debug}");
            match builder.build() {
                Err(e @ Error::Config(_)) => {
                    let shown = format!("{e} {e:?}");
                    assert!(!shown.contains("hunter2"), "{shown}");
                }
                other => panic!("{url}: {other:?}"),
            }
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_wait_longer_than_the_time_left_returns_the_service_error() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(400, "Throttling.User", "slow down").header("Retry-After", "30"),
    );
    let config = sim
        .config()
        .total_timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let start = tokio::time::Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("Throttling.User"), "{err:?}");
    assert_eq!(err.request_id(), Some("SIM-SCRIPTED-ERROR"));
    assert_eq!(err.requested_wait(), Some(Duration::from_secs(30)));
    let service = err.as_service_error().unwrap();
    assert_eq!(service.message(), "slow down");
    assert!(err.to_string().contains("asked to wait 30s"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(1), "not waited for");

    // Longer than max_server_wait: the same, with the wait.
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::acs_error(400, "Throttling", "later").header("Retry-After", "3600"),
    );
    let err = ice::Client::new(&sim.config().build().unwrap())
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("Throttling"));
    assert_eq!(err.requested_wait(), Some(Duration::from_secs(3600)));
}

#[tokio::test(start_paused = true)]
async fn the_timeout_names_the_limit_that_fired() {
    let sim = Simulator::start().await.unwrap();
    sim.set_default(
        "GetWorkflowTask",
        None,
        Reply::example().delay(Duration::from_secs(60)),
    );
    // The total limit comes before the attempt's.
    let config = sim
        .config()
        .timeout(Duration::from_secs(10))
        .total_timeout(Duration::from_secs(3))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Timeout { kind, limit, .. } => {
            assert_eq!(kind, TimeoutKind::Total);
            assert_eq!(limit, Duration::from_secs(3));
        }
        e => panic!("{e:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn an_attempt_timeout_is_named_as_such() {
    let sim = Simulator::start().await.unwrap();
    sim.set_default(
        "GetWorkflowTask",
        None,
        Reply::example().delay(Duration::from_secs(60)),
    );
    // The attempt's limit comes before the total one.
    let config = sim
        .config()
        .timeout(Duration::from_secs(2))
        .total_timeout(Duration::from_secs(100))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    match err {
        Error::Timeout { kind, limit, .. } => {
            assert_eq!(kind, TimeoutKind::Attempt);
            assert_eq!(limit, Duration::from_secs(2));
        }
        e => panic!("{e:?}"),
    }
}

#[tokio::test]
async fn decode_errors_keep_status_and_request_id() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::body(
            200,
            "application/json",
            r#"{"RequestId":"R","WorkflowTask":["not","an","object"]}"#,
        ),
    );
    let config = sim.config().build().unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert_eq!(err.http_status(), Some(200));
    let id = err.request_id().expect("the request id");
    assert!(id.starts_with("SIM-"), "{id}");
    let shown = err.to_string();
    assert!(shown.contains("HTTP 200") && shown.contains(id), "{shown}");
}

#[tokio::test(start_paused = true)]
async fn a_refused_wait_on_a_bare_429_is_kept_on_the_http_error() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::body(429, "text/plain", "busy").header("Retry-After", "3600"),
    );
    let config = sim.config().build().unwrap();
    let start = tokio::time::Instant::now();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Http { status: 429, .. }), "{err:?}");
    assert_eq!(err.requested_wait(), Some(Duration::from_secs(3600)));
    assert_eq!(err.attempts(), 1, "not retried");
    assert!(err.to_string().contains("asked to wait 3600s"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(1), "not waited for");
}

#[tokio::test]
async fn invalid_responses_keep_status_and_request_id() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetWorkflowTask",
        None,
        Reply::body(200, "text/html", "<html>login</html>").header("x-acs-request-id", "REQ-HTML"),
    );
    let config = sim.config().build().unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidResponse { .. }), "{err:?}");
    assert_eq!(err.http_status(), Some(200));
    assert!(err.request_id().is_some(), "{err:?}");
    assert!(err.to_string().contains("request id"), "{err}");
}

#[tokio::test]
async fn service_errors_keep_the_body_and_the_access_denied_detail() {
    let sim = Simulator::start().await.unwrap();
    let body = serde_json::json!({
        "RequestId": "7B8C-DENIED",
        "HostId": "ice.cn-shanghai.aliyuncs.com",
        "Code": "NoPermission",
        "Message": "You are not authorized to do this action.",
        "Recommend": "https://api.aliyun.com/troubleshoot?q=NoPermission",
        "AccessDeniedDetail": {
            "PolicyType": "AccountLevelIdentityBasedPolicy",
            "AuthPrincipalOwnerId": "1234567890",
            "EncodedDiagnosticMessage": "AQEAAAAAaGVsbG8=",
            "AuthPrincipalType": "SubUser",
            "AuthPrincipalDisplayName": "ci-runner",
            "NoPermissionType": "ImplicitDeny",
            "AuthAction": "ice:GetWorkflowTask",
            "SomethingNew": 7
        },
        "Extra": {"kept": true}
    });
    sim.push("GetWorkflowTask", None, Reply::json(403, body.to_string()));
    let config = sim.config().build().unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    let e = err.as_service_error().unwrap();
    assert_eq!(e.code(), "NoPermission");
    assert_eq!(e.body(), &body, "the whole body is kept");
    let d = e.access_denied_detail().unwrap();
    assert_eq!(d.policy_type(), Some("AccountLevelIdentityBasedPolicy"));
    assert_eq!(d.auth_action(), Some("ice:GetWorkflowTask"));
    assert_eq!(d.auth_principal_type(), Some("SubUser"));
    assert_eq!(d.auth_principal_display_name(), Some("ci-runner"));
    assert_eq!(d.auth_principal_owner_id(), Some("1234567890"));
    assert_eq!(d.no_permission_type(), Some("ImplicitDeny"));
    assert_eq!(d.encoded_diagnostic_message(), Some("AQEAAAAAaGVsbG8="));
    assert_eq!(d.raw()["SomethingNew"], 7);
    let shown = err.to_string();
    assert!(shown.contains("ice:GetWorkflowTask"), "{shown}");
}

#[tokio::test]
async fn malformed_or_oversized_response_heads_are_not_retried() {
    let bad_header = Raw::start(|_| {
        b"HTTP/1.1 200 OK\r\nthis line is not a header\r\ncontent-length: 2\r\n\r\n{}".to_vec()
    })
    .await;
    let huge_head = Raw::start(|_| {
        let mut r = b"HTTP/1.1 200 OK\r\n".to_vec();
        for i in 0..20_000 {
            r.extend_from_slice(format!("x-filler-{i}: {}\r\n", "y".repeat(40)).as_bytes());
        }
        r.extend_from_slice(b"content-length: 2\r\n\r\n{}");
        r
    })
    .await;
    let bad_status =
        Raw::start(|_| b"HTTP/1.1 2000 WHAT\r\ncontent-length: 2\r\n\r\n{}".to_vec()).await;
    for raw in [&bad_header, &huge_head, &bad_status] {
        let config = config(&raw.url).build().unwrap();
        let err = ros::Client::new(&config)
            .get_ai_task()
            .task_id("t")
            .send()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Transport { .. }), "{err:?}");
        assert!(!err.is_transient(), "{}", err.display_chain());
        assert_eq!(raw.requests(), 1, "{}", err.display_chain());
    }
}

/// `Date` header text for `t` (IMF-fixdate).
fn http_date(t: SystemTime) -> String {
    let t = workflow_sdk::time::OffsetDateTime::from(t);
    t.format(workflow_sdk::time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    ))
    .unwrap()
}

#[tokio::test]
async fn clock_skew_is_corrected_and_retried_once() {
    let sim = Simulator::start().await.unwrap();
    let hour_ahead = SystemTime::now() + Duration::from_secs(3600);
    sim.push(
        "GetAITask",
        None,
        Reply::acs_error(
            400,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
        )
        .header("Date", http_date(hour_ahead)),
    );
    let config = sim.config().retry(RetryConfig::disabled()).build().unwrap();
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    let requests = sim.requests();
    assert_eq!(requests.len(), 2);
    let signed_at = |i: usize| {
        workflow_sdk::time::OffsetDateTime::parse(
            requests[i].header("x-acs-date").unwrap(),
            &workflow_sdk::time::format_description::well_known::Rfc3339,
        )
        .unwrap()
    };
    let moved = signed_at(1) - signed_at(0);
    assert!(
        (moved.whole_seconds() - 3600).abs() <= 5,
        "signed with the service's time: {moved}"
    );
    assert!(requests[1].verdict.is_ok());
    // Later calls of the same configuration sign with the corrected clock.
    ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    let requests = sim.requests();
    let third = workflow_sdk::time::OffsetDateTime::parse(
        requests[2].header("x-acs-date").unwrap(),
        &workflow_sdk::time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert!((third - signed_at(0)).whole_seconds() >= 3590);
}

#[tokio::test]
async fn persistent_clock_skew_says_the_local_clock_is_off_and_by_how_much() {
    let sim = Simulator::start().await.unwrap();
    let behind = SystemTime::now() - Duration::from_secs(2 * 3600);
    sim.set_default(
        "GetAITask",
        None,
        Reply::acs_error(400, "InvalidTimeStamp.Expired", "expired")
            .header("Date", http_date(behind)),
    );
    let config = sim.config().build().unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidTimeStamp.Expired"));
    assert_eq!(sim.requests().len(), 2, "corrected once, not more");
    let skew = err.as_service_error().unwrap().clock_skew().unwrap();
    assert!((skew.whole_seconds() + 7200).abs() <= 5, "{skew}");
    let shown = err.to_string();
    assert!(shown.contains("the local clock is 2h"), "{shown}");
    assert!(shown.contains("ahead of the service's"), "{shown}");

    // A skew code with a Date that agrees with the local clock: nothing to
    // correct, returned at once.
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetAITask",
        None,
        Reply::acs_error(400, "InvalidTimeStamp.Expired", "expired")
            .header("Date", http_date(SystemTime::now())),
    );
    let err = ros::Client::new(&sim.config().build().unwrap())
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.attempts(), 1);
    assert!(err.as_service_error().unwrap().clock_skew().is_none());
}

/// A TLS server on 127.0.0.1 whose certificate (self-signed, in
/// `tests/fixtures/untrusted-*.der`, made for these tests) no client trusts.
/// Counts TLS handshakes attempted.
fn untrusted_tls_server() -> (String, Arc<AtomicUsize>) {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let cert = CertificateDer::from(include_bytes!("fixtures/untrusted-cert.der").to_vec());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(
        include_bytes!("fixtures/untrusted-key.der").to_vec(),
    ));
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![cert], key)
    .unwrap();
    let config = Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let handshakes = Arc::new(AtomicUsize::new(0));
    let count = handshakes.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut tcp) = stream else { return };
            count.fetch_add(1, Ordering::SeqCst);
            let config = config.clone();
            std::thread::spawn(move || {
                let Ok(mut conn) = rustls::ServerConnection::new(config) else {
                    return;
                };
                // Handshake until the client gives up on the certificate.
                let _ = conn.complete_io(&mut tcp);
            });
        }
    });
    (url, handshakes)
}

#[tokio::test]
async fn a_refused_tls_certificate_is_not_retried() {
    let (url, handshakes) = untrusted_tls_server();
    let config = config(&url).build().unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(!err.is_transient(), "{}", err.display_chain());
    assert_eq!(err.attempts(), 1, "{}", err.display_chain());
    assert_eq!(handshakes.load(Ordering::SeqCst), 1);
}
