//! A project's service accounts (`/api/atlas/v2/groups/{groupId}/serviceAccounts`): list,
//! create (a service account of the project's organization, also its Organization Member,
//! counted in its limit), assign an organization's (`POST .../{clientId}:invite`), read one,
//! unassign one (it stays in the organization, its secrets and tokens valid).
//!
//! axum's router (matchit) takes no text after a parameter in a segment, so `{clientId}:invite`
//! is served at `{clientId}`: a `POST` there is the invite when the path ends in `:invite`, and
//! `405` otherwise, as is any other method at `:invite` (`operations.rs` names the operation by
//! the same rule).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, Method, Uri, header};
use axum::routing::get;
use axum::{Extension, Router};

use super::answers::{self, Paged};
use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::principal::{Grant, Principal};
use super::products::Api;
use super::records::set_project_roles;
use super::response::{Answer, ApiFailure, Created, Done, ListAnswer};
use super::sa_answers::{first_secret, group_account};
use super::sa_lifecycle::Blueprint;
use super::sa_records::StoredServiceAccount;
use super::sa_validate::{Rules, decode_assignment, decode_create};
use super::state::EmulatorState;
use crate::generated::types;

type Shared = State<Arc<EmulatorState>>;

/// What ends the path of `inviteGroupServiceAccount`.
const INVITE: &str = ":invite";

/// `405` for `method` where it is not served: `POST` at a service account without `:invite`,
/// any other method at one with it.
fn served_at(ids: &PathIds, method: &str) -> Result<(), ApiFailure> {
    match ids.path().ends_with(INVITE) == (method == "POST") {
        true => Ok(()),
        false => Err(not_served(method, ids.path())),
    }
}

/// `405` for `method` at `path` (a project's service account, with or without `:invite`), with
/// the methods that path serves in `Allow` (the router's own would list those of both).
fn not_served(method: &str, path: &str) -> ApiFailure {
    let allow = match path.ends_with(INVITE) {
        true => "POST",
        false => "GET,HEAD,DELETE",
    };
    errors::method_not_allowed(method, path).header(header::ALLOW, HeaderValue::from_static(allow))
}

/// The route's answer to a method none of its handlers takes.
async fn other_method(method: Method, uri: Uri) -> ApiFailure {
    not_served(method.as_str(), uri.path())
}

/// The routes of a project's service accounts, as the spec writes their paths (the invite at
/// its account's, see above).
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let list = "/api/atlas/v2/groups/{groupId}/serviceAccounts";
    Router::new()
        .route(list, get(self::list).post(create))
        .route(
            &format!("{list}/{{clientId}}"),
            get(read)
                .delete(unassign)
                .post(invite)
                .fallback(other_method),
        )
}

/// The service account `client_id` of `org_id`, assigned to `group_id` if `assigned`; else
/// `404 RESOURCE_NOT_FOUND` naming the request's path.
fn account_in(
    state: &EmulatorState,
    ids: &PathIds,
    (org_id, group_id): (&str, &str),
    assigned: bool,
) -> Result<StoredServiceAccount, ApiFailure> {
    let client_id = ids.get("clientId");
    let client_id = client_id.strip_suffix(INVITE).unwrap_or(client_id);
    let account = state.oauth.of_org(org_id, client_id);
    let found = account.filter(|a| !assigned || !a.project_roles(group_id).is_empty());
    found.ok_or_else(|| errors::resource_not_found(ids.path()))
}

/// `listGroupServiceAccounts`: any role in the project (or Organization Owner). The service
/// accounts with a role in it, in creation order.
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedGroupServiceAccounts>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?;
    authorize::project_reader(&state, &principal, group_id, org_id)?;
    let (skip, count) = answers::window(&query);
    let assigned = |a: &StoredServiceAccount| !a.project_roles(group_id).is_empty();
    let page = state.oauth.accounts.page(assigned, skip, count);
    let url = format!(
        "{}/api/atlas/v2/groups/{group_id}/serviceAccounts",
        state.public_url
    );
    let Paged {
        links,
        results,
        total_count,
    } = answers::paged(&url, &query, &page, |a| group_account(a, group_id, None))?;
    let body = types::PaginatedGroupServiceAccounts::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    Ok(ListAnswer {
        api,
        body: answers::built(body.try_into())?,
    })
}

/// `createGroupServiceAccount`: Project Owner (or Organization Owner). A service account of
/// the project's organization with these project roles and `ORG_MEMBER`; `201` with its first
/// secret, shown this once.
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Created<types::GroupServiceAccount>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    let request = decode_create(Rules::AtlasProject, &body, group_id)?;
    let mut grants: Vec<Grant> = (request.roles.iter())
        .map(|role| Grant::project(group_id, role.clone()))
        .collect();
    grants.push(Grant::org(&org_id, "ORG_MEMBER"));
    let blueprint = Blueprint {
        org_id: &org_id,
        name: request.name,
        description: request.description,
        grants,
    };
    let new = state.create_service_account(blueprint, request.hours)?;
    let first = first_secret(&new.account, &new.secret);
    let body = group_account(&new.account, group_id, first)?;
    Ok(Created { api, body })
}

/// `inviteGroupServiceAccount` (`POST .../{clientId}:invite`): Organization Owner of the
/// project's organization. Gives a service account of it the body's roles in the project
/// (replacing any it had there). A `POST` to the account itself, without `:invite`, is `405`.
async fn invite(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::GroupServiceAccount>, ApiFailure> {
    served_at(&ids, "POST")?;
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::org_owner(&state, &principal, &org_id)?;
    let account = account_in(&state, &ids, (&org_id, group_id), false)?;
    let roles = decode_assignment(&body, group_id)?;
    let changed = state.oauth.change(&org_id, &account.client_id, |account| {
        set_project_roles(&mut account.grants, group_id, &roles);
        Ok::<(), ApiFailure>(())
    });
    let account = changed.ok_or_else(|| errors::resource_not_found(ids.path()))??;
    let body = group_account(&account, group_id, None)?;
    Ok(Answer { api, body })
}

/// `getGroupServiceAccount`: any role in the project (or Organization Owner), of a service
/// account assigned to it.
async fn read(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Answer<types::GroupServiceAccount>, ApiFailure> {
    served_at(&ids, "GET")?;
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?;
    authorize::project_reader(&state, &principal, group_id, org_id)?;
    let account = account_in(&state, &ids, (org_id, group_id), true)?;
    let body = group_account(&account, group_id, None)?;
    Ok(Answer { api, body })
}

/// `deleteGroupServiceAccount`: Project Owner (or Organization Owner), of a service account
/// assigned to the project. Its roles there are revoked; it stays in the organization.
async fn unassign(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    served_at(&ids, "DELETE")?;
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?.to_owned();
    authorize::project_owner(&state, &principal, group_id, &org_id)?;
    let account = account_in(&state, &ids, (&org_id, group_id), true)?;
    let not_there = || errors::resource_not_found(ids.path());
    let changed = state.oauth.change(&org_id, &account.client_id, |account| {
        if account.project_roles(group_id).is_empty() {
            return Err(not_there());
        }
        set_project_roles(&mut account.grants, group_id, &[]);
        Ok(())
    });
    changed.ok_or_else(not_there)??;
    Ok(Done(api))
}
