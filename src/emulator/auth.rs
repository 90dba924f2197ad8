//! Digest authentication as MongoDB does it, as middleware: a request that authenticates goes
//! on with its [`Principal`] in the request's extensions; any other is answered 401 with the
//! exact Atlas challenge (`stale=true` when only the nonce was wrong) and Atlas's JSON body.
//! The `uri` must be the request-target, the algorithm the challenged one, `qop` `auth`, no
//! `opaque` (the challenge offers none), no directive twice and no empty `cnonce`
//! ([`Authorization::parse`]), and each (nonce, nc) is accepted once.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::{ConnectInfo, MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::errors;
use super::nonces::NonceRefusal;
use super::oauth;
use super::operations::{self, Operation};
use super::principal::Principal;
use super::products::{Api, Product};
use super::service_accounts::Bearer;
use super::state::EmulatorState;
use crate::digest::{ATLAS_REALM, Authorization, Challenge, Qop};

/// Why a request was not authenticated; each answer is a 401 with a fresh challenge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No or unreadable credentials, an unknown user, a wrong password or request digest.
    Denied,
    /// The digest was right for a nonce that expired or that this server did not issue.
    Stale,
    /// This (nonce, nc) was accepted before.
    Replay,
}

impl From<NonceRefusal> for Refusal {
    fn from(refusal: NonceRefusal) -> Self {
        match refusal {
            NonceRefusal::Stale => Refusal::Stale,
            NonceRefusal::Replay => Refusal::Replay,
        }
    }
}

/// Middleware: authenticates the request and puts its [`Principal`] into its extensions.
/// Atlas, and Cloud Manager's service-account operations, also take service accounts' bearer
/// tokens; Ops Manager has no service accounts and answers a bearer token as it answers no
/// credentials, with a digest challenge.
pub(crate) async fn authenticate(
    State(state): State<Arc<EmulatorState>>,
    mut request: Request,
    next: Next,
) -> Response {
    state.counters.requests.fetch_add(1, Ordering::Relaxed);
    let principal = if !state.authentication {
        state.fixture_user()
    } else if request
        .headers()
        .get_all(header::AUTHORIZATION)
        .iter()
        .count()
        > 1
    {
        // `Authorization` holds one credential: two are no credentials, whatever their order.
        return challenge(&state, Refusal::Denied);
    } else if let Some(token) = bearer_token(&request) {
        match state.oauth.bearer(token, state.clock.instant()) {
            Bearer::Valid(principal) => {
                state.counters.bearer_calls.fetch_add(1, Ordering::Relaxed);
                principal
            }
            Bearer::Invalid => return oauth::invalid_token(),
        }
    } else {
        match verify_digest(&state, &request) {
            Ok(principal) => principal,
            Err(refusal) => return challenge(&state, refusal),
        }
    };
    if state.authentication {
        // Checked after authentication, so that nothing is told to who cannot sign.
        let caller = caller(&request);
        if let Some(Err(refusal)) = caller.map(|ip| state.access_lists.admit(&principal.who, ip)) {
            state.counters.forbidden.fetch_add(1, Ordering::Relaxed);
            return refusal.into_response();
        }
    }
    if let Some(operation) = operation_of(&request) {
        state.counters.called(operation);
    }
    request.extensions_mut().insert(principal);
    next.run(request).await
}

/// The operation a request is to, by the route that matched it.
fn operation_of(request: &Request) -> Option<&'static Operation> {
    let matched = request.extensions().get::<MatchedPath>()?;
    operations::find(
        request.method().as_str(),
        matched.as_str(),
        request.uri().path(),
    )
}

/// The caller's address, from the connection.
fn caller(request: &Request) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip())
}

/// The token of `Authorization: Bearer`, on Atlas's paths only.
fn bearer_token(request: &Request) -> Option<&str> {
    if !takes_bearer(request.uri().path()) {
        return None;
    }
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Whether the API of `path` takes service accounts' bearer tokens: Atlas's, and Cloud
/// Manager's service-account operations (`/api/public/v1.0/orgs/{orgId}/serviceAccounts...`;
/// Cloud Manager takes tokens, as a Preview). The rest of `/api/public/v1.0` is Ops
/// Manager's too, which has no service accounts: a token there gets the digest challenge.
fn takes_bearer(path: &str) -> bool {
    match Api::of_path(path) {
        Some(api) if api.product() == Product::Atlas => true,
        Some(Api::Public) => {
            let mut segments = path.split('/').skip(4);
            let (orgs, _, collection) = (segments.next(), segments.next(), segments.next());
            orgs == Some("orgs") && collection == Some("serviceAccounts")
        }
        _ => false,
    }
}

/// Checks the request's `Authorization: Digest` header against the credentials.
fn verify_digest(state: &EmulatorState, request: &Request) -> Result<Principal, Refusal> {
    let auth = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|h| Authorization::parse(h).ok())
        .ok_or(Refusal::Denied)?;
    let uri = request.uri();
    let target = uri.path_and_query().map_or(uri.path(), |pq| pq.as_str());
    // The challenge offered qop="auth" with one algorithm and no opaque; the answer must use
    // exactly those (an `opaque` echoes the challenge's, RFC 7616 section 3.4, so one here was
    // never offered), sign the request-target actually sent, and count from 1 (Atlas rejects
    // nc=00000000).
    if auth.algorithm != state.algorithm
        || auth.opaque.is_some()
        || auth.qop != Some(Qop::Auth)
        || auth.uri != target
        || auth.realm != ATLAS_REALM
        || auth.nc.is_none_or(|nc| nc == 0)
    {
        return Err(Refusal::Denied);
    }
    let credential = state.credential(&auth.username).ok_or(Refusal::Denied)?;
    // qop=auth signs the method and the request-target, not the body.
    let signed = crate::digest::Request {
        method: request.method().as_str(),
        uri: target,
        body: b"",
    };
    let right = credential
        .password_hashes
        .iter()
        .any(|hash| auth.verify_hash(&auth.username, hash, &signed));
    if !right {
        return Err(Refusal::Denied);
    }
    state
        .nonces
        .consume(&auth.nonce, auth.nc.unwrap_or_default())?;
    Ok(credential.principal.clone())
}

/// A 401 with a fresh challenge; never enveloped, so that a digest client sees it.
fn challenge(state: &EmulatorState, refusal: Refusal) -> Response {
    let counters = &state.counters;
    counters.challenges.fetch_add(1, Ordering::Relaxed);
    match refusal {
        Refusal::Stale => counters.stale_nonces.fetch_add(1, Ordering::Relaxed),
        Refusal::Replay => counters.replays.fetch_add(1, Ordering::Relaxed),
        Refusal::Denied => 0,
    };
    // The digest was right in both cases: the client may sign again with the new nonce.
    let stale = refusal != Refusal::Denied;
    let mut challenge = Challenge::atlas(&state.nonces.issue(), stale);
    challenge.algorithm = state.algorithm;
    let failure = match refusal {
        Refusal::Replay => errors::nonce_count_reused(),
        _ => errors::not_authenticated(),
    };
    let mut failure = failure.for_challenge();
    if let Ok(value) = HeaderValue::from_str(&challenge.to_string()) {
        failure = failure.header(header::WWW_AUTHENTICATE, value);
    }
    failure.into_response()
}
