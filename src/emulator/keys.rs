//! The four create operations, with MongoDB's validation, error codes, envelope and pretty
//! printing. Request bodies are decoded into, and responses built from, the types generated
//! from `openapi.yaml`, so the emulator cannot drift from the spec.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::extract::{ConnectInfo, OriginalUri, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::{Map, Value, json};

use super::Inner;
use super::auth::{self, Principal, Refusal};
use crate::Secret;
use crate::digest::Request;
use crate::digest::hex;
use crate::generated::types;
use crate::random::bytes as random_bytes;

/// Which of the four operations a request is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Org,
    Project,
    Agent,
    User,
}

/// What a refused request gets: MongoDB's error body, with its status.
struct Failure {
    status: StatusCode,
    code: Option<&'static str>,
    detail: String,
    parameters: Vec<Value>,
}

fn fail(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Failure {
    Failure {
        status,
        code: Some(code),
        detail: detail.into(),
        parameters: Vec::new(),
    }
}

fn bad_request(code: &'static str, detail: impl Into<String>) -> Failure {
    fail(StatusCode::BAD_REQUEST, code, detail)
}

impl Failure {
    fn with(mut self, parameter: impl Into<Value>) -> Self {
        self.parameters.push(parameter.into());
        self
    }

    fn body(&self) -> types::ApiError {
        types::ApiError {
            detail: self.detail.clone(),
            error: i32::from(self.status.as_u16()),
            error_code: self.code.map(str::to_owned),
            parameters: Some(self.parameters.clone()),
            reason: self.status.canonical_reason().unwrap_or("Error").to_owned(),
        }
    }
}

/// `pretty` and `envelope`, and the list parameters where the operation documents them.
#[derive(Default)]
struct Options {
    pretty: bool,
    envelope: bool,
}

fn parse_options(kind: Kind, query: Option<&str>) -> Result<Options, Failure> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or(""))
        .map_err(|_| bad_request("INVALID_QUERY_PARAMETER", "The query string is malformed."))?;
    let invalid = |name: &str, value: &str, expected: &str| {
        bad_request(
            "INVALID_QUERY_PARAMETER",
            format!("Invalid query parameter {name}={value}: expected {expected}."),
        )
        .with(name.to_owned())
    };
    let boolean = |name: &str, value: &str| match value {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(invalid(name, value, "true or false")),
    };
    let in_range = |name: &str, value: &str, max: u32| match value.parse::<u32>() {
        Ok(n) if (1..=max).contains(&n) => Ok(()),
        _ => Err(invalid(name, value, &format!("an integer from 1 to {max}"))),
    };
    let mut options = Options::default();
    for (name, value) in &pairs {
        match (name.as_str(), kind) {
            ("pretty", _) => options.pretty = boolean(name, value)?,
            ("envelope", _) => options.envelope = boolean(name, value)?,
            ("pageNum", Kind::Org | Kind::Project) => in_range(name, value, i32::MAX as u32)?,
            ("itemsPerPage", Kind::Org) => in_range(name, value, 500)?,
            ("itemsPerPage", Kind::Project) => in_range(name, value, 100)?,
            ("includeCount", Kind::Project) => {
                boolean(name, value)?;
            }
            _ => {} // MongoDB ignores query parameters it does not know.
        }
    }
    Ok(options)
}

/// The largest request body read; MongoDB's create bodies are a few hundred bytes.
const MAX_BODY: usize = 64 * 1024;

/// Handles `POST .../{orgs|groups|users}/{id}/...` for one operation.
pub(crate) async fn create(
    kind: Kind,
    State(inner): State<Arc<Inner>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    request: axum::extract::Request,
) -> Response {
    inner.counters.requests.fetch_add(1, Ordering::Relaxed);
    let (parts, body) = request.into_parts();
    let (method, headers) = (parts.method, parts.headers);
    // Under `nest`, `parts.uri` lost its prefix; digest signs the request-target as sent.
    let uri = parts
        .extensions
        .get::<OriginalUri>()
        .map_or(parts.uri, |o| o.0.clone());
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        let failure = bad_request(
            "INVALID_JSON",
            format!("The request body is over {MAX_BODY} bytes or was cut off."),
        );
        return respond(Err(failure), &Options::default());
    };
    let target = uri.path_and_query().map_or(uri.path(), |pq| pq.as_str());
    let request = Request {
        method: method.as_str(),
        uri: target,
        body: &body,
    };
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let principal = if !inner.authentication {
        Principal::User {
            user_id: inner.fixtures.user_id.clone(),
        }
    } else {
        match auth::authenticate(
            authorization,
            &request,
            inner.algorithm,
            &inner.nonces,
            |name| inner.account(name),
        ) {
            Ok(principal) => principal,
            Err(refusal) => return inner.unauthorized(refusal),
        }
    };
    let options = match parse_options(kind, uri.query()) {
        Ok(options) => options,
        Err(failure) => return respond(Err(failure), &Options::default()),
    };
    let fault = inner.take_fault();
    if let Some(status) = fault.as_ref().and_then(|f| f.status) {
        return injected(status, fault.and_then(|f| f.retry_after), &options);
    }
    let base = if uri.path().starts_with("/api/public/") {
        "/api/public/v1.0"
    } else {
        "/api/atlas/v1.0"
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| h.parse::<axum::http::uri::Authority>().is_ok())
        .map_or_else(|| inner.fixtures.addr.to_string(), str::to_owned);
    let context = Context {
        inner: &inner,
        principal,
        peer,
        origin: format!("http://{host}{base}"),
    };
    let outcome = match kind {
        Kind::Org => context.create_org(&id, &body),
        Kind::Project => context.create_project(&id, &body),
        Kind::Agent => context.create_agent(&id, &body),
        Kind::User => context.create_user(&id, &body),
    };
    let delay = fault.map_or(0, |f| f.delay_ms);
    if delay > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
    }
    respond(outcome, &options)
}

/// An injected error answer: nothing was done.
fn injected(status: u16, retry_after: Option<u64>, options: &Options) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let (code, detail) = match status {
        StatusCode::TOO_MANY_REQUESTS => ("RATE_LIMITED", "Too many requests; retry later."),
        StatusCode::SERVICE_UNAVAILABLE => ("SERVICE_UNAVAILABLE", "The service is unavailable."),
        _ => ("UNEXPECTED_ERROR", "Unexpected error."),
    };
    let mut response = respond(Err(fail(status, code, detail)), options);
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

struct Context<'a> {
    inner: &'a Inner,
    principal: Principal,
    peer: SocketAddr,
    /// `http://host/api/{atlas|public}/v1.0`, for `links`.
    origin: String,
}

impl Context<'_> {
    fn create_org(&self, org_id: &str, body: &[u8]) -> Result<Value, Failure> {
        self.check_org(org_id)?;
        let request: types::CreateOrgApiKeyRequest =
            decode_key_request(body, "ORG", |role| role.parse::<types::OrgRole>().is_ok())?;
        let roles = request
            .roles
            .iter()
            .map(|role| types::ApiKeyRole {
                group_id: None,
                org_id: Some(object_id(org_id)),
                role_name: role.to_string(),
            })
            .collect();
        let key = self.new_api_key(request.desc.to_string(), org_id, roles);
        self.inner.counters.org_keys.fetch_add(1, Ordering::Relaxed);
        Ok(to_value(&key))
    }

    fn create_project(&self, group_id: &str, body: &[u8]) -> Result<Value, Failure> {
        self.check_group(group_id)?;
        let request: types::CreateProjectApiKeyRequest =
            decode_key_request(body, "GROUP", |role| {
                role.parse::<types::ProjectRole>().is_ok()
            })?;
        let org_id = self.inner.fixtures.org_id.clone();
        let mut roles: Vec<types::ApiKeyRole> = request
            .roles
            .iter()
            .map(|role| types::ApiKeyRole {
                group_id: Some(object_id(group_id)),
                org_id: None,
                role_name: role.to_string(),
            })
            .collect();
        // A key created under a project also becomes a member of the project's organization.
        roles.push(types::ApiKeyRole {
            group_id: None,
            org_id: Some(object_id(&org_id)),
            role_name: types::OrgRole::OrgMember.to_string(),
        });
        let key = self.new_api_key(request.desc.to_string(), &org_id, roles);
        self.inner
            .counters
            .project_keys
            .fetch_add(1, Ordering::Relaxed);
        Ok(to_value(&key))
    }

    fn create_agent(&self, group_id: &str, body: &[u8]) -> Result<Value, Failure> {
        self.check_group(group_id)?;
        let object = decode_object(body, &["desc"])?;
        require_string(&object, "desc", "MISSING_ATTRIBUTE")?;
        let request: types::CreateAgentApiKeyRequest = decode_typed(object)?;
        let created_user_id = match &self.principal {
            Principal::User { user_id } => Some(object_id(user_id)),
            Principal::ApiKey => None,
        };
        let key = types::AgentApiKey {
            created_by: "PUBLIC_API".into(),
            created_ip_addr: Some(self.peer.ip().to_string()),
            created_time: now().timestamp_millis(),
            created_user_id,
            desc: request.desc,
            id: new_object_id(self.inner),
            key: Secret::from(hex(&random_bytes::<16>())),
        };
        self.inner
            .counters
            .agent_keys
            .fetch_add(1, Ordering::Relaxed);
        Ok(to_value(&key))
    }

    fn create_user(&self, user_id: &str, body: &[u8]) -> Result<Value, Failure> {
        let fixtures = &self.inner.fixtures;
        // MongoDB documents no INVALID_USER_ID: a malformed ID is a user that does not exist.
        check_id(
            user_id,
            &fixtures.user_id,
            "user",
            "USER_NOT_FOUND",
            "USER_NOT_FOUND",
        )?;
        if self.principal
            != (Principal::User {
                user_id: user_id.to_owned(),
            })
        {
            return Err(fail(
                StatusCode::UNAUTHORIZED,
                "USER_UNAUTHORIZED",
                "Personal API keys can only be created by the user they belong to, \
                 authenticated with that user's own credentials.",
            ));
        }
        let object = decode_object(body, &["description"])?;
        require_string(&object, "description", "MISSING_ATTRIBUTE")?;
        let request: types::CreateUserApiKeyRequest = decode_typed(object)?;
        let now = now();
        let key = types::UserApiKey {
            created_at: now
                - chrono::Duration::nanoseconds(i64::from(now.timestamp_subsec_nanos())),
            description: request.description,
            enabled: true,
            id: new_object_id(self.inner),
            key: Secret::from(uuid_v4()),
            used_count: 0,
            user_id: object_id(user_id),
        };
        self.inner.add_password(
            &fixtures.username,
            key.key.expose_secret(),
            self.principal.clone(),
        );
        self.inner
            .counters
            .user_keys
            .fetch_add(1, Ordering::Relaxed);
        Ok(to_value(&key))
    }

    fn check_org(&self, org_id: &str) -> Result<(), Failure> {
        let known = &self.inner.fixtures.org_id;
        check_id(
            org_id,
            known,
            "organization",
            "INVALID_ORG_ID",
            "ORG_NOT_FOUND",
        )
    }

    fn check_group(&self, group_id: &str) -> Result<(), Failure> {
        let known = &self.inner.fixtures.project_id;
        check_id(
            group_id,
            known,
            "group",
            "INVALID_GROUP_ID",
            "GROUP_NOT_FOUND",
        )
    }

    /// A programmatic API key; it can authenticate from now on.
    fn new_api_key(
        &self,
        desc: String,
        org_id: &str,
        roles: Vec<types::ApiKeyRole>,
    ) -> types::ApiKey {
        let id = new_object_id(self.inner);
        let public_key: String = random_bytes::<8>()
            .iter()
            .map(|b| char::from(b'a' + b % 26))
            .collect();
        let private_key = uuid_v4();
        self.inner
            .add_password(&public_key, &private_key, Principal::ApiKey);
        types::ApiKey {
            links: Some(vec![types::Link {
                href: format!("{}/orgs/{org_id}/apiKeys/{}", self.origin, id.as_str()),
                rel: "self".into(),
            }]),
            desc,
            id,
            private_key: Secret::from(private_key),
            public_key,
            roles,
        }
    }
}

/// A path ID that must be an ObjectId (else 404 `invalid`) naming the one `known` resource
/// (else 404 `missing`).
fn check_id(
    id: &str,
    known: &str,
    what: &str,
    invalid: &'static str,
    missing: &'static str,
) -> Result<(), Failure> {
    let (code, detail) = if !is_object_id(id) {
        (invalid, format!("An invalid {what} ID {id} was specified."))
    } else if id != known {
        (missing, format!("No {what} with ID {id} exists."))
    } else {
        return Ok(());
    };
    Err(fail(StatusCode::NOT_FOUND, code, detail).with(id.to_owned()))
}

/// Decodes an org or project key request with MongoDB's error codes; `scope` is `ORG` or
/// `GROUP`, `allowed` tells whether a role belongs to that scope.
fn decode_key_request<T: serde::de::DeserializeOwned>(
    body: &[u8],
    scope: &str,
    allowed: impl Fn(&str) -> bool,
) -> Result<T, Failure> {
    let object = decode_object(body, &["desc", "roles"])?;
    let desc = require_string(&object, "desc", "API_KEY_REQUIRES_DESCRIPTION")?;
    let length = desc.chars().count();
    if !(1..=250).contains(&length) {
        return Err(bad_request(
            "INVALID_API_KEY_DESC",
            format!("The description must be between 1 and 250 characters long; it has {length}."),
        ));
    }
    let roles = match object.get("roles") {
        None | Some(Value::Null) => None,
        Some(Value::Array(roles)) => Some(roles),
        Some(_) => return Err(invalid_attribute("roles", "an array of role names")),
    };
    let roles = roles.filter(|r| !r.is_empty()).ok_or_else(|| {
        bad_request(
            "MISSING_API_KEY_ROLES",
            "The API key must have at least one role.",
        )
    })?;
    for role in roles {
        let name = role
            .as_str()
            .ok_or_else(|| invalid_attribute("roles", "an array of role names"))?;
        let known =
            name.parse::<types::OrgRole>().is_ok() || name.parse::<types::ProjectRole>().is_ok();
        if !known {
            return Err(bad_request(
                "INVALID_ENUM_VALUE",
                format!("An invalid enumeration value {name} was specified."),
            )
            .with(name.to_owned()));
        }
        if !allowed(name) {
            let (code, what) = if scope == "ORG" {
                ("INVALID_ROLE_FOR_ORG", "an organization")
            } else {
                ("INVALID_ROLE_FOR_GROUP", "a project")
            };
            return Err(bad_request(
                code,
                format!("Role {name} is not valid for {what} API key."),
            )
            .with(name.to_owned()));
        }
    }
    decode_typed(object)
}

/// The body as a JSON object with no attributes but `allowed`.
fn decode_object(body: &[u8], allowed: &[&str]) -> Result<Map<String, Value>, Failure> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|_| bad_request("MALFORMED_JSON", "Received JSON is malformed."))?;
    let Value::Object(object) = value else {
        return Err(bad_request(
            "INVALID_JSON",
            "Received JSON does not match expected format.",
        ));
    };
    if let Some(unknown) = object.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(bad_request(
            "INVALID_ATTRIBUTE",
            format!("Invalid attribute {unknown} specified."),
        )
        .with(unknown.clone()));
    }
    Ok(object)
}

fn require_string<'a>(
    object: &'a Map<String, Value>,
    name: &str,
    missing: &'static str,
) -> Result<&'a str, Failure> {
    match object.get(name) {
        None | Some(Value::Null) => Err(bad_request(
            missing,
            format!("The required attribute {name} was not specified."),
        )
        .with(name.to_owned())),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(invalid_attribute(name, "a string")),
    }
}

fn invalid_attribute(name: &str, expected: &str) -> Failure {
    bad_request("INVALID_JSON_ATTRIBUTE", format!("Received JSON for the {name} attribute does not match expected format: expected {expected}."))
        .with(name.to_owned())
}

/// The checked object as the generated request type; the checks above leave nothing the
/// type could refuse, so a failure here means the emulator and the spec disagree.
fn decode_typed<T: serde::de::DeserializeOwned>(object: Map<String, Value>) -> Result<T, Failure> {
    serde_json::from_value(Value::Object(object)).map_err(|e| {
        bad_request(
            "INVALID_JSON",
            format!("Received JSON does not match expected format: {e}."),
        )
    })
}

fn to_value(value: &impl Serialize) -> Value {
    // Generated types serialize to JSON infallibly (string keys, no non-finite floats).
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn respond(outcome: Result<Value, Failure>, options: &Options) -> Response {
    let (status, body) = match outcome {
        Ok(body) => (StatusCode::OK, body),
        Err(failure) => (failure.status, to_value(&failure.body())),
    };
    let (status, body) = if options.envelope {
        (
            StatusCode::OK,
            json!({ "status": status.as_u16(), "content": body }),
        )
    } else {
        (status, body)
    };
    let bytes = if options.pretty {
        jackson_pretty(&body)
    } else {
        body.to_string().into_bytes()
    };
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        bytes,
    )
        .into_response()
}

/// A 401 with the exact Atlas challenge and JSON body. Never enveloped: a digest client must
/// see the status and the header to authenticate at all.
pub(crate) fn unauthorized(challenge: String, refusal: &Refusal) -> Response {
    let detail = match refusal {
        Refusal::Replay => "The nonce count was used before; sign the request again.",
        _ => "You are not authorized for this resource.",
    };
    let body = json!({ "detail": detail, "error": 401, "reason": "Unauthorized" });
    let mut response = (StatusCode::UNAUTHORIZED, body.to_string()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json;charset=ISO-8859-1"),
    );
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        headers.insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

/// Pretty JSON as MongoDB's Jackson writes it: `"key" : value`, two-space indents for
/// objects, arrays inline (`[ {` ... `} ]`).
fn jackson_pretty(value: &Value) -> Vec<u8> {
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
        fn begin_object_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            w.write_all(b" : ")
        }
    }
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(
        &mut out,
        Jackson {
            objects: Vec::new(),
        },
    );
    // Writing a Value into a Vec cannot fail.
    let _ = value.serialize(&mut serializer);
    out
}

fn now() -> chrono::DateTime<chrono::Utc> {
    std::time::SystemTime::now().into()
}

/// 24 lower-case hexadecimal digits, as the spec's `ObjectId` says.
pub(super) fn is_object_id(id: &str) -> bool {
    id.parse::<types::ObjectId>().is_ok()
}

fn object_id(id: &str) -> types::ObjectId {
    id.parse()
        .unwrap_or_else(|_| unreachable!("{id} was checked to be an ObjectId"))
}

/// A new ObjectId: seconds since the epoch, 5 random bytes, a counter.
fn new_object_id(inner: &Inner) -> types::ObjectId {
    let seconds = u32::try_from(now().timestamp()).unwrap_or(u32::MAX);
    let count = inner.counters.object_ids.fetch_add(1, Ordering::Relaxed);
    let mut bytes = [0u8; 12];
    bytes[..4].copy_from_slice(&seconds.to_be_bytes());
    bytes[4..9].copy_from_slice(&random_bytes::<5>());
    bytes[9..].copy_from_slice(&count.to_be_bytes()[1..]);
    object_id(&hex(&bytes))
}

pub(crate) fn uuid_v4() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
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

    #[test]
    fn generated_values_have_mongodbs_shapes() {
        let uuid = uuid_v4();
        assert_eq!((uuid.len(), &uuid[14..15]), (36, "4"));
        assert!("89ab".contains(&uuid[19..20]));
        assert!(is_object_id(&hex(&random_bytes::<12>())));
    }
}
