//! Requests refused although their credentials are right: for lack of a role, by an API
//! access list, or past a limit (MongoDB's, or the emulator's own where MongoDB names none),
//! with MongoDB's status, `errorCode` and `detail` text where it gives them. With
//! `errors.rs`, the one place these texts live.

use axum::http::StatusCode;

use super::response::ApiFailure;

/// Personal API keys one user may have (MAX_PUBLIC_API_KEY_REACHED past it).
pub(crate) const MAX_PERSONAL_KEYS: usize = 10;

fn bad_request(code: &'static str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, code, detail)
}

fn unauthorized(code: &'static str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::UNAUTHORIZED, code, detail)
}

pub(crate) fn user_unauthorized() -> ApiFailure {
    unauthorized(
        "USER_UNAUTHORIZED",
        "Current user is not authorized to perform this action.",
    )
}

pub(crate) fn not_org_owner(org_id: &str) -> ApiFailure {
    unauthorized(
        "NOT_ORG_OWNER",
        format!(
            "The currently logged in user does not have the owner role in organization {org_id}."
        ),
    )
    .param(org_id.to_owned())
}

pub(crate) fn user_cannot_access_org() -> ApiFailure {
    unauthorized(
        "USER_CANNOT_ACCESS_ORG",
        "User cannot access this organization.",
    )
}

pub(crate) fn not_in_group() -> ApiFailure {
    unauthorized(
        "NOT_IN_GROUP",
        "The current user is not in the group, or the group does not exist.",
    )
}

pub(crate) fn billing_unsupported() -> ApiFailure {
    unauthorized(
        "BILLING_UNSUPPORTED",
        "Billing administrator roles are not supported by Ops Manager.",
    )
}

pub(crate) fn max_public_api_key_reached() -> ApiFailure {
    ApiFailure::new(
        StatusCode::FORBIDDEN,
        "MAX_PUBLIC_API_KEY_REACHED",
        format!(
            "You have reached the limit of max number of API keys. You can have at most {MAX_PERSONAL_KEYS} API keys."
        ),
    )
    .param(MAX_PERSONAL_KEYS)
}

/// The most access-list entries the emulator keeps for one key or service account. MongoDB
/// documents no limit; this one keeps memory and the time of an add bounded.
pub(crate) const MAX_ACCESS_LIST_ENTRIES: usize = 500;

/// Past [`MAX_ACCESS_LIST_ENTRIES`]: the emulator's own code, not MongoDB's, so that nobody
/// mistakes it for Atlas behaviour, with the status MongoDB's own spec declares on this
/// operation for a list that cannot take the entries, `409`. (A `400` would say the request
/// is malformed; it is the key's state that refuses it.)
/// `owner` names what holds the list: `API key` or `service account`.
pub(crate) fn access_list_limit(owner: &str, id: &str, have: usize, adding: usize) -> ApiFailure {
    ApiFailure::new(
        StatusCode::CONFLICT,
        "EMULATOR_ACCESS_LIST_LIMIT",
        format!(
            "The emulator keeps at most {MAX_ACCESS_LIST_ENTRIES} access list entries per {owner}; \
             {owner} {id} has {have} and this request adds {adding} more. Nothing was added."
        ),
    )
    .param(id.to_owned())
}

/// Programmatic API keys one organization may hold by default: Cloud Manager documents 500
/// ("supports up to 500 API Keys within a single organization"); Atlas names no number.
pub(crate) const MAX_API_KEYS_PER_ORG: usize = 500;

/// A key past the organization's limit, in the words of MongoDB's error-code reference
/// ("Maximum number of API keys per org (%s) in %s exceeded while trying to add API keys.").
pub(crate) fn max_api_keys_per_org_exceeded(max: usize, org_id: &str) -> ApiFailure {
    bad_request(
        "MAX_API_KEYS_PER_ORG_EXCEEDED",
        format!(
            "Maximum number of API keys per org ({max}) in {org_id} exceeded while trying to add API keys."
        ),
    )
    .param(max)
    .param(org_id.to_owned())
}

/// The most agent API keys the emulator creates per project. MongoDB documents no limit;
/// this one is as the organization's, so that no count grows without end.
pub(crate) const MAX_AGENT_API_KEYS: usize = 500;

/// Past the project's limit of agent keys: the emulator's own code, not MongoDB's.
pub(crate) fn agent_api_key_limit(max: usize, group_id: &str) -> ApiFailure {
    bad_request(
        "EMULATOR_AGENT_API_KEY_LIMIT",
        format!(
            "The emulator creates at most {max} agent API keys per project; project \
             {group_id} has them all. Nothing was created."
        ),
    )
    .param(group_id.to_owned())
}

pub(crate) fn org_requires_access_list(caller: &str) -> ApiFailure {
    ApiFailure::new(
        StatusCode::FORBIDDEN,
        "ORG_REQUIRES_ACCESS_LIST",
        "This organization requires access through an access list of ip ranges.",
    )
    .param(caller.to_owned())
}

pub(crate) fn ip_address_not_on_access_list(caller: &str) -> ApiFailure {
    ApiFailure::new(
        StatusCode::FORBIDDEN,
        "IP_ADDRESS_NOT_ON_ACCESS_LIST",
        format!("IP address {caller} is not allowed to access this resource."),
    )
    .param(caller.to_owned())
}

/// `RATE_LIMITED` for `resource` (the request's path), with the limit in MongoDB's words.
pub(crate) fn rate_limited(resource: &str, capacity: u32, seconds: u64) -> ApiFailure {
    let minutes = if seconds.is_multiple_of(60) {
        (seconds / 60).to_string()
    } else {
        format!("{:.2}", seconds as f64 / 60.0)
            .trim_end_matches('0')
            .to_owned()
    };
    let failure = ApiFailure::new(
        StatusCode::TOO_MANY_REQUESTS,
        "RATE_LIMITED",
        format!("Resource {resource} is limited to {capacity} requests every {minutes} minutes."),
    )
    .param(resource.to_owned())
    .param(capacity);
    if seconds.is_multiple_of(60) {
        failure.param(seconds / 60)
    } else {
        failure.param(minutes)
    }
}

/// The most service accounts one organization holds by default: MongoDB publishes no number
/// (`Config::max_service_accounts_per_org` changes it).
pub(crate) const MAX_SERVICE_ACCOUNTS_PER_ORG: usize = 100;

/// A service account past the organization's limit: the emulator's own code, not MongoDB's.
pub(crate) fn service_account_limit(max: usize, org_id: &str) -> ApiFailure {
    bad_request(
        "EMULATOR_SERVICE_ACCOUNT_LIMIT",
        format!(
            "The emulator keeps at most {max} service accounts per organization; organization \
             {org_id} has them all. Nothing was created."
        ),
    )
    .param(max)
    .param(org_id.to_owned())
}
