//! Helpers shared by the integration tests: external peers, a minimal digest-signing HTTP
//! caller built on the crate's `digest` module, and spec-schema validation.
#![allow(dead_code)] // each test binary uses a different subset

pub mod served;

use std::path::{Path, PathBuf};
use std::process::Command;

use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};

use serde_json::{Value, json};

pub mod sa;
pub mod script;
pub mod secrets;

/// The repository's root (where `openapi.yaml` is), from the tests of either package: the
/// library's (the root itself) or the command line's (`cli/`).
pub fn root() -> &'static Path {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors()
        .find(|dir| dir.join("openapi.yaml").is_file())
        .expect("the tests run inside the repository")
}

/// A client for the emulator's fixture user.
pub fn client(e: &Emulator) -> mongodb_api_keys::client::Client {
    client_at(e, &e.fixtures().base_url)
}

/// A client for the emulator's fixture user, at `base_url`.
pub fn client_at(e: &Emulator, base_url: &str) -> mongodb_api_keys::client::Client {
    let f = e.fixtures();
    mongodb_api_keys::client::Client::builder(base_url)
        .credentials(&f.username, &f.api_key)
        .build()
        .unwrap()
}

/// Creates an organization key in the fixture organization.
pub async fn org_key(
    client: &mongodb_api_keys::client::Client,
    e: &Emulator,
) -> Result<mongodb_api_keys::generated::types::ApiKey, mongodb_api_keys::client::Error> {
    use mongodb_api_keys::generated::types::OrgRole;
    client
        .create_org_api_key(&e.fixtures().org_id, "k", &[OrgRole::OrgMember])
        .await
}

/// An emulator on a free loopback port with the default fixtures.
pub async fn emulator() -> Emulator {
    Emulator::start(Config::default())
        .await
        .expect("the emulator starts")
}

/// An external program the tests need, installed from Debian's `packages` on first use
/// (as root, with apt-get). When it cannot be had the test fails with what to install: a peer
/// test never passes without its peer.
pub fn program(name: &str, packages: &str) -> PathBuf {
    let find = || {
        std::env::var_os("PATH")
            .into_iter()
            .flat_map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    };
    if let Some(found) = find() {
        return found;
    }
    let lock =
        std::fs::File::create(std::env::temp_dir().join("mongodb-api-keys-apt.lock")).unwrap();
    lock.lock().unwrap();
    if find().is_none() {
        let install = |update: bool| {
            if update {
                let _ = Command::new("apt-get").args(["update", "-qq"]).status();
            }
            Command::new("apt-get")
                .args(["install", "-y", "-qq"])
                .args(packages.split_whitespace())
                .env("DEBIAN_FRONTEND", "noninteractive")
                .output()
                .is_ok_and(|o| o.status.success())
        };
        let _ = install(false) || install(true);
    }
    find().unwrap_or_else(|| {
        panic!("`{name}` is not installed and could not be installed; this test needs it: apt-get install {packages}")
    })
}

/// The Python virtual environment with the pinned peers of `.ci/requirements.txt`
/// (`requests`, `schemathesis`, ...), created on first use. Fails loudly when Python or the
/// packages cannot be had.
pub fn venv() -> PathBuf {
    let venv = root().join(".ci/venv");
    let requirements = std::fs::read_to_string(root().join(".ci/requirements.txt")).unwrap();
    // The stamp records which requirements are installed, so this is one file read when
    // nothing changed. A lock keeps concurrent test processes from installing twice.
    let stamp = venv.join("requirements.installed");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(requirements.as_str()) {
        return venv;
    }
    std::fs::create_dir_all(root().join(".ci")).unwrap();
    let lock = std::fs::File::create(root().join(".ci/venv.lock")).unwrap();
    lock.lock().unwrap();
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(requirements.as_str()) {
        let python3 = program("python3", "python3 python3-venv");
        if !venv.join("bin/python").is_file() {
            run(Command::new(python3).args(["-m", "venv"]).arg(&venv));
        }
        run(Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(root().join(".ci/requirements.txt")));
        std::fs::write(&stamp, &requirements).unwrap();
    }
    venv
}

fn run(command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Awaits every task, in order, and returns their outputs.
pub async fn futures_join<T>(handles: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        out.push(handle.await.unwrap());
    }
    out
}

/// A plain reqwest client for raw requests.
pub fn http() -> reqwest::Client {
    reqwest::Client::new()
}

/// One HTTP answer, as the tests look at it.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn challenge(&self) -> &str {
        self.headers
            .get("www-authenticate")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_else(|| panic!("no challenge in {self:?}"))
    }
}

/// Sends `POST url` with `body`: first unsigned, then signed with the challenge it gets,
/// like `curl --digest`. Signs with `password`, nonce count 1.
pub async fn digest_post(url: &str, username: &str, password: &str, body: &str) -> Answer {
    digest_post_as(url, username, password, body, "application/json").await
}

/// [`digest_post`] with another `Content-Type`.
pub async fn digest_post_as(
    url: &str,
    username: &str,
    password: &str,
    body: &str,
    content_type: &str,
) -> Answer {
    let client = http();
    let first = send_as(&client, url, body, None, content_type).await;
    if first.status != 401 {
        return first;
    }
    let challenge = Challenge::parse(first.challenge()).expect("a digest challenge");
    let target = target_of(url);
    let request = Request {
        method: "POST",
        uri: &target,
        body: body.as_bytes(),
    };
    let auth = challenge.sign(username, password, &request, 1, "0a4f113b");
    send_as(&client, url, body, Some(auth.to_string()), content_type).await
}

/// The request-target (path and query) of an absolute URL.
pub fn target_of(url: &str) -> String {
    let url = reqwest::Url::parse(url).unwrap();
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

pub async fn send(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    authorization: Option<String>,
) -> Answer {
    send_as(client, url, body, authorization, "application/json").await
}

/// [`send`] with another `Content-Type`.
pub async fn send_as(
    client: &reqwest::Client,
    url: &str,
    body: &str,
    authorization: Option<String>,
    content_type: &str,
) -> Answer {
    let mut request = client
        .post(url)
        .header("content-type", content_type)
        .body(body.to_owned());
    if let Some(auth) = authorization {
        request = request.header("authorization", auth);
    }
    let response = request.send().await.expect("the emulator answers");
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap(),
    }
}

/// Validates `value` against `#/components/schemas/{name}` of `openapi.yaml`.
pub fn assert_matches_schema(name: &str, value: &Value) {
    let doc = mongodb_api_keys::spec::openapi_json();
    let schema =
        json!({ "components": doc["components"], "$ref": format!("#/components/schemas/{name}") });
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{value} does not match {name}: {errors:?}"
    );
}

/// The media type of the Atlas Admin API v2's key operations.
pub const V2: &str = "application/vnd.atlas.2023-01-01+json";

/// The media type of the Atlas Admin API v2's service-account operations.
pub const V2_SA: &str = "application/vnd.atlas.2024-08-05+json";

/// The media type a request to `url` is sent and answered with: the Admin API v2's version
/// of the resource (service accounts' or keys'), else `application/json`.
pub fn media_of(url: &str) -> &'static str {
    match (
        url.contains("/api/atlas/v2/"),
        url.contains("/serviceAccounts"),
    ) {
        (true, true) => V2_SA,
        (true, false) => V2,
        (false, _) => "application/json",
    }
}

/// `method url` with `body`, as `username:password`: first unsigned, then signed with the
/// challenge it gets (nonce count 1), with the media types the URL's API takes (the Admin
/// API v2's versioned type as `Accept` and `Content-Type`, else `application/json`).
pub async fn call_as(
    method: &str,
    url: &str,
    (username, password): (&str, &str),
    body: Option<&str>,
) -> Answer {
    let client = http();
    let media = media_of(url);
    let request = |authorization: Option<String>| {
        let mut request = client
            .request(method.parse().unwrap(), url)
            .header("accept", media);
        if let Some(body) = body {
            request = request.header("content-type", media).body(body.to_owned());
        }
        if let Some(auth) = authorization {
            request = request.header("authorization", auth);
        }
        request
    };
    let mut response = request(None).send().await.expect("the emulator answers");
    if response.status() == 401 {
        let first = response.headers().get("www-authenticate").cloned();
        let challenge = first.and_then(|v| Challenge::parse(v.to_str().ok()?).ok());
        if let Some(challenge) = challenge {
            let target = target_of(url);
            let signed = Request {
                method,
                uri: &target,
                body: body.unwrap_or("").as_bytes(),
            };
            let auth = challenge.sign(username, password, &signed, 1, "0a4f113b");
            response = request(Some(auth.to_string()))
                .send()
                .await
                .expect("the emulator answers");
        }
    }
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap(),
    }
}

/// [`call_as`] as the fixture user (Organization Owner).
pub async fn call(e: &Emulator, method: &str, url: &str, body: Option<&str>) -> Answer {
    let f = e.fixtures();
    call_as(method, url, (&f.username, &f.api_key), body).await
}

/// The base URL of an API of `e`: `/api/atlas/v2`, `/api/atlas/v1.0` or `/api/public/v1.0`
/// after its origin.
pub fn api_url(e: &Emulator, prefix: &str) -> String {
    format!("{}{prefix}", e.origin())
}

// The emulator's operations, for the emulator tests.

pub const ORG_BODY: &str = r#"{"desc":"org key","roles":["ORG_MEMBER","ORG_READ_ONLY"]}"#;
pub const PROJECT_BODY: &str = r#"{"desc":"project key","roles":["GROUP_READ_ONLY"]}"#;
pub const AGENT_BODY: &str = r#"{"desc":"agent key"}"#;
pub const USER_BODY: &str = r#"{"description":""}"#;

/// (URL, body, spec schema of the 200) for each operation, under the product that has it:
/// agent keys on Ops Manager, personal keys on Atlas.
pub fn operations(e: &Emulator) -> [(String, &'static str, &'static str); 4] {
    let f = e.fixtures();
    let (atlas, om) = (e.atlas_url(), e.ops_manager_url());
    [
        (
            format!("{atlas}/orgs/{}/apiKeys", f.org_id),
            ORG_BODY,
            "ApiKey",
        ),
        (
            format!("{atlas}/groups/{}/apiKeys", f.project_id),
            PROJECT_BODY,
            "ApiKey",
        ),
        (
            format!("{om}/groups/{}/agentapikeys", f.project_id),
            AGENT_BODY,
            "AgentApiKey",
        ),
        (
            format!("{atlas}/users/{}/keys", f.user_id),
            USER_BODY,
            "UserApiKey",
        ),
    ]
}

pub async fn post(e: &Emulator, url: &str, body: &str) -> Answer {
    let f = e.fixtures();
    digest_post(url, &f.username, &f.api_key, body).await
}

/// Reads one HTTP/1.1 request from `socket` (its head and `Content-Length` body) and returns
/// the head, for the tests' raw servers.
pub async fn read_request(socket: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt as _;
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(n) = socket.read(&mut chunk).await {
        if n == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buffer).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().to_owned())
                })
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                return text[..end].to_owned();
            }
        }
    }
    String::from_utf8_lossy(&buffer).into_owned()
}
