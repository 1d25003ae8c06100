//! An operation a spec marks `security: []` with an
//! `application/x-www-form-urlencoded` body: sent unsigned (no credentials
//! asked for, no `Authorization`, no security token), its body form-encoded
//! once, nothing of it in the URL. A loopback server reads the request as it
//! arrived.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use extra_api_test::extra_rpc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use workflow_sdk::credentials::{CredentialsFuture, ProvideCredentials};
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{Config, Credentials, Secret};

/// One request as it arrived: the request line, the headers (names lower
/// case) and the body.
struct Arrived {
    line: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Arrived {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Serves one request on 127.0.0.1 and hands it back.
async fn serve_one() -> (String, tokio::task::JoinHandle<Arrived>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let (mut conn, _) = listener.accept().await.unwrap();
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        let head_end = loop {
            let n = conn.read(&mut chunk).await.unwrap();
            assert!(n > 0, "the connection closed before the headers ended");
            buf.extend_from_slice(&chunk[..n]);
            if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break at;
            }
        };
        let head = String::from_utf8(buf[..head_end].to_vec()).unwrap();
        let mut lines = head.split("\r\n");
        let line = lines.next().unwrap().to_string();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let length: usize = headers
            .iter()
            .find(|(k, _)| k == "content-length")
            .map(|(_, v)| v.parse().unwrap())
            .unwrap_or(0);
        let mut body = buf[head_end + 4..].to_vec();
        while body.len() < length {
            let n = conn.read(&mut chunk).await.unwrap();
            assert!(n > 0, "the connection closed before the body ended");
            body.extend_from_slice(&chunk[..n]);
        }
        let answer = r#"{"RequestId":"R-1","Job":{"JobId":"job-1","State":"QUEUED"}}"#;
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
            answer.len()
        );
        conn.write_all(response.as_bytes()).await.unwrap();
        conn.shutdown().await.ok();
        Arrived {
            line,
            headers,
            body: String::from_utf8(body).unwrap(),
        }
    });
    (url, task)
}

/// Credentials that count how often they are asked for.
#[derive(Debug, Default)]
struct Counting(Arc<AtomicUsize>);

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async {
            Ok(Credentials::new("LTAI5tCounted", "counted-secret").with_security_token("tok"))
        })
    }
}

#[tokio::test]
async fn a_security_none_operation_is_sent_unsigned_with_its_form_body() {
    assert!(
        extra_rpc::operations::START_JOB.unsigned,
        "security: [] is in the facts"
    );
    assert!(!extra_rpc::operations::DESCRIBE_JOB.unsigned);
    let (url, server) = serve_one().await;
    let asked = Arc::new(AtomicUsize::new(0));
    let config = Config::builder()
        .endpoint_url_for(&extra_rpc::SERVICE, url)
        .credentials(Counting(asked.clone()))
        .build()
        .unwrap();
    let client = extra_rpc::Client::new(&config);
    let call = client.start_job().dry_run(true).body_map(|b| {
        b.job_name("nightly build & test")
            .ticket(Secret::new("tkt-9f8e7d6c5b4a"))
            .priority(3)
            .tags(vec!["a=b".to_string(), "c d".to_string()])
    });
    assert!(
        !format!("{call:?}").contains("tkt-9f8e7d6c5b4a"),
        "a `format: password` form field stays out of Debug"
    );
    let resp = call.send().await.unwrap();
    assert_eq!(resp.request_id.as_deref(), Some("R-1"));

    let r = server.await.unwrap();
    // RPC: POST /, the query parameter in the URL, the form fields not.
    assert_eq!(r.line, "POST /?DryRun=true HTTP/1.1");
    assert_eq!(r.header("x-acs-action"), Some("StartJob"));
    assert_eq!(r.header("x-acs-version"), Some("2024-05-01"));
    assert!(r.header("x-acs-date").is_some());
    // Unsigned: no signature, no token, no credentials asked for.
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("x-acs-security-token"), None);
    assert_eq!(r.header("x-acs-content-sha256"), None);
    assert_eq!(
        asked.load(Ordering::SeqCst),
        0,
        "credentials were not asked for"
    );
    // The body, form-encoded once.
    assert_eq!(
        r.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        r.body,
        "JobName=nightly%20build%20%26%20test&Priority=3&Tags=a%3Db&Tags=c%20d&Ticket=tkt-9f8e7d6c5b4a"
    );
}

#[tokio::test]
async fn an_unsigned_operation_needs_no_credentials_and_the_simulator_serves_it() {
    let sim = Simulator::builder()
        .default_credentials()
        .service(&extra_rpc::SERVICE)
        .start()
        .await
        .unwrap();
    // No credentials at all: a signed operation is refused before sending,
    // the unsigned one goes.
    let config = Config::builder()
        .endpoint_url_for(&extra_rpc::SERVICE, sim.url())
        .build()
        .unwrap();
    let client = extra_rpc::Client::new(&config);
    let e = client.describe_job().job_id("j").send().await.unwrap_err();
    assert!(matches!(e, workflow_sdk::Error::Config(_)), "{e}");
    client
        .start_job()
        .body_map(|b| b.job_name("j"))
        .send()
        .await
        .unwrap();
    let r = sim.requests().pop().unwrap();
    assert_eq!(r.operation, Some("StartJob"));
    assert_eq!(r.verdict, Ok(()));
    assert_eq!(&r.body[..], b"JobName=j");
    // A blank required form field is refused before anything is sent.
    let e = client
        .start_job()
        .body_map(|b| b.job_name(" "))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&e, workflow_sdk::Error::InvalidParameter { parameter, .. } if parameter == "JobName"),
        "{e}"
    );
}
