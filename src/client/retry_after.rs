//! `Retry-After` (RFC 9110 section 10.2.3): delta-seconds or an HTTP date, as a wait from
//! now and the time it ends.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};

/// A `Retry-After` value (RFC 9110: delta-seconds or an HTTP date), as a wait from now and
/// the time it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RetryAfter {
    pub(crate) wait: Duration,
    pub(crate) at: SystemTime,
}

impl RetryAfter {
    /// The longest wait kept as given; longer ones (seconds too many to add to a date) are
    /// cut to it, far beyond any retry policy, so the call still ends at once.
    const LONGEST: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

    /// The header's value, read leniently where the meaning is clear: a number of seconds
    /// too large for `u64`, or a date whose weekday is wrong, is still a wait (the date
    /// counts, as RFC 9110 says for `Date`), never a reason to retry sooner.
    pub(crate) fn from_headers(headers: &HeaderMap) -> Option<RetryAfter> {
        let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
        let now = SystemTime::now();
        if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
            let wait = value
                .parse::<u64>()
                .map_or(Self::LONGEST, Duration::from_secs)
                .min(Self::LONGEST);
            return Some(RetryAfter {
                wait,
                at: now + wait,
            });
        }
        let at = http_date(value)?;
        Some(RetryAfter {
            wait: at.duration_since(now).unwrap_or(Duration::ZERO),
            at,
        })
    }
}

/// An HTTP date in any of its three forms; with a wrong weekday, the date it names.
fn http_date(value: &str) -> Option<SystemTime> {
    if let Ok(at) = httpdate::parse_http_date(value) {
        return Some(at);
    }
    let (_, rest) = value.split_once(", ")?;
    ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        .iter()
        .find_map(|day| httpdate::parse_http_date(&format!("{day}, {rest}")).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, value.parse().unwrap());
        headers
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        assert_eq!(
            RetryAfter::from_headers(&headers("120")).unwrap().wait,
            Duration::from_secs(120)
        );
        let far = RetryAfter::from_headers(&headers("Thu, 01 Jan 2037 00:00:00 GMT")).unwrap();
        assert!(far.wait > Duration::from_secs(300 * 24 * 3600), "{far:?}");
        assert_eq!(
            httpdate::fmt_http_date(far.at),
            "Thu, 01 Jan 2037 00:00:00 GMT"
        );
        let past = RetryAfter::from_headers(&headers("Sun, 06 Nov 1994 08:49:37 GMT")).unwrap();
        assert_eq!(past.wait, Duration::ZERO);
        assert_eq!(RetryAfter::from_headers(&headers("soon")), None);
        assert_eq!(RetryAfter::from_headers(&headers("-5")), None);
    }

    #[test]
    fn a_retry_after_out_of_range_or_with_a_wrong_weekday_is_still_a_long_wait() {
        // 2037-01-01 is a Thursday; the date counts.
        let wrong_day =
            RetryAfter::from_headers(&headers("Fri, 01 Jan 2037 00:00:00 GMT")).unwrap();
        assert_eq!(
            httpdate::fmt_http_date(wrong_day.at),
            "Thu, 01 Jan 2037 00:00:00 GMT"
        );
        // Too large for u64, and large enough to overflow a date: cut, never a panic.
        for huge in ["99999999999999999999999", "18446744073709551615"] {
            let retry = RetryAfter::from_headers(&headers(huge)).unwrap();
            assert_eq!(retry.wait, RetryAfter::LONGEST, "{huge}");
        }
    }
}
