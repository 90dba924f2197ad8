//! A service account's secrets (`/orgs/{orgId}/serviceAccounts/{clientId}/secrets`), on the
//! Admin API v2 and on Cloud Manager: create (its value shown this once; at most 2 a service
//! account, the others cut to 7 days) and delete (the token endpoint refuses it, and the
//! tokens it obtained are refused, from then on).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{delete, post};
use axum::{Extension, Router};

use super::authorize;
use super::errors;
use super::extract::{BodyType, NoList, PathIds, QueryOptions};
use super::org_service_accounts::{account_of, rules_of};
use super::principal::Principal;
use super::products::Api;
use super::response::{ApiFailure, Created, Done};
use super::sa_answers::secret;
use super::sa_validate::decode_secret;
use super::service_accounts::SecretDeletion;
use super::state::EmulatorState;
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of secrets, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let mut router = Router::new();
    for api in [Api::AtlasV2, Api::Public] {
        let secrets = format!(
            "{}/orgs/{{orgId}}/serviceAccounts/{{clientId}}/secrets",
            api.prefix()
        );
        router = router
            .route(&secrets, post(create))
            .route(&format!("{secrets}/{{secretId}}"), delete(remove));
    }
    router
}

/// `createOrgServiceAccountSecret`, `createCloudManagerOrgServiceAccountSecret`:
/// Organization Owner. `201` with the secret's value, shown this once.
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Created<types::ServiceAccountSecret>, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, owner)?;
    let hours = decode_secret(rules_of(api), &body)?;
    let added = state.add_secret(&org_id, &account.client_id, hours);
    let (stored, value) = added.ok_or_else(|| errors::resource_not_found(ids.path()))??;
    let body = secret(&stored, Some(&value))?;
    Ok(Created { api, body })
}

/// `deleteOrgServiceAccountSecret`, `deleteCloudManagerOrgServiceAccountSecret`:
/// Organization Owner.
async fn remove(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, owner)?;
    let secret_id = ids.get("secretId");
    match state
        .oauth
        .delete_secret(&org_id, &account.client_id, secret_id)
    {
        SecretDeletion::Deleted => Ok(Done(api)),
        SecretDeletion::NoAccount | SecretDeletion::NoSecret => {
            Err(errors::resource_not_found(ids.path()))
        }
    }
}
