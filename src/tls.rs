//! TLS for the SDK's own HTTP client: rustls with the ring provider, given
//! to reqwest as a ready `ClientConfig`, so library code never installs a
//! process-wide crypto provider (an application's own choice stays its own).

use std::sync::Arc;

/// A rustls configuration using ring and the platform's certificate
/// verifier, offering HTTP/2 and HTTP/1.1.
pub(crate) fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_process_wide_provider_is_installed() {
        super::client_config().unwrap();
        crate::Config::builder().build().unwrap();
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
    }
}
