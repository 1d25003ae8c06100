//! A spec written by hand in plain OpenAPI 3.0.3 (`specs/media-jobs.yaml`):
//! a hyphenated file name, `servers` with a region variable, declared error
//! responses, `format: date-time`, and no `x-` keys beyond the product and
//! the version. It builds with no Rust edit, and its operation is signed,
//! sent and decoded correctly against the simulator.

use extra_api_test::media_jobs;
use workflow_sdk::simulator::{Reply, Simulator};

async fn simulator() -> Simulator {
    Simulator::builder()
        .default_credentials()
        .service(&media_jobs::SERVICE)
        .start()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_plain_openapi_spec_is_signed_sent_and_decoded() {
    let sim = simulator().await;
    let config = sim.config().build().unwrap();
    let job = media_jobs::Client::new(&config)
        .get_media_job()
        .job_id("job 42/a")
        .fields(media_jobs::types::GetMediaJobFields::Full)
        .send()
        .await
        .unwrap();

    let r = &sim.requests()[0];
    // ROA by default: the spec's method and path are the real ones.
    assert_eq!(
        (r.method.as_str(), r.raw_path.as_str()),
        ("GET", "/v1/media-jobs/job%2042%2Fa")
    );
    assert_eq!(r.raw_query.as_deref(), Some("Fields=Full"));
    // The action is the operationId; the version comes from `info`.
    assert_eq!(r.header("x-acs-action"), Some("GetMediaJob"));
    assert_eq!(r.header("x-acs-version"), Some("2025-01-15"));
    assert!(
        r.header("authorization")
            .is_some_and(|a| a.starts_with("ACS3-HMAC-SHA256 Credential=")),
        "signed with Alibaba Cloud signature V3"
    );
    assert_eq!(r.verdict, Ok(()), "the simulator verified the signature");

    assert_eq!(job.job_id.as_deref(), Some("job-42"));
    assert_eq!(
        job.state,
        Some(media_jobs::types::MediaJobState::Transcoding)
    );
    // `format: date-time` is a timestamp: raw text kept, UTC accessor.
    assert_eq!(job.submitted_at.as_deref(), Some("2025-03-01T08:30:00Z"));
    assert_eq!(
        job.submitted_at_utc().unwrap().map(|t| t.unix_timestamp()),
        Some(1_740_817_800)
    );
    let out = &job.outputs[0];
    assert_eq!(out.bytes, Some(1_048_576));
    assert_eq!(out.extra["Codec"], "h264", "unknown fields are kept");
}

#[test]
fn the_endpoint_rule_comes_from_servers() {
    let rule = &media_jobs::SERVICE.endpoint;
    assert_eq!(
        rule.resolve(Some("eu-central-1")).as_deref(),
        Some("https://media.eu-central-1.aliyuncs.com")
    );
    assert_eq!(rule.resolve(None), None, "a regional API needs a region");
    assert_eq!(media_jobs::SERVICE.module, "media_jobs");
    assert_eq!(media_jobs::SERVICE.product, Some("TestMedia"));
}

#[tokio::test]
async fn declared_error_responses_come_back_as_the_typed_error() {
    let sim = simulator().await;
    let config = sim.config().build().unwrap();
    let client = media_jobs::Client::new(&config);

    sim.push(
        "GetMediaJob",
        None,
        Reply::acs_error(404, "NotFound.Job", "The job does not exist."),
    );
    let err = client
        .get_media_job()
        .job_id("gone")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("NotFound.Job"));
    assert_eq!(err.http_status(), Some(404));

    // The `default` response declared as text/plain: still the one error.
    sim.push(
        "GetMediaJob",
        None,
        Reply::body(418, "text/plain", "short and stout"),
    );
    let err = client
        .get_media_job()
        .job_id("tea")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.http_status(), Some(418));
}
