//! What goes out: MongoDB's error body ([`ApiFailure`], an `IntoResponse`), resources
//! ([`Answer`]), lists ([`ListAnswer`]) and answers without a body ([`Done`]), each with its
//! API's media type, and `envelope` and `pretty` applied in one place, [`shape`], to every
//! answer on the way out.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Value, json};

use super::products::Api;
use super::query::{flag, form_urlencoded_pairs};
use crate::generated::types;

/// A request MongoDB would refuse: its status, `errorCode`, `detail` and `parameters`, and
/// any headers the answer carries (`WWW-Authenticate`, `Retry-After`).
#[derive(Debug)]
pub(crate) struct ApiFailure {
    pub(crate) status: StatusCode,
    pub(crate) code: Option<&'static str>,
    pub(crate) detail: String,
    pub(crate) parameters: Vec<Value>,
    headers: Vec<(HeaderName, HeaderValue)>,
    /// Atlas's challenge answers say `application/json;charset=ISO-8859-1`.
    latin1: bool,
}

/// Marks an answer that `envelope=true` must leave alone: a digest client has to see a 401's
/// status and challenge to authenticate at all.
#[derive(Clone, Copy)]
pub(crate) struct NeverEnveloped;

impl ApiFailure {
    /// A failure with MongoDB's `errorCode`.
    pub(crate) fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        ApiFailure {
            status,
            code: Some(code),
            detail: detail.into(),
            parameters: Vec::new(),
            headers: Vec::new(),
            latin1: false,
        }
    }

    /// A failure without `errorCode`, as some of MongoDB's 401s are.
    pub(crate) fn without_code(status: StatusCode, detail: impl Into<String>) -> Self {
        ApiFailure {
            code: None,
            ..ApiFailure::new(status, "", detail)
        }
    }

    /// Adds a value the detail mentions to `parameters`.
    pub(crate) fn param(mut self, parameter: impl Into<Value>) -> Self {
        self.parameters.push(parameter.into());
        self
    }

    /// Adds a header to the answer.
    pub(crate) fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.push((name, value));
        self
    }

    /// Answers with Atlas's `application/json;charset=ISO-8859-1`, never enveloped.
    pub(crate) fn for_challenge(mut self) -> Self {
        self.latin1 = true;
        self
    }

    /// The body, as the spec's `ApiError`.
    pub(crate) fn body(&self) -> Value {
        let mut error = types::ApiError::builder()
            .detail(Some(self.detail.clone()))
            .error(i32::from(self.status.as_u16()))
            .error_code(self.code.map(str::to_owned))
            .reason(Some(
                self.status.canonical_reason().unwrap_or("Error").to_owned(),
            ));
        if !self.latin1 {
            error = error.parameters(Some(self.parameters.clone()));
        }
        match types::ApiError::try_from(error) {
            Ok(error) => to_value(&error),
            // Every required field is set above; keep the answer readable if that changes.
            Err(e) => {
                json!({ "detail": e.to_string(), "error": 500, "reason": "Internal Server Error" })
            }
        }
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let content_type = if self.latin1 {
            "application/json;charset=ISO-8859-1"
        } else {
            "application/json"
        };
        let mut response = (
            self.status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            self.body().to_string(),
        )
            .into_response();
        response.headers_mut().extend(self.headers);
        if self.latin1 {
            response.extensions_mut().insert(NeverEnveloped);
        }
        response
    }
}

/// A resource as the JSON answer, `200` with its API's media type. Serialized with secrets in
/// clear (see [`crate::Secret::reveal_while`]): a created key shows its secret this once,
/// and what every later read shows is already masked where it is stored.
pub(crate) struct Answer<T> {
    pub(crate) api: Api,
    pub(crate) body: T,
}

impl<T: Serialize> IntoResponse for Answer<T> {
    fn into_response(self) -> Response {
        json_response(self.api, &self.body)
    }
}

/// The body in clear, as `api`'s media type.
fn json_response(api: Api, body: &impl Serialize) -> Response {
    match crate::Secret::reveal_while(|| serde_json::to_vec(body)) {
        Ok(body) => (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static(api.media_type()),
            )],
            body,
        )
            .into_response(),
        Err(_) => ApiFailure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "Unexpected error.",
        )
        .into_response(),
    }
}

/// A list answer (`{links, results, totalCount}`): with `envelope=true` it gains `status`
/// instead of being wrapped, MongoDB's rule for lists.
pub(crate) struct ListAnswer<T> {
    pub(crate) api: Api,
    pub(crate) body: T,
}

/// Marks a list answer for [`shape`].
#[derive(Clone, Copy)]
struct EnvelopedAsList;

impl<T: Serialize> IntoResponse for ListAnswer<T> {
    fn into_response(self) -> Response {
        let mut response = json_response(self.api, &self.body);
        response.extensions_mut().insert(EnvelopedAsList);
        response
    }
}

/// A success without a body: a delete or an assignment. The Admin API v2 answers `204`; Ops
/// Manager documents `200` with no body for its deletes.
pub(crate) struct Done(pub(crate) Api);

/// The media type an enveloped [`Done`] is answered with (`{"status": 204}`).
#[derive(Clone)]
struct EmptyAnswer(HeaderValue);

impl IntoResponse for Done {
    fn into_response(self) -> Response {
        let status = match self.0 {
            Api::AtlasV2 | Api::AtlasV1 => StatusCode::NO_CONTENT,
            Api::Public => StatusCode::OK,
        };
        let mut response = status.into_response();
        let media = HeaderValue::from_static(self.0.media_type());
        response.extensions_mut().insert(EmptyAnswer(media));
        response
    }
}

/// A resource just created, `201` with its API's media type (a service account, a secret:
/// MongoDB answers their creates `201`, its API keys' `200`).
pub(crate) struct Created<T> {
    pub(crate) api: Api,
    pub(crate) body: T,
}

impl<T: Serialize> IntoResponse for Created<T> {
    fn into_response(self) -> Response {
        let mut response = json_response(self.api, &self.body);
        if response.status().is_success() {
            *response.status_mut() = StatusCode::CREATED;
        }
        response
    }
}

/// Makes a success of the Admin API v2 say the version of its operation, `media`
/// (`application/vnd.atlas.2024-08-05+json`), with `;charset=utf-8` as Atlas sends it, in
/// place of the API's default (the keys' version); errors (`application/json`) stay as they
/// are. What an enveloped answer without a body says changes with it.
pub(crate) fn set_version(response: &mut Response, media: &str) {
    let Ok(value) = HeaderValue::from_str(&format!("{media};charset=utf-8")) else {
        return;
    };
    let versioned = (response.headers().get(header::CONTENT_TYPE))
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/vnd.atlas."));
    if versioned {
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, value.clone());
    }
    if let Some(empty) = response.extensions_mut().get_mut::<EmptyAnswer>() {
        empty.0 = value;
    }
}

/// A value as JSON; the generated types always serialize (string keys, finite numbers).
pub(crate) fn to_value(value: &impl Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// The largest answer [`shape`] rewrites; the emulator's own are a few hundred bytes.
const MAX_SHAPED: usize = 1024 * 1024;

/// Whether a `Content-Type` is JSON: `application/json`, or a versioned
/// `application/vnd.atlas.*+json`.
fn is_json(content_type: &str) -> bool {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json"
        || (essence.starts_with("application/vnd.atlas.") && essence.ends_with("+json"))
}

/// Middleware: applies `envelope=true` (HTTP 200, `{"status", "content"}`; `{"status"}` alone
/// for an answer without a body) and `pretty=true` (Jackson's indentation) to JSON answers,
/// each read as MongoDB's Java back end reads a boolean ([`flag`]: `TRUE` is true, `1` is
/// false).
pub(crate) async fn shape(request: Request, next: Next) -> Response {
    let pairs = form_urlencoded_pairs(request.uri().query().unwrap_or(""));
    let envelope = flag(&pairs, "envelope").unwrap_or(false);
    let pretty = flag(&pairs, "pretty").unwrap_or(false);
    let response = next.run(request).await;
    if !(envelope || pretty) || response.extensions().get::<NeverEnveloped>().is_some() {
        return response;
    }
    if let Some(EmptyAnswer(media)) = response.extensions().get::<EmptyAnswer>().cloned() {
        return match envelope {
            true => enveloped_empty(response, media, pretty),
            false => response,
        };
    }
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(is_json);
    if !json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_SHAPED).await else {
        return ApiFailure::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "UNEXPECTED_ERROR",
            "Unexpected error.",
        )
        .into_response();
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let is_list = parts.extensions.get::<EnvelopedAsList>().is_some();
    match &mut value {
        Value::Object(list) if envelope && is_list => {
            list.insert("status".into(), parts.status.as_u16().into());
        }
        _ if envelope => {
            value = json!({ "status": parts.status.as_u16(), "content": value });
            parts.status = StatusCode::OK;
        }
        _ => {}
    }
    let text = if pretty {
        jackson_pretty(&value)
    } else {
        value.to_string().into_bytes()
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(text))
}

/// An answer without a body, enveloped: HTTP 200, `{"status": <its status>}` as `media`.
fn enveloped_empty(response: Response, media: HeaderValue, pretty: bool) -> Response {
    let value = json!({ "status": response.status().as_u16() });
    let (mut parts, _) = response.into_parts();
    parts.status = StatusCode::OK;
    parts.headers.insert(header::CONTENT_TYPE, media);
    let text = if pretty {
        jackson_pretty(&value)
    } else {
        value.to_string().into_bytes()
    };
    Response::from_parts(parts, Body::from(text))
}

/// Pretty JSON as MongoDB's Jackson writes it: `"key" : value`, two-space indents for
/// objects, arrays inline (`[ {` ... `} ]`).
pub(crate) fn jackson_pretty(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, Jackson::default());
    // Writing a Value into a Vec cannot fail.
    let _ = value.serialize(&mut serializer);
    out
}

#[derive(Default)]
struct Jackson {
    /// One entry per open object: whether it has a key yet.
    objects: Vec<bool>,
}

impl serde_json::ser::Formatter for Jackson {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b" ]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        w.write_all(if first { b" " } else { b", " })
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.objects.push(false);
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        if self.objects.pop() == Some(true) {
            w.write_all(b"\n")?;
            w.write_all(&b"  ".repeat(self.objects.len()))?;
            w.write_all(b"}")
        } else {
            w.write_all(b" }")
        }
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if let Some(has_key) = self.objects.last_mut() {
            *has_key = true;
        }
        w.write_all(if first { b"\n" } else { b",\n" })?;
        w.write_all(&b"  ".repeat(self.objects.len()))
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b" : ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_output_is_jacksons() {
        let value = json!({"desc": "x", "links": [{"href": "h", "rel": "self"}], "roles": ["A", "B"], "n": [], "o": {}});
        let text = String::from_utf8(jackson_pretty(&value)).unwrap();
        assert_eq!(
            text,
            "{\n  \"desc\" : \"x\",\n  \"links\" : [ {\n    \"href\" : \"h\",\n    \"rel\" : \"self\"\n  } ],\n  \"n\" : [ ],\n  \"o\" : { },\n  \"roles\" : [ \"A\", \"B\" ]\n}"
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
    }
}
