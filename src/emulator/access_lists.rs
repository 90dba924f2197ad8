//! The access lists of organization API keys (`/orgs/{orgId}/apiKeys/{apiUserId}/accessList`),
//! on the Admin API v2 and Ops Manager (list, add, read one entry, remove one) and the
//! deprecated v1.0 add. The lists themselves, and the check every call passes, are
//! `access_list_table.rs`.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde_json::{Map, Value};

use super::access_list_table::Stored;
use super::answers::{self, Paged};
use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::principal::{Principal, Who};
use super::products::Api;
use super::refusals;
use super::response::{Answer, ApiFailure, Done, ListAnswer};
use super::state::EmulatorState;
use super::validate::{has_property, parse_json};
use crate::AccessListEntry;
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of access lists, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let list_path = |api: Api| {
        format!(
            "{}/orgs/{{orgId}}/apiKeys/{{apiUserId}}/accessList",
            api.prefix()
        )
    };
    let mut router = Router::new().route(&list_path(Api::AtlasV1), post(add));
    for api in [Api::AtlasV2, Api::Public] {
        router = router.route(&list_path(api), get(list).post(add)).route(
            &format!("{}/{{ipAddress}}", list_path(api)),
            get(read).delete(remove),
        );
    }
    router
}

/// The key the path names, of the organization it names: checked as MongoDB checks them
/// (the organization, the caller's role with `authorize`, the key), and the URL of its list.
fn key_list(
    state: &EmulatorState,
    api: Api,
    ids: &PathIds,
    authorize: impl FnOnce(&str) -> Result<(), ApiFailure>,
) -> Result<(Who, String), ApiFailure> {
    let (org_id, key_id) = (ids.get("orgId"), ids.get("apiUserId"));
    state.check_org(org_id)?;
    authorize(org_id)?;
    if state.key_of(org_id, key_id).is_none() {
        // The deprecated v1.0 add answers it 400, as MongoDB's error-code reference says.
        let status = match api {
            Api::AtlasV1 => StatusCode::BAD_REQUEST,
            Api::AtlasV2 | Api::Public => StatusCode::NOT_FOUND,
        };
        return Err(errors::api_key_not_found(key_id, status));
    }
    let url = format!(
        "{}{}/orgs/{org_id}/apiKeys/{key_id}/accessList",
        state.public_url,
        api.prefix()
    );
    Ok((
        Who::ApiKey {
            id: key_id.to_owned(),
        },
        url,
    ))
}

/// `listOrgApiKeyAccessListEntries`, `listOpsManagerOrgApiKeyAccessListEntries`: any role in
/// the organization. The key's entries, in the order they were added.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedApiUserAccessListResponse>, ApiFailure> {
    let member = |org: &str| authorize::org_member(&state, &principal, org);
    let (who, url) = key_list(&state, api, &ids, member)?;
    let entries = state.access_lists.entries(&who);
    let body = page(&url, &query, entries)?;
    Ok(ListAnswer { api, body })
}

/// `createOrgApiKeyAccessListEntry`, `createOpsManagerOrgApiKeyAccessListEntries`,
/// `createApiKeyAccessListEntries` (v1.0): Organization Owner. Adds the entries the key does
/// not have yet, all or none; answers the first page of its whole list.
async fn add(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<ListAnswer<types::PaginatedApiUserAccessListResponse>, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (who, url) = key_list(&state, api, &ids, owner)?;
    let entries = decode_entries(&body)?;
    let key_id = ids.get("apiUserId");
    let list = (state.access_lists)
        .add(who, &entries)
        .map_err(|(have, adding)| refusals::access_list_limit("API key", key_id, have, adding))?;
    let body = page(&url, &QueryOptions::first_page(), list)?;
    Ok(ListAnswer { api, body })
}

/// `getOrgApiKeyAccessListEntry`, `getOpsManagerOrgApiKeyAccessListEntry`: any role in the
/// organization. The entry for the address or block in the path.
async fn read(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Answer<types::UserAccessListResponse>, ApiFailure> {
    let member = |org: &str| authorize::org_member(&state, &principal, org);
    let (who, url) = key_list(&state, api, &ids, member)?;
    let text = ids.get("ipAddress");
    let found = entry_of(text).and_then(|entry| state.access_lists.find(&who, &entry));
    let stored =
        found.ok_or_else(|| errors::access_list_entry_not_found(text, ids.get("apiUserId")))?;
    Ok(Answer {
        api,
        body: answers::entry(&url, &stored)?,
    })
}

/// `deleteOrgApiKeyAccessListEntry`, `deleteOpsManagerOrgApiKeyAccessListEntry`:
/// Organization Owner. A key cannot remove the entry that lets its own call in.
async fn remove(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (who, _) = key_list(&state, api, &ids, owner)?;
    let (text, key_id) = (ids.get("ipAddress"), ids.get("apiUserId"));
    let not_there = || errors::access_list_entry_not_found(text, key_id);
    let entry = entry_of(text).ok_or_else(not_there)?;
    let caller = peer.ip().to_canonical();
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

/// The entry a path names: an address, or a CIDR block (its `/` sent as `%2F`).
fn entry_of(text: &str) -> Option<AccessListEntry> {
    text.parse().ok()
}

/// The page `query` asks for of `list`.
fn page(
    url: &str,
    query: &QueryOptions<List>,
    list: Vec<Stored>,
) -> Result<types::PaginatedApiUserAccessListResponse, ApiFailure> {
    let page = answers::page_of(query, list);
    let Paged {
        links,
        results,
        total_count,
    } = answers::paged(url, query, &page, |stored| answers::entry(url, stored))?;
    let body = types::PaginatedApiUserAccessListResponse::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    answers::built(body.try_into())
}

/// The body: a non-empty array of objects, each with exactly one of `ipAddress` (an address)
/// and `cidrBlock` (a CIDR block), checked in MongoDB's order with its error codes.
pub(crate) fn decode_entries(body: &[u8]) -> Result<Vec<AccessListEntry>, ApiFailure> {
    let Value::Array(items) = parse_json(body)? else {
        return Err(errors::invalid_json());
    };
    if items.is_empty() {
        return Err(errors::invalid_json());
    }
    items
        .iter()
        .map(|item| match item {
            Value::Object(object) => decode_entry(object),
            _ => Err(errors::invalid_json()),
        })
        .collect()
}

/// One entry: the properties of `AccessListIpAddress` or `AccessListCidrBlock`, the two forms
/// of the spec's `UserAccessListRequest`.
fn decode_entry(object: &Map<String, Value>) -> Result<AccessListEntry, ApiFailure> {
    let known = |k: &String| {
        has_property("AccessListIpAddress", k) || has_property("AccessListCidrBlock", k)
    };
    if let Some(unknown) = object.keys().find(|k| !known(k)) {
        return Err(errors::invalid_attribute(unknown));
    }
    // `null` is not a string: the spec does not make these fields nullable.
    let field = |name: &str| match object.get(name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.as_str())),
        Some(_) => Err(errors::invalid_json_attribute(name)),
    };
    let parsed = match (field("ipAddress")?, field("cidrBlock")?) {
        (Some(_), Some(_)) => return Err(errors::bad_whitelist_add_request()),
        (None, None) => return Err(errors::invalid_ip_address_or_cidr_notation("null")),
        (Some(address), None) => AccessListEntry::parse_address(address).map_err(|_| address),
        (None, Some(block)) => AccessListEntry::parse_block(block).map_err(|_| block),
    };
    parsed.map_err(errors::invalid_ip_address_or_cidr_notation)
}
