//! What every generated operation goes through, in progenitor's `ClientHooks::exec`:
//! digest signing in one round trip, `envelope` and `pretty` defaults, envelope unwrapping,
//! bounded retries of 429 answers, and a `tracing` span per call.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderValue, WWW_AUTHENTICATE};
use reqwest::{Request, Response, StatusCode};
use secrecy::ExposeSecret as _;
use tracing::Instrument as _;

use super::{Credentials, RetryPolicy};
use crate::digest::{self, Challenge, Signer};
use crate::generated::Client as Generated;

/// The per-client state the hooks use: credentials, defaults, retry policy and the digest
/// sessions. Cheap to clone (shared); `Debug` shows no secret.
#[derive(Clone)]
pub struct ClientState(Arc<State>);

struct State {
    credentials: Credentials,
    envelope: bool,
    pretty: bool,
    retry: RetryPolicy,
    /// origin -> the last challenge received from it, ready to sign (its realm, nonce,
    /// opaque, algorithm, qop, and the user's half of the hash), and the nonce count used
    /// with it so far; `None` for an origin that answered without challenging.
    sessions: Mutex<HashMap<String, Option<Arc<Session>>>>,
    /// Held by the one call that fetches the first challenge, so that calls started at the
    /// same time on a new client wait for its nonce instead of each fetching their own.
    first_contact: tokio::sync::Mutex<()>,
}

struct Session {
    signer: Signer,
    nc: AtomicU32,
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("credentials", &self.0.credentials)
            .field("envelope", &self.0.envelope)
            .field("pretty", &self.0.pretty)
            .field("retry", &self.0.retry)
            .finish_non_exhaustive()
    }
}

impl ClientState {
    pub(crate) fn new(
        credentials: Credentials,
        envelope: bool,
        pretty: bool,
        retry: RetryPolicy,
    ) -> Self {
        ClientState(Arc::new(State {
            credentials,
            envelope,
            pretty,
            retry,
            sessions: Mutex::default(),
            first_contact: tokio::sync::Mutex::const_new(()),
        }))
    }
}

impl ClientHooks<ClientState> for Generated {
    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        let span = tracing::info_span!(
            "mongodb_api_keys.call",
            operation = info.operation_id,
            method = %request.method(),
            path = request.url().path(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        self.inner()
            .0
            .execute(self.client(), request)
            .instrument(span)
            .await
    }
}

impl State {
    async fn execute(
        &self,
        http: &reqwest::Client,
        mut request: Request,
    ) -> reqwest::Result<Response> {
        let started = Instant::now();
        self.apply_defaults(&mut request);
        let enveloped = request
            .url()
            .query_pairs()
            .any(|(k, v)| k == "envelope" && v == "true");
        let (mut attempts, mut tries) = (0, 0);
        let mut waited = Duration::ZERO;
        let response = loop {
            let (response, sent) = self.authenticated(http, &request).await?;
            attempts += sent;
            tries += 1;
            let response = if enveloped {
                unwrap_envelope(response).await?
            } else {
                response
            };
            let response = normalize_error_body(response).await?;
            // A 429 means the server did not act on the request: the only answer retried.
            if response.status() != StatusCode::TOO_MANY_REQUESTS {
                break response;
            }
            let wait =
                super::error::retry_after(response.headers()).unwrap_or(self.retry.backoff(tries));
            if tries >= self.retry.max_attempts || waited + wait > self.retry.max_total_wait {
                break response;
            }
            tracing::info!(
                wait_ms = wait.as_millis() as u64,
                "rate limited (429); waiting as the server asked"
            );
            tokio::time::sleep(wait).await;
            waited += wait;
        };
        let span = tracing::Span::current();
        span.record("status", response.status().as_u16());
        span.record("attempts", attempts);
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        tracing::debug!("call finished");
        Ok(response)
    }

    /// Sends `request` signed with the cached nonce when there is one. A 401 with a new
    /// challenge (first contact, a stale or replaced nonce) is answered once, signed from
    /// that challenge: at most 2 requests. Returns the answer and the requests sent.
    async fn authenticated(
        &self,
        http: &reqwest::Client,
        request: &Request,
    ) -> reqwest::Result<(Response, u32)> {
        let origin = &request.url()[..url::Position::BeforePath];
        let mut handshake = None;
        let mut known = self.session(origin);
        if known.is_none() {
            let guard = self.first_contact.lock().await;
            known = self.session(origin); // another call may have finished the handshake
            if known.is_none() {
                handshake = Some(guard); // this call fetches the challenge; others wait
            }
        }
        let cached = known.flatten();
        let first = self.signed(request, cached.as_deref());
        let response = send(http, first, cached.is_some()).await?;
        if response.status() != StatusCode::UNAUTHORIZED {
            if handshake.is_some() {
                // No challenge: later calls need not wait for one either.
                self.lock().entry(origin.to_owned()).or_insert(None);
            }
            return Ok((response, 1));
        }
        let Some(challenge) = challenge_of(&response) else {
            return Ok((response, 1)); // authenticated, but not allowed: nothing to re-sign
        };
        let session = self.store(origin, challenge);
        drop(handshake);
        let second = self.signed(request, Some(&session));
        Ok((send(http, second, true).await?, 2))
    }

    /// `None`: never contacted; `Some(None)`: contacted, never challenged.
    fn session(&self, origin: &str) -> Option<Option<Arc<Session>>> {
        self.lock().get(origin).cloned()
    }

    fn store(&self, origin: &str, challenge: Challenge) -> Arc<Session> {
        let credentials = &self.credentials;
        let signer = challenge.signer(
            &credentials.public_key,
            credentials.private_key.expose_secret(),
        );
        let session = Arc::new(Session {
            signer,
            nc: AtomicU32::new(0),
        });
        self.lock().insert(origin.to_owned(), Some(session.clone()));
        session
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Arc<Session>>>> {
        self.sessions
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A copy of `request`, with an `Authorization` header when there is a session. The body
    /// is replayed from memory (progenitor builds JSON bodies as bytes).
    fn signed(&self, request: &Request, session: Option<&Session>) -> Request {
        let mut copy = match request.try_clone() {
            Some(copy) => copy,
            None => Request::new(request.method().clone(), request.url().clone()),
        };
        let Some(session) = session else { return copy };
        let url = request.url();
        // The request-target as sent: path and query.
        let target = &url[url::Position::BeforePath..url::Position::AfterQuery];
        let body = request
            .body()
            .and_then(|b| b.as_bytes())
            .unwrap_or_default();
        let nc = session.nc.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        let cnonce: String = random_hex::<16>();
        let message = digest::Request {
            method: request.method().as_str(),
            uri: target,
            body,
        };
        let header = session.signer.header(&message, nc, &cnonce);
        if let Ok(mut value) = HeaderValue::try_from(header) {
            value.set_sensitive(true);
            copy.headers_mut().insert(AUTHORIZATION, value);
        }
        copy
    }

    fn apply_defaults(&self, request: &mut Request) {
        for (name, on) in [("envelope", self.envelope), ("pretty", self.pretty)] {
            if on && !request.url().query_pairs().any(|(k, _)| k == name) {
                request
                    .url_mut()
                    .query_pairs_mut()
                    .append_pair(name, "true");
            }
        }
    }
}

async fn send(http: &reqwest::Client, request: Request, signed: bool) -> reqwest::Result<Response> {
    let (method, path) = (request.method().clone(), request.url().path().to_owned());
    let response = http.execute(request).await?;
    tracing::debug!(%method, path, signed, status = response.status().as_u16(), "HTTP exchange");
    Ok(response)
}

fn challenge_of(response: &Response) -> Option<Challenge> {
    let headers: Vec<&str> = response
        .headers()
        .get_all(WWW_AUTHENTICATE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    Challenge::parse(&headers.join(", ")).ok()
}

/// With `envelope=true` the server answers `200 {"status": S, "content": C}`; hand the
/// generated code the response it stands for: status `S`, body `C` (its bytes as sent).
async fn unwrap_envelope(response: Response) -> reqwest::Result<Response> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Envelope<'a> {
        status: u16,
        #[serde(borrow)]
        content: &'a serde_json::value::RawValue,
    }
    if response.status() != StatusCode::OK {
        return Ok(response);
    }
    let headers = response.headers().clone();
    let bytes = response.bytes().await?;
    let (status, body) = match serde_json::from_slice::<Envelope<'_>>(&bytes) {
        Ok(envelope) => match StatusCode::from_u16(envelope.status) {
            Ok(status) => (status, bytes.slice_ref(envelope.content.get().as_bytes())),
            Err(_) => (StatusCode::OK, bytes),
        },
        Err(_) => (StatusCode::OK, bytes), // not an envelope: as it came
    };
    Ok(rebuild(status, headers, body))
}

/// An error status whose body is not MongoDB's error (an HTML page from a proxy, a load
/// balancer, an Apache in front): replace the body by an `ApiError` saying so, so that the
/// caller gets the typed error for that status instead of an undecodable response.
async fn normalize_error_body(response: Response) -> reqwest::Result<Response> {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(response);
    }
    let mut headers = response.headers().clone();
    let bytes = response.bytes().await?;
    if serde_json::from_slice::<crate::generated::types::ApiError>(&bytes).is_ok() {
        return Ok(rebuild(status, headers, bytes));
    }
    let error = serde_json::json!({
        "detail": format!(
            "the server answered without MongoDB's error body: {}",
            super::error::excerpt(&bytes)
        ),
        "error": status.as_u16(),
        "reason": status.canonical_reason().unwrap_or("Error"),
    });
    headers.insert(
        reqwest::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(rebuild(
        status,
        headers,
        bytes::Bytes::from(error.to_string()),
    ))
}

/// A response with this status, headers and body (its length recomputed).
fn rebuild(
    status: StatusCode,
    mut headers: reqwest::header::HeaderMap,
    body: bytes::Bytes,
) -> Response {
    headers.remove(reqwest::header::CONTENT_LENGTH);
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    Response::from(response)
}

fn random_hex<const N: usize>() -> String {
    crate::digest::hex(&crate::random::bytes::<N>())
}
