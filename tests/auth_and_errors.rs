//! Authentication as the server sees it, and the errors a caller gets when
//! it fails: wrong secret, unknown key, bad API key, STS tokens, missing
//! configuration. Secrets never show in any of it.

use workflow_sdk::simulator::{ACCESS_KEY_ID, ACCESS_KEY_SECRET, Simulator};
use workflow_sdk::{Config, Credentials, Error, altatech, ice, paiflow, ros};

#[tokio::test]
async fn wrong_secret_is_rejected_by_the_verifier_as_a_typed_service_error() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(Credentials::new(ACCESS_KEY_ID, "not-the-secret"))
        .build()
        .unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    let service = err
        .as_service_error()
        .unwrap_or_else(|| panic!("service error expected, got {err:?}"));
    assert_eq!(service.code(), "SignatureDoesNotMatch");
    assert_eq!(service.http_status(), 400);
    assert!(
        service
            .request_id()
            .is_some_and(|id| id.starts_with("SIM-"))
    );
    assert!(service.recommend().is_some());
    assert_eq!(err.code(), Some("SignatureDoesNotMatch"));
    assert_eq!(
        sim.requests()[0].verdict,
        Err("SignatureDoesNotMatch".to_string())
    );
    let shown = format!("{err} {err:?} {}", err.display_chain());
    assert!(!shown.contains("not-the-secret"), "{shown}");
}

#[tokio::test]
async fn unknown_access_key_is_a_typed_service_error() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(Credentials::new("LTAI5tNobody", ACCESS_KEY_SECRET))
        .build()
        .unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidAccessKeyId.NotFound"));
    assert_eq!(err.http_status(), Some(404));
}

#[tokio::test]
async fn sts_token_is_sent_and_signed() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(
            Credentials::new(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
                .with_security_token("CAIS-token/+=="),
        )
        .build()
        .unwrap();
    paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap();
    let r = &sim.requests()[0];
    assert_eq!(r.verdict, Ok(()));
    assert_eq!(r.header("x-acs-security-token"), Some("CAIS-token/+=="));
    assert!(
        r.header("authorization")
            .unwrap()
            .contains("x-acs-security-token")
    );
}

#[tokio::test]
async fn every_attempt_gets_a_fresh_nonce() {
    let sim = Simulator::start().await.unwrap();
    let config = sim.config().build().unwrap();
    let client = ice::Client::new(&config);
    for _ in 0..3 {
        client
            .get_workflow_task()
            .task_id("t")
            .send()
            .await
            .unwrap();
    }
    let nonces: std::collections::BTreeSet<String> = sim
        .requests()
        .iter()
        .map(|r| r.header("x-acs-signature-nonce").unwrap().to_string())
        .collect();
    assert_eq!(nonces.len(), 3);
}

#[tokio::test]
async fn wrong_api_key_is_a_typed_service_error() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder()
        .endpoint_url(sim.url())
        .api_key("sk-wrong-key")
        .build()
        .unwrap();
    let err = altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("r"))
        .send()
        .await
        .unwrap_err();
    let service = err.as_service_error().unwrap_or_else(|| panic!("{err:?}"));
    assert_eq!(service.code(), "UNAUTHORIZED");
    assert_eq!(service.http_status(), 401);
    assert!(!format!("{err} {err:?}").contains("sk-wrong-key"));
}

#[tokio::test]
async fn missing_credentials_fail_before_anything_is_sent() {
    let sim = Simulator::start().await.unwrap();
    let config = Config::builder().endpoint_url(sim.url()).build().unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(err.to_string().contains("credentials"), "{err}");
    let err = altatech::Client::new(&config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("r"))
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("API key"), "{err}");
    assert!(sim.requests().is_empty());
}

#[tokio::test]
async fn a_regional_api_without_region_or_endpoint_says_so() {
    let config = Config::builder()
        .credentials(Credentials::new("id", "secret"))
        .build()
        .unwrap();
    let err = paiflow::Client::new(&config)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Config(_)), "{err:?}");
    assert!(err.to_string().contains("region"), "{err}");
}

#[tokio::test]
async fn an_html_error_page_keeps_its_status_and_start() {
    let sim = Simulator::start().await.unwrap();
    sim.set_response("GetAITask", 502, "<html><body>Bad Gateway</body></html>");
    let config = sim.config().build().unwrap();
    let err = ros::Client::new(&config)
        .get_ai_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Http {
            status,
            body_start,
            attempts,
            ..
        } => {
            assert_eq!(*status, 502);
            assert!(body_start.starts_with("<html>"));
            assert_eq!(*attempts, 3, "a 502 is retried");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_undecodable_success_body_is_a_decode_error_with_the_body() {
    let sim = Simulator::start().await.unwrap();
    sim.set_response(
        "GetWorkflowTask",
        200,
        r#"{"RequestId": "r", "WorkflowTask": ["not", "an", "object"]}"#,
    );
    let config = sim.config().build().unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    match &err {
        Error::Decode { body_start, .. } => assert!(body_start.starts_with("{\"RequestId\"")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn secrets_never_print() {
    let creds =
        Credentials::new("LTAI5tVisible", "hidden-secret-1").with_security_token("hidden-token-2");
    let config = Config::builder()
        .credentials(creds.clone())
        .api_key("hidden-key-3")
        .region("cn-shanghai")
        .build()
        .unwrap();
    let shown = format!(
        "{creds:?} {config:?} {:?} {}",
        creds.access_key_secret(),
        creds.access_key_secret()
    );
    for secret in ["hidden-secret-1", "hidden-token-2", "hidden-key-3"] {
        assert!(!shown.contains(secret), "{secret} leaked: {shown}");
    }
    assert!(shown.contains("LTAI5tVisible"), "the key id is not secret");
    assert!(shown.contains(workflow_sdk::Secret::REDACTED));
}

#[test]
fn endpoints_resolve_from_the_spec_rule() {
    assert_eq!(
        ice::SERVICE
            .endpoint
            .resolve(Some("cn-shanghai"))
            .as_deref(),
        Some("https://ice.cn-shanghai.aliyuncs.com")
    );
    assert_eq!(
        ice::SERVICE
            .endpoint
            .resolve(Some("cn-hangzhou"))
            .as_deref(),
        Some("https://ice.aliyuncs.com")
    );
    assert_eq!(
        ros::SERVICE
            .endpoint
            .resolve(Some("ap-southeast-1"))
            .as_deref(),
        Some("https://ros.aliyuncs.com")
    );
    assert_eq!(
        ros::SERVICE.endpoint.resolve(None).as_deref(),
        Some("https://ros.aliyuncs.com")
    );
    assert_eq!(
        paiflow::SERVICE
            .endpoint
            .resolve(Some("cn-shanghai"))
            .as_deref(),
        Some("https://paiflow.cn-shanghai.aliyuncs.com")
    );
    assert_eq!(paiflow::SERVICE.endpoint.resolve(None), None);
    assert_eq!(
        altatech::SERVICE.endpoint.resolve(None).as_deref(),
        Some("https://altatech.ai")
    );
}
