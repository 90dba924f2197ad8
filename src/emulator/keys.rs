//! The create operations, one handler each: check the path's IDs, the caller's roles, then
//! the body, and answer the generated response type. Authentication, rate limits, faults,
//! `envelope` and `pretty` happen around them (see the router in `mod.rs`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;

use super::errors;
use super::extract::{JsonContent, NoList, OrgList, PathId, ProjectList, QueryOptions};
use super::products::{Product, RoleScope};
use super::response::{ApiFailure, Created};
use super::state::{EmulatorState, Grant, Principal, Scope, Who};
use super::validate::{decode_key_request, decode_object, decode_typed, require_string};
use crate::Secret;
use crate::digest::hex;
use crate::generated::types;
use crate::random::bytes as random_bytes;

type Answer<T> = Result<Created<T>, ApiFailure>;

/// `POST /orgs/{orgId}/apiKeys`: needs Organization Owner in that organization.
pub(crate) async fn create_org(
    State(state): State<Arc<EmulatorState>>,
    Extension(product): Extension<Product>,
    Extension(principal): Extension<Principal>,
    _: JsonContent,
    PathId(org_id): PathId,
    _: QueryOptions<OrgList>,
    body: Bytes,
) -> Answer<types::ApiKey> {
    state.check_org(&org_id)?;
    authorize_org_owner(&state, &principal, &org_id)?;
    let request: types::CreateOrgApiKeyRequest = decode_key_request(
        "CreateOrgApiKeyRequest",
        &body,
        product,
        RoleScope::Org,
        &org_id,
    )?;
    let grants = request
        .roles
        .iter()
        .map(|role| org_grant(&org_id, role.to_string()))
        .collect();
    let key = state.new_api_key(product, request.desc.to_string(), &org_id, grants)?;
    state.counters.org_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Created(key))
}

/// `POST /groups/{groupId}/apiKeys`: needs Project Owner there, or Organization Owner of its
/// organization. The new key also becomes a member of that organization.
pub(crate) async fn create_project(
    State(state): State<Arc<EmulatorState>>,
    Extension(product): Extension<Product>,
    Extension(principal): Extension<Principal>,
    _: JsonContent,
    PathId(group_id): PathId,
    _: QueryOptions<ProjectList>,
    body: Bytes,
) -> Answer<types::ApiKey> {
    let org_id = state.check_project(&group_id)?.to_owned();
    authorize_project_owner(&state, &principal, &group_id, &org_id)?;
    let request: types::CreateProjectApiKeyRequest = decode_key_request(
        "CreateProjectApiKeyRequest",
        &body,
        product,
        RoleScope::Project,
        &group_id,
    )?;
    let mut grants: Vec<Grant> = request
        .roles
        .iter()
        .map(|role| Grant {
            scope: Scope::Project(group_id.clone()),
            role: role.to_string(),
        })
        .collect();
    grants.push(org_grant(&org_id, "ORG_MEMBER".into()));
    let key = state.new_api_key(product, request.desc.to_string(), &org_id, grants)?;
    state.counters.project_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Created(key))
}

/// `POST /groups/{groupId}/agentapikeys` (Ops Manager): needs Project Owner there, or
/// Organization Owner of its organization.
pub(crate) async fn create_agent(
    State(state): State<Arc<EmulatorState>>,
    Extension(principal): Extension<Principal>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    _: JsonContent,
    PathId(group_id): PathId,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Answer<types::AgentApiKey> {
    let org_id = state.check_project(&group_id)?.to_owned();
    authorize_project_owner(&state, &principal, &group_id, &org_id)?;
    let object = decode_object(&body, "CreateAgentApiKeyRequest")?;
    require_string(&object, "desc", || errors::missing_attribute("desc"))?;
    let request: types::CreateAgentApiKeyRequest = decode_typed(object)?;
    // Nothing of an agent key is kept, but its count is bounded too (see errors.rs).
    if !state.agent_api_keys.take() {
        let max = state.agent_api_keys.max;
        return Err(errors::agent_api_key_limit(max, &group_id));
    }
    let created_user_id = match &principal.who {
        Who::User { user_id } => Some(user_id.clone()),
        Who::ApiKey { .. } | Who::ServiceAccount { .. } => None,
    };
    let key = types::AgentApiKey::builder()
        .created_by("PUBLIC_API")
        .created_ip_addr(Some(peer.ip().to_string()))
        .created_time(now().timestamp_millis())
        .created_user_id(created_user_id.map(|id| object_id(&id)))
        .desc(request.desc)
        .id(state.new_object_id())
        .key(Secret::from(hex(&random_bytes::<16>())));
    let key = built(key.try_into()).inspect_err(|_| state.agent_api_keys.give_back())?;
    state.counters.agent_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Created(key))
}

/// `POST /users/{userId}/keys` (Atlas, deprecated): only the user itself, authenticated with
/// its own credentials, and at most [`errors::MAX_PERSONAL_KEYS`] keys.
pub(crate) async fn create_user(
    State(state): State<Arc<EmulatorState>>,
    Extension(principal): Extension<Principal>,
    _: JsonContent,
    PathId(user_id): PathId,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Answer<types::UserApiKey> {
    state.check_user(&user_id)?;
    if principal.who
        != (Who::User {
            user_id: user_id.clone(),
        })
    {
        return Err(refused(&state, errors::user_unauthorized()));
    }
    let object = decode_object(&body, "CreateUserApiKeyRequest")?;
    require_string(&object, "description", || {
        errors::missing_attribute("description")
    })?;
    let request: types::CreateUserApiKeyRequest = decode_typed(object)?;
    let username = &state.fixtures.username;
    // The fixture user's own key, and the personal keys created since.
    if state.credentials.passwords(username) > errors::MAX_PERSONAL_KEYS {
        return Err(errors::max_public_api_key_reached());
    }
    let now = now();
    let secret = uuid_v4();
    let key = types::UserApiKey::builder()
        .created_at(now - chrono::Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos())))
        .description(request.description)
        .enabled(true)
        .id(state.new_object_id())
        .key(Secret::from(secret.clone()))
        .used_count(0)
        .user_id(object_id(&user_id));
    let key = built(key.try_into())?;
    // The check above answers in MongoDB's order; this one holds under concurrent requests.
    let max = errors::MAX_PERSONAL_KEYS + 1;
    if !(state.credentials).add_user_password(username, &secret, principal, max) {
        return Err(errors::max_public_api_key_reached());
    }
    state.counters.user_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Created(key))
}

fn org_grant(org_id: &str, role: String) -> Grant {
    Grant {
        scope: Scope::Org(org_id.to_owned()),
        role,
    }
}

/// Counts a refusal for lack of a role.
fn refused(state: &EmulatorState, failure: ApiFailure) -> ApiFailure {
    state.counters.forbidden.fetch_add(1, Ordering::Relaxed);
    failure
}

/// Organization Owner of `org_id`, or 401 `NOT_ORG_OWNER` (`USER_CANNOT_ACCESS_ORG` with no
/// role there at all).
pub(super) fn authorize_org_owner(
    state: &EmulatorState,
    principal: &Principal,
    org_id: &str,
) -> Result<(), ApiFailure> {
    if principal.has_org_role(org_id, "ORG_OWNER") {
        return Ok(());
    }
    Err(refused(
        state,
        if principal.in_org(org_id) {
            errors::not_org_owner(org_id)
        } else {
            errors::user_cannot_access_org()
        },
    ))
}

fn authorize_project_owner(
    state: &EmulatorState,
    principal: &Principal,
    group_id: &str,
    org_id: &str,
) -> Result<(), ApiFailure> {
    if principal.has_project_role(group_id, "GROUP_OWNER")
        || principal.has_org_role(org_id, "ORG_OWNER")
    {
        return Ok(());
    }
    Err(refused(
        state,
        if principal.in_project(group_id) {
            errors::user_unauthorized()
        } else {
            errors::not_in_group()
        },
    ))
}

/// A role as the answer lists it.
fn role_answer(grant: &Grant) -> Result<types::ApiKeyRole, ApiFailure> {
    let (org, group) = match &grant.scope {
        Scope::Org(org) => (Some(object_id(org)), None),
        Scope::Project(group) => (None, Some(object_id(group))),
    };
    built(
        types::ApiKeyRole::builder()
            .org_id(org)
            .group_id(group)
            .role_name(grant.role.clone())
            .try_into(),
    )
}

/// A value built from a generated builder; every required field is set by the caller.
fn built<T>(result: Result<T, types::error::ConversionError>) -> Result<T, ApiFailure> {
    result.map_err(|_| errors::unexpected_error(StatusCode::INTERNAL_SERVER_ERROR))
}

impl EmulatorState {
    /// A path's organization ID: an ObjectId (else 404 `INVALID_ORG_ID`) naming the
    /// organization (else 404 `ORG_NOT_FOUND`).
    pub(super) fn check_org(&self, org_id: &str) -> Result<(), ApiFailure> {
        if !is_object_id(org_id) {
            Err(errors::invalid_org_id(org_id))
        } else if org_id != self.fixtures.org_id {
            Err(errors::org_not_found(org_id))
        } else {
            Ok(())
        }
    }

    /// A path's project ID, checked like [`Self::check_org`]; its organization.
    fn check_project(&self, group_id: &str) -> Result<&str, ApiFailure> {
        if !is_object_id(group_id) {
            return Err(errors::invalid_group_id(group_id));
        }
        self.org_of_project(group_id)
            .ok_or_else(|| errors::group_not_found(group_id))
    }

    fn check_user(&self, user_id: &str) -> Result<(), ApiFailure> {
        if !is_object_id(user_id) {
            Err(errors::invalid_user_id(user_id))
        } else if user_id != self.fixtures.user_id {
            Err(errors::user_not_found(user_id))
        } else {
            Ok(())
        }
    }

    /// A programmatic API key of `org_id` holding `grants`; it can authenticate from now on.
    /// Past the organization's limit, `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.
    fn new_api_key(
        &self,
        product: Product,
        desc: String,
        org_id: &str,
        grants: Vec<Grant>,
    ) -> Result<types::ApiKey, ApiFailure> {
        let roles = grants
            .iter()
            .map(role_answer)
            .collect::<Result<Vec<_>, _>>()?;
        if !self.org_api_keys.take() {
            return Err(errors::max_api_keys_per_org_exceeded(
                self.org_api_keys.max,
                org_id,
            ));
        }
        let id = self.new_object_id();
        let private_key = uuid_v4();
        let principal = Principal {
            who: Who::ApiKey { id: id.clone() },
            grants: grants.into(),
        };
        let stored =
            self.credentials
                .insert_key(&private_key, principal, super::credentials::public_key);
        let Some(public_key) = stored else {
            self.org_api_keys.give_back();
            return Err(errors::unexpected_error(StatusCode::INTERNAL_SERVER_ERROR));
        };
        let href = format!(
            "{}{}/orgs/{org_id}/apiKeys/{id}",
            self.public_url,
            product.base_path()
        );
        let key =
            built(types::Link::builder().href(href).rel("self").try_into()).and_then(|link| {
                let key = types::ApiKey::builder()
                    .links(Some(vec![link]))
                    .desc(desc)
                    .id(object_id(&id))
                    .private_key(Secret::from(private_key))
                    .public_key(public_key.clone())
                    .roles(roles);
                built(key.try_into())
            });
        if key.is_err() {
            self.credentials.remove(&public_key);
            self.org_api_keys.give_back();
            return key;
        }
        self.access_lists.register_key(&id, org_id);
        key
    }

    /// A new ObjectId: seconds since the epoch, 5 random bytes, a counter.
    pub(crate) fn new_object_id(&self) -> String {
        let seconds = u32::try_from(now().timestamp()).unwrap_or(u32::MAX);
        let count = self.counters.object_ids.fetch_add(1, Ordering::Relaxed);
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&seconds.to_be_bytes());
        bytes[4..9].copy_from_slice(&random_bytes::<5>());
        bytes[9..].copy_from_slice(&count.to_be_bytes()[1..]);
        hex(&bytes)
    }
}

fn now() -> chrono::DateTime<chrono::Utc> {
    std::time::SystemTime::now().into()
}

/// 24 lower-case hexadecimal digits, as the spec's `ObjectId` says.
pub(super) fn is_object_id(id: &str) -> bool {
    types::ObjectId::is_valid(id)
}

fn object_id(id: &str) -> types::ObjectId {
    id.parse()
        .unwrap_or_else(|_| unreachable!("{id} was checked to be an ObjectId"))
}

/// A random (version 4) UUID, the shape of MongoDB's private keys.
pub(crate) fn uuid_v4() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_values_have_mongodbs_shapes() {
        let uuid = uuid_v4();
        assert_eq!((uuid.len(), &uuid[14..15]), (36, "4"));
        assert!("89ab".contains(&uuid[19..20]));
        assert!(is_object_id(&hex(&random_bytes::<12>())));
    }
}
