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
    body_sha256(body).into_owned()
}

/// [`content_sha256`], borrowing the constant for an empty body.
fn body_sha256(body: &[u8]) -> Cow<'static, str> {
    if body.is_empty() {
        Cow::Borrowed(EMPTY_BODY_SHA256)
    } else {
        Cow::Owned(hex::encode(Sha256::digest(body)))
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
        f.debug_struct("SigningParams")
            .field("method", &self.method)
            .field("encoded_path", &self.encoded_path)
            .field("query", &self.query)
            .field("headers", &redacted_headers(self.headers))
            .field("body_len", &self.body.len())
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &REDACTED)
            .field("date", &self.date)
            .field("nonce", &self.nonce)
            .finish()
    }
}

const REDACTED: &str = crate::Secret::REDACTED;

/// Headers for Debug, with the values of secret ones replaced.
fn redacted_headers<'a>(headers: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    headers
        .iter()
        .map(|&(k, v)| (k, if is_secret_header(k) { REDACTED } else { v }))
        .collect()
}

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

/// Signs a request, with the intermediate strings for diagnosis.
///
/// This keys HMAC-SHA256 with `p.access_key_secret` afresh on every call;
/// to sign many requests with one AccessKey, make a [`SigningKey`] once (or
/// take [`crate::Credentials::signing_key`]) and sign with it, as the
/// clients do. Both give the same headers.
pub fn sign(p: &SigningParams<'_>) -> Signed {
    let query = canonical_query(p.query);
    let key = hmac_key(p.access_key_secret.as_bytes());
    let request = Request::new(p.method, p.encoded_path)
        .canonical_query(&query)
        .headers(p.headers)
        .body(p.body)
        .date(p.date)
        .nonce(p.nonce);
    let header_len: usize = p
        .headers
        .iter()
        .map(|(k, v)| 2 * k.len() + v.len() + 3)
        .sum();
    let mut canonical_request = String::with_capacity(
        p.method.len() + p.encoded_path.len() + query.len() + header_len + 300,
    );
    let (signature, string_to_sign) =
        sign_request(&key, p.access_key_id, &request, &mut canonical_request);
    let string_to_sign = std::str::from_utf8(&string_to_sign)
        .unwrap_or_default()
        .to_string();
    let Signature {
        content_sha256,
        authorization,
    } = signature;
    Signed {
        headers: vec![
            ("x-acs-date", p.date.to_string()),
            ("x-acs-signature-nonce", p.nonce.to_string()),
            ("x-acs-content-sha256", content_sha256.into_owned()),
            ("authorization", authorization.clone()),
        ],
        canonical_request,
        string_to_sign,
        authorization,
    }
}

/// HMAC-SHA256 keyed with an AccessKey secret: the `hmac` crate's state
/// after the padded key's inner and outer blocks, kept so that signing
/// clones it instead of keying from the secret again (two SHA-256
/// compressions saved per signature). Secret: as good as the key.
type HmacKey = Hmac<Sha256>;

/// Keys HMAC-SHA256 with a secret.
fn hmac_key(secret: &[u8]) -> HmacKey {
    // Never fails: HMAC takes keys of any length.
    <HmacKey as Mac>::new_from_slice(secret).unwrap_or_else(|_| unreachable!())
}

/// An AccessKey pair made ready to sign with: the HMAC-SHA256 key schedule
/// of the secret is computed once, when the key is made, instead of for
/// every request (two SHA-256 compressions; a typical signature then costs
/// eleven).
///
/// [`crate::Credentials::signing_key`] keeps one per credentials value,
/// shared by its clones; that is the one the clients sign with. Debug shows
/// the AccessKey id only.
///
/// ```
/// use workflow_sdk::signing::{self, Request, SigningKey, SigningParams};
///
/// let headers = [("host", "ice.cn-shanghai.aliyuncs.com"), ("x-acs-action", "GetWorkflowTask")];
/// let query = [("TaskId", "t-1")];
/// let canonical_query = signing::canonical_query(&query);
///
/// let key = SigningKey::new("LTAI5tExample", "secret-value");
/// let signature = key.sign(
///     &Request::new("POST", "/")
///         .canonical_query(&canonical_query)
///         .headers(&headers)
///         .date("2026-01-01T00:00:00Z")
///         .nonce("0123456789abcdef"),
/// );
///
/// // The same as signing afresh from the secret.
/// let signed = signing::sign(&SigningParams {
///     method: "POST",
///     encoded_path: "/",
///     query: &query,
///     headers: &headers,
///     body: b"",
///     access_key_id: "LTAI5tExample",
///     access_key_secret: "secret-value",
///     date: "2026-01-01T00:00:00Z",
///     nonce: "0123456789abcdef",
/// });
/// assert_eq!(signature.authorization(), signed.authorization);
/// assert!(!format!("{key:?}").contains("secret-value"));
/// ```
#[derive(Clone)]
pub struct SigningKey {
    access_key_id: std::sync::Arc<str>,
    key: HmacKey,
}

impl SigningKey {
    /// Keys HMAC-SHA256 with the AccessKey secret.
    pub fn new(access_key_id: impl Into<String>, access_key_secret: &str) -> Self {
        Self::from_shared_id(access_key_id.into().into(), access_key_secret)
    }

    /// As [`SigningKey::new`], sharing the id's text with the caller.
    pub(crate) fn from_shared_id(access_key_id: std::sync::Arc<str>, secret: &str) -> Self {
        Self {
            access_key_id,
            key: hmac_key(secret.as_bytes()),
        }
    }

    /// The AccessKey id, sent in the `Authorization` header.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// Signs a request: the same headers as [`sign`] gives for the same
    /// request, without the intermediate strings.
    pub fn sign(&self, request: &Request<'_>) -> Signature {
        sign_request(&self.key, &self.access_key_id, request, &mut ()).0
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("access_key_id", &self.access_key_id)
            .field("secret", &format_args!("{REDACTED}"))
            .finish()
    }
}

/// A request to sign with a [`SigningKey`]: what is sent, with the query
/// already in canonical form (as it is sent, see [`canonical_query`]).
///
/// Every header given is signed, plus the three the signer adds
/// (`x-acs-date`, `x-acs-signature-nonce`, `x-acs-content-sha256`); the
/// date and the nonce must be set. Debug does not show the values of the
/// `x-acs-security-token` and `authorization` headers.
#[derive(Clone, Copy)]
pub struct Request<'a> {
    method: &'a str,
    encoded_path: &'a str,
    canonical_query: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: &'a [u8],
    date: &'a str,
    nonce: &'a str,
}

impl<'a> Request<'a> {
    /// A request with no query, no headers, an empty body, and neither date
    /// nor nonce yet.
    ///
    /// `method` is upper case; `encoded_path` is the path exactly as sent
    /// (already percent-encoded).
    pub fn new(method: &'a str, encoded_path: &'a str) -> Self {
        Self {
            method,
            encoded_path,
            canonical_query: "",
            headers: &[],
            body: b"",
            date: "",
            nonce: "",
        }
    }

    /// The query as sent, built by [`canonical_query`].
    pub fn canonical_query(mut self, canonical_query: &'a str) -> Self {
        self.canonical_query = canonical_query;
        self
    }

    /// Headers to sign (`host`, `x-acs-action`, `x-acs-version`,
    /// `content-type`, `x-acs-security-token`, ...); names in any case.
    pub fn headers(mut self, headers: &'a [(&'a str, &'a str)]) -> Self {
        self.headers = headers;
        self
    }

    /// The request body.
    pub fn body(mut self, body: &'a [u8]) -> Self {
        self.body = body;
        self
    }

    /// `x-acs-date`: UTC, `yyyy-MM-ddTHH:mm:ssZ`.
    pub fn date(mut self, date: &'a str) -> Self {
        self.date = date;
        self
    }

    /// `x-acs-signature-nonce`: unique per request.
    pub fn nonce(mut self, nonce: &'a str) -> Self {
        self.nonce = nonce;
        self
    }
}

impl std::fmt::Debug for Request<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("encoded_path", &self.encoded_path)
            .field("canonical_query", &self.canonical_query)
            .field("headers", &redacted_headers(self.headers))
            .field("body_len", &self.body.len())
            .field("date", &self.date)
            .field("nonce", &self.nonce)
            .finish()
    }
}

/// What a [`SigningKey`] adds to a request, besides the `x-acs-date` and
/// `x-acs-signature-nonce` it was given: `x-acs-content-sha256` and
/// `authorization`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    content_sha256: Cow<'static, str>,
    authorization: String,
}

impl Signature {
    /// The `x-acs-content-sha256` header value: hex SHA-256 of the body.
    pub fn content_sha256(&self) -> &str {
        &self.content_sha256
    }

    /// The `Authorization` header value.
    pub fn authorization(&self) -> &str {
        &self.authorization
    }

    /// Both header values, owned: (`x-acs-content-sha256`, `authorization`).
    /// The body hash of an empty body is the borrowed constant
    /// [`EMPTY_BODY_SHA256`].
    pub fn into_parts(self) -> (Cow<'static, str>, String) {
        (self.content_sha256, self.authorization)
    }
}

/// The length of the string to sign: the algorithm, a newline and the hex
/// SHA-256 of the canonical request.
const STRING_TO_SIGN_LEN: usize = ALGORITHM.len() + 1 + 64;

/// Headers kept on the stack while signing; more go to the heap.
const INLINE_HEADERS: usize = 8;

/// The signer itself, shared by [`sign`] and [`SigningKey::sign`]: feeds
/// the canonical request to SHA-256 (and a copy to `record`), then signs
/// the string to sign with `key`.
/// Written for few allocations, since it runs on every request attempt:
/// one for the `Authorization` value, one more for the body hash of a
/// non-empty body.
fn sign_request(
    key: &HmacKey,
    access_key_id: &str,
    r: &Request<'_>,
    record: &mut impl Record,
) -> (Signature, [u8; STRING_TO_SIGN_LEN]) {
    let content_sha256 = body_sha256(r.body);

    // The headers to sign, named in lower case and sorted (by name, then
    // value). Names are borrowed as given unless one has a capital letter
    // (rare): then all are lowered into copies.
    let has_upper = |k: &str| k.bytes().any(|b| b.is_ascii_uppercase());
    let lowered: Vec<String> = if r.headers.iter().any(|(k, _)| has_upper(k)) {
        r.headers
            .iter()
            .map(|(k, _)| k.trim().to_ascii_lowercase())
            .collect()
    } else {
        Vec::new()
    };
    let count = r.headers.len() + 3;
    let mut inline = [("", ""); INLINE_HEADERS];
    let mut spilled = Vec::new();
    let headers: &mut [(&str, &str)] = if count <= INLINE_HEADERS {
        &mut inline[..count]
    } else {
        spilled.resize(count, ("", ""));
        &mut spilled
    };
    let mut n = 0;
    for (i, (k, v)) in r.headers.iter().enumerate() {
        let k = match lowered.get(i) {
            Some(lower) => lower.as_str(),
            None => k.trim(),
        };
        if !matches!(
            k,
            "x-acs-date" | "x-acs-signature-nonce" | "x-acs-content-sha256" | "authorization"
        ) {
            headers[n] = (k, v.trim());
            n += 1;
        }
    }
    // In their sorted order, which saves the sort a few comparisons.
    for (i, (k, v)) in [
        ("x-acs-content-sha256", &*content_sha256),
        ("x-acs-date", r.date),
        ("x-acs-signature-nonce", r.nonce),
    ]
    .into_iter()
    .enumerate()
    {
        headers[n + i] = (k, v);
    }
    let headers = &mut headers[..n + 3];
    headers.sort_unstable();

    // The Authorization value is written around the signed header names,
    // so they are written once and the canonical request reads them back.
    const CREDENTIAL: &str = "ACS3-HMAC-SHA256 Credential=";
    const SIGNED_HEADERS: &str = ",SignedHeaders=";
    const SIGNATURE: &str = ",Signature=";
    let names_len = headers.iter().map(|(k, _)| k.len() + 1).sum::<usize>() - 1;
    let mut authorization = String::with_capacity(
        CREDENTIAL.len()
            + access_key_id.len()
            + SIGNED_HEADERS.len()
            + names_len
            + SIGNATURE.len()
            + 64,
    );
    authorization.push_str(CREDENTIAL);
    authorization.push_str(access_key_id);
    authorization.push_str(SIGNED_HEADERS);
    let names_start = authorization.len();
    for (i, (k, _)) in headers.iter().enumerate() {
        if i > 0 {
            authorization.push(';');
        }
        authorization.push_str(k);
    }

    let mut canonical = CanonicalHasher::new(record);
    canonical.put(r.method);
    canonical.put_byte(b'\n');
    canonical.put(r.encoded_path);
    canonical.put_byte(b'\n');
    canonical.put(r.canonical_query);
    canonical.put_byte(b'\n');
    for (k, v) in headers.iter() {
        canonical.put(k);
        canonical.put_byte(b':');
        canonical.put(v);
        canonical.put_byte(b'\n');
    }
    canonical.put_byte(b'\n');
    canonical.put(&authorization[names_start..]);
    canonical.put_byte(b'\n');
    canonical.put(&content_sha256);
    let digest = canonical.finish();

    let mut string_to_sign = [0u8; STRING_TO_SIGN_LEN];
    let (algorithm, hex) = string_to_sign.split_at_mut(ALGORITHM.len() + 1);
    algorithm[..ALGORITHM.len()].copy_from_slice(ALGORITHM.as_bytes());
    algorithm[ALGORITHM.len()] = b'\n';
    hex_into(&digest, hex.try_into().expect("64 bytes of hex"));

    let mut signature = [0u8; 64];
    let mut mac = key.clone();
    mac.update(&string_to_sign);
    hex_into(&mac.finalize().into_bytes().into(), &mut signature);
    authorization.push_str(SIGNATURE);
    authorization.push_str(hex_str(&signature));

    (
        Signature {
            content_sha256,
            authorization,
        },
        string_to_sign,
    )
}

/// Where a copy of the canonical request goes: nowhere when signing for a
/// request, a `String` for [`Signed`].
trait Record {
    fn keep(&mut self, text: &str);
    fn keep_ascii(&mut self, byte: u8);
}

impl Record for () {
    #[inline(always)]
    fn keep(&mut self, _: &str) {}
    #[inline(always)]
    fn keep_ascii(&mut self, _: u8) {}
}

impl Record for String {
    fn keep(&mut self, text: &str) {
        self.push_str(text);
    }
    fn keep_ascii(&mut self, byte: u8) {
        self.push(char::from(byte));
    }
}

/// SHA-256 of the canonical request, written piece by piece into a
/// buffer on the stack that goes to the hasher when full and at the end
/// (a typical request, under 512 bytes, in one call): the text is never
/// allocated unless `record` keeps a copy, and the hasher is not called
/// for every separator.
struct CanonicalHasher<'r, R> {
    sha: Sha256,
    len: usize,
    buf: [u8; CANONICAL_BUF],
    record: &'r mut R,
}

/// Canonical request text kept before hashing.
const CANONICAL_BUF: usize = 512;

impl<'r, R: Record> CanonicalHasher<'r, R> {
    fn new(record: &'r mut R) -> Self {
        Self {
            sha: Sha256::new(),
            len: 0,
            buf: [0; CANONICAL_BUF],
            record,
        }
    }

    #[inline(always)]
    fn put(&mut self, text: &str) {
        self.record.keep(text);
        self.put_bytes(text.as_bytes());
    }

    /// An ASCII byte (a separator).
    #[inline(always)]
    fn put_byte(&mut self, byte: u8) {
        debug_assert!(byte.is_ascii());
        self.record.keep_ascii(byte);
        self.put_bytes(&[byte]);
    }

    #[inline(always)]
    fn put_bytes(&mut self, bytes: &[u8]) {
        match self.buf.get_mut(self.len..self.len + bytes.len()) {
            Some(room) => {
                room.copy_from_slice(bytes);
                self.len += bytes.len();
            }
            None => self.spill(bytes),
        }
    }

    /// More than the buffer has room for: hash what it holds, and the
    /// bytes too if they would not fit either.
    #[cold]
    fn spill(&mut self, bytes: &[u8]) {
        self.sha.update(&self.buf[..self.len]);
        self.len = 0;
        if bytes.len() > CANONICAL_BUF {
            self.sha.update(bytes);
        } else {
            self.buf[..bytes.len()].copy_from_slice(bytes);
            self.len = bytes.len();
        }
    }

    fn finish(mut self) -> [u8; 32] {
        self.sha.update(&self.buf[..self.len]);
        self.sha.finalize().into()
    }
}

/// Lower-case hex of 32 bytes into a 64-byte buffer, no allocation.
fn hex_into(bytes: &[u8; 32], out: &mut [u8; 64]) {
    // Never fails: the buffer is exactly twice the bytes.
    let _ = hex::encode_to_slice(bytes, out);
}

/// Hex digits as text.
fn hex_str(hex: &[u8; 64]) -> &str {
    // Never fails: hex digits are ASCII.
    std::str::from_utf8(hex).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use hmac::{Hmac, Mac};

    use super::*;

    const ID: &str = "LTAI5tTestAccessKeyId";
    const SECRET: &str = "TestAccessKeySecret0123456789abcd";

    /// The canonical request and Authorization built the plain way, for
    /// comparison: strings joined with `format!`, one-shot hashes.
    fn reference(p: &SigningParams<'_>) -> (String, String) {
        let body_hash = hex::encode(Sha256::digest(p.body));
        let mut headers: Vec<(String, String)> = p
            .headers
            .iter()
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .filter(|(k, _)| {
                !matches!(
                    k.as_str(),
                    "x-acs-date"
                        | "x-acs-signature-nonce"
                        | "x-acs-content-sha256"
                        | "authorization"
                )
            })
            .collect();
        headers.push(("x-acs-date".into(), p.date.into()));
        headers.push(("x-acs-signature-nonce".into(), p.nonce.into()));
        headers.push(("x-acs-content-sha256".into(), body_hash.clone()));
        headers.sort();
        let lines: String = headers.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
        let names: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
        let names = names.join(";");
        let canonical = format!(
            "{}\n{}\n{}\n{lines}\n{names}\n{body_hash}",
            p.method,
            p.encoded_path,
            canonical_query(p.query)
        );
        let to_sign = format!("{ALGORITHM}\n{}", hex::encode(Sha256::digest(&canonical)));
        let mut mac = Hmac::<Sha256>::new_from_slice(p.access_key_secret.as_bytes()).unwrap();
        mac.update(to_sign.as_bytes());
        let signature = hex::encode(mac.finalize().into_bytes());
        let authorization = format!(
            "{ALGORITHM} Credential={},SignedHeaders={names},Signature={signature}",
            p.access_key_id
        );
        (canonical, authorization)
    }

    fn params<'a>(
        query: &'a [(&'a str, &'a str)],
        headers: &'a [(&'a str, &'a str)],
        body: &'a [u8],
    ) -> SigningParams<'a> {
        SigningParams {
            method: "POST",
            encoded_path: "/",
            query,
            headers,
            body,
            access_key_id: ID,
            access_key_secret: SECRET,
            date: "2026-11-24T01:02:03Z",
            nonce: "3156853299f313e23d1673dc12e1703d",
        }
    }

    /// Signs `p` every way there is and checks they all agree.
    fn check(p: &SigningParams<'_>) {
        let (canonical, authorization) = reference(p);
        let signed = sign(p);
        assert_eq!(signed.canonical_request, canonical);
        assert_eq!(signed.authorization, authorization);
        assert_eq!(
            signed.string_to_sign,
            format!("{ALGORITHM}\n{}", hex::encode(Sha256::digest(&canonical)))
        );

        let query = canonical_query(p.query);
        let request = Request::new(p.method, p.encoded_path)
            .canonical_query(&query)
            .headers(p.headers)
            .body(p.body)
            .date(p.date)
            .nonce(p.nonce);
        let key = SigningKey::new(p.access_key_id, p.access_key_secret);
        let signature = key.sign(&request);
        assert_eq!(signature.authorization(), authorization);
        // The key is reused as it is, not consumed.
        assert_eq!(key.sign(&request), signature);
        let creds = crate::Credentials::new(p.access_key_id, p.access_key_secret);
        assert_eq!(creds.signing_key().sign(&request), signature);

        let body_hash = hex::encode(Sha256::digest(p.body));
        assert_eq!(signature.content_sha256(), body_hash);
        let expected_headers = vec![
            ("x-acs-date", p.date.to_string()),
            ("x-acs-signature-nonce", p.nonce.to_string()),
            ("x-acs-content-sha256", body_hash),
            ("authorization", authorization),
        ];
        assert_eq!(signed.headers, expected_headers);
    }

    #[test]
    fn a_typical_rpc_request() {
        let headers = [
            ("host", "ice.cn-shanghai.aliyuncs.com"),
            ("x-acs-action", "GetWorkflowTask"),
            ("x-acs-version", "2020-11-09"),
        ];
        check(&params(
            &[("TaskId", "4215e042b3966ca5441e")],
            &headers,
            b"",
        ));
    }

    #[test]
    fn with_a_security_token_and_names_in_any_case() {
        let headers = [
            ("Host", "ice.cn-shanghai.aliyuncs.com"),
            (" X-Acs-Action ", " GetWorkflowTask "),
            ("x-acs-version", "2020-11-09"),
            ("X-ACS-Security-Token", "CAIS-token/with+odd=chars"),
        ];
        check(&params(&[("TaskId", "t-1"), ("A B", "*")], &headers, b""));
    }

    #[test]
    fn with_a_body() {
        let headers = [
            ("host", "paiflow.cn-hangzhou.aliyuncs.com"),
            ("x-acs-action", "CreatePipelineRun"),
            ("x-acs-version", "2021-02-02"),
            ("content-type", "application/json"),
            ("x-acs-security-token", "sts-token"),
        ];
        check(&params(&[], &headers, br#"{"Name":"run","Args":[1,2,3]}"#));
    }

    #[test]
    fn headers_the_signer_owns_are_replaced() {
        let headers = [
            ("host", "h"),
            ("x-acs-date", "1999-01-01T00:00:00Z"),
            ("Authorization", "old"),
            ("x-acs-content-sha256", "0"),
        ];
        check(&params(&[], &headers, b"body"));
    }

    #[test]
    fn more_headers_than_kept_on_the_stack() {
        let names: Vec<String> = (0..INLINE_HEADERS + 4)
            .map(|i| format!("x-acs-extra-{i:02}"))
            .collect();
        let headers: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "v")).collect();
        check(&params(&[], &headers, b""));
    }

    #[test]
    fn a_canonical_request_longer_than_the_buffer() {
        // Lengths around and well past the stack buffer, hashed in pieces.
        for len in [0, 1, 63, 64, 100, 300, 511, 512, 513, 1000, 5000] {
            let value = "v".repeat(len);
            let headers = [("host", "h"), ("x-acs-long", value.as_str())];
            check(&params(&[("Q", &value)], &headers, b"x"));
        }
    }

    #[test]
    fn the_canonical_hasher_equals_a_one_shot_hash() {
        let text: String = (0..3000u32)
            .map(|i| char::from(b'a' + (i % 26) as u8))
            .collect();
        for piece in [1, 7, 63, 64, 65, 200, 511, 512, 513, 2999] {
            let mut recorded = String::new();
            let mut hasher = CanonicalHasher::new(&mut recorded);
            let mut rest = text.as_str();
            let mut bytewise = true;
            while !rest.is_empty() {
                // Alternate single bytes with pieces, to cross the buffer's
                // end both ways.
                if bytewise {
                    hasher.put_byte(rest.as_bytes()[0]);
                    rest = &rest[1..];
                } else {
                    let (head, tail) = rest.split_at(piece.min(rest.len()));
                    hasher.put(head);
                    rest = tail;
                }
                bytewise = !bytewise;
            }
            let digest: [u8; 32] = Sha256::digest(&text).into();
            assert_eq!(hasher.finish(), digest, "pieces of {piece}");
            assert_eq!(recorded, text);
        }
        // Every length over two fillings of the buffer.
        for len in 0..=2 * CANONICAL_BUF + 70 {
            let mut nothing = ();
            let mut hasher = CanonicalHasher::new(&mut nothing);
            let (head, tail) = text[..len].split_at(len / 3);
            hasher.put(head);
            hasher.put(tail);
            let digest: [u8; 32] = Sha256::digest(&text[..len]).into();
            assert_eq!(hasher.finish(), digest, "{len} bytes");
        }
    }

    #[test]
    fn the_cached_key_is_the_hmac_of_the_secret() {
        for key_len in [0, 1, 20, 63, 64, 65, 200] {
            let secret: Vec<u8> = (0..key_len).map(|i| (i * 7 + 3) as u8).collect();
            let key = hmac_key(&secret);
            for message in [&b""[..], b"ACS3-HMAC-SHA256\n0123", &[b'x'; 200]] {
                let mut cached = key.clone();
                cached.update(message);
                let mut fresh = Hmac::<Sha256>::new_from_slice(&secret).unwrap();
                fresh.update(message);
                assert_eq!(
                    cached.finalize().into_bytes(),
                    fresh.finalize().into_bytes(),
                    "key of {key_len} bytes"
                );
            }
        }
    }

    #[test]
    fn debug_shows_no_secret() {
        let key = SigningKey::new(ID, SECRET);
        let shown = format!("{key:?}");
        assert!(shown.contains(ID) && !shown.contains(SECRET), "{shown}");
        let headers = [("x-acs-security-token", "token-value")];
        let shown = format!("{:?}", Request::new("GET", "/").headers(&headers));
        assert!(!shown.contains("token-value"), "{shown}");
    }
}
