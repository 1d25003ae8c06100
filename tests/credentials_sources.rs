//! Credential sources over loopback: the ECS metadata service (v1 and v2),
//! a credentials URI, external commands, every credentials-file type and
//! every `aliyun` CLI mode, and the default chain's rules.

mod credentials_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use credentials_support::{
    Resp, Server, assert_signs, closed_port_url, env, obtain_and_sign, rfc3339, serve, sts_answer,
    write,
};
use workflow_sdk::credentials::{
    CachedProvider, CliConfigProvider, CredentialsUriProvider, DefaultCredentialsChain,
    EcsRamRoleProvider, ExternalProcessProvider, ProfileFileProvider, StsEndpoint,
};
use workflow_sdk::simulator::{Reply, Simulator};
use workflow_sdk::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};

fn role_json(id: &str) -> String {
    serde_json::json!({
        "AccessKeyId": id,
        "AccessKeySecret": "imds-secret-value",
        "SecurityToken": "imds-token-value",
        "Expiration": rfc3339(std::time::SystemTime::now() + Duration::from_secs(3600)),
        "LastUpdated": "2026-01-01T00:00:00Z",
        "Code": "Success",
    })
    .to_string()
}

/// A metadata service. `v2`: whether it hands out session tokens (else it
/// refuses the `PUT` with 403, as a v1-only service does). The role is
/// `role` (listed with a trailing newline).
async fn imds(v2: bool, role: &'static str) -> Server {
    let encoded = workflow_sdk::signing::percent_encode(role);
    serve(move |r| {
        let token_ok = r.header("x-aliyun-ecs-metadata-token") == Some("imds-session-token");
        match (r.method.as_str(), r.path.as_str()) {
            ("PUT", "/latest/api/token") if v2 => Resp::new(200, "imds-session-token"),
            ("PUT", "/latest/api/token") => Resp::new(403, "forbidden"),
            _ if v2 && !token_ok => Resp::new(401, ""),
            ("GET", "/latest/meta-data/ram/security-credentials/") => {
                Resp::new(200, format!("{role}\n"))
            }
            ("GET", p) if p == format!("/latest/meta-data/ram/security-credentials/{encoded}") => {
                Resp::new(200, role_json("STS.Imds"))
            }
            _ => Resp::new(404, ""),
        }
    })
    .await
}

#[tokio::test]
async fn ecs_ram_role_v2_and_the_v1_fallback() {
    // v2, with a role name that needs encoding and ends in a newline.
    let server = imds(true, "Ecs Role/with#odd?chars").await;
    let p = EcsRamRoleProvider::with_env(env(&[])).base_url(&server.url);
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.Imds");
    let paths: Vec<_> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths.last().unwrap(),
        "/latest/meta-data/ram/security-credentials/Ecs%20Role%2Fwith%23odd%3Fchars"
    );
    assert_signs(&c).await;

    // A v1-only service: the token is refused, the v1 flow is used.
    let server = imds(false, "EcsRole").await;
    let c = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&server.url)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.Imds");
    assert!(
        server.requests()[1..]
            .iter()
            .all(|r| r.header("x-aliyun-ecs-metadata-token").is_none())
    );
    // ... unless v1 is turned off.
    let e = EcsRamRoleProvider::with_env(env(&[("ALIBABA_CLOUD_IMDSV1_DISABLED", "true")]))
        .base_url(&server.url)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(!e.is_not_configured());
    assert!(e.message().contains("ALIBABA_CLOUD_IMDSV1_DISABLED"), "{e}");
}

#[tokio::test]
async fn ecs_metadata_unreachable_slow_bad_oversized_and_redirecting_are_told_apart() {
    // Nothing listens: not on ECS, and learned once.
    let closed = closed_port_url().await;
    let e = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&closed)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        e.is_not_configured() && e.message().contains("unreachable"),
        "{e}"
    );
    let e = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&closed)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        e.is_not_configured() && e.message().contains("earlier in this process"),
        "{e}"
    );

    // Answers badly: an error, not "not on ECS".
    let bad = serve(|_| Resp::new(500, "oops")).await;
    let e = EcsRamRoleProvider::with_env(env(&[("ALIBABA_CLOUD_ECS_METADATA", "R")]))
        .base_url(&bad.url)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(!e.is_not_configured(), "{e}");

    // Too slow (3 s limit): an error that says so.
    let slow = serve(|_| Resp::new(200, "t").delay(Duration::from_secs(5))).await;
    let e = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&slow.url)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        !e.is_not_configured() && e.message().contains("slowly"),
        "{e}"
    );

    // An endless answer is cut at the limit.
    let huge = serve(|r| match r.method.as_str() {
        "PUT" => Resp::new(200, "tok"),
        _ => Resp::new(200, vec![b'a'; 1 << 20]),
    })
    .await;
    let e = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&huge.url)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("larger than"), "{e}");

    // A redirect is not followed.
    let elsewhere = imds(true, "R").await;
    let target = format!("{}/latest/api/token", elsewhere.url);
    let redirecting = serve(move |_| Resp::new(307, "").header("location", &target)).await;
    let e = EcsRamRoleProvider::with_env(env(&[]))
        .base_url(&redirecting.url)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        e.message().contains("redirect") && e.message().contains("307"),
        "{e}"
    );
    assert_eq!(elsewhere.count(), 0);
}

#[tokio::test]
async fn credentials_uri_provider() {
    let server = serve(|r| {
        if r.path != "/creds" {
            return Resp::new(404, "");
        }
        Resp::new(
            200,
            serde_json::json!({
                "Code": "Success",
                "AccessKeyId": "STS.Uri",
                "AccessKeySecret": "uri-secret-value",
                "SecurityToken": "uri-token-value",
                "Expiration": rfc3339(std::time::SystemTime::now() + Duration::from_secs(3600)),
            })
            .to_string(),
        )
    })
    .await;
    let uri = format!("{}/creds", server.url);
    let p =
        CredentialsUriProvider::from_env(&env(&[("ALIBABA_CLOUD_CREDENTIALS_URI", &uri)])).unwrap();
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.Uri");
    p.provide_credentials().await.unwrap();
    assert_eq!(server.count(), 1, "cached");
    assert_signs(&c).await;
    assert!(!format!("{p:?}").contains("uri-secret-value"));

    // Failures: a Code other than Success, an oversized answer, a redirect.
    let failing = serve(|r| match r.path.as_str() {
        "/code" => Resp::new(200, r#"{"Code":"Failed","Message":"no"}"#),
        "/huge" => Resp::new(200, vec![b' '; 1 << 20]),
        _ => Resp::new(302, "").header("location", "http://127.0.0.1:1/x"),
    })
    .await;
    for (path, expect) in [
        ("/code", "Failed"),
        ("/huge", "larger than"),
        ("/redirect", "redirect"),
    ] {
        let e = CredentialsUriProvider::new(format!("{}{path}", failing.url))
            .provide_credentials()
            .await
            .unwrap_err();
        assert!(e.message().contains(expect), "{path}: {e}");
    }
}

/// A script printing `output`, so the command runs without a shell.
fn script(dir: &std::path::Path, name: &str, body: &str) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    write(&path, &format!("#!/bin/sh\n{body}\n"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_str().unwrap().to_string()
}

#[tokio::test]
async fn external_command_without_a_shell_with_a_timeout() {
    // No shell: `$HOME` reaches the program as written.
    let c = ExternalProcessProvider::new(
        r#"echo '{"mode":"AK","access_key_id":"$HOME","access_key_secret":"ext-secret"}'"#,
    )
    .provide_credentials()
    .await
    .unwrap();
    assert_eq!(c.access_key_id(), "$HOME");

    let dir = tempfile::tempdir().unwrap();
    let sts = script(
        dir.path(),
        "sts.sh",
        r#"echo '{"mode":"StsToken","access_key_id":"STS.Ext","access_key_secret":"ext-secret-value","sts_token":"ext-token-value"}'"#,
    );
    let c = ExternalProcessProvider::new(&sts)
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.security_token().unwrap().expose(), "ext-token-value");
    assert!(
        c.expiry().is_some(),
        "undated STS credentials are asked again later"
    );
    assert_signs(&c).await;

    // Slow: killed at the timeout.
    let slow = script(dir.path(), "slow.sh", "sleep 10");
    let started = std::time::Instant::now();
    let e = ExternalProcessProvider::new(&slow)
        .timeout(Duration::from_millis(300))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(e.message().contains("killed"), "{e}");

    // A process left behind that holds the output open does not hang it.
    let lingering = script(
        dir.path(),
        "lingering.sh",
        r#"echo '{"mode":"AK","access_key_id":"a","access_key_secret":"b"}'; sleep 10 &"#,
    );
    let started = std::time::Instant::now();
    let e = ExternalProcessProvider::new(&lingering)
        .timeout(Duration::from_millis(500))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(e.message().contains("did not end"), "{e}");

    // A zero timeout makes no sense: refused, naming the setting. The
    // largest one is accepted without overflow.
    let e = ExternalProcessProvider::new(&sts)
        .timeout(Duration::ZERO)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("timeout"), "{e}");
    ExternalProcessProvider::new(&sts)
        .timeout(Duration::MAX)
        .provide_credentials()
        .await
        .unwrap();

    // Failing, or printing something else: errors that say so, without
    // the output (it could be a secret).
    let failing = script(dir.path(), "fail.sh", "echo secret-ish >&2; exit 3");
    let e = ExternalProcessProvider::new(&failing)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("failed"), "{e}");
    assert!(!e.message().contains("secret-ish"));
    let garbage = script(dir.path(), "garbage.sh", "echo not-json-output");
    let e = ExternalProcessProvider::new(&garbage)
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("expected JSON"), "{e}");
    assert!(!e.message().contains("not-json-output"));
}

/// STS on the simulator, accepting the source key and answering with the
/// role's.
async fn sts() -> Simulator {
    let sim = Simulator::builder()
        .access_key("LTAI5tSource", "source-secret")
        .start()
        .await
        .unwrap();
    sim.set_default(
        "AssumeRole",
        None,
        Reply::json(
            200,
            sts_answer(
                "STS.Role",
                "role-secret",
                "role-token",
                Duration::from_secs(3600),
            ),
        ),
    );
    sim
}

/// A loopback STS for OIDC answering `STS.Oidc`.
async fn oidc_sts() -> Server {
    serve(|r| {
        if r.header("authorization").is_some() || r.form_value("OIDCToken").is_none() {
            return Resp::new(400, r#"{"Code":"Bad","Message":"bad"}"#);
        }
        Resp::new(
            200,
            sts_answer(
                "STS.Oidc",
                "oidc-secret",
                "oidc-token",
                Duration::from_secs(3600),
            ),
        )
    })
    .await
}

#[tokio::test]
async fn every_credentials_file_type() {
    let sim = sts().await;
    let oidc = oidc_sts().await;
    let metadata = imds(true, "FileRole").await;
    let uri = serve(|_| {
        Resp::new(
            200,
            r#"{"Code":"Success","AccessKeyId":"LTAI5tUri","AccessKeySecret":"u"}"#,
        )
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    write(&token, "eyJ.file");
    let file = dir.path().join("credentials");
    write(
        &file,
        &format!(
            "\
[ak]
type = access_key
access_key_id = LTAI5tAk
access_key_secret = with#hash;and;semi \"quoted\" back\\slash

[sts]
type = sts
access_key_id = STS.File
access_key_secret = s
security_token = file-token

[ecs]
type = ecs_ram_role
role_name = FileRole

[role]
type = ram_role_arn
access_key_id = LTAI5tSource
access_key_secret = source-secret
role_arn = acs:ram::1:role/file
role_session_name = from-file
role_session_expiration = 1200

[oidc]
type = oidc_role_arn
role_arn = acs:ram::1:role/oidc
oidc_provider_arn = acs:ram::1:oidc-provider/ack
oidc_token_file_path = {}

[uri]
type = credentials_uri
credentials_uri = {}/c

[off]
enable = false
access_key_id = a
access_key_secret = b

[rsa]
type = rsa_key_pair
",
            token.display(),
            uri.url
        ),
    );
    let provider = |profile: &str| {
        ProfileFileProvider::with_env(env(&[]))
            .path(&file)
            .profile(profile)
            .sts_endpoint(StsEndpoint::default().url(sim.url()))
            .imds_base_url(&metadata.url)
    };
    let c = obtain_and_sign(&provider("ak")).await;
    assert_eq!(
        c.access_key_secret().expose(),
        "with#hash;and;semi \"quoted\" back\\slash",
        "the secret is kept whole"
    );
    let c = obtain_and_sign(&provider("sts")).await;
    assert_eq!(c.security_token().unwrap().expose(), "file-token");
    let c = obtain_and_sign(&provider("ecs")).await;
    assert_eq!(c.access_key_id(), "STS.Imds");
    let c = obtain_and_sign(&provider("role")).await;
    assert_eq!(c.access_key_id(), "STS.Role");
    let q = sim.requests().last().unwrap().query_pairs();
    assert!(q.contains(&("RoleSessionName".into(), "from-file".into())));
    assert!(q.contains(&("DurationSeconds".into(), "1200".into())));
    assert_eq!(sim.requests().last().unwrap().verdict, Ok(()));
    let c = ProfileFileProvider::with_env(env(&[]))
        .path(&file)
        .profile("oidc")
        .sts_endpoint(StsEndpoint::default().url(&oidc.url));
    let c = obtain_and_sign(&c).await;
    assert_eq!(c.access_key_id(), "STS.Oidc");
    assert_eq!(
        oidc.requests()[0].form_value("OIDCToken").unwrap(),
        "eyJ.file"
    );
    let c = obtain_and_sign(&provider("uri")).await;
    assert_eq!(c.access_key_id(), "LTAI5tUri");

    let e = provider("off").provide_credentials().await.unwrap_err();
    assert!(e.message().contains("enable = false"), "{e}");
    let e = provider("rsa").provide_credentials().await.unwrap_err();
    assert!(
        e.message().contains("rsa_key_pair") && !e.is_not_configured(),
        "{e}"
    );
}

#[tokio::test]
async fn every_aliyun_cli_mode() {
    let sim = sts().await;
    let oidc = oidc_sts().await;
    let metadata = imds(true, "CliRole").await;
    let uri = serve(|_| {
        Resp::new(
            200,
            r#"{"Code":"Success","AccessKeyId":"LTAI5tCliUri","AccessKeySecret":"u"}"#,
        )
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let token = dir.path().join("token");
    write(&token, "eyJ.cli");
    let external = script(
        dir.path(),
        "ext.sh",
        r#"echo '{"mode":"AK","access_key_id":"LTAI5tExt","access_key_secret":"e"}'"#,
    );
    let file = dir.path().join("config.json");
    let config = serde_json::json!({
        "current": "ak",
        "profiles": [
            {"name": "ak", "mode": "AK", "access_key_id": "LTAI5tCli", "access_key_secret": "cli-secret", "region_id": "cn-shanghai"},
            {"name": "sts", "mode": "StsToken", "access_key_id": "STS.Cli", "access_key_secret": "s", "sts_token": "cli-token"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": "LTAI5tSource", "access_key_secret": "source-secret",
             "ram_role_arn": "acs:ram::1:role/cli", "ram_session_name": "cli-session", "expired_seconds": 900},
            {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "CliRole"},
            {"name": "oidc", "mode": "OIDC", "ram_role_arn": "acs:ram::1:role/oidc",
             "oidc_provider_arn": "acs:ram::1:oidc-provider/ack", "oidc_token_file": token.to_str().unwrap()},
            {"name": "source", "mode": "AK", "access_key_id": "LTAI5tSource", "access_key_secret": "source-secret"},
            {"name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "source",
             "ram_role_arn": "acs:ram::1:role/chained", "ram_session_name": "chained-session"},
            {"name": "loop", "mode": "ChainableRamRoleArn", "source_profile": "loop", "ram_role_arn": "acs:ram::1:role/x"},
            {"name": "uri", "mode": "CredentialsURI", "credentials_uri": format!("{}/c", uri.url)},
            {"name": "external", "mode": "External", "process_command": external},
            {"name": "sso", "mode": "CloudSSO", "cloud_sso_sign_in_url": "https://signin.example/"},
            {"name": "oauth", "mode": "OAuth"},
        ],
        "meta_path": "",
    });
    write(&file, &config.to_string());
    let provider = |profile: &str| {
        CliConfigProvider::with_env(env(&[]))
            .path(&file)
            .profile(profile)
            .sts_endpoint(StsEndpoint::default().url(sim.url()))
            .imds_base_url(&metadata.url)
    };
    let id = |c: Credentials| c.access_key_id().to_string();
    assert_eq!(id(obtain_and_sign(&provider("ak")).await), "LTAI5tCli");
    let c = obtain_and_sign(&provider("sts")).await;
    assert_eq!(c.security_token().unwrap().expose(), "cli-token");
    assert_eq!(id(obtain_and_sign(&provider("role")).await), "STS.Role");
    let q = sim.requests().last().unwrap().query_pairs();
    assert!(q.contains(&("RoleSessionName".into(), "cli-session".into())));
    assert!(q.contains(&("DurationSeconds".into(), "900".into())));
    assert_eq!(id(obtain_and_sign(&provider("ecs")).await), "STS.Imds");
    let c = CliConfigProvider::with_env(env(&[]))
        .path(&file)
        .profile("oidc")
        .sts_endpoint(StsEndpoint::default().url(&oidc.url));
    let c = obtain_and_sign(&c).await;
    assert_eq!(id(c), "STS.Oidc");
    // A role assumed with another profile's credentials.
    let c = obtain_and_sign(&provider("chained")).await;
    assert_eq!(c.access_key_id(), "STS.Role");
    let last = sim.requests().last().unwrap().clone();
    assert_eq!(last.verdict, Ok(()), "signed with the source profile's key");
    assert!(
        last.query_pairs()
            .contains(&("RoleArn".into(), "acs:ram::1:role/chained".into()))
    );
    assert_eq!(id(obtain_and_sign(&provider("uri")).await), "LTAI5tCliUri");
    assert_eq!(
        id(obtain_and_sign(&provider("external")).await),
        "LTAI5tExt"
    );

    let e = provider("loop").provide_credentials().await.unwrap_err();
    assert!(e.message().contains("source_profile"), "{e}");
    for mode in ["sso", "oauth"] {
        let e = provider(mode).provide_credentials().await.unwrap_err();
        assert!(!e.is_not_configured());
        assert!(
            e.message().contains("interactive sign-in") && e.message().contains("External"),
            "{e}"
        );
    }
}

#[tokio::test]
async fn profile_region_becomes_the_region() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path().to_str().unwrap();
    write(
        &home.path().join(".aliyun/config.json"),
        r#"{"current":"a","profiles":[
            {"name":"a","mode":"AK","access_key_id":"x","access_key_secret":"y","region_id":"cn-shanghai"},
            {"name":"b","mode":"AK","access_key_id":"x","access_key_secret":"y","region_id":"cn-beijing"}]}"#,
    );
    let build = |vars: &[(&str, &str)]| {
        let mut all = vec![("HOME", h), ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")];
        all.extend_from_slice(vars);
        workflow_sdk::ConfigBuilder::from_env_vars(env(&all))
            .build()
            .unwrap()
    };
    assert_eq!(build(&[]).region(), Some("cn-shanghai"));
    assert_eq!(
        build(&[("ALIBABA_CLOUD_PROFILE", "b")]).region(),
        Some("cn-beijing")
    );
    assert_eq!(
        build(&[("ALIBABA_CLOUD_REGION_ID", "cn-hangzhou")]).region(),
        Some("cn-hangzhou"),
        "the variable wins"
    );
    assert_eq!(
        build(&[("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")]).region(),
        None
    );
}

#[tokio::test]
async fn chain_reports_a_broken_source_instead_of_skipping_it_and_reuses_the_winner() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path().to_str().unwrap().to_string();
    // A broken CLI profile and a good credentials file further down.
    write(
        &home.path().join(".aliyun/config.json"),
        r#"{"current":"x","profiles":[{"name":"x","mode":"RamRoleArn","access_key_id":"a","access_key_secret":"b"}]}"#,
    );
    write(
        &home.path().join(".alibabacloud/credentials"),
        "[default]\naccess_key_id = LTAI5tFile\naccess_key_secret = s\n",
    );
    let vars = [
        ("HOME", h.as_str()),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ];
    let e = DefaultCredentialsChain::with_env(env(&vars))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        e.message()
            .contains("aliyun CLI config is set up but failed")
            && e.message().contains("ram_role_arn"),
        "{e}"
    );
    assert!(
        e.message().contains("environment:"),
        "earlier sources listed: {e}"
    );

    // An unreadable OIDC token file is reported too.
    let e = DefaultCredentialsChain::with_env(env(&[
        ("HOME", h.as_str()),
        ("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r"),
        (
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
            "acs:ram::1:oidc-provider/p",
        ),
        ("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "/nonexistent/token"),
    ]))
    .provide_credentials()
    .await
    .unwrap_err();
    assert!(
        e.message().contains("OIDC role is set up but failed"),
        "{e}"
    );

    // The credentials URI comes last, after the (unreachable) metadata service.
    let uri = serve(|_| {
        Resp::new(
            200,
            r#"{"Code":"Success","AccessKeyId":"LTAI5tChainUri","AccessKeySecret":"u"}"#,
        )
    })
    .await;
    let empty = tempfile::tempdir().unwrap();
    let chain = DefaultCredentialsChain::with_env(env(&[
        ("HOME", empty.path().to_str().unwrap()),
        ("ALIBABA_CLOUD_CREDENTIALS_URI", &format!("{}/c", uri.url)),
    ]))
    .imds_base_url(closed_port_url().await);
    let c = chain.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "LTAI5tChainUri");
}

#[tokio::test]
async fn the_chain_asks_the_source_that_worked_directly() {
    #[derive(Debug)]
    struct Counted(Arc<AtomicUsize>, Option<&'static str>);
    impl ProvideCredentials for Counted {
        fn provide_credentials(&self) -> CredentialsFuture<'_> {
            self.0.fetch_add(1, Ordering::SeqCst);
            let r = match self.1 {
                Some(id) => Ok(Credentials::new(id, "s")),
                None => Err(CredentialsError::not_configured("nothing here")),
            };
            Box::pin(async move { r })
        }
    }
    let (first, second) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let chain = DefaultCredentialsChain::from_providers(vec![
        ("first", Box::new(Counted(first.clone(), None))),
        ("second", Box::new(Counted(second.clone(), Some("found")))),
    ]);
    for _ in 0..3 {
        assert_eq!(
            chain.provide_credentials().await.unwrap().access_key_id(),
            "found"
        );
    }
    assert_eq!(
        first.load(Ordering::SeqCst),
        1,
        "skipped once it was known empty"
    );
    assert_eq!(second.load(Ordering::SeqCst), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_shared_refresh_reaches_every_waiter_at_once() {
    #[derive(Debug)]
    struct SlowFailure(Arc<AtomicUsize>);
    impl ProvideCredentials for SlowFailure {
        fn provide_credentials(&self) -> CredentialsFuture<'_> {
            let n = self.0.clone();
            Box::pin(async move {
                n.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(300)).await;
                Err(CredentialsError::new("STS is down"))
            })
        }
    }
    let calls = Arc::new(AtomicUsize::new(0));
    let cache = Arc::new(CachedProvider::new(SlowFailure(calls.clone())));
    let started = std::time::Instant::now();
    let waiters: Vec<_> = (0..20)
        .map(|_| {
            let cache = cache.clone();
            tokio::spawn(async move { cache.provide_credentials().await })
        })
        .collect();
    for w in waiters {
        let e = w.await.unwrap().unwrap_err();
        assert_eq!(e.message(), "STS is down");
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "one refresh, one failure for all"
    );
    assert!(started.elapsed() < Duration::from_millis(1500));

    // Through a client it is an Error::Credentials, which is not retried.
    let sim = Simulator::start().await.unwrap();
    let config = workflow_sdk::Config::builder()
        .endpoint_url(sim.url())
        .credentials(CachedProvider::new(SlowFailure(calls.clone())))
        .build()
        .unwrap();
    let e = workflow_sdk::ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(e, workflow_sdk::Error::Credentials(_)), "{e:?}");
    assert!(!e.is_transient());
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    // A waiter stops at once on it instead of polling on.
    let started = std::time::Instant::now();
    let e = workflow_sdk::ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .wait_until_done(&workflow_sdk::WaitPolicy::default())
        .await
        .unwrap_err();
    assert!(
        matches!(
            e,
            workflow_sdk::WaitError::Call {
                error: workflow_sdk::Error::Credentials(_),
                ..
            }
        ),
        "{e:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(sim.requests().is_empty(), "nothing was sent");
}
