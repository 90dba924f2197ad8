//! The one error type of the client, for the typed methods and for `client.api()` alike
//! (`From<generated::Error<ApiError>>`, in `into_error.rs`). Every message says what happened and what to do;
//! none contains a password, a private key or an `Authorization` header, and text that came
//! from the server is shown with its control characters made visible
//! ([`super::printable`]), at most 1,000 characters of each piece.

use std::fmt;
use std::time::{Duration, SystemTime};

use super::ErrorCode;
use super::redact::shown;
use crate::Secret;
use crate::generated::types::ApiError;

/// Everything a call can fail with, each variant saying what happened on the server
/// ([`Error::outcome`]) and what to do:
///
/// ```no_run
/// use mongodb_api_keys::{Client, Error, ErrorCode, OrgRole, Outcome};
///
/// async fn create(client: &Client) -> Result<(), Error> {
///     match client.create_org_api_key("5f1a2b3c4d5e6f7a8b9c0d1e", "ci deploy", &[OrgRole::OrgReadOnly]).await {
///         Ok(key) => println!("{}", key.public_key),
///         // The credentials are right, the role is missing: no point in trying again.
///         Err(Error::PermissionDenied { error_code: Some(ErrorCode::NotOrgOwner), .. }) => {
///             eprintln!("ask for Organization Owner")
///         }
///         Err(error) if error.outcome() == Outcome::Unknown => eprintln!("list the keys first: {error}"),
///         Err(error) => return Err(error),
///     }
///     Ok(())
/// }
/// ```
///
/// It is `#[non_exhaustive]`: MongoDB's API grows, and so may this enum, so a `match` needs a
/// wildcard arm. Without one, even naming every variant of today, it does not compile:
///
/// ```compile_fail
/// fn describe(error: &mongodb_api_keys::client::Error) -> &'static str {
///     use mongodb_api_keys::client::Error::*;
///     match error {
///         Validation(_) | Config(_) => "not sent",
///         Unauthorized(_) | TokenRefused { .. } | InsecureChallenge(_) => "credentials",
///         PermissionDenied { .. } => "role or access list",
///         RateLimited { .. } | Api { .. } | ApiVersion { .. } => "refused",
///         Transport { .. } | InvalidResponse { .. } => "failed",
///         OutcomeUnknown { .. } => "unknown",
///         AccessListNotApplied { .. } | UnexpectedSuccess { .. } => "created",
///     }
/// }
/// ```
///
/// What happened on the server, whatever the variant, is [`Error::outcome`]: nothing sent,
/// sent and refused (nothing created), unknown, or done.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request was refused before anything was sent: a malformed ID, a description out
    /// of range, no roles, a role for the wrong scope.
    #[error("invalid request, nothing was sent: {}", shown(.0))]
    Validation(String),
    /// The client cannot be built from this configuration.
    #[error("invalid client configuration: {}", shown(.0))]
    Config(String),
    /// The server refused the credentials (HTTP 401 with a new challenge, or without a
    /// MongoDB error code): a wrong key or secret, an expired token. Nothing was created.
    /// Credentials that are right but lack a role are [`Error::PermissionDenied`].
    #[error(
        "authentication failed (HTTP 401{}): {}; the request was refused and nothing was \
         created; check the public and private API key (or the service account's client ID \
         and secret, or the access token)",
        code_suffix(.0.as_ref().and_then(|e| e.error_code.as_deref())),
        shown(
            .0.as_ref()
                .and_then(|e| e.detail.as_deref())
                .unwrap_or("the server gave no reason")
        )
    )]
    Unauthorized(Option<Box<ApiError>>),
    /// The credentials were accepted but may not do this (HTTP 401 with a MongoDB error code
    /// such as `NOT_ORG_OWNER`, or any 403, such as `IP_ADDRESS_NOT_ON_ACCESS_LIST`): a
    /// missing role, another organization, an API access list. Nothing was created.
    #[error(
        "permission denied (HTTP {status}{}): {}; {}; the request was refused and nothing \
         was created",
        code_suffix(.error_code.as_ref().map(ErrorCode::as_str)),
        shown(.detail),
        permission_advice(.error_code.as_ref())
    )]
    #[non_exhaustive]
    PermissionDenied {
        /// 401 or 403.
        status: u16,
        /// MongoDB's code, such as [`ErrorCode::NotOrgOwner`], when it sent one.
        error_code: Option<ErrorCode>,
        /// MongoDB's explanation.
        detail: String,
        /// Values `detail` mentions.
        parameters: Vec<serde_json::Value>,
    },
    /// The token endpoint refused the service account (an OAuth 2.0 error: `invalid_client`,
    /// `unsupported_grant_type`, ...). Nothing was created: either nothing was sent to the
    /// API, or (`refused_before`) the API had refused the request's token and a new one could
    /// not be had.
    #[error(
        "the token endpoint refused the service account (HTTP {status} {}){}; check \
         MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET (or the token URL); {}",
        shown(.error),
        .description.as_deref().map(|d| format!(": {}", shown(d))).unwrap_or_default(),
        nothing_created(*.refused_before)
    )]
    #[non_exhaustive]
    TokenRefused {
        /// The HTTP status of the token endpoint's answer.
        status: u16,
        /// The OAuth error code (RFC 6749 section 5.2), such as `invalid_client`.
        error: String,
        /// The endpoint's explanation, when it gave one.
        description: Option<String>,
        /// Whether the API had answered this call's request with 401 (its token refused)
        /// before the token endpoint refused a new one.
        refused_before: bool,
    },
    /// The server's digest challenge would weaken the signature (no `qop`); nothing was signed.
    /// `ClientBuilder::allow_legacy_digest(true)` accepts it.
    #[error("refused to authenticate: {}", shown(.0))]
    InsecureChallenge(String),
    /// Rate limited (HTTP 429), still after the retries the policy allows, or asked to wait
    /// longer than it allows. Nothing was created.
    #[error(
        "rate limited by MongoDB (HTTP 429{}{}); the request was not acted on; {}",
        code_suffix(.error.as_ref().and_then(|e| e.error_code.as_deref())),
        .error.as_ref().and_then(|e| e.detail.as_deref()).map(|d| format!(": {}", shown(d))).unwrap_or_default(),
        until(*.retry_after, *.retry_at)
    )]
    #[non_exhaustive]
    RateLimited {
        /// What the server asked to wait, from `Retry-After` (seconds or an HTTP date).
        retry_after: Option<Duration>,
        /// When that wait ends.
        retry_at: Option<SystemTime>,
        /// The error body, when it had one.
        error: Option<Box<ApiError>>,
    },
    /// MongoDB answered with an error: a 4xx refused the request (nothing was created); a
    /// 5xx is the server's own failure, after which it may or may not have acted
    /// ([`Error::outcome`] is then [`Outcome::Unknown`]).
    #[error(
        "{}: HTTP {status}{} {}: {}{}",
        if *.status >= 500 { "MongoDB failed to handle the request" } else { "MongoDB refused the request" },
        code_suffix(.error_code.as_ref().map(ErrorCode::as_str)),
        shown(.reason),
        shown(.detail),
        if *.status >= 500 {
            "; the server may or may not have acted on it: check (list the keys, or the key's \
             access list) before trying again"
        } else {
            "; nothing was created"
        }
    )]
    #[non_exhaustive]
    Api {
        /// The HTTP status (the real one, also when the answer was enveloped).
        status: u16,
        /// MongoDB's stable error code, such as [`ErrorCode::GroupNotFound`], when it sent
        /// one.
        error_code: Option<ErrorCode>,
        /// What went wrong, for people.
        detail: String,
        /// The HTTP reason phrase.
        reason: String,
        /// Values `detail` mentions.
        parameters: Vec<serde_json::Value>,
    },
    /// The API refused the version of the resource this client speaks (the Atlas Admin API
    /// v2 versions resources by media type): `406` when the version is missing, unknown or
    /// malformed, `410` when it is past its sunset date. Nothing was done; this client needs
    /// an upgrade (a release that speaks the version that replaced it).
    #[error(
        "{}: {}{}; nothing was done. Upgrade mongodb-api-keys to a release that speaks the \
         version that replaced it (this one sends `Accept: {}`)",
        if *.status == 410 {
            format!("the API version {} of this resource is past its sunset and no longer served (HTTP 410)", shown(.media_type))
        } else {
            format!("the API did not accept the version {} this client asked for (HTTP {status})", shown(.media_type))
        },
        shown(.detail),
        code_suffix(.error_code.as_ref().map(ErrorCode::as_str)),
        shown(.media_type)
    )]
    #[non_exhaustive]
    ApiVersion {
        /// 406 or 410.
        status: u16,
        /// The versioned media type the client sent.
        media_type: String,
        /// MongoDB's explanation.
        detail: String,
        /// `INVALID_VERSION_DATE` or `VERSION_GONE`, when sent.
        error_code: Option<ErrorCode>,
    },
    /// The server could not be reached (no connection, a TLS failure before anything was
    /// sent, a token endpoint that did not answer): nothing was created, and trying again is
    /// safe. Either nothing was sent to the API, or (`refused_before`) the API had refused a
    /// first request of the call (a digest challenge, an expired token) and the second could
    /// not be sent.
    #[error(
        "{}: {}; check the base URL, the network, the proxy and the CA certificate",
        transport_outcome(*.refused_before),
        shown(.reason)
    )]
    #[non_exhaustive]
    Transport {
        /// What failed, with its causes (and the proxy, when one was used).
        reason: String,
        /// Whether the API had answered an earlier request of this call with 401.
        refused_before: bool,
    },
    /// The request was sent but no complete answer came back (a timeout, a connection cut
    /// mid-answer): the server may have acted. Check before trying again.
    #[error(
        "no complete answer ({}): the request was sent, so {}",
        shown(.reason),
        unknown_outcome_advice(.operation)
    )]
    #[non_exhaustive]
    OutcomeUnknown {
        /// What interrupted the exchange.
        reason: String,
        /// The operation, named as the generated client's method (`create_org_api_key`,
        /// `create_api_key_access_list_entries`, ...); empty when not known. The advice
        /// depends on it.
        operation: String,
    },
    /// The key was created, but adding its access-list entries failed. The key, its secret
    /// included, is here, so nothing is lost: store it. Unless `error` is
    /// [`Error::OutcomeUnknown`] (then the entries may have been applied), it exists without
    /// those entries; add them with [`super::Client::add_access_list_entries`] (creating it
    /// again would make a second key).
    #[error(
        "the key {} (id {}) was created, but adding its access list failed. {} (do not create \
         the key again). What failed: {}",
        shown(&.key.public_key),
        .key.id,
        access_list_advice(.error, &.key.id),
        access_list_failure(.error)
    )]
    #[non_exhaustive]
    AccessListNotApplied {
        /// The created key, secret included.
        key: Box<crate::generated::types::ApiKey>,
        /// The organization the key belongs to, where its entries go.
        org_id: String,
        /// Why adding the entries failed (its text is part of this error's).
        error: Box<Error>,
    },
    /// MongoDB reports success (a 2xx) to a call that creates a secret, but its answer is
    /// not what the contract says (another status, a field malformed or missing): the
    /// credential was most likely created, and its secret is shown only this once. `body` is
    /// the answer as it came, secret included: store what it holds. Creating it again would
    /// make a second credential.
    #[error(
        "MongoDB reports success (HTTP {status}) to {}, so the credential was most likely \
         created, but its answer does not match the contract: {}. The answer, secret \
         included, is kept in this error (Error::UnexpectedSuccess's body): store the secret \
         now, it is shown only once; do not create it again",
        operation_name(.operation),
        shown(.reason)
    )]
    #[non_exhaustive]
    UnexpectedSuccess {
        /// The HTTP status.
        status: u16,
        /// The operation, named as the generated client's method (`create_org_api_key`).
        operation: String,
        /// What did not match the contract.
        reason: String,
        /// The whole answer, as it came (JSON when the server sent JSON), secret included.
        body: Secret,
    },
    /// The server answered something this client cannot read.
    #[error(
        "undecodable response (HTTP {status}): {}{}",
        shown(.reason),
        began(.excerpt)
    )]
    #[non_exhaustive]
    InvalidResponse {
        /// The HTTP status.
        status: u16,
        /// Why it could not be read.
        reason: String,
        /// The first bytes of the body, with secrets masked.
        excerpt: String,
    },
}

/// What happened on the server when a call failed, as far as the client can know: the four
/// cases a caller must tell apart before doing anything else. [`Error::outcome`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// No request reached the API: a bad input, a configuration error, a server that could
    /// not be reached, a token endpoint that gave no token. Safe to try again.
    NotSent,
    /// A request reached the API and was refused (an error status, a 401 of an
    /// authentication handshake, a 429); nothing was created or changed.
    Refused,
    /// A request was sent and no complete answer came back: the server may have acted.
    Unknown,
    /// The server acted (a key was created) but something after it failed or looked wrong;
    /// the error carries what was created.
    Done,
}

/// The outcome said in words, for [`Error::TokenRefused`].
fn nothing_created(refused_before: bool) -> &'static str {
    if refused_before {
        "the API had refused this call's request (HTTP 401, its token no longer accepted), so \
         nothing was created"
    } else {
        "nothing was sent to the API"
    }
}

/// The outcome said in words, for [`Error::Transport`].
fn transport_outcome(refused_before: bool) -> &'static str {
    if refused_before {
        "the API refused this call's first request (HTTP 401, an authentication challenge or \
         an expired token), so nothing was created, and the authenticated request could not be \
         sent"
    } else {
        "no request reached the API, nothing was sent to it"
    }
}

/// What to do about [`Error::PermissionDenied`]; never "check the keys": they were right.
fn permission_advice(code: Option<&ErrorCode>) -> &'static str {
    code.and_then(ErrorCode::permission_hint).unwrap_or(
        "the credentials were accepted but lack what this operation needs (a role in this \
         organization or project, or an API access-list entry for this address)",
    )
}

/// "the create_org_api_key call", or "the call" when the operation is not known.
fn operation_name(operation: &str) -> String {
    if operation.is_empty() {
        "the call".to_owned()
    } else {
        format!("the {operation} call")
    }
}

/// What an unknown outcome may mean, and how to check, for the operation it interrupted.
fn unknown_outcome_advice(operation: &str) -> &'static str {
    if operation == "create_api_key_access_list_entries" {
        "the entries may or may not have been added. List the key's access list (Atlas UI, or \
         GET /orgs/ORG_ID/apiKeys/KEY_ID/accessList) before adding them again"
    } else {
        "the key may have been created. List the API keys of the organization (Atlas UI, or GET \
         /orgs/ORG_ID/apiKeys) before trying again, or you may end up with two"
    }
}

/// What to do after [`Error::AccessListNotApplied`], depending on what is known.
fn access_list_advice(error: &Error, key_id: &impl fmt::Display) -> String {
    match error.outcome() {
        Outcome::Unknown => format!(
            "The entries may or may not have been applied: store the key's secret, then list the \
             access list of key id {key_id} (GET /orgs/ORG_ID/apiKeys/{key_id}/accessList) and \
             add what is missing"
        ),
        _ => format!(
            "The key exists without those entries: store its secret, then add them to key id \
             {key_id}"
        ),
    }
}

/// Why adding the entries failed; an unknown outcome without the create's advice.
fn access_list_failure(error: &Error) -> String {
    match error {
        Error::OutcomeUnknown { reason, .. } => {
            format!("no complete answer ({})", shown(reason))
        }
        // "Nothing was sent" is true of the entries' request, not of the call.
        Error::Transport { reason, .. } => format!(
            "the request to add the entries could not be sent ({})",
            shown(reason)
        ),
        error => error.to_string(),
    }
}

/// "; the body began: ..." when there is an excerpt to show.
fn began(excerpt: &str) -> String {
    if excerpt.is_empty() {
        String::new()
    } else {
        format!("; the body began: {}", shown(excerpt))
    }
}

fn code_suffix(code: Option<&str>) -> String {
    code.map_or_else(String::new, |code| format!(" {}", shown(code)))
}

fn until(retry_after: Option<Duration>, retry_at: Option<SystemTime>) -> String {
    match (retry_after, retry_at) {
        (Some(wait), Some(at)) => format!(
            "try again after {} (in {} s)",
            httpdate::fmt_http_date(at),
            wait.as_secs()
        ),
        _ => "try again later".into(),
    }
}

/// An error and its causes, `: `-separated (reqwest's own message hides the TLS reason).
pub(crate) fn causes(error: &dyn std::error::Error) -> String {
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

impl Error {
    /// MongoDB's `errorCode`, when the server sent one: compare it with [`ErrorCode`]'s
    /// variants, not with strings.
    ///
    /// ```
    /// use mongodb_api_keys::client::{Error, ErrorCode};
    ///
    /// fn needs_a_role(error: &Error) -> bool {
    ///     matches!(error.error_code(), Some(ErrorCode::NotOrgOwner | ErrorCode::UserUnauthorized))
    /// }
    /// ```
    pub fn error_code(&self) -> Option<ErrorCode> {
        match self {
            Error::Api { error_code, .. }
            | Error::PermissionDenied { error_code, .. }
            | Error::ApiVersion { error_code, .. } => error_code.clone(),
            Error::Unauthorized(Some(e)) => e.error_code.as_deref().map(ErrorCode::from),
            Error::RateLimited { error: Some(e), .. } => {
                e.error_code.as_deref().map(ErrorCode::from)
            }
            _ => None,
        }
    }

    /// What happened on the server: nothing sent, refused, unknown, or done. Every message
    /// of this error says the same.
    pub fn outcome(&self) -> Outcome {
        match self {
            Error::Validation(_) | Error::Config(_) => Outcome::NotSent,
            Error::Transport { refused_before, .. }
            | Error::TokenRefused { refused_before, .. } => {
                if *refused_before {
                    Outcome::Refused
                } else {
                    Outcome::NotSent
                }
            }
            // The unsigned first request was answered with the challenge; nothing was signed.
            Error::InsecureChallenge(_) => Outcome::Refused,
            // A server's own failure does not say whether it acted first.
            Error::Api { status, .. } if *status >= 500 => Outcome::Unknown,
            Error::Unauthorized(_)
            | Error::PermissionDenied { .. }
            | Error::RateLimited { .. }
            | Error::ApiVersion { .. }
            | Error::Api { .. } => Outcome::Refused,
            Error::OutcomeUnknown { .. } => Outcome::Unknown,
            Error::AccessListNotApplied { .. } | Error::UnexpectedSuccess { .. } => Outcome::Done,
            Error::InvalidResponse { status, .. } if (200..300).contains(status) => Outcome::Done,
            Error::InvalidResponse { .. } => Outcome::Refused,
        }
    }

    /// Whether the server provably did nothing, so that sending the same request again
    /// cannot make a second key: a server that could not be reached (also after it refused
    /// a first request), or a 429. `false` when the outcome is unknown, and for every other
    /// answer.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Error::Transport { .. } | Error::RateLimited { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_text_never_reaches_a_terminal_raw() {
        let error = Error::Api {
            status: 400,
            error_code: Some("X\x1b[2J".into()),
            detail: "\x1b]0;owned\x07\r\n$ rm -rf ~".into(),
            reason: "Bad\u{9b}Request".into(),
            parameters: vec![],
        };
        let shown = error.to_string();
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert!(
            shown.contains("\\x1b]0;owned\\x07\\r\\n$ rm -rf ~"),
            "{shown}"
        );
    }

    /// The `compile_fail` example on [`Error`] names every variant, so it fails only because
    /// of `#[non_exhaustive]`: inside the crate the same match compiles, and a new variant
    /// breaks this function until the example names it too.
    #[allow(dead_code)]
    fn the_doc_example_names_every_variant(error: &Error) -> &'static str {
        use Error::*;
        match error {
            Validation(_) | Config(_) => "not sent",
            Unauthorized(_) | TokenRefused { .. } | InsecureChallenge(_) => "credentials",
            PermissionDenied { .. } => "role or access list",
            RateLimited { .. } | Api { .. } | ApiVersion { .. } => "refused",
            Transport { .. } | InvalidResponse { .. } => "failed",
            OutcomeUnknown { .. } => "unknown",
            AccessListNotApplied { .. } | UnexpectedSuccess { .. } => "created",
        }
    }
}
