//! Clock skew: when a service refuses a request for its timestamp and its
//! `Date` header shows that the local clock is off, the signing clock is
//! corrected by the difference (shared by the clients of one
//! [`crate::Config`]) and the request is signed again, once.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime};

/// Alibaba Cloud error codes that refuse a request for its timestamp
/// (`x-acs-date` too far from the service's clock).
pub(crate) const CLOCK_SKEW_CODES: &[&str] = &[
    "InvalidTimeStamp.Expired",
    "InvalidTimeStamp",
    "IllegalTimestamp",
    "RequestTimeTooSkewed",
    "SignatureExpired",
];

/// A difference below this is not taken for a wrong clock: `Date` has a
/// resolution of one second and the response took time to arrive.
pub(crate) const MIN_SKEW: Duration = Duration::from_secs(60);

/// The offset, in milliseconds, to add to the local clock to get the
/// service's clock. Shared per configuration.
#[derive(Debug, Default)]
pub(crate) struct ClockOffset(AtomicI64);

pub(crate) type SharedClock = Arc<ClockOffset>;

/// What the call does about a refused timestamp.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The clock was corrected: sign the request again and send it.
    SignAgain,
    /// Corrected already, still refused: the local clock is off by this.
    Report(i64),
    /// Not a clock problem.
    Nothing,
}

impl ClockOffset {
    /// The current offset in milliseconds.
    pub(crate) fn millis(&self) -> i64 {
        self.0.load(Ordering::Relaxed)
    }

    /// Sets the offset, kept within fifty years either way so that the
    /// corrected clock always formats as a date.
    pub(crate) fn set_millis(&self, offset: i64) {
        const MAX: i64 = 50 * 365 * 24 * 3600 * 1000;
        self.0.store(offset.clamp(-MAX, MAX), Ordering::Relaxed);
    }

    /// What to do after an attempt, given what [`correction`] made of its
    /// response: correct the clock and sign again (once per call), report
    /// the skew on the error, or nothing.
    pub(crate) fn on_refused(&self, offset: Option<i64>, corrected: &mut bool) -> Step {
        let Some(offset) = offset else {
            return Step::Nothing;
        };
        if !*corrected {
            *corrected = true;
            tracing::debug!(
                offset_ms = offset,
                "clock skew: signing again with the service's time"
            );
            self.set_millis(offset);
            return Step::SignAgain;
        }
        if is_skewed(offset) {
            Step::Report(offset)
        } else {
            Step::Nothing
        }
    }

    /// The local clock corrected by the offset (saturating: a nonsense
    /// offset never panics).
    pub(crate) fn now(&self, local: SystemTime) -> SystemTime {
        shift(local, self.millis())
    }
}

/// `t` moved by `millis` milliseconds, saturating at the ends of what
/// `SystemTime` can hold.
pub(crate) fn shift(t: SystemTime, millis: i64) -> SystemTime {
    let d = Duration::from_millis(millis.unsigned_abs());
    let moved = if millis >= 0 {
        t.checked_add(d)
    } else {
        t.checked_sub(d)
    };
    moved.unwrap_or(t)
}

/// Whether an error code refuses a request for its timestamp.
pub(crate) fn is_clock_skew_code(code: &str) -> bool {
    CLOCK_SKEW_CODES.contains(&code)
}

/// How far the service's clock (from an HTTP `Date` header) is ahead of
/// `local`, in milliseconds (negative: behind). `None` when the header is
/// missing or unreadable.
pub(crate) fn offset_from_date(headers: &http::HeaderMap, local: SystemTime) -> Option<i64> {
    let date = headers.get(http::header::DATE)?.to_str().ok()?;
    let server = httpdate::parse_http_date(date.trim()).ok()?;
    Some(match server.duration_since(local) {
        Ok(ahead) => i64::try_from(ahead.as_millis()).unwrap_or(i64::MAX),
        Err(behind) => i64::try_from(behind.duration().as_millis())
            .map(|m| -m)
            .unwrap_or(i64::MIN),
    })
}

/// What a refused timestamp tells: the service's clock's offset from the
/// local clock, in milliseconds, when the code is a clock-skew code, the
/// response has a readable `Date`, and that offset is at least
/// [`MIN_SKEW`] away from either the local clock or the offset signed with
/// (so a wrong correction can be undone too).
pub(crate) fn correction(
    code: Option<&str>,
    headers: &http::HeaderMap,
    local: SystemTime,
    current_offset: i64,
) -> Option<i64> {
    if !code.is_some_and(is_clock_skew_code) {
        return None;
    }
    let offset = offset_from_date(headers, local)?;
    let min = MIN_SKEW.as_millis();
    let off = |d: i64| u128::from(d.unsigned_abs()) >= min;
    (off(offset) || off(offset.saturating_sub(current_offset))).then_some(offset)
}

/// Whether an offset is large enough to call the local clock wrong.
pub(crate) fn is_skewed(offset_millis: i64) -> bool {
    u128::from(offset_millis.unsigned_abs()) >= MIN_SKEW.as_millis()
}

/// Describes an offset for an error message: `the local clock is 1h 0m 3s
/// behind the service's`.
pub(crate) fn describe(offset_millis: i64) -> String {
    let secs = offset_millis.unsigned_abs() / 1000;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let amount = if h > 0 {
        format!("{h}h {m}m {s}s")
    } else if m > 0 {
        format!("{m}m {s}s")
    } else {
        format!("{s}s")
    };
    // A positive offset: the service is ahead, the local clock behind.
    let side = if offset_millis >= 0 {
        "behind"
    } else {
        "ahead of"
    };
    format!("the local clock is {amount} {side} the service's")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date_headers(v: &str) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        h.insert(http::header::DATE, v.parse().unwrap());
        h
    }

    #[test]
    fn offset_from_a_date_header_ahead_and_behind() {
        let local = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let ahead = date_headers("Sun, 06 Nov 1994 09:49:37 GMT");
        assert_eq!(offset_from_date(&ahead, local), Some(3_600_000));
        let behind = date_headers("Sun, 06 Nov 1994 08:39:37 GMT");
        assert_eq!(offset_from_date(&behind, local), Some(-600_000));
        assert_eq!(offset_from_date(&date_headers("yesterday"), local), None);
        assert_eq!(offset_from_date(&http::HeaderMap::new(), local), None);
    }

    #[test]
    fn correction_only_for_skew_codes_and_real_differences() {
        let local = httpdate::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        let ahead = date_headers("Sun, 06 Nov 1994 09:49:37 GMT");
        let code = Some("InvalidTimeStamp.Expired");
        assert_eq!(correction(code, &ahead, local, 0), Some(3_600_000));
        // Already corrected, yet refused: still reported.
        assert_eq!(correction(code, &ahead, local, 3_599_000), Some(3_600_000));
        // A wrong correction is undone.
        let right = date_headers("Sun, 06 Nov 1994 08:49:38 GMT");
        assert_eq!(correction(code, &right, local, 3_600_000), Some(1000));
        assert_eq!(correction(code, &right, local, 0), None);
        assert!(is_skewed(3_600_000) && is_skewed(-60_000) && !is_skewed(59_999));
        assert_eq!(correction(Some("Forbidden"), &ahead, local, 0), None);
        assert_eq!(correction(None, &ahead, local, 0), None);
        let close = date_headers("Sun, 06 Nov 1994 08:50:07 GMT");
        assert_eq!(correction(code, &close, local, 0), None);
    }

    #[test]
    fn shifting_saturates() {
        let t = SystemTime::UNIX_EPOCH;
        let _ = shift(t, i64::MIN);
        assert_eq!(shift(t, 1000), t + Duration::from_secs(1));
        assert_eq!(shift(t, -1000) + Duration::from_secs(1), t);
        let _ = shift(SystemTime::now(), i64::MAX);
        let clock = ClockOffset::default();
        clock.set_millis(i64::MIN);
        let _ = time::OffsetDateTime::from(clock.now(SystemTime::now()));
        clock.set_millis(i64::MAX);
        let _ = time::OffsetDateTime::from(clock.now(SystemTime::now()));
    }

    #[test]
    fn one_correction_per_call_then_a_report() {
        let clock = ClockOffset::default();
        let mut corrected = false;
        assert_eq!(clock.on_refused(None, &mut corrected), Step::Nothing);
        assert_eq!(
            clock.on_refused(Some(7_200_000), &mut corrected),
            Step::SignAgain
        );
        assert_eq!(clock.millis(), 7_200_000);
        assert_eq!(
            clock.on_refused(Some(7_200_000), &mut corrected),
            Step::Report(7_200_000)
        );
        assert_eq!(clock.on_refused(Some(1000), &mut corrected), Step::Nothing);
    }

    #[test]
    fn descriptions() {
        assert_eq!(
            describe(3_603_000),
            "the local clock is 1h 0m 3s behind the service's"
        );
        assert_eq!(
            describe(-90_000),
            "the local clock is 1m 30s ahead of the service's"
        );
        assert!(describe(i64::MIN).contains("behind") || describe(i64::MIN).contains("ahead"));
    }
}
