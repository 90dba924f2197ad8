//! The one error type of the client.

use std::time::Duration;

use crate::generated::types::ApiError;

/// Everything a call can fail with. Each message says what happened and what to do; none
/// contains a password, a private key or an `Authorization` header.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request was refused before anything was sent: a malformed ID, a description out
    /// of range, no roles, a role for the wrong scope.
    #[error("invalid request, nothing was sent: {0}")]
    Validation(String),
    /// The client cannot be built from this configuration.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// The server refused the credentials (HTTP 401).
    #[error(
        "authentication failed (HTTP 401{}): {}; check the public and private API key, and that \
         this key may use this organization or project",
        code_suffix(.0.as_ref()),
        .0.as_ref().map_or("the server gave no reason", |e| e.detail.as_str())
    )]
    Unauthorized(Option<ApiError>),
    /// Rate limited (HTTP 429) and still limited after the configured retries. Nothing was
    /// created.
    #[error(
        "rate limited by MongoDB (HTTP 429), still after the configured retries; nothing was \
         created; try again after {}",
        retry_after.map_or("a while".to_owned(), |d| format!("{} s", d.as_secs()))
    )]
    RateLimited {
        /// What the server asked to wait, from `Retry-After`.
        retry_after: Option<Duration>,
        /// The error body, when it had one.
        error: Option<ApiError>,
    },
    /// MongoDB answered with an error.
    #[error(
        "MongoDB refused the request: HTTP {status}{} {reason}: {detail}",
        code_suffix_space(.error_code.as_deref())
    )]
    Api {
        /// The HTTP status (the real one, also when the answer was enveloped).
        status: u16,
        /// MongoDB's stable error code, such as `GROUP_NOT_FOUND`, when it sent one.
        error_code: Option<String>,
        /// What went wrong, for people.
        detail: String,
        /// The HTTP reason phrase.
        reason: String,
        /// Values `detail` mentions.
        parameters: Vec<serde_json::Value>,
    },
    /// The request did not complete: connection refused, TLS failure, timeout. When the body
    /// may have reached the server, a key may exist: check before trying again.
    #[error(
        "could not talk to the server: {}; check the base URL, the network and the CA certificate",
        causes(.0)
    )]
    Transport(#[source] reqwest::Error),
    /// The server answered something this client cannot read.
    #[error("undecodable response (HTTP {status}): {reason}; the body began: {excerpt}")]
    InvalidResponse {
        /// The HTTP status.
        status: u16,
        /// Why it could not be read.
        reason: String,
        /// The first bytes of the body, with secrets masked.
        excerpt: String,
    },
}

/// An error and its causes, `: `-separated (reqwest's own message hides the TLS reason).
fn causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}

fn code_suffix(error: Option<&ApiError>) -> String {
    error
        .and_then(|e| e.error_code.as_deref())
        .map_or_else(String::new, |code| format!(" {code}"))
}

fn code_suffix_space(code: Option<&str>) -> String {
    code.map_or_else(String::new, |code| format!(" {code}"))
}

impl Error {
    /// MongoDB's `errorCode`, when the server sent one.
    pub fn error_code(&self) -> Option<&str> {
        match self {
            Error::Api { error_code, .. } => error_code.as_deref(),
            Error::Unauthorized(Some(e)) | Error::RateLimited { error: Some(e), .. } => {
                e.error_code.as_deref()
            }
            _ => None,
        }
    }

    pub(crate) fn from_api(status: u16, error: ApiError) -> Self {
        Error::Api {
            status,
            error_code: error.error_code,
            detail: error.detail,
            reason: error.reason,
            parameters: error.parameters.unwrap_or_default(),
        }
    }

    /// Maps what the generated client returns.
    pub(crate) async fn from_generated(error: progenitor_client::Error<ApiError>) -> Self {
        use progenitor_client::Error as E;
        match error {
            E::InvalidRequest(why) => Error::Validation(why),
            E::CommunicationError(e) | E::ResponseBodyError(e) => Error::Transport(e),
            E::ErrorResponse(response) => {
                let status = response.status().as_u16();
                let retry_after = retry_after(response.headers());
                Error::from_status(status, Some(response.into_inner()), retry_after)
            }
            E::InvalidResponsePayload(bytes, e) => Error::InvalidResponse {
                status: 200,
                reason: e.to_string(),
                excerpt: excerpt(&bytes),
            },
            E::UnexpectedResponse(response) if response.status().is_redirection() => {
                let status = response.status().as_u16();
                let location = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .unwrap_or("nowhere")
                    .to_owned();
                Error::InvalidResponse {
                    status,
                    reason: format!(
                        "the server redirects to {location}; redirects are not followed (a \
                         create sent again elsewhere could make a second key): use that \
                         address as the base URL"
                    ),
                    excerpt: excerpt(&response.bytes().await.unwrap_or_default()),
                }
            }
            E::UnexpectedResponse(response) => {
                let status = response.status().as_u16();
                let retry_after = retry_after(response.headers());
                match response.bytes().await {
                    Ok(bytes) => match serde_json::from_slice::<ApiError>(&bytes) {
                        Ok(error) => Error::from_status(status, Some(error), retry_after),
                        Err(_) => Error::InvalidResponse {
                            status,
                            reason:
                                "an undocumented status with a body that is not MongoDB's error"
                                    .into(),
                            excerpt: excerpt(&bytes),
                        },
                    },
                    Err(e) => Error::Transport(e),
                }
            }
            other => Error::InvalidResponse {
                status: 0,
                reason: other.to_string(),
                excerpt: String::new(),
            },
        }
    }

    fn from_status(status: u16, error: Option<ApiError>, retry_after: Option<Duration>) -> Self {
        match (status, error) {
            (401, error) => Error::Unauthorized(error),
            (429, error) => Error::RateLimited { retry_after, error },
            (status, Some(error)) => Error::from_api(status, error),
            (status, None) => Error::InvalidResponse {
                status,
                reason: "no error body".into(),
                excerpt: String::new(),
            },
        }
    }
}

pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

/// At most 200 characters of a body, with the values of secret-looking fields masked.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    // HTML error pages: keep the text, not the markup.
    let bytes = &strip_tags(bytes);
    let text = String::from_utf8_lossy(bytes);
    let masked = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut value) => {
            mask(&mut value);
            value.to_string()
        }
        Err(_) => {
            let lower = text.to_ascii_lowercase();
            if ["key", "secret", "password"]
                .iter()
                .any(|w| lower.contains(w))
            {
                return "[not shown: it is not JSON and may contain a secret]".into();
            }
            text.into_owned()
        }
    };
    masked.chars().take(200).collect()
}

fn strip_tags(bytes: &[u8]) -> Vec<u8> {
    if !bytes.trim_ascii_start().starts_with(b"<") {
        return bytes.to_vec();
    }
    let mut text = Vec::with_capacity(bytes.len());
    let mut in_tag = false;
    for &b in bytes {
        match b {
            b'<' => in_tag = true,
            b'>' => {
                in_tag = false;
                text.push(b' ');
            }
            _ if !in_tag => text.push(b),
            _ => {}
        }
    }
    let words: Vec<&str> = std::str::from_utf8(&text)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    words.join(" ").into_bytes()
}

fn mask(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let k = key.to_ascii_lowercase();
                if k.contains("private")
                    || k == "key"
                    || k.contains("password")
                    || k.contains("secret")
                {
                    *v = serde_json::Value::String("[REDACTED]".into());
                } else {
                    mask(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
        _ => {}
    }
}
