//! Who the client authenticates as: a programmatic API key (HTTP Digest), a service account
//! (OAuth 2.0 client credentials, which MongoDB now recommends), or an access token obtained
//! elsewhere. `Debug` never shows a secret.

use std::fmt;
use std::time::SystemTime;

use secrecy::{ExposeSecret as _, SecretString};

use crate::Secret;

/// The credentials of a client.
#[derive(Clone)]
#[non_exhaustive]
pub enum Credentials {
    /// A programmatic API key (or a user name and personal API key), for HTTP Digest.
    ApiKey {
        /// The public key: the digest user name.
        public_key: String,
        /// The private key: the digest password.
        private_key: SecretString,
    },
    /// A service account: its client ID and secret are exchanged for access tokens.
    ServiceAccount {
        /// The client ID (`mdb_sa_id_...`).
        client_id: String,
        /// The client secret (`mdb_sa_sk_...`).
        client_secret: SecretString,
    },
    /// An access token obtained elsewhere, sent as it is; nothing renews it.
    AccessToken(SecretString),
}

impl Credentials {
    /// A programmatic API key: its public and private key.
    pub fn new(public_key: impl Into<String>, private_key: impl Into<String>) -> Self {
        Credentials::ApiKey {
            public_key: public_key.into(),
            private_key: SecretString::from(private_key.into()),
        }
    }

    /// A service account: its client ID and secret.
    pub fn service_account(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Credentials::ServiceAccount {
            client_id: client_id.into(),
            client_secret: SecretString::from(client_secret.into()),
        }
    }

    /// An access token obtained elsewhere.
    pub fn access_token(token: impl Into<String>) -> Self {
        Credentials::AccessToken(SecretString::from(token.into()))
    }

    /// The public key or client ID, when there is one.
    pub fn public_key(&self) -> Option<&str> {
        match self {
            Credentials::ApiKey { public_key, .. } => Some(public_key),
            Credentials::ServiceAccount { client_id, .. } => Some(client_id),
            Credentials::AccessToken(_) => None,
        }
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::ApiKey { public_key, .. } => f
                .debug_struct("ApiKey")
                .field("public_key", public_key)
                .field("private_key", &"[REDACTED]")
                .finish(),
            Credentials::ServiceAccount { client_id, .. } => f
                .debug_struct("ServiceAccount")
                .field("client_id", client_id)
                .field("client_secret", &"[REDACTED]")
                .finish(),
            Credentials::AccessToken(_) => f.write_str("AccessToken([REDACTED])"),
        }
    }
}

/// An access token and when it expires, as a service account's client holds it: to keep
/// between processes (the CLI caches it in a file) and give back with
/// `ClientBuilder::cached_token`, so that a new process does not ask for another.
#[derive(Clone, Debug)]
pub struct AccessToken {
    /// The token.
    pub token: Secret,
    /// When it expires.
    pub expires_at: SystemTime,
}

impl AccessToken {
    pub(crate) fn secret(&self) -> &str {
        self.token.expose_secret()
    }
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &Self) -> bool {
        self.token.expose_secret() == other.token.expose_secret()
            && self.expires_at == other.expires_at
    }
}

/// Whether `token` can be sent as `Authorization: Bearer <token>`: not empty, and only
/// visible ASCII (RFC 6750's `b64token` is narrower; this is what a header can carry without
/// changing it).
pub(crate) fn usable_token(token: &str) -> bool {
    !token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic())
}

/// The secret of `Credentials::ServiceAccount` / `ApiKey`, for the modules that send it.
pub(crate) fn expose(secret: &SecretString) -> &str {
    secret.expose_secret()
}
