//! Arbitrary error responses through the error-body parser: no panic, and
//! a parsed error always has a non-empty code and keeps the status.

#![no_main]

use libfuzzer_sys::fuzz_target;
use workflow_sdk::ServiceError;

fuzz_target!(|input: (u16, Vec<(String, String)>, Vec<u8>)| {
    let (status, header_list, body) = input;
    let mut headers = http::HeaderMap::new();
    for (k, v) in header_list {
        if let (Ok(k), Ok(v)) = (
            http::HeaderName::from_bytes(k.as_bytes()),
            http::HeaderValue::from_str(&v),
        ) {
            headers.append(k, v);
        }
    }
    if let Some(e) = ServiceError::parse(status, &headers, &body) {
        assert!(!e.code().is_empty());
        assert_eq!(e.http_status(), status);
        let _ = e.to_string();
    }
    let _ = workflow_sdk::RateLimit::from_headers(&headers);
});
