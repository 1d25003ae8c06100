//! No secret reaches tracing output, at any level, on success or failure.

use std::io::Write;
use std::sync::{Arc, Mutex};

use workflow_sdk::simulator::{ACCESS_KEY_ID, ACCESS_KEY_SECRET, API_KEY, Simulator};
use workflow_sdk::{Config, Credentials, altatech, ice, paiflow};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn secrets_never_reach_trace_output() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    const TOKEN: &str = "CAIS-sts-token-must-not-leak";
    let sim = Simulator::start().await.unwrap();
    let sts = Config::builder()
        .endpoint_url(sim.url())
        .credentials(Credentials::new(ACCESS_KEY_ID, ACCESS_KEY_SECRET).with_security_token(TOKEN))
        .api_key(API_KEY)
        .build()
        .unwrap();
    tracing::debug!(config = ?sts, "configured");
    paiflow::Client::new(&sts)
        .get_pipeline_run()
        .pipeline_run_id("r")
        .send()
        .await
        .unwrap();
    ice::Client::new(&sts)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    altatech::Client::new(&sts)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap();

    // Failures too: a wrong secret and a wrong key, logged with their errors.
    let wrong = Config::builder()
        .endpoint_url(sim.url())
        .credentials(Credentials::new(
            ACCESS_KEY_ID,
            "wrong-secret-must-not-leak",
        ))
        .api_key("sk-wrong-key-must-not-leak")
        .build()
        .unwrap();
    let e1 = ice::Client::new(&wrong)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    let e2 = altatech::Client::new(&wrong)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap_err();
    tracing::error!(error = %e1, debug = ?e1, chain = e1.display_chain(), "call failed");
    tracing::error!(error = %e2, debug = ?e2, "call failed");

    let out = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        out.contains("workflow_sdk.call"),
        "the call span was logged: {out}"
    );
    assert!(
        out.contains("SignatureDoesNotMatch"),
        "failures were logged"
    );
    for secret in [
        ACCESS_KEY_SECRET,
        TOKEN,
        API_KEY,
        "wrong-secret-must-not-leak",
        "sk-wrong-key-must-not-leak",
    ] {
        assert!(
            !out.contains(secret),
            "{secret} leaked into the log:\n{out}"
        );
    }
}
