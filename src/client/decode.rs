//! What an answer means for the caller: the operation's value when it is the success the
//! contract describes, otherwise an [`Error`]: MongoDB's error answers (by status), a success
//! the contract does not describe (kept whole when it carries a secret), and the calls the
//! pipeline stopped itself ([`Stopped`]).

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LOCATION, WWW_AUTHENTICATE};
use serde::de::DeserializeOwned;

use super::ErrorCode;
use super::error::Error;
use super::operation::Operation;
use super::redact::excerpt;
use super::response::{Answer, Stopped, normalize_error_body};
use super::retry_after::RetryAfter;
use crate::generated::types::ApiError;

/// The value of `operation`'s success, decoded from `answer`.
pub(crate) fn value<T: DeserializeOwned>(
    operation: &Operation,
    answer: Answer,
) -> Result<T, Error> {
    let status = answer.status.as_u16();
    if status == operation.success {
        return serde_json::from_slice(&answer.body).map_err(|e| {
            Error::unexpected_success(status, &answer.body, e.to_string(), operation)
        });
    }
    Err(failure(operation, answer))
}

/// The success of an `operation` whose answer has no body (a `204`, or Ops Manager's `200`
/// to a delete).
pub(crate) fn empty(operation: &Operation, answer: Answer) -> Result<(), Error> {
    if answer.status.as_u16() == operation.success {
        return Ok(());
    }
    Err(failure(operation, answer))
}

/// Why `answer` is not `operation`'s success.
pub(crate) fn failure(operation: &Operation, answer: Answer) -> Error {
    let status = answer.status.as_u16();
    if answer.status.is_success() {
        let reason = format!(
            "HTTP {status}, where the contract says {}",
            operation.success
        );
        return Error::unexpected_success(status, &answer.body, reason, operation);
    }
    if answer.status.is_redirection() {
        let location = answer
            .headers
            .get(LOCATION)
            .map(|l| String::from_utf8_lossy(l.as_bytes()).into_owned())
            .unwrap_or_else(|| "nowhere".into());
        return Error::InvalidResponse {
            status,
            reason: format!(
                "the server redirects to {location}; redirects are not followed (a create \
                 sent again elsewhere could make a second key): use that address as the base \
                 URL"
            ),
            excerpt: excerpt(&answer.body),
        };
    }
    if !(answer.status.is_client_error() || answer.status.is_server_error()) {
        return Error::InvalidResponse {
            status,
            reason: "a status that is neither a success nor an error".into(),
            excerpt: excerpt(&answer.body),
        };
    }
    let answer = normalize_error_body(answer);
    match serde_json::from_slice::<ApiError>(&answer.body) {
        Ok(error) if matches!(status, 406 | 410) => {
            match crate::generated::media_type(operation.id) {
                Some(media) => Error::ApiVersion {
                    status,
                    media_type: media.to_owned(),
                    detail: error.detail.unwrap_or_default(),
                    error_code: error.error_code.map(ErrorCode::from),
                },
                None => Error::from_status(status, Some(error), &answer.headers),
            }
        }
        Ok(error) => Error::from_status(status, Some(error), &answer.headers),
        Err(e) => Error::InvalidResponse {
            status,
            reason: format!("an error body that is not MongoDB's error: {e}"),
            excerpt: excerpt(&answer.body),
        },
    }
}

impl Error {
    fn from_api(status: u16, error: ApiError) -> Self {
        Error::Api {
            status,
            error_code: error.error_code.map(ErrorCode::from),
            detail: error.detail.unwrap_or_default(),
            // MongoDB's spec allows a null reason: the status's own phrase stands in.
            reason: error.reason.unwrap_or_else(|| {
                StatusCode::from_u16(status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("Error")
                    .to_owned()
            }),
            parameters: error.parameters.unwrap_or_default(),
        }
    }

    fn from_status(status: u16, error: Option<ApiError>, headers: &HeaderMap) -> Self {
        match (status, error) {
            // Credentials that were accepted, without the role: MongoDB's code, and no new
            // challenge. A 401 that challenges again refused the credentials themselves.
            (401, Some(error))
                if error.error_code.is_some() && !headers.contains_key(WWW_AUTHENTICATE) =>
            {
                Error::permission(401, error)
            }
            (401, error) => Error::Unauthorized(error.map(Box::new)),
            (403, Some(error)) => Error::permission(403, error),
            (429, error) => {
                let retry = RetryAfter::from_headers(headers);
                Error::RateLimited {
                    retry_after: retry.map(|r| r.wait),
                    retry_at: retry.map(|r| r.at),
                    error: error.map(Box::new),
                }
            }
            (status, Some(error)) => Error::from_api(status, error),
            (status, None) => Error::InvalidResponse {
                status,
                reason: "no error body".into(),
                excerpt: String::new(),
            },
        }
    }

    fn permission(status: u16, error: ApiError) -> Self {
        Error::PermissionDenied {
            status,
            error_code: error.error_code.map(ErrorCode::from),
            detail: error.detail.unwrap_or_default(),
            parameters: error.parameters.unwrap_or_default(),
        }
    }

    /// A success the contract does not describe. When it answers a call that creates a
    /// secret (`creates`), or holds a secret-looking field, the answer is kept whole in
    /// [`Error::UnexpectedSuccess`]: the credential exists and its secret is shown once.
    pub(crate) fn unexpected_success(
        status: u16,
        body: &[u8],
        reason: String,
        operation: &Operation,
    ) -> Self {
        let secrets = secret_values(body);
        if operation.creates_secret || secrets.is_some() {
            // A decoding error quotes the value it could not read: a secret among them.
            let reason = secrets
                .unwrap_or_default()
                .iter()
                .filter(|s| s.len() >= 4)
                .fold(reason, |reason, s| reason.replace(s.as_str(), "[REDACTED]"));
            return Error::UnexpectedSuccess {
                status,
                operation: operation.name.to_owned(),
                reason,
                body: crate::Secret::from(String::from_utf8_lossy(body).into_owned()),
            };
        }
        Error::InvalidResponse {
            status,
            reason: format!(
                "{reason}; the server reports success, so the request was acted on, but its \
                 answer could not be read"
            ),
            excerpt: excerpt(body),
        }
    }

    pub(crate) fn from_stopped(stopped: &Stopped) -> Self {
        match stopped {
            Stopped::TooLarge { status, limit } => Error::InvalidResponse {
                status: *status,
                reason: too_large(*status, *limit),
                excerpt: String::new(),
            },
            Stopped::InsecureChallenge { reason } => Error::InsecureChallenge(reason.clone()),
            Stopped::Unreplayable => Error::Validation(
                "the request body is a stream and cannot be signed; send bytes".into(),
            ),
            Stopped::TokenRefused {
                status,
                error,
                description,
                refused_before,
            } => Error::TokenRefused {
                status: *status,
                error: error.clone(),
                description: description.clone(),
                refused_before: *refused_before,
            },
            Stopped::TokenRateLimited {
                retry_after,
                retry_at,
                refused_before,
            } => Error::RateLimited {
                retry_after: *retry_after,
                retry_at: *retry_at,
                error: token_endpoint_limit(*refused_before),
            },
            Stopped::DigestOnly => Error::Unauthorized(
                ApiError::builder()
                    .detail(Some(
                        "this server asks for HTTP Digest: it takes programmatic API keys, not \
                         service accounts (Ops Manager has none); set \
                         MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY"
                            .to_owned(),
                    ))
                    .error(401)
                    .reason(Some("Unauthorized".to_owned()))
                    .try_into()
                    .ok()
                    .map(Box::new),
            ),
            Stopped::Unreachable {
                reason,
                refused_before,
            } => Error::Transport {
                reason: reason.clone(),
                refused_before: *refused_before,
            },
            Stopped::Interrupted { reason, operation } => Error::OutcomeUnknown {
                reason: reason.clone(),
                operation: (*operation).to_owned(),
            },
        }
    }
}

fn too_large(status: u16, limit: usize) -> String {
    let outcome = if (200..300).contains(&status) {
        "; the server reports success, so the key exists, but its secret could not be read"
    } else {
        ""
    };
    format!(
        "the answer is larger than the {limit}-byte limit (ClientBuilder::max_response_bytes); \
         no more of it was read{outcome}"
    )
}

/// The values of the fields MongoDB uses for a shown-once secret (`privateKey`, an agent
/// key's `key`, a service account's `secret` or `clientSecret`), whatever their type
/// (strings as they are, anything else as JSON text); `None` when the body has no such field.
fn secret_values(body: &[u8]) -> Option<Vec<String>> {
    use serde_json::Value;
    fn walk(value: &Value, found: &mut Option<Vec<String>>) {
        match value {
            Value::Object(map) => {
                for (name, v) in map {
                    let secret = matches!(
                        name.to_ascii_lowercase().as_str(),
                        "privatekey" | "key" | "secret" | "clientsecret"
                    );
                    if secret {
                        let values = found.get_or_insert_with(Vec::new);
                        strings(v, values);
                        if !v.is_string() {
                            values.push(v.to_string());
                        }
                    }
                    walk(v, found);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
            _ => {}
        }
    }
    /// Every string inside `value`.
    fn strings(value: &Value, into: &mut Vec<String>) {
        match value {
            Value::String(s) => into.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| strings(v, into)),
            Value::Object(map) => map.values().for_each(|v| strings(v, into)),
            _ => {}
        }
    }
    let value = serde_json::from_slice::<Value>(body).ok()?;
    let mut found = None;
    walk(&value, &mut found);
    found
}

/// What a 429 from the token endpoint says, as the body `RateLimited` shows.
fn token_endpoint_limit(refused_before: bool) -> Option<Box<ApiError>> {
    let outcome = if refused_before {
        "the API had refused this call's request (its token no longer accepted), so nothing \
         was created"
    } else {
        "nothing was sent to the API"
    };
    ApiError::builder()
        .detail(Some(format!(
            "by the token endpoint (Atlas allows 10 token requests a minute per client and \
             address); {outcome}"
        )))
        .error(429)
        .reason(Some("Too Many Requests".to_owned()))
        .try_into()
        .ok()
        .map(Box::new)
}
