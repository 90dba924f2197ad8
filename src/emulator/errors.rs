//! The errors of a request itself (its body, query, path, media types, credentials, API
//! version), with MongoDB's status, `errorCode` and `detail` text as its error-code reference
//! ("Atlas Administration API Error Codes") gives them. With `refusals.rs` (a request refused
//! for a role, an access list or a limit), the one place these texts live.
//! `tests/spec_errors.rs` checks that each error example in `openapi.yaml` is one of these,
//! sent for real.

use axum::http::StatusCode;

use super::response::ApiFailure;

/// The longest description an API key may have.
pub(crate) const MAX_DESCRIPTION: usize = crate::description::MAX_CHARS;

fn bad_request(code: &'static str, detail: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, code, detail)
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

/// A body sent as another media type than the one the operation consumes (`consumed`:
/// `application/json`, or the Admin API v2's versioned type): Jersey's `415`, before any of
/// MongoDB's own checks, so without `errorCode`. The detail does not echo the header.
pub(crate) fn unsupported_media_type(consumed: &str) -> ApiFailure {
    ApiFailure::without_code(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        format!("Request bodies must be sent as {consumed}."),
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

/// The handler of a method a path does not serve: MongoDB's error shape, with the `Allow`
/// header the router adds.
pub(crate) async fn not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiFailure {
    method_not_allowed(method.as_str(), uri.path())
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

/// The body of an update names neither `desc` nor `roles`: MongoDB's reference says an
/// update "requires a minimum of one of the two body parameters".
pub(crate) fn nothing_to_update() -> ApiFailure {
    bad_request(
        "MISSING_ATTRIBUTE",
        "At least one of the attributes desc and roles must be specified.",
    )
    .param("desc")
    .param("roles")
}

/// No organization API key with this ID in the organization (or, for a project operation,
/// assigned to the project): `404` on the Admin API v2 and Ops Manager. The deprecated
/// Atlas v1.0 access-list operation answers it `400`, the status MongoDB's error-code
/// reference gives it.
pub(crate) fn api_key_not_found(id: &str, status: StatusCode) -> ApiFailure {
    ApiFailure::new(
        status,
        "API_KEY_NOT_FOUND",
        format!("No API key with ID {id} exists."),
    )
    .param(id.to_owned())
}

/// No entry `entry` on the access list of the key `key_id`.
pub(crate) fn access_list_entry_not_found(entry: &str, key_id: &str) -> ApiFailure {
    ApiFailure::new(
        StatusCode::NOT_FOUND,
        "ACCESS_LIST_ENTRY_NOT_FOUND",
        format!("IP address {entry} not on the access list of API key {key_id}."),
    )
    .param(entry.to_owned())
    .param(key_id.to_owned())
}

/// No agent API key with this ID in the project.
pub(crate) fn agent_api_key_not_found(id: &str) -> ApiFailure {
    not_found(
        "AGENT_API_KEY_NOT_FOUND",
        format!("No agent API key with ID {id} exists."),
        id,
    )
}

/// The entry that lets the caller in cannot be removed by the caller itself (MongoDB: "you
/// cannot remove the requesting IP address").
pub(crate) fn cannot_remove_caller_from_access_list(caller: &str) -> ApiFailure {
    bad_request(
        "CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST",
        format!(
            "Cannot remove the access list entry that allows the caller's IP address {caller}."
        ),
    )
    .param(caller.to_owned())
}

/// `Accept` names no version this resource serves (missing, unknown or malformed), as the
/// Admin API v2 answers it.
pub(crate) fn invalid_version_date() -> ApiFailure {
    ApiFailure::new(
        StatusCode::NOT_ACCEPTABLE,
        "INVALID_VERSION_DATE",
        "Invalid accept header or version date.",
    )
}

/// The version `version` of the resource at `path` is past its sunset.
pub(crate) fn version_gone(version: &str, path: &str) -> ApiFailure {
    let path = path.trim_start_matches('/');
    ApiFailure::new(
        StatusCode::GONE,
        "VERSION_GONE",
        format!("Version {version} of {path} is no longer available."),
    )
    .param(version.to_owned())
    .param(path.to_owned())
}

/// MongoDB's generic validation error (`VALIDATION_ERROR`, the code its v2 specification's
/// examples give), for the rules of service accounts, which MongoDB documents no code of its
/// own for; the field (and the bounds) in `parameters`.
fn validation_error(detail: impl Into<String>, field: &str) -> ApiFailure {
    bad_request("VALIDATION_ERROR", detail).param(field.to_owned())
}

/// A service account's name out of range, or with a character its pattern refuses
/// (`ascii`: Cloud Manager's, of ASCII letters and digits).
pub(crate) fn invalid_service_account_name(ascii: bool) -> ApiFailure {
    let letters = if ascii { "an ASCII letter" } else { "a letter" };
    validation_error(
        format!(
            "The service account name must have 1 to 64 characters, each {letters}, a digit, a \
             space or one of - _ . , '."
        ),
        "name",
    )
}

/// A service account's description out of range, or with a character its pattern refuses.
pub(crate) fn invalid_service_account_description() -> ApiFailure {
    validation_error(
        "The service account description must have 1 to 250 characters, each a letter, a \
         digit, a space or one of - _ . , '.",
        "description",
    )
}

/// A service account with no role.
pub(crate) fn service_account_needs_roles() -> ApiFailure {
    validation_error("A service account needs at least one role.", "roles")
}

/// The same role twice where each may be given once.
pub(crate) fn duplicate_roles() -> ApiFailure {
    validation_error("Each role may be given once.", "roles")
}

/// A secret lifetime outside `min..=max` hours.
pub(crate) fn secret_lifetime(min: u32, max: u32) -> ApiFailure {
    validation_error(
        format!("secretExpiresAfterHours must be {min} to {max}."),
        "secretExpiresAfterHours",
    )
    .param(min)
    .param(max)
}

/// A secret past the `max` a service account holds (MongoDB documents the limit, not its
/// code).
pub(crate) fn too_many_secrets(max: usize) -> ApiFailure {
    validation_error(
        format!(
            "A service account holds at most {max} secrets; delete one before creating another."
        ),
        "secrets",
    )
    .param(max)
}

/// More access-list entries in one request than MongoDB's specification allows (`max`).
pub(crate) fn too_many_entries(max: usize) -> ApiFailure {
    validation_error(
        format!("At most {max} access list entries can be added in one request."),
        "accessList",
    )
    .param(max)
}
