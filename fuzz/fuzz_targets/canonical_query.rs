//! Arbitrary query parameters through the signer's canonical query encoder:
//! no panic; only unreserved characters are left bare; decoding the pairs
//! gives back the input, in order of the names as given.

#![no_main]

use libfuzzer_sys::fuzz_target;
use workflow_sdk::signing::canonical_query;

fuzz_target!(|pairs: Vec<(String, String)>| {
    let q = canonical_query(&pairs);
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || b"-_.~".contains(&b);
    assert!(
        q.bytes()
            .all(|b| unreserved(b) || b == b'%' || b == b'&' || b == b'=')
    );
    if pairs.is_empty() {
        assert!(q.is_empty());
        return;
    }
    let parts: Vec<&str> = q.split('&').collect();
    assert_eq!(parts.len(), pairs.len());
    let decoded: Vec<(String, String)> = parts
        .iter()
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            let d = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8()
                    .unwrap()
                    .into_owned()
            };
            (d(k), d(v))
        })
        .collect();
    let mut expected = pairs.clone();
    expected.sort();
    assert_eq!(decoded, expected, "sorted by decoded name, then value");
});
