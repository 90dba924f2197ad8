//! Every error the emulator answers, with MongoDB's status, `errorCode` and `detail` text as
//! its error-code reference ("Atlas Administration API Error Codes") gives them: the one
//! place these texts live. `tests/spec_errors.rs` checks that each error example in
//! `openapi.yaml` is one of these, sent for real.

use axum::http::StatusCode;

use super::response::ApiFailure;

/// The longest description an API key may have.
pub(crate) const MAX_DESCRIPTION: usize = crate::description::MAX_CHARS;

/// Personal API keys one user may have (MAX_PUBLIC_API_KEY_REACHED past it).
pub(crate) const MAX_PERSONAL_KEYS: usize = 10;

fn bad_request(code: &'static str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, code, detail)
}

fn unauthorized(code: &'static str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::UNAUTHORIZED, code, detail)
}

fn not_found(code: &'static str, detail: String, id: &str) -> ApiFailure {
    ApiFailure::new(StatusCode::NOT_FOUND, code, detail).param(id.to_owned())
}

pub(crate) fn api_key_requires_description() -> ApiFailure {
    bad_request(
        "API_KEY_REQUIRES_DESCRIPTION",
        "All API keys require a non-empty description.",
    )
}

pub(crate) fn invalid_api_key_desc() -> ApiFailure {
    bad_request(
        "INVALID_API_KEY_DESC",
        format!(
            "API key descriptions are required and must be less than {MAX_DESCRIPTION} characters."
        ),
    )
    .param(MAX_DESCRIPTION)
}

pub(crate) fn missing_api_key_roles() -> ApiFailure {
    bad_request(
        "MISSING_API_KEY_ROLES",
        "API keys must have at least one role.",
    )
}

pub(crate) fn invalid_enum_value(value: &str) -> ApiFailure {
    bad_request(
        "INVALID_ENUM_VALUE",
        format!("An invalid enumeration value {value} was specified."),
    )
    .param(value.to_owned())
}

pub(crate) fn invalid_role_for_org(role: &str, org_id: &str) -> ApiFailure {
    bad_request(
        "INVALID_ROLE_FOR_ORG",
        format!("Role {role} invalid for organization {org_id}."),
    )
    .param(role.to_owned())
    .param(org_id.to_owned())
}

pub(crate) fn invalid_role_for_group(role: &str, group_id: &str) -> ApiFailure {
    bad_request(
        "INVALID_ROLE_FOR_GROUP",
        format!("Role {role} is invalid for group {group_id}."),
    )
    .param(role.to_owned())
    .param(group_id.to_owned())
}

pub(crate) fn invalid_attribute(name: &str) -> ApiFailure {
    bad_request(
        "INVALID_ATTRIBUTE",
        format!("Invalid attribute {name} specified."),
    )
    .param(name.to_owned())
}

pub(crate) fn invalid_json_attribute(name: &str) -> ApiFailure {
    bad_request(
        "INVALID_JSON_ATTRIBUTE",
        format!("Received JSON for the {name} attribute does not match expected format."),
    )
    .param(name.to_owned())
}

pub(crate) fn missing_attribute(name: &str) -> ApiFailure {
    bad_request(
        "MISSING_ATTRIBUTE",
        format!("The required attribute {name} was not specified."),
    )
    .param(name.to_owned())
}

pub(crate) fn malformed_json() -> ApiFailure {
    bad_request("MALFORMED_JSON", "Received JSON is malformed.")
}

pub(crate) fn invalid_json() -> ApiFailure {
    bad_request(
        "INVALID_JSON",
        "Received JSON does not match expected format.",
    )
}

pub(crate) fn invalid_query_parameter(name: &str) -> ApiFailure {
    bad_request(
        "INVALID_QUERY_PARAMETER",
        format!("Invalid query parameter {name} specified."),
    )
    .param(name.to_owned())
}

/// The body did not arrive within the body timeout. Not one of MongoDB's codes: its load
/// balancers answer this before the API sees the request.
pub(crate) fn body_timeout() -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::REQUEST_TIMEOUT,
        "The request body was not received in time.",
    )
}

/// The body is larger than the emulator reads (`limit` bytes). Like [`body_timeout`], a
/// front end's answer, without `errorCode`.
pub(crate) fn payload_too_large(limit: usize) -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("The request body is larger than {limit} bytes, the most this server reads."),
    )
    .param(limit)
}

/// A body sent as another media type than `application/json`: Jersey's `415`, before any of
/// MongoDB's own checks, so without `errorCode`. The detail does not echo the header.
pub(crate) fn unsupported_media_type() -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "Request bodies must be sent as application/json.",
    )
}

/// The 401 of a digest challenge (no `errorCode`, as Atlas sends it).
pub(crate) fn not_authenticated() -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::UNAUTHORIZED,
        "You are not authorized for this resource.",
    )
}

/// The 401 to a (nonce, nc) pair used before: sign again with the new challenge.
pub(crate) fn nonce_count_reused() -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::UNAUTHORIZED,
        "The nonce count was used before; sign the request again.",
    )
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

pub(crate) fn resource_not_found(path: &str) -> ApiFailure {
    not_found(
        "RESOURCE_NOT_FOUND",
        format!("Cannot find resource {path}."),
        path,
    )
}

/// A method the resource does not serve (`GET` on a create operation, say). Not one of the
/// error-code reference's codes: the body is MongoDB's error shape without `errorCode`, so
/// that clients read it like any other error.
pub(crate) fn method_not_allowed(method: &str, path: &str) -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("The method {method} is not allowed on resource {path}."),
    )
    .param(method.to_owned())
    .param(path.to_owned())
}

pub(crate) fn invalid_org_id(id: &str) -> ApiFailure {
    not_found(
        "INVALID_ORG_ID",
        format!("An invalid organization ID {id} was specified."),
        id,
    )
}

pub(crate) fn invalid_group_id(id: &str) -> ApiFailure {
    not_found(
        "INVALID_GROUP_ID",
        format!("An invalid group ID {id} was specified."),
        id,
    )
}

pub(crate) fn invalid_user_id(id: &str) -> ApiFailure {
    not_found(
        "INVALID_USER_ID",
        format!("An invalid user ID {id} was specified."),
        id,
    )
}

pub(crate) fn org_not_found(id: &str) -> ApiFailure {
    not_found(
        "ORG_NOT_FOUND",
        format!("No organization with ID {id} exists."),
        id,
    )
}

pub(crate) fn group_not_found(id: &str) -> ApiFailure {
    not_found(
        "GROUP_NOT_FOUND",
        format!("No group with ID {id} exists."),
        id,
    )
}

pub(crate) fn user_not_found(id: &str) -> ApiFailure {
    not_found(
        "USER_NOT_FOUND",
        format!("No user with ID {id} exists."),
        id,
    )
}

/// `RATE_LIMITED` for `resource` (the request's path), with the limit in MongoDB's words.
pub(crate) fn invalid_ip_address_or_cidr_notation(address: &str) -> ApiFailure {
    bad_request(
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        format!("The address {address} must be in valid IP address or CIDR notation."),
    )
    .param(address.to_owned())
}

/// An access-list entry with both `ipAddress` and `cidrBlock` (MongoDB kept the code's old
/// name when it renamed whitelists to access lists).
pub(crate) fn bad_whitelist_add_request() -> ApiFailure {
    bad_request(
        "BAD_WHITELIST_ADD_REQUEST",
        "Should not specify both the IP address and the CIDR block.",
    )
}

/// No organization API key with this ID in the organization. MongoDB's error-code reference
/// gives it status 400.
pub(crate) fn api_key_not_found(id: &str) -> ApiFailure {
    bad_request(
        "API_KEY_NOT_FOUND",
        format!("No API key with ID {id} exists."),
    )
    .param(id.to_owned())
}

/// The most access-list entries the emulator keeps for one key. MongoDB documents no limit;
/// this one keeps memory and the time of an add bounded.
pub(crate) const MAX_ACCESS_LIST_ENTRIES: usize = 500;

/// Past [`MAX_ACCESS_LIST_ENTRIES`]: the emulator's own code, not MongoDB's, so that nobody
/// mistakes it for Atlas behaviour, with the status MongoDB's own spec declares on this
/// operation for a list that cannot take the entries, `409`. (A `400` would say the request
/// is malformed; it is the key's state that refuses it.)
pub(crate) fn access_list_limit(key_id: &str, have: usize, adding: usize) -> ApiFailure {
    ApiFailure::new(
        StatusCode::CONFLICT,
        "EMULATOR_ACCESS_LIST_LIMIT",
        format!(
            "The emulator keeps at most {MAX_ACCESS_LIST_ENTRIES} access list entries per API key; \
             API key {key_id} has {have} and this request adds {adding} more. Nothing was added."
        ),
    )
    .param(key_id.to_owned())
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

pub(crate) fn unexpected_error(status: StatusCode) -> ApiFailure {
    ApiFailure::new(status, "UNEXPECTED_ERROR", "Unexpected error.")
}

/// What an injected fault answers instead of acting (`POST /_emulator/faults`).
pub(crate) fn injected(status: StatusCode) -> ApiFailure {
    if status == StatusCode::TOO_MANY_REQUESTS {
        ApiFailure::new(status, "RATE_LIMITED", "Rate limited by an injected fault.")
    } else {
        unexpected_error(status)
    }
}
