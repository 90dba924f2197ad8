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

    /// The header's value, read leniently where the meaning is clear, so that a server that
    /// asked for a long wait is never retried sooner: a number of seconds too large for
    /// `u64`, with a `+`, or repeated (`1, 3600`: the longest counts); a date whose weekday
    /// is wrong (the date counts), in `UTC` instead of `GMT`, or in another letter case.
    pub(crate) fn from_headers(headers: &HeaderMap) -> Option<RetryAfter> {
        let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
        let now = SystemTime::now();
        if let Some(wait) = seconds(value) {
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

/// Delta-seconds, each of a comma-separated list (the longest wins), cut to
/// [`RetryAfter::LONGEST`].
fn seconds(value: &str) -> Option<Duration> {
    value
        .split(',')
        .map(|part| {
            let digits = part.trim().strip_prefix('+').unwrap_or(part.trim());
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            Some(
                digits
                    .parse::<u64>()
                    .map_or(RetryAfter::LONGEST, Duration::from_secs),
            )
        })
        .try_fold(Duration::ZERO, |longest, wait| Some(longest.max(wait?)))
        .map(|wait| wait.min(RetryAfter::LONGEST))
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// An HTTP date in any of its three forms (IMF, RFC 850, asctime); with a wrong weekday, the
/// date it names.
fn http_date(value: &str) -> Option<SystemTime> {
    let value = canonical_case(value);
    let value = value
        .strip_suffix(" UTC")
        .map_or(value.clone(), |v| format!("{v} GMT"));
    if let Ok(at) = httpdate::parse_http_date(&value) {
        return Some(at);
    }
    let candidates: Vec<String> = if let Some((_, rest)) = value.split_once(", ") {
        // IMF-fixdate (`Thu, 01 Jan 2037 ...`) or RFC 850 (`Thursday, 01-Jan-37 ...`).
        let days = if rest.contains('-') { LONG_DAYS } else { DAYS };
        days.iter().map(|day| format!("{day}, {rest}")).collect()
    } else {
        // asctime (`Thu Jan  1 00:00:00 2037`).
        let rest = value.get(3..)?;
        DAYS.iter().map(|day| format!("{day}{rest}")).collect()
    };
    candidates
        .iter()
        .find_map(|date| httpdate::parse_http_date(date).ok())
}

/// Day and month names as HTTP dates write them (`Thu`, `Jan`), the zone in capitals.
fn canonical_case(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut word_start = true;
    for c in value.chars() {
        if c.is_ascii_alphabetic() {
            out.push(if word_start {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            });
            word_start = false;
        } else {
            out.push(c);
            word_start = true;
        }
    }
    out.replace(" Gmt", " GMT").replace(" Utc", " UTC")
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
        assert_eq!(RetryAfter::from_headers(&headers("")), None);
        assert_eq!(RetryAfter::from_headers(&headers("1.5")), None);
    }

    #[test]
    fn variants_of_a_far_date_or_a_long_wait_are_still_read_as_such() {
        let thursday = "Thu, 01 Jan 2037 00:00:00 GMT";
        for value in [
            "Friday, 01-Jan-37 00:00:00 GMT",
            "Thursday, 01-Jan-37 00:00:00 GMT",
            "Fri Jan  1 00:00:00 2037",
            "Thu, 01 Jan 2037 00:00:00 UTC",
            "thu, 01 jan 2037 00:00:00 gmt",
            "THU, 01 JAN 2037 00:00:00 GMT",
        ] {
            let retry = RetryAfter::from_headers(&headers(value))
                .unwrap_or_else(|| panic!("{value:?} not read"));
            assert_eq!(httpdate::fmt_http_date(retry.at), thursday, "{value:?}");
        }
        for (value, secs) in [("+3600", 3600), ("1, 3600", 3600), (" 7 ", 7)] {
            let retry = RetryAfter::from_headers(&headers(value)).unwrap();
            assert_eq!(retry.wait, Duration::from_secs(secs), "{value:?}");
        }
        assert_eq!(RetryAfter::from_headers(&headers("1, soon")), None);
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
