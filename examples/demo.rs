//! The main job, runnable on a fresh machine with no cloud account: starts
//! the in-process simulator (which answers like the five services with their
//! documented examples and checks every signature and API key), calls all
//! five operations through the SDK, and prints what came back: typed fields,
//! JSON-in-string fields decoded into their views, timestamps parsed.
//!
//! `cargo run --example demo`

use std::fmt::Display;

use serde::Serialize;
use workflow_sdk::simulator::Simulator;
use workflow_sdk::{JsonField, JsonString, altatech, ice, paiflow, ros};

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

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = Simulator::start().await?;
    println!("simulator listening on {}\n", sim.url());
    let config = sim.config().region("cn-shanghai").build()?;

    let ice = ice::Client::new(&config);
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

    let ai_task = ros::Client::new(&config)
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

    let run = paiflow::Client::new(&config)
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

    let result = altatech::Client::new(&config)
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

    let requests = sim.requests();
    let verified = requests.iter().filter(|r| r.verdict.is_ok()).count();
    println!(
        "\nsimulator: {verified} of {} requests passed its signature and API key checks",
        requests.len()
    );
    Ok(())
}
