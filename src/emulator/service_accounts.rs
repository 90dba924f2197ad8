//! Service accounts and the tokens issued to them ([`OAuth`]): the accounts of the
//! organization (at most `max_service_accounts_per_org`, fixture ones included, in creation
//! order), whether a client ID and secret are right and unexpired, and what a bearer token is
//! worth: the roles its account holds now, and nothing once its account or the secret that
//! obtained it is deleted. The token endpoint is `oauth.rs`; the tokens' bounds `tokens.rs`;
//! what is kept of an account `sa_records.rs`.

use std::time::{Duration, Instant};

use axum::http::{HeaderMap, header};
use base64::Engine as _;
use chrono::{DateTime, Utc};

use super::principal::Principal;
use super::ratelimit::RateLimit;
use super::sa_records::StoredServiceAccount;
use super::table::Table;
use super::tokens::{Tokens, sha256};

/// Service accounts, the tokens issued to them, and the token endpoint's limits.
pub(crate) struct OAuth {
    pub(crate) accounts: Table<StoredServiceAccount>,
    pub(crate) tokens: Tokens,
}

/// What a bearer token is worth.
pub(crate) enum Bearer {
    Valid(Principal),
    /// Unknown, expired or revoked; or its account or its secret is deleted.
    Invalid,
}

/// Why a secret was not deleted.
pub(crate) enum SecretDeletion {
    Deleted,
    NoAccount,
    NoSecret,
}

impl OAuth {
    /// Tokens that live `lifetime`, a token endpoint limited to `limit` per account and
    /// address, at most `max_accounts` service accounts.
    pub(crate) fn new(lifetime: Duration, limit: RateLimit, max_accounts: usize) -> Self {
        OAuth {
            accounts: Table::new(max_accounts),
            tokens: Tokens::new(lifetime, limit),
        }
    }

    /// Stores `account` (its place reserved with `accounts.reserve()`): it obtains tokens
    /// from now on.
    pub(crate) fn insert(&self, account: StoredServiceAccount) {
        self.tokens.add_account(&account.client_id);
        self.accounts.insert(account);
    }

    /// The service account `client_id` of organization `org_id`.
    pub(crate) fn of_org(&self, org_id: &str, client_id: &str) -> Option<StoredServiceAccount> {
        let account = self.accounts.get(client_id)?;
        (account.org_id == org_id).then_some(account)
    }

    /// Changes the service account `client_id` of `org_id` with `change` (under the table's
    /// lock); `None` when the organization has no such account.
    pub(crate) fn change<E>(
        &self,
        org_id: &str,
        client_id: &str,
        change: impl FnOnce(&mut StoredServiceAccount) -> Result<(), E>,
    ) -> Option<Result<StoredServiceAccount, E>> {
        let mut found = false;
        let changed = self.accounts.update(client_id, |account| {
            if account.org_id != org_id {
                return Ok(());
            }
            found = true;
            change(account)
        });
        changed.filter(|_| found)
    }

    /// Deletes the service account `client_id` of `org_id` with its tokens; what it was.
    pub(crate) fn remove(&self, org_id: &str, client_id: &str) -> Option<StoredServiceAccount> {
        let removed = self.accounts.remove_if(client_id, |a| a.org_id == org_id)?;
        self.tokens.remove_account(client_id);
        Some(removed)
    }

    /// Deletes the secret `secret_id` of the service account `client_id` of `org_id`, and
    /// the tokens it obtained.
    pub(crate) fn delete_secret(
        &self,
        org_id: &str,
        client_id: &str,
        secret_id: &str,
    ) -> SecretDeletion {
        let deleted = self.change(org_id, client_id, |account| {
            let before = account.secrets.len();
            account.secrets.retain(|s| s.id != secret_id);
            match account.secrets.len() < before {
                true => Ok(()),
                false => Err(()),
            }
        });
        match deleted {
            None => SecretDeletion::NoAccount,
            Some(Err(())) => SecretDeletion::NoSecret,
            Some(Ok(_)) => {
                self.tokens.revoke_secret(client_id, secret_id);
                SecretDeletion::Deleted
            }
        }
    }

    /// What a bearer token is worth at `now` (the emulator's clock): its account's roles as
    /// they are now, while the account and the secret that obtained it exist.
    pub(crate) fn bearer(&self, token: &str, now: Instant) -> Bearer {
        let Some((client_id, secret_id)) = self.tokens.holder(token, now) else {
            return Bearer::Invalid;
        };
        match self.accounts.get(&client_id) {
            Some(account) if account.secrets.iter().any(|s| s.id == secret_id) => {
                Bearer::Valid(account.principal())
            }
            _ => Bearer::Invalid,
        }
    }

    /// The service account and secret that `Authorization: Basic` names, `(client ID, secret
    /// ID)`, if the secret is one of its own and has not expired at `now`.
    pub(crate) fn client(
        &self,
        headers: &HeaderMap,
        now: DateTime<Utc>,
    ) -> Option<(String, String)> {
        let (client_id, secret) = basic_credentials(headers)?;
        let account = self.accounts.get(&client_id)?;
        let found = account.secret_matching(&sha256(&secret))?;
        (!found.expired(now)).then(|| (client_id, found.id.clone()))
    }

    /// Records that the secret `secret_id` of `client_id` obtained a token at `now`.
    pub(crate) fn mark_used(&self, client_id: &str, secret_id: &str, now: DateTime<Utc>) {
        self.accounts.update(client_id, |account| {
            let secret = account.secrets.iter_mut().find(|s| s.id == secret_id);
            if let Some(secret) = secret {
                secret.last_used_at = Some(now);
            }
            Ok::<(), ()>(())
        });
    }
}

/// The client ID and secret of `Authorization: Basic`: exactly one `Authorization` header,
/// the scheme name in any case (RFC 7617).
fn basic_credentials(headers: &HeaderMap) -> Option<(String, String)> {
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
    Some((id.to_owned(), secret.to_owned()))
}
