//! Fields whose value is a JSON document inside a JSON string.

use std::fmt;
use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A JSON document carried inside a JSON string, as in ICE's `Inputs` or
/// PAIFlow's `Manifest`.
///
/// The raw text is kept exactly as received and serializes back to the
/// identical string, so nothing is lost in a round trip; decoding happens
/// only when asked, so a field that does not hold JSON (the vendor docs show
/// `{...}` placeholders and plain sentences) never breaks the response.
///
/// `T` is the typed view the spec gives the field (`serde_json::Value` when
/// it gives none).
///
/// ```
/// use workflow_sdk::JsonString;
/// let field: JsonString = serde_json::from_str(r#""{\"a\":1}""#).unwrap();
/// assert_eq!(field.as_str(), r#"{"a":1}"#);
/// assert_eq!(field.value().unwrap()["a"], 1);
/// ```
pub struct JsonString<T = serde_json::Value> {
    raw: String,
    /// The service sent a JSON value where a string was documented; `raw`
    /// then holds that value's JSON text and it is written back as a value.
    inline: bool,
    _view: PhantomData<fn() -> T>,
}

impl<T> JsonString<T> {
    /// Wraps a string as received.
    pub fn new(raw: impl Into<String>) -> Self {
        Self {
            raw: raw.into(),
            inline: false,
            _view: PhantomData,
        }
    }

    /// The text exactly as the service sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// Consumes the field, returning the raw text.
    pub fn into_string(self) -> String {
        self.raw
    }

    /// Decodes the text as untyped JSON.
    pub fn value(&self) -> Result<serde_json::Value, JsonStringError> {
        self.parse()
    }

    /// Decodes the text into any type.
    pub fn parse<U: DeserializeOwned>(&self) -> Result<U, JsonStringError> {
        serde_json::from_str(&self.raw).map_err(|source| JsonStringError {
            start: text_start(&self.raw),
            source,
        })
    }
}

impl<T: DeserializeOwned> JsonString<T> {
    /// Decodes the text into the typed view the spec gives this field.
    pub fn decode(&self) -> Result<T, JsonStringError> {
        self.parse()
    }
}

fn text_start(raw: &str) -> String {
    const MAX: usize = 80;
    match raw.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &raw[..i]),
        None => raw.to_string(),
    }
}

/// The text of a [`JsonString`] is not the JSON asked for.
#[derive(Debug)]
pub struct JsonStringError {
    start: String,
    source: serde_json::Error,
}

impl JsonStringError {
    /// The first characters of the text that did not decode.
    pub fn text_start(&self) -> &str {
        &self.start
    }
}

impl fmt::Display for JsonStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "field does not hold the expected JSON ({}); it starts with {:?}",
            self.source, self.start
        )
    }
}

impl std::error::Error for JsonStringError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl<T> Clone for JsonString<T> {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            inline: self.inline,
            _view: PhantomData,
        }
    }
}

impl<T> Default for JsonString<T> {
    fn default() -> Self {
        Self::new(String::new())
    }
}

impl<T> PartialEq for JsonString<T> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw && self.inline == other.inline
    }
}

impl<T> Eq for JsonString<T> {}

impl<T> fmt::Debug for JsonString<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("JsonString").field(&self.raw).finish()
    }
}

impl<T> fmt::Display for JsonString<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl<T> From<String> for JsonString<T> {
    fn from(raw: String) -> Self {
        Self::new(raw)
    }
}

impl<T> From<&str> for JsonString<T> {
    fn from(raw: &str) -> Self {
        Self::new(raw)
    }
}

impl<T> Serialize for JsonString<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.inline {
            // Written back as the JSON value it arrived as.
            match serde_json::from_str::<&serde_json::value::RawValue>(&self.raw) {
                Ok(raw) => raw.serialize(s),
                Err(_) => s.serialize_str(&self.raw),
            }
        } else {
            s.serialize_str(&self.raw)
        }
    }
}

impl<'de, T> Deserialize<'de> for JsonString<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(raw) => Ok(Self::new(raw)),
            other => Ok(Self {
                raw: other.to_string(),
                inline: true,
                _view: PhantomData,
            }),
        }
    }
}

/// A boolean the docs describe as a string: the service may send `true` or
/// `"true"`. Whatever arrives is kept; [`LooseBool::as_bool`] reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LooseBool {
    /// Sent as a JSON boolean.
    Bool(bool),
    /// Sent as a string.
    String(String),
    /// Sent as something else entirely.
    Other(serde_json::Value),
}

impl LooseBool {
    /// The boolean, if the value is a boolean or the string `true`/`false`
    /// (any case, surrounding whitespace ignored).
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            LooseBool::Bool(b) => Some(*b),
            LooseBool::String(s) => match s.trim() {
                t if t.eq_ignore_ascii_case("true") => Some(true),
                t if t.eq_ignore_ascii_case("false") => Some(false),
                _ => None,
            },
            LooseBool::Other(_) => None,
        }
    }
}
