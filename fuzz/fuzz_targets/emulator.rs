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

#[path = "emulator/input.rs"]
mod input;

use std::net::SocketAddr;
use std::sync::OnceLock;

use axum::body::Body;
use axum::extract::ConnectInfo;
use input::{Auth, ContentType, Input, NonceChoice, Req, Who};
use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::digest::{Challenge, Request as Signed};
use mongodb_api_keys::emulator::fuzzing::{Harness, harness};
use mongodb_api_keys::generated::types::ApiError;
use serde_json::Value;
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
        let Some((method, target, request)) = self.request(req) else {
            return;
        };
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
        if status == 200 {
            check_envelope(&bytes, &what);
            self.remember_key(&bytes);
        }
    }

    /// The request `req` describes, with its method and request-target.
    fn request(&mut self, req: Req) -> Option<(String, String, axum::http::Request<Body>)> {
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
        // The Admin API v2 wants its version in `Accept` (service accounts' own), and bodies
        // sent as it.
        let media = match (target.starts_with("/api/atlas/v2/"), target.contains("/serviceAccounts")) {
            (true, true) => "application/vnd.atlas.2024-08-05+json",
            (true, false) => "application/vnd.atlas.2023-01-01+json",
            (false, _) => "application/json",
        };
        if media != "application/json" {
            builder = builder.header("accept", media);
        }
        match &req.content_type {
            ContentType::Json => builder = builder.header("content-type", media),
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
            return None;
        };
        let peer: SocketAddr = ([127, 0, 0, 1], 40000).into();
        request.extensions_mut().insert(ConnectInfo(peer));
        Some((method, target, request))
    }

    /// Keeps the credentials of a key a 200 answer created (also inside an envelope).
    fn remember_key(&mut self, bytes: &[u8]) {
        if let Ok(Value::Object(key)) = serde_json::from_slice::<Value>(bytes) {
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
            Auth::Signed { .. } => Some(self.signed(auth, method, target, body)),
        }
    }

    /// The `Authorization: Digest ...` value of an `Auth::Signed`.
    fn signed(&mut self, auth: &Auth, method: &str, target: &str, body: &[u8]) -> String {
        let Auth::Signed {
            who,
            nonce,
            nc,
            cnonce,
            method: signed_method,
            uri,
            wrong_password,
            ..
        } = auth
        else {
            unreachable!("only `Auth::Signed` is signed")
        };
        let (username, password) = self.credentials(who);
        let nonce = match nonce {
            NonceChoice::Fresh => self.harness.nonce(),
            NonceChoice::Previous => self
                .last_nonce
                .clone()
                .unwrap_or_else(|| self.harness.nonce()),
            NonceChoice::Raw(raw) => raw.clone(),
        };
        self.last_nonce = Some(nonce.clone());
        let challenge = challenge(&nonce, auth);
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
        challenge
            .sign(&username, &password, &signed, *nc, cnonce)
            .to_string()
    }

    /// (user name, password) of a principal.
    fn credentials(&self, who: &Who) -> (String, String) {
        let fixtures = self.harness.fixtures();
        match who {
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
        }
    }
}

/// The challenge as the client of an `Auth::Signed` understood it: Atlas's, with `nonce` and
/// the tweaks it asks for.
fn challenge(nonce: &str, auth: &Auth) -> Challenge {
    let Auth::Signed {
        realm,
        algorithm,
        no_qop,
        auth_int,
        userhash,
        opaque,
        ..
    } = auth
    else {
        unreachable!("only `Auth::Signed` has a challenge")
    };
    let mut challenge = Challenge::atlas(nonce, false);
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
    challenge
}

/// An envelope (`envelope=true`, however the query spelled it) carries an answer: the same
/// checks for it.
fn check_envelope(bytes: &[u8], what: &str) {
    if let Ok(Value::Object(outer)) = serde_json::from_slice::<Value>(bytes)
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
            what,
        );
    }
}

/// What every answer must be.
fn check(status: u16, body: &[u8], content_type: Option<&str>, what: &str) {
    assert!(status < 500, "a server error: {what}");
    let is_json = content_type.is_some_and(|t| {
        let essence = t.split(';').next().unwrap_or_default();
        essence == "application/json" || essence.ends_with("+json")
    });
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
