//! Authorizes one attempt: the ACS3 adapter around the pure signer in
//! [`crate::signing`], or a bearer API key.

use http::header::{AUTHORIZATION, HeaderName, HeaderValue};
use rand::RngCore;

use super::{Handle, Wire};
use crate::service::AuthScheme;
use crate::{Error, signing};

/// Adds the authorization headers to `headers`: for ACS3 a new date and a
/// new random 128-bit nonce every time.
pub(crate) async fn authorize(
    handle: &Handle,
    wire: &Wire,
    headers: &mut http::HeaderMap,
) -> Result<(), Error> {
    if wire.unsigned {
        return unsigned(handle, wire, headers);
    }
    match handle.service.auth {
        AuthScheme::Acs3HmacSha256 => sign_acs3(handle, wire, headers).await,
        AuthScheme::Bearer => {
            let key = handle.api_key.as_ref().ok_or_else(|| {
                Error::Config(format!(
                    "{} needs an API key; set Config::builder().api_key(..)",
                    handle.service.module
                ))
            })?;
            let mut value =
                HeaderValue::try_from(format!("Bearer {}", key.expose())).map_err(|_| {
                    Error::Config("the API key holds characters not allowed in a header".into())
                })?;
            value.set_sensitive(true);
            headers.insert(AUTHORIZATION, value);
            Ok(())
        }
        #[allow(unreachable_patterns)]
        other => Err(Error::Config(format!(
            "authentication scheme {other:?} is not supported"
        ))),
    }
}

/// An operation sent without authentication (`security: []`): no
/// credentials are asked for and nothing is signed. An Alibaba Cloud API
/// still names the action and version, with a date and a nonce as its
/// signed calls have; a bearer API gets no `Authorization`.
fn unsigned(handle: &Handle, wire: &Wire, headers: &mut http::HeaderMap) -> Result<(), Error> {
    if handle.service.auth != AuthScheme::Acs3HmacSha256 {
        return Ok(());
    }
    let bad = |name: &str| {
        Error::InvalidRequest(format!(
            "header {name} holds characters not allowed in a header"
        ))
    };
    let version = handle.service.version.unwrap_or_default();
    let date = acs3_date(time::OffsetDateTime::from(
        handle.clock.now(std::time::SystemTime::now()),
    ));
    let mut nonce = [0u8; 16];
    rand::rng().fill_bytes(&mut nonce);
    for (name, value) in [
        ("x-acs-action", wire.action.to_string()),
        ("x-acs-version", version.to_string()),
        ("x-acs-date", date),
        ("x-acs-signature-nonce", hex::encode(nonce)),
    ] {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::try_from(value).map_err(|_| bad(name))?,
        );
    }
    tracing::trace!(action = wire.action, "request sent unsigned (security: [])");
    Ok(())
}

async fn sign_acs3(
    handle: &Handle,
    wire: &Wire,
    headers: &mut http::HeaderMap,
) -> Result<(), Error> {
    let service = handle.service;
    let provider = handle.credentials.as_ref().ok_or_else(|| {
        Error::Config(format!(
            "{} needs Alibaba Cloud credentials; set Config::builder().credentials(..)",
            service.module
        ))
    })?;
    let creds = provider
        .provide_credentials()
        .await
        .map_err(Error::Credentials)?;
    let action = wire.action;
    let version = service.version.unwrap_or_default();
    // The local clock, corrected by what a service said about it.
    let date = acs3_date(time::OffsetDateTime::from(
        handle.clock.now(std::time::SystemTime::now()),
    ));
    let mut nonce = [0u8; 16];
    rand::rng().fill_bytes(&mut nonce);
    let mut nonce_hex = [0u8; 32];
    // Never fails: the buffer is exactly twice the nonce.
    let _ = hex::encode_to_slice(nonce, &mut nonce_hex);
    let nonce = std::str::from_utf8(&nonce_hex).unwrap_or_default();

    let token = creds.security_token().map(|t| t.expose());
    let mut to_sign: [(&str, &str); 5] = [("", ""); 5];
    let mut n = 0;
    // In sorted order already, which the signer's sort is quickest with.
    for (k, v) in [
        ("content-type", wire.content_type),
        ("host", Some(handle.host.as_str())),
        ("x-acs-action", Some(action)),
        ("x-acs-security-token", token),
        ("x-acs-version", Some(version)),
    ] {
        if let Some(v) = v {
            to_sign[n] = (k, v);
            n += 1;
        }
    }
    // Keyed once per credentials value (see `Credentials::signing_key`).
    let signature = creds.signing_key().sign(
        &signing::Request::new(wire.method.as_str(), &wire.path)
            .canonical_query(&wire.query)
            .headers(&to_sign[..n])
            .body(&wire.body)
            .date(&date)
            .nonce(nonce),
    );
    let bad = |name: &str| {
        Error::InvalidRequest(format!(
            "header {name} holds characters not allowed in a header"
        ))
    };
    headers.insert(
        http::header::HOST,
        HeaderValue::from_str(&handle.host).map_err(|_| bad("host"))?,
    );
    headers.insert(
        HeaderName::from_static("x-acs-action"),
        HeaderValue::from_str(action).map_err(|_| bad("x-acs-action"))?,
    );
    headers.insert(
        HeaderName::from_static("x-acs-version"),
        HeaderValue::from_str(version).map_err(|_| bad("x-acs-version"))?,
    );
    if let Some(token) = token {
        let mut v = HeaderValue::from_str(token).map_err(|_| bad("x-acs-security-token"))?;
        v.set_sensitive(true);
        headers.insert(HeaderName::from_static("x-acs-security-token"), v);
    }
    let nonce = HeaderValue::from_str(nonce).map_err(|_| bad("x-acs-signature-nonce"))?;
    // A `String` becomes a header value without a copy.
    let date = HeaderValue::try_from(date).map_err(|_| bad("x-acs-date"))?;
    let (content_sha256, authorization) = signature.into_parts();
    let content_sha256 = match content_sha256 {
        std::borrow::Cow::Borrowed(hash) => HeaderValue::from_static(hash),
        std::borrow::Cow::Owned(hash) => {
            HeaderValue::try_from(hash).map_err(|_| bad("x-acs-content-sha256"))?
        }
    };
    let mut authorization =
        HeaderValue::try_from(authorization).map_err(|_| bad("authorization"))?;
    authorization.set_sensitive(true);
    headers.insert(HeaderName::from_static("x-acs-date"), date);
    headers.insert(HeaderName::from_static("x-acs-signature-nonce"), nonce);
    headers.insert(
        HeaderName::from_static("x-acs-content-sha256"),
        content_sha256,
    );
    headers.insert(AUTHORIZATION, authorization);
    tracing::trace!(action, "request signed");
    Ok(())
}

/// `x-acs-date`: UTC, `yyyy-MM-ddTHH:mm:ssZ`.
pub(crate) fn acs3_date(now: time::OffsetDateTime) -> String {
    let now = now.to_offset(time::UtcOffset::UTC);
    let mut s = String::with_capacity(20);
    use std::fmt::Write;
    let _ = write!(
        s,
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_has_the_acs3_shape_in_utc() {
        let t = time::macros::datetime!(2026-01-02 03:04:05 +08:00);
        assert_eq!(acs3_date(t), "2026-01-01T19:04:05Z");
    }
}
