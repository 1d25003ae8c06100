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
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("--verbose") && stderr.contains("[possible values: true, false]"),
        "{stderr}"
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
    assert!(
        shown.contains("{\n  \"TaskId\": \"t\",\n  \"RequestId\""),
        "{shown}"
    );
}

/// Runs `workflow` on a pseudo-terminal (util-linux `script`): what the
/// terminal showed (stdout and stderr together), and the exit code.
fn on_terminal(args: &str) -> (String, Option<i32>) {
    let bin = env!("CARGO_BIN_EXE_workflow");
    let home = tempfile::tempdir().unwrap();
    let out = Command::new("script")
        .args(["-qec", &format!("{bin} {args}"), "/dev/null"])
        .env_clear()
        .env("HOME", home.path())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "xterm")
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .output()
        .expect("util-linux `script` runs the tool on a pseudo-terminal");
    (text(&out.stdout).replace('\r', ""), out.status.code())
}

/// Every usage error exits 2 with one message naming the flag.
fn assert_usage(args: &[&str], flag: &str) {
    let out = workflow(args, &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(
        stderr.contains(flag),
        "{args:?} should name {flag}: {stderr}"
    );
    assert!(out.stdout.is_empty(), "{args:?}");
}

#[test]
fn usage_errors_exit_2_and_name_the_flag() {
    let sim = ["--simulate"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v = sim.to_vec();
        v.extend_from_slice(extra);
        v
    };
    // The run id is required wherever an operation reports a run, even
    // where the vendor marks it optional.
    assert_usage(&with(&["ice", "get-workflow-task"]), "--task-id");
    assert_usage(&with(&["ros", "get-ai-task"]), "--task-id");
    assert_usage(
        &with(&["ice", "get-ai-workflow-task", "--wait"]),
        "--task-id",
    );
    assert_usage(
        &with(&["ice", "get-workflow-task", "--task-id", ""]),
        "--task-id",
    );
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--max-wait",
            "5",
        ]),
        "--max-wait",
    );
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--heartbeat",
            "5",
        ]),
        "--heartbeat",
    );
    for bad in ["0", "-1", "abc", "NaN", "inf", "1e400", ""] {
        assert_usage(
            &with(&[
                "--timeout",
                bad,
                "ice",
                "get-workflow-task",
                "--task-id",
                "a",
            ]),
            "--timeout",
        );
    }
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--wait",
            "--max-wait",
            "0",
        ]),
        "--max-wait",
    );
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--wait",
            "--poll-interval",
            "20",
            "--max-poll-interval",
            "5",
        ]),
        "--poll-interval",
    );
    assert_usage(
        &with(&[
            "--retries",
            "-3",
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
        ]),
        "--retries",
    );
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--query",
            "WorkflowTask.[",
        ]),
        "--query",
    );
    assert_usage(
        &with(&[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--simulate-fail",
        ]),
        "--simulate-fail",
    );
    assert_usage(
        &[
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--simulate-fail",
            "a",
        ],
        "--simulate-fail",
    );
    // Alibaba-only options are not offered to AltaBots.
    assert_usage(
        &with(&[
            "altatech",
            "query-workflow-result",
            "--workflow-run-id",
            "e",
            "--region",
            "cn-shanghai",
        ]),
        "--region",
    );
    assert_usage(
        &with(&[
            "--profile",
            "p",
            "altatech",
            "query-workflow-result",
            "--workflow-run-id",
            "e",
        ]),
        "--profile",
    );
    // An open enum lists its values and still takes a new one.
    let out = workflow(
        &with(&[
            "paiflow",
            "get-pipeline-run",
            "--pipeline-run-id",
            "r",
            "--manifest-type",
            "Brand-new",
        ]),
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn extreme_numbers_are_taken_without_a_panic() {
    let out = workflow(
        &[
            "--simulate",
            "--timeout",
            "18446744073709551615",
            "--total-timeout",
            "18446744073709551615",
            "--connect-timeout",
            "18446744073709551615",
            "--retries",
            "4294967295",
            "ice",
            "get-workflow-task",
            "--task-id",
            "a",
            "--wait",
            "--max-wait",
            "18446744073709551615",
            "--max-poll-interval",
            "18446744073709551615",
            "--poll-interval",
            "0.2",
            "--heartbeat",
            "18446744073709551615",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn messages_speak_flags_and_environment_variables() {
    let out = workflow(
        &["ice", "get-workflow-task", "--task-id", "a"],
        &[
            ("ALIBABA_CLOUD_ACCESS_KEY_ID", ACCESS_KEY_ID),
            ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", ACCESS_KEY_SECRET),
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--region") && stderr.contains("ALIBABA_CLOUD_REGION_ID"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Config::") && !stderr.contains("builder"),
        "{stderr}"
    );
    let out = workflow(
        &[
            "altatech",
            "query-workflow-result",
            "--workflow-run-id",
            "e",
        ],
        &[],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("ALTABOTS_API_KEY"), "{stderr}");
    assert!(!stderr.contains("Config::"), "{stderr}");
}

#[test]
fn help_shows_the_operation_first_and_values_of_enums_and_booleans() {
    let out = workflow(&["paiflow", "get-pipeline-run", "--help"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    let own = help.find("--pipeline-run-id").expect("own flag");
    let heading = help.find("Global options:").expect("global heading");
    assert!(own < heading, "{help}");
    assert!(help.find("--endpoint").unwrap() > heading, "{help}");
    assert!(help.contains("[possible values: true, false]"), "{help}");
    assert!(help.contains("Raw, Frozen"), "{help}");
    assert!(
        help.contains("--region"),
        "Alibaba APIs take --region: {help}"
    );

    let alta = text(&workflow(&["altatech", "query-workflow-result", "--help"], &[]).stdout);
    assert!(alta.contains("--workflow-run-id"), "{alta}");
    assert!(
        !alta.contains("--region") && !alta.contains("--profile"),
        "{alta}"
    );

    for shell in ["bash", "fish", "zsh"] {
        let script = text(&workflow(&["completions", shell], &[]).stdout);
        assert!(script.contains("Rendered"), "{shell}: enum values complete");
        assert!(
            script.contains("true") && script.contains("false"),
            "{shell}"
        );
    }
}

#[test]
fn json_keeps_the_service_key_order_and_query_selects() {
    let out = workflow(
        &[
            "--simulate",
            "ice",
            "get-workflow-task",
            "--task-id",
            "my-own-id",
        ],
        &[],
    );
    let raw = text(&out.stdout);
    let at = |k: &str| {
        raw.find(&format!("\"{k}\""))
            .unwrap_or_else(|| panic!("{k}: {raw}"))
    };
    // The documented order: TaskId, Status, TaskInput, CreateTime, ...
    assert!(
        at("TaskId") < at("Status") && at("Status") < at("TaskInput"),
        "{raw}"
    );
    assert!(
        at("TaskInput") < at("CreateTime") && at("Workflow") < at("ActivityResults"),
        "{raw}"
    );
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["WorkflowTask"]["TaskId"], "my-own-id", "the id asked for");

    let out = workflow(
        &[
            "--simulate",
            "ice",
            "get-workflow-task",
            "--task-id",
            "q",
            "--query",
            "WorkflowTask.[TaskId, Status]",
        ],
        &[],
    );
    assert_eq!(text(&out.stdout).trim(), r#"["q","Succeed"]"#);
}

#[test]
fn several_runs_piped_print_a_line_per_change_and_one_result_each() {
    let base = [
        "--simulate",
        "ice",
        "get-workflow-task",
        "--task-id",
        "a",
        "--task-id",
        "b",
        "--task-id",
        "c",
        "--wait",
    ];
    let out = workflow(&base, &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    for line in ["a: Init (", "b: Processing (", "c: Succeed ("] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    let results: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = results.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    for r in &results {
        assert_eq!(r["state"], "succeeded");
        assert_eq!(r["exit_code"], 0);
        assert_eq!(r["response"]["WorkflowTask"]["TaskId"], r["id"]);
    }

    // One fails: 3. One times out: 4. Both: 3 (a failure outranks a
    // timeout).
    let mut failing = base.to_vec();
    failing.extend(["--simulate-fail", "b"]);
    let out = workflow(&failing, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("b: the run ended failed"));
    let mut stuck = base.to_vec();
    stuck.extend(["--simulate-timeout", "c", "--max-wait", "3"]);
    let out = workflow(&stuck, &[]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let last: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().last().unwrap()).unwrap();
    assert_eq!(
        (last["id"].as_str(), last["exit_code"].as_u64()),
        (Some("c"), Some(4))
    );
    let mut both = stuck.clone();
    both.extend(["--simulate-fail", "a", "--output", "table"]);
    let out = workflow(&both, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("a ") && l.contains("Failed")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("c ") && l.contains("gave up waiting")),
        "{table}"
    );
}

#[test]
fn ids_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ids.txt");
    std::fs::write(&file, "# runs\nx\n\ny\n").unwrap();
    let file = file.to_string_lossy().into_owned();
    let out = workflow(
        &[
            "--simulate",
            "ros",
            "get-ai-task",
            "--ids-from",
            &file,
            "--task-id",
            "w",
            "--wait",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["w", "x", "y"]);

    let mut child = Command::new(env!("CARGO_BIN_EXE_workflow"))
        .args(["--simulate", "ros", "get-ai-task", "--ids-from", "-"])
        .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(b"s1\ns2\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout).lines().count(), 2, "one result per run");
    assert_usage(
        &[
            "--simulate",
            "ros",
            "get-ai-task",
            "--ids-from",
            "/nonexistent/ids",
        ],
        "--ids-from",
    );
}

#[test]
fn piped_waits_print_heartbeat_lines() {
    let out = workflow(
        &[
            "--simulate",
            "ice",
            "get-workflow-task",
            "--task-id",
            "slow",
            "--wait",
            "--simulate-timeout",
            "slow",
            "--max-wait",
            "5",
            "--heartbeat",
            "1",
        ],
        &[],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    let beats = stderr
        .lines()
        .filter(|l| l.starts_with("still Processing ("))
        .count();
    assert!(beats >= 2, "{stderr}");
    assert!(stderr.contains("polls, last poll"), "{stderr}");
    assert!(
        stderr.contains("gave up waiting; the run was running"),
        "{stderr}"
    );
}

#[test]
fn on_a_terminal_the_elapsed_time_ticks_every_second() {
    let (shown, code) = on_terminal(
        "--simulate ice get-workflow-task --task-id t --wait --simulate-timeout t --max-wait 4",
    );
    assert_eq!(code, Some(4), "{shown}");
    for second in 1..=3 {
        assert!(
            shown.contains(&format!("Processing · {second}s")),
            "{second}s: {shown}"
        );
    }
    assert!(shown.contains("last poll"), "{shown}");
}

#[test]
fn on_a_terminal_several_runs_show_a_live_table() {
    let (shown, code) =
        on_terminal("--simulate ice get-workflow-task --task-id a --task-id b --task-id c --wait");
    assert_eq!(code, Some(0), "{shown}");
    assert!(
        shown.contains("ID") && shown.contains("STATE") && shown.contains("POLLS"),
        "{shown}"
    );
    for row in ["a ", "b ", "c "] {
        assert!(
            shown
                .lines()
                .any(|l| l.contains(row) && l.contains("Processing")),
            "{row}: {shown}"
        );
        assert!(
            shown
                .lines()
                .any(|l| l.contains(row) && l.contains("Succeed")),
            "{row}: {shown}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn control_characters_from_the_server_never_reach_the_terminal() {
    let sim = Simulator::start().await.unwrap();
    sim.push(
        "GetAITask",
        None,
        Reply::acs_error(400, "Bad\u{1b}[2J", "cleared\u{1b}]0;pwned\u{7}\u{9b}31m"),
    );
    let args = |extra: &[&str]| {
        let mut v = vec!["--endpoint".to_string(), sim.url()];
        v.extend(
            ["ros", "get-ai-task", "--task-id", "t"]
                .iter()
                .map(|s| s.to_string()),
        );
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let out = run(args(&[]), creds(ACCESS_KEY_SECRET)).await;
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Bad\\u{1b}[2J"), "{stderr}");
    assert!(
        !stderr.chars().any(|c| c.is_control() && c != '\n'),
        "{stderr:?}"
    );

    sim.push(
        "GetAITask",
        None,
        Reply::json(
            200,
            "{\"Code\":\"\\u001b[31mred\",\"Message\":\"\u{9b}2J\",\"RequestId\":\"r\"}",
        ),
    );
    for output in ["table", "yaml", "json"] {
        sim.push(
            "GetAITask",
            None,
            Reply::json(
                200,
                "{\"Code\":\"\\u001b[31mred\",\"Message\":\"\u{9b}2J\u{7f}\",\"RequestId\":\"r\"}",
            ),
        );
        let out = run(args(&["--output", output]), creds(ACCESS_KEY_SECRET)).await;
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let shown = text(&out.stdout);
        assert!(shown.contains("red"), "{output}: {shown}");
        assert!(
            !shown.chars().any(|c| c.is_control() && c != '\n'),
            "{output}: {shown:?}"
        );
    }
}

#[test]
fn write_failures_exit_1_with_one_line_and_a_closed_pipe_ends_quietly() {
    let bin = env!("CARGO_BIN_EXE_workflow");
    if std::path::Path::new("/dev/full").exists() {
        for args in [
            "completions bash",
            "--simulate ice get-workflow-task --task-id a",
        ] {
            let out = Command::new("sh")
                .args(["-c", &format!("{bin} {args} > /dev/full")])
                .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
                .output()
                .unwrap();
            let stderr = text(&out.stderr);
            assert_eq!(out.status.code(), Some(1), "{args}: {stderr}");
            assert_eq!(stderr.lines().count(), 1, "{args}: {stderr}");
            assert!(stderr.contains("cannot write to stdout"), "{stderr}");
        }
    }
    for args in [
        "completions zsh",
        "--simulate ice get-workflow-task --task-id a --task-id b --wait",
        "--help",
    ] {
        // The reader is gone before the tool writes.
        let out = Command::new("bash")
            .args([
                "-c",
                &format!("exec 3>&1; {{ sleep 0.3; {bin} {args}; echo \"code $?\" >&3; }} | true"),
            ])
            .env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
            .output()
            .unwrap();
        let stdout = text(&out.stdout);
        let stderr = text(&out.stderr);
        assert!(stdout.contains("code 0"), "{args}: {stdout} {stderr}");
        assert!(
            !stderr.contains("panic") && !stderr.contains("error"),
            "{args}: {stderr}"
        );
    }
}

#[test]
fn poll_interval_flags_set_the_schedule() {
    let polls = |interval: &str| -> Vec<u64> {
        let out = workflow(
            &[
                "--simulate",
                "ros",
                "get-ai-task",
                "--task-id",
                "a",
                "--task-id",
                "b",
                "--wait",
                "--simulate-timeout",
                "a",
                "--simulate-timeout",
                "b",
                "--max-wait",
                "2",
                "--poll-interval",
                interval,
                "--max-poll-interval",
                interval,
            ],
            &[],
        );
        assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
        text(&out.stdout)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["polls"]
                    .as_u64()
                    .unwrap()
            })
            .collect()
    };
    // Two seconds at 0.25 s (jitter ±20 %): 7 to 11 polls; at 1 s: 2 or 3.
    for n in polls("0.25") {
        assert!((6..=12).contains(&n), "{n}");
    }
    for n in polls("1") {
        assert!((2..=3).contains(&n), "{n}");
    }
}
