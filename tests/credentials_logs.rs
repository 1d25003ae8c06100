//! No credential secret (source AccessKey secret, STS secret and token,
//! OIDC token) reaches tracing output at any level, Debug, Display or an
//! error, whatever the credential source and whether it succeeds or fails.

mod credentials_support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use credentials_support::{Resp, env, serve, sts_answer, write};
use workflow_sdk::credentials::{
    CachedProvider, CredentialsUriProvider, DefaultCredentialsChain, EcsRamRoleProvider,
    ExternalProcessProvider, OidcRoleProvider, RamRoleArnProvider, StsEndpoint,
};
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Config, Credentials, ProvideCredentials, ice};

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

const SOURCE_SECRET: &str = "src-SECRET-7f3a9c1e5b2d";
const ROLE_SECRET: &str = "role-SECRET-4e8b0d6a2c9f";
const ROLE_TOKEN: &str = "CAIS-role-TOKEN-1a2b3c4d5e6f";
const OIDC_TOKEN: &str = "eyJ-oidc-TOKEN-9z8y7x6w5v4u";
const URI_SECRET: &str = "uri-SECRET-0p9o8i7u6y5t";
const IMDS_SECRET: &str = "imds-SECRET-3e4r5t6y7u8i";
const EXT_SECRET: &str = "ext-SECRET-2w3e4r5t6y7u";

/// Every 8-character piece of every secret.
fn pieces() -> Vec<String> {
    let mut out = Vec::new();
    for s in [
        SOURCE_SECRET,
        ROLE_SECRET,
        ROLE_TOKEN,
        OIDC_TOKEN,
        URI_SECRET,
        IMDS_SECRET,
        EXT_SECRET,
    ] {
        let chars: Vec<char> = s.chars().collect();
        for w in chars.windows(8) {
            out.push(w.iter().collect());
        }
    }
    out
}

fn assert_clean(what: &str, text: &str) {
    for p in pieces() {
        assert!(!text.contains(&p), "{what} holds {p:?}:\n{text}");
    }
}

#[tokio::test]
async fn no_credential_secret_in_logs_debug_or_errors() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut shown = Vec::new();

    // AssumeRole, then a failing refresh while the credentials are valid.
    let sim = Simulator::builder()
        .access_key("LTAI5tSource", SOURCE_SECRET)
        .access_key("STS.Role", ROLE_SECRET)
        .start()
        .await
        .unwrap();
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer("STS.Role", ROLE_SECRET, ROLE_TOKEN, Duration::from_secs(4)),
        ),
    );
    let role = Arc::new(
        RamRoleArnProvider::new(
            Credentials::new("LTAI5tSource", SOURCE_SECRET),
            "acs:ram::1:role/r",
        )
        .sts_endpoint(StsEndpoint::default().url(sim.url())),
    );
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(role.clone())
        .build()
        .unwrap();
    let response = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    shown.push(format!("{response:?}"));
    // Inside the refresh window (the second half), still valid.
    tokio::time::sleep(Duration::from_millis(2200)).await;
    sim.set_default(
        "AssumeRole",
        None,
        Reply::acs_error(403, "NoPermission", "denied"),
    );
    role.provide_credentials().await.unwrap();
    shown.push(format!("{role:?} {config:?}"));
    let bad_source = RamRoleArnProvider::new(
        Credentials::new("LTAI5tSource", "wrong-SECRET-zzzzzzzz"),
        "acs:ram::1:role/r",
    )
    .sts_endpoint(StsEndpoint::default().url(sim.url()));
    let e = bad_source.provide_credentials().await.unwrap_err();
    shown.push(format!("{e} {e:?}"));

    // OIDC: success and a rejected token.
    let sts = serve(|r| {
        if r.form_value("OIDCToken").as_deref() == Some(OIDC_TOKEN) {
            Resp::new(
                200,
                sts_answer(
                    "STS.Oidc",
                    ROLE_SECRET,
                    ROLE_TOKEN,
                    Duration::from_secs(3600),
                ),
            )
        } else {
            Resp::new(
                400,
                r#"{"Code":"InvalidParameter.OIDCToken","Message":"bad","RequestId":"R"}"#,
            )
        }
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    write(&token_file, OIDC_TOKEN);
    let oidc = OidcRoleProvider::new(
        "acs:ram::1:role/o",
        "acs:ram::1:oidc-provider/p",
        &token_file,
    )
    .sts_endpoint(StsEndpoint::default().url(&sts.url));
    let c = oidc.provide_credentials().await.unwrap();
    shown.push(format!("{oidc:?} {c:?}"));

    // Credentials URI, metadata service, external command.
    let uri = serve(|_| {
        Resp::new(
            200,
            format!(
                r#"{{"Code":"Success","AccessKeyId":"LTAI5tUri","AccessKeySecret":"{URI_SECRET}"}}"#
            ),
        )
    })
    .await;
    let p = CredentialsUriProvider::new(format!("{}/c?token={URI_SECRET}", uri.url));
    let c = p.provide_credentials().await.unwrap();
    shown.push(format!("{p:?} {c:?}"));
    let broken_uri =
        CredentialsUriProvider::new(format!("http://127.0.0.1:1/c?token={URI_SECRET}"));
    let e = broken_uri.provide_credentials().await.unwrap_err();
    shown.push(format!("{e} {broken_uri:?}"));

    let imds = serve(|r| match r.method.as_str() {
        "PUT" => Resp::new(200, "session"),
        _ if r.path.ends_with('/') => Resp::new(200, "R\n"),
        _ => Resp::new(
            200,
            format!(
                r#"{{"Code":"Success","AccessKeyId":"STS.I","AccessKeySecret":"{IMDS_SECRET}","SecurityToken":"{ROLE_TOKEN}","Expiration":"2099-01-01T00:00:00Z"}}"#
            ),
        ),
    })
    .await;
    let p = EcsRamRoleProvider::with_env(env(&[])).base_url(&imds.url);
    let c = p.provide_credentials().await.unwrap();
    shown.push(format!("{p:?} {c:?}"));

    let command = format!(
        r#"echo '{{"mode":"AK","access_key_id":"LTAI5tExt","access_key_secret":"{EXT_SECRET}"}}'"#
    );
    let p = ExternalProcessProvider::new(&command);
    let c = p.provide_credentials().await.unwrap();
    shown.push(format!("{p:?} {c:?}"));
    let failing = ExternalProcessProvider::new(format!("false {EXT_SECRET}"));
    let e = failing.provide_credentials().await.unwrap_err();
    shown.push(format!("{e} {failing:?}"));

    // The chain, failing with every reason, wrapped in the cache.
    let chain = CachedProvider::new(
        DefaultCredentialsChain::with_env(env(&[
            ("HOME", dir.path().to_str().unwrap()),
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tEnv"),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SOURCE_SECRET),
        ]))
        .imds_base_url(&imds.url),
    );
    chain.provide_credentials().await.unwrap();
    shown.push(format!("{chain:?}"));

    drop(_guard);
    let logs = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        logs.contains("refreshing credentials failed"),
        "the failed refresh is logged"
    );
    assert_clean("trace output", &logs);
    for s in &shown {
        assert_clean("Debug/Display", s);
    }
}
