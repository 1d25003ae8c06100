//! Reading timestamp fields: generated accessors call these.

use std::fmt;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A timestamp field whose value cannot be read as a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimestampError {
    field: &'static str,
    raw: String,
    reason: String,
}

impl TimestampError {
    /// The field (`Schema.Property`).
    pub fn field(&self) -> &'static str {
        self.field
    }
    /// The value as sent.
    pub fn raw(&self) -> &str {
        &self.raw
    }
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a time: {:?} ({})",
            self.field, self.raw, self.reason
        )
    }
}

impl std::error::Error for TimestampError {}

/// A field value that may hold an ISO 8601 time.
#[doc(hidden)]
pub trait IsoText {
    fn text(&self) -> Option<&str>;
}
impl IsoText for String {
    fn text(&self) -> Option<&str> {
        Some(self)
    }
}
impl IsoText for Option<String> {
    fn text(&self) -> Option<&str> {
        self.as_deref()
    }
}

/// A field value that may hold epoch milliseconds.
#[doc(hidden)]
pub trait Millis {
    /// Whole milliseconds when the value is an integer, else as a float.
    fn millis(&self) -> Option<Result<i64, f64>>;
}
impl Millis for i64 {
    fn millis(&self) -> Option<Result<i64, f64>> {
        Some(Ok(*self))
    }
}
impl Millis for Option<i64> {
    fn millis(&self) -> Option<Result<i64, f64>> {
        self.map(Ok)
    }
}
impl Millis for f64 {
    fn millis(&self) -> Option<Result<i64, f64>> {
        Some(Err(*self))
    }
}
impl Millis for Option<f64> {
    fn millis(&self) -> Option<Result<i64, f64>> {
        self.map(Err)
    }
}

/// Parses an ISO 8601 (RFC 3339) time, ignoring surrounding whitespace
/// (the vendor pages show values ending in `\n`); fractions of a second
/// and offsets are accepted, the result is in UTC.
#[doc(hidden)]
pub fn iso8601<T: IsoText + ?Sized>(
    field: &'static str,
    value: &T,
) -> Result<Option<OffsetDateTime>, TimestampError> {
    let Some(raw) = value.text() else {
        return Ok(None);
    };
    OffsetDateTime::parse(raw.trim(), &Rfc3339)
        .map(|t| Some(t.to_offset(time::UtcOffset::UTC)))
        .map_err(|e| TimestampError {
            field,
            raw: raw.to_string(),
            reason: e.to_string(),
        })
}

/// Reads milliseconds since the Unix epoch.
#[doc(hidden)]
pub fn epoch_millis<T: Millis + ?Sized>(
    field: &'static str,
    value: &T,
) -> Result<Option<OffsetDateTime>, TimestampError> {
    let Some(ms) = value.millis() else {
        return Ok(None);
    };
    let fail = |reason: &str| TimestampError {
        field,
        raw: match ms {
            Ok(i) => i.to_string(),
            Err(f) => f.to_string(),
        },
        reason: reason.to_string(),
    };
    let nanos = match ms {
        Ok(i) => i as i128 * 1_000_000,
        Err(f) if f.is_finite() => (f * 1_000_000.0).round() as i128,
        Err(_) => return Err(fail("not a finite number")),
    };
    OffsetDateTime::from_unix_timestamp_nanos(nanos)
        .map(Some)
        .map_err(|e| fail(&e.to_string()))
}
