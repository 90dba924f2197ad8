//! The emulator's request handling in-process (its axum router, no sockets): a few requests
//! in a row, each a method, a path of the real route shapes with fuzzed IDs, a query, an
//! optional `Authorization` (none, fuzzed text, or signed right for one of the principals,
//! with fuzzed tweaks), headers and a body. Each input gets a fresh emulator, so that what
//! one request creates (a key, a used nonce count) is seen by the next ones only.
//!
//! Never a panic, never a 5xx (the control token is never sent, so no fault can be
//! injected), every error body is MongoDB's `ApiError` (also inside an envelope), and
//! every JSON answer is JSON (also with `pretty=true`).

#![no_main]

use std::net::SocketAddr;
use std::sync::OnceLock;

use arbitrary::Arbitrary;
use axum::body::Body;
use axum::extract::ConnectInfo;
use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::digest::{Challenge, Request as Signed};
use mongodb_api_keys::emulator::fuzzing::{Harness, harness};
use mongodb_api_keys::generated::types::ApiError;
use serde_json::{Value, json};
use tower::ServiceExt as _;

fuzz_target!(|input: Input| {
    runtime().block_on(run(input));
});

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a current-thread runtime")
    })
}

/// `FUZZ_EMULATOR_LOG=1`: print each request and its answer (to check what a seed does:
/// `FUZZ_EMULATOR_LOG=1 cargo +nightly fuzz run emulator fuzz/seeds/emulator/FILE`).
fn log() -> bool {
    static LOG: OnceLock<bool> = OnceLock::new();
    *LOG.get_or_init(|| std::env::var_os("FUZZ_EMULATOR_LOG").is_some())
}

#[derive(Arbitrary, Debug)]
struct Input {
    first: Req,
    more: Vec<Req>,
}

#[derive(Arbitrary, Debug)]
struct Req {
    method: Method,
    path: Path,
    query: Query,
    auth: Auth,
    content_type: ContentType,
    headers: Vec<(String, String)>,
    body: BodyChoice,
}

#[derive(Arbitrary, Debug)]
enum Method {
    Post,
    Get,
    Put,
    Delete,
    Patch,
    Head,
    Options,
    Other(String),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Product {
    Atlas,
    OpsManager,
}

impl Product {
    fn base(self) -> &'static str {
        match self {
            Product::Atlas => "/api/atlas/v1.0",
            Product::OpsManager => "/api/public/v1.0",
        }
    }
}

#[derive(Arbitrary, Debug)]
enum Id {
    Org,
    Project,
    User,
    /// An ObjectId of no resource.
    Unknown([u8; 12]),
    /// Anything, written into the path as it is (percent signs, dots, slashes...).
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Path {
    OrgKeys(Product, Id),
    ProjectKeys(Product, Id),
    AgentKeys(Product, Id),
    UserKeys(Product, Id),
    Control(Control),
    /// A real shape with something appended (`/`, a segment, an encoded character).
    Suffixed(Box<Path>, String),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Control {
    Stats,
    Faults,
    ExpireNonces,
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum Query {
    None,
    Pairs(Vec<(QueryName, QueryValue)>),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum QueryName {
    Envelope,
    Pretty,
    PageNum,
    ItemsPerPage,
    IncludeCount,
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum QueryValue {
    True,
    False,
    Number(i64),
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum Who {
    /// The fixture user (Organization Owner).
    User,
    /// One of the fixture keys (Organization Member; Project Owner).
    FixtureKey(u8),
    /// A key an earlier request of this input created.
    Created(u8),
    /// A name the emulator does not know.
    Stranger(String),
}

#[derive(Arbitrary, Debug)]
enum NonceChoice {
    Fresh,
    /// The nonce of the previous signed request (a replay when `nc` repeats).
    Previous,
    Raw(String),
}

#[derive(Arbitrary, Debug)]
enum Auth {
    None,
    Raw(String),
    Bearer(String),
    Signed {
        who: Who,
        nonce: NonceChoice,
        nc: u32,
        cnonce: String,
        /// Sign another method or request-target than the one sent.
        method: Option<String>,
        uri: Option<String>,
        wrong_password: bool,
        /// The challenge as the client understood it: another realm, algorithm, qop, or a
        /// `userhash`/`opaque`.
        realm: Option<String>,
        algorithm: Option<u8>,
        no_qop: bool,
        auth_int: bool,
        userhash: bool,
        opaque: Option<String>,
    },
}

#[derive(Arbitrary, Debug)]
enum ContentType {
    Json,
    None,
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum BodyChoice {
    Empty,
    Raw(Vec<u8>),
    Key {
        desc: Option<Text>,
        roles: Option<Vec<Role>>,
        extra: Option<(String, Value8)>,
    },
    Agent {
        desc: Option<Text>,
    },
    User {
        description: Option<Text>,
    },
    Fault {
        status: Option<u16>,
        retry_after: Option<u64>,
        delay_ms: Option<u64>,
        count: u32,
    },
}

#[derive(Arbitrary, Debug)]
enum Text {
    Short,
    Long(u8),
    Any(String),
    NotAString(Value8),
}

#[derive(Arbitrary, Debug)]
enum Value8 {
    Null,
    Bool(bool),
    Number(f64),
    Int(i64),
    Array,
    Object,
}

impl Value8 {
    fn json(&self) -> Value {
        match self {
            Value8::Null => Value::Null,
            Value8::Bool(b) => json!(b),
            Value8::Number(n) => json!(n),
            Value8::Int(n) => json!(n),
            Value8::Array => json!([1, "x"]),
            Value8::Object => json!({"a": 1}),
        }
    }
}

const ROLES: &[&str] = &[
    "ORG_OWNER",
    "ORG_MEMBER",
    "ORG_GROUP_CREATOR",
    "ORG_BILLING_ADMIN",
    "ORG_BILLING_READ_ONLY",
    "ORG_READ_ONLY",
    "GROUP_OWNER",
    "GROUP_READ_ONLY",
    "GROUP_DATA_ACCESS_ADMIN",
    "GROUP_AUTOMATION_ADMIN",
    "GROUP_SEARCH_INDEX_EDITOR",
];

#[derive(Arbitrary, Debug)]
enum Role {
    Known(u8),
    Other(String),
    NotAString(Value8),
}

impl Role {
    fn json(&self) -> Value {
        match self {
            Role::Known(i) => json!(ROLES[usize::from(*i) % ROLES.len()]),
            Role::Other(s) => json!(s),
            Role::NotAString(v) => v.json(),
        }
    }
}

impl Text {
    fn json(&self) -> Value {
        match self {
            Text::Short => json!("CI deployer"),
            // Around the 250-character limit, with a multi-byte character.
            Text::Long(n) => json!("\u{e9}".repeat(240 + usize::from(*n % 20))),
            Text::Any(s) => json!(s),
            Text::NotAString(v) => v.json(),
        }
    }
}

/// What one input's requests share: the emulator, keys created so far, the last nonce.
struct Session {
    harness: Harness,
    created: Vec<(String, String)>,
    last_nonce: Option<String>,
}

async fn run(input: Input) {
    let mut session = Session {
        harness: harness(),
        created: Vec::new(),
        last_nonce: None,
    };
    for req in std::iter::once(input.first).chain(input.more.into_iter().take(3)) {
        session.send(req).await;
    }
}

impl Session {
    async fn send(&mut self, req: Req) {
        let fixtures = self.harness.fixtures().clone();
        let path = req.path.render(&fixtures);
        let query = req.query.render();
        let target = match &query {
            Some(query) => format!("{path}?{query}"),
            None => path,
        };
        let method = req.method.name();
        let body = req.body.render();
        let mut builder = axum::http::Request::builder()
            .method(method.as_str())
            .uri(target.as_str());
        match &req.content_type {
            ContentType::Json => builder = builder.header("content-type", "application/json"),
            ContentType::None => {}
            ContentType::Other(value) => builder = builder.header("content-type", value.as_str()),
        }
        for (name, value) in req.headers.iter().take(4) {
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(authorization) = self.authorization(&req.auth, &method, &target, &body) {
            builder = builder.header("authorization", authorization);
        }
        // What hyper would refuse before the router sees it: not the emulator's concern.
        let Ok(mut request) = builder.body(Body::from(body)) else {
            return;
        };
        let peer: SocketAddr = ([127, 0, 0, 1], 40000).into();
        request.extensions_mut().insert(ConnectInfo(peer));

        let response = match self.harness.router().oneshot(request).await {
            Ok(response) => response,
            Err(never) => match never {},
        };
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap_or("(not text)").to_owned());
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("the emulator's answers are in memory");
        let text = String::from_utf8_lossy(&bytes);
        let what = format!("{method} {target} -> {status} {content_type:?}: {text}");
        if log() {
            eprintln!("{what}");
        }
        if method == "HEAD" {
            // axum answers HEAD without a body, as HTTP has it; the rest is the GET's.
            assert!(status < 500, "a server error: {what}");
            assert!(bytes.is_empty(), "a body in an answer to HEAD: {what}");
            return;
        }
        check(status, &bytes, content_type.as_deref(), &what);
        // An envelope (`envelope=true`, however the query spelled it) carries an answer.
        if status == 200
            && let Ok(Value::Object(outer)) = serde_json::from_slice::<Value>(&bytes)
            && outer.len() == 2
            && let (Some(Value::Number(inner)), Some(content)) =
                (outer.get("status"), outer.get("content"))
        {
            let inner = inner.as_u64().expect("an envelope's status is a number");
            let inner = u16::try_from(inner).expect("an envelope's status is a status");
            check(
                inner,
                content.to_string().as_bytes(),
                Some("application/json"),
                &what,
            );
        }
        if status == 200
            && let Ok(Value::Object(key)) = serde_json::from_slice::<Value>(&bytes)
        {
            let key = match key.get("content") {
                Some(Value::Object(inner)) => inner.clone(),
                _ => key,
            };
            if let (Some(Value::String(public)), Some(Value::String(private))) =
                (key.get("publicKey"), key.get("privateKey"))
            {
                self.created.push((public.clone(), private.clone()));
            }
        }
    }

    fn authorization(
        &mut self,
        auth: &Auth,
        method: &str,
        target: &str,
        body: &[u8],
    ) -> Option<String> {
        match auth {
            Auth::None => None,
            Auth::Raw(text) => Some(text.clone()),
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
            Auth::Signed {
                who,
                nonce,
                nc,
                cnonce,
                method: signed_method,
                uri,
                wrong_password,
                realm,
                algorithm,
                no_qop,
                auth_int,
                userhash,
                opaque,
            } => {
                let fixtures = self.harness.fixtures();
                let (username, password) = match who {
                    Who::User => (fixtures.username.clone(), fixtures.api_key.clone()),
                    Who::FixtureKey(i) => {
                        let key = &fixtures.keys[usize::from(*i) % fixtures.keys.len()];
                        (key.public_key.clone(), key.private_key.clone())
                    }
                    Who::Created(i) if !self.created.is_empty() => {
                        self.created[usize::from(*i) % self.created.len()].clone()
                    }
                    Who::Created(_) => (fixtures.username.clone(), fixtures.api_key.clone()),
                    Who::Stranger(name) => (name.clone(), "x".into()),
                };
                let nonce = match nonce {
                    NonceChoice::Fresh => self.harness.nonce(),
                    NonceChoice::Previous => self
                        .last_nonce
                        .clone()
                        .unwrap_or_else(|| self.harness.nonce()),
                    NonceChoice::Raw(raw) => raw.clone(),
                };
                self.last_nonce = Some(nonce.clone());
                let mut challenge = Challenge::atlas(&nonce, false);
                if let Some(realm) = realm {
                    challenge.realm = realm.clone();
                }
                if let Some(i) = algorithm {
                    use mongodb_api_keys::digest::Algorithm;
                    challenge.algorithm = Algorithm::ALL[usize::from(*i) % Algorithm::ALL.len()];
                }
                if *no_qop {
                    challenge.qop.clear();
                } else if *auth_int {
                    challenge.qop = vec![mongodb_api_keys::digest::Qop::AuthInt];
                }
                challenge.userhash = *userhash;
                challenge.opaque = opaque.clone();
                let password = if *wrong_password {
                    format!("{password}x")
                } else {
                    password
                };
                let signed = Signed {
                    method: signed_method.as_deref().unwrap_or(method),
                    uri: uri.as_deref().unwrap_or(target),
                    body,
                };
                Some(
                    challenge
                        .sign(&username, &password, &signed, *nc, cnonce)
                        .to_string(),
                )
            }
        }
    }
}

/// What every answer must be.
fn check(status: u16, body: &[u8], content_type: Option<&str>, what: &str) {
    assert!(status < 500, "a server error: {what}");
    let is_json = content_type.is_some_and(|t| t.starts_with("application/json"));
    if status >= 400 {
        assert!(is_json, "an error that is not JSON: {what}");
        let error: ApiError = serde_json::from_slice(body)
            .unwrap_or_else(|e| panic!("an error body that is no ApiError ({e}): {what}"));
        assert_eq!(i32::from(status), error.error, "{what}");
    } else if is_json && !body.is_empty() {
        serde_json::from_slice::<Value>(body)
            .unwrap_or_else(|e| panic!("a JSON answer that is not JSON ({e}): {what}"));
    }
}

impl Method {
    fn name(&self) -> String {
        match self {
            Method::Post => "POST".into(),
            Method::Get => "GET".into(),
            Method::Put => "PUT".into(),
            Method::Delete => "DELETE".into(),
            Method::Patch => "PATCH".into(),
            Method::Head => "HEAD".into(),
            Method::Options => "OPTIONS".into(),
            Method::Other(name) => name.clone(),
        }
    }
}

impl Id {
    fn render(&self, f: &mongodb_api_keys::emulator::Fixtures) -> String {
        match self {
            Id::Org => f.org_id.clone(),
            Id::Project => f.project_id.clone(),
            Id::User => f.user_id.clone(),
            Id::Unknown(bytes) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
            Id::Raw(raw) => raw.clone(),
        }
    }
}

impl Path {
    fn render(&self, f: &mongodb_api_keys::emulator::Fixtures) -> String {
        match self {
            Path::OrgKeys(p, id) => format!("{}/orgs/{}/apiKeys", p.base(), id.render(f)),
            Path::ProjectKeys(p, id) => format!("{}/groups/{}/apiKeys", p.base(), id.render(f)),
            Path::AgentKeys(p, id) => format!("{}/groups/{}/agentapikeys", p.base(), id.render(f)),
            Path::UserKeys(p, id) => format!("{}/users/{}/keys", p.base(), id.render(f)),
            Path::Control(Control::Stats) => "/_emulator/stats".into(),
            Path::Control(Control::Faults) => "/_emulator/faults".into(),
            Path::Control(Control::ExpireNonces) => "/_emulator/expire-nonces".into(),
            Path::Control(Control::Other(rest)) => format!("/_emulator/{rest}"),
            Path::Suffixed(path, suffix) => format!("{}{suffix}", path.render(f)),
            Path::Raw(raw) => raw.clone(),
        }
    }
}

impl Query {
    fn render(&self) -> Option<String> {
        match self {
            Query::None => None,
            Query::Raw(raw) => Some(raw.clone()),
            Query::Pairs(pairs) => Some(
                pairs
                    .iter()
                    .take(6)
                    .map(|(name, value)| {
                        let name = match name {
                            QueryName::Envelope => "envelope",
                            QueryName::Pretty => "pretty",
                            QueryName::PageNum => "pageNum",
                            QueryName::ItemsPerPage => "itemsPerPage",
                            QueryName::IncludeCount => "includeCount",
                            QueryName::Other(other) => other.as_str(),
                        };
                        let value = match value {
                            QueryValue::True => "true".to_owned(),
                            QueryValue::False => "false".to_owned(),
                            QueryValue::Number(n) => n.to_string(),
                            QueryValue::Other(other) => other.clone(),
                        };
                        format!("{name}={value}")
                    })
                    .collect::<Vec<_>>()
                    .join("&"),
            ),
        }
    }
}

impl BodyChoice {
    fn render(&self) -> Vec<u8> {
        let mut object = serde_json::Map::new();
        match self {
            BodyChoice::Empty => return Vec::new(),
            BodyChoice::Raw(bytes) => return bytes.clone(),
            BodyChoice::Key { desc, roles, extra } => {
                if let Some(desc) = desc {
                    object.insert("desc".into(), desc.json());
                }
                if let Some(roles) = roles {
                    let roles = roles.iter().take(4).map(Role::json).collect();
                    object.insert("roles".into(), Value::Array(roles));
                }
                if let Some((name, value)) = extra {
                    object.insert(name.clone(), value.json());
                }
            }
            BodyChoice::Agent { desc } => {
                if let Some(desc) = desc {
                    object.insert("desc".into(), desc.json());
                }
            }
            BodyChoice::User { description } => {
                if let Some(description) = description {
                    object.insert("description".into(), description.json());
                }
            }
            BodyChoice::Fault {
                status,
                retry_after,
                delay_ms,
                count,
            } => {
                object.insert("status".into(), json!(status));
                object.insert("retryAfter".into(), json!(retry_after));
                object.insert("delayMs".into(), json!(delay_ms));
                object.insert("count".into(), json!(count));
            }
        }
        Value::Object(object).to_string().into_bytes()
    }
}
