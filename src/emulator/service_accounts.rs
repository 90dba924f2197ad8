//! Service accounts and the tokens issued to them ([`OAuth`]): who a client ID is, whether
//! its secret is right, and what a bearer token is worth. The token endpoint itself is
//! `oauth.rs`; the tokens' bounds are `tokens.rs`.

use std::time::Duration;

use axum::http::{HeaderMap, header};
use base64::Engine as _;
use dashmap::DashMap;

use super::principal::Principal;
use super::ratelimit::RateLimit;
use super::tokens::{Tokens, sha256};

/// A service account: its secret's hash and who it acts as.
pub(crate) struct ServiceAccount {
    secret_hash: [u8; 32],
    pub(crate) principal: Principal,
}

/// Service accounts, the tokens issued to them, and the token endpoint's limits.
pub(crate) struct OAuth {
    accounts: DashMap<String, ServiceAccount>,
    pub(crate) tokens: Tokens,
}

/// What a bearer token is worth.
pub(crate) enum Bearer {
    Valid(Principal),
    /// Unknown, expired or revoked.
    Invalid,
}

impl OAuth {
    pub(crate) fn new(lifetime: Duration, limit: RateLimit) -> Self {
        OAuth {
            accounts: DashMap::new(),
            tokens: Tokens::new(lifetime, limit),
        }
    }

    /// Lets `client_id` with `secret` obtain tokens acting as `principal`.
    pub(crate) fn add_account(&self, client_id: &str, secret: &str, principal: Principal) {
        let account = ServiceAccount {
            secret_hash: sha256(secret),
            principal,
        };
        self.accounts.insert(client_id.to_owned(), account);
        self.tokens.add_account(client_id);
    }

    /// The principal of a bearer token.
    pub(crate) fn bearer(&self, token: &str) -> Bearer {
        match self.tokens.principal(token) {
            Some(principal) => Bearer::Valid(principal),
            None => Bearer::Invalid,
        }
    }

    /// The service account `Authorization: Basic` names, if its secret is right.
    /// Exactly one `Authorization` header; the scheme name in any case (RFC 7617).
    pub(crate) fn client(&self, headers: &HeaderMap) -> Option<(String, Principal)> {
        let mut values = headers.get_all(header::AUTHORIZATION).iter();
        let (Some(value), None) = (values.next(), values.next()) else {
            return None;
        };
        let (scheme, encoded) = value.to_str().ok()?.split_once(' ')?;
        if !scheme.eq_ignore_ascii_case("basic") {
            return None;
        }
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(encoded.trim())
            .ok()?;
        let decoded = String::from_utf8(decoded).ok()?;
        let (id, secret) = decoded.split_once(':')?;
        let account = self.accounts.get(id)?;
        crate::digest::constant_time_eq(&account.secret_hash, &sha256(secret))
            .then(|| (id.to_owned(), account.principal.clone()))
    }
}
