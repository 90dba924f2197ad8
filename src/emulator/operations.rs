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
    /// Its path, as the spec writes it (`/api/atlas/v2/orgs/{orgId}/apiKeys`).
    pub(crate) path: String,
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
            all.push(Operation {
                id: id.to_owned(),
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                errors: errors.collect(),
            });
        }
    }
    all
});

/// The operation served at the route `path` (the spec's path) for `method`.
pub(crate) fn find(method: &str, path: &str) -> Option<&'static Operation> {
    OPERATIONS
        .iter()
        .find(|op| op.path == path && op.method.eq_ignore_ascii_case(method))
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
            assert_eq!(find(&op.method, &op.path).map(|o| &o.id), Some(&op.id));
            assert!(declared(Some(&op.id), None).contains(&400), "{}", op.id);
        }
        let get = find("GET", "/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}");
        assert_eq!(get.map(|o| o.id.as_str()), Some("getOrgApiKey"));
        assert!(find("PUT", "/api/atlas/v2/orgs/{orgId}/apiKeys").is_none());
    }
}
