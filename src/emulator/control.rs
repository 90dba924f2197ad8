//! The control plane under `/_emulator/`: `GET stats`, `GET faults`, `POST faults`, `DELETE
//! faults` and `POST expire-nonces`, every one behind `Authorization: Bearer <controlToken>`
//! (printed by `serve`, and in [`super::Fixtures`]): what they read is the emulator's own, and
//! nobody without the token learns or changes anything. At most [`Fault::MAX_QUEUED`] faults
//! wait at once, so what `GET faults` lists is bounded too; a fault's status must be one the
//! spec declares for the operations it applies to, so that nothing it makes the emulator
//! answer is outside the contract.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};

use super::fault::Fault;
use super::response::ApiFailure;
use super::state::EmulatorState;

/// The `operationId` of a request to the API at `path`.
fn operation_of(path: &str) -> Option<&'static str> {
    let id = if path.ends_with("/accessList") {
        "createApiKeyAccessListEntries"
    } else if path.ends_with("/agentapikeys") {
        "createAgentApiKey"
    } else if path.ends_with("/keys") {
        "createUserApiKey"
    } else if path.contains("/orgs/") {
        "createOrgApiKey"
    } else if path.contains("/groups/") {
        "createProjectApiKey"
    } else {
        return None;
    };
    Some(id)
}

/// Pending faults, applied in order. Requests look at `pending` first, so that no lock is
/// taken on the request path while no fault is pending.
#[derive(Default)]
pub(crate) struct Faults {
    pending: AtomicUsize,
    queue: Mutex<VecDeque<Fault>>,
}

impl Faults {
    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Fault>> {
        self.queue.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues `fault` after checking its bounds, unless [`Fault::MAX_QUEUED`] are waiting.
    pub(crate) fn inject(&self, fault: Fault) -> Result<(), String> {
        fault.check()?;
        let mut queue = self.lock();
        if queue.len() >= Fault::MAX_QUEUED {
            return Err(format!(
                "{} faults are waiting, the most the emulator keeps; clear them                  (DELETE /_emulator/faults) or let requests use them up",
                Fault::MAX_QUEUED
            ));
        }
        queue.push_back(fault);
        self.pending.store(queue.len(), Ordering::Release);
        Ok(())
    }

    /// The fault for a request to `operation`, if one is pending: the first in the queue
    /// that applies to it.
    pub(crate) fn take(&self, operation: Option<&str>) -> Option<Fault> {
        if self.pending.load(Ordering::Acquire) == 0 {
            return None;
        }
        let mut queue = self.lock();
        let at = queue.iter().position(|f| f.applies_to(operation))?;
        let fault = &mut queue[at];
        fault.count -= 1;
        let taken = Fault {
            count: 1,
            ..fault.clone()
        };
        if fault.count == 0 {
            queue.remove(at);
        }
        self.pending.store(queue.len(), Ordering::Release);
        Some(taken)
    }

    /// The pending faults, with the requests each still applies to.
    pub(crate) fn list(&self) -> Vec<Fault> {
        self.lock().iter().cloned().collect()
    }

    /// Forgets every pending fault.
    pub(crate) fn clear(&self) {
        let mut queue = self.lock();
        queue.clear();
        self.pending.store(0, Ordering::Release);
    }
}

/// Middleware, after authentication and rate limiting: applies the next pending fault. A
/// status is answered at once and nothing is done; a delay is waited after the work is done.
pub(crate) async fn apply_faults(
    State(state): State<Arc<EmulatorState>>,
    request: Request,
    next: Next,
) -> Response {
    let operation = operation_of(request.uri().path());
    let Some(fault) = state.faults.take(operation) else {
        return next.run(request).await;
    };
    if let Some(status) = fault.status {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut failure = super::errors::injected(status);
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
        .method_not_allowed_fallback(super::method_not_allowed)
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

async fn stats(State(state): State<Arc<EmulatorState>>) -> Json<super::Stats> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_apply_in_order_and_clear() {
        let faults = Faults::default();
        assert_eq!(faults.take(None), None);
        faults
            .inject(Fault {
                status: Some(500),
                count: 2,
                ..Fault::default()
            })
            .unwrap();
        faults
            .inject(Fault {
                delay_ms: 5,
                count: 1,
                ..Fault::default()
            })
            .unwrap();
        assert_eq!(faults.list().len(), 2);
        assert_eq!(faults.take(None).unwrap().status, Some(500));
        assert_eq!(faults.list()[0].count, 1);
        faults.clear();
        assert_eq!((faults.take(None), faults.list()), (None, vec![]));
    }

    #[test]
    fn a_fault_for_one_operation_leaves_the_others_alone() {
        let faults = Faults::default();
        let fault = Fault {
            status: Some(503),
            count: 1,
            operation: Some("createApiKeyAccessListEntries".into()),
            ..Fault::default()
        };
        faults.inject(fault).unwrap();
        let create = operation_of("/api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys");
        assert_eq!(create, Some("createOrgApiKey"));
        assert_eq!(faults.take(create), None);
        let add = operation_of(
            "/api/public/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys/5c47ba5127d9d61b9fd8a27b/accessList",
        );
        assert_eq!(faults.take(add).unwrap().status, Some(503));
        assert_eq!(faults.list(), vec![]);
        for (path, id) in [
            (
                "/api/atlas/v1.0/groups/5e2211c17a3e5a48f5497de3/apiKeys",
                "createProjectApiKey",
            ),
            (
                "/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/agentapikeys",
                "createAgentApiKey",
            ),
            (
                "/api/atlas/v1.0/users/5b0d6e4c96e82165e4b10c5a/keys",
                "createUserApiKey",
            ),
        ] {
            assert_eq!(operation_of(path), Some(id));
        }
    }
}
