//! The emulator's own contract, served at the host root without authentication:
//! `GET /openapi.yaml` (the committed `openapi.yaml`, byte for byte) and `GET /openapi.json`
//! (byte for byte what `mongodb-api-keys spec --json` prints), so that a test tool or a code
//! generator pointed at a running emulator reads the very spec that emulator implements.

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::response::NeverEnveloped;

/// Where the YAML document is served.
pub(crate) const YAML_PATH: &str = "/openapi.yaml";
/// Where the JSON document is served.
pub(crate) const JSON_PATH: &str = "/openapi.json";

/// `GET` (and so `HEAD`) of both documents; other methods get the router's 405.
pub(crate) fn routes() -> Router {
    Router::new()
        .route(YAML_PATH, get(yaml))
        .route(JSON_PATH, get(json))
}

async fn yaml() -> Response {
    // RFC 9512: YAML is UTF-8 and takes no charset parameter.
    document("application/yaml", crate::spec::OPENAPI_YAML)
}

async fn json() -> Response {
    document("application/json", crate::spec::openapi_json_pretty())
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
