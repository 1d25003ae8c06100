//! Fields whose value is a JSON document inside a JSON string.

use std::fmt;
use std::marker::PhantomData;
use std::sync::OnceLock;

use serde::de::{DeserializeOwned, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What the spec says about one JSON-in-string field: its name (for error
/// messages) and the typed view of its content. Generated code declares one
/// marker type per marked field; [`Untyped`] serves everywhere else.
pub trait JsonField {
    /// `Schema.Property`, as in the spec.
    const NAME: &'static str;
    /// What [`JsonString::parse`] returns.
    type View: DeserializeOwned;
}

/// A JSON-in-string field with no typed view and no name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Untyped {}

impl JsonField for Untyped {
    const NAME: &'static str = "field";
    type View = serde_json::Value;
}

/// A JSON document carried inside a JSON string, as in ICE's `Inputs` or
/// PAIFlow's `Manifest`.
///
/// The raw text is kept exactly as received and serializes back to the
/// identical string, so nothing is lost in a round trip; decoding happens
/// only when asked, so a field that does not hold JSON (the vendor docs show
/// `{...}` placeholders and plain sentences) never breaks the response.
///
/// - [`JsonString::parse`] decodes into the typed view the spec gives the
///   field (`serde_json::Value` when it gives none);
/// - [`JsonString::value`] decodes into `serde_json::Value`, once, then
///   returns the cached value;
/// - [`JsonString::parse_as`] decodes into any type.
///
/// Text that is JSON escaped one time too many (`{\"a\":1}`, as the ICE
/// reference shows for `Inputs`) decodes to the same value as the plain
/// form.
///
/// ```
/// use workflow_sdk::JsonString;
/// let field: JsonString = serde_json::from_str(r#""{\"a\":1}""#).unwrap();
/// assert_eq!(field.as_str(), r#"{"a":1}"#);
/// assert_eq!(field.value().unwrap()["a"], 1);
/// ```
pub struct JsonString<F: JsonField = Untyped> {
    raw: String,
    /// The service sent a JSON value where a string was documented; `raw`
    /// then holds that value's JSON text and it is written back as a value.
    inline: bool,
    value: OnceLock<serde_json::Value>,
    _field: PhantomData<fn() -> F>,
}

impl<F: JsonField> JsonString<F> {
    /// Wraps a string as received.
    pub fn new(raw: impl Into<String>) -> Self {
        Self {
            raw: raw.into(),
            inline: false,
            value: OnceLock::new(),
            _field: PhantomData,
        }
    }

    /// The field's name in the spec (`Schema.Property`).
    pub fn field_name(&self) -> &'static str {
        F::NAME
    }

    /// The text exactly as the service sent it.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// Consumes the field, returning the raw text.
    pub fn into_string(self) -> String {
        self.raw
    }

    /// The content as untyped JSON, decoded on first use and cached.
    pub fn value(&self) -> Result<&serde_json::Value, JsonStringError> {
        if let Some(v) = self.value.get() {
            return Ok(v);
        }
        let v = self.parse_as::<serde_json::Value>()?;
        Ok(self.value.get_or_init(|| v))
    }

    /// The content decoded into the typed view the spec gives this field.
    pub fn parse(&self) -> Result<F::View, JsonStringError> {
        match self.value.get() {
            // Already decoded: convert instead of parsing the text again.
            Some(v) => F::View::deserialize(v).map_err(|e| self.error(e)),
            None => self.parse_as(),
        }
    }

    /// The content decoded into any type.
    pub fn parse_as<U: DeserializeOwned>(&self) -> Result<U, JsonStringError> {
        match serde_json::from_str::<U>(&self.raw) {
            Ok(v) => Ok(v),
            Err(first) => match self.unescaped() {
                Some(text) => serde_json::from_str(&text).map_err(|_| self.error(first)),
                None => Err(self.error(first)),
            },
        }
    }

    /// The text with one level of JSON string escaping removed, when it
    /// looks escaped one time too many (`{\"a\":1}`).
    fn unescaped(&self) -> Option<String> {
        let t = self.raw.trim_start();
        if !(t.starts_with("{\\\"") || t.starts_with("[\\\"") || t.starts_with("[{\\\"")) {
            return None;
        }
        let mut quoted = String::with_capacity(self.raw.len() + 2);
        quoted.push('"');
        quoted.push_str(&self.raw);
        quoted.push('"');
        serde_json::from_str::<String>(&quoted).ok()
    }

    fn error(&self, source: serde_json::Error) -> JsonStringError {
        JsonStringError {
            field: F::NAME,
            start: text_start(&self.raw),
            source,
        }
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
    field: &'static str,
    start: String,
    source: serde_json::Error,
}

impl JsonStringError {
    /// The field (`Schema.Property`).
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// The first characters of the text that did not decode.
    pub fn text_start(&self) -> &str {
        &self.start
    }
}

impl fmt::Display for JsonStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} does not hold the expected JSON ({}); its text starts with {:?}",
            self.field, self.source, self.start
        )
    }
}

impl std::error::Error for JsonStringError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl<F: JsonField> Clone for JsonString<F> {
    fn clone(&self) -> Self {
        Self {
            raw: self.raw.clone(),
            inline: self.inline,
            value: self.value.clone(),
            _field: PhantomData,
        }
    }
}

impl<F: JsonField> Default for JsonString<F> {
    fn default() -> Self {
        Self::new(String::new())
    }
}

impl<F: JsonField> PartialEq for JsonString<F> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw && self.inline == other.inline
    }
}

impl<F: JsonField> Eq for JsonString<F> {}

impl<F: JsonField> fmt::Debug for JsonString<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("JsonString").field(&self.raw).finish()
    }
}

impl<F: JsonField> fmt::Display for JsonString<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl<F: JsonField> From<String> for JsonString<F> {
    fn from(raw: String) -> Self {
        Self::new(raw)
    }
}

impl<F: JsonField> From<&str> for JsonString<F> {
    fn from(raw: &str) -> Self {
        Self::new(raw)
    }
}

impl<F: JsonField> Serialize for JsonString<F> {
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

impl<'de, F: JsonField> Deserialize<'de> for JsonString<F> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<F>(PhantomData<fn() -> F>);
        impl<'de, F: JsonField> Visitor<'de> for V<F> {
            type Value = JsonString<F>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string holding JSON")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(JsonString::new(v))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
                // Owned already (unescaped by the parser): kept without a copy.
                Ok(JsonString::new(v))
            }
            // Anything else: the service sent a JSON value where a string is
            // documented. Keep its text; never fail the response for it.
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(inline(serde_json::Value::Bool(v)))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(inline(v.into()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Ok(inline(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
                Ok(inline(v.into()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(inline(serde_json::Value::Null))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                let v = serde_json::Value::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(inline(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let v = serde_json::Value::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(inline(v))
            }
        }
        fn inline<F: JsonField>(v: serde_json::Value) -> JsonString<F> {
            JsonString {
                raw: v.to_string(),
                inline: true,
                value: OnceLock::new(),
                _field: PhantomData,
            }
        }
        d.deserialize_any(V(PhantomData))
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
