//! The OpenAPI document this crate is generated from, for teams that serve, re-export or
//! generate their own clients from it.

/// The text of `openapi.yaml`, exactly as committed (OpenAPI 3.0.3, YAML).
///
/// ```
/// assert!(mongodb_api_keys::spec::OPENAPI_YAML.starts_with("openapi: 3.0.3"));
/// ```
pub const OPENAPI_YAML: &str = include_str!("../openapi.yaml");

/// The same document as compact JSON, converted by `build.rs` (object keys sorted), for
/// tools that do not read YAML. Parse it with `openapiv3` for a typed view.
///
/// ```
/// let spec: serde_json::Value = serde_json::from_str(mongodb_api_keys::spec::OPENAPI_JSON)?;
/// assert_eq!(spec["paths"].as_object().map(|p| p.len()), Some(5));
/// assert!(spec["paths"]["/orgs/{orgId}/apiKeys"]["post"].is_object());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const OPENAPI_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));

/// [`OPENAPI_JSON`], parsed.
///
/// ```
/// let json = mongodb_api_keys::spec::openapi_json();
/// assert_eq!(json["openapi"], "3.0.3");
/// ```
pub fn openapi_json() -> serde_json::Value {
    serde_json::from_str(OPENAPI_JSON).expect("build.rs wrote this JSON")
}
