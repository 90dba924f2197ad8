//! A service account's life kept in step with what authenticates it, as `lifecycle.rs` does
//! for API keys: a new account obtains tokens with its first secret at once; a new secret cuts
//! the others to 7 days; a deleted account loses its tokens and its access list at once (its
//! next request is a `401`). Its dates are read on the emulator's clock.

use super::config::FixtureServiceAccount;
use super::errors;
use super::principal::Grant;
use super::refusals;
use super::response::ApiFailure;
use super::sa_records::{MAX_SECRETS, StoredSecret, StoredServiceAccount};
use super::state::EmulatorState;

/// How long a fixture service account's secret is valid: the longest Atlas allows.
const FIXTURE_SECRET_HOURS: u32 = 8760;

/// Draws of a client ID before giving up: 96 random bits collide with one of at most 100,000
/// accounts about once in 10^24 draws; only a broken generator gets this far.
const DRAWS: usize = 8;

/// A service account just made, with its first secret in clear for the one answer that shows
/// it.
pub(crate) struct NewServiceAccount {
    pub(crate) account: StoredServiceAccount,
    pub(crate) secret: String,
}

/// What a new service account is: its organization, name, description and roles.
pub(crate) struct Blueprint<'a> {
    pub(crate) org_id: &'a str,
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) grants: Vec<Grant>,
}

impl EmulatorState {
    /// A new service account of `blueprint` with a first secret valid `hours`; it obtains
    /// tokens from now on. Past the organization's limit, `400
    /// EMULATOR_SERVICE_ACCOUNT_LIMIT`.
    pub(crate) fn create_service_account(
        &self,
        blueprint: Blueprint<'_>,
        hours: u32,
    ) -> Result<NewServiceAccount, ApiFailure> {
        let secret = secret_value();
        self.store_service_account(blueprint, &secret, None, hours)
            .map(|account| NewServiceAccount { account, secret })
    }

    /// Stores a service account with the secret `secret` (under `client_id` when given, a new
    /// one otherwise).
    fn store_service_account(
        &self,
        blueprint: Blueprint<'_>,
        secret: &str,
        client_id: Option<&str>,
        hours: u32,
    ) -> Result<StoredServiceAccount, ApiFailure> {
        let accounts = &self.oauth.accounts;
        if !accounts.reserve() {
            return Err(refusals::service_account_limit(
                accounts.max,
                blueprint.org_id,
            ));
        }
        let drawn = match client_id {
            Some(id) => Some(id.to_owned()),
            None => (0..DRAWS)
                .map(|_| client_id_value())
                .find(|id| accounts.get(id).is_none()),
        };
        let Some(client_id) = drawn else {
            accounts.give_back();
            return Err(errors::unexpected_error(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            ));
        };
        let now = self.clock.now();
        let account = StoredServiceAccount {
            client_id,
            org_id: blueprint.org_id.to_owned(),
            name: blueprint.name,
            description: blueprint.description,
            created_at: now,
            grants: blueprint.grants,
            secrets: vec![StoredSecret::new(self.ids.next(), secret, now, hours)],
        };
        self.oauth.insert(account.clone());
        Ok(account)
    }

    /// A new secret, valid `hours`, for the service account `client_id` of `org_id`, with its
    /// value in clear for the one answer that shows it; `None` when there is no such account,
    /// `400 VALIDATION_ERROR` when it holds [`MAX_SECRETS`] already.
    pub(crate) fn add_secret(
        &self,
        org_id: &str,
        client_id: &str,
        hours: u32,
    ) -> Option<Result<(StoredSecret, String), ApiFailure>> {
        let value = secret_value();
        let now = self.clock.now();
        let secret = StoredSecret::new(self.ids.next(), &value, now, hours);
        let changed = self.oauth.change(org_id, client_id, |account| {
            match account.add_secret(secret.clone(), now) {
                true => Ok(()),
                false => Err(errors::too_many_secrets(MAX_SECRETS)),
            }
        })?;
        Some(changed.map(|_| (secret, value)))
    }

    /// Deletes the service account `client_id` of `org_id`: its tokens and its access list go
    /// with it, and it makes room in the organization.
    pub(crate) fn delete_service_account(
        &self,
        org_id: &str,
        client_id: &str,
    ) -> Option<StoredServiceAccount> {
        let removed = self.oauth.remove(org_id, client_id)?;
        self.access_lists.forget(&removed.who());
        Some(removed)
    }

    /// Registers a fixture service account as a service account of the fixture organization,
    /// its secret valid 365 days; `false` when the organization is full (refused at start).
    pub(crate) fn add_fixture_service_account(&self, account: &FixtureServiceAccount) -> bool {
        let blueprint = Blueprint {
            org_id: &self.fixtures.org_id,
            name: "fixture service account".into(),
            description: "fixture service account".into(),
            grants: self.fixture_grants(&account.roles),
        };
        let id = Some(account.client_id.as_str());
        let stored =
            self.store_service_account(blueprint, &account.client_secret, id, FIXTURE_SECRET_HOURS);
        let Ok(stored) = stored else {
            return false;
        };
        self.access_lists.admit_loopback(stored.who());
        true
    }
}

/// A service account's client ID, as Atlas makes them: `mdb_sa_id_` and 24 hex digits.
pub(crate) fn client_id_value() -> String {
    format!(
        "mdb_sa_id_{}",
        crate::digest::hex(&crate::random::bytes::<12>())
    )
}

/// A service account's secret, as Atlas makes them: `mdb_sa_sk_` and random characters.
pub(crate) fn secret_value() -> String {
    format!(
        "mdb_sa_sk_{}",
        crate::digest::hex(&crate::random::bytes::<20>())
    )
}
