//! The wiring: every resource's routes (each file of a resource gives its own, at the spec's
//! paths), the control plane, the token endpoint and the served contract, and the layers a
//! request passes through. Requests to an operation pass, in order: the request log,
//! `envelope`/`pretty` shaping (on the way out), reading the body, authentication, the API
//! version (Admin API v2), the rate limit, faults, the handler (whose first check is the
//! body's media type). Anything else gets MongoDB's `404 RESOURCE_NOT_FOUND`, and a method a
//! path does not serve a `405` in MongoDB's error shape.

use std::sync::Arc;

use axum::{Router, middleware};

use super::state::EmulatorState;
use super::version::Versions;
use super::{
    access_lists, agent_keys, auth, contract, control, errors, extract, group_service_accounts,
    log, oauth, org_keys, org_service_accounts, project_keys, response, sa_access_lists,
    sa_secrets, throttle, user_keys,
};

/// The router of an emulator of `state`, whose Admin API v2 versions are `versions`.
pub(crate) fn router(state: Arc<EmulatorState>, versions: Arc<Versions>) -> Router {
    let mut api = Router::new()
        .merge(org_keys::routes())
        .merge(project_keys::routes())
        .merge(access_lists::routes())
        .merge(agent_keys::routes())
        .merge(user_keys::routes())
        .merge(org_service_accounts::routes())
        .merge(sa_secrets::routes())
        .merge(sa_access_lists::routes())
        .merge(group_service_accounts::routes())
        // Otherwise axum answers an empty 405, which is not MongoDB's error shape. Set before
        // the layers below so that they apply to it: a request is authenticated first.
        .method_not_allowed_fallback(errors::not_allowed);
    let token: Arc<str> = state.fixtures.control_token.as_str().into();
    let with_state = || state.clone();
    api = api.route_layer(middleware::from_fn_with_state(
        with_state(),
        control::apply_faults,
    ));
    if state.rate_limiter.is_some() {
        api = api.route_layer(middleware::from_fn_with_state(
            with_state(),
            throttle::limit,
        ));
    }
    api.route_layer(middleware::from_fn_with_state(
        versions,
        super::version::negotiate,
    ))
    .route_layer(middleware::from_fn_with_state(
        with_state(),
        auth::authenticate,
    ))
    .with_state(state.clone())
    .merge(control::routes(state.clone(), token))
    .merge(oauth::routes(state.clone()))
    .merge(contract::routes())
    .fallback(|uri: axum::http::Uri| async move { errors::resource_not_found(uri.path()) })
    // The control plane's (the API's is set above, inside authentication).
    .method_not_allowed_fallback(errors::not_allowed)
    .layer(middleware::from_fn_with_state(
        state.clone(),
        extract::read_body,
    ))
    .layer(middleware::map_response_with_state(state, clock_date))
    .layer(middleware::from_fn(response::shape))
    .layer(middleware::from_fn(log::request))
}

/// `Date` from the emulator's clock once it has been moved forward (`POST /_emulator/clock`),
/// so that a client deciding expiry by the server's time sees the time the emulator keeps;
/// until then, hyper's own.
async fn clock_date(
    axum::extract::State(state): axum::extract::State<Arc<super::state::EmulatorState>>,
    mut response: axum::response::Response,
) -> axum::response::Response {
    if state.clock.offset_seconds() > 0 {
        let now = std::time::SystemTime::from(state.clock.now());
        if let Ok(date) = axum::http::HeaderValue::from_str(&httpdate::fmt_http_date(now)) {
            response
                .headers_mut()
                .insert(axum::http::header::DATE, date);
        }
    }
    response
}
