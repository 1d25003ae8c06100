//! JSON held inside a string field: decoding a response whose `Outputs`
//! field carries a 5 MB JSON document, against plain serde_json baselines.
//!
//! `cargo bench --bench json_string`

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use workflow_sdk::JsonString;
use workflow_sdk::ice::types::GetAiWorkflowTaskResponse;

/// The typed view of one item of the document.
#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Item {
    id: u64,
    name: String,
    text: String,
    values: Vec<serde_json::Value>,
    nested: serde_json::Value,
}

/// A JSON document of at least `size` bytes with strings that need
/// escaping, unicode, numbers and nesting.
fn document(size: usize) -> String {
    let mut items = Vec::new();
    let mut len = 0;
    let mut i = 0u64;
    while len < size {
        let item = serde_json::json!({
            "id": i,
            "name": format!("node-{i}"),
            "text": "a \"quoted\" value, a back\\slash, unicode é ✓ and a\nnewline",
            "values": [1.5, i, -3, true, null],
            "nested": { "k": { "deeper": [i, i + 1] } },
        });
        let s = item.to_string();
        len += s.len() + 1;
        items.push(item);
        i += 1;
    }
    serde_json::Value::Array(items).to_string()
}

fn bench(c: &mut Criterion) {
    let doc = document(5 * 1024 * 1024);
    let body = serde_json::json!({
        "RequestId": "r",
        "WorkflowTask": { "TaskId": "t", "Status": "succeeded", "Outputs": doc },
    })
    .to_string();

    let mut g = c.benchmark_group("json_in_string_5MB");
    g.throughput(Throughput::Bytes(doc.len() as u64));
    g.sample_size(20);

    // The response alone: the 5 MB field is unescaped once and kept as text.
    g.bench_function("response_decode", |b| {
        b.iter(|| serde_json::from_str::<GetAiWorkflowTaskResponse>(black_box(&body)).unwrap())
    });
    // Response plus the field's value: what a user who reads it pays.
    g.bench_function("response_decode_then_value", |b| {
        b.iter(|| {
            let resp = serde_json::from_str::<GetAiWorkflowTaskResponse>(black_box(&body)).unwrap();
            let outputs = resp.workflow_task.unwrap().outputs.unwrap();
            black_box(outputs.value().unwrap().as_array().unwrap().len())
        })
    });
    // The field's value alone, from a fresh (uncached) field.
    g.bench_function("field_value", |b| {
        b.iter_batched(
            || JsonString::<workflow_sdk::Untyped>::new(doc.clone()),
            |field| black_box(field.value().unwrap().as_array().unwrap().len()),
            BatchSize::LargeInput,
        )
    });
    // The field decoded into a typed view (what `parse()` does with the
    // spec's view type): no DOM to build.
    g.bench_function("field_parse_typed_view", |b| {
        b.iter_batched(
            || JsonString::<workflow_sdk::Untyped>::new(doc.clone()),
            |field| black_box(field.parse_as::<Vec<Item>>().unwrap().len()),
            BatchSize::LargeInput,
        )
    });
    // Baselines: serde_json on the same bytes.
    g.bench_function("baseline_serde_json_value_of_document", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&doc)).unwrap())
    });
    g.bench_function("baseline_serde_json_value_of_response", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&body)).unwrap())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
