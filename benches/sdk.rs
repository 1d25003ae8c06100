//! The SDK's overhead against the floor, each with its baseline in the same
//! run: signing (as the clients do it, and afresh from the secret) vs the
//! hashing it cannot avoid and a bare HMAC, and decoding each documented
//! example vs `serde_json::Value`. Whole calls are in `benches/calls.rs`.
//!
//! `cargo bench --bench sdk`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use workflow_sdk::signing::{self, Request, SigningParams, sign};
use workflow_sdk::{Credentials, altatech, ice, paiflow, ros};

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
    // What the clients do for every attempt: the canonical query is part of
    // the URL, built once per call; the key is made once per credentials
    // value, on its first signature, and shared by the clones every attempt
    // gets from the provider.
    let creds = Credentials::new(params.access_key_id, SECRET);
    let key = creds.signing_key();
    let canonical_query = signing::canonical_query(&query);
    let request = Request::new(params.method, params.encoded_path)
        .canonical_query(&canonical_query)
        .headers(&headers)
        .body(params.body)
        .date(params.date)
        .nonce(params.nonce);
    let signed = sign(&params);
    assert_eq!(key.sign(&request).authorization(), signed.authorization);
    g.bench_function("sdk_sign", |b| b.iter(|| key.sign(black_box(&request))));
    // `signing::sign`: keys HMAC afresh, builds the canonical query from
    // the pairs and returns the intermediate strings too.
    g.bench_function("sdk_sign_uncached", |b| b.iter(|| sign(black_box(&params))));
    // What ACS3 must hash whatever the code around it: SHA-256 of the
    // canonical request, then the HMAC of the string to sign, keyed from
    // the secret ... (these two as a plain implementation would: the
    // `sha2` and `hmac` crates' usual API, the digest hex-encoded into a
    // new string)
    let canonical_request = signed.canonical_request;
    let string_to_sign = signed.string_to_sign;
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
    // ... or with the HMAC keyed once, as `sdk_sign` has it.
    let keyed = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    g.bench_function("floor_sha256_canonical_request_then_cached_hmac", |b| {
        b.iter(|| {
            use sha2::Digest;
            let digest = sha2::Sha256::digest(black_box(canonical_request.as_bytes()));
            let mut mac = keyed.clone();
            mac.update(b"ACS3-HMAC-SHA256\n");
            mac.update(hex::encode(digest).as_bytes());
            mac.finalize().into_bytes()
        })
    });
    // The compressions alone, which nothing can avoid: eight blocks of
    // canonical request (447 bytes and padding), then the HMAC's two
    // inner blocks and one outer block on keyed states.
    {
        use sha2::digest::generic_array::GenericArray;
        let blocks: [GenericArray<u8, sha2::digest::typenum::U64>; 8] = Default::default();
        g.bench_function("floor_eleven_sha256_compressions", |b| {
            b.iter(|| {
                let mut state = [0u32; 8];
                sha2::compress256(&mut state, black_box(&blocks));
                sha2::compress256(&mut state, black_box(&blocks[..2]));
                sha2::compress256(&mut state, black_box(&blocks[..1]));
                state
            })
        });
    }
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
