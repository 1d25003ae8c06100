//! The SDK's overhead against the floor, each with its baseline in the same
//! run: signing vs a bare HMAC, decoding each documented example vs
//! `serde_json::Value`, and whole calls over loopback keep-alive vs a
//! hand-written reqwest call that signs, sends and parses the same request.
//!
//! `cargo bench --bench sdk`

use std::convert::Infallible;
use std::hint::black_box;
use std::sync::Arc;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, Mac};
use http_body_util::Full;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use sha2::Sha256;
use workflow_sdk::signing::{SigningParams, sign};
use workflow_sdk::{Config, Credentials, altatech, ice, paiflow, ros};

const SECRET: &str = "TestAccessKeySecret0123456789abcd";

fn signing(c: &mut Criterion) {
    let mut g = c.benchmark_group("sign_rpc_request");
    let query = [("TaskId", "4215e042b3966ca5441e")];
    let headers = [
        ("host", "ice.cn-shanghai.aliyuncs.com"),
        ("x-acs-action", "GetWorkflowTask"),
        ("x-acs-version", "2020-11-09"),
    ];
    let params = SigningParams {
        method: "POST",
        encoded_path: "/",
        query: &query,
        headers: &headers,
        body: b"",
        access_key_id: "LTAI5tTestAccessKeyId",
        access_key_secret: SECRET,
        date: "2026-11-24T01:02:03Z",
        nonce: "3156853299f313e23d1673dc12e1703d",
    };
    let string_to_sign = sign(&params).string_to_sign;
    g.bench_function("sdk_sign", |b| b.iter(|| sign(black_box(&params))));
    g.bench_function("baseline_bare_hmac_sha256", |b| {
        b.iter(|| {
            let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
            mac.update(black_box(string_to_sign.as_bytes()));
            mac.finalize().into_bytes()
        })
    });
    g.finish();
}

fn decode_one<T: serde::de::DeserializeOwned>(c: &mut Criterion, name: &str, body: &'static str) {
    let mut g = c.benchmark_group(format!("decode_example/{name}"));
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("sdk_typed", |b| {
        b.iter(|| serde_json::from_str::<T>(black_box(body)).unwrap())
    });
    g.bench_function("baseline_serde_json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(body)).unwrap())
    });
    g.finish();
}

fn example(service: &workflow_sdk::service::ServiceSpec, op: &str) -> &'static str {
    service
        .operation(op)
        .and_then(|o| o.example)
        .map(|e| e.body)
        .unwrap()
}

fn decoding(c: &mut Criterion) {
    decode_one::<ice::types::GetAiWorkflowTaskResponse>(
        c,
        "ice_GetAIWorkflowTask",
        example(&ice::SERVICE, "get_ai_workflow_task"),
    );
    decode_one::<ice::types::GetWorkflowTaskResponse>(
        c,
        "ice_GetWorkflowTask",
        example(&ice::SERVICE, "get_workflow_task"),
    );
    decode_one::<ros::types::GetAiTaskResponse>(
        c,
        "ros_GetAITask",
        example(&ros::SERVICE, "get_ai_task"),
    );
    decode_one::<paiflow::types::PipelineRun>(
        c,
        "paiflow_GetPipelineRun",
        example(&paiflow::SERVICE, "get_pipeline_run"),
    );
    decode_one::<altatech::types::WorkflowResult>(
        c,
        "altatech_QueryWorkflowResult",
        example(&altatech::SERVICE, "query_workflow_result"),
    );
}

/// A minimal keep-alive HTTP/1.1 server answering every request with the
/// ICE GetWorkflowTask example.
async fn minimal_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let body = Bytes::from_static(example(&ice::SERVICE, "get_workflow_task").as_bytes());
    tokio::spawn(async move {
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
    url
}

/// What a careful user would write by hand with reqwest: sign, send, parse.
async fn hand_written(
    http: &reqwest::Client,
    base: &str,
    host: &str,
) -> ice::types::GetWorkflowTaskResponse {
    let date = "2026-11-24T01:02:03Z";
    let nonce = "3156853299f313e23d1673dc12e1703d";
    let query = [("TaskId", "4215e042b3966ca5441e")];
    let headers = [
        ("host", host),
        ("x-acs-action", "GetWorkflowTask"),
        ("x-acs-version", "2020-11-09"),
    ];
    let signed = sign(&SigningParams {
        method: "POST",
        encoded_path: "/",
        query: &query,
        headers: &headers,
        body: b"",
        access_key_id: "LTAI5tTestAccessKeyId",
        access_key_secret: SECRET,
        date,
        nonce,
    });
    let mut req = http
        .post(format!("{base}/?TaskId=4215e042b3966ca5441e"))
        .header("x-acs-action", "GetWorkflowTask")
        .header("x-acs-version", "2020-11-09");
    for (k, v) in &signed.headers {
        req = req.header(*k, v);
    }
    let bytes = req.send().await.unwrap().bytes().await.unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn end_to_end(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let base = rt.block_on(minimal_server());
    let host = base.trim_start_matches("http://").to_string();
    let config = Config::builder()
        .endpoint_url(&base)
        .credentials(Credentials::new("LTAI5tTestAccessKeyId", SECRET))
        .build()
        .unwrap();
    let client = Arc::new(ice::Client::new(&config));
    let http = reqwest::Client::new();

    let mut g = c.benchmark_group("call_loopback");
    g.throughput(Throughput::Elements(1));
    g.bench_function("sdk_sequential", |b| {
        b.to_async(&rt).iter(|| async {
            client
                .get_workflow_task()
                .task_id("4215e042b3966ca5441e")
                .send()
                .await
                .unwrap()
        })
    });
    g.bench_function("baseline_hand_written_sequential", |b| {
        b.to_async(&rt).iter(|| hand_written(&http, &base, &host))
    });
    g.throughput(Throughput::Elements(64));
    g.bench_function("sdk_64_concurrent", |b| {
        b.to_async(&rt).iter(|| async {
            let tasks: Vec<_> = (0..64)
                .map(|_| {
                    let client = client.clone();
                    tokio::spawn(async move {
                        client
                            .get_workflow_task()
                            .task_id("4215e042b3966ca5441e")
                            .send()
                            .await
                            .unwrap()
                    })
                })
                .collect();
            for t in tasks {
                t.await.unwrap();
            }
        })
    });
    g.bench_function("baseline_hand_written_64_concurrent", |b| {
        b.to_async(&rt).iter(|| async {
            let tasks: Vec<_> = (0..64)
                .map(|_| {
                    let (http, base, host) = (http.clone(), base.clone(), host.clone());
                    tokio::spawn(async move { hand_written(&http, &base, &host).await })
                })
                .collect();
            for t in tasks {
                t.await.unwrap();
            }
        })
    });
    g.finish();
}

criterion_group!(benches, signing, decoding, end_to_end);
criterion_main!(benches);
