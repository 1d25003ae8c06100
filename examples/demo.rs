//! The main job, runnable on a fresh machine with no cloud account: starts
//! the in-process simulator (which answers like the five services with their
//! documented examples and checks every signature and API key), calls all
//! five operations through the SDK, and prints what came back, typed.
//!
//! `cargo run --example demo`

use workflow_sdk::simulator::Simulator;
use workflow_sdk::{altatech, ice, paiflow, ros};

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
    let task = ai.workflow_task.as_ref().ok_or("no WorkflowTask")?;
    println!(
        "ICE GetAIWorkflowTask  request {}",
        ai.request_id.as_deref().unwrap_or("-")
    );
    println!("  task      {}", task.task_id.as_deref().unwrap_or("-"));
    println!(
        "  status    {}",
        task.status.as_ref().map_or("-", |s| s.as_str())
    );
    println!(
        "  template  {}",
        task.workflow
            .as_ref()
            .and_then(|w| w.name.as_deref())
            .unwrap_or("-")
    );
    if let Some(inputs) = &task.inputs {
        println!("  inputs    {}", inputs.as_str());
    }
    if let Some(user_data) = &task.user_data {
        println!("  user data {}", user_data.value()?);
    }

    let wf = ice.get_workflow_task().task_id("demo-task").send().await?;
    let task = wf.workflow_task.as_ref().ok_or("no WorkflowTask")?;
    println!(
        "\nICE GetWorkflowTask  request {}",
        wf.request_id.as_deref().unwrap_or("-")
    );
    println!("  task      {}", task.task_id.as_deref().unwrap_or("-"));
    println!(
        "  status    {}",
        task.status.as_ref().map_or("-", |s| s.as_str())
    );
    println!(
        "  workflow  {}",
        task.workflow
            .as_ref()
            .and_then(|w| w.name.as_deref())
            .unwrap_or("-")
    );
    if let Some(input) = &task.task_input {
        println!("  input     {}", input.value()?);
    }
    if let Some(results) = &task.activity_results {
        match results.value() {
            Ok(v) => println!("  results   {v}"),
            Err(e) => println!("  results   (not JSON: {e})"),
        }
    }

    let ros = ros::Client::new(&config);
    let ai_task = ros
        .get_ai_task()
        .task_id("t-demo")
        .output_option(ros::types::OutputOption::Enabled)
        .send()
        .await?;
    println!(
        "\nROS GetAITask  request {}",
        ai_task.request_id.as_deref().unwrap_or("-")
    );
    println!(
        "  task      {:?}",
        ai_task.task_id.as_deref().unwrap_or("-")
    );
    println!(
        "  type      {}",
        ai_task.task_type.as_ref().map_or("-", |s| s.as_str())
    );
    println!(
        "  status    {} ({})",
        ai_task.status.as_ref().map_or("-", |s| s.as_str()),
        ai_task.status_reason.as_deref().unwrap_or("-")
    );
    println!(
        "  success   {:?}",
        ai_task.success.as_ref().and_then(|s| s.as_bool())
    );
    println!(
        "  output    {}",
        ai_task
            .task_output
            .as_ref()
            .map(|v| v.to_string())
            .unwrap_or_default()
    );

    let pai = paiflow::Client::new(&config);
    let run = pai
        .get_pipeline_run()
        .pipeline_run_id("flow-demo")
        .verbose(true)
        .manifest_type(paiflow::types::ManifestType::Raw)
        .send()
        .await?;
    println!(
        "\nPAIFlow GetPipelineRun  request {:?}",
        run.request_id.as_deref().unwrap_or("-")
    );
    println!(
        "  run       {:?}",
        run.pipeline_run_id.as_deref().unwrap_or("-")
    );
    println!(
        "  status    {}",
        run.status.as_ref().map_or("-", |s| s.as_str())
    );
    println!("  duration  {} s", run.duration.unwrap_or_default());
    if let Some(manifest) = &run.manifest {
        println!("  manifest  {}", manifest.value()?["Metadata"]);
    }
    if let Some(options) = &run.options {
        println!("  options   {}", options.value()?);
    }

    let alta = altatech::Client::new(&config);
    let result = alta
        .query_workflow_result()
        .body_map(|b| b.workflow_run_id("run-demo"))
        .send()
        .await?;
    println!("\nAltaBots QueryWorkflowResult");
    println!(
        "  workflow  {} {}",
        result.workflow_name.as_deref().unwrap_or("-"),
        result.workflow_version.as_deref().unwrap_or("-")
    );
    println!(
        "  status    {}",
        result.status.as_ref().map_or("-", |s| s.as_str())
    );
    println!(
        "  time      {} ms, {} tokens, cost {}",
        result.workflow_execution_time.unwrap_or_default(),
        result.total_tokens.unwrap_or_default(),
        result.total_cost.unwrap_or_default()
    );
    println!(
        "  output    {}",
        result
            .output
            .as_ref()
            .map(|v| v.to_string())
            .unwrap_or_default()
    );

    let requests = sim.requests();
    let verified = requests.iter().filter(|r| r.verdict.is_ok()).count();
    println!(
        "\nsimulator: {verified} of {} requests passed signature / API key checks",
        requests.len()
    );
    Ok(())
}
