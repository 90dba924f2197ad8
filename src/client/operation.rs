//! One description per operation of the contract (what the typed methods call), and the
//! request each call sends: method, URL, JSON body.

use reqwest::Method;
use serde::Serialize;

use super::Error;

/// An operation of `openapi.yaml`, as the client calls it.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Its `operationId`.
    pub(crate) id: &'static str,
    /// The typed method that calls it, named in messages (`create_org_api_key`).
    pub(crate) name: &'static str,
    pub(crate) method: Method,
    /// The status of its success.
    pub(crate) success: u16,
    /// Whether its success carries a secret shown only once: a success that does not match
    /// the contract is then kept whole (`Error::UnexpectedSuccess`).
    pub(crate) creates_secret: bool,
}

/// `base_url` followed by `path` (which starts with `/`), and a JSON `body`, as a request.
pub(crate) fn request(
    http: &reqwest::Client,
    operation: &Operation,
    base_url: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<reqwest::Request, Error> {
    let url = format!("{base_url}{path}");
    let mut builder = http
        .request(operation.method.clone(), &url)
        .header(reqwest::header::ACCEPT, "application/json");
    if let Some(body) = body {
        let json = serde_json::to_vec(body).map_err(|e| {
            Error::Validation(format!("the request body cannot be written as JSON: {e}"))
        })?;
        builder = builder
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(json);
    }
    builder
        .build()
        .map_err(|e| Error::Config(format!("cannot build a request to {url}: {e}")))
}
