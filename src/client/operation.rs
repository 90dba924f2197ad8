//! One description per operation of the contract (what the typed methods call), and the
//! request each call sends: method, URL, JSON body.

use reqwest::Method;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::Serialize;

use super::Error;
use super::product::{Api, Product, Root};

/// An operation of `openapi.yaml`, as the client calls it.
#[derive(Debug)]
pub(crate) struct Operation {
    /// Its `operationId`.
    pub(crate) id: &'static str,
    /// The typed method that calls it, named in messages (`create_org_api_key`).
    pub(crate) name: &'static str,
    pub(crate) method: Method,
    /// The API it belongs to (and so its path prefix).
    pub(crate) api: Api,
    /// The status of its success.
    pub(crate) success: u16,
    /// Whether its success carries a secret shown only once: a success that does not match
    /// the contract is then kept whole (`Error::UnexpectedSuccess`).
    pub(crate) creates_secret: bool,
}

impl Operation {
    /// Whether a client of `product` can call it.
    pub(crate) fn served_by(&self, product: Product) -> bool {
        match self.api {
            Api::AtlasV2 | Api::AtlasV1 => product == Product::Atlas,
            Api::Public => product == Product::OpsManager,
        }
    }
}

/// The request for `operation` at the `path` segments under `root` (its API's prefix
/// between them), with the `query` parameters and a JSON `body`. The root was parsed once, when the client was built;
/// the segments are appended, each percent-encoded as a path segment (an access-list entry's
/// `/` becomes `%2F`), without parsing anything.
pub(crate) fn request(
    operation: &Operation,
    root: &Root,
    path: &[&str],
    query: &[(&str, String)],
    body: Option<&impl Serialize>,
) -> Result<reqwest::Request, Error> {
    let mut url = root.api_url(operation.api).clone();
    if let Ok(mut segments) = url.path_segments_mut() {
        segments.extend(path);
    }
    if !query.is_empty() {
        url.query_pairs_mut()
            .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
    }
    let mut request = reqwest::Request::new(operation.method.clone(), url);
    // The Admin API v2's versioned media type, or plain JSON.
    let media = HeaderValue::from_static(
        crate::generated::media_type(operation.id).unwrap_or("application/json"),
    );
    let headers = request.headers_mut();
    headers.insert(ACCEPT, media.clone());
    if let Some(body) = body {
        // Room for a typical body at once (no reallocation as it is written).
        let mut json = Vec::with_capacity(256);
        serde_json::to_writer(&mut json, body).map_err(|e| {
            Error::Validation(format!("the request body cannot be written as JSON: {e}"))
        })?;
        headers.insert(CONTENT_TYPE, media);
        *request.body_mut() = Some(json.into());
    }
    Ok(request)
}
