//! Parameter checks and the request path: refused before anything is sent,
//! naming the parameter.

use super::request::Request;
use crate::Error;
use crate::service::{ApiStyle, OperationSpec};
use crate::signing;

/// Refuses blank values of the parameters that name things (required
/// parameters and the run id).
pub(crate) fn check(op: &OperationSpec, request: &Request) -> Result<(), Error> {
    for p in op.params.iter().filter(|p| p.required || p.run_id) {
        if request
            .value_of(p.name, p.location)
            .is_some_and(|v| v.trim().is_empty())
        {
            return Err(Error::InvalidParameter {
                parameter: p.name.to_string(),
                problem: "must not be empty or whitespace".into(),
            });
        }
    }
    Ok(())
}

/// Appends the operation's wire path to `out` (which holds the encoded
/// base path): `/` for RPC APIs, whose spec paths are keys only; the
/// spec's template with each path value encoded as one segment otherwise.
pub(crate) fn push_path(
    out: &mut String,
    style: ApiStyle,
    op: &OperationSpec,
    request: &Request,
) -> Result<(), Error> {
    if style == ApiStyle::Rpc {
        out.push('/');
        return Ok(());
    }
    let mut values = request.path.iter();
    let mut rest = op.path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::InvalidRequest(format!("bad path template {}", op.path)))?;
        let name = &rest[open + 1..close];
        let (_, value) = values.next().ok_or_else(|| Error::InvalidParameter {
            parameter: name.to_string(),
            problem: "is required".into(),
        })?;
        push_segment(out, name, value)?;
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(())
}

/// Encodes a path value as one segment: every byte but the RFC 3986
/// unreserved characters is percent-encoded, so `/`, `\`, `?`, `#` and `%`
/// can never end or escape the segment. Empty and dot segments, which URL
/// parsing removes or collapses, are refused.
pub(crate) fn push_segment(out: &mut String, name: &str, value: &str) -> Result<(), Error> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidParameter {
            parameter: name.to_string(),
            problem: "must not be empty, or a dot segment (`.`, `..`) that URL parsing removes"
                .into(),
        });
    }
    out.extend(percent_encoding::utf8_percent_encode(
        value,
        signing::UNRESERVED,
    ));
    Ok(())
}

/// Re-encodes every segment of a base path the way the signature wants it
/// (RFC 3986 unreserved characters bare, everything else `%XX`), without a
/// trailing `/`.
pub(crate) fn canonical_base_path(path: &str) -> String {
    let path = path.trim_end_matches('/');
    path.split('/')
        .map(|seg| {
            let raw: Vec<u8> = percent_encoding::percent_decode_str(seg).collect();
            signing::percent_encode_bytes(&raw)
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::{ParamIn, ParamSpec};

    const PARAMS: &[ParamSpec] = &[ParamSpec::new("RunId", ParamIn::Path, true, true)];

    fn op(path: &'static str) -> OperationSpec {
        OperationSpec::new(
            "GetRun", "get_run", "GET", path, None, PARAMS, None, None, None,
        )
    }

    fn request(value: &str) -> Request {
        let mut r = Request::new();
        r.path("RunId", &value);
        r
    }

    #[test]
    fn path_values_become_single_encoded_segments() {
        let mut out = String::from("/base");
        push_path(
            &mut out,
            ApiStyle::Roa,
            &op("/runs/{RunId}/x"),
            &request("a/b ?#%\\"),
        )
        .unwrap();
        assert_eq!(out, "/base/runs/a%2Fb%20%3F%23%25%5C/x");
    }

    #[test]
    fn rpc_paths_are_the_root() {
        let mut out = String::new();
        push_path(&mut out, ApiStyle::Rpc, &op("/GetRun"), &Request::new()).unwrap();
        assert_eq!(out, "/");
    }

    #[test]
    fn dot_and_empty_segments_are_refused_by_name() {
        for bad in ["", ".", ".."] {
            let mut out = String::new();
            let e = push_path(&mut out, ApiStyle::Roa, &op("/runs/{RunId}"), &request(bad))
                .unwrap_err();
            assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "RunId"));
        }
    }

    #[test]
    fn blank_required_values_are_refused() {
        let e = check(&op("/runs/{RunId}"), &request("  ")).unwrap_err();
        assert!(matches!(e, Error::InvalidParameter { parameter, .. } if parameter == "RunId"));
        check(&op("/runs/{RunId}"), &request("r-1")).unwrap();
    }

    #[test]
    fn base_paths_are_canonical_without_a_trailing_slash() {
        assert_eq!(canonical_base_path(""), "");
        assert_eq!(canonical_base_path("/"), "");
        assert_eq!(canonical_base_path("/a b/c%7E/"), "/a%20b/c~");
    }
}
