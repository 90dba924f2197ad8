//! Rate limiting as Atlas does it, opt-in (`serve --rate-limit CAPACITY/SECONDS`): a token
//! bucket per organization that holds `capacity` requests and refills `capacity` every
//! `period`. Only authenticated requests draw from it, so nobody can spend an organization's
//! budget without its credentials.

use std::fmt;
use std::str::FromStr;
use std::time::{Duration, Instant};

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use dashmap::DashMap;

use super::errors;
use super::state::EmulatorState;

/// `CAPACITY/SECONDS`: at most `capacity` requests at once, refilled at `capacity` per
/// `period`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests an organization may make in a burst (`RateLimit-Limit`).
    pub capacity: u32,
    /// The time in which a drained bucket fills up again.
    pub period: Duration,
}

impl FromStr for RateLimit {
    type Err = String;

    /// Parses `CAPACITY/SECONDS`, e.g. `100/60`.
    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || {
            format!(
                "invalid rate limit {text:?}: expected CAPACITY/SECONDS with two whole numbers \
                 from 1 to 1000000, e.g. 100/60 for 100 requests a minute"
            )
        };
        let (capacity, seconds) = text.split_once('/').ok_or_else(wrong)?;
        let number = |s: &str| {
            s.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (1..=1_000_000).contains(n))
        };
        match (number(capacity), number(seconds)) {
            (Some(capacity), Some(seconds)) => Ok(RateLimit {
                capacity,
                period: Duration::from_secs(u64::from(seconds)),
            }),
            _ => Err(wrong()),
        }
    }
}

impl fmt::Display for RateLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.capacity, self.period.as_secs())
    }
}

/// What the bucket said about one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Go ahead; this many requests are left.
    Allowed { remaining: u32 },
    /// Refused; a token will be there in this many seconds (rounded up).
    Limited { retry_after: u64 },
}

/// One bucket per organization ID.
pub(crate) struct RateLimiter {
    pub(crate) limit: RateLimit,
    buckets: DashMap<String, Bucket>,
}

struct Bucket {
    tokens: f64,
    refilled: Instant,
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Self {
        RateLimiter {
            limit,
            buckets: DashMap::new(),
        }
    }

    /// Takes one token from `org`'s bucket if there is one.
    pub(crate) fn take(&self, org: &str) -> Verdict {
        let capacity = f64::from(self.limit.capacity);
        let per_second = capacity / self.limit.period.as_secs_f64();
        let now = Instant::now();
        let mut bucket = self.buckets.entry(org.to_owned()).or_insert(Bucket {
            tokens: capacity,
            refilled: now,
        });
        let elapsed = now.duration_since(bucket.refilled).as_secs_f64();
        bucket.tokens = (bucket.tokens + elapsed * per_second).min(capacity);
        bucket.refilled = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Verdict::Allowed {
                remaining: bucket.tokens.floor() as u32,
            }
        } else {
            let wait = (1.0 - bucket.tokens) / per_second;
            Verdict::Limited {
                retry_after: wait.ceil().max(1.0) as u64,
            }
        }
    }
}

const RATELIMIT_LIMIT: HeaderName = HeaderName::from_static("ratelimit-limit");
const RATELIMIT_REMAINING: HeaderName = HeaderName::from_static("ratelimit-remaining");

/// Middleware, after authentication: draws a token from the bucket of the organization the
/// request is about, and reports the bucket in `RateLimit-Limit` and `RateLimit-Remaining`;
/// an empty bucket is `429 RATE_LIMITED` with `Retry-After`.
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
            errors::rate_limited(request.uri().path(), n, period.as_secs())
                .header(header::RETRY_AFTER, HeaderValue::from(retry_after))
                .header(RATELIMIT_LIMIT, capacity)
                .header(RATELIMIT_REMAINING, HeaderValue::from(0))
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_capacity_per_seconds_and_says_what_is_wrong() {
        assert_eq!(
            "5/60".parse::<RateLimit>(),
            Ok(RateLimit {
                capacity: 5,
                period: Duration::from_secs(60)
            })
        );
        for bad in ["5", "0/60", "5/0", "x/60", "5/60s", "-1/2"] {
            let error = bad.parse::<RateLimit>().unwrap_err();
            assert!(error.contains("CAPACITY/SECONDS"), "{bad}: {error}");
        }
    }

    #[test]
    fn the_sixth_request_waits_for_a_refill() {
        let limiter = RateLimiter::new("5/60".parse().unwrap());
        let remaining: Vec<Verdict> = (0..5).map(|_| limiter.take("org")).collect();
        assert_eq!(
            remaining,
            (0..5)
                .rev()
                .map(|remaining| Verdict::Allowed { remaining })
                .collect::<Vec<_>>()
        );
        assert_eq!(limiter.take("org"), Verdict::Limited { retry_after: 12 });
        assert_eq!(
            limiter.take("other"),
            Verdict::Allowed { remaining: 4 },
            "one bucket per organization"
        );
    }
}
