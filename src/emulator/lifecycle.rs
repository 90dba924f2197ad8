//! An organization API key's life, kept in step with what authenticates it: a key is stored
//! with its digest credential, a change of its roles reaches that credential under the key
//! table's lock (so the key's next request acts with its new roles), and a deleted key loses
//! its credential and its access list at once (its next request, even one signed with a
//! nonce it already holds, is a `401`).

use std::sync::Arc;

use axum::http::StatusCode;

use super::config::FixtureKey;
use super::credentials;
use super::errors;
use super::ids::{masked_private_key, uuid_v4};
use super::principal::{Grant, Principal, Who};
use super::records::StoredKey;
use super::refusals;
use super::response::ApiFailure;
use super::state::EmulatorState;

/// A key just made, with its private key in clear for the one answer that shows it.
pub(crate) struct NewKey {
    pub(crate) key: StoredKey,
    pub(crate) private_key: String,
}

impl EmulatorState {
    /// A new API key of `org_id` holding `grants`; it authenticates from now on. Past the
    /// organization's limit, `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.
    pub(crate) fn create_key(
        &self,
        desc: String,
        org_id: &str,
        grants: Vec<Grant>,
    ) -> Result<NewKey, ApiFailure> {
        if !self.keys.reserve() {
            let max = self.keys.max;
            return Err(refusals::max_api_keys_per_org_exceeded(max, org_id));
        }
        let id = self.ids.next();
        let private_key = uuid_v4();
        let principal = principal(&id, &grants);
        let stored =
            (self.credentials).insert_key(&private_key, principal, credentials::public_key);
        let Some(public_key) = stored else {
            self.keys.give_back();
            return Err(errors::unexpected_error(StatusCode::INTERNAL_SERVER_ERROR));
        };
        let key = StoredKey {
            id,
            org_id: org_id.to_owned(),
            desc,
            public_key,
            masked_private_key: masked_private_key(&private_key),
            grants,
        };
        self.keys.insert(key.clone());
        Ok(NewKey { key, private_key })
    }

    /// Creates a fixture key holding `roles` (see `Config::fixture_keys`); `None` when the
    /// organization is full or no free public key could be drawn (refused at start).
    pub(crate) fn add_fixture_key(&self, roles: Vec<String>) -> Option<FixtureKey> {
        let grants = self.fixture_grants(&roles);
        let org_id = self.fixtures.org_id.clone();
        let NewKey { key, private_key } = self
            .create_key("fixture key".into(), &org_id, grants)
            .ok()?;
        self.access_lists
            .admit_loopback(Who::ApiKey { id: key.id.clone() });
        Some(FixtureKey {
            id: key.id,
            public_key: key.public_key,
            private_key,
            roles,
        })
    }

    /// The key `id` of organization `org_id`.
    pub(crate) fn key_of(&self, org_id: &str, id: &str) -> Option<StoredKey> {
        self.keys.get(id).filter(|key| key.org_id == org_id)
    }

    /// Changes the key `id` of `org_id` with `change` and gives its credential the roles it
    /// has then; `None` when the organization has no such key.
    pub(crate) fn change_key(
        &self,
        org_id: &str,
        id: &str,
        change: impl FnOnce(&mut StoredKey) -> Result<(), ApiFailure>,
    ) -> Option<Result<StoredKey, ApiFailure>> {
        self.keys.update(id, |key| {
            if key.org_id != org_id {
                return Err(errors::api_key_not_found(id, StatusCode::NOT_FOUND));
            }
            change(key)?;
            let principal = principal(&key.id, &key.grants);
            self.credentials.set_principal(&key.public_key, principal);
            Ok(())
        })
    }

    /// Deletes the key `id` of `org_id`: its credential and its access list go with it, and
    /// it makes room in the organization. `None` when the organization has no such key.
    pub(crate) fn delete_key(&self, org_id: &str, id: &str) -> Option<StoredKey> {
        let key = self.keys.remove_if(id, |key| key.org_id == org_id)?;
        self.credentials.remove(&key.public_key);
        self.access_lists
            .forget(&Who::ApiKey { id: key.id.clone() });
        Some(key)
    }
}

/// The principal of key `id` holding `grants`.
fn principal(id: &str, grants: &[Grant]) -> Principal {
    Principal {
        who: Who::ApiKey { id: id.to_owned() },
        grants: Arc::from(grants),
    }
}
