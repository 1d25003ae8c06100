//! One attempt: send, read the body within the limits, classify.

use std::time::{Duration, SystemTime};

use bytes::{Bytes, BytesMut};
use tokio::time::Instant;

use super::Handle;
use crate::error::body_start;
use crate::retry::{
    TRANSIENT_CODES, deadline_after, is_permanent_transport, server_requested_wait,
};
use crate::skew;
use crate::{Error, ResponseMeta, TimeoutKind};

/// What one attempt produced.
pub(crate) enum Attempt {
    /// A success response whose body is a JSON document, to be decoded.
    Done {
        status: http::StatusCode,
        headers: http::HeaderMap,
        body: Bytes,
    },
    /// A failure, and whether and when to try again.
    Failed(Failure),
}

/// A failed attempt.
pub(crate) struct Failure {
    pub error: Error,
    /// Whether another attempt may succeed.
    pub transient: bool,
    /// The wait the server asked for (`Retry-After`, rate-limit reset).
    pub wait: Option<Duration>,
    /// Whether it was a timeout (retries of timeouts cost more budget).
    pub timeout: bool,
    /// The service's clock offset from the local clock, in milliseconds,
    /// when it refused the request for its timestamp
    /// ([`skew::correction`]).
    pub skew: Option<i64>,
}

impl Failure {
    fn permanent(error: Error) -> Self {
        Self {
            error,
            transient: false,
            wait: None,
            timeout: false,
            skew: None,
        }
    }
}

/// Sends one request and reads its response within the attempt's limit.
pub(crate) async fn send(
    handle: &Handle,
    request: reqwest::Request,
    span: &tracing::Span,
    deadline: Instant,
) -> Attempt {
    let attempt_end = deadline_after(Instant::now(), handle.attempt_timeout);
    // The limit that fires first, this attempt's or the whole call's, is
    // the one a timeout names.
    let (kind, limit, attempt_deadline) = if attempt_end <= deadline {
        (TimeoutKind::Attempt, handle.attempt_timeout, attempt_end)
    } else {
        (TimeoutKind::Total, handle.total_timeout, deadline)
    };
    let result = tokio::time::timeout_at(attempt_deadline, async {
        let mut response = handle.http.execute(request).await?;
        let status = response.status();
        span.record("status", status.as_u16());
        if let Some(id) = response
            .headers()
            .get("x-acs-request-id")
            .and_then(|v| v.to_str().ok())
        {
            span.record("request_id", id);
        }
        let headers = std::mem::take(response.headers_mut());
        let body = read_body(response, handle.max_response_bytes).await?;
        Ok::<_, BodyError>((status, headers, body))
    })
    .await;
    match result {
        Ok(Ok((status, headers, body))) => classify(status, headers, body, handle.clock.millis()),
        Err(_) => Attempt::Failed(Failure {
            error: Error::Timeout {
                kind,
                limit,
                attempts: 1,
            },
            transient: true,
            wait: None,
            timeout: true,
            skew: None,
        }),
        Ok(Err(BodyError::TooLarge(status))) => {
            Attempt::Failed(Failure::permanent(Error::ResponseTooLarge {
                status,
                limit: handle.max_response_bytes,
            }))
        }
        Ok(Err(BodyError::Transport(e))) => Attempt::Failed(transport_failure(handle, e)),
    }
}

fn transport_failure(handle: &Handle, e: reqwest::Error) -> Failure {
    let timeout = e.is_timeout();
    let error = if timeout && e.is_connect() {
        Error::Timeout {
            kind: TimeoutKind::Connect,
            limit: handle.connect_timeout,
            attempts: 1,
        }
    } else if timeout {
        Error::Timeout {
            kind: TimeoutKind::Attempt,
            limit: handle.attempt_timeout,
            attempts: 1,
        }
    } else {
        Error::Transport {
            source: e,
            attempts: 1,
        }
    };
    // Connection failures and timeouts are worth another try; a malformed
    // or oversized response head, a refused certificate or a request that
    // could not be built is not.
    let transient = timeout
        || !matches!(&error, Error::Transport { source, .. } if is_permanent_transport(source));
    Failure {
        error,
        transient,
        wait: None,
        timeout,
        skew: None,
    }
}

/// The one place a response is judged: success with a usable JSON body,
/// or an error, transient or not, with the wait the server asked for and,
/// when the service refused the request's timestamp, its clock's offset
/// (`clock_offset` is the offset the request was signed with).
///
/// Any error status is read the same way, whatever the spec declares for
/// it (`4XX`, `5XX`, `default`, specific codes, with or without schemas);
/// a 3xx is [`Error::Redirect`], never followed.
pub(crate) fn classify(
    status: http::StatusCode,
    headers: http::HeaderMap,
    body: Bytes,
    clock_offset: i64,
) -> Attempt {
    if status.is_success() {
        return match check_success_body(status.as_u16(), &headers, &body) {
            Ok(()) => Attempt::Done {
                status,
                headers,
                body,
            },
            Err(error) => Attempt::Failed(Failure::permanent(error)),
        };
    }
    let error = Error::from_error_response(status.as_u16(), &headers, &body);
    let transient = status.as_u16() == 429
        || status.is_server_error()
        || error.code().is_some_and(|c| TRANSIENT_CODES.contains(&c));
    let now = SystemTime::now();
    Attempt::Failed(Failure {
        skew: skew::correction(error.code(), &headers, now, clock_offset),
        error,
        transient,
        wait: server_requested_wait(&headers, now),
        timeout: false,
    })
}

impl Error {
    /// Runs a response through what the call path applies to it: the one
    /// classification ([`classify`]: success body checks, redirects, the
    /// service's error shape, request id, rate limits, `Retry-After`, `Date`
    /// for clock skew) and the call's clock correction, signing clock
    /// included, and returns the resulting error. A usable success is read
    /// as an error response too, so every parser runs. For the fuzz
    /// targets; not part of the API.
    #[doc(hidden)]
    pub fn __parse_response_for_fuzzing(
        status: u16,
        headers: &http::HeaderMap,
        body: &[u8],
        local_clock_offset_millis: i64,
    ) -> Error {
        let clock = skew::ClockOffset::default();
        clock.set_millis(local_clock_offset_millis);
        let sign_date = |clock: &skew::ClockOffset| {
            super::auth::acs3_date(time::OffsetDateTime::from(clock.now(SystemTime::now())))
        };
        let _ = sign_date(&clock);
        let classified = http::StatusCode::from_u16(status).map(|s| {
            classify(
                s,
                headers.clone(),
                Bytes::copy_from_slice(body),
                clock.millis(),
            )
        });
        let failure = match classified {
            Ok(Attempt::Failed(f)) => f,
            Ok(Attempt::Done { .. }) | Err(_) => {
                let error = Error::from_error_response(status, headers, body);
                let now = SystemTime::now();
                Failure {
                    skew: skew::correction(error.code(), headers, now, clock.millis()),
                    wait: server_requested_wait(headers, now),
                    error,
                    transient: false,
                    timeout: false,
                }
            }
        };
        let error = failure.error.with_requested_wait(failure.wait);
        // As the call does: correct once and sign again; still refused,
        // report the skew.
        let mut corrected = false;
        match clock.on_refused(failure.skew, &mut corrected) {
            skew::Step::SignAgain => {
                let _ = sign_date(&clock);
                match clock.on_refused(failure.skew, &mut corrected) {
                    skew::Step::Report(offset) => error.with_clock_skew(offset),
                    _ => error,
                }
            }
            skew::Step::Report(offset) => error.with_clock_skew(offset),
            skew::Step::Nothing => error,
        }
    }
}

enum BodyError {
    TooLarge(u16),
    Transport(reqwest::Error),
}

impl From<reqwest::Error> for BodyError {
    fn from(e: reqwest::Error) -> Self {
        BodyError::Transport(e)
    }
}

/// Reads a body, refusing it as soon as it is known to exceed `limit`.
async fn read_body(mut response: reqwest::Response, limit: u64) -> Result<Bytes, BodyError> {
    let status = response.status().as_u16();
    match response.content_length() {
        Some(n) if n > limit => return Err(BodyError::TooLarge(status)),
        // Declared and within the limit: one read, one buffer.
        Some(_) => return Ok(response.bytes().await?),
        None => {}
    }
    let mut buf = BytesMut::new();
    while let Some(chunk) = response.chunk().await? {
        if (buf.len() as u64).saturating_add(chunk.len() as u64) > limit {
            return Err(BodyError::TooLarge(status));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// A success body must be a JSON document: not empty, not cut short, not
/// an HTML page, not declared as another content type. (Whether it has the
/// documented shape is for the decoder to say.)
fn check_success_body(status: u16, headers: &http::HeaderMap, body: &[u8]) -> Result<(), Error> {
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let first = body.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let last = body
        .iter()
        .rev()
        .find(|b| !b.is_ascii_whitespace())
        .copied();
    let reason = if first.is_none() {
        Some("the body is empty".to_string())
    } else if matches!((first, last), (Some(b'{'), Some(l)) if l != b'}')
        || matches!((first, last), (Some(b'['), Some(l)) if l != b']')
    {
        Some("the JSON body is truncated".to_string())
    } else if first == Some(b'<') || content_type.is_some_and(|c| c.contains("html")) {
        Some("the body is HTML, not JSON".to_string())
    } else if let Some(ct) = content_type.filter(|c| !c.contains("json"))
        && !matches!(first, Some(b'{' | b'['))
    {
        Some(format!("the content type is {ct}, not JSON"))
    } else {
        None
    };
    match reason {
        None => Ok(()),
        Some(reason) => Err(Error::InvalidResponse {
            status,
            request_id: ResponseMeta::from_headers(headers).request_id,
            reason,
            content_type: content_type.map(str::to_string),
            body_start: body_start(body),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(status: u16, body: &'static str) -> Attempt {
        classify(
            http::StatusCode::from_u16(status).unwrap(),
            http::HeaderMap::new(),
            Bytes::from_static(body.as_bytes()),
            0,
        )
    }

    #[test]
    fn json_success_is_done() {
        assert!(matches!(judge(200, "{\"a\":1}"), Attempt::Done { .. }));
    }

    #[test]
    fn unusable_success_bodies_are_permanent_failures() {
        for body in ["", "  ", "{\"a\":", "<html></html>"] {
            let Attempt::Failed(f) = judge(200, body) else {
                panic!("{body:?} accepted");
            };
            assert!(!f.transient);
            assert!(matches!(f.error, Error::InvalidResponse { .. }));
        }
    }

    #[test]
    fn a_refused_timestamp_carries_the_service_clock_offset() {
        let mut headers = http::HeaderMap::new();
        let ahead = SystemTime::now() + Duration::from_secs(3600);
        headers.insert(
            http::header::DATE,
            httpdate::fmt_http_date(ahead).parse().unwrap(),
        );
        let body = r#"{"Code":"InvalidTimeStamp.Expired","Message":"old"}"#;
        let Attempt::Failed(f) = classify(
            http::StatusCode::BAD_REQUEST,
            headers.clone(),
            Bytes::from_static(body.as_bytes()),
            0,
        ) else {
            panic!()
        };
        let offset = f.skew.expect("an offset");
        assert!((3_598_000..=3_601_000).contains(&offset), "{offset}");
        // Another code: no clock correction.
        let Attempt::Failed(f) = classify(
            http::StatusCode::BAD_REQUEST,
            headers,
            Bytes::from_static(br#"{"Code":"Forbidden"}"#),
            0,
        ) else {
            panic!()
        };
        assert_eq!(f.skew, None);
    }

    #[test]
    fn redirects_are_permanent_and_request_ids_kept() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::LOCATION,
            "https://elsewhere/".parse().unwrap(),
        );
        headers.insert("x-acs-request-id", "REQ-9".parse().unwrap());
        let Attempt::Failed(f) =
            classify(http::StatusCode::FOUND, headers.clone(), Bytes::new(), 0)
        else {
            panic!()
        };
        assert!(!f.transient);
        assert!(
            matches!(f.error, Error::Redirect { status: 302, .. }),
            "{:?}",
            f.error
        );
        let Attempt::Failed(f) = classify(http::StatusCode::OK, headers, Bytes::new(), 0) else {
            panic!()
        };
        assert_eq!(f.error.request_id(), Some("REQ-9"));
    }

    #[test]
    fn the_fuzzing_entry_point_takes_the_call_path() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::DATE,
            httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(7200))
                .parse()
                .unwrap(),
        );
        headers.insert("retry-after", "99999999999999999999".parse().unwrap());
        let skewed = br#"{"Code":"InvalidTimeStamp.Expired","Message":"old"}"#;
        for offset in [0, i64::MIN, i64::MAX] {
            for status in [0, 99, 200, 302, 400, 429, 999, 1000, u16::MAX] {
                let e = Error::__parse_response_for_fuzzing(status, &headers, skewed, offset);
                let _ = (e.to_string(), format!("{e:?}"));
                if (300..400).contains(&status) {
                    assert!(matches!(e, Error::Redirect { .. }), "{e:?}");
                }
            }
        }
        // Refused twice for its timestamp: the skew is reported.
        let e = Error::__parse_response_for_fuzzing(400, &headers, skewed, 0);
        assert!(
            e.as_service_error().unwrap().clock_skew().is_some(),
            "{e:?}"
        );
        assert_eq!(e.requested_wait(), Some(Duration::MAX));
        // A success body that is not JSON is judged as the call judges it.
        let e = Error::__parse_response_for_fuzzing(200, &headers, b"<html>", 0);
        assert!(matches!(e, Error::InvalidResponse { .. }), "{e:?}");
    }

    #[test]
    fn throttling_codes_and_server_errors_are_transient() {
        let Attempt::Failed(f) = judge(400, r#"{"Code":"Throttling.User","Message":"slow"}"#)
        else {
            panic!()
        };
        assert!(f.transient);
        assert_eq!(f.error.code(), Some("Throttling.User"));
        let Attempt::Failed(f) = judge(503, "<html>busy</html>") else {
            panic!()
        };
        assert!(f.transient);
        let Attempt::Failed(f) = judge(404, r#"{"Code":"NotFound","Message":"gone"}"#) else {
            panic!()
        };
        assert!(!f.transient);
    }
}
