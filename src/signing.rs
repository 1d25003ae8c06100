//! Alibaba Cloud signature V3 (`ACS3-HMAC-SHA256`) as a pure function.
//!
//! No clock, no randomness, no I/O: the caller supplies the date and nonce,
//! so the result is reproducible and testable against fixed vectors.

use std::borrow::Cow;

use hmac::{Hmac, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use sha2::{Digest, Sha256};

/// The algorithm name, first word of the `Authorization` header.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// Everything but `A-Z a-z 0-9 - _ . ~` is percent-encoded (RFC 3986).
const ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The set [`percent_encode`] escapes, for encoding straight into a buffer.
pub(crate) const UNRESERVED: &AsciiSet = ENCODE;

/// Percent-encodes a value as the signature wants: only unreserved
/// characters are left bare, so space is `%20` and `*` is `%2A`.
pub fn percent_encode(value: &str) -> String {
    utf8_percent_encode(value, ENCODE).to_string()
}

/// Percent-encodes raw bytes (a path segment after decoding) likewise.
pub fn percent_encode_bytes(value: &[u8]) -> String {
    percent_encoding::percent_encode(value, ENCODE).to_string()
}

/// Hex SHA-256 of the empty body, which most requests here have.
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Hex SHA-256 of a body, the value of `x-acs-content-sha256`.
pub fn content_sha256(body: &[u8]) -> String {
    if body.is_empty() {
        EMPTY_BODY_SHA256.to_string()
    } else {
        hex::encode(Sha256::digest(body))
    }
}

/// The canonical query string: pairs sorted by key (then value) as given,
/// then both encoded with [`percent_encode`], joined by `&`. Keys without a value
/// still get `=`.
pub fn canonical_query<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    // Sorted by the names as given, before encoding, as Alibaba Cloud's
    // own SDKs do (the order differs from sorting encoded names when a name
    // holds characters that get encoded).
    let mut sorted: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_ref(), v.as_ref()))
        .collect();
    sorted.sort_unstable();
    let mut out = String::with_capacity(
        sorted
            .iter()
            .map(|(k, v)| k.len() + v.len() + 2)
            .sum::<usize>(),
    );
    for (i, (k, v)) in sorted.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.extend(utf8_percent_encode(k, ENCODE));
        out.push('=');
        out.extend(utf8_percent_encode(v, ENCODE));
    }
    out
}

/// What to sign. Header names may be in any case; every header given is
/// signed, plus the three the signer adds (`x-acs-date`,
/// `x-acs-signature-nonce`, `x-acs-content-sha256`).
///
/// Debug shows neither the AccessKey secret nor the values of the
/// `x-acs-security-token` and `authorization` headers.
#[derive(Clone, Copy)]
pub struct SigningParams<'a> {
    /// HTTP method, upper case.
    pub method: &'a str,
    /// The path exactly as sent (already percent-encoded).
    pub encoded_path: &'a str,
    /// Query parameters, not encoded.
    pub query: &'a [(&'a str, &'a str)],
    /// Headers to sign (`host`, `x-acs-action`, `x-acs-version`,
    /// `content-type`, `x-acs-security-token`, ...).
    pub headers: &'a [(&'a str, &'a str)],
    /// The request body.
    pub body: &'a [u8],
    /// The AccessKey id.
    pub access_key_id: &'a str,
    /// The AccessKey secret.
    pub access_key_secret: &'a str,
    /// `x-acs-date`: UTC, `yyyy-MM-ddTHH:mm:ssZ`.
    pub date: &'a str,
    /// `x-acs-signature-nonce`: unique per request.
    pub nonce: &'a str,
}

impl std::fmt::Debug for SigningParams<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|&(k, v)| (k, if is_secret_header(k) { REDACTED } else { v }))
            .collect();
        f.debug_struct("SigningParams")
            .field("method", &self.method)
            .field("encoded_path", &self.encoded_path)
            .field("query", &self.query)
            .field("headers", &headers)
            .field("body_len", &self.body.len())
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &REDACTED)
            .field("date", &self.date)
            .field("nonce", &self.nonce)
            .finish()
    }
}

const REDACTED: &str = crate::Secret::REDACTED;

fn is_secret_header(name: &str) -> bool {
    let name = name.trim();
    name.eq_ignore_ascii_case("x-acs-security-token") || name.eq_ignore_ascii_case("authorization")
}

/// The canonical request with the value of every secret header line
/// replaced, for Debug.
fn redact_canonical_request(canonical: &str) -> String {
    canonical
        .split('\n')
        .map(|line| match line.split_once(':') {
            Some((k, _)) if is_secret_header(k) => format!("{k}:{REDACTED}"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The result of signing: the headers to send, and the intermediate strings
/// (useful to compare with a server's view when a signature is rejected).
#[derive(Clone, PartialEq, Eq)]
pub struct Signed {
    /// Headers to add to the request: `x-acs-date`,
    /// `x-acs-signature-nonce`, `x-acs-content-sha256` and `authorization`.
    pub headers: Vec<(&'static str, String)>,
    /// The canonical request.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// The `Authorization` header value.
    pub authorization: String,
}

impl std::fmt::Debug for Signed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The canonical request may hold a security token header; the
        // string to sign and the authorization hold only digests.
        f.debug_struct("Signed")
            .field(
                "canonical_request",
                &redact_canonical_request(&self.canonical_request),
            )
            .field("string_to_sign", &self.string_to_sign)
            .field("authorization", &self.authorization)
            .finish_non_exhaustive()
    }
}

/// Signs a request.
pub fn sign(p: &SigningParams<'_>) -> Signed {
    sign_with_query(p, &canonical_query(p.query))
}

/// Signs a request whose canonical query (see [`canonical_query`]) the
/// caller built already, for the URL it sends; `p.query` is not read.
pub(crate) fn sign_with_query(p: &SigningParams<'_>, query: &str) -> Signed {
    // Written for few allocations: this runs on every request attempt.
    let body_hash = content_sha256(p.body);
    let mut headers: Vec<(Cow<'_, str>, &str)> = Vec::with_capacity(p.headers.len() + 3);
    for (k, v) in p.headers {
        let k = k.trim();
        let k = if k.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(k.to_ascii_lowercase())
        } else {
            Cow::Borrowed(k)
        };
        if !matches!(
            &*k,
            "x-acs-date" | "x-acs-signature-nonce" | "x-acs-content-sha256" | "authorization"
        ) {
            headers.push((k, v.trim()));
        }
    }
    headers.push((Cow::Borrowed("x-acs-date"), p.date));
    headers.push((Cow::Borrowed("x-acs-signature-nonce"), p.nonce));
    headers.push((Cow::Borrowed("x-acs-content-sha256"), &body_hash));
    headers.sort_unstable();

    let mut signed_headers = String::with_capacity(headers.len() * 24);
    for (i, (k, _)) in headers.iter().enumerate() {
        if i > 0 {
            signed_headers.push(';');
        }
        signed_headers.push_str(k);
    }
    let header_len: usize = headers.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let mut canonical_request = String::with_capacity(
        p.method.len()
            + p.encoded_path.len()
            + query.len()
            + header_len
            + signed_headers.len()
            + 72,
    );
    for part in [p.method, "\n", p.encoded_path, "\n", query, "\n"] {
        canonical_request.push_str(part);
    }
    for (k, v) in &headers {
        canonical_request.push_str(k);
        canonical_request.push(':');
        canonical_request.push_str(v);
        canonical_request.push('\n');
    }
    for part in ["\n", &signed_headers, "\n", &body_hash] {
        canonical_request.push_str(part);
    }

    let mut digest_hex = [0u8; 64];
    hex_into(
        &Sha256::digest(canonical_request.as_bytes()),
        &mut digest_hex,
    );
    let mut string_to_sign = String::with_capacity(ALGORITHM.len() + 65);
    string_to_sign.push_str(ALGORITHM);
    string_to_sign.push('\n');
    string_to_sign.push_str(std::str::from_utf8(&digest_hex).unwrap_or_default());

    let mut mac = Hmac::<Sha256>::new_from_slice(p.access_key_secret.as_bytes())
        .expect("HMAC accepts keys of any length");
    mac.update(string_to_sign.as_bytes());
    let mut signature = [0u8; 64];
    hex_into(&mac.finalize().into_bytes(), &mut signature);
    let signature = std::str::from_utf8(&signature).unwrap_or_default();

    let mut authorization = String::with_capacity(
        ALGORITHM.len() + p.access_key_id.len() + signed_headers.len() + signature.len() + 40,
    );
    for part in [
        ALGORITHM,
        " Credential=",
        p.access_key_id,
        ",SignedHeaders=",
        &signed_headers,
        ",Signature=",
        signature,
    ] {
        authorization.push_str(part);
    }
    Signed {
        headers: vec![
            ("x-acs-date", p.date.to_string()),
            ("x-acs-signature-nonce", p.nonce.to_string()),
            ("x-acs-content-sha256", body_hash),
            ("authorization", authorization.clone()),
        ],
        canonical_request,
        string_to_sign,
        authorization,
    }
}

/// Lower-case hex of 32 bytes into a 64-byte buffer, no allocation.
fn hex_into(bytes: &[u8], out: &mut [u8; 64]) {
    // Never fails: the buffer is exactly twice the 32-byte digest.
    let _ = hex::encode_to_slice(bytes, out);
}
