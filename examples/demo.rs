//! The main job, runnable on a fresh machine with no cloud account: starts
//! the in-process simulator (which answers like the five services with their
//! documented examples and checks every signature and API key), calls all
//! five operations through the SDK, and prints what came back: typed fields,
//! JSON-in-string fields decoded into their views, timestamps parsed. Then it
//! waits on a run of each API as it goes through its states, showing the
//! progress live.
//!
//! `cargo run --example demo`
//!
//! With `--live` it calls the real services instead, with credentials from
//! the environment (see the README: `ALIBABA_CLOUD_ACCESS_KEY_ID`, ...,
//! `ALIBABA_CLOUD_REGION_ID`, and `ALTABOTS_API_KEY` for AltaBots) and the
//! ids you name; an API without an id is skipped:
//!
//! `cargo run --example demo -- --live --ice-ai-task ID --ice-task ID --ros-task ID --pipeline-run ID --altabots-run ID`

use std::fmt::Display;
use std::io::Write;
use std::time::Duration;

use serde::Serialize;
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{
    Config, JsonField, JsonString, Progress, WaitPolicy, altatech, ice, paiflow, ros,
};

fn show(label: &str, value: impl Display) {
    println!("  {label:<11} {value}");
}

fn opt<T: Display>(v: &Option<T>) -> String {
    v.as_ref()
        .map_or_else(|| "-".to_string(), |v| v.to_string().trim_end().to_string())
}

/// Indents a multi-line block under a label.
fn block(label: &str, text: &str) {
    let mut lines = text.lines();
    show(label, lines.next().unwrap_or_default());
    for line in lines {
        println!("  {:<11} {line}", "");
    }
}

/// A JSON-in-string field: its typed view pretty-printed, or why it has none.
fn json_field<F: JsonField>(label: &str, field: &Option<JsonString<F>>)
where
    F::View: Serialize,
{
    match field.as_ref().map(|f| f.parse()) {
        None => show(label, "-"),
        Some(Ok(view)) => block(
            label,
            &serde_json::to_string_pretty(&view).unwrap_or_default(),
        ),
        Some(Err(e)) => show(label, format!("(kept as text: {:?})", e.text_start())),
    }
}

fn time<E: Display>(t: Result<Option<workflow_sdk::time::OffsetDateTime>, E>) -> String {
    match t {
        Ok(Some(t)) => t
            .format(&workflow_sdk::time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|_| t.to_string()),
        Ok(None) => "-".into(),
        Err(e) => format!("(unreadable: {e})"),
    }
}

/// Which runs to show and wait on.
#[derive(Default)]
struct Ids {
    ice_ai_task: Option<String>,
    ice_task: Option<String>,
    ros_task: Option<String>,
    pipeline_run: Option<String>,
    altabots_run: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--live") {
        return live(&args).await;
    }
    let sim = Simulator::start().await?;
    println!("simulator listening on {}\n", sim.url());
    let config = sim.config().region("cn-shanghai").build()?;
    show_documented(&config).await?;

    println!("\nWaiting on runs (the simulator moves each through its states):");
    let ids = Ids {
        ice_ai_task: Some("ai-task-demo".into()),
        ice_task: Some("task-demo".into()),
        ros_task: Some("t-demo".into()),
        pipeline_run: Some("flow-demo".into()),
        altabots_run: Some("run-demo".into()),
    };
    sim.set_states(
        "GetAIWorkflowTask",
        "ai-task-demo",
        &["running", "running", "succeeded"],
    );
    sim.set_states(
        "GetWorkflowTask",
        "task-demo",
        &["Init", "Processing", "Processing", "Succeed"],
    );
    sim.set_states(
        "GetAITask",
        "t-demo",
        &["PENDING", "RUNNING", "RUNNING", "FAILURE"],
    );
    sim.set_states(
        "GetPipelineRun",
        "flow-demo",
        &["Initialized", "Running", "Running", "Succeeded"],
    );
    sim.set_states(
        "QueryWorkflowResult",
        "run-demo",
        &["PENDING", "RUNNING", "SUCCEED"],
    );
    let policy = WaitPolicy::default()
        .initial_delay(Duration::from_millis(400))
        .max_interval(Duration::from_secs(2))
        .max_wait(Duration::from_secs(60));
    wait_all(&config, &ids, &policy).await;

    let requests = sim.requests();
    let verified = requests.iter().filter(|r| r.verdict.is_ok()).count();
    println!(
        "\nsimulator: {verified} of {} requests passed its signature and API key checks",
        requests.len()
    );
    Ok(())
}

/// Real services: configuration from the environment, ids from the flags.
async fn live(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let ids = Ids {
        ice_ai_task: flag("--ice-ai-task"),
        ice_task: flag("--ice-task"),
        ros_task: flag("--ros-task"),
        pipeline_run: flag("--pipeline-run"),
        altabots_run: flag("--altabots-run"),
    };
    let mut builder = Config::builder_from_env();
    if let Ok(key) = std::env::var("ALTABOTS_API_KEY") {
        builder = builder.api_key(key);
    }
    let config = builder.build()?;
    println!("live: region {:?}", config.region());
    wait_all(&config, &ids, &WaitPolicy::default()).await;
    Ok(())
}

/// Prints progress as it happens: `Init (0s) → Processing (1s) → Succeed (3s)`.
fn live_progress() -> impl FnMut(&Progress) {
    let mut first = true;
    move |p: &Progress| {
        if !first {
            print!(" → ");
        }
        first = false;
        print!("{p}");
        let _ = std::io::stdout().flush();
    }
}

/// How a wait ended, on the progress line.
fn outcome<T, E: Display>(r: Result<T, E>) {
    match r {
        Ok(_) => println!("  done"),
        Err(e) => println!("  ({e})"),
    }
}

async fn wait_all(config: &Config, ids: &Ids, policy: &WaitPolicy) {
    if let Some(id) = &ids.ice_ai_task {
        print!("  ICE GetAIWorkflowTask {id}: ");
        let ice = ice::Client::new(config);
        outcome(
            ice.get_ai_workflow_task()
                .task_id(id)
                .wait_with_progress(policy, live_progress())
                .await,
        );
    }
    if let Some(id) = &ids.ice_task {
        print!("  ICE GetWorkflowTask {id}: ");
        let ice = ice::Client::new(config);
        outcome(
            ice.get_workflow_task()
                .task_id(id)
                .wait_with_progress(policy, live_progress())
                .await,
        );
    }
    if let Some(id) = &ids.ros_task {
        print!("  ROS GetAITask {id}: ");
        let ros = ros::Client::new(config);
        outcome(
            ros.get_ai_task()
                .task_id(id)
                .wait_with_progress(policy, live_progress())
                .await,
        );
    }
    if let Some(id) = &ids.pipeline_run {
        print!("  PAIFlow GetPipelineRun {id}: ");
        let pai = paiflow::Client::new(config);
        outcome(
            pai.get_pipeline_run()
                .pipeline_run_id(id)
                .wait_with_progress(policy, live_progress())
                .await,
        );
    }
    if let Some(id) = &ids.altabots_run {
        print!("  AltaBots QueryWorkflowResult {id}: ");
        let alta = altatech::Client::new(config);
        outcome(
            alta.query_workflow_result()
                .body_map(|b| b.workflow_run_id(id.clone()))
                .wait_with_progress(policy, live_progress())
                .await,
        );
    }
}

/// Calls each operation once and prints the documented example, decoded.
async fn show_documented(config: &Config) -> Result<(), Box<dyn std::error::Error>> {
    let ice = ice::Client::new(config);
    let ai = ice
        .get_ai_workflow_task()
        .task_id("demo-ai-task")
        .send()
        .await?;
    println!("ICE GetAIWorkflowTask");
    show("request", opt(&ai.request_id));
    if let Some(task) = &ai.workflow_task {
        show("task", opt(&task.task_id));
        show("status", opt(&task.status));
        show("created", time(task.create_time_utc()));
        show("finished", time(task.finish_time_utc()));
        if let Some(w) = &task.workflow {
            show("template", format!("{} ({})", opt(&w.name), opt(&w.status)));
            json_field("graph", &w.graph);
        }
        json_field("inputs", &task.inputs);
        json_field("outputs", &task.outputs);
        json_field("user data", &task.user_data);
        json_field("node results", &task.node_results);
    }

    let wf = ice.get_workflow_task().task_id("demo-task").send().await?;
    println!("\nICE GetWorkflowTask");
    show("request", opt(&wf.request_id));
    if let Some(task) = &wf.workflow_task {
        show("task", opt(&task.task_id));
        show("status", opt(&task.status));
        show("created", time(task.create_time_utc()));
        if let Some(w) = &task.workflow {
            show(
                "workflow",
                format!("{} ({}, {})", opt(&w.name), opt(&w.type_), opt(&w.status)),
            );
            show("modified", time(w.modified_time_utc()));
        }
        json_field("input", &task.task_input);
        json_field("results", &task.activity_results);
        json_field("user data", &task.user_data);
    }

    let ai_task = ros::Client::new(config)
        .get_ai_task()
        .task_id("t-demo")
        .output_option(ros::types::OutputOption::Enabled)
        .send()
        .await?;
    println!("\nROS GetAITask");
    show("request", opt(&ai_task.request_id));
    show("task", opt(&ai_task.task_id));
    show("type", opt(&ai_task.task_type));
    show(
        "status",
        format!("{} ({})", opt(&ai_task.status), opt(&ai_task.status_reason)),
    );
    show(
        "success",
        format!("{:?}", ai_task.success.as_ref().and_then(|s| s.as_bool())),
    );
    if let Some(output) = &ai_task.task_output {
        block("output", &serde_json::to_string_pretty(output)?);
    }

    let run = paiflow::Client::new(config)
        .get_pipeline_run()
        .pipeline_run_id("flow-demo")
        .verbose(true)
        .manifest_type(paiflow::types::ManifestType::Raw)
        .send()
        .await?;
    println!("\nPAIFlow GetPipelineRun");
    show("request", opt(&run.request_id));
    show(
        "run",
        format!("{} ({})", opt(&run.pipeline_run_id), opt(&run.name)),
    );
    show("status", opt(&run.status));
    show("started", time(run.started_at_utc()));
    show("finished", time(run.finished_at_utc()));
    show("duration", format!("{} s", opt(&run.duration)));
    json_field("manifest", &run.manifest);
    json_field("arguments", &run.arguments);
    json_field("options", &run.options);

    let result = altatech::Client::new(config)
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("run-demo"))
        .send()
        .await?;
    println!("\nAltaBots QueryWorkflowResult");
    show(
        "workflow",
        format!(
            "{} {}",
            opt(&result.workflow_name),
            opt(&result.workflow_version)
        ),
    );
    show("status", opt(&result.status));
    show("started", time(result.start_time_utc()));
    show("ended", time(result.end_time_utc()));
    show(
        "usage",
        format!(
            "{} ms, {} tokens, cost {}",
            opt(&result.workflow_execution_time),
            opt(&result.total_tokens),
            opt(&result.total_cost)
        ),
    );
    if let Some(input) = &result.input {
        block("input", &serde_json::to_string_pretty(input)?);
    }
    if let Some(output) = &result.output {
        block("output", &serde_json::to_string_pretty(output)?);
    }

    Ok(())
}
