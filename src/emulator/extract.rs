//! What the handlers take from a request besides the path: the query parameters the
//! operation documents ([`QueryOptions`]), and the body, read first by [`read_body`] within
//! the body timeout and size limit.

use std::marker::PhantomData;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt as _, LengthLimitError, Limited};

use super::errors;
use super::response::{ApiFailure, form_urlencoded_pairs};
use super::state::EmulatorState;

/// The largest request body read; MongoDB's create bodies are a few hundred bytes.
pub(crate) const MAX_BODY: usize = 64 * 1024;

/// The list parameters an operation documents (`pageNum`, `itemsPerPage`, `includeCount`),
/// checked as MongoDB checks them although a create ignores them.
pub(crate) trait ListParameters {
    /// The largest `itemsPerPage`, or `None` where the operation does not document it.
    const ITEMS_PER_PAGE: Option<u32>;
    /// Whether the operation documents `pageNum`.
    const PAGE_NUM: bool;
}

/// `createOrgApiKey`: up to 500 per page (MongoDB's one limit, on both products).
pub(crate) struct OrgList;
impl ListParameters for OrgList {
    const ITEMS_PER_PAGE: Option<u32> = Some(500);
    const PAGE_NUM: bool = true;
}

/// `createProjectApiKey`: up to 500 per page, and `includeCount`.
pub(crate) struct ProjectList;
impl ListParameters for ProjectList {
    const ITEMS_PER_PAGE: Option<u32> = Some(500);
    const PAGE_NUM: bool = true;
}

/// `createApiKeyAccessListEntries`: a list answer, paged (up to 500 per page).
pub(crate) struct AccessListPage;
impl ListParameters for AccessListPage {
    const ITEMS_PER_PAGE: Option<u32> = Some(500);
    const PAGE_NUM: bool = true;
}

/// Operations that document only `pretty` and `envelope`.
pub(crate) struct NoList;
impl ListParameters for NoList {
    const ITEMS_PER_PAGE: Option<u32> = None;
    const PAGE_NUM: bool = false;
}

/// The query string, checked: the list parameters `L` documents must be in range. MongoDB
/// ignores parameters it does not know, and reads booleans as Java does ([`flag`]), never
/// refusing one. (`envelope` and `pretty` themselves are applied by
/// [`super::response::shape`].) The list parameters' values, defaults included, for the
/// operations whose answer is a list.
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
        for (name, value) in &pairs {
            let valid = match name.as_str() {
                "pageNum" if L::PAGE_NUM => in_range(value, i32::MAX as u32),
                "itemsPerPage" => L::ITEMS_PER_PAGE.is_none_or(|max| in_range(value, max)),
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

/// The `{id}` of an operation's path (`.../orgs/{id}/apiKeys`), percent-decoded; as sent
/// when it does not decode to UTF-8 (`%ff`). Not an ObjectId either way, so the handler
/// answers MongoDB's 404 for an invalid ID instead of axum's plain-text 400.
pub(crate) struct PathId(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Ok(Path(id)) = Path::<String>::from_request_parts(parts, state).await {
            return Ok(PathId(id));
        }
        // Every operation's path is `/api/{product}/v1.0/{collection}/{id}/...`.
        let raw = parts.uri.path().split('/').nth(5).unwrap_or_default();
        Ok(PathId(raw.to_owned()))
    }
}

/// The IDs of `.../orgs/{orgId}/apiKeys/{apiUserId}/...`, percent-decoded like [`PathId`].
pub(crate) struct KeyPath {
    pub(crate) org_id: String,
    pub(crate) key_id: String,
}

impl<S: Send + Sync> FromRequestParts<S> for KeyPath {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Ok(Path((org_id, key_id))) =
            Path::<(String, String)>::from_request_parts(parts, state).await
        {
            return Ok(KeyPath { org_id, key_id });
        }
        let mut segments = parts.uri.path().split('/').skip(5).step_by(2);
        let mut next = || segments.next().unwrap_or_default().to_owned();
        Ok(KeyPath {
            org_id: next(),
            key_id: next(),
        })
    }
}

/// A boolean query parameter as MongoDB's Java back end reads it, or `None` when it is absent
/// or blank (then the default applies). Jersey reads a `boolean` `@QueryParam` with
/// `Boolean.valueOf(String)` on the parameter's first value (`PrimitiveValueOfExtractor`),
/// which is `true` for `true` in any letter case and `false` for anything else; a value that
/// is empty or all white space gives the default. So nothing is refused: `pretty=1` is false.
pub(crate) fn flag(pairs: &[(String, String)], name: &str) -> Option<bool> {
    let (_, value) = pairs.iter().find(|(n, _)| n == name)?;
    (!value.trim().is_empty()).then(|| value.eq_ignore_ascii_case("true"))
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
/// against the `application/json` its create methods consume: absent is fine (Jersey then
/// matches any method); otherwise it must be one media type compatible with
/// `application/json` (`MediaType.isCompatible`: type and subtype equal in any letter case,
/// or a wildcard; parameters such as `charset` ignored), else `415`. Extracted before the
/// path and query are looked at: Jersey answers `415` while selecting the method, before the
/// method reads anything.
pub(crate) struct JsonContent;

impl<S: Sync> FromRequestParts<S> for JsonContent {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        let mut values = parts.headers.get_all(header::CONTENT_TYPE).iter();
        match (values.next(), values.next()) {
            (None, _) => Ok(JsonContent),
            (Some(value), None) if is_json(value) => Ok(JsonContent),
            _ => Err(errors::unsupported_media_type()),
        }
    }
}

/// Whether a `Content-Type` value is a media type compatible with `application/json`.
fn is_json(value: &HeaderValue) -> bool {
    let Ok(text) = value.to_str() else {
        return false;
    };
    let essence = text.split(';').next().unwrap_or_default().trim();
    let Some((kind, subtype)) = essence.split_once('/') else {
        return false;
    };
    let token = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_graphic() && b != b'/');
    let matches = |part: &str, want: &str| part == "*" || part.eq_ignore_ascii_case(want);
    token(kind)
        && token(subtype)
        && (kind == "*" || (matches(kind, "application") && matches(subtype, "json")))
}
