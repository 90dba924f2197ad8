//! The emulator's own contract, served at the host root without authentication:
//! `GET /openapi.yaml` and `GET /openapi.json` are `openapi.yaml` (as YAML, and as the indented
//! JSON `mongodb-api-keys spec --json` prints) with one difference: every `servers` list and
//! the OAuth token URL are relative (the server is `/`, the origin the document was read
//! from, since the paths are whole; the token URL `/api/oauth/token`), so that they name this
//! emulator, never MongoDB's hosts. A test tool or
//! a code generator pointed at a running emulator reads the very contract it implements, and
//! one given no base URL of its own calls the emulator, not production. `build.rs` makes both
//! (`build/served.rs`) and checks that they say the same.

use std::sync::LazyLock;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::response::NeverEnveloped;

/// Where the YAML document is served.
pub(crate) const YAML_PATH: &str = "/openapi.yaml";
/// Where the JSON document is served.
pub(crate) const JSON_PATH: &str = "/openapi.json";

/// `openapi.yaml` with relative servers, line for line the committed text elsewhere.
const SERVED_YAML: &str = include_str!(concat!(env!("OUT_DIR"), "/openapi.served.yaml"));

/// The same as indented JSON with a final newline, formatted as `spec --json` formats.
static SERVED_JSON: LazyLock<String> = LazyLock::new(|| {
    let compact = include_str!(concat!(env!("OUT_DIR"), "/openapi.served.json"));
    let value: serde_json::Value = serde_json::from_str(compact).unwrap_or_default();
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
});

/// `GET` (and so `HEAD`) of both documents; other methods get the router's 405.
pub(crate) fn routes() -> Router {
    Router::new()
        .route(YAML_PATH, get(yaml))
        .route(JSON_PATH, get(json))
}

async fn yaml() -> Response {
    // RFC 9512: YAML is UTF-8 and takes no charset parameter.
    document("application/yaml", SERVED_YAML)
}

async fn json() -> Response {
    document("application/json", SERVED_JSON.as_str())
}

/// The document as it is: `envelope=true` and `pretty=true` leave it alone, since it is not
/// an answer of MongoDB's API.
fn document(content_type: &'static str, text: &'static str) -> Response {
    let mut response = (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        text,
    )
        .into_response();
    response.extensions_mut().insert(NeverEnveloped);
    response
}
