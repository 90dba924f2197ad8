//! The emulator behaves as MongoDB does: each operation under the product that has it,
//! values in MongoDB's shapes, envelope and pretty, responses that match the spec.
//! Validation and error codes: `emulator_errors.rs`; authentication and roles:
//! `emulator_auth.rs`; bounds and the control plane: `emulator_limits.rs`.

mod common;

use common::{ORG_BODY, assert_matches_schema, emulator, operations, post, send};
use mongodb_api_keys::emulator::{Config, Emulator, Fixtures};
use serde_json::{Value, json};

#[tokio::test]
async fn each_operation_is_served_only_by_the_product_that_has_it() {
    let e = emulator().await;
    let (atlas, om) = (e.atlas_url(), e.ops_manager_url());
    for (url, body, schema) in operations(&e) {
        for (base, other) in [(&atlas, &om), (&om, &atlas)] {
            let url = url.replacen(other.as_str(), base, 1);
            let answer = post(&e, &url, body).await;
            let served = schema == "ApiKey" || (schema == "AgentApiKey") == (base == &om);
            if served {
                assert_eq!(answer.status, 200, "{url}: {}", answer.text);
                assert_eq!(answer.headers["content-type"], "application/json");
                assert_matches_schema(schema, &answer.json());
            } else {
                // The 404 that base path gives any unknown resource, before authentication.
                let path = url.strip_prefix(&format!("http://{}", e.addr())).unwrap();
                assert_eq!(answer.status, 404, "{url}: {}", answer.text);
                assert_eq!(
                    answer.json(),
                    json!({
                        "detail": format!("Cannot find resource {path}."),
                        "error": 404,
                        "errorCode": "RESOURCE_NOT_FOUND",
                        "parameters": [path],
                        "reason": "Not Found",
                    })
                );
            }
        }
    }
    let stats = e.stats();
    assert_eq!(
        (
            stats.keys_created.org,
            stats.keys_created.project,
            stats.keys_created.agent,
            stats.keys_created.user
        ),
        (2, 2, 1, 1)
    );
    // Each call served was a challenge and a signed request; the 404s were neither.
    assert_eq!((stats.requests, stats.challenges), (12, 6));
}

/// `n` lower-case hexadecimal digits.
fn is_hex(s: &str, n: usize) -> bool {
    s.len() == n
        && s.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
}

#[tokio::test]
async fn created_values_have_mongodbs_shapes() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let [org, project, agent, user] = operations(&e);
    assert_org_key_shape(&e, &f, &post(&e, &org.0, org.1).await.json());
    assert_project_key_shape(&e, &f, &post(&e, &project.0, project.1).await.json());
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert_agent_key_shape(&f, before, &post(&e, &agent.0, agent.1).await.json());
    assert_user_key_shape(&f, &post(&e, &user.0, user.1).await.json());
}

fn assert_org_key_shape(e: &Emulator, f: &Fixtures, key: &Value) {
    assert!(is_hex(key["id"].as_str().unwrap(), 24), "{key}");
    let public = key["publicKey"].as_str().unwrap();
    assert!(
        public.len() == 8 && public.bytes().all(|b| b.is_ascii_lowercase()),
        "{public}"
    );
    let private = key["privateKey"].as_str().unwrap();
    let parts: Vec<&str> = private.split('-').collect();
    assert_eq!(
        parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
        [8, 4, 4, 4, 12],
        "{private}"
    );
    assert!(
        parts[2].starts_with('4') && "89ab".contains(&parts[3][..1]),
        "not a UUIDv4: {private}"
    );
    assert_eq!(
        key["links"][0]["href"],
        format!(
            "{}/orgs/{}/apiKeys/{}",
            e.atlas_url(),
            f.org_id,
            key["id"].as_str().unwrap()
        )
    );
    assert_eq!(
        key["roles"],
        json!([
            {"orgId": f.org_id, "roleName": "ORG_MEMBER"},
            {"orgId": f.org_id, "roleName": "ORG_READ_ONLY"},
        ])
    );
}

/// A project key also gets ORG_MEMBER in the project's organization.
fn assert_project_key_shape(e: &Emulator, f: &Fixtures, key: &Value) {
    assert_eq!(
        key["roles"],
        json!([
            {"groupId": f.project_id, "roleName": "GROUP_READ_ONLY"},
            {"orgId": f.org_id, "roleName": "ORG_MEMBER"},
        ])
    );
    assert!(
        key["links"][0]["href"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}/orgs/{}/apiKeys/", e.atlas_url(), f.org_id))
    );
}

/// `before`: the time just before the key was created, in epoch milliseconds.
fn assert_agent_key_shape(f: &Fixtures, before: i64, key: &Value) {
    let created = key["createdTime"].as_i64().unwrap();
    assert!(
        (before - 1000..before + 60_000).contains(&created),
        "createdTime {created} is not epoch milliseconds"
    );
    assert_eq!(
        (key["createdIpAddr"].as_str(), key["createdBy"].as_str()),
        (Some("127.0.0.1"), Some("PUBLIC_API"))
    );
    assert_eq!(key["createdUserId"], f.user_id);
    assert!(is_hex(key["key"].as_str().unwrap(), 32) && is_hex(key["_id"].as_str().unwrap(), 24));
}

fn assert_user_key_shape(f: &Fixtures, key: &Value) {
    assert_eq!(
        (
            key["description"].as_str(),
            key["enabled"].as_bool(),
            key["usedCount"].as_i64()
        ),
        (Some(""), Some(true), Some(0))
    );
    assert_eq!(key["userId"], f.user_id);
    assert!(key["createdAt"].as_str().unwrap().ends_with('Z'));
}

#[tokio::test]
async fn envelope_and_pretty_in_every_combination() {
    let e = emulator().await;
    let unknown = "0".repeat(24);
    for (path, body, schema) in operations(&e) {
        let bad_path = path
            .replacen(&e.fixtures().org_id, &unknown, 1)
            .replacen(&e.fixtures().project_id, &unknown, 1)
            .replacen(&e.fixtures().user_id, &unknown, 1);
        for (envelope, pretty) in [(false, false), (true, false), (false, true), (true, true)] {
            for (path, expected) in [(&path, 200), (&bad_path, 404)] {
                let url = format!("{path}?envelope={envelope}&pretty={pretty}");
                let answer = post(&e, &url, body).await;
                let what = format!("{path} envelope={envelope} pretty={pretty}");
                assert_eq!(
                    answer.text.contains("\n  \""),
                    pretty,
                    "{what}: {}",
                    answer.text
                );
                assert_eq!(answer.text.contains("\" : "), pretty, "{what}");
                let json = answer.json();
                let content = if envelope {
                    // `x-envelope` on the spec's `envelope` parameter: `{status, content}`.
                    assert_eq!(answer.status, 200, "{what}");
                    assert_eq!(json["status"], expected, "{what}: {json}");
                    let fields: Vec<&String> = json.as_object().unwrap().keys().collect();
                    assert_eq!(fields, ["content", "status"], "{what}");
                    json["content"].clone()
                } else {
                    assert_eq!(answer.status, expected, "{what}");
                    json
                };
                assert_matches_schema(if expected == 200 { schema } else { "ApiError" }, &content);
            }
        }
    }
}

#[tokio::test]
async fn stats_are_served_over_http_and_shutdown_is_graceful() {
    let e = emulator().await;
    let [org, ..] = operations(&e);
    post(&e, &org.0, org.1).await;
    let client = common::http();
    let addr = e.addr();
    let stats_url = format!("http://{addr}/_emulator/stats");
    let without_token = client.get(&stats_url).send().await.unwrap();
    assert_eq!(without_token.status(), 401, "the stats need the token too");
    let stats: Value = client
        .get(&stats_url)
        .bearer_auth(e.control_token())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut stats = stats.as_object().unwrap().clone();
    let connections = stats.remove("connections").unwrap();
    assert_eq!(
        Value::Object(stats),
        json!({
            // The control plane's requests are not the API's.
            "requests": 2, "challenges": 1, "staleNonces": 0, "replays": 0,
            "forbidden": 0, "rateLimited": 0, "noncesOnRecord": 1,
            "tokenRequests": 0, "bearerCalls": 0,
            // The signed request, counted once by its operation: a write.
            "operations": {"createApiKey": 1}, "writes": 1,
            "keysCreated": {"org": 1, "project": 0, "agent": 0, "user": 0}
        })
    );
    assert!(connections["accepted"].as_u64() >= Some(2), "{connections}");
    let expire = || client.post(format!("http://{addr}/_emulator/expire-nonces"));
    assert_eq!(
        expire().send().await.unwrap().status(),
        401,
        "the control token is needed"
    );
    let expired = expire()
        .bearer_auth(e.control_token())
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), 204);
    let unknown = client
        .get(format!("http://{addr}/api/atlas/v1.0/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    e.shutdown().await.unwrap();
    assert!(
        common::http()
            .get(format!("http://{addr}/_emulator/stats"))
            .send()
            .await
            .is_err()
    );
}

#[tokio::test]
async fn invalid_fixtures_are_refused_with_the_reason() {
    let config = Config {
        org_id: "not-hex".into(),
        ..Config::default()
    };
    let error = Emulator::start(config).await.err().expect("refused");
    assert!(
        error
            .to_string()
            .contains("org id \"not-hex\" is not an ObjectId"),
        "{error}"
    );
}

#[tokio::test]
async fn without_authentication_every_request_acts_as_the_fixture_user() {
    // `serve --no-auth`, only for measuring the cost of a bare request.
    let config = Config {
        authentication: false,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = operations(&e)[0].0.clone();
    let answer = send(&common::http(), &url, ORG_BODY, None).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!((e.stats().requests, e.stats().challenges), (1, 0));
}
