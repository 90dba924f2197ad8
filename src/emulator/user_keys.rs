//! Personal user API keys (`POST /api/atlas/v1.0/users/{userId}/keys`, deprecated): only the
//! user itself, authenticated with its own credentials, may create one, and at most
//! `MAX_PERSONAL_KEYS` (10). They authenticate as that user from then on.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use axum::{Extension, Router};

use super::answers;
use super::authorize;
use super::errors;
use super::extract::{BodyType, NoList, PathIds, QueryOptions};
use super::ids::{now, object_id, uuid_v4};
use super::principal::Principal;
use super::products::Api;
use super::refusals::{self, MAX_PERSONAL_KEYS};
use super::response::{Answer, ApiFailure};
use super::state::EmulatorState;
use super::validate::{decode_object, decode_typed, require_string};
use crate::Secret;
use crate::generated::types;

/// The route of personal keys (Atlas only: Ops Manager's base path answers `404
/// RESOURCE_NOT_FOUND`).
pub(crate) fn routes() -> Router<Arc<EmulatorState>> {
    Router::new().route("/api/atlas/v1.0/users/{userId}/keys", post(create))
}

/// `createUserApiKey`.
async fn create(
    State(state): State<Arc<EmulatorState>>,
    api: Api,
    Extension(principal): Extension<Principal>,
    _: BodyType,
    ids: PathIds,
    _: QueryOptions<NoList>,
    body: Bytes,
) -> Result<Answer<types::UserApiKey>, ApiFailure> {
    let user_id = ids.get("userId");
    state.check_user(user_id)?;
    authorize::same_user(&state, &principal, user_id)?;
    let object = decode_object(&body, "CreateUserApiKeyRequest")?;
    require_string(&object, "description", || {
        errors::missing_attribute("description")
    })?;
    let request: types::CreateUserApiKeyRequest = decode_typed(object)?;
    let username = &state.fixtures.username;
    // The fixture user's own key, and the personal keys created since.
    if state.credentials.passwords(username) > MAX_PERSONAL_KEYS {
        return Err(refusals::max_public_api_key_reached());
    }
    let now = now();
    let secret = uuid_v4();
    let key = types::UserApiKey::builder()
        .created_at(now - chrono::Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos())))
        .description(request.description)
        .enabled(true)
        .id(state.ids.next())
        .key(Secret::from(secret.clone()))
        .used_count(0)
        .user_id(object_id(user_id));
    let key = answers::built(key.try_into())?;
    // The check above answers in MongoDB's order; this one holds under concurrent requests.
    let max = MAX_PERSONAL_KEYS + 1;
    if !(state.credentials).add_user_password(username, &secret, principal, max) {
        return Err(refusals::max_public_api_key_reached());
    }
    state.counters.user_keys.fetch_add(1, Ordering::Relaxed);
    Ok(Answer { api, body: key })
}
