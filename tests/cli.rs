//! The `workflow` command-line tool, run as a process against the simulator
//! (its own with --simulate, or one this test starts and scripts).

use std::process::{Command, Output};

use workflow_sdk::simulator::{ACCESS_KEY_ID, ACCESS_KEY_SECRET, API_KEY, Reply, Simulator};

/// Runs `workflow` with a clean, offline environment plus `env`.
fn workflow(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_workflow"));
    cmd.args(args)
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        // Never reach for the real instance metadata service.
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

async fn run(args: Vec<String>, env: Vec<(String, String)>) -> Output {
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        workflow(&args, &env)
    })
    .await
    .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn creds(secret: &str) -> Vec<(String, String)> {
    vec![
        ("ALIBABA_CLOUD_ACCESS_KEY_ID".into(), ACCESS_KEY_ID.into()),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET".into(), secret.into()),
        ("ALTABOTS_API_KEY".into(), API_KEY.into()),
    ]
}

#[test]
fn simulate_and_wait_shows_progress_and_prints_the_final_response() {
    let out = workflow(
        &[
            "--simulate",
            "ice",
            "get-workflow-task",
            "--task-id",
            "demo",
            "--wait",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    for state in ["Init (", "Processing (", "Succeed ("] {
        assert!(stderr.contains(state), "{stderr}");
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["WorkflowTask"]["Status"], "Succeed");
    assert!(
        !text(&out.stdout).contains("\n  "),
        "compact JSON when piped"
    );
}

#[test]
fn every_api_answers_under_simulate() {
    let cases: [&[&str]; 5] = [
        &["ice", "get-ai-workflow-task", "--task-id", "a"],
        &["ice", "get-workflow-task", "--task-id", "b"],
        &[
            "ros",
            "get-ai-task",
            "--task-id",
            "c",
            "--output-option",
            "Enabled",
        ],
        &[
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            "d",
            "--verbose",
            "true",
            "--manifest-type",
            "Raw",
        ],
        &[
            "altatech",
            "query-workflow-result",
            "--workflow-run-id",
            "e",
        ],
    ];
    for args in cases {
        let mut all = vec!["--simulate"];
        all.extend_from_slice(args);
        let out = workflow(&all, &[]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap();
    }
}

#[test]
fn output_formats_and_expand_json() {
    let out = workflow(
        &[
            "--simulate",
            "-o",
            "yaml",
            "ros",
            "get-ai-task",
            "--task-id",
            "t",
        ],
        &[],
    );
    assert!(
        text(&out.stdout).contains("TaskType: GenerateTemplate"),
        "{}",
        text(&out.stdout)
    );
    let out = workflow(
        &[
            "--simulate",
            "--output",
            "table",
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            "r",
        ],
        &[],
    );
    let table = text(&out.stdout);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("Status") && l.ends_with("Succeeded")),
        "{table}"
    );

    let out = workflow(
        &[
            "--simulate",
            "--expand-json",
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            "r",
        ],
        &[],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["Manifest"]["Metadata"]["NodeType"], "Dag",
        "the manifest is printed as JSON"
    );
    assert_eq!(v["Options"]["mlflow"]["experimentId"], "exp-**********");
    let out = workflow(
        &[
            "--simulate",
            "--expand-json",
            "ice",
            "get-workflow-task",
            "--task-id",
            "t",
        ],
        &[],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["WorkflowTask"]["ActivityResults"],
        "Jsonformat,Content varies based on workflow configuration.",
        "text that is not JSON stays as it is"
    );
}

#[test]
fn usage_errors_name_the_missing_flag_and_exit_2() {
    let out = workflow(&["paiflow", "get-pipeline-run"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--pipeline-run-id"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let out = workflow(
        &[
            "--simulate",
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            "r",
            "--verbose",
            "maybe",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--verbose takes true or false"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_error_goes_to_stderr_with_code_and_request_id_and_exit_1() {
    let sim = Simulator::start().await.unwrap();
    let out = run(
        vec![
            "--endpoint".into(),
            sim.url(),
            "-vv".into(),
            "ros".into(),
            "get-ai-task".into(),
            "--task-id".into(),
            "t".into(),
        ],
        creds("wrong-secret-do-not-print"),
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("error: SignatureDoesNotMatch"), "{stderr}");
    assert!(stderr.contains("request id: SIM-"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    assert!(
        !stderr.contains("wrong-secret-do-not-print"),
        "no secret, even at -vv"
    );
    assert!(
        stderr.contains("workflow_sdk.call"),
        "-vv logs the call: {stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_run_exits_3_and_a_timed_out_wait_exits_4() {
    let sim = Simulator::start().await.unwrap();
    sim.set_states("GetPipelineRun", "bad", &["Running", "Failed"]);
    sim.set_states("GetPipelineRun", "slow", &["Running"]);
    let args = |id: &str, extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = [
            "--endpoint",
            &sim.url(),
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            id,
            "--wait",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let out = run(args("bad", &[]), creds(ACCESS_KEY_SECRET)).await;
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("the run ended failed"),
        "{}",
        text(&out.stderr)
    );
    let last: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        last["Status"], "Failed",
        "the last response is still printed"
    );

    let out = run(args("slow", &["--max-wait", "2"]), creds(ACCESS_KEY_SECRET)).await;
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("gave up waiting; the run was running"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_selects_the_credentials_file_profile() {
    let sim = Simulator::start().await.unwrap();
    sim.push("GetAITask", None, Reply::example());
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join(".alibabacloud")).unwrap();
    std::fs::write(
        home.path().join(".alibabacloud/credentials"),
        format!("[default]\naccess_key_id = nobody\naccess_key_secret = x\n\n[sim]\naccess_key_id = {ACCESS_KEY_ID}\naccess_key_secret = {ACCESS_KEY_SECRET}\n"),
    )
    .unwrap();
    let file = home
        .path()
        .join(".alibabacloud/credentials")
        .to_string_lossy()
        .into_owned();
    let base = vec![("ALIBABA_CLOUD_CREDENTIALS_FILE".to_string(), file)];
    let cmd = |profile: Option<&str>| {
        let mut v = vec!["--endpoint".to_string(), sim.url()];
        if let Some(p) = profile {
            v.extend(["--profile".to_string(), p.to_string()]);
        }
        v.extend(
            ["ros", "get-ai-task", "--task-id", "t"]
                .iter()
                .map(|s| s.to_string()),
        );
        v
    };
    assert_eq!(
        run(cmd(Some("sim")), base.clone()).await.status.code(),
        Some(0)
    );
    let out = run(cmd(None), base).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("InvalidAccessKeyId.NotFound"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn completions_are_generated() {
    for shell in ["bash", "zsh", "fish"] {
        let out = workflow(&["completions", shell], &[]);
        assert_eq!(out.status.code(), Some(0));
        let script = text(&out.stdout);
        assert!(
            script.contains("workflow") && script.contains("get-pipeline-run"),
            "{shell}"
        );
    }
}

/// On a terminal (a pty from util-linux `script`) JSON is pretty; piped it
/// is compact (the other tests).
#[test]
fn json_is_pretty_on_a_terminal() {
    let bin = env!("CARGO_BIN_EXE_workflow");
    let out = Command::new("script")
        .args([
            "-qec",
            &format!("{bin} --simulate ros get-ai-task --task-id t"),
            "/dev/null",
        ])
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .output()
        .expect("util-linux `script` runs the tool on a pseudo-terminal");
    let shown = text(&out.stdout).replace('\r', "");
    assert!(shown.contains("{\n  \"Code\": \"Forbidden\""), "{shown}");
}
