//! The control plane under `/_emulator/`: `GET stats`, `GET faults`, `POST faults`, `DELETE
//! faults` and `POST expire-nonces`, every one behind `Authorization: Bearer <controlToken>`
//! (printed by `serve`, and in [`super::Fixtures`]): what they read is the emulator's own, and
//! nobody without the token learns or changes anything. At most [`Fault::MAX_QUEUED`] faults
//! wait at once, so what `GET faults` lists is bounded too; a fault's status must be one the
//! spec declares for the operations it applies to, so that nothing it makes the emulator
//! answer is outside the contract.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::response::ApiFailure;
use super::state::EmulatorState;

/// A fault the emulator applies to the next `count` authenticated API requests (to one
/// operation, or any), so that
/// clients can be tested against rate limits, server errors and slow answers
/// (`POST /_emulator/faults` takes the same fields as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fault {
    /// Answer this status (400 to 599) instead of acting: nothing is created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// With `status`: the `Retry-After` header, in seconds (at most a day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// Without `status`: act (create the key), then wait this long before answering, as a
    /// server that did the work but whose answer is late (at most 60,000).
    #[serde(default)]
    pub delay_ms: u64,
    /// How many requests it applies to (1 to 1,000).
    pub count: u32,
    /// Only requests to this operation (its `operationId`, such as
    /// `createApiKeyAccessListEntries`); any operation when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

/// The spec's `operationId`s, which [`Fault::operation`] may name.
pub(crate) const OPERATIONS: [&str; 5] = [
    "createOrgApiKey",
    "createProjectApiKey",
    "createAgentApiKey",
    "createUserApiKey",
    "createApiKeyAccessListEntries",
];

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

impl Fault {
    /// Most requests one fault may apply to.
    pub const MAX_COUNT: u32 = 1000;
    /// Longest delay, in milliseconds.
    pub const MAX_DELAY_MS: u64 = 60_000;
    /// Longest `Retry-After`, in seconds.
    pub const MAX_RETRY_AFTER: u64 = 86_400;
    /// Most faults waiting at once (each for up to [`Fault::MAX_COUNT`] requests).
    pub const MAX_QUEUED: usize = 1000;

    /// Why the emulator would refuse this fault, if it would.
    pub fn check(&self) -> Result<(), String> {
        if !(1..=Self::MAX_COUNT).contains(&self.count) {
            return Err(format!(
                "count must be 1 to {}, not {}",
                Self::MAX_COUNT,
                self.count
            ));
        }
        if self.delay_ms > Self::MAX_DELAY_MS {
            return Err(format!(
                "delayMs must be at most {} (60 s), not {}",
                Self::MAX_DELAY_MS,
                self.delay_ms
            ));
        }
        match (self.status, self.retry_after) {
            (Some(status), _) if !(400..=599).contains(&status) => Err(format!(
                "status must be an error status, 400 to 599, not {status}"
            )),
            (Some(status), _) if !declared(self.operation.as_deref()).contains(&status) => {
                Err(format!(
                    "status {status} is not one the spec declares for {}: {}",
                    self.operation.as_deref().unwrap_or("every operation"),
                    declared(self.operation.as_deref())
                        .iter()
                        .map(u16::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
            (Some(_), _) if self.delay_ms > 0 => Err(
                "give status or delayMs, not both: a refused request is answered at once".into(),
            ),
            (None, Some(_)) => Err("retryAfter needs a status (429 or 503, say)".into()),
            (_, Some(seconds)) if seconds > Self::MAX_RETRY_AFTER => Err(format!(
                "retryAfter must be at most {} seconds, not {seconds}",
                Self::MAX_RETRY_AFTER
            )),
            _ => match &self.operation {
                Some(name) if !OPERATIONS.contains(&name.as_str()) => Err(format!(
                    "operation {name:?} is not one of the spec's operationIds: {}",
                    OPERATIONS.join(", ")
                )),
                _ => Ok(()),
            },
        }
    }

    fn applies_to(&self, operation: Option<&str>) -> bool {
        self.operation.is_none() || self.operation.as_deref() == operation
    }
}

/// The error statuses (400 and up) the spec declares for `operation`, or for every operation
/// when `None`; empty for an unknown operation (which [`Fault::check`] refuses by name).
fn declared(operation: Option<&str>) -> Vec<u16> {
    static BY_OPERATION: LazyLock<Vec<(String, Vec<u16>)>> = LazyLock::new(|| {
        let spec = crate::spec::openapi_json();
        let operations = spec["paths"].as_object().into_iter().flat_map(|paths| {
            paths
                .values()
                .filter_map(|item| item.as_object())
                .flat_map(|item| item.values())
        });
        operations
            .filter_map(|operation| {
                let id = operation["operationId"].as_str()?.to_owned();
                let statuses = operation["responses"].as_object()?.keys();
                let errors = statuses.filter_map(|s| s.parse().ok()).filter(|s| *s >= 400);
                Some((id, errors.collect()))
            })
            .collect()
    });
    match operation {
        Some(name) => BY_OPERATION
            .iter()
            .find(|(id, _)| id == name)
            .map(|(_, statuses)| statuses.clone())
            .unwrap_or_default(),
        None => {
            let mut all = BY_OPERATION.first().map(|(_, s)| s.clone()).unwrap_or_default();
            all.retain(|status| BY_OPERATION.iter().all(|(_, s)| s.contains(status)));
            all
        }
    }
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

/// The `/_emulator` routes, every one behind the control token.
pub(crate) fn routes(state: Arc<EmulatorState>, token: Arc<str>) -> Router {
    Router::new()
        .route("/_emulator/stats", get(stats))
        .route("/_emulator/faults", get(list).post(inject).delete(clear))
        .route("/_emulator/expire-nonces", post(expire_nonces))
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

    /// Faults each out of bounds in one way, starting from `ok`: (fault, what the error names).
    fn out_of_bounds(ok: &Fault) -> [(Fault, &'static str); 7] {
        [
            (
                Fault {
                    count: 4_294_967_295,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    count: 0,
                    ..ok.clone()
                },
                "count",
            ),
            (
                Fault {
                    status: Some(200),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    status: Some(600),
                    ..ok.clone()
                },
                "status",
            ),
            (
                Fault {
                    retry_after: Some(86_401),
                    ..ok.clone()
                },
                "retryAfter",
            ),
            (
                Fault {
                    status: None,
                    retry_after: None,
                    delay_ms: 60_001,
                    count: 1,
                    operation: None,
                },
                "delayMs",
            ),
            (
                Fault {
                    operation: Some("createOrgKey".into()),
                    ..ok.clone()
                },
                "createOrgApiKey",
            ),
        ]
    }

    #[test]
    fn faults_are_bounded() {
        let ok = Fault {
            status: Some(429),
            retry_after: Some(1),
            count: 2,
            ..Fault::default()
        };
        assert_eq!(ok.check(), Ok(()));
        for (bad, why) in out_of_bounds(&ok) {
            let error = bad.check().unwrap_err();
            assert!(error.contains(why), "{bad:?}: {error}");
        }
    }

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
