//! The parameters of one call in typed form, as the generated `send()`
//! hands them over: path values, query pairs and the body (JSON or a
//! form), each converted once.

use serde::Serialize;

use crate::Error;

/// The parameters of one call, filled in by the generated `send()`.
///
/// Nothing here is encoded yet: the runtime encodes path values as
/// segments and builds the canonical query once, for the URL and the
/// signature alike.
///
/// Its `Debug` names the parameters but never prints a value: a value may
/// be a secret (an OIDC token in a form body).
#[derive(Default)]
pub struct Request {
    /// Path parameter values, in the order of the spec's path template.
    pub(crate) path: Vec<(&'static str, String)>,
    /// Query pairs, not encoded.
    pub(crate) query: Vec<(&'static str, String)>,
    /// The body, if the operation has one.
    pub(crate) body: Option<Body>,
    /// Header parameters.
    pub(crate) headers: Vec<(http::HeaderName, http::HeaderValue)>,
}

/// A request body in typed form, encoded once by the runtime.
pub(crate) enum Body {
    /// Sent as `application/json`.
    Json(serde_json::Value),
    /// Sent as `application/x-www-form-urlencoded`: the pairs, not encoded.
    Form(Vec<(String, String)>),
}

impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let names = |pairs: &[(&'static str, String)]| -> Vec<&'static str> {
            pairs.iter().map(|(k, _)| *k).collect()
        };
        let body = match &self.body {
            None => "none",
            Some(Body::Json(_)) => "json",
            Some(Body::Form(_)) => "form",
        };
        f.debug_struct("Request")
            .field("path", &names(&self.path))
            .field("query", &names(&self.query))
            .field("body", &body)
            .field(
                "headers",
                &self.headers.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .finish()
    }
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
        let mut pairs = Vec::new();
        flat_pairs(name, value, &mut |v| pairs.push(v), "the query string")?;
        self.query.extend(pairs.into_iter().map(|v| (name, v)));
        Ok(())
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
        self.body = Some(Body::Json(serde_json::to_value(body).map_err(|e| {
            Error::InvalidParameter {
                parameter: "body".to_string(),
                problem: format!("cannot be converted to JSON: {e}"),
            }
        })?));
        Ok(())
    }

    /// Sets a form body (`application/x-www-form-urlencoded`): each
    /// top-level property a pair (a list, one pair per item; `null` none).
    /// The pairs are encoded once, by the runtime.
    pub fn form<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), Error> {
        let value = serde_json::to_value(body).map_err(|e| Error::InvalidParameter {
            parameter: "body".to_string(),
            problem: format!("cannot be converted to a form: {e}"),
        })?;
        let serde_json::Value::Object(props) = value else {
            return Err(Error::InvalidParameter {
                parameter: "body".to_string(),
                problem: "a form body must be an object of named values".into(),
            });
        };
        let mut pairs = Vec::with_capacity(props.len());
        for (name, value) in props {
            let mut values = Vec::new();
            flat_pairs(&name, value, &mut |v| values.push(v), "a form body")?;
            pairs.extend(values.into_iter().map(|v| (name.clone(), v)));
        }
        self.body = Some(Body::Form(pairs));
        Ok(())
    }

    /// The value of a path or query parameter, or a top-level string
    /// property of the body.
    pub(crate) fn value_of(&self, name: &str, location: crate::service::ParamIn) -> Option<&str> {
        use crate::service::ParamIn;
        match location {
            ParamIn::Path => find(&self.path, name),
            ParamIn::Query => find(&self.query, name),
            ParamIn::Body => match self.body.as_ref()? {
                Body::Json(v) => v.get(name)?.as_str(),
                Body::Form(pairs) => pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.as_str()),
            },
        }
    }
}

/// The text values of one parameter: a scalar gives one, a list one per
/// item, `null` none; objects and nested lists cannot travel as text.
fn flat_pairs(
    name: &str,
    value: serde_json::Value,
    push: &mut dyn FnMut(String),
    place: &str,
) -> Result<(), Error> {
    use serde_json::Value;
    match value {
        Value::Null => Ok(()),
        Value::String(s) => {
            push(s);
            Ok(())
        }
        Value::Bool(b) => {
            push(b.to_string());
            Ok(())
        }
        Value::Number(n) => {
            push(n.to_string());
            Ok(())
        }
        Value::Array(items) => {
            for item in items {
                if matches!(item, Value::Array(_) | Value::Object(_)) {
                    return Err(nested(name, place));
                }
                flat_pairs(name, item, push, place)?;
            }
            Ok(())
        }
        Value::Object(_) => Err(nested(name, place)),
    }
}

fn find<'a>(pairs: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.as_str())
}

fn nested(name: &str, place: &str) -> Error {
    Error::InvalidParameter {
        parameter: name.to_string(),
        problem: format!("a nested object or list cannot travel in {place}"),
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
    fn form_bodies_become_pairs_and_debug_prints_no_value() {
        let mut r = Request::new();
        r.form(&serde_json::json!({"A": "x y", "B": null, "C": 3, "D": ["1", "2"]}))
            .unwrap();
        let Some(Body::Form(pairs)) = &r.body else {
            panic!("a form body")
        };
        assert_eq!(
            pairs,
            &vec![
                ("A".to_string(), "x y".to_string()),
                ("C".to_string(), "3".to_string()),
                ("D".to_string(), "1".to_string()),
                ("D".to_string(), "2".to_string()),
            ]
        );
        assert_eq!(r.value_of("A", crate::service::ParamIn::Body), Some("x y"));
        r.query("Q", "query-secret").unwrap();
        let shown = format!("{r:?}");
        assert!(
            !shown.contains("x y") && !shown.contains("query-secret"),
            "{shown}"
        );
        let e = r.form(&serde_json::json!({"N": {"a": 1}})).unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "N"));
        assert!(r.form(&"text").is_err());
    }

    #[test]
    fn objects_in_the_query_are_refused_with_the_name() {
        let mut r = Request::new();
        let e = r.query("Filter", &serde_json::json!({"a": 1})).unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "Filter"));
    }
}
