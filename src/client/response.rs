//! What the pipeline does with an answer: read its body within the size limit, unwrap an
//! envelope, give a foreign error page MongoDB's error shape; and why a layer stopped a call
//! ([`Stopped`]).

use bytes::Bytes;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderValue};
use reqwest::{Response, StatusCode};

use super::redact::excerpt;
use crate::generated::types::ApiError;

/// An answer read into memory.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Bytes,
}

/// Why a layer of the pipeline stopped a call itself; it becomes the call's
/// [`super::Error`].
#[derive(Clone, Debug)]
pub(crate) enum Stopped {
    /// The answer's body was larger than the limit.
    TooLarge { status: u16, limit: usize },
    /// A digest challenge this client will not sign without `allow_legacy_digest`.
    InsecureChallenge { reason: String },
    /// The request could not be copied to be signed (a streaming body).
    Unreplayable,
    /// The server could not be reached: nothing was sent, or (`refused_before`) only a
    /// request the API refused with 401 (a challenge, an expired token).
    Unreachable {
        reason: String,
        refused_before: bool,
    },
    /// The request was sent (or may have been) and no complete answer came back.
    Interrupted {
        reason: String,
        /// The operation, named as the generated client's method.
        operation: &'static str,
    },
    /// The token endpoint refused the service account (an OAuth error, RFC 6749 5.2).
    TokenRefused {
        status: u16,
        error: String,
        description: Option<String>,
        refused_before: bool,
    },
    /// The token endpoint rate-limited the client beyond what the retry policy waits.
    TokenRateLimited {
        retry_after: Option<std::time::Duration>,
        retry_at: Option<std::time::SystemTime>,
        refused_before: bool,
    },
    /// A bearer token was answered with a digest challenge: this server takes API keys only.
    DigestOnly,
}

impl Stopped {
    /// The same stop with `mask` applied to every text it carries (a challenge's realm, a
    /// token endpoint's description: all came from a server).
    pub(crate) fn masked(mut self, mask: impl Fn(&str) -> String) -> Self {
        match &mut self {
            Stopped::InsecureChallenge { reason }
            | Stopped::Unreachable { reason, .. }
            | Stopped::Interrupted { reason, .. } => *reason = mask(reason),
            Stopped::TokenRefused {
                error, description, ..
            } => {
                *error = mask(error);
                if let Some(description) = description {
                    *description = mask(description);
                }
            }
            Stopped::TooLarge { .. }
            | Stopped::Unreplayable
            | Stopped::TokenRateLimited { .. }
            | Stopped::DigestOnly => {}
        }
        self
    }

    /// The same stop, happening after the API refused a first request of the call with 401:
    /// what it says about the outcome changes (something was sent; nothing was created).
    pub(crate) fn after_refusal(mut self) -> Self {
        match &mut self {
            Stopped::Unreachable { refused_before, .. }
            | Stopped::TokenRefused { refused_before, .. }
            | Stopped::TokenRateLimited { refused_before, .. } => *refused_before = true,
            _ => {}
        }
        self
    }
}

/// A request that failed in the HTTP client, and whether the API had refused an earlier
/// request of the same call (so that "nothing was sent" would be false).
pub(crate) struct SendError {
    pub(crate) error: reqwest::Error,
    pub(crate) refused_before: bool,
}

impl From<reqwest::Error> for SendError {
    fn from(error: reqwest::Error) -> Self {
        SendError {
            error,
            refused_before: false,
        }
    }
}

/// Reads `response` into memory, at most `limit` bytes of body. `Ok(Err(..))` when the body
/// is larger; `Err` when reading failed (the server stalled or cut the answer).
pub(crate) async fn read(
    mut response: Response,
    limit: usize,
) -> reqwest::Result<Result<Answer, Stopped>> {
    let status = response.status();
    let too_large = Stopped::TooLarge {
        status: status.as_u16(),
        limit,
    };
    match response.content_length() {
        Some(n) if n > limit as u64 => return Ok(Err(too_large)),
        // Announced and within the limit: hyper stops at the announced length.
        Some(_) => {
            let headers = std::mem::take(response.headers_mut());
            let body = response.bytes().await?;
            return Ok(Ok(Answer {
                status,
                headers,
                body,
            }));
        }
        None => {}
    }
    let headers = std::mem::take(response.headers_mut());
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok(Err(too_large));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Ok(Answer {
        status,
        headers,
        body: Bytes::from(body),
    }))
}

/// With `envelope=true` the server answers `200 {"status": S, "content": C}`; the answer it
/// stands for is status `S` with body `C` (its bytes as sent).
pub(crate) fn unwrap_envelope(answer: Answer) -> Answer {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Envelope<'a> {
        status: u16,
        #[serde(borrow)]
        content: &'a serde_json::value::RawValue,
    }
    if answer.status != StatusCode::OK {
        return answer;
    }
    let Ok(envelope) = serde_json::from_slice::<Envelope<'_>>(&answer.body) else {
        return answer; // not an envelope: as it came
    };
    let Ok(status) = StatusCode::from_u16(envelope.status) else {
        return answer;
    };
    let body = answer.body.slice_ref(envelope.content.get().as_bytes());
    Answer {
        status,
        body,
        ..answer
    }
}

/// An error status whose body is not MongoDB's error (an HTML page from a proxy, a load
/// balancer, an Apache in front): the body becomes an `ApiError` saying so, so that the
/// caller gets the typed error for that status instead of an undecodable response.
pub(crate) fn normalize_error_body(mut answer: Answer) -> Answer {
    let status = answer.status;
    if !(status.is_client_error() || status.is_server_error())
        || serde_json::from_slice::<ApiError>(&answer.body).is_ok()
    {
        return answer;
    }
    let error = serde_json::json!({
        "detail": format!(
            "the server answered without MongoDB's error body: {}",
            excerpt(&answer.body)
        ),
        "error": status.as_u16(),
        "reason": status.canonical_reason().unwrap_or("Error"),
    });
    answer
        .headers
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    answer.body = Bytes::from(error.to_string());
    answer
}
