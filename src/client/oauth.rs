//! Service accounts: the OAuth 2.0 client-credentials exchange (RFC 6749 section 4.4) and the
//! bearer token every call then carries.
//!
//! One token per client, fetched on first use by one call while the others wait (64 calls
//! started together on a new client make one token request), kept until shortly before it
//! expires, and renewed once when a call is answered 401 with a bearer challenge; never in a
//! loop. The token endpoint's 429 is waited out as the retry policy allows.
//!
//! Written here rather than with the `oauth2` crate: the exchange is one form POST and one
//! JSON answer, and `oauth2` 5 would bring second copies of `rand`, `sha2` and `base64`
//! while its 429 handling, size limits and HTTP client would still have to be this crate's.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{AUTHORIZATION, HeaderValue, WWW_AUTHENTICATE};
use reqwest::{Request, StatusCode};
use serde::Deserialize;

use super::RetryPolicy;
use super::credentials::{AccessToken, expose};
use super::known_secrets::KnownSecrets;
use super::response::{SendError, Stopped};
use super::retry_after::RetryAfter;
use super::sessions::{Sent, transmit};

/// Where a client's bearer tokens come from.
pub(crate) enum Source {
    /// Exchanged for a service account's ID and secret at this URL.
    ServiceAccount {
        client_id: String,
        client_secret: secrecy::SecretString,
        token_url: String,
    },
    /// Given, never renewed.
    Fixed,
}

/// The bearer-token state of one client.
pub(crate) struct BearerTokens {
    source: Source,
    current: std::sync::Mutex<Option<Arc<AccessToken>>>,
    /// Held by the one call that fetches a token.
    fetching: tokio::sync::Mutex<()>,
    retry: RetryPolicy,
    max_response_bytes: usize,
    /// Every token is remembered here, so that a server echoing it gets it masked.
    known: Arc<KnownSecrets>,
}

/// What a client's bearer tokens share with the rest of the client.
pub(crate) struct Shared {
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) known: Arc<KnownSecrets>,
}

#[derive(Deserialize)]
struct TokenError {
    error: String,
    error_description: Option<String>,
}

impl BearerTokens {
    /// Tokens from a service account, starting from `cached` when it is still good.
    pub(crate) fn service_account(
        client_id: String,
        client_secret: secrecy::SecretString,
        token_url: String,
        cached: Option<AccessToken>,
        shared: Shared,
    ) -> Self {
        let source = Source::ServiceAccount {
            client_id,
            client_secret,
            token_url,
        };
        // A kept token that could not be sent is no token: a new one is fetched.
        let cached = cached.filter(|t| super::credentials::usable_token(t.secret()));
        BearerTokens::with(source, cached, shared)
    }

    /// A token given by the caller, used as it is.
    pub(crate) fn fixed(token: &secrecy::SecretString, shared: Shared) -> Self {
        let token = AccessToken {
            token: crate::Secret::from(expose(token)),
            expires_at: SystemTime::now() + Duration::from_secs(LONGEST_LIFETIME),
        };
        BearerTokens::with(Source::Fixed, Some(token), shared)
    }

    fn with(source: Source, current: Option<AccessToken>, shared: Shared) -> Self {
        if let Some(token) = &current {
            shared.known.add_token(token.secret());
        }
        BearerTokens {
            source,
            current: std::sync::Mutex::new(current.map(Arc::new)),
            fetching: tokio::sync::Mutex::const_new(()),
            retry: shared.retry,
            max_response_bytes: shared.max_response_bytes,
            known: shared.known,
        }
    }

    /// Where a service account's tokens come from.
    pub(crate) fn token_url(&self) -> Option<&str> {
        match &self.source {
            Source::ServiceAccount { token_url, .. } => Some(token_url),
            Source::Fixed => None,
        }
    }

    /// The token held now, if any (for a cache between processes).
    pub(crate) fn current(&self) -> Option<AccessToken> {
        self.lock().as_deref().cloned()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<AccessToken>>> {
        self.current.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Sends `request` with the token; a 401 with a bearer challenge renews the token once
    /// (unless another call already has) and sends again.
    pub(crate) async fn send(
        &self,
        http: &reqwest::Client,
        request: &Request,
    ) -> Result<Result<Sent, Stopped>, SendError> {
        let token = match self.token(http, None).await {
            Ok(token) => token,
            Err(stopped) => return Ok(Err(stopped)),
        };
        let first = match with_bearer(request, &token) {
            Ok(first) => first,
            Err(stopped) => return Ok(Err(stopped)),
        };
        let response = transmit(http, first, true).await?;
        if response.status() != StatusCode::UNAUTHORIZED {
            return Ok(Ok(Sent {
                response,
                requests: 1,
            }));
        }
        match challenge(&response) {
            Challenge::Bearer if matches!(self.source, Source::ServiceAccount { .. }) => {}
            Challenge::Digest => return Ok(Err(Stopped::DigestOnly)),
            _ => {
                return Ok(Ok(Sent {
                    response,
                    requests: 1,
                }));
            }
        }
        // From here on, the API has refused a request of this call: whatever stops it now,
        // something was sent and nothing was created.
        let renewed = match self.token(http, Some(&token)).await {
            Ok(renewed) => renewed,
            Err(stopped) => return Ok(Err(stopped.after_refusal())),
        };
        let second = match with_bearer(request, &renewed) {
            Ok(second) => second,
            Err(stopped) => return Ok(Err(stopped.after_refusal())),
        };
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

    /// A token valid for a while yet, fetched if need be; with `rejected`, one that is not
    /// that one (the server refused it).
    async fn token(
        &self,
        http: &reqwest::Client,
        rejected: Option<&AccessToken>,
    ) -> Result<Arc<AccessToken>, Stopped> {
        let usable = |held: &Option<Arc<AccessToken>>| {
            let token = held.as_ref()?;
            let refused = rejected.is_some_and(|r| **token == *r);
            (!refused && fresh(token)).then(|| token.clone())
        };
        if let Some(token) = usable(&self.lock()) {
            return Ok(token);
        }
        let _fetching = self.fetching.lock().await;
        if let Some(token) = usable(&self.lock()) {
            return Ok(token); // another call fetched it while this one waited
        }
        let fetched = Arc::new(self.fetch(http).await?);
        self.known.add_token(fetched.secret());
        *self.lock() = Some(fetched.clone());
        Ok(fetched)
    }

    /// Asks the token endpoint, waiting out its 429s as the retry policy allows. Whatever goes
    /// wrong here, nothing was sent to the API: a token request that failed or was answered
    /// with something unreadable is `Unreachable` or `TokenRefused`, never an unknown outcome.
    async fn fetch(&self, http: &reqwest::Client) -> Result<AccessToken, Stopped> {
        let (mut waited, mut attempt) = (Duration::ZERO, 0);
        loop {
            attempt += 1;
            let answer = self.ask(http).await?;
            if answer.status != StatusCode::TOO_MANY_REQUESTS {
                return token_of(&answer);
            }
            let retry = RetryAfter::from_headers(&answer.headers);
            let wait = retry.map_or_else(|| self.retry.backoff(attempt), |r| r.wait);
            if attempt >= self.retry.max_attempts || waited + wait > self.retry.max_total_wait {
                return Err(Stopped::TokenRateLimited {
                    retry_after: retry.map(|r| r.wait),
                    retry_at: retry.map(|r| r.at),
                    refused_before: false,
                });
            }
            tokio::time::sleep(wait).await;
            waited += wait;
        }
    }

    /// One token request, its answer read within the size limit.
    async fn ask(&self, http: &reqwest::Client) -> Result<super::response::Answer, Stopped> {
        let Source::ServiceAccount {
            client_id,
            client_secret,
            token_url,
        } = &self.source
        else {
            return Err(Stopped::TokenRefused {
                status: 401,
                error: "invalid_token".into(),
                description: Some("the access token given to the client was refused".into()),
                refused_before: false,
            });
        };
        let unavailable = |e: reqwest::Error| Stopped::Unreachable {
            reason: format!(
                "no access token from the token endpoint {token_url}: {}",
                super::error::causes(&e)
            ),
            refused_before: false,
        };
        let response = http
            .post(token_url)
            .basic_auth(client_id, Some(expose(client_secret)))
            .header(reqwest::header::ACCEPT, "application/json")
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body("grant_type=client_credentials")
            .send()
            .await
            .map_err(unavailable)?;
        tracing::debug!(status = response.status().as_u16(), "token request");
        match super::response::read(response, self.max_response_bytes).await {
            // The endpoint may echo the secret (in an error description, a header): masked
            // before anything reads it.
            Ok(Ok(mut answer)) => {
                answer.body = self.known.mask_body(answer.body);
                self.known.mask_headers(&mut answer.headers);
                Ok(answer)
            }
            Ok(Err(Stopped::TooLarge { status, limit })) => Err(Stopped::TokenRefused {
                status,
                error: "invalid_response".into(),
                description: Some(format!(
                    "the token endpoint's answer is larger than the {limit}-byte limit"
                )),
                refused_before: false,
            }),
            Ok(Err(stopped)) => Err(stopped),
            Err(e) => Err(unavailable(e)),
        }
    }
}

/// A token answer as an `AccessToken`, or why it is not one.
pub(crate) fn token_of(answer: &super::response::Answer) -> Result<AccessToken, Stopped> {
    if answer.status.is_success() {
        return bearer_of(&answer.body).map_err(|why| Stopped::TokenRefused {
            status: answer.status.as_u16(),
            error: "invalid_response".into(),
            description: Some(why),
            refused_before: false,
        });
    }
    let status = answer.status.as_u16();
    if let Ok(refusal) = serde_json::from_slice::<TokenError>(&answer.body) {
        return Err(Stopped::TokenRefused {
            status,
            error: refusal.error,
            description: refusal.error_description,
            refused_before: false,
        });
    }
    // Not an OAuth refusal: a server error is worth trying again (nothing reached the API); a
    // redirect or anything else is shown as it came.
    let body = super::redact::excerpt(&answer.body);
    if answer.status.is_server_error() {
        return Err(Stopped::Unreachable {
            reason: format!("the token endpoint answered HTTP {status}: {body}"),
            refused_before: false,
        });
    }
    let description = match answer.headers.get(reqwest::header::LOCATION) {
        Some(to) if answer.status.is_redirection() => format!(
            "the token endpoint redirects to {} (redirects are not followed; \
             ClientBuilder::token_url sets where tokens come from)",
            String::from_utf8_lossy(to.as_bytes())
        ),
        _ => format!("not an OAuth error body: {body}"),
    };
    Err(Stopped::TokenRefused {
        status,
        error: "unknown".into(),
        description: Some(description),
        refused_before: false,
    })
}

/// A successful token answer (RFC 6749 section 5.1) as an `AccessToken`, or what is wrong
/// with it. `expires_in` is only RECOMMENDED there: without it, an hour (what Atlas gives);
/// a shorter life is caught by the renewal on a bearer 401.
fn bearer_of(body: &[u8]) -> Result<AccessToken, String> {
    use serde_json::Value;
    let answer: Value = serde_json::from_slice(body)
        .map_err(|_| "the token endpoint's answer is not JSON".to_owned())?;
    let token_type = answer["token_type"].as_str().unwrap_or("none");
    if !token_type.eq_ignore_ascii_case("bearer") {
        return Err(format!(
            "the token endpoint's answer is not a bearer token (token_type {token_type})"
        ));
    }
    let token = answer["access_token"]
        .as_str()
        .filter(|t| super::credentials::usable_token(t))
        .ok_or("the token endpoint's access_token is missing, empty, or holds characters an HTTP header cannot carry")?;
    let lifetime = match &answer["expires_in"] {
        Value::Null => 3600,
        seconds => seconds
            .as_u64()
            // A lifetime too long to add to a date (a hostile `expires_in`) is cut.
            .or_else(|| seconds.as_f64().filter(|s| *s >= 0.0).map(|s| s as u64))
            .ok_or("the token endpoint's expires_in is not a number of seconds")?,
    };
    Ok(AccessToken {
        token: crate::Secret::from(token.to_owned()),
        expires_at: SystemTime::now() + Duration::from_secs(lifetime.min(LONGEST_LIFETIME)),
    })
}

/// The longest token lifetime taken as given: a century, in seconds.
pub(crate) const LONGEST_LIFETIME: u64 = 100 * 365 * 24 * 3600;

/// Whether a token is still good for a call: not within a minute (or a tenth of its life)
/// of its expiry.
fn fresh(token: &AccessToken) -> bool {
    let left = token
        .expires_at
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::ZERO);
    left > Duration::from_secs(60).min(left / 10 + Duration::from_secs(1))
}

/// A copy of `request` with the token; the request is never sent without it.
fn with_bearer(request: &Request, token: &AccessToken) -> Result<Request, Stopped> {
    let mut copy = request.try_clone().ok_or(Stopped::Unreplayable)?;
    let mut value = HeaderValue::try_from(format!("Bearer {}", token.secret())).map_err(|_| {
        Stopped::TokenRefused {
            status: 401,
            error: "invalid_token".into(),
            description: Some("the access token cannot be sent in an HTTP header".into()),
            refused_before: false,
        }
    })?;
    value.set_sensitive(true);
    copy.headers_mut().insert(AUTHORIZATION, value);
    Ok(copy)
}

enum Challenge {
    Bearer,
    Digest,
    None,
}

fn challenge(response: &reqwest::Response) -> Challenge {
    let schemes: Vec<String> = response
        .headers()
        .get_all(WWW_AUTHENTICATE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.trim_start().to_ascii_lowercase())
        .collect();
    if schemes.iter().any(|s| s.starts_with("bearer")) {
        Challenge::Bearer
    } else if schemes.iter().any(|s| s.starts_with("digest")) {
        Challenge::Digest
    } else {
        Challenge::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lifetime(body: &str) -> Result<u64, String> {
        let token = bearer_of(body.as_bytes())?;
        Ok(token
            .expires_at
            .duration_since(SystemTime::now())
            .map_or(0, |d| d.as_secs() + 1))
    }

    #[test]
    fn token_answers_are_read_as_rfc_6749_allows_and_refused_saying_why() {
        let with = |expires_in: &str| {
            format!(r#"{{"access_token":"t","token_type":"bearer","expires_in":{expires_in}}}"#)
        };
        assert_eq!(lifetime(&with("3600")), Ok(3600));
        assert_eq!(lifetime(&with("3600.9")), Ok(3600));
        assert_eq!(lifetime(&with("1e30")), Ok(LONGEST_LIFETIME));
        assert_eq!(
            lifetime(r#"{"access_token":"t","token_type":"Bearer"}"#),
            Ok(3600)
        );
        let why = |body: &str| lifetime(body).unwrap_err();
        assert!(why(&with(r#""3600""#)).contains("expires_in"));
        assert!(why(&with("-1")).contains("expires_in"));
        assert!(why(r#"{"access_token":"t","token_type":"mac"}"#).contains("token_type mac"));
        assert!(why(r#"{"token_type":"Bearer"}"#).contains("access_token is missing"));
        assert!(why("<html>").contains("not JSON"));
    }
}
