//! An organization's API keys (`/orgs/{orgId}/apiKeys[/{apiUserId}]`), on the Admin API v2,
//! on Ops Manager, and the deprecated v1.0 create: list, create, read, update, delete. Each
//! handler checks the path's organization, the caller's role, then the key and the body,
//! and answers with the types generated from the spec. Authentication, the version, rate
//! limits, faults, `envelope` and `pretty` happen around them (see the router in `mod.rs`).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, post};
use axum::{Extension, Router};

use super::answers::{self, Paged};
use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::principal::{Grant, Principal};
use super::products::{Api, RoleScope};
use super::records::StoredKey;
use super::response::{Answer, ApiFailure, Done, ListAnswer};
use super::state::EmulatorState;
use super::validate::{decode_key_request, decode_update};
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of organization keys, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let item = || -> MethodRouter<Arc<EmulatorState>> { get(read).patch(update).delete(delete) };
    Router::new()
        .route("/api/atlas/v2/orgs/{orgId}/apiKeys", get(list).post(create))
        .route("/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}", item())
        .route(
            "/api/public/v1.0/orgs/{orgId}/apiKeys",
            get(list).post(create),
        )
        .route("/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}", item())
        .route("/api/atlas/v1.0/orgs/{orgId}/apiKeys", post(create))
}

/// `listOrgApiKeys`, `listOpsManagerOrgApiKeys`: any role in the organization. Every key of
/// it, project keys included, in creation order.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedApiKeys>, ApiFailure> {
    let org_id = ids.get("orgId");
    state.check_org(org_id)?;
    authorize::org_member(&state, &principal, org_id)?;
    let (skip, count) = answers::window(&query);
    let page = state.keys.page(|k| k.org_id == org_id, skip, count);
    let list_url = format!("{}{}/orgs/{org_id}/apiKeys", state.public_url, api.prefix());
    let origin = &state.public_url;
    let Paged {
        links,
        results,
        total_count,
    } = answers::paged(&list_url, &query, &page, |k| {
        answers::key(origin, api, k, None)
    })?;
    let body = types::PaginatedApiKeys::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    Ok(ListAnswer {
        api,
        body: answers::built(body.try_into())?,
    })
}

/// `createOrgApiKey`, `createOpsManagerOrgApiKey`, `createApiKey` (v1.0): Organization Owner.
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::ApiKey>, ApiFailure> {
    let org_id = ids.get("orgId");
    state.check_org(org_id)?;
    authorize::org_owner(&state, &principal, org_id)?;
    let (product, scope) = (api.product(), RoleScope::Org);
    let (desc, roles): (String, Vec<String>) = match api {
        Api::Public => {
            let schema = "CreateOpsManagerOrgApiKeyRequest";
            let request: types::CreateOpsManagerOrgApiKeyRequest =
                decode_key_request(schema, &body, product, scope, org_id)?;
            let roles = request.roles.iter().map(ToString::to_string).collect();
            (request.desc.to_string(), roles)
        }
        Api::AtlasV2 | Api::AtlasV1 => {
            let schema = "CreateOrgApiKeyRequest";
            let request: types::CreateOrgApiKeyRequest =
                decode_key_request(schema, &body, product, scope, org_id)?;
            let roles = request.roles.iter().map(ToString::to_string).collect();
            (request.desc.to_string(), roles)
        }
    };
    let grants = org_grants(org_id, &roles);
    let new = state.create_key(desc, org_id, grants)?;
    state.counters.org_keys.fetch_add(1, Ordering::Relaxed);
    let key = answers::key(&state.public_url, api, &new.key, Some(&new.private_key))?;
    Ok(Answer { api, body: key })
}

/// `getOrgApiKey`, `getOpsManagerOrgApiKey`: any role in the organization.
async fn read(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Answer<types::ApiKey>, ApiFailure> {
    let (org_id, key_id) = (ids.get("orgId"), ids.get("apiUserId"));
    state.check_org(org_id)?;
    authorize::org_member(&state, &principal, org_id)?;
    let key = state
        .key_of(org_id, key_id)
        .ok_or_else(|| not_found(key_id))?;
    let body = answers::key(&state.public_url, api, &key, None)?;
    Ok(Answer { api, body })
}

/// `updateOrgApiKey`, `updateOpsManagerOrgApiKey`: Organization Owner. The roles given
/// replace the key's organization roles; its project roles stay.
async fn update(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::ApiKey>, ApiFailure> {
    let (org_id, key_id) = (ids.get("orgId"), ids.get("apiUserId"));
    state.check_org(org_id)?;
    authorize::org_owner(&state, &principal, org_id)?;
    state
        .key_of(org_id, key_id)
        .ok_or_else(|| not_found(key_id))?;
    let (product, scope) = (api.product(), RoleScope::Org);
    let update = match api {
        Api::Public => decode_update::<types::UpdateOpsManagerOrgApiKeyRequest>(
            "UpdateOpsManagerOrgApiKeyRequest",
            &body,
            product,
            scope,
            org_id,
        )?,
        Api::AtlasV2 | Api::AtlasV1 => decode_update::<types::UpdateOrgApiKeyRequest>(
            "UpdateOrgApiKeyRequest",
            &body,
            product,
            scope,
            org_id,
        )?,
    };
    let changed = state.change_key(org_id, key_id, |key: &mut StoredKey| {
        if let Some(desc) = &update.desc {
            key.desc = desc.clone();
        }
        if let Some(roles) = &update.roles {
            key.set_org_roles(roles);
        }
        Ok(())
    });
    let key = changed.ok_or_else(|| not_found(key_id))??;
    let body = answers::key(&state.public_url, api, &key, None)?;
    Ok(Answer { api, body })
}

/// `deleteOrgApiKey`, `deleteOpsManagerOrgApiKey`: Organization Owner. The key leaves every
/// project, and its next request is refused.
async fn delete(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let (org_id, key_id) = (ids.get("orgId"), ids.get("apiUserId"));
    state.check_org(org_id)?;
    authorize::org_owner(&state, &principal, org_id)?;
    state
        .delete_key(org_id, key_id)
        .ok_or_else(|| not_found(key_id))?;
    Ok(Done(api))
}

/// `roles` in organization `org_id`.
pub(crate) fn org_grants(org_id: &str, roles: &[String]) -> Vec<Grant> {
    roles
        .iter()
        .map(|role| Grant::org(org_id, role.clone()))
        .collect()
}

/// `404 API_KEY_NOT_FOUND`.
pub(crate) fn not_found(key_id: &str) -> ApiFailure {
    errors::api_key_not_found(key_id, StatusCode::NOT_FOUND)
}
