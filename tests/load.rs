//! One client shared by 1,000 concurrent tasks: every call gets the answer
//! for its own id, and connections are reused. (Memory over 20,000
//! sequential calls is measured by `cargo run --release --example load`;
//! see BENCHMARKS.md.)

use std::sync::Arc;

use workflow_sdk::simulator::Simulator;
use workflow_sdk::{altatech, ice};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_calls_each_get_their_own_answer() {
    let sim = Simulator::start().await.unwrap();
    sim.echo_ids(true);
    let config = sim.config().build().unwrap();
    let client = Arc::new(ice::Client::new(&config));

    let wave = |offset: usize| {
        let client = client.clone();
        async move {
            let tasks: Vec<_> = (0..1000)
                .map(|i| {
                    let client = client.clone();
                    tokio::spawn(async move {
                        let id = format!("task-{}", offset + i);
                        let resp = client
                            .get_workflow_task()
                            .task_id(&id)
                            .send()
                            .await
                            .unwrap();
                        (
                            id,
                            resp.into_inner().workflow_task.unwrap().task_id.unwrap(),
                        )
                    })
                })
                .collect();
            for t in tasks {
                let (asked, got) = t.await.unwrap();
                assert_eq!(asked, got, "no cross-talk");
            }
        }
    };
    wave(0).await;
    // A connection goes back to the pool a moment after its task has its
    // answer; let the first wave's settle before counting reuse.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let after_first = sim.connections();
    assert!(
        after_first <= 1000,
        "{after_first} connections for 1000 calls"
    );
    wave(1000).await;
    let after_second = sim.connections();
    // 2,000 calls, at most 1,000 at a time: pooled connections carry the
    // second wave, so the total never exceeds the concurrency.
    assert!(
        after_second <= 1000,
        "{after_first} then {after_second} connections for 2,000 calls"
    );
    assert_eq!(sim.requests().len(), 2000);
    assert!(sim.requests().iter().all(|r| r.verdict.is_ok()));
}

#[tokio::test]
async fn sequential_calls_reuse_one_connection() {
    let sim = Simulator::start().await.unwrap();
    sim.echo_ids(true);
    let config = sim.config().build().unwrap();
    let client = altatech::Client::new(&config);
    for i in 0..200 {
        let id = format!("run-{i}");
        let r = client
            .query_workflow_result()
            .body_map(|b| b.workflow_run_id(&id))
            .send()
            .await
            .unwrap();
        assert_eq!(r.workflow_run_id.as_deref(), Some(id.as_str()));
    }
    assert_eq!(sim.connections(), 1, "keep-alive");
}
