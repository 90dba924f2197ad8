//! Digest in one round trip: per origin, the last challenge received (ready to sign) and the
//! nonce count used with it. A request is signed in advance with it; a 401 carrying a new
//! challenge (first contact, a stale or replaced nonce) is answered once, signed from that
//! challenge: at most two requests, never a loop.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use reqwest::header::{AUTHORIZATION, HeaderValue, WWW_AUTHENTICATE};
use reqwest::{Request, Response, StatusCode};
use secrecy::ExposeSecret as _;

use super::response::{SendError, Stopped};
use crate::digest::{self, Challenge, Signer};

/// The digest state of one client.
pub(crate) struct DigestSessions {
    public_key: String,
    private_key: secrecy::SecretString,
    allow_legacy: bool,
    /// origin -> the last challenge received from it, ready to sign, and its nonce count;
    /// `None` for an origin that answered without challenging. A list, not a map: a client
    /// talks to one origin (two with a token endpoint), so a comparison beats hashing.
    sessions: Mutex<Vec<(String, Option<Arc<Session>>)>>,
    /// Held by the one call that fetches the first challenge, so that calls started at the
    /// same time on a new client wait for its nonce instead of each fetching their own.
    first_contact: tokio::sync::Mutex<()>,
}

struct Session {
    signer: Signer,
    nc: AtomicU32,
}

/// What sending one request took.
pub(crate) struct Sent {
    pub(crate) response: Response,
    /// HTTP requests sent: 1, or 2 after a challenge.
    pub(crate) requests: u32,
}

impl DigestSessions {
    pub(crate) fn new(
        public_key: String,
        private_key: secrecy::SecretString,
        allow_legacy: bool,
    ) -> Self {
        DigestSessions {
            public_key,
            private_key,
            allow_legacy,
            sessions: Mutex::default(),
            first_contact: tokio::sync::Mutex::const_new(()),
        }
    }

    /// Sends `request`, signed with the cached nonce when there is one, and answers one new
    /// challenge. `Ok(Err(..))` when the call must stop before anything is signed.
    pub(crate) async fn send(
        &self,
        http: &reqwest::Client,
        request: &Request,
    ) -> Result<Result<Sent, Stopped>, SendError> {
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
        let Some(first) = self.signed(request, cached.as_deref()) else {
            return Ok(Err(Stopped::Unreplayable));
        };
        let response = transmit(http, first, cached.is_some()).await?;
        if response.status() != StatusCode::UNAUTHORIZED {
            if handshake.is_some() {
                // No challenge: later calls need not wait for one either.
                let mut sessions = self.lock();
                if !sessions.iter().any(|(o, _)| o == origin) {
                    sessions.push((origin.to_owned(), None));
                }
            }
            return Ok(Ok(Sent {
                response,
                requests: 1,
            }));
        }
        let Some(challenge) = challenge_of(&response) else {
            // Authenticated, but not allowed: nothing to sign again.
            return Ok(Ok(Sent {
                response,
                requests: 1,
            }));
        };
        if challenge.preferred_qop().is_none() && !self.allow_legacy {
            return Ok(Err(Stopped::InsecureChallenge {
                reason: insecure(&challenge),
            }));
        }
        let session = self.store(origin, challenge);
        drop(handshake);
        let Some(second) = self.signed(request, Some(&session)) else {
            return Ok(Err(Stopped::Unreplayable));
        };
        // The first request was answered 401: if this one cannot be sent, something was.
        let response = transmit(http, second, true)
            .await
            .map_err(|error| SendError {
                error,
                refused_before: true,
            })?;
        Ok(Ok(Sent {
            response,
            requests: 2,
        }))
    }

    /// `None`: never contacted; `Some(None)`: contacted, never challenged.
    fn session(&self, origin: &str) -> Option<Option<Arc<Session>>> {
        let sessions = self.lock();
        sessions
            .iter()
            .find(|(o, _)| o == origin)
            .map(|(_, s)| s.clone())
    }

    fn store(&self, origin: &str, challenge: Challenge) -> Arc<Session> {
        let signer = challenge.signer(&self.public_key, self.private_key.expose_secret());
        let session = Arc::new(Session {
            signer,
            nc: AtomicU32::new(0),
        });
        let mut sessions = self.lock();
        match sessions.iter_mut().find(|(o, _)| o == origin) {
            Some((_, held)) => *held = Some(session.clone()),
            None => sessions.push((origin.to_owned(), Some(session.clone()))),
        }
        session
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, Option<Arc<Session>>)>> {
        self.sessions
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A copy of `request`, with an `Authorization` header when there is a session; `None`
    /// when the request cannot be copied (a streaming body; progenitor sends bytes).
    fn signed(&self, request: &Request, session: Option<&Session>) -> Option<Request> {
        let mut copy = request.try_clone()?;
        let Some(session) = session else {
            return Some(copy);
        };
        let url = request.url();
        // The request-target as sent: path and query.
        let target = &url[url::Position::BeforePath..url::Position::AfterQuery];
        let body = request
            .body()
            .and_then(|b| b.as_bytes())
            .unwrap_or_default();
        let nc = session.nc.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        let cnonce = digest::Hex::of(&crate::random::bytes::<16>());
        let message = digest::Request {
            method: request.method().as_str(),
            uri: target,
            body,
        };
        let header = session.signer.header(&message, nc, cnonce.as_str());
        if let Ok(mut value) = HeaderValue::try_from(header) {
            value.set_sensitive(true);
            copy.headers_mut().insert(AUTHORIZATION, value);
        }
        Some(copy)
    }
}

/// Why a challenge without a usable `qop` is refused.
fn insecure(challenge: &Challenge) -> String {
    let offered = if challenge.qop.is_empty() {
        "no qop (RFC 2069)".to_owned()
    } else {
        "no qop value this client can honour".to_owned()
    };
    format!(
        "the server's digest challenge (realm {:?}) offers {offered}: signing it would leave out \
         the client nonce and the nonce count, a downgrade from the qop=\"auth\" that Atlas and \
         Ops Manager offer. Nothing was signed or sent with your credentials. If this server \
         really offers nothing better, allow it with ClientBuilder::allow_legacy_digest(true)",
        challenge.realm
    )
}

pub(crate) async fn transmit(
    http: &reqwest::Client,
    request: Request,
    signed: bool,
) -> reqwest::Result<Response> {
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
