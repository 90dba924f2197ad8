//! Nothing outside the contract: every status, header and body the emulator answers on its
//! operations is declared in the document it serves (`GET /openapi.json`), checked against
//! that document as a client of the contract reads it. Every error path (400, 401 challenge
//! and role, 403, 404, 408, 409, 413, 415, 429, 500, 503) and a success, on every operation of
//! both products, with and without `envelope` and `pretty`; the 405 of a method an operation
//! lacks keeps its `Allow` header.
//!
//! An enveloped error (`envelope=true`: HTTP 200, `{"status", "content"}`) is read as the
//! status it stands for, as MongoDB's envelope means it: its body must be one of the `200`
//! schemas (`ApiErrorEnvelope`), its `content` the schema of that status, and its headers
//! declared by the `200` or by that status.

mod common;

use std::time::Duration;

use common::{AGENT_BODY, ORG_BODY, PROJECT_BODY, USER_BODY};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, RateLimit};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

/// One answer as the checks read it.
#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

/// An operation of one product: its spec path, its URL, a body it accepts, a body it refuses
/// with 400, and a fixture key without the role it needs.
struct Operation {
    spec_path: &'static str,
    url: String,
    good: String,
    bad: &'static str,
}

fn operations(e: &Emulator, product: &str, key_id: &str) -> Vec<Operation> {
    let f = e.fixtures();
    let base = if product == "atlas" {
        &f.base_url
    } else {
        &f.ops_manager_url
    };
    let mut list = vec![
        Operation {
            spec_path: "/orgs/{orgId}/apiKeys",
            url: format!("{base}/orgs/{}/apiKeys", f.org_id),
            good: ORG_BODY.into(),
            bad: "{}",
        },
        Operation {
            spec_path: "/groups/{groupId}/apiKeys",
            url: format!("{base}/groups/{}/apiKeys", f.project_id),
            good: PROJECT_BODY.into(),
            bad: r#"{"desc":"x"}"#,
        },
        Operation {
            spec_path: "/orgs/{orgId}/apiKeys/{apiUserId}/accessList",
            url: format!("{base}/orgs/{}/apiKeys/{key_id}/accessList", f.org_id),
            good: r#"[{"ipAddress":"192.0.2.7"}]"#.into(),
            bad: "[]",
        },
    ];
    list.push(if product == "atlas" {
        Operation {
            spec_path: "/users/{userId}/keys",
            url: format!("{base}/users/{}/keys", f.user_id),
            good: USER_BODY.into(),
            bad: "{}",
        }
    } else {
        Operation {
            spec_path: "/groups/{groupId}/agentapikeys",
            url: format!("{base}/groups/{}/agentapikeys", f.project_id),
            good: AGENT_BODY.into(),
            bad: "{}",
        }
    });
    list
}

/// `POST url` (or `method`) with `body` as `content_type`, signed for `who` (user name,
/// password) after the challenge of a first unsigned request, or unsigned.
async fn send(
    method: &str,
    url: &str,
    body: &str,
    content_type: &str,
    who: Option<(&str, &str)>,
) -> Answer {
    // One client per test thread (and so per test's runtime): building one loads the
    // system's certificates, tens of milliseconds each time.
    thread_local!(static CLIENT: reqwest::Client = common::http());
    let client = CLIENT.with(Clone::clone);
    let request = |auth: Option<String>| {
        let mut r = client
            .request(method.parse().unwrap(), url)
            .header("content-type", content_type)
            .body(body.to_owned());
        if let Some(auth) = auth {
            r = r.header("authorization", auth);
        }
        r
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
    Answer {
        status: response.status().as_u16(),
        headers: response
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
            .collect(),
        body: response.text().await.unwrap(),
    }
}

/// A body that stops after 7 of its 100 bytes: the emulator's 408, read off the socket.
async fn stalled(e: &Emulator, url: &str) -> Answer {
    let mut socket = tokio::net::TcpStream::connect(e.addr()).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"desc\"",
        common::target_of(url)
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
    let headers = lines
        .map(|l| l.split_once(": ").unwrap())
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_owned(),
    }
}

/// `$ref`s followed to what they name in `document`.
fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        value = document.pointer(reference.trim_start_matches('#')).unwrap();
    }
    value
}

thread_local! {
    /// Validators by the schema they check: compiling one takes the whole `components`.
    static VALIDATORS: std::cell::RefCell<std::collections::HashMap<String, std::rc::Rc<jsonschema::Validator>>> =
        Default::default();
}

/// Validates `instance` against `schema` of `document` (its `$ref`s into `components`).
fn assert_valid(document: &Value, schema: &Value, instance: &Value, what: &str) {
    let key = schema.to_string();
    let cached = VALIDATORS.with(|v| v.borrow().get(&key).cloned());
    let validator = cached.unwrap_or_else(|| {
        let mut full = schema.clone();
        full["components"] = document["components"].clone();
        let built = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&full)
            .unwrap();
        let built = std::rc::Rc::new(built);
        VALIDATORS.with(|v| v.borrow_mut().insert(key, built.clone()));
        built
    });
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: {instance} does not match: {errors:?}"
    );
}

/// Headers any HTTP answer may carry, which OpenAPI does not describe.
const HTTP_HEADERS: [&str; 5] = [
    "content-type",
    "content-length",
    "date",
    "connection",
    "transfer-encoding",
];

/// Checks `answer` to a request of `query` against the served `document`.
fn check(document: &Value, spec_path: &str, query: &str, answer: &Answer, what: &str) {
    let operation = &document["paths"][spec_path]["post"];
    let responses = &operation["responses"];
    let body: Value = serde_json::from_str(&answer.body)
        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}", answer.body));
    let content_type = answer
        .headers
        .iter()
        .find(|(n, _)| n == "content-type")
        .unwrap();
    assert!(
        content_type.1.starts_with("application/json"),
        "{what}: {content_type:?}"
    );
    let enveloped = query.contains("envelope=true") && answer.status == 200;
    let (status, content) = match &body {
        Value::Object(o) if enveloped && o.len() == 2 && o.contains_key("content") => {
            (o["status"].as_u64().unwrap() as u16, o["content"].clone())
        }
        _ => (answer.status, body.clone()),
    };
    if query.contains("envelope=true") {
        assert!(
            answer.status == 200 || answer.status == 401,
            "{what}: {answer:?}"
        );
    }
    let declared = resolve(document, &responses[status.to_string()]);
    assert!(
        declared.is_object(),
        "{what}: status {status} is not declared: {answer:?}"
    );
    let schema = &declared["content"]["application/json"]["schema"];
    assert_valid(document, schema, &content, what);
    let mut allowed: Vec<String> = HTTP_HEADERS.iter().map(|h| (*h).to_owned()).collect();
    for response in [&responses["200"], &responses[status.to_string()]] {
        let response = resolve(document, response);
        let headers = response["headers"].as_object().into_iter().flatten();
        for (name, header) in headers {
            allowed.push(name.to_ascii_lowercase());
            if let Some((_, value)) = answer
                .headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                let schema = &resolve(document, header)["schema"];
                let value = value.parse::<i64>().map_or(json!(value), Value::from);
                assert_valid(document, schema, &value, &format!("{what}: header {name}"));
            }
        }
    }
    if enveloped {
        assert_valid(
            document,
            &responses["200"]["content"]["application/json"]["schema"],
            &body,
            what,
        );
    }
    for (name, _) in &answer.headers {
        assert!(
            allowed.contains(name),
            "{what}: header {name} is not declared for {status}: {answer:?}"
        );
    }
}

const QUERIES: [&str; 4] = [
    "",
    "?envelope=true",
    "?pretty=true",
    "?envelope=true&pretty=true",
];

/// A key with an access-list entry that does not cover this machine: its calls get 403.
async fn key_elsewhere(e: &Emulator) -> (String, String) {
    let f = e.fixtures();
    let me = (f.username.as_str(), f.api_key.as_str());
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    let key: Value = serde_json::from_str(
        &send("POST", &org, ORG_BODY, "application/json", Some(me))
            .await
            .body,
    )
    .unwrap();
    let entries = format!("{org}/{}/accessList", key["id"].as_str().unwrap());
    let added = send(
        "POST",
        &entries,
        r#"[{"cidrBlock":"10.0.0.0/8"}]"#,
        "application/json",
        Some(me),
    )
    .await;
    assert_eq!(added.status, 200, "{added:?}");
    (
        key["publicKey"].as_str().unwrap().into(),
        key["privateKey"].as_str().unwrap().into(),
    )
}

/// Every path but the rate limit's, on `e` (`rate_limited`: with a window too large to fill,
/// so that counted answers carry `RateLimit-*`).
async fn every_error_path(e: &Emulator, label: &str) {
    let document: Value = common::http()
        .get(format!("http://{}/openapi.json", e.addr()))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let f = e.fixtures().clone();
    let me = Some((f.username.as_str(), f.api_key.as_str()));
    let reader = &f.keys[0];
    let lesser = Some((reader.public_key.as_str(), reader.private_key.as_str()));
    let full_key = &f.keys[1].id;
    let (elsewhere_user, elsewhere_password) = key_elsewhere(e).await;
    let elsewhere = Some((elsewhere_user.as_str(), elsewhere_password.as_str()));
    let fill: Vec<String> = (0..500)
        .map(|i| format!(r#"{{"ipAddress":"10.9.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    let full_url = format!(
        "{}/orgs/{}/apiKeys/{full_key}/accessList",
        f.base_url, f.org_id
    );
    let filled = send(
        "POST",
        &full_url,
        &format!("[{}]", fill.join(",")),
        "application/json",
        me,
    )
    .await;
    assert_eq!(filled.status, 200, "{filled:?}");
    for product in ["atlas", "ops-manager"] {
        for op in operations(e, product, &f.keys[2].id) {
            for query in QUERIES {
                let url = format!("{}{query}", op.url);
                let unknown = url
                    .replace(&f.org_id, &"0".repeat(24))
                    .replace(&f.project_id, &"0".repeat(24))
                    .replace(&f.user_id, &"0".repeat(24));
                let mut answers = vec![
                    (
                        "200",
                        send("POST", &url, &op.good, "application/json", me).await,
                    ),
                    (
                        "400",
                        send("POST", &url, op.bad, "application/json", me).await,
                    ),
                    (
                        "401 challenge",
                        send("POST", &url, &op.good, "application/json", None).await,
                    ),
                    (
                        "401 role",
                        send("POST", &url, &op.good, "application/json", lesser).await,
                    ),
                    (
                        "403",
                        send("POST", &url, &op.good, "application/json", elsewhere).await,
                    ),
                    (
                        "404",
                        send("POST", &unknown, &op.good, "application/json", me).await,
                    ),
                    ("408", stalled(e, &url).await),
                    (
                        "413",
                        send(
                            "POST",
                            &url,
                            &" ".repeat(64 * 1024 + 1),
                            "application/json",
                            None,
                        )
                        .await,
                    ),
                    ("415", send("POST", &url, &op.good, "text/plain", me).await),
                ];
                for (status, retry_after) in [(429, Some(7)), (500, None), (503, Some(7))] {
                    e.inject(Fault {
                        status: Some(status),
                        retry_after,
                        count: 1,
                        ..Fault::default()
                    })
                    .unwrap();
                    answers.push((
                        "injected",
                        send("POST", &url, &op.good, "application/json", me).await,
                    ));
                }
                if op.spec_path.ends_with("accessList") {
                    let full = url.replace(&f.keys[2].id, full_key);
                    answers.push((
                        "409",
                        send(
                            "POST",
                            &full,
                            r#"[{"ipAddress":"192.0.2.99"}]"#,
                            "application/json",
                            me,
                        )
                        .await,
                    ));
                }
                for (case, answer) in &answers {
                    let what = format!("{label} {product} {case} POST {url}");
                    check(&document, op.spec_path, query, answer, &what);
                }
                let statuses: Vec<u16> = answers.iter().map(|(_, a)| a.status).collect();
                assert!(statuses.contains(&401), "{statuses:?}");
                let method_not_allowed = send("GET", &url, "", "application/json", me).await;
                let expected = if query.contains("envelope=true") {
                    200
                } else {
                    405
                };
                assert_eq!(
                    method_not_allowed.status, expected,
                    "{method_not_allowed:?}"
                );
                let allow = method_not_allowed
                    .headers
                    .iter()
                    .find(|(n, _)| n == "allow");
                assert_eq!(
                    allow.map(|(_, v)| v.as_str()),
                    Some("POST"),
                    "{method_not_allowed:?}"
                );
            }
        }
    }
}

fn config(rate_limit: Option<&str>) -> Config {
    let mut config = Config {
        // A reader (401 by role), an owner key to fill (409), one to add entries to.
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

#[tokio::test]
async fn under_a_rate_limit_every_answer_and_its_ratelimit_headers_are_declared() {
    let e = Emulator::start(config(Some("1000000/3600"))).await.unwrap();
    every_error_path(&e, "rate limited").await;
    // And the limit itself, on every operation: a window of one request.
    for product in ["atlas", "ops-manager"] {
        for query in QUERIES {
            let e = Emulator::start(config(Some("1/3600"))).await.unwrap();
            let document: Value = common::http()
                .get(format!("http://{}/openapi.json", e.addr()))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let f = e.fixtures().clone();
            let me = Some((f.username.as_str(), f.api_key.as_str()));
            let ops = operations(&e, product, &f.keys[2].id);
            let first = send(
                "POST",
                &format!("{}{query}", ops[0].url),
                &ops[0].good,
                "application/json",
                me,
            )
            .await;
            check(
                &document,
                ops[0].spec_path,
                query,
                &first,
                "the one request of the window",
            );
            for op in &ops {
                let url = format!("{}{query}", op.url);
                let limited = send("POST", &url, &op.good, "application/json", me).await;
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
