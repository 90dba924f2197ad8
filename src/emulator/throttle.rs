//! The API's rate limit as middleware (`serve --rate-limit`; the windows are `ratelimit.rs`):
//! each authenticated request is counted in the window of the organization it is about, and
//! its answer says how much of the window is left.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::ratelimit::{RateLimit, Verdict};
use super::refusals;
use super::state::EmulatorState;

const RATELIMIT_LIMIT: HeaderName = HeaderName::from_static("ratelimit-limit");
const RATELIMIT_REMAINING: HeaderName = HeaderName::from_static("ratelimit-remaining");

/// Middleware, after authentication: counts the request in the window of the organization it
/// is about, and reports the window in `RateLimit-Limit` and `RateLimit-Remaining`; a full
/// window is `429 RATE_LIMITED` with `Retry-After`.
pub(crate) async fn limit(
    State(state): State<Arc<EmulatorState>>,
    request: Request,
    next: Next,
) -> Response {
    // Installed only when a limit is configured.
    let Some(limiter) = &state.rate_limiter else {
        return next.run(request).await;
    };
    // A request about an unknown organization is answered 404 by its handler.
    let Some(org) = state.org_of_path(request.uri().path()) else {
        return next.run(request).await;
    };
    let capacity = HeaderValue::from(limiter.limit.capacity);
    match limiter.take(org) {
        Verdict::Allowed { remaining } => {
            let mut response = next.run(request).await;
            let headers = response.headers_mut();
            headers.insert(RATELIMIT_LIMIT, capacity);
            headers.insert(RATELIMIT_REMAINING, HeaderValue::from(remaining));
            response
        }
        Verdict::Limited { retry_after } => {
            state.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
            let RateLimit {
                capacity: n,
                period,
            } = limiter.limit;
            refusals::rate_limited(request.uri().path(), n, period.as_secs())
                .header(header::RETRY_AFTER, HeaderValue::from(retry_after))
                .header(RATELIMIT_LIMIT, capacity)
                .header(RATELIMIT_REMAINING, HeaderValue::from(0))
                .into_response()
        }
    }
}
