//! Rate limiting as Atlas words it ("limited to 100 requests every 1 minutes"), opt-in for
//! the API (`serve --rate-limit CAPACITY/SECONDS`) and always on for the token endpoint: at
//! most `capacity` requests in any `period`, a sliding [`Window`] per organization (or per
//! service account and address, kept by `tokens.rs` for a bounded number of addresses).
//! Never more lenient than that wording: a token bucket would allow a burst of `capacity` and
//! then its refills within the same minute. Only authenticated requests count, so nobody can
//! spend an organization's budget without its credentials; what is kept is at most
//! `capacity` instants per key. The middleware that applies it is `throttle.rs`.

use std::collections::VecDeque;
use std::fmt;
use std::str::FromStr;
use std::time::{Duration, Instant};

use dashmap::DashMap;

/// `CAPACITY/SECONDS`: at most `capacity` requests in any `period`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests allowed in any `period` (`RateLimit-Limit`).
    pub capacity: u32,
    /// The window.
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

/// What the window said about one request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Go ahead; this many requests are left.
    Allowed { remaining: u32 },
    /// Refused; the oldest request in the window leaves it in this many seconds (rounded
    /// up).
    Limited { retry_after: u64 },
}

/// The times of the requests of one key in the current window (at most `capacity`).
#[derive(Default)]
pub(crate) struct Window(VecDeque<Instant>);

impl Window {
    /// Counts one request at `now` if the window has room.
    pub(crate) fn take(&mut self, limit: RateLimit, now: Instant) -> Verdict {
        let capacity = limit.capacity as usize;
        self.forget_before(limit, now);
        if self.0.len() < capacity {
            self.0.push_back(now);
            return Verdict::Allowed {
                remaining: (capacity - self.0.len()) as u32,
            };
        }
        let oldest = self.0.front().copied().unwrap_or(now);
        Verdict::Limited {
            retry_after: seconds_until(oldest + limit.period, now),
        }
    }

    /// Whether no request of the window is still in it at `now`: it can be forgotten.
    pub(crate) fn is_idle(&self, limit: RateLimit, now: Instant) -> bool {
        self.0
            .back()
            .is_none_or(|newest| now.duration_since(*newest) >= limit.period)
    }

    /// When the window becomes idle.
    pub(crate) fn idle_at(&self, limit: RateLimit) -> Option<Instant> {
        self.0.back().map(|newest| *newest + limit.period)
    }

    fn forget_before(&mut self, limit: RateLimit, now: Instant) {
        while self
            .0
            .front()
            .is_some_and(|t| now.duration_since(*t) >= limit.period)
        {
            self.0.pop_front();
        }
    }
}

/// Whole seconds from `now` until `then`, rounded up, at least 1 (a `Retry-After`).
pub(crate) fn seconds_until(then: Instant, now: Instant) -> u64 {
    let wait = then.saturating_duration_since(now);
    wait.as_secs_f64().ceil().max(1.0) as u64
}

/// One window per key (per organization: a key the request path names, of which there is
/// one).
pub(crate) struct RateLimiter {
    pub(crate) limit: RateLimit,
    windows: DashMap<String, Window>,
}

impl RateLimiter {
    pub(crate) fn new(limit: RateLimit) -> Self {
        RateLimiter {
            limit,
            windows: DashMap::new(),
        }
    }

    /// Counts one request for `key` if its window has room.
    pub(crate) fn take(&self, key: &str) -> Verdict {
        let mut window = self.windows.entry(key.to_owned()).or_default();
        window.take(self.limit, Instant::now())
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
    fn the_sixth_request_waits_until_the_first_leaves_the_window() {
        let limiter = RateLimiter::new("5/60".parse().unwrap());
        let remaining: Vec<Verdict> = (0..5).map(|_| limiter.take("org")).collect();
        assert_eq!(
            remaining,
            (0..5)
                .rev()
                .map(|remaining| Verdict::Allowed { remaining })
                .collect::<Vec<_>>()
        );
        assert_eq!(limiter.take("org"), Verdict::Limited { retry_after: 60 });
        assert_eq!(
            limiter.take("other"),
            Verdict::Allowed { remaining: 4 },
            "one window per organization"
        );
    }
}
