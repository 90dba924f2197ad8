//! Nothing outside the contract: every status, header and body the emulator answers on its
//! operations is declared in the document it serves (`GET /openapi.json`), checked against
//! that document as a client of the contract reads it (`common::served::check`). Every error
//! path (400, 401 challenge and role, 403, 404, 408, 409, 413, 415, 429, 500, 503) and a
//! success, on every operation of both products, with and without `envelope` and `pretty`,
//! with and without a rate limit; the 405 of a method an operation lacks keeps its `Allow`
//! header.

mod common;

use std::time::Duration;

use common::served::{Exchange, check};
use common::{AGENT_BODY, ORG_BODY, PROJECT_BODY, USER_BODY};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, RateLimit};
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

const QUERIES: [&str; 4] = [
    "",
    "?envelope=true",
    "?pretty=true",
    "?envelope=true&pretty=true",
];
const JSON: &str = "application/json";

/// An operation of one product: its spec path, its URL, a body it accepts, one it refuses.
struct Operation {
    spec_path: &'static str,
    url: String,
    good: &'static str,
    bad: &'static str,
}

/// The operations of `product`; the access-list one adds to the key `key_id`.
fn operations(e: &Emulator, product: &str, key_id: &str) -> Vec<Operation> {
    let f = e.fixtures();
    let base = if product == "atlas" {
        &f.base_url
    } else {
        &f.ops_manager_url
    };
    let op = |spec_path, url: String, good, bad| Operation {
        spec_path,
        url,
        good,
        bad,
    };
    let (org, project) = (&f.org_id, &f.project_id);
    let mut list = vec![
        op(
            "/orgs/{orgId}/apiKeys",
            format!("{base}/orgs/{org}/apiKeys"),
            ORG_BODY,
            "{}",
        ),
        op(
            "/groups/{groupId}/apiKeys",
            format!("{base}/groups/{project}/apiKeys"),
            PROJECT_BODY,
            r#"{"desc":"x"}"#,
        ),
        op(
            "/orgs/{orgId}/apiKeys/{apiUserId}/accessList",
            format!("{base}/orgs/{org}/apiKeys/{key_id}/accessList"),
            r#"[{"ipAddress":"192.0.2.7"}]"#,
            "[]",
        ),
    ];
    list.push(match product {
        "atlas" => op(
            "/users/{userId}/keys",
            format!("{base}/users/{}/keys", f.user_id),
            USER_BODY,
            "{}",
        ),
        _ => op(
            "/groups/{groupId}/agentapikeys",
            format!("{base}/groups/{project}/agentapikeys"),
            AGENT_BODY,
            "{}",
        ),
    });
    list
}

/// `method url` with `body` as `content_type`, signed for `who` (user name, password) after
/// the challenge of a first unsigned request, or unsigned.
async fn send(
    method: &str,
    url: &str,
    body: &str,
    content_type: &str,
    who: Option<(&str, &str)>,
) -> Exchange {
    // One client per test thread (and so per test's runtime): building one loads the
    // system's certificates, tens of milliseconds each time.
    thread_local!(static CLIENT: reqwest::Client = common::http());
    let client = CLIENT.with(Clone::clone);
    let request = |auth: Option<String>| {
        let request = client.request(method.parse().unwrap(), url);
        let request = request
            .header("content-type", content_type)
            .body(body.to_owned());
        match auth {
            Some(auth) => request.header("authorization", auth),
            None => request,
        }
    };
    let mut response = request(None).send().await.unwrap();
    if let (Some((user, password)), 401) = (who, response.status().as_u16()) {
        let challenge = response.headers()["www-authenticate"].to_str().unwrap();
        let challenge = Challenge::parse(challenge).unwrap();
        let target = common::target_of(url);
        let signed = Request {
            method,
            uri: &target,
            body: body.as_bytes(),
        };
        let auth = challenge.sign(user, password, &signed, 1, "c0ffee");
        response = request(Some(auth.to_string())).send().await.unwrap();
    }
    let headers = response.headers().iter();
    let headers = headers.map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()));
    Exchange {
        status: response.status().as_u16(),
        headers: headers.collect(),
        body: response.text().await.unwrap(),
    }
}

/// A body that stops after 7 of its 100 bytes: the emulator's 408, read off the socket.
async fn stalled(e: &Emulator, url: &str) -> Exchange {
    let mut socket = tokio::net::TcpStream::connect(e.addr()).await.unwrap();
    let target = common::target_of(url);
    let head = format!(
        "POST {target} HTTP/1.1\r\nHost: x\r\nContent-Type: {JSON}\r\nContent-Length: 100\r\n\r\n{{\"desc\""
    );
    socket.write_all(head.as_bytes()).await.unwrap();
    let mut raw = String::new();
    socket.read_to_string(&mut raw).await.unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines.map(|l| l.split_once(": ").unwrap());
    let headers = headers
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    Exchange {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// What every case needs: the served document, and credentials for each refusal.
struct Setup {
    document: Value,
    me: (String, String),
    reader: (String, String),
    elsewhere: (String, String),
    /// A key whose access list is full (409), and one to add entries to.
    full_key: String,
    list_key: String,
}

/// The document `e` serves.
async fn document(e: &Emulator) -> Value {
    let url = format!("http://{}/openapi.json", e.addr());
    common::http()
        .get(url)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn setup(e: &Emulator) -> Setup {
    let f = e.fixtures().clone();
    let document = document(e).await;
    let me = (f.username.clone(), f.api_key.clone());
    let signed_as_me = Some((me.0.as_str(), me.1.as_str()));
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    // A key whose one entry does not cover this machine: its calls get 403.
    let key: Value =
        serde_json::from_str(&send("POST", &org, ORG_BODY, JSON, signed_as_me).await.body).unwrap();
    let entries = format!("{org}/{}/accessList", key["id"].as_str().unwrap());
    let added = send(
        "POST",
        &entries,
        r#"[{"cidrBlock":"10.0.0.0/8"}]"#,
        JSON,
        signed_as_me,
    )
    .await;
    assert_eq!(added.status, 200, "{added:?}");
    let full_key = f.keys[1].id.clone();
    let fill: Vec<String> = (0..500)
        .map(|i| format!(r#"{{"ipAddress":"10.9.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    let full = format!("{org}/{full_key}/accessList");
    let filled = send(
        "POST",
        &full,
        &format!("[{}]", fill.join(",")),
        JSON,
        signed_as_me,
    )
    .await;
    assert_eq!(filled.status, 200, "{filled:?}");
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    Setup {
        document,
        reader: (f.keys[0].public_key.clone(), f.keys[0].private_key.clone()),
        elsewhere: (text(&key["publicKey"]), text(&key["privateKey"])),
        me,
        full_key,
        list_key: f.keys[2].id.clone(),
    }
}

/// A case: its name, URL, body, and whose credentials sign it (none: unsigned).
type Case<'a> = (
    &'static str,
    String,
    &'static str,
    Option<&'a (String, String)>,
);

/// Each case's answer to `op` with `query`.
async fn answers(
    e: &Emulator,
    s: &Setup,
    op: &Operation,
    query: &str,
) -> Vec<(&'static str, Exchange)> {
    let f = e.fixtures();
    let url = format!("{}{query}", op.url);
    let zero = "0".repeat(24);
    let unknown = url
        .replace(&f.org_id, &zero)
        .replace(&f.project_id, &zero)
        .replace(&f.user_id, &zero);
    // (case, URL, body, signed as whom)
    let mut cases: Vec<Case<'_>> = vec![
        ("200", url.clone(), op.good, Some(&s.me)),
        ("400", url.clone(), op.bad, Some(&s.me)),
        ("401 challenge", url.clone(), op.good, None),
        ("401 role", url.clone(), op.good, Some(&s.reader)),
        ("403", url.clone(), op.good, Some(&s.elsewhere)),
        ("404", unknown, op.good, Some(&s.me)),
    ];
    if op.spec_path.ends_with("accessList") {
        let full = url.replace(&s.list_key, &s.full_key);
        cases.push(("409", full, r#"[{"ipAddress":"192.0.2.99"}]"#, Some(&s.me)));
    }
    let mut out = Vec::new();
    for (case, url, body, who) in cases {
        let who = who.map(|(user, password)| (user.as_str(), password.as_str()));
        out.push((case, send("POST", &url, body, JSON, who).await));
    }
    out.push(("408", stalled(e, &url).await));
    out.push((
        "413",
        send("POST", &url, &" ".repeat(64 * 1024 + 1), JSON, None).await,
    ));
    let me = Some((s.me.0.as_str(), s.me.1.as_str()));
    out.push(("415", send("POST", &url, op.good, "text/plain", me).await));
    for (status, retry_after) in [(429, Some(7)), (500, None), (503, Some(7))] {
        let fault = Fault {
            status: Some(status),
            retry_after,
            count: 1,
            ..Fault::default()
        };
        e.inject(fault).unwrap();
        out.push(("injected", send("POST", &url, op.good, JSON, me).await));
    }
    out
}

/// Every path but the rate limit's, on `e`: each case's answer checked against the document.
async fn every_error_path(e: &Emulator, label: &str) {
    let s = setup(e).await;
    let me = Some((s.me.0.as_str(), s.me.1.as_str()));
    for product in ["atlas", "ops-manager"] {
        for op in operations(e, product, &s.list_key) {
            for query in QUERIES {
                let answers = answers(e, &s, &op, query).await;
                for (case, answer) in &answers {
                    let what = format!("{label} {product} {case} POST {}{query}", op.url);
                    check(&s.document, op.spec_path, query, answer, &what);
                }
                assert_eq!(
                    answers.len(),
                    if op.spec_path.ends_with("accessList") {
                        13
                    } else {
                        12
                    }
                );
                // A method the operation lacks: MongoDB's 405 (enveloped too), with `Allow`.
                let url = format!("{}{query}", op.url);
                let other = send("GET", &url, "", JSON, me).await;
                let status = if query.contains("envelope=true") {
                    200
                } else {
                    405
                };
                assert_eq!(other.status, status, "{other:?}");
                assert_eq!(other.header("allow"), Some("POST"), "{other:?}");
            }
        }
    }
}

fn config(rate_limit: Option<&str>) -> Config {
    let mut config = Config {
        // A reader (401 by role), a key whose list is filled (409), one to add entries to.
        fixture_keys: vec![
            vec!["ORG_READ_ONLY".into()],
            vec!["ORG_MEMBER".into()],
            vec!["ORG_MEMBER".into()],
        ],
        rate_limit: rate_limit.map(|r| r.parse::<RateLimit>().unwrap()),
        ..Config::default()
    };
    config.limits.body_timeout = Duration::from_millis(100);
    config
}

#[tokio::test]
async fn every_answer_of_every_operation_is_declared_in_the_served_document() {
    let e = Emulator::start(config(None)).await.unwrap();
    every_error_path(&e, "no rate limit").await;
}

/// With a window too large to fill, counted answers carry `RateLimit-*`: each must be
/// declared. Then a window of one request, on every operation: its 429.
#[tokio::test]
async fn under_a_rate_limit_every_answer_and_its_ratelimit_headers_are_declared() {
    let e = Emulator::start(config(Some("1000000/3600"))).await.unwrap();
    every_error_path(&e, "rate limited").await;
    for product in ["atlas", "ops-manager"] {
        for query in QUERIES {
            let e = Emulator::start(config(Some("1/3600"))).await.unwrap();
            let document = document(&e).await;
            let f = e.fixtures();
            let me = Some((f.username.as_str(), f.api_key.as_str()));
            let ops = operations(&e, product, &f.keys[2].id);
            let spent = send("POST", &ops[0].url, ops[0].good, JSON, me).await;
            check(
                &document,
                ops[0].spec_path,
                "",
                &spent,
                "the window's one request",
            );
            for op in ops {
                let url = format!("{}{query}", op.url);
                let limited = send("POST", &url, op.good, JSON, me).await;
                let what = format!("{product} 429 POST {url}");
                let status = if query.contains("envelope=true") {
                    200
                } else {
                    429
                };
                assert_eq!(limited.status, status, "{what}: {limited:?}");
                assert!(limited.body.contains("RATE_LIMITED"), "{what}: {limited:?}");
                check(&document, op.spec_path, query, &limited, &what);
            }
        }
    }
}
