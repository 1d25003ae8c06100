//! Property tests: random requests are signed by the SDK, sent over real
//! HTTP, and checked by a verifier written here, independently of both the
//! SDK's signer and the simulator's, from the request as the server
//! received it.

use hmac::{Hmac, Mac};
use proptest::prelude::*;
use sha2::{Digest, Sha256};
use workflow_sdk::signing::{SigningParams, sign};
use workflow_sdk::simulator::{ACCESS_KEY_SECRET, RecordedRequest, Simulator};
use workflow_sdk::{ice, paiflow};

/// RFC 3986 encoding: unreserved characters bare, every other byte `%XX`.
fn rfc3986(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn unhex(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(h, 16).unwrap());
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Recomputes the signature of a received request and returns (expected,
/// received) signatures.
fn verify(r: &RecordedRequest, secret: &str) -> (String, String) {
    let auth = r.header("authorization").unwrap();
    let signed_headers = auth
        .split("SignedHeaders=")
        .nth(1)
        .unwrap()
        .split(',')
        .next()
        .unwrap();
    let received = auth.split("Signature=").nth(1).unwrap().to_string();
    let mut pairs: Vec<(String, String)> = r
        .raw_query
        .as_deref()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                String::from_utf8(unhex(k)).unwrap(),
                String::from_utf8(unhex(v)).unwrap(),
            )
        })
        .collect();
    // Sorted by decoded name, then encoded (Alibaba Cloud's order).
    pairs.sort();
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", rfc3986(k), rfc3986(v)))
        .collect();
    let headers: String = signed_headers
        .split(';')
        .map(|h| format!("{h}:{}\n", r.header(h).unwrap().trim()))
        .collect();
    let body_hash = hex::encode(Sha256::digest(&r.body));
    let canonical = format!(
        "{}\n{}\n{}\n{headers}\n{signed_headers}\n{body_hash}",
        r.method,
        r.raw_path,
        query.join("&")
    );
    let to_sign = format!(
        "ACS3-HMAC-SHA256\n{}",
        hex::encode(Sha256::digest(canonical.as_bytes()))
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(to_sign.as_bytes());
    (hex::encode(mac.finalize().into_bytes()), received)
}

/// Strings full of what breaks naive encoders.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 *~+/?#&=%._-]{1,40}",
        "\\PC{1,30}",
        "[*~+/?#&=% ]{1,10}",
        "[a-z]{200,400}",
    ]
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// ROA: a random run id (one path segment) and random query values.
    #[test]
    fn roa_requests_verify_on_the_server(
        id in nasty().prop_filter("blank ids and dot segments are refused before sending", |s| !s.trim().is_empty() && s != "." && s != ".."),
        token in proptest::option::of(nasty()),
        manifest in proptest::option::of(nasty()),
    ) {
        runtime().block_on(async {
            let sim = Simulator::start().await.unwrap();
            let config = sim.config().build().unwrap();
            let client = paiflow::Client::new(&config);
            let mut call = client.get_pipeline_run().pipeline_run_id(id.clone());
            if let Some(t) = &token { call = call.token_id(t.clone()); }
            if let Some(m) = &manifest { call = call.manifest_type(paiflow::types::ManifestType::from(m.as_str())); }
            call.send().await.unwrap();
            let r = &sim.requests()[0];
            let (expected, received) = verify(r, ACCESS_KEY_SECRET);
            prop_assert_eq!(expected, received);
            prop_assert_eq!(&r.verdict, &Ok(()));
            let segment = r.raw_path.strip_prefix("/api/v1/pipelineruns/").unwrap();
            prop_assert!(!segment.contains('/'), "the id stayed one segment: {}", r.raw_path);
            prop_assert_eq!(String::from_utf8(unhex(segment)).unwrap(), id);
            let q = r.query_pairs();
            prop_assert_eq!(q.iter().find(|(k, _)| k == "TokenId").map(|(_, v)| v.clone()), token);
            prop_assert_eq!(q.iter().find(|(k, _)| k == "ManifestType").map(|(_, v)| v.clone()), manifest);
            Ok(())
        })?;
    }

    /// RPC: a random task id in the query of `POST /`.
    #[test]
    fn rpc_requests_verify_on_the_server(
        id in nasty().prop_filter("blank ids are refused before sending", |s| !s.trim().is_empty()),
    ) {
        runtime().block_on(async {
            let sim = Simulator::start().await.unwrap();
            let config = sim.config().build().unwrap();
            ice::Client::new(&config).get_workflow_task().task_id(id.clone()).send().await.unwrap();
            let r = &sim.requests()[0];
            let (expected, received) = verify(r, ACCESS_KEY_SECRET);
            prop_assert_eq!(expected, received);
            prop_assert_eq!(&r.verdict, &Ok(()));
            prop_assert_eq!(r.query_pairs(), vec![("TaskId".to_string(), id)]);
            Ok(())
        })?;
    }

    /// The pure signer against this file's verifier, with many parameters,
    /// arbitrary headers and bodies.
    #[test]
    fn pure_signer_matches_the_independent_verifier(
        method in prop_oneof![Just("GET"), Just("POST"), Just("PUT"), Just("DELETE")],
        segments in proptest::collection::vec(nasty(), 0..4),
        query in proptest::collection::vec((nasty(), nasty()), 0..25),
        token in proptest::option::of("[A-Za-z0-9+/=]{1,60}"),
        body in proptest::collection::vec(any::<u8>(), 0..256),
        secret in "[A-Za-z0-9]{1,40}",
    ) {
        let path = format!("/{}", segments.iter().map(|s| rfc3986(s)).collect::<Vec<_>>().join("/"));
        let q: Vec<(&str, &str)> = query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let mut headers = vec![("host", "example.aliyuncs.com"), ("x-acs-action", "DoThing"), ("x-acs-version", "2022-01-01")];
        if let Some(t) = &token { headers.push(("x-acs-security-token", t)); }
        let signed = sign(&SigningParams {
            method, encoded_path: &path, query: &q, headers: &headers, body: &body,
            access_key_id: "LTAI5tProp", access_key_secret: &secret,
            date: "2026-11-24T01:02:03Z", nonce: "0123456789abcdef0123456789abcdef",
        });
        // Render the request as it would arrive, then verify it.
        let raw_query = q.iter().map(|(k, v)| format!("{}={}", rfc3986(k), rfc3986(v))).collect::<Vec<_>>().join("&");
        let mut all_headers: Vec<(String, String)> = headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        all_headers.extend(signed.headers.iter().map(|(k, v)| (k.to_string(), v.clone())));
        let received = RecordedRequest {
            method: method.to_string(),
            raw_path: path.clone(),
            raw_query: (!raw_query.is_empty()).then_some(raw_query),
            headers: all_headers,
            body: body.clone().into(),
            service: None,
            operation: None,
            verdict: Ok(()),
        };
        let (expected, got) = verify(&received, &secret);
        prop_assert_eq!(expected, got);
    }
}
