//! Arbitrary responses through every header parser and the error-body
//! parser: request ids, `X-RateLimit-*`, `Retry-After`, `Date` (clock
//! skew), `Location` (redirects), content type and length, and the
//! service's error shapes. Nothing panics; a parsed error always has a
//! non-empty code and keeps the status; errors print.

#![no_main]

use libfuzzer_sys::fuzz_target;
use workflow_sdk::{Error, ServiceError};

/// Header names the SDK reads, so the fuzzer need not guess them.
const NAMES: &[&str] = &[
    "retry-after",
    "x-ratelimit-limit",
    "x-ratelimit-remaining",
    "x-ratelimit-reset",
    "date",
    "x-acs-request-id",
    "x-request-id",
    "content-type",
    "content-length",
    "location",
];

fuzz_target!(|input: (u16, i64, Vec<(u8, Vec<u8>)>, Vec<(String, String)>, Vec<u8>)| {
    let (status, clock_offset, known, header_list, body) = input;
    let mut headers = http::HeaderMap::new();
    for (name, value) in known {
        // Raw bytes, non-ASCII included, as a server may send them.
        if let Ok(v) = http::HeaderValue::from_bytes(&value) {
            headers.append(NAMES[usize::from(name) % NAMES.len()], v);
        }
    }
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
        if let Some(d) = e.access_denied_detail() {
            let _ = (d.policy_type(), d.auth_action(), d.raw().len());
        }
    }
    let _ = workflow_sdk::RateLimit::from_headers(&headers);
    let e = Error::__parse_response_for_fuzzing(status, &headers, &body, clock_offset);
    if (300..400).contains(&status) {
        assert!(matches!(e, Error::Redirect { .. }));
    }
    let _ = (e.to_string(), format!("{e:?}"), e.display_chain());
    let _ = (e.requested_wait(), e.request_id(), e.rate_limit(), e.http_status());
    if let Some(s) = e.as_service_error() {
        let _ = s.clock_skew();
    }
});
