//! Feeds arbitrary bytes to the decoders of JSON-in-string fields: as the
//! text of a field, and as a whole response holding such fields. Nothing may
//! panic, and a field's text must survive a round trip unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use workflow_sdk::{JsonString, ice, paiflow};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The text as the content of a field.
    let field: JsonString<paiflow::types::PipelineRunManifestField> = JsonString::new(text);
    let _ = field.value();
    let _ = field.parse();
    let encoded = serde_json::to_string(&field).unwrap();
    let back: JsonString<paiflow::types::PipelineRunManifestField> =
        serde_json::from_str(&encoded).unwrap();
    assert_eq!(back.as_str(), text);

    // The text as a whole response.
    if let Ok(resp) = serde_json::from_str::<ice::types::GetAiWorkflowTaskResponse>(text) {
        if let Some(task) = resp.workflow_task {
            // Each field has its own marker type: decode them one by one.
            let _ = task.inputs.as_ref().map(|f| f.value().is_ok());
            let _ = task.outputs.as_ref().map(|f| f.value().is_ok());
            let _ = task.node_results.as_ref().map(|f| f.value().is_ok());
            let _ = task.user_data.as_ref().map(|f| f.parse().is_ok());
            let _ = task.create_time_utc();
        }
    }
    let _ = serde_json::from_str::<paiflow::types::PipelineRun>(text).map(|r| {
        let _ = r.manifest.as_ref().map(|m| m.parse().is_ok());
        let _ = r.started_at_utc();
    });
});
