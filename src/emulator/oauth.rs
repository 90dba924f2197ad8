//! Service accounts as Atlas serves them: `POST /api/oauth/token` (OAuth 2.0 client
//! credentials, RFC 6749 section 4.4, with HTTP Basic client authentication) and
//! `POST /api/oauth/revoke` (RFC 7009) at the host root, the bearer tokens they issue, and the
//! token endpoint's rate limit (10 a minute per client and address by default).
//!
//! Tokens are random, stored as SHA-256 hashes with the account and secret that obtained them
//! and their expiry, at most 100 active per service account, as MongoDB allows, and swept once
//! expired (`tokens.rs`); only a client that authenticated with an unexpired secret of its own
//! can make one, and each service account's windows cover a bounded number of addresses, so
//! what is stored is bounded by the number of service accounts, itself bounded per
//! organization. A deleted or expired secret is refused as a wrong one is: `401
//! invalid_client`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::ratelimit::Verdict;
use super::refusals;
use super::state::EmulatorState;
use super::tokens::NotIssued;

/// The token endpoint, at the host root as on `cloud.mongodb.com`.
pub(crate) const TOKEN_PATH: &str = "/api/oauth/token";
/// The revocation endpoint.
pub(crate) const REVOKE_PATH: &str = "/api/oauth/revoke";

/// An OAuth error answer (RFC 6749 section 5.2).
fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    let body = json!({ "error": error, "error_description": description });
    let mut response = (status, axum::Json(body)).into_response();
    if status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"MMS Public API\""),
        );
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The answer to credentials that are not a service account's unexpired secret: unknown,
/// wrong, deleted or expired alike.
fn invalid_client() -> Response {
    oauth_error(
        StatusCode::UNAUTHORIZED,
        "invalid_client",
        "Client authentication failed: send the client ID and secret with HTTP Basic.",
    )
}

/// The form fields of a token or revocation request, or why there are none: the media type
/// must be `application/x-www-form-urlencoded` (any case, parameters allowed), and no
/// parameter may appear twice (RFC 6749 section 3.2).
fn form(headers: &HeaderMap, body: &[u8]) -> Result<Vec<(String, String)>, Box<Response>> {
    let invalid = |description: &str| {
        Box::new(oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            description,
        ))
    };
    let form_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| {
            media
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    let must = "The request must be application/x-www-form-urlencoded.";
    if !form_type {
        return Err(invalid(must));
    }
    let fields =
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).map_err(|_| invalid(must))?;
    let mut names: Vec<&str> = fields.iter().map(|(name, _)| name.as_str()).collect();
    names.sort_unstable();
    if let Some(pair) = names.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(invalid(&format!(
            "The {} parameter must not be sent more than once.",
            pair[0]
        )));
    }
    Ok(fields)
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /api/oauth/token`.
pub(crate) async fn token(
    State(state): State<Arc<EmulatorState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    state
        .counters
        .token_requests
        .fetch_add(1, Ordering::Relaxed);
    let oauth = &state.oauth;
    let Some((client_id, secret_id)) = oauth.client(&headers, state.clock.now()) else {
        return invalid_client();
    };
    if let Verdict::Limited { retry_after } = oauth.tokens.take(&client_id, peer.ip()) {
        state.counters.rate_limited.fetch_add(1, Ordering::Relaxed);
        let limit = oauth.tokens.limit;
        return refusals::rate_limited(TOKEN_PATH, limit.capacity, limit.period.as_secs())
            .header(header::RETRY_AFTER, HeaderValue::from(retry_after))
            .into_response();
    }
    let fields = match form(&headers, &body) {
        Ok(fields) => fields,
        Err(response) => return *response,
    };
    match field(&fields, "grant_type") {
        Some("client_credentials") => {}
        Some(_) => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Only grant_type=client_credentials is supported.",
            );
        }
        None => {
            return oauth_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "The grant_type parameter is missing.",
            );
        }
    }
    let token = match oauth
        .tokens
        .issue(&client_id, &secret_id, state.clock.instant())
    {
        Ok(token) => token,
        // MongoDB's words, typo included.
        Err(NotIssued::Limit) => {
            return oauth_error(
                StatusCode::FORBIDDEN,
                "access_denied",
                "Access Token limit reached. Please use the existing Access Tokensor create a new Service Account.",
            );
        }
        // Deleted meanwhile.
        Err(NotIssued::NoAccount) => return invalid_client(),
    };
    oauth.mark_used(&client_id, &secret_id, state.clock.now());
    let answer = json!({
        "access_token": token,
        "expires_in": oauth.tokens.lifetime.as_secs(),
        "token_type": "Bearer",
    });
    let mut response = axum::Json(answer).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `POST /api/oauth/revoke`: forgets a token of the authenticated client (RFC 7009 answers
/// 200 for tokens it does not know too).
pub(crate) async fn revoke(
    State(state): State<Arc<EmulatorState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let oauth = &state.oauth;
    let Some((client_id, _)) = oauth.client(&headers, state.clock.now()) else {
        return invalid_client();
    };
    let fields = match form(&headers, &body) {
        Ok(fields) => fields,
        Err(response) => return *response,
    };
    let Some(token) = field(&fields, "token") else {
        return oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "The token parameter is missing.",
        );
    };
    oauth.tokens.revoke(&client_id, token);
    StatusCode::OK.into_response()
}

/// The token and revocation endpoints, outside the API's base paths.
pub(crate) fn routes(state: Arc<EmulatorState>) -> axum::Router {
    axum::Router::new()
        .route(TOKEN_PATH, axum::routing::post(token))
        .route(REVOKE_PATH, axum::routing::post(revoke))
        .with_state(state)
}

/// The 401 for a bearer token that is unknown, expired or revoked.
pub(crate) fn invalid_token() -> Response {
    super::errors::not_authenticated()
        .header(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static(
                "Bearer realm=\"MMS Public API\", error=\"invalid_token\", error_description=\"The access token is expired, revoked or unknown.\"",
            ),
        )
        .into_response()
}
