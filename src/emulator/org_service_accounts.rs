//! An organization's service accounts (`/orgs/{orgId}/serviceAccounts[/{clientId}]`), on the
//! Admin API v2 and on Cloud Manager (`/api/public/v1.0`, with its roles and lifetimes): list,
//! create (with its first secret, shown this once), read, update, delete, and the projects of
//! one (v2). Each handler checks the path's organization, the caller's role, then the account
//! and the body; secrets are `sa_secrets.rs`, access lists `sa_access_lists.rs`, a project's
//! service accounts `group_service_accounts.rs`.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::{MethodRouter, get};
use axum::{Extension, Router};

use super::answers::{self, Paged};
use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::principal::{Grant, Principal};
use super::products::Api;
use super::records::set_org_roles;
use super::response::{Answer, ApiFailure, Created, Done, ListAnswer};
use super::sa_answers::{first_secret, groups_page, org_account};
use super::sa_lifecycle::Blueprint;
use super::sa_records::StoredServiceAccount;
use super::sa_validate::{Rules, decode_create, decode_update};
use super::state::EmulatorState;
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// The routes of an organization's service accounts, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let item = || -> MethodRouter<Arc<EmulatorState>> { get(read).patch(update).delete(delete) };
    let mut router = Router::new().route(
        "/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/groups",
        get(groups),
    );
    for api in [Api::AtlasV2, Api::Public] {
        let list = format!("{}/orgs/{{orgId}}/serviceAccounts", api.prefix());
        router = router
            .route(&list, get(self::list).post(create))
            .route(&format!("{list}/{{clientId}}"), item());
    }
    router
}

/// The rules of `api`'s service accounts: Atlas's, or Cloud Manager's.
pub(crate) fn rules_of(api: Api) -> Rules {
    match api {
        Api::Public => Rules::CloudManager,
        Api::AtlasV2 | Api::AtlasV1 => Rules::AtlasOrg,
    }
}

/// The service account the path names (`clientId`), of the organization it names, checked as
/// MongoDB checks them: the organization, the caller's role with `authorize`, the account
/// (`404 RESOURCE_NOT_FOUND`, naming the request's path, when the organization has none of
/// that client ID). The organization's ID and the account.
pub(crate) fn account_of(
    state: &EmulatorState,
    ids: &PathIds,
    authorize: impl FnOnce(&str) -> Result<(), ApiFailure>,
) -> Result<(String, StoredServiceAccount), ApiFailure> {
    let org_id = ids.get("orgId");
    state.check_org(org_id)?;
    authorize(org_id)?;
    let account = state.oauth.of_org(org_id, ids.get("clientId"));
    let account = account.ok_or_else(|| errors::resource_not_found(ids.path()))?;
    Ok((org_id.to_owned(), account))
}

/// `listOrgServiceAccounts`, `listCloudManagerOrgServiceAccounts`: any role in the
/// organization. Every service account of it (project ones included), in creation order.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedOrgServiceAccounts>, ApiFailure> {
    let org_id = ids.get("orgId");
    state.check_org(org_id)?;
    authorize::org_member(&state, &principal, org_id)?;
    let (skip, count) = answers::window(&query);
    let page = (state.oauth.accounts).page(|a| a.org_id == org_id, skip, count);
    let url = format!(
        "{}{}/orgs/{org_id}/serviceAccounts",
        state.public_url,
        api.prefix()
    );
    let Paged {
        links,
        results,
        total_count,
    } = answers::paged(&url, &query, &page, |a| org_account(a, None))?;
    let body = types::PaginatedOrgServiceAccounts::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    Ok(ListAnswer {
        api,
        body: answers::built(body.try_into())?,
    })
}

/// `createOrgServiceAccount`, `createCloudManagerOrgServiceAccount`: Organization Owner.
/// `201` with its first secret, shown this once.
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Created<types::OrgServiceAccount>, ApiFailure> {
    let org_id = ids.get("orgId");
    state.check_org(org_id)?;
    authorize::org_owner(&state, &principal, org_id)?;
    let request = decode_create(rules_of(api), &body, org_id)?;
    let grants = (request.roles.iter())
        .map(|role| Grant::org(org_id, role.clone()))
        .collect();
    let blueprint = Blueprint {
        org_id,
        name: request.name,
        description: request.description,
        grants,
    };
    let new = state.create_service_account(blueprint, request.hours)?;
    let first = first_secret(&new.account, &new.secret);
    let body = org_account(&new.account, first)?;
    Ok(Created { api, body })
}

/// `getOrgServiceAccount`, `getCloudManagerOrgServiceAccount`: any role in the organization.
/// Its secrets masked.
async fn read(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Answer<types::OrgServiceAccount>, ApiFailure> {
    let member = |org: &str| authorize::org_member(&state, &principal, org);
    let (_, account) = account_of(&state, &ids, member)?;
    let body = org_account(&account, None)?;
    Ok(Answer { api, body })
}

/// `updateOrgServiceAccount`, `updateCloudManagerOrgServiceAccount`: Organization Owner. The
/// roles given replace its organization roles (its project roles stay), at once for its
/// tokens too.
async fn update(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::OrgServiceAccount>, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, owner)?;
    let update = decode_update(rules_of(api), &body, &org_id)?;
    let changed = state.oauth.change(&org_id, &account.client_id, |account| {
        if let Some(name) = &update.name {
            account.name = name.clone();
        }
        if let Some(description) = &update.description {
            account.description = description.clone();
        }
        if let Some(roles) = &update.roles {
            set_org_roles(&mut account.grants, &org_id, roles);
        }
        Ok::<(), ApiFailure>(())
    });
    let gone = || errors::resource_not_found(ids.path());
    let account = changed.ok_or_else(gone)??;
    let body = org_account(&account, None)?;
    Ok(Answer { api, body })
}

/// `deleteOrgServiceAccount`, `deleteCloudManagerOrgServiceAccount`: Organization Owner. It
/// leaves every project; its tokens and secrets stop working at once.
async fn delete(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let owner = |org: &str| authorize::org_owner(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, owner)?;
    state
        .delete_service_account(&org_id, &account.client_id)
        .ok_or_else(|| errors::resource_not_found(ids.path()))?;
    Ok(Done(api))
}

/// `getOrgServiceAccountGroups`: any role in the organization. The projects it is assigned
/// to, with its roles in each.
async fn groups(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedServiceAccountGroups>, ApiFailure> {
    let member = |org: &str| authorize::org_member(&state, &principal, org);
    let (org_id, account) = account_of(&state, &ids, member)?;
    let url = format!(
        "{}{}/orgs/{org_id}/serviceAccounts/{}/groups",
        state.public_url,
        api.prefix(),
        account.client_id
    );
    let body = groups_page(&url, &query, &account)?;
    Ok(ListAnswer { api, body })
}
