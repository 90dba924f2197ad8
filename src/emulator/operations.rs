//! The operations of the contract, read from `openapi.yaml` once: each one's method, path
//! and `operationId`, and the error statuses it declares (with the headers of each). The
//! router serves the spec's paths as they are written (axum's `{name}` is OpenAPI's), so a
//! request's matched path and method name its operation: faults target operations by their
//! `operationId`, the version check finds the media type an operation is served with.

use std::sync::LazyLock;

use serde_json::Value;

/// One operation of the spec.
pub(crate) struct Operation {
    /// Its `operationId`.
    pub(crate) id: String,
    /// Its method, in upper case.
    pub(crate) method: String,
    /// The route the router serves it at: its path as the spec writes it
    /// (`/api/atlas/v2/orgs/{orgId}/apiKeys`), but for a text after its last parameter
    /// (`{clientId}:invite` is served at `{clientId}`: axum's router, matchit, takes no text
    /// after a parameter in a segment), which is then `suffix`.
    pub(crate) route: String,
    pub(crate) suffix: Option<String>,
    /// Its error responses (status 400 and up), each with the headers it declares.
    pub(crate) errors: Vec<(u16, Vec<String>)>,
}

/// Every operation of the spec, in the order of its paths.
pub(crate) static OPERATIONS: LazyLock<Vec<Operation>> = LazyLock::new(|| {
    let spec = crate::spec::openapi_json();
    let resolve = |value: &Value| match value["$ref"].as_str() {
        Some(name) => spec.pointer(name.trim_start_matches('#')).cloned(),
        None => Some(value.clone()),
    };
    let mut all = Vec::new();
    for (path, item) in spec["paths"].as_object().into_iter().flatten() {
        for (method, operation) in item.as_object().into_iter().flatten() {
            let Some(id) = operation["operationId"].as_str() else {
                continue;
            };
            let responses = operation["responses"].as_object().into_iter().flatten();
            let errors = responses.filter_map(|(status, response)| {
                let status = status.parse().ok().filter(|s| *s >= 400)?;
                let response = resolve(response)?;
                let headers = response["headers"].as_object().into_iter().flatten();
                Some((status, headers.map(|(name, _)| name.clone()).collect()))
            });
            let (route, suffix) = route_of(path);
            all.push(Operation {
                id: id.to_owned(),
                method: method.to_ascii_uppercase(),
                route,
                suffix,
                errors: errors.collect(),
            });
        }
    }
    all
});

/// A path's route and the text after its last parameter, if any: `/a/{b}:invite` gives
/// `/a/{b}` and `:invite`.
fn route_of(path: &str) -> (String, Option<String>) {
    match path.rsplit_once('}') {
        Some((head, tail)) if !tail.is_empty() && !tail.contains('/') => {
            (format!("{head}}}"), Some(tail.to_owned()))
        }
        _ => (path.to_owned(), None),
    }
}

/// The operation a request for `method` is to: served at the route `matched` (a route the
/// router has, as the spec writes it), whose suffix, if it has one, ends `path` (the request's
/// path); an operation without one when `path` ends in none of its route's suffixes. So `GET
/// .../{clientId}:invite` is no operation (only `POST` is served there).
pub(crate) fn find(method: &str, matched: &str, path: &str) -> Option<&'static Operation> {
    let on_route = || OPERATIONS.iter().filter(move |op| op.route == matched);
    let suffix = on_route()
        .filter_map(|op| op.suffix.as_deref())
        .find(|suffix| path.ends_with(suffix));
    on_route().find(|op| op.method.eq_ignore_ascii_case(method) && op.suffix.as_deref() == suffix)
}

/// The operation with the `operationId` `id`.
pub(crate) fn by_id(id: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|op| op.id == id)
}

/// The error statuses (400 and up) the spec declares for `operation`, or for every operation
/// when `None`, whose answer declares `header` when one is named; empty for an unknown
/// operation.
pub(crate) fn declared(operation: Option<&str>, header: Option<&str>) -> Vec<u16> {
    let statuses = |op: &Operation| -> Vec<u16> {
        let with = |headers: &Vec<String>| header.is_none_or(|h| headers.iter().any(|n| n == h));
        op.errors
            .iter()
            .filter(|(_, headers)| with(headers))
            .map(|(status, _)| *status)
            .collect()
    };
    match operation {
        Some(name) => by_id(name).map(statuses).unwrap_or_default(),
        None => {
            let mut all = OPERATIONS.first().map(statuses).unwrap_or_default();
            all.retain(|s| OPERATIONS.iter().all(|op| statuses(op).contains(s)));
            all
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_found_by_its_method_and_path() {
        assert!(OPERATIONS.len() >= 30, "{}", OPERATIONS.len());
        for op in OPERATIONS.iter() {
            let path = format!("{}{}", op.route, op.suffix.as_deref().unwrap_or(""));
            let found = find(&op.method, &op.route, &path);
            assert_eq!(found.map(|o| &o.id), Some(&op.id));
            assert!(declared(Some(&op.id), None).contains(&400), "{}", op.id);
        }
        let key = "/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}";
        let get = find("GET", key, "/api/atlas/v2/orgs/o/apiKeys/k");
        assert_eq!(get.map(|o| o.id.as_str()), Some("getOrgApiKey"));
        let keys = "/api/atlas/v2/orgs/{orgId}/apiKeys";
        assert!(find("PUT", keys, keys).is_none());
        // `:invite` is served at the route of its service account, by its suffix.
        let account = "/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}";
        let invite = find(
            "POST",
            account,
            "/api/atlas/v2/groups/g/serviceAccounts/c:invite",
        );
        assert_eq!(
            invite.map(|o| o.id.as_str()),
            Some("inviteGroupServiceAccount")
        );
        assert!(find("POST", account, "/api/atlas/v2/groups/g/serviceAccounts/c").is_none());
        let get = find(
            "GET",
            account,
            "/api/atlas/v2/groups/g/serviceAccounts/c:invite",
        );
        assert!(get.is_none(), "only POST is served at :invite");
        let get = find("GET", account, "/api/atlas/v2/groups/g/serviceAccounts/c");
        assert_eq!(get.map(|o| o.id.as_str()), Some("getGroupServiceAccount"));
    }
}
