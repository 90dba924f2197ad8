//! The agent API keys of a project (`/groups/{groupId}/agentapikeys[/{agentApiKeyId}]`, Ops
//! Manager and Cloud Manager only): list (each `key` masked to its last four characters),
//! create (the `key` in full, this once), delete. A project holds a bounded number of them
//! (`Config::max_agent_api_keys_per_project`; MongoDB documents none).

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::routing::{delete, get};
use axum::{Extension, Router};

use super::answers::{self, Paged};
use super::authorize;
use super::errors;
use super::extract::{BodyType, List, NoList, PathIds, QueryOptions};
use super::ids::{masked_agent_key, now};
use super::principal::{Principal, Who};
use super::products::Api;
use super::records::StoredAgentKey;
use super::refusals;
use super::response::{Answer, ApiFailure, Done, ListAnswer};
use super::state::EmulatorState;
use super::validate::{decode_object, decode_typed, require_string};
use crate::digest::hex;
use crate::generated::types;
use crate::random::bytes as random_bytes;

type Shared = State<Arc<EmulatorState>>;

/// The routes of agent keys, as the spec writes their paths.
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    let keys = "/api/public/v1.0/groups/{groupId}/agentapikeys";
    Router::new()
        .route(keys, get(list).post(create))
        .route(&format!("{keys}/{{agentApiKeyId}}"), delete(remove))
}

/// `listAgentApiKeys`: any role in the project (or Organization Owner).
async fn list(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    query: QueryOptions<List>,
) -> Result<ListAnswer<types::PaginatedAgentApiKeys>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?;
    authorize::project_reader(&state, &principal, group_id, org_id)?;
    let (skip, count) = answers::window(&query);
    let page = state
        .agent_keys
        .page(|k| k.group_id == group_id, skip, count);
    let url = format!(
        "{}{}/groups/{group_id}/agentapikeys",
        state.public_url,
        api.prefix()
    );
    let Paged {
        links,
        results,
        total_count,
    } = answers::paged(&url, &query, &page, |k| answers::agent_key(k, None))?;
    let body = types::PaginatedAgentApiKeys::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    Ok(ListAnswer {
        api,
        body: answers::built(body.try_into())?,
    })
}

/// `createAgentApiKey`: Project Owner, or Organization Owner of its organization.
// One argument per extractor, as axum handlers take them; the caller's address is the eighth.
#[allow(clippy::too_many_arguments)]
async fn create(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::AgentApiKey>, ApiFailure> {
    let group_id = ids.get("groupId");
    let org_id = state.check_project(group_id)?;
    authorize::project_owner(&state, &principal, group_id, org_id)?;
    let object = decode_object(&body, "CreateAgentApiKeyRequest")?;
    require_string(&object, "desc", || errors::missing_attribute("desc"))?;
    let request: types::CreateAgentApiKeyRequest = decode_typed(object)?;
    if !state.agent_keys.reserve() {
        let max = state.agent_keys.max;
        return Err(refusals::agent_api_key_limit(max, group_id));
    }
    let key = hex(&random_bytes::<16>());
    let stored = StoredAgentKey {
        id: state.ids.next(),
        group_id: group_id.to_owned(),
        desc: request.desc,
        masked_key: masked_agent_key(&key),
        created_time: now().timestamp_millis(),
        created_ip_addr: Some(peer.ip().to_canonical().to_string()),
        created_user_id: match &principal.who {
            Who::User { user_id } => Some(user_id.clone()),
            Who::ApiKey { .. } | Who::ServiceAccount { .. } => None,
        },
    };
    let body =
        answers::agent_key(&stored, Some(&key)).inspect_err(|_| state.agent_keys.give_back())?;
    state.agent_keys.insert(stored);
    state.counters.agent_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Answer { api, body })
}

/// `deleteAgentApiKey`: Project Owner, or Organization Owner of its organization.
async fn remove(
    State(state): Shared,
    api: Api,
    Extension(principal): Extension<Principal>,
    ids: PathIds,
    _: QueryOptions<NoList>,
) -> Result<Done, ApiFailure> {
    let (group_id, key_id) = (ids.get("groupId"), ids.get("agentApiKeyId"));
    let org_id = state.check_project(group_id)?;
    authorize::project_owner(&state, &principal, group_id, org_id)?;
    let removed = state
        .agent_keys
        .remove_if(key_id, |k| k.group_id == group_id);
    removed.ok_or_else(|| errors::agent_api_key_not_found(key_id))?;
    Ok(Done(api))
}
