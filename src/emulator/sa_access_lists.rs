//! A service account's access list (`/orgs/{orgId}/serviceAccounts/{clientId}/accessList`),
//! on the Admin API v2 and on Cloud Manager: list, add (at most 200 entries a request, 500 a
//! service account), remove one. The lists themselves, and the check every call of a token
//! passes, are `access_list_table.rs`, as for API keys.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::routing::{delete, get};
use axum::{Extension, Router};

use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::org_service_accounts::account_of;
use super::principal::Principal;
use super::products::Api;
use super::refusals;
use super::response::{ApiFailure, Done, ListAnswer};
use super::sa_answers::entries_page;
use super::sa_validate::decode_entries;
use super::state::EmulatorState;
use crate::AccessListEntry;
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of service accounts' access lists, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let mut router = Router::new();
    for api in [Api::AtlasV2, Api::Public] {
        let list = format!(
            "{}/orgs/{{orgId}}/serviceAccounts/{{clientId}}/accessList",
            api.prefix()
        );
        router = router
            .route(&list, get(self::list).post(add))
            .route(&format!("{list}/{{ipAddress}}"), delete(remove));
    }
    router
}

/// The URL of the access list of `client_id` of `org_id` under `api`.
fn list_url(state: &EmulatorState, api: Api, org_id: &str, client_id: &str) -> String {
    format!(
        "{}{}/orgs/{org_id}/serviceAccounts/{client_id}/accessList",
        state.public_url,
        api.prefix()
    )
}

/// `listOrgServiceAccountAccessList`, `listCloudManagerOrgServiceAccountAccessList`: any role
/// in the organization. Its entries, in the order they were added.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedServiceAccountIpAccessListEntries>, ApiFailure> {
    let member = |org: &str| authorize::org_member(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, member)?;
    let entries = state.access_lists.entries(&account.who());
    let url = list_url(&state, api, &org_id, &account.client_id);
    let body = entries_page(&url, &query, entries)?;
    Ok(ListAnswer { api, body })
}

/// `createOrgServiceAccountAccessList`, `createCloudManagerOrgServiceAccountAccessList`:
/// Organization Owner. Adds the entries it does not have yet, all or none; answers the first
/// page of its whole list.
async fn add(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<ListAnswer<types::PaginatedServiceAccountIpAccessListEntries>, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, owner)?;
    let entries = decode_entries(&body)?;
    let client_id = &account.client_id;
    let list = (state.access_lists).add(account.who(), &entries);
    let list = list.map_err(|(have, adding)| {
        refusals::access_list_limit("service account", client_id, have, adding)
    })?;
    // Deleted meanwhile: its list goes with it.
    if state.oauth.of_org(&org_id, client_id).is_none() {
        state.access_lists.forget(&account.who());
        return Err(errors::resource_not_found(ids.path()));
    }
    let url = list_url(&state, api, &org_id, client_id);
    let body = entries_page(&url, &QueryOptions::first_page(), list)?;
    Ok(ListAnswer { api, body })
}

/// `deleteOrgServiceAccountAccessListEntry`,
/// `deleteCloudManagerOrgServiceAccountAccessListEntry`: Organization Owner. A service
/// account cannot remove the entry that lets its own call in.
async fn remove(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (_, account) = account_of(&state, &ids, owner)?;
    let not_there = || errors::resource_not_found(ids.path());
    let entry: AccessListEntry = ids.get("ipAddress").parse().map_err(|_| not_there())?;
    let (who, caller) = (account.who(), peer.ip().to_canonical());
    let removed = state.access_lists.remove(&who, &entry, |stored| {
        match principal.who == who && stored.entry.contains(caller) {
            true => Err(errors::cannot_remove_caller_from_access_list(
                &caller.to_string(),
            )),
            false => Ok(()),
        }
    })?;
    match removed {
        true => Ok(Done(api)),
        false => Err(not_there()),
    }
}
