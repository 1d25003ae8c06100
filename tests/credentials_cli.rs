//! The `workflow` binary's `--profile` with the `aliyun` CLI modes and the
//! credentials file, signing calls the simulator verifies.

mod credentials_support;

use std::process::{Command, Output};

use credentials_support::{Resp, serve, write};
use workflow_sdk::simulator::Simulator;

async fn workflow(home: &std::path::Path, args: &[&str]) -> Output {
    let home = home.to_path_buf();
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(env!("CARGO_BIN_EXE_workflow"))
            .args(&args)
            .env_clear()
            .env("HOME", &home)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            // Never reach for the real instance metadata service.
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .output()
            .unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn profile_flag_selects_each_mode_and_the_call_is_signed() {
    let sim = Simulator::builder()
        .access_key("LTAI5tCliAk", "ak-secret")
        .access_key("STS.CliSts", "sts-secret")
        .access_key("LTAI5tCliExt", "ext-secret")
        .access_key("LTAI5tCliUri", "uri-secret")
        .access_key("LTAI5tIni", "ini-secret")
        .start()
        .await
        .unwrap();
    let uri = serve(|_| {
        Resp::new(
            200,
            r#"{"Code":"Success","AccessKeyId":"LTAI5tCliUri","AccessKeySecret":"uri-secret"}"#,
        )
    })
    .await;
    let home = tempfile::tempdir().unwrap();
    let ext = home.path().join("ext.sh");
    write(
        &ext,
        "#!/bin/sh\necho '{\"mode\":\"AK\",\"access_key_id\":\"LTAI5tCliExt\",\"access_key_secret\":\"ext-secret\"}'\n",
    );
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&ext, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    write(
        &home.path().join(".aliyun/config.json"),
        &serde_json::json!({
            "current": "ak",
            "profiles": [
                {"name": "ak", "mode": "AK", "access_key_id": "LTAI5tCliAk", "access_key_secret": "ak-secret", "region_id": "cn-shanghai"},
                {"name": "sts", "mode": "StsToken", "access_key_id": "STS.CliSts", "access_key_secret": "sts-secret", "sts_token": "cli-sts-token"},
                {"name": "external", "mode": "External", "process_command": ext.to_str().unwrap()},
                {"name": "uri", "mode": "CredentialsURI", "credentials_uri": format!("{}/c", uri.url)},
                {"name": "sso", "mode": "CloudSSO"},
            ]
        })
        .to_string(),
    );
    write(
        &home.path().join(".alibabacloud/credentials"),
        "[ini]\naccess_key_id = LTAI5tIni\naccess_key_secret = ini-secret\n",
    );
    let url = sim.url();
    for (profile, key) in [
        ("ak", "LTAI5tCliAk"),
        ("sts", "STS.CliSts"),
        ("external", "LTAI5tCliExt"),
        ("uri", "LTAI5tCliUri"),
        ("ini", "LTAI5tIni"),
    ] {
        sim.clear_requests();
        let out = workflow(
            home.path(),
            &[
                "--profile",
                profile,
                "--endpoint",
                &url,
                "ice",
                "get-workflow-task",
                "--task-id",
                "t",
            ],
        )
        .await;
        assert_eq!(
            out.status.code(),
            Some(0),
            "{profile}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r = &sim.requests()[0];
        assert_eq!(r.verdict, Ok(()), "{profile}");
        assert!(
            r.header("authorization").unwrap().contains(key),
            "{profile} signed with {key}"
        );
    }
    assert_eq!(
        sim.requests()[0].header("x-acs-security-token"),
        None,
        "the INI profile has no token"
    );

    // An interactive mode is refused with guidance, exit 1, nothing sent.
    sim.clear_requests();
    let out = workflow(
        home.path(),
        &[
            "--profile",
            "sso",
            "--endpoint",
            &url,
            "ice",
            "get-workflow-task",
            "--task-id",
            "t",
        ],
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("CloudSSO") && stderr.contains("External"),
        "{stderr}"
    );
    assert!(sim.requests().is_empty());
}
