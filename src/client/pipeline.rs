//! The request path of every call, as explicit layers around reqwest, each returning its own
//! outcome: the caller's defaults (`envelope`, `pretty`), authentication (digest in one round
//! trip, `sessions.rs`; bearer tokens, `oauth.rs`), the answer read within its size limit
//! (`response.rs`), every held secret masked (`known_secrets.rs`), an envelope unwrapped, and
//! 429 answers retried as the policy allows; a `tracing` span per call. What stops a call
//! is an [`Error`] here, never a made-up HTTP status.

use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use reqwest::header::HeaderName;
use reqwest::{Request, StatusCode};
use tracing::Instrument as _;

use super::credentials::AccessToken;
use super::known_secrets::KnownSecrets;
use super::oauth::{self, BearerTokens};
use super::operation::Operation;
use super::product::Deprecation;
use super::response::{self, Answer, SendError, Stopped};
use super::sessions::{DigestSessions, Sent};
use super::{Credentials, Error, RetryPolicy};

/// What [`super::ClientBuilder`] hands the pipeline.
pub(crate) struct Settings {
    pub(crate) credentials: Credentials,
    pub(crate) envelope: bool,
    pub(crate) pretty: bool,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) allow_legacy_digest: bool,
    /// The proxy requests go through, described for messages.
    pub(crate) proxy: Option<String>,
    /// Where a service account's tokens come from.
    pub(crate) token_url: String,
    /// A service account's token kept from an earlier process.
    pub(crate) cached_token: Option<AccessToken>,
}

/// How requests are authenticated.
enum Auth {
    Digest(DigestSessions),
    Bearer(BearerTokens),
}

/// The per-client state of the request path: credentials, defaults, retry policy, limits,
/// the digest sessions or bearer tokens, the secrets to mask. Shared by clones of a client.
pub(crate) struct Pipeline {
    http: reqwest::Client,
    credentials: Credentials,
    auth: Auth,
    known: Arc<KnownSecrets>,
    envelope: bool,
    pretty: bool,
    retry: RetryPolicy,
    max_response_bytes: usize,
    proxy: Option<String>,
    /// The first `Deprecation` or `Sunset` an answer carried.
    deprecation: OnceLock<Deprecation>,
    /// The `Date` of the last answer (parsed only when asked for).
    server_date: std::sync::Mutex<Option<reqwest::header::HeaderValue>>,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pipeline")
            .field("credentials", &self.credentials)
            .field("envelope", &self.envelope)
            .field("pretty", &self.pretty)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish_non_exhaustive()
    }
}

impl Pipeline {
    pub(crate) fn new(http: reqwest::Client, settings: Settings) -> Self {
        let credentials = settings.credentials;
        let known = Arc::new(KnownSecrets::new(&credentials));
        let shared = || oauth::Shared {
            retry: settings.retry,
            max_response_bytes: settings.max_response_bytes,
            known: known.clone(),
        };
        let auth = match &credentials {
            Credentials::ApiKey {
                public_key,
                private_key,
            } => Auth::Digest(DigestSessions::new(
                public_key.clone(),
                private_key.clone(),
                settings.allow_legacy_digest,
            )),
            Credentials::ServiceAccount {
                client_id,
                client_secret,
            } => Auth::Bearer(BearerTokens::service_account(
                client_id.clone(),
                client_secret.clone(),
                settings.token_url,
                settings.cached_token,
                shared(),
            )),
            Credentials::AccessToken(token) => Auth::Bearer(BearerTokens::fixed(token, shared())),
        };
        Pipeline {
            http,
            credentials,
            auth,
            known,
            envelope: settings.envelope,
            pretty: settings.pretty,
            retry: settings.retry,
            max_response_bytes: settings.max_response_bytes,
            proxy: settings.proxy,
            deprecation: OnceLock::new(),
            server_date: std::sync::Mutex::new(None),
        }
    }

    /// The time the server's last answer says it was (its `Date` header), if it said.
    pub(crate) fn server_time(&self) -> Option<std::time::SystemTime> {
        let date = self
            .server_date
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()?;
        httpdate::parse_http_date(date.to_str().ok()?).ok()
    }

    /// What MongoDB said of the version of a resource this client called, if anything.
    pub(crate) fn deprecation(&self) -> Option<&Deprecation> {
        self.deprecation.get()
    }

    /// Keeps the first `Deprecation` or `Sunset` an answer carries, and warns once.
    fn note_deprecation(&self, operation: &Operation, answer: &Answer) {
        if self.deprecation.get().is_some() {
            return;
        }
        const DEPRECATION: HeaderName = HeaderName::from_static("deprecation");
        const SUNSET: HeaderName = HeaderName::from_static("sunset");
        let header = |name: &HeaderName| {
            answer
                .headers
                .get(name)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        };
        let (deprecated, sunset) = (header(&DEPRECATION), header(&SUNSET));
        if deprecated.is_none() && sunset.is_none() {
            return;
        }
        let media_type = crate::generated::media_type(operation.id)
            .unwrap_or("application/json")
            .to_owned();
        let notice = Deprecation {
            media_type,
            deprecated,
            sunset,
        };
        if self.deprecation.set(notice.clone()).is_ok() {
            tracing::warn!("{notice}");
        }
    }

    /// Where a service account's tokens come from.
    pub(crate) fn token_url(&self) -> Option<&str> {
        match &self.auth {
            Auth::Bearer(tokens) => tokens.token_url(),
            Auth::Digest(_) => None,
        }
    }

    /// A service account's token, when the client holds one.
    pub(crate) fn access_token(&self) -> Option<AccessToken> {
        match &self.auth {
            Auth::Bearer(tokens) => tokens.current(),
            Auth::Digest(_) => None,
        }
    }

    /// Sends `request` for `operation` through every layer, and returns the answer read into
    /// memory (its secrets masked, its envelope unwrapped), or why the call stopped.
    pub(crate) async fn call(
        &self,
        operation: &Operation,
        request: Request,
    ) -> Result<Answer, Error> {
        let span = tracing::info_span!(
            "mongodb_api_keys.call",
            operation = operation.id,
            method = %request.method(),
            path = request.url().path(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        // Boxed: the request path's state is large, and a boxed future is moved as a pointer
        // instead of copied at every layer that wraps or awaits it (counted with callgrind).
        Box::pin(self.execute(request, operation))
            .instrument(span)
            .await
    }

    async fn execute(&self, mut request: Request, operation: &Operation) -> Result<Answer, Error> {
        let started = Instant::now();
        self.apply_defaults(&mut request);
        let enveloped = request
            .url()
            .query_pairs()
            .any(|(k, v)| k == "envelope" && v == "true");
        let (mut requests, mut tries) = (0, 0);
        let mut waited = Duration::ZERO;
        let answer = loop {
            let sent = match self.send(&request).await {
                Ok(Ok(sent)) => sent,
                Ok(Err(stopped)) => return Err(self.stop(stopped)),
                Err(e) => return Err(self.stop(self.failed(&e, operation.name))),
            };
            requests += sent.requests;
            tries += 1;
            let answer = match response::read(sent.response, self.max_response_bytes).await {
                Ok(Ok(answer)) => answer,
                Ok(Err(stopped)) => return Err(self.stop(stopped)),
                Err(e) => return Err(self.stop(self.failed(&e.into(), operation.name))),
            };
            let answer = self.masked(answer);
            self.note_deprecation(operation, &answer);
            if let Some(date) = answer.headers.get(reqwest::header::DATE) {
                *self.server_date.lock().unwrap_or_else(|p| p.into_inner()) = Some(date.clone());
            }
            let answer = if enveloped {
                response::unwrap_envelope(answer)
            } else {
                answer
            };
            match self.retry_after(&answer, tries, waited) {
                Some(wait) => {
                    tracing::info!(
                        wait_ms = wait.as_millis() as u64,
                        "rate limited (429); waiting as the server asked"
                    );
                    tokio::time::sleep(wait).await;
                    waited += wait;
                }
                None => break answer,
            }
        };
        let span = tracing::Span::current();
        span.record("status", answer.status.as_u16());
        span.record("attempts", requests);
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        tracing::debug!("call finished");
        Ok(answer)
    }

    /// The answer with every secret this client holds replaced: in its body, and in the
    /// headers of an answer that is not a success (the ones messages quote: `Location`,
    /// `WWW-Authenticate`; a success's headers are never shown).
    fn masked(&self, mut answer: Answer) -> Answer {
        answer.body = self.known.mask_body(answer.body);
        if !answer.status.is_success() {
            self.known.mask_headers(&mut answer.headers);
        }
        answer
    }

    /// Text that came from the server or the network, with the held secrets masked.
    fn mask_text(&self, text: &str) -> String {
        self.known.mask_text(text).into_owned()
    }

    /// The error of a stopped call, its server text masked.
    fn stop(&self, stopped: Stopped) -> Error {
        Error::from_stopped(&stopped.masked(|text| self.mask_text(text)))
    }

    async fn send(&self, request: &Request) -> Result<Result<Sent, Stopped>, SendError> {
        match &self.auth {
            Auth::Digest(sessions) => sessions.send(&self.http, request).await,
            Auth::Bearer(tokens) => tokens.send(&self.http, request).await,
        }
    }

    /// What an HTTP error means for the call: a connection that never opened (or a request
    /// that could not be built) sent nothing (or only a request the API refused);
    /// anything later may have reached the server.
    fn failed(&self, failure: &SendError, operation: &'static str) -> Stopped {
        let error = &failure.error;
        let mut reason = super::error::causes(error);
        if let Some(proxy) = &self.proxy {
            reason = format!("{reason}; through {proxy}");
        }
        if error.is_connect() || error.is_builder() {
            Stopped::Unreachable {
                reason,
                refused_before: failure.refused_before,
            }
        } else {
            Stopped::Interrupted { reason, operation }
        }
    }

    /// How long to wait before sending again, if at all: only a 429 (the server did nothing)
    /// is retried, within the policy's attempts and total wait. A `Retry-After` beyond the
    /// policy ends the call at once (the caller gets `RateLimited`, saying until when).
    fn retry_after(&self, answer: &Answer, tries: u32, waited: Duration) -> Option<Duration> {
        if answer.status != StatusCode::TOO_MANY_REQUESTS || tries >= self.retry.max_attempts {
            return None;
        }
        let wait = super::retry_after::RetryAfter::from_headers(&answer.headers)
            .map_or_else(|| self.retry.backoff(tries), |r| r.wait);
        (waited + wait <= self.retry.max_total_wait).then_some(wait)
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
