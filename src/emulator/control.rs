//! The control plane under `/_emulator/`: `GET stats`, `GET faults`, `POST faults`, `DELETE
//! faults`, `POST expire-nonces` and `POST clock`, every one behind `Authorization: Bearer <controlToken>`
//! (printed by `serve`, and in [`super::Fixtures`]): what they read is the emulator's own, and
//! nobody without the token learns or changes anything. At most [`Fault::MAX_QUEUED`] faults
//! wait at once, so what `GET faults` lists is bounded too; a fault's status must be one the
//! spec declares for the operations it applies to, so that nothing it makes the emulator
//! answer is outside the contract.

use std::sync::Arc;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;

use super::config::Stats;
use super::errors;
use super::fault::Fault;
use super::operations;
use super::response::ApiFailure;
use super::state::EmulatorState;

/// Middleware, after authentication and rate limiting: applies the next pending fault for
/// the request's operation (the one whose method and path the router matched). A
/// status is answered at once and nothing is done; a delay is waited after the work is done.
pub(crate) async fn apply_faults(
    State(state): State<Arc<EmulatorState>>,
    request: Request,
    next: Next,
) -> Response {
    let operation = request
        .extensions()
        .get::<MatchedPath>()
        .and_then(|matched| {
            let (method, path) = (request.method().as_str(), request.uri().path());
            operations::find(method, matched.as_str(), path)
        });
    let Some(fault) = state.faults.take(operation.map(|op| op.id.as_str())) else {
        return next.run(request).await;
    };
    if let Some(status) = fault.status {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut failure = errors::injected(status);
        if let Some(seconds) = fault.retry_after {
            failure = failure.header(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        return failure.into_response();
    }
    let response = next.run(request).await;
    tokio::time::sleep(std::time::Duration::from_millis(fault.delay_ms)).await;
    response
}

/// The `/_emulator` routes, every one behind the control token, a method they do not serve
/// included (its `405` comes after the token, as the API's comes after authentication).
pub(crate) fn routes(state: Arc<EmulatorState>, token: Arc<str>) -> Router {
    Router::new()
        .route("/_emulator/stats", get(stats))
        .route("/_emulator/faults", get(list).post(inject).delete(clear))
        .route("/_emulator/expire-nonces", post(expire_nonces))
        .route("/_emulator/clock", post(advance_clock))
        .method_not_allowed_fallback(errors::not_allowed)
        .route_layer(middleware::from_fn_with_state(token, require_token))
        .with_state(state)
}

/// Middleware: the control token (one `Authorization: Bearer` header, the scheme in any
/// letter case), compared in constant time.
async fn require_token(State(token): State<Arc<str>>, request: Request, next: Next) -> Response {
    let mut values = request.headers().get_all(header::AUTHORIZATION).iter();
    let given = match (values.next(), values.next()) {
        (Some(value), None) => value.to_str().ok().and_then(|v| v.split_once(' ')),
        _ => None,
    };
    let given = match given {
        Some((scheme, value)) if scheme.eq_ignore_ascii_case("bearer") => value.trim(),
        _ => "",
    };
    if crate::digest::constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return next.run(request).await;
    }
    ApiFailure::without_code(
        StatusCode::UNAUTHORIZED,
        "The emulator's control endpoints need Authorization: Bearer <controlToken>, the token \
         in the JSON line `serve` printed.",
    )
    .header(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Bearer realm=\"mongodb-api-keys emulator control\""),
    )
    .into_response()
}

async fn stats(State(state): State<Arc<EmulatorState>>) -> Json<Stats> {
    Json(state.stats())
}

async fn list(State(state): State<Arc<EmulatorState>>) -> Json<Vec<Fault>> {
    Json(state.faults.list())
}

async fn inject(
    State(state): State<Arc<EmulatorState>>,
    fault: Result<Json<Fault>, axum::extract::rejection::JsonRejection>,
) -> Result<StatusCode, ApiFailure> {
    let Json(fault) =
        fault.map_err(|e| ApiFailure::without_code(StatusCode::BAD_REQUEST, e.body_text()))?;
    state
        .faults
        .inject(fault)
        .map_err(|reason| ApiFailure::without_code(StatusCode::BAD_REQUEST, reason))?;
    Ok(StatusCode::NO_CONTENT)
}

async fn clear(State(state): State<Arc<EmulatorState>>) -> StatusCode {
    state.faults.clear();
    StatusCode::NO_CONTENT
}

async fn expire_nonces(State(state): State<Arc<EmulatorState>>) -> StatusCode {
    state.nonces.expire_all();
    StatusCode::NO_CONTENT
}

/// The body of `POST /_emulator/clock`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ClockAdvance {
    advance_seconds: u64,
}

/// `POST /_emulator/clock` with `{"advanceSeconds": N}`: moves the clock secrets and tokens
/// expire by `N` seconds forward (at least 1, ten years ahead in all at most); answers
/// `{"offsetSeconds": total}`.
async fn advance_clock(
    State(state): State<Arc<EmulatorState>>,
    body: Result<Json<ClockAdvance>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<serde_json::Value>, ApiFailure> {
    let Json(advance) =
        body.map_err(|e| ApiFailure::without_code(StatusCode::BAD_REQUEST, e.body_text()))?;
    let by = std::time::Duration::from_secs(advance.advance_seconds);
    let total = (state.clock.advance(by))
        .map_err(|reason| ApiFailure::without_code(StatusCode::BAD_REQUEST, reason))?;
    Ok(Json(serde_json::json!({ "offsetSeconds": total })))
}
