//! The parameters of one call in typed form, as the generated `send()`
//! hands them over: path values, query pairs and the JSON body, each
//! converted once.

use serde::Serialize;

use crate::Error;

/// The parameters of one call, filled in by the generated `send()`.
///
/// Nothing here is encoded yet: the runtime encodes path values as
/// segments and builds the canonical query once, for the URL and the
/// signature alike.
#[derive(Debug, Default)]
pub struct Request {
    /// Path parameter values, in the order of the spec's path template.
    pub(crate) path: Vec<(&'static str, String)>,
    /// Query pairs, not encoded.
    pub(crate) query: Vec<(&'static str, String)>,
    /// The JSON body, if the operation has one.
    pub(crate) body: Option<serde_json::Value>,
    /// Header parameters.
    pub(crate) headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

impl Request {
    /// An empty request.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a path parameter (in template order).
    pub fn path(&mut self, name: &'static str, value: &impl std::fmt::Display) {
        self.path.push((name, value.to_string()));
    }

    /// Adds a query parameter: a scalar, an open enum, a list (one pair per
    /// item) or `None` (no pair).
    pub fn query<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = serde_json::to_value(value).map_err(|e| Error::InvalidParameter {
            parameter: name.to_string(),
            problem: format!("cannot be converted: {e}"),
        })?;
        self.push_query_value(name, value)
    }

    fn push_query_value(
        &mut self,
        name: &'static str,
        value: serde_json::Value,
    ) -> Result<(), Error> {
        use serde_json::Value;
        match value {
            Value::Null => Ok(()),
            Value::String(s) => {
                self.query.push((name, s));
                Ok(())
            }
            Value::Bool(b) => {
                self.query.push((name, b.to_string()));
                Ok(())
            }
            Value::Number(n) => {
                self.query.push((name, n.to_string()));
                Ok(())
            }
            Value::Array(items) => {
                for item in items {
                    if matches!(item, Value::Array(_) | Value::Object(_)) {
                        return Err(nested(name));
                    }
                    self.push_query_value(name, item)?;
                }
                Ok(())
            }
            Value::Object(_) => Err(nested(name)),
        }
    }

    /// Adds a header parameter: a scalar or an open enum, or `None` (not
    /// sent).
    pub fn header<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let bad = |problem: String| Error::InvalidParameter {
            parameter: name.to_string(),
            problem,
        };
        let mut values = Request::new();
        values.query(name, value)?;
        for (_, v) in values.query {
            let header = http::HeaderName::from_bytes(name.to_ascii_lowercase().as_bytes())
                .map_err(|_| bad("is not a valid header name".into()))?;
            let v = http::HeaderValue::try_from(v)
                .map_err(|_| bad("holds characters not allowed in a header".into()))?;
            self.headers.push((header, v));
        }
        Ok(())
    }

    /// Sets the JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), Error> {
        self.body = Some(
            serde_json::to_value(body).map_err(|e| Error::InvalidParameter {
                parameter: "body".to_string(),
                problem: format!("cannot be converted to JSON: {e}"),
            })?,
        );
        Ok(())
    }

    /// The value of a path or query parameter, or a top-level string
    /// property of the body.
    pub(crate) fn value_of(&self, name: &str, location: crate::service::ParamIn) -> Option<&str> {
        use crate::service::ParamIn;
        match location {
            ParamIn::Path => find(&self.path, name),
            ParamIn::Query => find(&self.query, name),
            ParamIn::Body => self.body.as_ref()?.get(name)?.as_str(),
        }
    }
}

fn find<'a>(pairs: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.as_str())
}

fn nested(name: &str) -> Error {
    Error::InvalidParameter {
        parameter: name.to_string(),
        problem: "a nested object or list cannot travel in the query string".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_converted_once_and_none_is_skipped() {
        let mut r = Request::new();
        r.query("A", &Some("x y")).unwrap();
        r.query("B", &Option::<String>::None).unwrap();
        r.query("C", &7u32).unwrap();
        r.query("D", &true).unwrap();
        r.query("E", &vec!["1", "2"]).unwrap();
        assert_eq!(
            r.query,
            vec![
                ("A", "x y".to_string()),
                ("C", "7".to_string()),
                ("D", "true".to_string()),
                ("E", "1".to_string()),
                ("E", "2".to_string()),
            ]
        );
    }

    #[test]
    fn header_parameters_are_checked_and_none_is_skipped() {
        let mut r = Request::new();
        r.header("X-Trace", &Some("abc")).unwrap();
        r.header("X-None", &Option::<String>::None).unwrap();
        assert_eq!(r.headers.len(), 1);
        assert_eq!(r.headers[0].0.as_str(), "x-trace");
        let e = r.header("X-Bad", "a\nb").unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "X-Bad"));
    }

    #[test]
    fn objects_in_the_query_are_refused_with_the_name() {
        let mut r = Request::new();
        let e = r.query("Filter", &serde_json::json!({"a": 1})).unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "Filter"));
    }
}
