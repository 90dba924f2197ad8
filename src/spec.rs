//! The OpenAPI document this crate is generated from, for teams that serve, re-export or
//! generate their own clients from it.
//!
//! The document has its own version, [`VERSION`] (`info.version`, a semantic version of the
//! HTTP contract), apart from the crate's (which versions the Rust API): each release of the
//! crate embeds exactly one version of the contract.

use std::sync::OnceLock;

/// The version of the contract embedded in this build: `info.version` of `openapi.yaml`, read
/// by `build.rs`. A semantic version: a change that breaks a client of the HTTP API (a removed
/// response field, a narrowed enum, a new required parameter) comes with a new major version,
/// a backwards-compatible addition with a new minor (CHANGELOG.md lists them).
///
/// ```
/// let version = mongodb_api_keys::spec::VERSION;
/// assert_eq!(version.split('.').count(), 3);
/// assert_eq!(mongodb_api_keys::spec::openapi_json()["info"]["version"], version);
/// ```
pub const VERSION: &str = env!("MONGODB_API_KEYS_SPEC_VERSION");

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
/// assert_eq!(spec["paths"].as_object().map(|p| p.len()), Some(33));
/// assert!(spec["paths"]["/api/atlas/v2/orgs/{orgId}/apiKeys"]["post"].is_object());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub const OPENAPI_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.json"));

/// The document as indented JSON (object keys sorted) with a final newline: exactly what
/// `mongodb-api-keys spec --json` prints and the emulator serves at `GET /openapi.json`.
///
/// ```
/// let text = mongodb_api_keys::spec::openapi_json_pretty();
/// assert!(text.starts_with("{\n  \"components\": {") && text.ends_with("}\n"));
/// assert_eq!(serde_json::from_str::<serde_json::Value>(text)?, mongodb_api_keys::spec::openapi_json());
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn openapi_json_pretty() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut text = serde_json::to_string_pretty(&openapi_json()).expect("a JSON value");
        text.push('\n');
        text
    })
}

/// [`OPENAPI_JSON`], parsed.
///
/// ```
/// let json = mongodb_api_keys::spec::openapi_json();
/// assert_eq!(json["openapi"], "3.0.3");
/// ```
pub fn openapi_json() -> serde_json::Value {
    serde_json::from_str(OPENAPI_JSON).expect("build.rs wrote this JSON")
}
