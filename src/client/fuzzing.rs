//! Thin wrappers over the client's crate-private answer handling, for the fuzz targets in
//! `fuzz/` (compiled only with `--cfg fuzzing`, which cargo-fuzz sets). Not an API.

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

use super::response::{Answer, normalize_error_body as normalize, unwrap_envelope as unwrap};

fn answer(status: u16, body: &[u8]) -> Option<Answer> {
    Some(Answer {
        status: StatusCode::from_u16(status).ok()?,
        headers: HeaderMap::new(),
        body: Bytes::copy_from_slice(body),
    })
}

/// What `envelope=true` handling makes of an answer: its status and body. `None` when
/// `status` is not an HTTP status (100 to 999).
pub fn unwrap_envelope(status: u16, body: &[u8]) -> Option<(u16, Vec<u8>)> {
    let out = unwrap(answer(status, body)?);
    Some((out.status.as_u16(), out.body.to_vec()))
}

/// What an error answer's body becomes: its status, body and `Content-Type` (when it was
/// rewritten). `None` when `status` is not an HTTP status.
pub fn normalize_error_body(status: u16, body: &[u8]) -> Option<(u16, Vec<u8>, Option<String>)> {
    let out = normalize(answer(status, body)?);
    let content_type = out
        .headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    Some((out.status.as_u16(), out.body.to_vec(), content_type))
}

/// The excerpt of a body that error messages show (at most 200 characters, secrets masked).
pub fn excerpt(body: &[u8]) -> String {
    super::redact::excerpt(body)
}

/// The wait a `Retry-After` value asks for, in seconds; `None` when it is not one.
pub fn retry_after(value: &[u8]) -> Option<u64> {
    let mut headers = HeaderMap::new();
    headers.insert(RETRY_AFTER, HeaderValue::from_bytes(value).ok()?);
    super::retry_after::RetryAfter::from_headers(&headers).map(|r| r.wait.as_secs())
}

/// What a token endpoint's answer gives: the seconds the token lives, or the OAuth error code
/// it is refused with. `None` when `status` is not an HTTP status.
pub fn token_answer(status: u16, body: &[u8]) -> Option<Result<u64, String>> {
    let now = std::time::SystemTime::now();
    Some(match super::oauth::token_of(&answer(status, body)?) {
        Ok(token) => Ok(token
            .expires_at
            .duration_since(now)
            .map_or(0, |d| d.as_secs())),
        Err(super::response::Stopped::TokenRefused { error, .. }) => Err(error),
        Err(other) => Err(format!("{other:?}")),
    })
}
