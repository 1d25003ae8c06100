//! Roles assumed through STS: `AssumeRole` (verified by the simulator's
//! signature check) and `AssumeRoleWithOIDC` (a loopback STS that checks
//! the token), and how their credentials are refreshed.

mod credentials_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use credentials_support::{Resp, assert_signs, env, serve, sts_answer, write};
use workflow_sdk::credentials::{OidcRoleProvider, RamRoleArnProvider, StsEndpoint};
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Config, Credentials, ProvideCredentials, ice};

const SOURCE_ID: &str = "LTAI5tSource";
const SOURCE_SECRET: &str = "source-secret-value";
const ROLE_ID: &str = "STS.RoleKey";
const ROLE_SECRET: &str = "role-secret-value";
const ROLE_TOKEN: &str = "role-security-token-value";
const ROLE_ARN: &str = "acs:ram::123456789012:role/deployer";

async fn sts_simulator() -> Simulator {
    Simulator::builder()
        .access_key(SOURCE_ID, SOURCE_SECRET)
        .access_key(ROLE_ID, ROLE_SECRET)
        .start()
        .await
        .unwrap()
}

fn assume_role_requests(sim: &Simulator) -> Vec<workflow_sdk::simulator::RecordedRequest> {
    sim.requests()
        .into_iter()
        .filter(|r| r.operation == Some("AssumeRole"))
        .collect()
}

fn role(sim: &Simulator) -> RamRoleArnProvider {
    RamRoleArnProvider::new(Credentials::new(SOURCE_ID, SOURCE_SECRET), ROLE_ARN)
        .sts_endpoint(StsEndpoint::default().url(sim.url()))
}

#[tokio::test]
async fn ram_role_arn_assumes_the_role_with_a_signed_call_and_its_credentials_sign() {
    let sim = sts_simulator().await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, ROLE_TOKEN, Duration::from_secs(3600)),
        ),
    );
    let p = role(&sim)
        .session_name("build-7")
        .external_id("ext-1")
        .duration(Duration::from_secs(1800))
        .policy(r#"{"Version":"1","Statement":[]}"#);
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), ROLE_ID);
    assert_eq!(c.security_token().unwrap().expose(), ROLE_TOKEN);
    assert!(c.expiry().is_some());

    let calls = assume_role_requests(&sim);
    assert_eq!(calls.len(), 1);
    let call = &calls[0];
    assert_eq!(
        call.verdict,
        Ok(()),
        "AssumeRole signed with the source key"
    );
    assert_eq!(call.service, Some("sts"));
    let q = call.query_pairs();
    let get = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("RoleArn"), Some(ROLE_ARN));
    assert_eq!(get("RoleSessionName"), Some("build-7"));
    assert_eq!(get("ExternalId"), Some("ext-1"));
    assert_eq!(get("DurationSeconds"), Some("1800"));
    assert_eq!(get("Policy"), Some(r#"{"Version":"1","Statement":[]}"#));

    // Cached: a second call asks STS nothing.
    p.provide_credentials().await.unwrap();
    assert_eq!(assume_role_requests(&sim).len(), 1);

    // The role's credentials sign an API call the simulator verifies.
    assert_signs(&c).await;

    // No secret in Debug, of the provider or of the generated response.
    let answer = sts_answer(ROLE_ID, ROLE_SECRET, ROLE_TOKEN, Duration::from_secs(60));
    let decoded: workflow_sdk::sts::types::AssumeRoleResponse =
        serde_json::from_str(&answer).unwrap();
    for shown in [format!("{p:?}"), format!("{decoded:?}"), format!("{c:?}")] {
        for secret in [ROLE_SECRET, ROLE_TOKEN, SOURCE_SECRET] {
            assert!(!shown.contains(secret), "{secret} in {shown}");
        }
    }
}

#[tokio::test]
async fn ram_role_arn_default_session_name_and_rejected_source() {
    let sim = sts_simulator().await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, ROLE_TOKEN, Duration::from_secs(3600)),
        ),
    );
    role(&sim).provide_credentials().await.unwrap();
    let q = assume_role_requests(&sim)[0].query_pairs();
    let name = q.iter().find(|(k, _)| k == "RoleSessionName").unwrap();
    assert!(name.1.starts_with("workflow-sdk-"), "{name:?}");

    // A source key the service does not know: the error says which role,
    // and carries no secret.
    let p = RamRoleArnProvider::new(Credentials::new(SOURCE_ID, "wrong-secret-value"), ROLE_ARN)
        .sts_endpoint(StsEndpoint::default().url(sim.url()));
    let e = p.provide_credentials().await.unwrap_err();
    assert!(e.message().contains(ROLE_ARN), "{e}");
    assert!(!e.message().contains("wrong-secret-value"), "{e}");

    // Too short a session is refused before anything is sent.
    let before = sim.requests().len();
    let e = role(&sim)
        .duration(Duration::from_secs(60))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("duration_seconds"), "{e}");
    assert_eq!(sim.requests().len(), before);
}

#[tokio::test]
async fn throttled_assume_role_is_retried_with_backoff() {
    let sim = sts_simulator().await;
    sim.push(
        "AssumeRole",
        None,
        Reply::acs_error(
            400,
            "Throttling.User",
            "Request was denied due to user flow control.",
        ),
    );
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, ROLE_TOKEN, Duration::from_secs(3600)),
        ),
    );
    let c = role(&sim).provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), ROLE_ID);
    assert_eq!(assume_role_requests(&sim).len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hundred_concurrent_calls_across_an_expiry_make_one_sts_call() {
    let sim = sts_simulator().await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, "token-1", Duration::from_secs(2)),
        ),
    );
    let p = Arc::new(role(&sim));
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(p.clone())
        .build()
        .unwrap();
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("first")
        .send()
        .await
        .unwrap();
    assert_eq!(assume_role_requests(&sim).len(), 1);

    // Let the 2-second session expire, then 100 calls at once.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, "token-2", Duration::from_secs(3600)),
        ),
    );
    let calls: Vec<_> = (0..100)
        .map(|i| {
            let config = config.clone();
            tokio::spawn(async move {
                ice::Client::new(&config)
                    .get_workflow_task()
                    .task_id(format!("t{i}"))
                    .send()
                    .await
                    .map(|_| ())
            })
        })
        .collect();
    for c in calls {
        c.await.unwrap().unwrap();
    }
    assert_eq!(
        assume_role_requests(&sim).len(),
        2,
        "one STS call for the 100 callers"
    );
    let api_calls: Vec<_> = sim
        .requests()
        .into_iter()
        .filter(|r| r.service == Some("ice"))
        .collect();
    assert_eq!(api_calls.len(), 101);
    for r in &api_calls[1..] {
        assert_eq!(r.verdict, Ok(()));
        assert_eq!(r.header("x-acs-security-token"), Some("token-2"));
    }
}

#[tokio::test]
async fn refresh_failure_keeps_serving_valid_credentials_then_never_expired_ones() {
    let sim = sts_simulator().await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, "token-1", Duration::from_secs(4)),
        ),
    );
    let p = role(&sim);
    assert_eq!(
        p.provide_credentials()
            .await
            .unwrap()
            .security_token()
            .unwrap()
            .expose(),
        "token-1"
    );
    // Half-way through the 4-second session STS starts refusing.
    tokio::time::sleep(Duration::from_millis(2200)).await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::acs_error(
            403,
            "NoPermission",
            "You are not authorized to do this action.",
        ),
    );
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(
        c.security_token().unwrap().expose(),
        "token-1",
        "still valid"
    );
    assert_eq!(assume_role_requests(&sim).len(), 2, "a refresh was tried");
    // Backing off: the next call does not hammer STS.
    p.provide_credentials().await.unwrap();
    assert_eq!(assume_role_requests(&sim).len(), 2);

    // Once they have expired, the failure is the answer.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let e = p.provide_credentials().await.unwrap_err();
    assert!(e.message().contains("NoPermission"), "{e}");

    // STS recovers: fresh credentials.
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(ROLE_ID, ROLE_SECRET, "token-2", Duration::from_secs(3600)),
        ),
    );
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.security_token().unwrap().expose(), "token-2");
}

/// A loopback STS for `AssumeRoleWithOIDC`: checks that the call is
/// unsigned, that the token is in the body and not the URL, and answers
/// with a key naming the token it saw. The first `throttle` calls are
/// throttled.
async fn oidc_sts(throttle: usize, lifetime: Duration) -> credentials_support::Server {
    let seen = Arc::new(AtomicUsize::new(0));
    serve(move |r| {
        let n = seen.fetch_add(1, Ordering::SeqCst);
        let ok = r.method == "POST"
            && r.path == "/"
            && r.query.is_none()
            && r.header("authorization").is_none()
            && r.header("x-acs-security-token").is_none()
            && r.header("x-acs-action") == Some("AssumeRoleWithOIDC")
            && r.header("x-acs-version") == Some("2015-04-01")
            && r.header("content-type") == Some("application/x-www-form-urlencoded")
            && r.form_value("RoleArn").as_deref() == Some(ROLE_ARN)
            && r.form_value("OIDCProviderArn").as_deref()
                == Some("acs:ram::123456789012:oidc-provider/ack")
            && r.form_value("RoleSessionName").is_some();
        if !ok {
            return Resp::new(
                400,
                r#"{"Code":"MissingParameter","Message":"bad request","RequestId":"R1"}"#,
            );
        }
        if n < throttle {
            return Resp::new(
                400,
                r#"{"Code":"Throttling","Message":"slow down","RequestId":"R2"}"#,
            );
        }
        let token = r.form_value("OIDCToken").unwrap_or_default();
        if !token.starts_with("eyJ") {
            return Resp::new(
                400,
                r#"{"Code":"InvalidParameter.OIDCToken","Message":"bad token","RequestId":"R3"}"#,
            );
        }
        Resp::new(
            200,
            sts_answer(
                &format!("STS.Oidc.{token}"),
                ROLE_SECRET,
                ROLE_TOKEN,
                lifetime,
            ),
        )
        .header("content-type", "application/json")
    })
    .await
}

#[tokio::test]
async fn oidc_role_sends_the_token_unsigned_in_the_body_and_rereads_the_rotated_file() {
    let sts = oidc_sts(0, Duration::from_secs(2)).await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    write(&token_file, "eyJ.first\n");
    let e = env(&[
        ("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN),
        (
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
            "acs:ram::123456789012:oidc-provider/ack",
        ),
        (
            "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
            token_file.to_str().unwrap(),
        ),
        ("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-7"),
    ]);
    let p = OidcRoleProvider::from_env(&e)
        .unwrap()
        .unwrap()
        .sts_endpoint(StsEndpoint::default().url(&sts.url));
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.Oidc.eyJ.first");
    let r = &sts.requests()[0];
    assert_eq!(r.form_value("RoleSessionName").as_deref(), Some("pod-7"));
    assert!(!format!("{r:?}").contains("authorization"));
    assert_signs(&c).await;

    // The cluster rotates the token; the next refresh reads the new one.
    write(&token_file, "eyJ.second");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.Oidc.eyJ.second");
    assert_eq!(sts.count(), 2);
    assert!(!format!("{p:?}").contains("eyJ"), "no token in Debug");
}

#[tokio::test]
async fn oidc_role_retries_throttling_and_reports_a_broken_setup() {
    let sts = oidc_sts(1, Duration::from_secs(3600)).await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    write(&token_file, "eyJ.tok");
    let p = OidcRoleProvider::new(
        ROLE_ARN,
        "acs:ram::123456789012:oidc-provider/ack",
        &token_file,
    )
    .sts_endpoint(StsEndpoint::default().url(&sts.url));
    p.provide_credentials().await.unwrap();
    assert_eq!(sts.count(), 2, "throttled once, then retried");

    // A token file that cannot be read is an error naming it, not "not set up".
    let p = OidcRoleProvider::new(
        ROLE_ARN,
        "acs:ram::123456789012:oidc-provider/ack",
        dir.path().join("missing"),
    )
    .sts_endpoint(StsEndpoint::default().url(&sts.url));
    let e = p.provide_credentials().await.unwrap_err();
    assert!(!e.is_not_configured());
    assert!(e.message().contains("missing"), "{e}");

    // A rejected token: the service's code in the error, the token not.
    write(&token_file, "not-a-jwt-secret");
    let p = OidcRoleProvider::new(
        ROLE_ARN,
        "acs:ram::123456789012:oidc-provider/ack",
        &token_file,
    )
    .sts_endpoint(StsEndpoint::default().url(&sts.url));
    let e = p.provide_credentials().await.unwrap_err();
    assert!(e.message().contains("InvalidParameter.OIDCToken"), "{e}");
    assert!(!e.message().contains("not-a-jwt-secret"), "{e}");

    // Only some of the variables: the missing ones are named.
    let e = OidcRoleProvider::from_env(&env(&[("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN)])).unwrap_err();
    assert!(
        e.message().contains("ALIBABA_CLOUD_OIDC_PROVIDER_ARN")
            && e.message().contains("ALIBABA_CLOUD_OIDC_TOKEN_FILE"),
        "{e}"
    );
    assert!(OidcRoleProvider::from_env(&env(&[])).unwrap().is_none());
}

#[test]
fn sts_endpoint_follows_the_official_settings() {
    assert_eq!(
        StsEndpoint::DEFAULT_URL,
        workflow_sdk::sts::SERVICE.endpoint.url,
        "the default is the spec's endpoint"
    );
    assert_eq!(
        StsEndpoint::from_env(&env(&[])).resolve().unwrap(),
        "https://sts.aliyuncs.com"
    );
    assert_eq!(
        StsEndpoint::from_env(&env(&[("ALIBABA_CLOUD_STS_REGION", "cn-shanghai")]))
            .resolve()
            .unwrap(),
        "https://sts.cn-shanghai.aliyuncs.com"
    );
    assert_eq!(
        StsEndpoint::from_env(&env(&[
            ("ALIBABA_CLOUD_STS_REGION", "cn-shanghai"),
            ("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true"),
        ]))
        .resolve()
        .unwrap(),
        "https://sts-vpc.cn-shanghai.aliyuncs.com"
    );
    assert_eq!(
        StsEndpoint::from_env(&env(&[("ALIBABA_CLOUD_STS_REGION", "cn-shanghai")]))
            .url("https://sts.example.internal/")
            .resolve()
            .unwrap(),
        "https://sts.example.internal"
    );
    // A region that would change the host is refused.
    let e = StsEndpoint::default()
        .region("evil.com/x")
        .resolve()
        .unwrap_err();
    assert!(e.message().contains("ALIBABA_CLOUD_STS_REGION"), "{e}");
}
