//! Nothing outside the contract: every status, media type, header and body the emulator
//! answers on its operations is declared in the document it serves (`GET /openapi.json`),
//! checked against that document as a client of the contract reads it
//! (`common::served::check`, which unwraps an envelope by the rule the spec states). Every
//! operation of the document, on every API, is driven through each of its error paths (400,
//! the 401 challenge and a role's 401, 403, 404, 406, 408, 409, 410, 413, 415, 429, 500, 503)
//! and its success, with and without `envelope` and `pretty`, with and without a rate limit;
//! each operation must have answered every status it declares. A 405 of a method a path
//! lacks keeps its `Allow` header.

mod common;
#[path = "emulator_conformance/service_accounts.rs"]
mod service_accounts;
#[path = "emulator_conformance/wire.rs"]
mod wire;

use std::collections::BTreeSet;
use std::time::Duration;

use common::served::{Exchange, check};
use common::{AGENT_BODY, ORG_BODY, PROJECT_BODY, USER_BODY};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, RateLimit};
use serde_json::Value;
use wire::{Call, send, stalled};

const QUERIES: [&str; 4] = [
    "",
    "?envelope=true",
    "?pretty=true",
    "?envelope=true&pretty=true",
];
const JSON: &str = "application/json";
/// The entry the access-list operations read, add and remove.
const ENTRY: &str = "192.0.2.7";

/// An operation of the served document.
struct Op {
    id: String,
    method: String,
    path: String,
    /// It takes a body; it is a list.
    body: bool,
    list: bool,
}

impl Op {
    fn v2(&self) -> bool {
        self.path.starts_with("/api/atlas/v2/")
    }

    /// Its media type: the Admin API v2's version of its resource, or JSON.
    fn media(&self) -> &'static str {
        common::media_of(&self.path)
    }

    /// A body it accepts, and one it refuses with a 400.
    fn bodies(&self) -> (&'static str, &'static str) {
        if let Some(bodies) = service_accounts::bodies(&self.id) {
            return bodies;
        }
        match self.id.as_str() {
            "createOrgApiKey" | "createApiKey" | "createOpsManagerOrgApiKey" => (ORG_BODY, "{}"),
            "createGroupApiKey" | "createProjectApiKey" | "createOpsManagerProjectApiKey" => {
                (PROJECT_BODY, r#"{"desc":"x"}"#)
            }
            "updateOrgApiKey" | "updateOpsManagerOrgApiKey" => (r#"{"desc":"renamed"}"#, "{}"),
            "updateGroupApiKeyRoles" => (r#"{"roles":["GROUP_OWNER"]}"#, "{}"),
            "addGroupApiKey" => (r#"[{"roles":["GROUP_READ_ONLY"]}]"#, "[]"),
            "createAgentApiKey" => (AGENT_BODY, "{}"),
            "createUserApiKey" => (USER_BODY, "{}"),
            _ => (r#"[{"ipAddress":"192.0.2.7"}]"#, "[]"),
        }
    }
}

/// Every operation of `document`.
fn operations(document: &Value) -> Vec<Op> {
    let mut ops = Vec::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            let params = op["parameters"].as_array().into_iter().flatten();
            let list = params
                .filter_map(|p| p["$ref"].as_str())
                .any(|r| r.ends_with("/pageNum"));
            ops.push(Op {
                id: id.to_owned(),
                method: method.to_ascii_uppercase(),
                path: path.clone(),
                body: op.get("requestBody").is_some(),
                list,
            });
        }
    }
    ops
}

/// The document `e` serves.
async fn document(e: &Emulator) -> Value {
    let url = format!("{}/openapi.json", e.origin());
    let answer = common::http().get(url).send().await.unwrap();
    answer.json().await.unwrap()
}

/// What every case needs: the served document, credentials for each refusal, and a key whose
/// access list is full (409).
struct Setup {
    document: Value,
    me: (String, String),
    reader: (String, String),
    elsewhere: (String, String),
    full_key: String,
    full_service_account: String,
}

async fn setup(e: &Emulator) -> Setup {
    let f = e.fixtures().clone();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    // A key whose one entry does not cover this machine: its calls get 403.
    let key = common::call(e, "POST", &org, Some(ORG_BODY)).await.json();
    let entries = format!("{org}/{}/accessList", key["id"].as_str().unwrap());
    let added = common::call(e, "POST", &entries, Some(r#"[{"cidrBlock":"10.0.0.0/8"}]"#)).await;
    assert_eq!(added.status, 200, "{added:?}");
    let full_key = f.keys[1].id.clone();
    let fill: Vec<String> = (0..500)
        .map(|i| format!(r#"{{"ipAddress":"10.9.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    let full = format!("{org}/{full_key}/accessList");
    let filled = common::call(e, "POST", &full, Some(&format!("[{}]", fill.join(",")))).await;
    assert_eq!(filled.status, 200, "{filled:?}");
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    Setup {
        document: document(e).await,
        reader: (f.keys[0].public_key.clone(), f.keys[0].private_key.clone()),
        elsewhere: (text(&key["publicKey"]), text(&key["privateKey"])),
        me: (f.username.clone(), f.api_key.clone()),
        full_key,
        full_service_account: service_accounts::full(e).await,
    }
}

/// `op`'s URL with `query`: the fixtures' organization, project and user, a new project key
/// (with the entry `ENTRY`) and a new agent key where the path names them, or, `unknown`, an
/// organization, project and user that do not exist.
async fn url_of(e: &Emulator, op: &Op, query: &str, unknown: bool) -> String {
    let url = placeholder_url(e, op, query, unknown);
    fresh(e, url).await
}

/// `op`'s URL as [`url_of`] makes it, but with no key or agent key made: `{apiUserId}` and
/// `{agentApiKeyId}` left in it.
fn placeholder_url(e: &Emulator, op: &Op, query: &str, unknown: bool) -> String {
    let f = e.fixtures();
    let zero = "0".repeat(24);
    let pick = |id: &str| if unknown { zero.clone() } else { id.to_owned() };
    let path = op
        .path
        .replace("{orgId}", &pick(&f.org_id))
        .replace("{groupId}", &pick(&f.project_id))
        .replace("{userId}", &pick(&f.user_id))
        .replace("{ipAddress}", ENTRY);
    format!("{}{path}{query}", f.origin)
}

/// `op`'s URL with the fixtures' key, service account and made-up IDs where it names an
/// agent key or a secret: for answers that come before any lookup (429, 410).
fn stand_in_url(e: &Emulator, op: &Op, query: &str) -> String {
    let f = e.fixtures();
    placeholder_url(e, op, query, false)
        .replace("{apiUserId}", &f.keys[1].id)
        .replace("{agentApiKeyId}", "5e2f5b0b87d9d66a3d2b7b11")
        .replace("{clientId}", &f.client_id)
        .replace("{secretId}", "5e2f5b0b87d9d66a3d2b7b12")
}

/// `url` with a new project key (with the entry `ENTRY`) for `{apiUserId}`, a new agent
/// key for `{agentApiKeyId}`, a new service account (with the entry) for `{clientId}` and its
/// secret for `{secretId}`.
async fn fresh(e: &Emulator, path: String) -> String {
    let mut path = service_accounts::fresh(e, path).await;
    let f = e.fixtures();
    if path.contains("{apiUserId}") {
        let keys = format!("{}/groups/{}/apiKeys", f.base_url, f.project_id);
        let key = common::call(e, "POST", &keys, Some(PROJECT_BODY))
            .await
            .json();
        let id = key["id"].as_str().unwrap();
        let entries = format!("{}/orgs/{}/apiKeys/{id}/accessList", f.base_url, f.org_id);
        let body = format!(r#"[{{"ipAddress":"{ENTRY}"}}]"#);
        assert_eq!(
            common::call(e, "POST", &entries, Some(&body)).await.status,
            200
        );
        path = path.replace("{apiUserId}", id);
    }
    if path.contains("{agentApiKeyId}") {
        let keys = format!("{}/groups/{}/agentapikeys", f.ops_manager_url, f.project_id);
        let key = common::call(e, "POST", &keys, Some(AGENT_BODY))
            .await
            .json();
        path = path.replace("{agentApiKeyId}", key["_id"].as_str().unwrap());
    }
    path
}

impl Op {
    /// A request to this operation at `url`, with `body` where it takes one, its media types,
    /// signed as `who`.
    fn call<'a>(
        &'a self,
        url: &str,
        body: &'static str,
        who: Option<(&'a str, &'a str)>,
    ) -> Call<'a> {
        Call {
            method: &self.method,
            url: url.to_owned(),
            body: if self.body { body } else { "" },
            accept: Some(self.media()),
            content_type: self.media(),
            who,
        }
    }
}

impl Setup {
    /// The credentials of `who`: `me`, `reader` or `elsewhere`.
    fn who(&self, who: &str) -> Option<(&str, &str)> {
        let (user, password) = match who {
            "me" => &self.me,
            "reader" => &self.reader,
            _ => &self.elsewhere,
        };
        Some((user.as_str(), password.as_str()))
    }
}

/// The requests `op` refuses at `url` (`unknown`: the same for what does not exist), each
/// with the status it should get.
fn refusals<'a>(
    s: &'a Setup,
    op: &'a Op,
    url: &str,
    unknown: &str,
    query: &str,
) -> Vec<(&'static str, Call<'a>)> {
    let (good, bad) = op.bodies();
    let mut calls = vec![
        ("401 challenge", op.call(url, good, None)),
        ("401 role", op.call(url, good, s.who("reader"))),
        ("403", op.call(url, good, s.who("elsewhere"))),
        ("404", op.call(unknown, good, s.who("me"))),
    ];
    if op.body {
        calls.push(("400", op.call(url, bad, s.who("me"))));
        let plain = Call {
            content_type: "text/plain",
            ..op.call(url, good, s.who("me"))
        };
        calls.push(("415", plain));
    } else if op.list {
        let sep = if query.is_empty() { '?' } else { '&' };
        let out_of_range = format!("{url}{sep}itemsPerPage=0");
        calls.push(("400", op.call(&out_of_range, good, s.who("me"))));
    }
    if op.v2() {
        let no_version = Call {
            accept: None,
            ..op.call(url, good, s.who("me"))
        };
        calls.push(("406", no_version));
    }
    let full = match op.method.as_str() {
        "POST" if op.id.contains("AccessListEntr") => Some(&s.full_key),
        _ if service_accounts::adds_entries(&op.id) => Some(&s.full_service_account),
        _ => None,
    };
    if let Some(full) = full {
        let full = url.replace(url.split('/').nth(9).unwrap(), full);
        let more = r#"[{"ipAddress":"192.0.2.99"}]"#;
        calls.push(("409", op.call(&full, more, s.who("me"))));
    }
    calls
}

/// Each case's answer to `op` with `query`.
async fn answers(e: &Emulator, s: &Setup, op: &Op, query: &str) -> Vec<(String, Exchange)> {
    let url = url_of(e, op, query, false).await;
    let unknown = url_of(e, op, query, true).await;
    let (good, _) = op.bodies();
    let mut out = Vec::new();
    for (case, call) in refusals(s, op, &url, &unknown, query) {
        out.push((case.to_owned(), send(call).await));
    }
    if op.body {
        out.push(("408".into(), stalled(e, &op.method, &url).await));
        let big = " ".repeat(64 * 1024 + 1);
        let too_large = Call {
            body: &big,
            ..op.call(&url, good, None)
        };
        out.push(("413".into(), send(too_large).await));
    }
    let injected = [(400, None), (429, Some(7)), (500, None), (503, Some(7))];
    for (status, retry_after) in injected {
        let fault = Fault {
            status: Some(status),
            retry_after,
            count: 1,
            operation: Some(op.id.clone()),
            ..Fault::default()
        };
        e.inject(fault).unwrap();
        let answer = send(op.call(&url, good, s.who("me"))).await;
        out.push((format!("{status} injected"), answer));
    }
    // Last, since it may delete what the others used.
    let success = send(op.call(&url, good, s.who("me"))).await;
    out.push(("success".into(), success));
    out
}

/// Every path but the rate limit's and the sunset's, on `e`: each case's answer checked
/// against the document, and each operation's declared statuses all answered.
async fn every_error_path(e: &Emulator, label: &str) -> usize {
    let s = setup(e).await;
    let mut checked = 0;
    for op in operations(&s.document) {
        let mut seen = BTreeSet::new();
        for query in QUERIES {
            for (case, answer) in answers(e, &s, &op, query).await {
                let what = format!("{label}: {} {case} {} {}{query}", op.id, op.method, op.path);
                let status = check(&s.document, (&op.method, &op.path), query, &answer, &what);
                if case == "success" {
                    assert!((200..300).contains(&status), "{what}: {answer:?}");
                }
                seen.insert(status);
                checked += 1;
            }
            // A method the path lacks: MongoDB's 405 (enveloped too), with `Allow`.
            let other = if op.method == "PUT" { "OPTIONS" } else { "PUT" };
            let url = url_of(e, &op, query, false).await;
            let call = Call {
                method: other,
                ..op.call(&url, "", s.who("me"))
            };
            let answer = send(call).await;
            let status = if query.contains("envelope=true") {
                200
            } else {
                405
            };
            assert_eq!(answer.status, status, "{}: {answer:?}", op.id);
            assert!(answer.header("allow").unwrap().contains(&op.method));
        }
        let declared = &s.document["paths"][&op.path][op.method.to_ascii_lowercase()]["responses"];
        let declared: BTreeSet<u16> = (declared.as_object().unwrap().keys())
            .map(|s| s.parse().unwrap())
            .filter(|s| *s != 410)
            .collect();
        assert_eq!(
            seen, declared,
            "{label}: {} answered what it declares",
            op.id
        );
    }
    checked
}

fn config(rate_limit: Option<&str>) -> Config {
    let mut config = Config {
        // A reader (401 by role), a key whose list is filled (409).
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()], vec!["ORG_MEMBER".into()]],
        // A service account for each URL that names one.
        max_service_accounts_per_org: 1000,
        rate_limit: rate_limit.map(|r| r.parse::<RateLimit>().unwrap()),
        ..Config::default()
    };
    config.limits.body_timeout = Duration::from_millis(100);
    config
}

#[tokio::test]
async fn every_answer_of_every_operation_is_declared_in_the_served_document() {
    let e = Emulator::start(config(None)).await.unwrap();
    let checked = every_error_path(&e, "no rate limit").await;
    println!("{checked} answers checked against the served document");
    assert!(checked > 1400, "{checked}");
}

/// With a window too large to fill, counted answers carry `RateLimit-*`: each must be
/// declared. Then a window of one request, on every operation: its 429.
#[tokio::test]
async fn under_a_rate_limit_every_answer_and_its_ratelimit_headers_are_declared() {
    let e = Emulator::start(config(Some("1000000/3600"))).await.unwrap();
    every_error_path(&e, "rate limited").await;
    for query in QUERIES {
        let e = Emulator::start(config(Some("1/3600"))).await.unwrap();
        let document = document(&e).await;
        let f = e.fixtures().clone();
        let me = Some((f.username.as_str(), f.api_key.as_str()));
        let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
        assert_eq!(
            common::call(&e, "POST", &org, Some(ORG_BODY)).await.status,
            200
        );
        for op in operations(&document) {
            // The window is spent: nothing more can be made, and the 429 comes first anyway.
            let url = stand_in_url(&e, &op, query);
            let call = op.call(&url, op.bodies().0, me);
            let limited = send(call).await;
            let what = format!("429 {} {url}", op.id);
            assert!(limited.body.contains("RATE_LIMITED"), "{what}: {limited:?}");
            assert_eq!(
                check(&document, (&op.method, &op.path), query, &limited, &what),
                429
            );
        }
    }
}

/// A version past its sunset: every operation of the Admin API v2 answers `410 VERSION_GONE`,
/// as it declares.
#[tokio::test]
async fn past_its_sunset_every_v2_operation_answers_the_declared_410() {
    let config = Config {
        sunsets: vec![
            "2023-01-01=2024-08-05/2025-01-01".parse().unwrap(),
            "2024-08-05=2025-01-01/2025-06-01".parse().unwrap(),
        ],
        ..config(None)
    };
    let e = Emulator::start(config).await.unwrap();
    let document = document(&e).await;
    let f = e.fixtures().clone();
    let me = Some((f.username.as_str(), f.api_key.as_str()));
    let v2: Vec<Op> = operations(&document).into_iter().filter(Op::v2).collect();
    // 14 of keys, 16 of service accounts.
    assert_eq!(v2.len(), 30);
    for query in QUERIES {
        for op in &v2 {
            // The version is gone: nothing can be made with it, and the 410 comes first.
            let url = stand_in_url(&e, op, query);
            let call = op.call(&url, op.bodies().0, me);
            let gone = send(call).await;
            let what = format!("410 {} {query}", op.id);
            assert!(gone.body.contains("VERSION_GONE"), "{what}: {gone:?}");
            assert_eq!(
                check(&document, (&op.method, &op.path), query, &gone, &what),
                410
            );
        }
    }
}
