//! Every public type that can hold a secret (access key secret, STS token,
//! API key, a password in an endpoint URL) keeps it out of Debug and
//! Display: neither the secret nor any 8-character piece of it shows.

use std::time::{Duration, SystemTime};

use workflow_sdk::credentials::{
    CachedProvider, CliConfigProvider, DefaultCredentialsChain, EcsRamRoleProvider, Env,
    EnvironmentProvider, ProfileFileProvider,
};
use workflow_sdk::signing::{self, SigningParams};
use workflow_sdk::simulator::{RecordedRequest, Simulator};
use workflow_sdk::{Config, Credentials, Error, Secret, altatech, ice, sts};

const ACCESS_KEY_SECRET: &str = "Zq8vN3xKp2LmW7rTy5HdQe4U";
const STS_TOKEN: &str = "CAISqR9fJ6wYb1TnXo0GzVcE3sLkPm8D";
const API_KEY: &str = "sk-Hv7tBq2NwX9cRz4MfK6pYs1J";
const PASSWORD: &str = "pw-Gd5rLx8QmT3vNb6WcZ1Ke9Y";
const OIDC_TOKEN: &str = "eyJoidc-Rk3mW9qTz5XbN2cVh7Ls";
const SECRETS: [&str; 5] = [ACCESS_KEY_SECRET, STS_TOKEN, API_KEY, PASSWORD, OIDC_TOKEN];

/// Fails if `shown` holds a secret or any 8-character piece of one.
fn assert_clean(what: &str, shown: &str) {
    for secret in SECRETS {
        let chars: Vec<char> = secret.chars().collect();
        for piece in chars.windows(8) {
            let piece: String = piece.iter().collect();
            assert!(
                !shown.contains(&piece),
                "{what} shows {piece:?} of a secret:\n{shown}"
            );
        }
    }
}

fn creds() -> Credentials {
    Credentials::new("LTAI5tPublicId", ACCESS_KEY_SECRET)
        .with_security_token(STS_TOKEN)
        .with_expiry(SystemTime::now() + Duration::from_secs(3600))
}

fn env() -> Env {
    Env::from_vars([
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5tPublicId"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ACCESS_KEY_SECRET),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", STS_TOKEN),
        ("ALTABOTS_API_KEY", API_KEY),
        ("ALIBABA_CLOUD_REGION_ID", "cn-shanghai"),
        ("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true"),
    ])
}

#[tokio::test]
async fn no_public_type_shows_a_secret() {
    let mut shown: Vec<(&str, String)> = Vec::new();
    let mut both = |what: &'static str, debug: String, display: Option<String>| {
        shown.push((what, debug));
        if let Some(d) = display {
            shown.push((what, d));
        }
    };

    for s in SECRETS {
        let secret = Secret::new(s);
        both("Secret", format!("{secret:?}"), Some(secret.to_string()));
    }
    both("Credentials", format!("{:?}", creds()), None);
    // Once signed with, credentials hold the secret's HMAC key schedule.
    let keyed = creds();
    let key = keyed.signing_key();
    both("SigningKey", format!("{key:?}"), None);
    both("Credentials (keyed)", format!("{keyed:?}"), None);
    both(
        "CachedProvider",
        format!("{:?}", CachedProvider::new(creds())),
        None,
    );
    let env_provider = EnvironmentProvider::with_env(env());
    both("EnvironmentProvider", format!("{env_provider:?}"), None);
    both("Env", format!("{:?}", env()), None);
    let chain = DefaultCredentialsChain::with_env(env());
    both("DefaultCredentialsChain", format!("{chain:?}"), None);
    both(
        "ProfileFileProvider",
        format!("{:?}", ProfileFileProvider::with_env(env())),
        None,
    );
    both(
        "CliConfigProvider",
        format!("{:?}", CliConfigProvider::with_env(env())),
        None,
    );
    both(
        "EcsRamRoleProvider",
        format!("{:?}", EcsRamRoleProvider::with_env(env())),
        None,
    );
    // Credentials as found by a provider, and as cached.
    let found = workflow_sdk::ProvideCredentials::provide_credentials(&env_provider)
        .await
        .unwrap();
    assert_eq!(found.access_key_secret().expose(), ACCESS_KEY_SECRET);
    both("Credentials (found)", format!("{found:?}"), None);

    let sim = Simulator::builder()
        .access_key("LTAI5tPublicId", ACCESS_KEY_SECRET)
        .api_key(API_KEY)
        .start()
        .await
        .unwrap();
    let url_with_password = format!("http://user:{PASSWORD}@127.0.0.1:1");
    let builder = Config::builder()
        .region("cn-shanghai")
        .credentials(creds())
        .api_key(API_KEY)
        .endpoint_url(&url_with_password)
        .endpoint_url_for("ice", &url_with_password);
    both("ConfigBuilder", format!("{builder:?}"), None);
    let refused = builder.build().unwrap_err();
    both(
        "Error (endpoint user-info)",
        format!("{refused:?}"),
        Some(refused.display_chain()),
    );
    let from_env = workflow_sdk::ConfigBuilder::from_env_vars(env()).api_key(API_KEY);
    both("ConfigBuilder (env)", format!("{from_env:?}"), None);
    let config = Config::builder()
        .endpoint_url(sim.url())
        .credentials(creds())
        .api_key(API_KEY)
        .build()
        .unwrap();
    both("Config", format!("{config:?}"), None);
    let ice = ice::Client::new(&config);
    both("ice::Client", format!("{ice:?}"), None);
    let alta = altatech::Client::new(&config);
    both("altatech::Client", format!("{alta:?}"), None);

    // Signing inputs and outputs, with a security token.
    let headers = [
        ("host", "ice.cn-shanghai.aliyuncs.com"),
        ("x-acs-action", "GetWorkflowTask"),
        ("x-acs-version", "2020-11-09"),
        ("x-acs-security-token", STS_TOKEN),
    ];
    let params = SigningParams {
        method: "POST",
        encoded_path: "/",
        query: &[("TaskId", "t-1")],
        headers: &headers,
        body: b"",
        access_key_id: "LTAI5tPublicId",
        access_key_secret: ACCESS_KEY_SECRET,
        date: "2025-01-01T00:00:00Z",
        nonce: "0123456789abcdef",
    };
    both("SigningParams", format!("{params:?}"), None);
    let signed = signing::sign(&params);
    assert!(signed.canonical_request.contains(STS_TOKEN));
    both("Signed", format!("{signed:?}"), None);
    let query = signing::canonical_query(params.query);
    let request = signing::Request::new("POST", "/")
        .canonical_query(&query)
        .headers(&headers)
        .date(params.date)
        .nonce(params.nonce);
    both("signing::Request", format!("{request:?}"), None);
    let signature = key.sign(&request);
    assert_eq!(signature.authorization(), signed.authorization);
    both("signing::Signature", format!("{signature:?}"), None);

    // Calls that succeed and fail, and what the simulator recorded of them
    // (the STS token and the bearer key arrived as headers).
    ice.get_workflow_task().task_id("t").send().await.unwrap();
    alta.query_workflow_result()
        .body_map(|b| b.workflow_run_id("w"))
        .send()
        .await
        .unwrap();
    // An unsigned call with a token in its form body (`security: []`):
    // the builder, the request as recorded and a failure keep it out.
    let sts_config = Config::builder()
        .endpoint_url_for("sts", sim.url())
        .build()
        .unwrap();
    let sts = sts::Client::new(&sts_config);
    let oidc = sts.assume_role_with_oidc().body_map(|b| {
        b.role_arn("acs:ram::1:role/r".to_string())
            .oidc_provider_arn("acs:ram::1:oidc-provider/p".to_string())
            .oidc_token(Secret::new(OIDC_TOKEN))
            .role_session_name("s")
    });
    both("sts AssumeRoleWithOidc builder", format!("{oidc:?}"), None);
    oidc.send().await.unwrap();
    sim.set_response(
        sts::operations::ASSUME_ROLE_WITH_OIDC,
        400,
        r#"{"Code":"InvalidParameter.OIDCToken","Message":"bad","RequestId":"R"}"#,
    );
    let e = sts
        .assume_role_with_oidc()
        .body_map(|b| b.oidc_token(Secret::new(OIDC_TOKEN)).role_session_name("s"))
        .send()
        .await
        .unwrap_err();
    both(
        "Error (unsigned call)",
        format!("{e:?}"),
        Some(e.display_chain()),
    );
    // Signed with the token but another key: refused.
    let wrong = Config::builder()
        .endpoint_url(sim.url())
        .credentials(
            Credentials::new("LTAI5tOtherId", ACCESS_KEY_SECRET).with_security_token(STS_TOKEN),
        )
        .build()
        .unwrap();
    let e = ice::Client::new(&wrong)
        .get_workflow_task()
        .task_id("t")
        .send()
        .await
        .unwrap_err();
    both(
        "Error (signature)",
        format!("{e:?}"),
        Some(e.display_chain()),
    );
    let requests: Vec<RecordedRequest> = sim.requests();
    assert!(
        requests
            .iter()
            .any(|r| r.header("x-acs-security-token") == Some(STS_TOKEN)),
        "the token was sent"
    );
    assert!(
        requests
            .iter()
            .any(|r| r.operation == Some("AssumeRoleWithOIDC")
                && r.raw_query.is_none()
                && r.header("authorization").is_none()
                && String::from_utf8_lossy(&r.body).contains(OIDC_TOKEN)),
        "the OIDC token was sent in the body of an unsigned call"
    );
    for r in &requests {
        both("RecordedRequest", format!("{r:?}"), None);
    }
    let sim_builder = Simulator::builder()
        .access_key("LTAI5tPublicId", ACCESS_KEY_SECRET)
        .api_key(API_KEY);
    both("SimulatorBuilder", format!("{sim_builder:?}"), None);
    both("Simulator", format!("{sim:?}"), None);

    let redirected: Error = Config::builder()
        .endpoint_url(format!("https://u:{PASSWORD}@h"))
        .build()
        .unwrap_err();
    both("Error (Config)", redirected.to_string(), None);

    assert!(shown.len() > 25);
    for (what, text) in &shown {
        assert_clean(what, text);
    }
}
