//! The versions of the Atlas Admin API v2, negotiated as Atlas negotiates them: a request
//! under `/api/atlas/v2` must name in `Accept` the dated media type its resource is served
//! with (`application/vnd.atlas.2023-01-01+json`, parameters such as `charset` allowed), else
//! `406 INVALID_VERSION_DATE`; a version declared deprecated ([`Sunset`], `serve --sunset`)
//! answers with `Deprecation` and `Sunset` headers until its sunset date, and `410
//! VERSION_GONE` from that day on. Ops Manager and the deprecated v1.0 API have no versions:
//! they take `application/json` as they always did.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use super::errors;
use super::operations;
use super::products::Api;
use super::response;

/// A version of the Admin API v2 declared deprecated: from `deprecated` on its answers say so
/// (`Deprecation`, RFC 9745) and name the day it goes (`Sunset`, RFC 8594); from `sunset` on
/// its requests are answered `410 VERSION_GONE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sunset {
    /// The version: the date of its media type (`2023-01-01` for
    /// `application/vnd.atlas.2023-01-01+json`).
    pub version: NaiveDate,
    /// Since when it is deprecated (the `Deprecation` header).
    pub deprecated: NaiveDate,
    /// The first day it is no longer served (the `Sunset` header).
    pub sunset: NaiveDate,
}

impl FromStr for Sunset {
    type Err = String;

    /// `VERSION=SUNSET` (`2023-01-01=2027-06-01`: deprecated since a year before the sunset,
    /// the least MongoDB supports a deprecated version) or `VERSION=DEPRECATED/SUNSET` (an
    /// ISO 8601 interval, `2023-01-01=2024-08-05/2027-06-01`).
    fn from_str(text: &str) -> Result<Self, String> {
        let wrong = || {
            format!(
                "invalid sunset {text:?}: expected VERSION=SUNSET or VERSION=DEPRECATED/SUNSET \
                 with dates as YYYY-MM-DD, e.g. 2023-01-01=2027-06-01"
            )
        };
        let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        let (version, dates) = text.split_once('=').ok_or_else(wrong)?;
        let version = date(version).ok_or_else(wrong)?;
        let (deprecated, sunset) = match dates.split_once('/') {
            Some((deprecated, sunset)) => (date(deprecated), date(sunset)),
            None => {
                let sunset = date(dates);
                (
                    sunset.and_then(|s| s.checked_sub_months(chrono::Months::new(12))),
                    sunset,
                )
            }
        };
        match (deprecated, sunset) {
            (Some(deprecated), Some(sunset)) if deprecated <= sunset => Ok(Sunset {
                version,
                deprecated,
                sunset,
            }),
            (Some(_), Some(_)) => Err(format!(
                "invalid sunset {text:?}: a version is deprecated before its sunset, not after"
            )),
            _ => Err(wrong()),
        }
    }
}

impl fmt::Display for Sunset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}/{}", self.version, self.deprecated, self.sunset)
    }
}

impl Sunset {
    /// The versions `sunsets` name that no operation of the spec is served with, as
    /// `YYYY-MM-DD`: a sunset for them would never apply.
    pub(crate) fn unknown(sunsets: &[Sunset]) -> Vec<String> {
        sunsets
            .iter()
            .map(|s| s.version.to_string())
            .filter(|v| !served_versions().any(|served| served == v))
            .collect()
    }
}

/// The dates of the versioned media types the spec's operations are served with.
fn served_versions() -> impl Iterator<Item = &'static str> {
    crate::generated::MEDIA_TYPES
        .iter()
        .filter_map(|(_, media)| version_of(media))
}

/// The date of a versioned media type: `2023-01-01` of `application/vnd.atlas.2023-01-01+json`.
fn version_of(media: &str) -> Option<&str> {
    media
        .strip_prefix("application/vnd.atlas.")?
        .strip_suffix("+json")
}

/// The declared sunsets, the middleware's state.
pub(crate) struct Versions {
    pub(crate) sunsets: Vec<Sunset>,
}

const DEPRECATION: HeaderName = HeaderName::from_static("deprecation");
const SUNSET: HeaderName = HeaderName::from_static("sunset");

/// Middleware, after authentication and before the rate limit (a refused version is not
/// counted): on the Admin API v2, the version `Accept` names, its sunset, its headers.
pub(crate) async fn negotiate(
    State(versions): State<Arc<Versions>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let operation = request
        .extensions()
        .get::<MatchedPath>()
        .and_then(|matched| {
            let (method, path) = (request.method().as_str(), request.uri().path());
            operations::find(method, matched.as_str(), path)
        });
    // A method the path does not serve gets its 405 whatever it accepts.
    let (Some(Api::AtlasV2), Some(operation)) = (Api::of_path(path), operation) else {
        return next.run(request).await;
    };
    let Some(media) = crate::generated::media_type(&operation.id) else {
        return next.run(request).await;
    };
    if !accepts(request.headers().get_all(header::ACCEPT).iter(), media) {
        return errors::invalid_version_date().into_response();
    }
    let version = version_of(media).unwrap_or_default();
    let sunset = (versions.sunsets.iter()).find(|s| s.version.to_string() == version);
    let sunset = sunset.copied();
    if let Some(gone) = sunset.filter(|s| today() >= s.sunset) {
        return errors::version_gone(&gone.version.to_string(), path).into_response();
    }
    let mut response = next.run(request).await;
    // Answered with the version asked for (the API's default is the keys' version).
    response::set_version(&mut response, media);
    if let Some(sunset) = sunset.filter(|_| response.status().is_success()) {
        let headers = response.headers_mut();
        headers.insert(DEPRECATION, http_date(sunset.deprecated));
        headers.insert(SUNSET, http_date(sunset.sunset));
    }
    response
}

/// Whether the `Accept` values name `media` (any letter case, parameters allowed, not with
/// `q=0`). A wildcard names no version: MongoDB wants the version said.
fn accepts<'a>(values: impl Iterator<Item = &'a HeaderValue>, media: &str) -> bool {
    values
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|range| {
            let mut parts = range.split(';').map(str::trim);
            let essence = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.split_once('=').is_some_and(|(name, q)| {
                    name.trim().eq_ignore_ascii_case("q") && q.trim().parse() == Ok(0.0)
                })
            });
            essence.eq_ignore_ascii_case(media) && !refused
        })
}

/// Today, in UTC.
fn today() -> NaiveDate {
    chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).date_naive()
}

/// Midnight UTC of `date` as an HTTP date (`Thu, 01 Jul 2027 00:00:00 GMT`).
fn http_date(date: NaiveDate) -> HeaderValue {
    let seconds = date
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp());
    let time = std::time::UNIX_EPOCH + std::time::Duration::from_secs(seconds.max(0) as u64);
    HeaderValue::from_str(&httpdate::fmt_http_date(time))
        .unwrap_or_else(|_| HeaderValue::from_static("Thu, 01 Jan 1970 00:00:00 GMT"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn sunsets_parse_with_or_without_a_deprecation_date() {
        let short: Sunset = "2023-01-01=2027-06-01".parse().unwrap();
        assert_eq!(
            (short.version, short.deprecated, short.sunset),
            (date("2023-01-01"), date("2026-06-01"), date("2027-06-01"))
        );
        let long: Sunset = "2023-01-01=2024-08-05/2027-06-01".parse().unwrap();
        assert_eq!(long.deprecated, date("2024-08-05"));
        assert_eq!(long.to_string(), "2023-01-01=2024-08-05/2027-06-01");
        for bad in [
            "2023-01-01",
            "2023-01-01=",
            "x=2027-06-01",
            "2023-01-01=2027-13-01",
        ] {
            let error = bad.parse::<Sunset>().unwrap_err();
            assert!(error.contains("VERSION=SUNSET"), "{bad}: {error}");
        }
        let error = "2023-01-01=2028-01-01/2027-06-01"
            .parse::<Sunset>()
            .unwrap_err();
        assert!(error.contains("before its sunset"), "{error}");
        assert_eq!(Sunset::unknown(&[short]), Vec::<String>::new());
        // The service accounts' version is served too; a date no operation has is not.
        let accounts = "2024-08-05=2027-06-01".parse().unwrap();
        assert_eq!(Sunset::unknown(&[accounts]), Vec::<String>::new());
        let other = "2025-03-12=2027-06-01".parse().unwrap();
        assert_eq!(Sunset::unknown(&[other]), ["2025-03-12"]);
    }

    #[test]
    fn accept_must_name_the_version() {
        let media = "application/vnd.atlas.2023-01-01+json";
        let accepts = |values: &[&str]| {
            let values: Vec<HeaderValue> = values.iter().map(|v| v.parse().unwrap()).collect();
            super::accepts(values.iter(), media)
        };
        assert!(accepts(&["application/vnd.atlas.2023-01-01+json"]));
        assert!(accepts(&[
            "Application/VND.atlas.2023-01-01+JSON; charset=utf-8"
        ]));
        assert!(accepts(&[
            "application/json, application/vnd.atlas.2023-01-01+json;q=0.5"
        ]));
        assert!(accepts(&[
            "application/json",
            "application/vnd.atlas.2023-01-01+json"
        ]));
        for refused in [
            &[][..],
            &["application/json"],
            &["*/*"],
            &["application/*"],
            &["application/vnd.atlas.2024-08-05+json"],
            &["application/vnd.atlas.2023-01-01+json;q=0"],
            &["application/vnd.atlas.2023-1-1+json"],
        ] {
            assert!(!accepts(refused), "{refused:?}");
        }
        assert_eq!(
            http_date(date("2027-07-01")),
            HeaderValue::from_static("Thu, 01 Jul 2027 00:00:00 GMT")
        );
    }
}
