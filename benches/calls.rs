//! Whole calls against a hand-written floor, in the same run: throughput at
//! 1, 16 and 64 calls in flight, and client CPU per call.
//!
//! The floor is what a careful user would write by hand: the same
//! `reqwest::Client` (the one the SDK's `Config` built), a minimal ACS3
//! signer made of string pushes, and `serde_json::from_slice::<Value>`,
//! against the same minimal keep-alive HTTP/1.1 server answering the ICE
//! GetWorkflowTask example. Both sign every request with a fresh date and
//! nonce. The floor is run a second time inside a `tokio::time::timeout`
//! of the SDK's default attempt limit: the one timer any production client
//! keeps, and the SDK does.
//!
//! Client CPU per call is the process's CPU time over a run minus the
//! server thread's, divided by the calls made (Linux: from
//! `/proc/self/task/*/schedstat`; elsewhere it is not printed).
//!
//! `cargo bench --bench calls` (ROUNDS and SECONDS in the environment
//! change the number of alternating rounds and the length of each run,
//! IN_FLIGHT=1,16 picks the levels).

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use hmac::{Hmac, Mac};
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use rand::RngCore;
use sha2::{Digest, Sha256};
use workflow_sdk::{Config, Credentials, ice};

const KEY_ID: &str = "LTAI5tTestAccessKeyId";
const SECRET: &str = "TestAccessKeySecret0123456789abcd";
const TASK_ID: &str = "4215e042b3966ca5441e";
const BODY: &str = include_str!("../specs/examples/ice-GetWorkflowTask.json");

/// Starts the server on a thread of its own (so its CPU can be told apart)
/// and returns its URL and that thread's id.
fn start_server() -> (String, u64) {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let url = format!("http://{}", listener.local_addr().unwrap());
            tx.send((url, thread_id())).unwrap();
            let body = Bytes::from_static(BODY.as_bytes());
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let body = body.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |_req| {
                        let body = body.clone();
                        async move {
                            Ok::<_, Infallible>(
                                hyper::Response::builder()
                                    .header("content-type", "application/json")
                                    .header("x-acs-request-id", "BENCH-REQUEST")
                                    .body(Full::new(body))
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
    });
    rx.recv().unwrap()
}

/// The minimal ACS3 signer: one canonical request built by string pushes.
fn floor_sign(host: &str, query: &str) -> [(&'static str, String); 6] {
    let date = time::OffsetDateTime::now_utc();
    let date = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year(),
        u8::from(date.month()),
        date.day(),
        date.hour(),
        date.minute(),
        date.second()
    );
    let mut nonce = [0u8; 16];
    rand::rng().fill_bytes(&mut nonce);
    let nonce = hex::encode(nonce);
    let empty = hex::encode(Sha256::digest(b""));
    let signed_headers =
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    let mut c = String::with_capacity(512);
    c.push_str("POST\n/\n");
    c.push_str(query);
    c.push_str("\nhost:");
    c.push_str(host);
    c.push_str("\nx-acs-action:GetWorkflowTask\nx-acs-content-sha256:");
    c.push_str(&empty);
    c.push_str("\nx-acs-date:");
    c.push_str(&date);
    c.push_str("\nx-acs-signature-nonce:");
    c.push_str(&nonce);
    c.push_str("\nx-acs-version:2020-11-09\n\n");
    c.push_str(signed_headers);
    c.push('\n');
    c.push_str(&empty);
    let mut sts = String::from("ACS3-HMAC-SHA256\n");
    sts.push_str(&hex::encode(Sha256::digest(c.as_bytes())));
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(sts.as_bytes());
    let signature = hex::encode(mac.finalize().into_bytes());
    let mut auth = String::from("ACS3-HMAC-SHA256 Credential=");
    auth.push_str(KEY_ID);
    auth.push_str(",SignedHeaders=");
    auth.push_str(signed_headers);
    auth.push_str(",Signature=");
    auth.push_str(&signature);
    [
        ("x-acs-action", "GetWorkflowTask".to_string()),
        ("x-acs-version", "2020-11-09".to_string()),
        ("x-acs-date", date),
        ("x-acs-signature-nonce", nonce),
        ("x-acs-content-sha256", empty),
        ("authorization", auth),
    ]
}

/// The floor: sign, send, read, parse into a `Value`.
async fn floor_call(http: &reqwest::Client, url: &str, host: &str) -> serde_json::Value {
    let query = format!("TaskId={TASK_ID}");
    let mut req = http.post(url);
    for (k, v) in floor_sign(host, &query) {
        req = req.header(k, v);
    }
    let bytes = req.send().await.unwrap().bytes().await.unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

/// CPU nanoseconds of every thread of the process, and of one thread.
fn cpu_ns(server_tid: u64) -> Option<(u64, u64)> {
    let read = |path: &std::path::Path| -> Option<u64> {
        std::fs::read_to_string(path)
            .ok()?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    let mut total = 0;
    for entry in std::fs::read_dir("/proc/self/task").ok()? {
        total += read(&entry.ok()?.path().join("schedstat")).unwrap_or(0);
    }
    let server = read(std::path::Path::new(&format!(
        "/proc/self/task/{server_tid}/schedstat"
    )))?;
    Some((total, server))
}

fn thread_id() -> u64 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse().ok())
        .unwrap_or(0)
}

struct Run {
    calls_per_sec: f64,
    client_cpu_us: Option<f64>,
}

/// Keeps `in_flight` calls going for `secs`, returns throughput and client
/// CPU per call.
fn measure<F, Fut>(
    rt: &tokio::runtime::Runtime,
    in_flight: usize,
    secs: f64,
    server_tid: u64,
    call: F,
) -> Run
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let call = Arc::new(call);
    // Warm up: connections open, pools filled.
    rt.block_on(async {
        let tasks: Vec<_> = (0..in_flight)
            .map(|_| {
                let call = call.clone();
                tokio::spawn(async move {
                    for _ in 0..20 {
                        call().await;
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
    });
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let cpu_before = cpu_ns(server_tid);
    let start = Instant::now();
    rt.block_on(async {
        let tasks: Vec<_> = (0..in_flight)
            .map(|_| {
                let (call, stop, done) = (call.clone(), stop.clone(), done.clone());
                tokio::spawn(async move {
                    while !stop.load(Ordering::Relaxed) {
                        call().await;
                        done.fetch_add(1, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        tokio::time::sleep(Duration::from_secs_f64(secs)).await;
        stop.store(true, Ordering::Relaxed);
        for t in tasks {
            t.await.unwrap();
        }
    });
    let elapsed = start.elapsed().as_secs_f64();
    let cpu_after = cpu_ns(server_tid);
    let calls = done.load(Ordering::Relaxed) as f64;
    let client_cpu_us = match (cpu_before, cpu_after) {
        (Some((t0, s0)), Some((t1, s1))) => {
            Some(((t1 - t0).saturating_sub(s1 - s0)) as f64 / calls / 1000.0)
        }
        _ => None,
    };
    Run {
        calls_per_sec: calls / elapsed,
        client_cpu_us,
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs a smoke pass.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let env = |k: &str, d: f64| {
        std::env::var(k)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(d)
    };
    let rounds = if smoke {
        1
    } else {
        env("ROUNDS", 5.0) as usize
    };
    let secs = if smoke { 0.2 } else { env("SECONDS", 2.0) };

    let (url, server_tid) = start_server();
    let host = url.trim_start_matches("http://").to_string();
    // One call in flight runs on a current-thread runtime: all client
    // work on one thread, the same every round. On the two-worker runtime
    // the call and its connection landed on the same worker or not at
    // random, and the rate of a round depended on which (up to 2.6x
    // apart). More calls in flight share two workers.
    let multi = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let single = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Each runtime gets its own `Config`, hence its own connection pool:
    // a connection's task lives on the runtime that opened it.
    let clients = |rt: &tokio::runtime::Runtime| {
        let config = rt.block_on(async {
            Config::builder()
                .endpoint_url(&url)
                .credentials(Credentials::new(KEY_ID, SECRET))
                .build()
                .unwrap()
        });
        let http = config.http_client().clone();
        (Arc::new(ice::Client::new(&config)), http)
    };
    let floor_url = Arc::new(format!("{url}/?TaskId={TASK_ID}"));
    let host = Arc::new(host);
    let attempt_limit = Config::builder().build().unwrap().timeout();
    let on_one_thread = clients(&single);
    let on_two_workers = clients(&multi);

    // Instruction counts: `SIDE=sdk|floor CALLS=n` makes `n` calls on one
    // side only, one at a time as at 1 in flight, and
    // exits; `benches/count-instructions.sh` runs it under valgrind.
    if let (Ok(side), Some(calls)) = (
        std::env::var("SIDE"),
        std::env::var("CALLS")
            .ok()
            .and_then(|v| v.parse::<u64>().ok()),
    ) {
        let sdk = match side.as_str() {
            "sdk" => true,
            "floor" => false,
            other => panic!("SIDE is sdk or floor, not {other}"),
        };
        let (client, http) = on_one_thread;
        let rt = &single;
        rt.block_on(rt.spawn(async move {
            for _ in 0..calls {
                if sdk {
                    let r = client
                        .get_workflow_task()
                        .task_id(TASK_ID)
                        .send()
                        .await
                        .unwrap();
                    assert!(r.workflow_task.is_some());
                } else {
                    let v = floor_call(&http, &floor_url, &host).await;
                    assert!(v.get("WorkflowTask").is_some());
                }
            }
        }))
        .unwrap();
        return;
    }
    println!(
        "calls over loopback keep-alive, {rounds} alternating rounds of {secs} s each; median [min, max]"
    );
    println!(
        "| in flight | SDK calls/s | floor calls/s | SDK / floor | SDK client CPU/call | floor client CPU/call | floor with a timeout, calls/s | SDK / floor with a timeout |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    // IN_FLIGHT=1,16 runs only those levels.
    let levels: Vec<usize> = std::env::var("IN_FLIGHT")
        .ok()
        .map(|v| v.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 16, 64]);
    for in_flight in levels {
        let (rt, (client, http)) = if in_flight == 1 {
            (&single, &on_one_thread)
        } else {
            (&multi, &on_two_workers)
        };
        let (mut sdk, mut floor, mut ratio, mut sdk_cpu, mut floor_cpu) =
            (vec![], vec![], vec![], vec![], vec![]);
        let (mut timed, mut timed_ratio) = (vec![], vec![]);
        for round in 0..rounds {
            let c = client.clone();
            let sdk_run = || {
                let c = c.clone();
                measure(rt, in_flight, secs, server_tid, move || {
                    let c = c.clone();
                    async move {
                        let r = c.get_workflow_task().task_id(TASK_ID).send().await.unwrap();
                        assert!(r.workflow_task.is_some());
                    }
                })
            };
            let floor_run = || {
                let (h, u, ho) = (http.clone(), floor_url.clone(), host.clone());
                measure(rt, in_flight, secs, server_tid, move || {
                    let (h, u, ho) = (h.clone(), u.clone(), ho.clone());
                    async move {
                        let v = floor_call(&h, &u, &ho).await;
                        assert!(v.get("WorkflowTask").is_some());
                    }
                })
            };
            // The floor again, with the one timer every production client
            // keeps and the SDK has: a limit on the attempt (the `Config`'s,
            // 10 s by default).
            let timed_run = || {
                let (h, u, ho) = (http.clone(), floor_url.clone(), host.clone());
                measure(rt, in_flight, secs, server_tid, move || {
                    let (h, u, ho) = (h.clone(), u.clone(), ho.clone());
                    async move {
                        let v = tokio::time::timeout(attempt_limit, floor_call(&h, &u, &ho))
                            .await
                            .unwrap();
                        assert!(v.get("WorkflowTask").is_some());
                    }
                })
            };
            // The sides take turns going first, so a drift in the
            // machine's speed does not favour any.
            let (mut s, mut f, mut t) = (None, None, None);
            for side in 0..3 {
                match (side + round) % 3 {
                    0 => s = Some(sdk_run()),
                    1 => f = Some(floor_run()),
                    _ => t = Some(timed_run()),
                }
            }
            let (s, f, t) = (s.unwrap(), f.unwrap(), t.unwrap());
            ratio.push(s.calls_per_sec / f.calls_per_sec);
            timed_ratio.push(s.calls_per_sec / t.calls_per_sec);
            sdk.push(s.calls_per_sec);
            floor.push(f.calls_per_sec);
            timed.push(t.calls_per_sec);
            sdk_cpu.extend(s.client_cpu_us);
            floor_cpu.extend(f.client_cpu_us);
        }
        let spread = |v: &mut Vec<f64>, digits: usize| {
            let m = median(v);
            format!(
                "{m:.digits$} [{:.digits$}, {:.digits$}]",
                v[0],
                v[v.len() - 1]
            )
        };
        let cpu = |v: &mut Vec<f64>| {
            if v.is_empty() {
                "n/a".to_string()
            } else {
                format!("{} µs", spread(v, 1))
            }
        };
        println!(
            "| {in_flight} | {} | {} | {} | {} | {} | {} | {} |",
            spread(&mut sdk, 0),
            spread(&mut floor, 0),
            spread(&mut ratio, 3),
            cpu(&mut sdk_cpu),
            cpu(&mut floor_cpu),
            spread(&mut timed, 0),
            spread(&mut timed_ratio, 3),
        );
    }
}
