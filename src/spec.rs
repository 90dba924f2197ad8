//! The OpenAPI document this crate is generated from, for teams that serve, re-export or
//! generate their own clients from it.

/// The text of `openapi.yaml`, exactly as committed (OpenAPI 3.0.3, YAML).
///
/// ```
/// assert!(mongodb_api_keys::spec::OPENAPI_YAML.starts_with("openapi: 3.0.3"));
/// ```
pub const OPENAPI_YAML: &str = include_str!("../openapi.yaml");

/// The OpenAPI document, parsed.
///
/// ```
/// let spec = mongodb_api_keys::spec::openapi();
/// assert_eq!(spec.paths.paths.len(), 4);
/// assert!(spec.paths.paths.contains_key("/orgs/{orgId}/apiKeys"));
/// ```
pub fn openapi() -> openapiv3::OpenAPI {
    // build.rs refuses to build the crate unless this exact text parses.
    serde_yaml_ng::from_str(OPENAPI_YAML).expect("build.rs checked that openapi.yaml parses")
}

/// The OpenAPI document as JSON, for tools that do not read YAML.
///
/// ```
/// let json = mongodb_api_keys::spec::openapi_json();
/// assert_eq!(json["openapi"], "3.0.3");
/// ```
pub fn openapi_json() -> serde_json::Value {
    serde_yaml_ng::from_str(OPENAPI_YAML).expect("build.rs checked that openapi.yaml parses")
}
