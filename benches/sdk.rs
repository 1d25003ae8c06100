//! The SDK's overhead against the floor, each with its baseline in the same
//! run: signing vs a bare HMAC, and decoding each documented example vs
//! `serde_json::Value`. Whole calls are in `benches/calls.rs`.
//!
//! `cargo bench --bench sdk`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use workflow_sdk::signing::{SigningParams, sign};
use workflow_sdk::{altatech, ice, paiflow, ros};

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
    // What ACS3 must hash whatever the code around it: SHA-256 of the
    // canonical request, then the HMAC of the string to sign.
    let canonical_request = sign(&params).canonical_request;
    g.bench_function("floor_sha256_canonical_request_then_hmac", |b| {
        b.iter(|| {
            use sha2::Digest;
            let digest = sha2::Sha256::digest(black_box(canonical_request.as_bytes()));
            let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
            mac.update(b"ACS3-HMAC-SHA256\n");
            mac.update(hex::encode(digest).as_bytes());
            mac.finalize().into_bytes()
        })
    });
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

criterion_group!(benches, signing, decoding);
criterion_main!(benches);
