//! Each credential source, the default chain's order, and the cache.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use workflow_sdk::credentials::{
    CachedProvider, CliConfigProvider, DefaultCredentialsChain, EcsRamRoleProvider, Env,
    EnvironmentProvider, ProfileFileProvider,
};
use workflow_sdk::simulator::{ACCESS_KEY_ID, ACCESS_KEY_SECRET, Simulator};
use workflow_sdk::{
    Config, Credentials, CredentialsError, CredentialsFuture, ProvideCredentials, ice,
};

fn env(vars: &[(&str, &str)]) -> Env {
    Env::from_vars(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[tokio::test]
async fn environment_provider() {
    let p = EnvironmentProvider::with_env(env(&[
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tEnv"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret"),
    ]));
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.access_key_secret().expose()),
        ("LTAI5tEnv", "env-secret")
    );
    assert!(c.security_token().is_none());

    let p = EnvironmentProvider::with_env(env(&[
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.id"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s"),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", "tok"),
    ]));
    assert_eq!(
        p.provide_credentials()
            .await
            .unwrap()
            .security_token()
            .unwrap()
            .expose(),
        "tok"
    );

    let e = EnvironmentProvider::with_env(env(&[]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.is_not_configured());
    let e = EnvironmentProvider::with_env(env(&[("ALIBABA_CLOUD_ACCESS_KEY_ID", "x")]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(
        !e.is_not_configured() && e.message().contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
        "{e}"
    );
}

const CREDENTIALS_FILE: &str = "\
[default]
enable = true
type = access_key
access_key_id = LTAI5tFileDefault
access_key_secret = file-default-secret

[prod]
type = sts
access_key_id = STS.FileProd
access_key_secret = file-prod-secret
security_token = file-prod-token

[role]
type = ram_role_arn
access_key_id = a
access_key_secret = b
";

#[tokio::test]
async fn credentials_file_provider() {
    let home = tempfile::tempdir().unwrap();
    write(
        &home.path().join(".alibabacloud/credentials"),
        CREDENTIALS_FILE,
    );
    let h = home.path().to_str().unwrap();

    let c = ProfileFileProvider::with_env(env(&[("HOME", h)]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "LTAI5tFileDefault");

    let c = ProfileFileProvider::with_env(env(&[("HOME", h), ("ALIBABA_CLOUD_PROFILE", "prod")]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.FileProd");
    assert_eq!(c.security_token().unwrap().expose(), "file-prod-token");

    let e = ProfileFileProvider::with_env(env(&[("HOME", h), ("ALIBABA_CLOUD_PROFILE", "role")]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("ram_role_arn"), "{e}");
    let e = ProfileFileProvider::with_env(env(&[("HOME", h), ("ALIBABA_CLOUD_PROFILE", "nope")]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("[nope]"), "{e}");

    // The path override wins over HOME.
    let other = tempfile::tempdir().unwrap();
    let file = other.path().join("creds.ini");
    write(
        &file,
        "[default]\naccess_key_id = LTAI5tOverride\naccess_key_secret = s\n",
    );
    let c = ProfileFileProvider::with_env(env(&[
        ("HOME", h),
        ("ALIBABA_CLOUD_CREDENTIALS_FILE", file.to_str().unwrap()),
    ]))
    .provide_credentials()
    .await
    .unwrap();
    assert_eq!(c.access_key_id(), "LTAI5tOverride");

    let empty = tempfile::tempdir().unwrap();
    let e = ProfileFileProvider::with_env(env(&[("HOME", empty.path().to_str().unwrap())]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.is_not_configured(), "{e}");
}

const CLI_CONFIG: &str = r#"{
  "current": "work",
  "profiles": [
    {"name": "default", "mode": "AK", "access_key_id": "LTAI5tCliDefault", "access_key_secret": "cli-default-secret", "region_id": "cn-hangzhou"},
    {"name": "work", "mode": "StsToken", "access_key_id": "STS.CliWork", "access_key_secret": "cli-work-secret", "sts_token": "cli-work-token"},
    {"name": "sso", "mode": "RamRoleArn", "access_key_id": "a", "access_key_secret": "b"}
  ],
  "meta_path": ""
}"#;

#[tokio::test]
async fn aliyun_cli_config_provider() {
    let home = tempfile::tempdir().unwrap();
    write(&home.path().join(".aliyun/config.json"), CLI_CONFIG);
    let h = home.path().to_str().unwrap();

    let c = CliConfigProvider::with_env(env(&[("HOME", h)]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "STS.CliWork", "the current profile");
    assert_eq!(c.security_token().unwrap().expose(), "cli-work-token");

    let c = CliConfigProvider::with_env(env(&[("HOME", h), ("ALIBABA_CLOUD_PROFILE", "default")]))
        .provide_credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "LTAI5tCliDefault");
    assert!(c.security_token().is_none());

    let e = CliConfigProvider::with_env(env(&[("HOME", h), ("ALIBABA_CLOUD_PROFILE", "sso")]))
        .provide_credentials()
        .await
        .unwrap_err();
    assert!(e.message().contains("RamRoleArn"), "{e}");
}

/// A metadata service on 127.0.0.1 that requires the session token.
struct FakeImds {
    url: String,
    hits: Arc<AtomicUsize>,
    _task: tokio::task::JoinHandle<()>,
}

async fn fake_imds(expiration: &'static str) -> FakeImds {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = hits.clone();
    let task = tokio::spawn(async move {
        loop {
            let (stream, _) = listener.accept().await.unwrap();
            let counter = counter.clone();
            tokio::spawn(async move {
                let svc = service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    counter.fetch_add(1, Ordering::SeqCst);
                    let token_ok = req
                        .headers()
                        .get("x-aliyun-ecs-metadata-token")
                        .is_some_and(|v| v == "imds-session-token");
                    let (status, body) = match (req.method().as_str(), req.uri().path()) {
                        ("PUT", "/latest/api/token")
                            if req
                                .headers()
                                .get("x-aliyun-ecs-metadata-token-ttl-seconds")
                                .is_some() =>
                        {
                            (200, "imds-session-token".to_string())
                        }
                        (_, _) if !token_ok => (401, String::new()),
                        ("GET", "/latest/meta-data/ram/security-credentials/") => {
                            (200, "EcsRole\n".to_string())
                        }
                        ("GET", "/latest/meta-data/ram/security-credentials/EcsRole") => (
                            200,
                            format!(
                                r#"{{"AccessKeyId":"STS.Imds","AccessKeySecret":"imds-secret","SecurityToken":"imds-token","Expiration":"{expiration}","LastUpdated":"2026-01-01T00:00:00Z","Code":"Success"}}"#
                            ),
                        ),
                        _ => (404, String::new()),
                    };
                    async move {
                        Ok::<_, Infallible>(
                            hyper::Response::builder()
                                .status(status)
                                .body(Full::new(Bytes::from(body)))
                                .unwrap(),
                        )
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), svc)
                    .await;
            });
        }
    });
    FakeImds {
        url,
        hits,
        _task: task,
    }
}

#[tokio::test]
async fn ecs_ram_role_provider_uses_token_then_role_then_credentials() {
    let imds = fake_imds("2099-01-01T00:00:00Z").await;
    let p = EcsRamRoleProvider::with_env(env(&[])).base_url(&imds.url);
    let c = p.provide_credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "STS.Imds");
    assert_eq!(c.security_token().unwrap().expose(), "imds-token");
    let expiry = c
        .expiry()
        .unwrap()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert_eq!(expiry, 4070908800, "2099-01-01T00:00:00Z");
    assert_eq!(
        imds.hits.load(Ordering::SeqCst),
        3,
        "token, role name, credentials"
    );

    // A configured role name skips the lookup.
    let p = EcsRamRoleProvider::with_env(env(&[("ALIBABA_CLOUD_ECS_METADATA", "EcsRole")]))
        .base_url(&imds.url);
    p.provide_credentials().await.unwrap();
    assert_eq!(imds.hits.load(Ordering::SeqCst), 5);

    let p = EcsRamRoleProvider::with_env(env(&[("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")]))
        .base_url(&imds.url);
    assert!(
        p.provide_credentials()
            .await
            .unwrap_err()
            .is_not_configured()
    );
}

/// An address on loopback where nothing listens.
async fn closed_port_url() -> String {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", l.local_addr().unwrap());
    drop(l);
    url
}

#[tokio::test]
async fn chain_order_is_env_cli_file_imds() {
    let home = tempfile::tempdir().unwrap();
    let h = home.path().to_str().unwrap().to_string();
    let imds = fake_imds("2099-01-01T00:00:00Z").await;
    let chain = |vars: &[(&str, &str)]| {
        let mut all = vec![("HOME", h.as_str())];
        all.extend_from_slice(vars);
        let e = env(&all);
        DefaultCredentialsChain::with_env_and_imds(
            e.clone(),
            EcsRamRoleProvider::with_env(e).base_url(&imds.url),
        )
    };
    let env_vars = [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tEnv"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "s"),
    ];

    // Only the metadata service.
    assert_eq!(
        chain(&[])
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.Imds"
    );
    // The credentials file beats it.
    write(
        &home.path().join(".alibabacloud/credentials"),
        CREDENTIALS_FILE,
    );
    assert_eq!(
        chain(&[])
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "LTAI5tFileDefault"
    );
    // The CLI config beats that, unless turned off.
    write(&home.path().join(".aliyun/config.json"), CLI_CONFIG);
    assert_eq!(
        chain(&[])
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "STS.CliWork"
    );
    assert_eq!(
        chain(&[("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")])
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "LTAI5tFileDefault"
    );
    // The environment beats everything.
    assert_eq!(
        chain(&env_vars)
            .provide_credentials()
            .await
            .unwrap()
            .access_key_id(),
        "LTAI5tEnv"
    );
}

#[tokio::test]
async fn when_every_provider_fails_the_error_lists_each() {
    let home = tempfile::tempdir().unwrap();
    let e = env(&[("HOME", home.path().to_str().unwrap())]);
    let imds = EcsRamRoleProvider::with_env(e.clone()).base_url(closed_port_url().await);
    let err = DefaultCredentialsChain::with_env_and_imds(e, imds)
        .provide_credentials()
        .await
        .unwrap_err();
    let m = err.message();
    for part in [
        "environment:",
        "credentials file:",
        "aliyun CLI config:",
        "ECS RAM role:",
        "unreachable",
    ] {
        assert!(m.contains(part), "{part} missing from: {m}");
    }
}

/// Counts calls; each takes a while, and hands out credentials that expire
/// after `lifetime`.
#[derive(Debug)]
struct Counting {
    calls: AtomicUsize,
    lifetime: Duration,
}

impl ProvideCredentials for Counting {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(50)).await;
            Ok(Credentials::new(format!("id-{n}"), "s")
                .with_expiry(SystemTime::now() + self.lifetime))
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cache_lets_one_of_100_concurrent_callers_refresh() {
    let cache = Arc::new(CachedProvider::new(Counting {
        calls: AtomicUsize::new(0),
        lifetime: Duration::from_secs(3600),
    }));
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let c = cache.clone();
            tokio::spawn(async move {
                c.provide_credentials()
                    .await
                    .unwrap()
                    .access_key_id()
                    .to_string()
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap(), "id-0");
    }
    let counting = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        lifetime: Duration::from_secs(3600),
    });
    let cache = CachedProvider::new(counting.clone());
    for _ in 0..5 {
        cache.provide_credentials().await.unwrap();
    }
    assert_eq!(counting.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn cache_margin_scales_with_a_short_session() {
    // A 2-minute session is shorter than the 5-minute default margin: the
    // margin becomes half the session, so the credentials are reused
    // instead of refreshed on every call.
    let counting = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        lifetime: Duration::from_secs(120),
    });
    let cache = CachedProvider::new(counting.clone());
    for _ in 0..5 {
        assert_eq!(
            cache.provide_credentials().await.unwrap().access_key_id(),
            "id-0"
        );
    }
    assert_eq!(counting.calls.load(Ordering::SeqCst), 1);

    // Past half-way through a 2-second session, the next call refreshes.
    let counting = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        lifetime: Duration::from_secs(2),
    });
    let cache = CachedProvider::new(counting.clone());
    cache.provide_credentials().await.unwrap();
    cache.provide_credentials().await.unwrap();
    assert_eq!(counting.calls.load(Ordering::SeqCst), 1);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        cache.provide_credentials().await.unwrap().access_key_id(),
        "id-1"
    );

    // Any margin is accepted, Duration::MAX included, without a panic.
    let counting = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        lifetime: Duration::from_secs(3600),
    });
    let cache = CachedProvider::new(counting.clone()).refresh_before(Duration::MAX);
    cache.provide_credentials().await.unwrap();
    cache.provide_credentials().await.unwrap();
    assert_eq!(counting.calls.load(Ordering::SeqCst), 1);
    let cache = CachedProvider::new(counting.clone()).refresh_before(Duration::ZERO);
    cache.provide_credentials().await.unwrap();
}

#[tokio::test]
async fn cache_does_not_keep_failures() {
    #[derive(Debug)]
    struct FailOnce(AtomicUsize);
    impl ProvideCredentials for FailOnce {
        fn provide_credentials(&self) -> CredentialsFuture<'_> {
            let n = self.0.fetch_add(1, Ordering::SeqCst);
            Box::pin(async move {
                if n == 0 {
                    Err(CredentialsError::new("first call fails"))
                } else {
                    Ok(Credentials::new("ok", "s"))
                }
            })
        }
    }
    let cache = CachedProvider::new(FailOnce(AtomicUsize::new(0)));
    assert!(cache.provide_credentials().await.is_err());
    assert_eq!(
        cache.provide_credentials().await.unwrap().access_key_id(),
        "ok"
    );
}

#[tokio::test]
async fn config_from_env_signs_with_chain_credentials_and_region() {
    let sim = Simulator::start().await.unwrap();
    let home = tempfile::tempdir().unwrap();
    write(
        &home.path().join(".alibabacloud/credentials"),
        &format!(
            "[default]\naccess_key_id = {ACCESS_KEY_ID}\naccess_key_secret = {ACCESS_KEY_SECRET}\n"
        ),
    );
    let e = env(&[
        ("HOME", home.path().to_str().unwrap()),
        ("ALIBABA_CLOUD_REGION_ID", "cn-beijing"),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ]);
    let config = workflow_sdk::ConfigBuilder::from_env_vars(e)
        .endpoint_url(sim.url())
        .build()
        .unwrap();
    assert_eq!(config.region(), Some("cn-beijing"));
    ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap();
    assert_eq!(sim.requests()[0].verdict, Ok(()));

    // Without the override the region picks the endpoint.
    let e = env(&[
        ("ALIBABA_CLOUD_REGION_ID", "cn-beijing"),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ]);
    let config = workflow_sdk::ConfigBuilder::from_env_vars(e)
        .build()
        .unwrap();
    assert_eq!(
        ice::Client::new(&config).base_url(),
        "https://ice.cn-beijing.aliyuncs.com"
    );
}

#[tokio::test]
async fn chain_failure_reaches_the_caller_as_a_credentials_error() {
    let sim = Simulator::start().await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let e = env(&[
        ("HOME", home.path().to_str().unwrap()),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ]);
    let config = workflow_sdk::ConfigBuilder::from_env_vars(e)
        .endpoint_url(sim.url())
        .build()
        .unwrap();
    let err = ice::Client::new(&config)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, workflow_sdk::Error::Credentials(_)),
        "{err:?}"
    );
    assert!(err.to_string().contains("ECS RAM role"), "{err}");
    assert!(sim.requests().is_empty());
    let _ = Config::builder();
}
