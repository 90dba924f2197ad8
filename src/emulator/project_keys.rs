//! Organization API keys in a project (`/groups/{groupId}/apiKeys[/{apiUserId}]`): on the
//! Admin API v2 list, create (and assign), assign an existing key, change its project roles,
//! unassign; on Ops Manager and the deprecated v1.0, create. A key created here is a key of
//! the project's organization like any other (it also gets `ORG_MEMBER` there, as MongoDB
//! makes it), counted in the organization's limit; unassigned, it stays in the organization.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{get, post};
use axum::{Extension, Router};

use super::answers::{self, Paged};
use super::authorize;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::org_keys::not_found;
use super::principal::{Grant, Principal};
use super::products::{Api, RoleScope};
use super::response::{Answer, ApiFailure, Done, ListAnswer};
use super::state::EmulatorState;
use super::validate::{decode_assignment, decode_key_request, decode_update};
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of project keys, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let item = post(assign).patch(update_roles).delete(unassign);
    Router::new()
        .route(
            "/api/atlas/v2/groups/{groupId}/apiKeys",
            get(list).post(create),
        )
        .route("/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}", item)
        .route("/api/public/v1.0/groups/{groupId}/apiKeys", post(create))
        .route("/api/atlas/v1.0/groups/{groupId}/apiKeys", post(create))
}

/// `listGroupApiKeys`: any role in the project (or Organization Owner). The keys assigned
/// to it, in creation order.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedApiKeys>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?;
    authorize::project_reader(&state, &principal, group_id, org_id)?;
    let (skip, count) = answers::window(&query);
    let page = state.keys.page(|k| k.in_project(group_id), skip, count);
    let list_url = format!(
        "{}{}/groups/{group_id}/apiKeys",
        state.public_url,
        api.prefix()
    );
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

/// `createGroupApiKey`, `createOpsManagerProjectApiKey`, `createProjectApiKey` (v1.0):
/// Project Owner, or Organization Owner of its organization. The new key also becomes a
/// member of that organization.
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::ApiKey>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    let (product, scope) = (api.product(), RoleScope::Project);
    let (desc, roles): (String, Vec<String>) = match api {
        Api::Public => {
            let schema = "CreateOpsManagerProjectApiKeyRequest";
            let request: types::CreateOpsManagerProjectApiKeyRequest =
                decode_key_request(schema, &body, product, scope, group_id)?;
            let roles = request.roles.iter().map(ToString::to_string).collect();
            (request.desc.to_string(), roles)
        }
        Api::AtlasV2 | Api::AtlasV1 => {
            let schema = "CreateProjectApiKeyRequest";
            let request: types::CreateProjectApiKeyRequest =
                decode_key_request(schema, &body, product, scope, group_id)?;
            let roles = request.roles.iter().map(ToString::to_string).collect();
            (request.desc.to_string(), roles)
        }
    };
    let mut grants: Vec<Grant> = roles
        .iter()
        .map(|role| Grant::project(group_id, role.clone()))
        .collect();
    grants.push(Grant::org(&org_id, "ORG_MEMBER"));
    let new = state.create_key(desc, &org_id, grants)?;
    state.counters.project_keys.fetch_add(1, Ordering::Relaxed);
    let key = answers::key(&state.public_url, api, &new.key, Some(&new.private_key))?;
    Ok(Answer { api, body: key })
}

/// `addGroupApiKey`: Project Owner (or Organization Owner). Gives a key of the project's
/// organization the roles of the one assignment in the body there (replacing any it had
/// there).
async fn assign(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Done, ApiFailure> {
    let (group_id, key_id) = (ids.get("groupId"), ids.get("apiUserId"));
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    state
        .key_of(&org_id, key_id)
        .ok_or_else(|| not_found(key_id))?;
    let roles = decode_assignment(&body, api.product(), group_id)?;
    let changed = state.change_key(&org_id, key_id, |key| {
        key.set_project_roles(group_id, &roles);
        Ok(())
    });
    changed.ok_or_else(|| not_found(key_id))??;
    Ok(Done(api))
}

/// `updateGroupApiKeyRoles`: Project Owner (or Organization Owner), of a key assigned to the
/// project. The roles given replace its roles there.
async fn update_roles(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::ApiKey>, ApiFailure> {
    let (group_id, key_id) = (ids.get("groupId"), ids.get("apiUserId"));
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    assigned(&state, &org_id, group_id, key_id)?;
    let update = decode_update::<types::UpdateProjectApiKeyRequest>(
        "UpdateProjectApiKeyRequest",
        &body,
        api.product(),
        RoleScope::Project,
        group_id,
    )?;
    let changed = state.change_key(&org_id, key_id, |key| {
        if !key.in_project(group_id) {
            return Err(not_found(key_id));
        }
        if let Some(desc) = &update.desc {
            key.desc = desc.clone();
        }
        if let Some(roles) = &update.roles {
            key.set_project_roles(group_id, roles);
        }
        Ok(())
    });
    let key = changed.ok_or_else(|| not_found(key_id))??;
    let body = answers::key(&state.public_url, api, &key, None)?;
    Ok(Answer { api, body })
}

/// `removeGroupApiKey`: Project Owner (or Organization Owner), of a key assigned to the
/// project. Its roles there are revoked; it stays in the organization.
async fn unassign(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let (group_id, key_id) = (ids.get("groupId"), ids.get("apiUserId"));
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    assigned(&state, &org_id, group_id, key_id)?;
    let changed = state.change_key(&org_id, key_id, |key| match key.in_project(group_id) {
        true => {
            key.set_project_roles(group_id, &[]);
            Ok(())
        }
        false => Err(not_found(key_id)),
    });
    changed.ok_or_else(|| not_found(key_id))??;
    Ok(Done(api))
}

/// The key `key_id` of `org_id`, assigned to `group_id`; else `404 API_KEY_NOT_FOUND`.
fn assigned(
    state: &EmulatorState,
    org_id: &str,
    group_id: &str,
    key_id: &str,
) -> Result<(), ApiFailure> {
    match state.key_of(org_id, key_id) {
        Some(key) if key.in_project(group_id) => Ok(()),
        _ => Err(not_found(key_id)),
    }
}
