//! Memory under load, against the in-process simulator: resident memory
//! before and after 20,000 sequential calls (it must stay flat), and the
//! peak with 1,000 calls in flight. Linux only (reads /proc/self/status).
//!
//! `cargo run --release --example load`

use std::sync::Arc;

use workflow_sdk::ice;
use workflow_sdk::simulator::Simulator;

/// (current, peak) resident memory in KiB.
fn rss_kib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = Simulator::start().await?;
    // The simulator's request log would grow with every call; this run
    // measures the client, so it is off.
    sim.set_recording(false);
    let config = sim.config().build()?;
    let client = Arc::new(ice::Client::new(&config));

    // Warm up: connection, allocator, lazy statics.
    for _ in 0..500 {
        client.get_workflow_task().task_id("warm").send().await?;
    }
    let (before, _) = rss_kib();
    let mut samples = Vec::new();
    for i in 0..20_000u32 {
        let resp = client.get_workflow_task().task_id("seq").send().await?;
        assert!(resp.workflow_task.is_some());
        if i % 5_000 == 4_999 {
            samples.push(rss_kib().0);
        }
    }
    let (after, _) = rss_kib();
    println!(
        "20,000 sequential calls: RSS {before} KiB before, {after} KiB after; every 5,000: {samples:?} KiB"
    );

    let tasks: Vec<_> = (0..1_000)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .get_workflow_task()
                    .task_id(format!("c-{i}"))
                    .send()
                    .await
                    .map(|_| ())
            })
        })
        .collect();
    for t in tasks {
        t.await??;
    }
    let (now, peak) = rss_kib();
    println!(
        "1,000 concurrent calls: RSS {now} KiB after, peak {peak} KiB (whole process, simulator included)"
    );
    println!("connections opened: {}", sim.connections());
    Ok(())
}
