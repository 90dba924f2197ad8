//! What the handlers take from a request: the IDs of its path ([`PathIds`]), its API
//! ([`Api`] from the path), the query parameters the operation documents ([`QueryOptions`]),
//! the body's media type ([`BodyType`]), and the body, read first by [`read_body`] within the
//! body timeout and size limit.

use std::marker::PhantomData;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt as _, LengthLimitError, Limited};

use super::errors;
use super::operations;
use super::products::Api;
use super::query::{flag, form_urlencoded_pairs};
use super::response::ApiFailure;
use super::state::EmulatorState;

/// The largest request body read; MongoDB's create bodies are a few hundred bytes.
pub(crate) const MAX_BODY: usize = 64 * 1024;

/// The list parameters an operation documents (`pageNum`, `itemsPerPage`, `includeCount`).
pub(crate) trait ListParameters {
    /// Whether the operation documents them (and so checks them).
    const LIST: bool;
}

/// A list operation: `pageNum` from 1, `itemsPerPage` 1 to 500 (MongoDB's limit, on both
/// products), `includeCount`.
pub(crate) struct List;
impl ListParameters for List {
    const LIST: bool = true;
}

/// Operations that document only `pretty` and `envelope`: the list parameters are unknown
/// parameters there, which MongoDB ignores (an access-list add answers the first page).
pub(crate) struct NoList;
impl ListParameters for NoList {
    const LIST: bool = false;
}

impl QueryOptions<List> {
    /// The first page, of 100: what an access-list add answers.
    pub(crate) fn first_page() -> Self {
        QueryOptions {
            page_num: 1,
            items_per_page: 100,
            include_count: true,
            list: PhantomData,
        }
    }
}

/// The most items a page holds.
pub(crate) const MAX_ITEMS_PER_PAGE: u32 = 500;

/// The query string, checked: the list parameters, where `L` documents them, must be in
/// range (else `400 INVALID_QUERY_PARAMETER`). MongoDB ignores parameters it does not know,
/// and reads booleans as Java does ([`flag`]), never refusing one. (`envelope` and `pretty`
/// themselves are applied by `response::shape`.) The list parameters' values, defaults
/// included.
pub(crate) struct QueryOptions<L> {
    pub(crate) page_num: u32,
    pub(crate) items_per_page: u32,
    pub(crate) include_count: bool,
    list: PhantomData<L>,
}

impl<L: ListParameters, S: Sync> FromRequestParts<S> for QueryOptions<L> {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        let query = parts.uri.query().unwrap_or("");
        if serde_urlencoded::from_str::<Vec<(String, String)>>(query).is_err() {
            return Err(errors::invalid_query_parameter(query));
        }
        let mut options = QueryOptions {
            page_num: 1,
            items_per_page: 100,
            include_count: true,
            list: PhantomData,
        };
        let pairs = form_urlencoded_pairs(query);
        if !L::LIST {
            return Ok(options);
        }
        for (name, value) in &pairs {
            let valid = match name.as_str() {
                "pageNum" => in_range(value, i32::MAX as u32),
                "itemsPerPage" => in_range(value, MAX_ITEMS_PER_PAGE),
                _ => true,
            };
            if !valid {
                return Err(errors::invalid_query_parameter(name));
            }
            match name.as_str() {
                "pageNum" => options.page_num = value.parse().unwrap_or(1),
                "itemsPerPage" => options.items_per_page = value.parse().unwrap_or(100),
                _ => {}
            }
        }
        options.include_count = flag(&pairs, "includeCount").unwrap_or(true);
        Ok(options)
    }
}

/// The IDs of a request's path by the names the spec gives them (`orgId`, `apiUserId`,
/// `ipAddress`, ...), each percent-decoded (an access-list entry's `%2F` is its `/`); as sent
/// when it does not decode to UTF-8 (`%ff`). Read by position from the route that matched,
/// so that an ID that is not valid text is still answered with MongoDB's 404 for an invalid
/// ID instead of axum's plain-text 400.
pub(crate) struct PathIds {
    ids: Vec<(String, String)>,
    path: String,
}

impl PathIds {
    /// The ID named `name` in the route; empty when it has none.
    pub(crate) fn get(&self, name: &str) -> &str {
        let found = self.ids.iter().find(|(n, _)| n == name);
        found.map_or("", |(_, value)| value.as_str())
    }

    /// The request's path as sent (for `404 RESOURCE_NOT_FOUND`, which names it).
    pub(crate) fn path(&self) -> &str {
        &self.path
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PathIds {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let route = parts.extensions.get::<MatchedPath>();
        let template = route.map_or("", |m| m.as_str()).split('/');
        let ids = template
            .zip(parts.uri.path().split('/'))
            .filter_map(|(name, raw)| {
                let name = name.strip_prefix('{')?.strip_suffix('}')?;
                let decoded = percent_encoding::percent_decode_str(raw).decode_utf8();
                Some((
                    name.to_owned(),
                    decoded.map_or(raw.to_owned(), |d| d.into_owned()),
                ))
            });
        Ok(PathIds {
            ids: ids.collect(),
            path: parts.uri.path().to_owned(),
        })
    }
}

/// A request's API, from its path (the router serves only the APIs' paths).
impl<S: Send + Sync> FromRequestParts<S> for Api {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        let path = parts.uri.path();
        Api::of_path(path).ok_or_else(|| errors::resource_not_found(path))
    }
}

fn in_range(value: &str, max: u32) -> bool {
    value.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
}

/// Middleware, first on every request: reads the body within the body timeout (else `408`)
/// and at most [`MAX_BODY`] bytes (else `413`), before anything answers. An answer given before the body was read
/// (a 401, a 429, a 404) would make hyper close the connection, and a client that sends
/// its next request on it (Python `requests` after a digest challenge, this crate's client
/// after a 429) would see it cut.
pub(crate) async fn read_body(
    State(state): State<Arc<EmulatorState>>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    // `Limited` refuses a `Content-Length` over the limit before reading any of it.
    let read = Limited::new(body, MAX_BODY).collect();
    let refused = match tokio::time::timeout(state.body_timeout, read).await {
        Ok(Ok(collected)) => {
            let body = Body::from(collected.to_bytes());
            return next.run(Request::from_parts(parts, body)).await;
        }
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => {
            errors::payload_too_large(MAX_BODY)
        }
        // Cut off: not a JSON document MongoDB would read.
        Ok(Err(_)) => errors::invalid_json(),
        Err(_) => errors::body_timeout(),
    };
    // The rest of the body is not read: the connection cannot carry another request.
    refused
        .header(header::CONNECTION, HeaderValue::from_static("close"))
        .into_response()
}

/// The `Content-Type` of a request body, checked as MongoDB's Jersey back end checks it
/// against the media type its methods consume (`application/json`; on the Admin API v2 the
/// operation's versioned type, `application/vnd.atlas.2023-01-01+json` for keys,
/// `application/vnd.atlas.2024-08-05+json` for service accounts): absent is fine (Jersey then
/// matches any method); otherwise it must be one media type compatible with that one
/// (`MediaType.isCompatible`: type and subtype equal in any letter case, or a wildcard;
/// parameters such as `charset` ignored), else `415`. Extracted before the path and query are
/// looked at: Jersey answers `415` while selecting the method, before the method reads
/// anything.
pub(crate) struct BodyType;

impl<S: Sync> FromRequestParts<S> for BodyType {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        let path = parts.uri.path();
        // The operation's own version (service accounts: 2024-08-05), else its API's type.
        let operation = (parts.extensions.get::<MatchedPath>())
            .map(|matched| operations::find(parts.method.as_str(), matched.as_str(), path));
        if let Some(None) = operation {
            // A route serving no operation for this request (a `POST` to a project's service
            // account without `:invite`): its handler answers 405, whatever the body.
            return Ok(BodyType);
        }
        let versioned = operation
            .flatten()
            .and_then(|operation| crate::generated::media_type(&operation.id));
        let consumed = versioned
            .or_else(|| Api::of_path(path).map(Api::body_media_type))
            .unwrap_or("application/json");
        let mut values = parts.headers.get_all(header::CONTENT_TYPE).iter();
        match (values.next(), values.next()) {
            (None, _) => Ok(BodyType),
            (Some(value), None) if compatible(value, consumed) => Ok(BodyType),
            _ => Err(errors::unsupported_media_type(consumed)),
        }
    }
}

/// Whether a `Content-Type` value is a media type compatible with `consumed`.
fn compatible(value: &HeaderValue, consumed: &str) -> bool {
    let Ok(text) = value.to_str() else {
        return false;
    };
    let essence = text.split(';').next().unwrap_or_default().trim();
    let (Some((kind, subtype)), Some((want_kind, want_subtype))) =
        (essence.split_once('/'), consumed.split_once('/'))
    else {
        return false;
    };
    let token = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_graphic() && b != b'/');
    let matches = |part: &str, want: &str| part == "*" || part.eq_ignore_ascii_case(want);
    token(kind)
        && token(subtype)
        && (kind == "*" || (matches(kind, want_kind) && matches(subtype, want_subtype)))
}
