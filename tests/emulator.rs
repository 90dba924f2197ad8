//! The emulator behaves as MongoDB does: each operation under the product that has it,
//! MongoDB's validation and error codes, envelope and pretty, responses that match the spec.
//! Authentication and roles: `emulator_auth.rs`; bounds and the control plane:
//! `emulator_limits.rs`.

mod common;

use common::{
    AGENT_BODY, ORG_BODY, PROJECT_BODY, USER_BODY, assert_matches_schema, emulator, operations,
    post, send,
};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
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

#[tokio::test]
async fn created_values_have_mongodbs_shapes() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let [org, project, agent, user] = operations(&e);
    let is_hex = |s: &str, n: usize| {
        s.len() == n
            && s.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    };

    let key = post(&e, &org.0, org.1).await.json();
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

    // A project key also gets ORG_MEMBER in the project's organization.
    let key = post(&e, &project.0, project.1).await.json();
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

    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let key = post(&e, &agent.0, agent.1).await.json();
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

    let key = post(&e, &user.0, user.1).await.json();
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

/// (what, URL template, body, status, errorCode) of requests MongoDB refuses. In templates,
/// `{atlas}`/`{om}` are the base URLs, `{org}`/`{project}`/`{user}` the fixture IDs, `{zero}`
/// an unknown ObjectId; the bodies `LONG` and `MAX` are descriptions of 251 and 250 characters.
const BAD_REQUESTS: &[(&str, &str, &str, u16, Option<&str>)] = &[
    (
        "desc missing",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"roles":["ORG_MEMBER"]}"#,
        400,
        Some("API_KEY_REQUIRES_DESCRIPTION"),
    ),
    (
        "desc empty",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"","roles":["ORG_MEMBER"]}"#,
        400,
        Some("INVALID_API_KEY_DESC"),
    ),
    (
        "desc 251 chars",
        "{atlas}/orgs/{org}/apiKeys",
        "LONG",
        400,
        Some("INVALID_API_KEY_DESC"),
    ),
    (
        "desc 250 chars",
        "{atlas}/orgs/{org}/apiKeys",
        "MAX",
        200,
        None,
    ),
    (
        "desc not a string",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":1,"roles":["ORG_MEMBER"]}"#,
        400,
        Some("INVALID_JSON_ATTRIBUTE"),
    ),
    (
        "roles missing",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"x"}"#,
        400,
        Some("MISSING_API_KEY_ROLES"),
    ),
    (
        "roles empty",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":[]}"#,
        400,
        Some("MISSING_API_KEY_ROLES"),
    ),
    (
        "project role on org key",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":["GROUP_OWNER"]}"#,
        400,
        Some("INVALID_ROLE_FOR_ORG"),
    ),
    (
        "org role on project key",
        "{atlas}/groups/{project}/apiKeys",
        r#"{"desc":"x","roles":["ORG_OWNER"]}"#,
        400,
        Some("INVALID_ROLE_FOR_GROUP"),
    ),
    (
        "unknown role",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":["ORG_MEMEBR"]}"#,
        400,
        Some("INVALID_ENUM_VALUE"),
    ),
    (
        "unknown attribute",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":["ORG_MEMBER"],"x":1}"#,
        400,
        Some("INVALID_ATTRIBUTE"),
    ),
    (
        "malformed JSON",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"#,
        400,
        Some("MALFORMED_JSON"),
    ),
    (
        "not an object",
        "{atlas}/orgs/{org}/apiKeys",
        "[]",
        400,
        Some("INVALID_JSON"),
    ),
    (
        "agent desc missing",
        "{om}/groups/{project}/agentapikeys",
        "{}",
        400,
        Some("MISSING_ATTRIBUTE"),
    ),
    (
        "user description missing",
        "{atlas}/users/{user}/keys",
        "{}",
        400,
        Some("MISSING_ATTRIBUTE"),
    ),
    (
        "unknown org",
        "{atlas}/orgs/{zero}/apiKeys",
        ORG_BODY,
        404,
        Some("ORG_NOT_FOUND"),
    ),
    (
        "invalid org id",
        "{atlas}/orgs/not-an-id/apiKeys",
        ORG_BODY,
        404,
        Some("INVALID_ORG_ID"),
    ),
    (
        "unknown project",
        "{atlas}/groups/{zero}/apiKeys",
        PROJECT_BODY,
        404,
        Some("GROUP_NOT_FOUND"),
    ),
    (
        "invalid project id",
        "{om}/groups/XYZ/agentapikeys",
        AGENT_BODY,
        404,
        Some("INVALID_GROUP_ID"),
    ),
    (
        "unknown user",
        "{atlas}/users/{zero}/keys",
        USER_BODY,
        404,
        Some("USER_NOT_FOUND"),
    ),
    (
        "invalid user id",
        "{atlas}/users/nobody/keys",
        USER_BODY,
        404,
        Some("INVALID_USER_ID"),
    ),
    (
        "billing role on Ops Manager",
        "{om}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":["ORG_BILLING_ADMIN"]}"#,
        401,
        Some("BILLING_UNSUPPORTED"),
    ),
    (
        "Atlas-only org role on Ops Manager",
        "{om}/orgs/{org}/apiKeys",
        r#"{"desc":"x","roles":["ORG_STREAM_PROCESSING_ADMIN"]}"#,
        400,
        Some("INVALID_ENUM_VALUE"),
    ),
    (
        "Ops-Manager-only project role on Atlas",
        "{atlas}/groups/{project}/apiKeys",
        r#"{"desc":"x","roles":["GROUP_AUTOMATION_ADMIN"]}"#,
        400,
        Some("INVALID_ENUM_VALUE"),
    ),
    (
        "Atlas-only project role on Ops Manager",
        "{om}/groups/{project}/apiKeys",
        r#"{"desc":"x","roles":["GROUP_CLUSTER_MANAGER"]}"#,
        400,
        Some("INVALID_ENUM_VALUE"),
    ),
    (
        "Ops-Manager-only project role on Ops Manager",
        "{om}/groups/{project}/apiKeys",
        r#"{"desc":"x","roles":["GROUP_AUTOMATION_ADMIN"]}"#,
        200,
        None,
    ),
    (
        "bad pretty",
        "{atlas}/orgs/{org}/apiKeys?pretty=yes",
        ORG_BODY,
        400,
        Some("INVALID_QUERY_PARAMETER"),
    ),
    (
        "itemsPerPage over 500",
        "{atlas}/orgs/{org}/apiKeys?itemsPerPage=501",
        ORG_BODY,
        400,
        Some("INVALID_QUERY_PARAMETER"),
    ),
    (
        "itemsPerPage over 500 (one limit on both products)",
        "{atlas}/groups/{project}/apiKeys?itemsPerPage=501",
        PROJECT_BODY,
        400,
        Some("INVALID_QUERY_PARAMETER"),
    ),
];

#[tokio::test]
async fn bad_requests_get_mongodbs_error_codes() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let description = |n| format!(r#"{{"desc":"{}","roles":["ORG_MEMBER"]}}"#, "é".repeat(n));
    for &(what, template, body, status, code) in BAD_REQUESTS {
        let url = template
            .replace("{atlas}", &e.atlas_url())
            .replace("{om}", &e.ops_manager_url())
            .replace("{org}", &f.org_id)
            .replace("{project}", &f.project_id)
            .replace("{user}", &f.user_id)
            .replace("{zero}", &"0".repeat(24));
        let body = match body {
            "LONG" => description(251),
            "MAX" => description(250),
            body => body.to_owned(),
        };
        let answer = post(&e, &url, &body).await;
        assert_eq!(answer.status, status, "{what}: {}", answer.text);
        if let Some(code) = code {
            let error = answer.json();
            assert_eq!(error["errorCode"], code, "{what}: {error}");
            assert_eq!(error["error"], status, "{what}");
            assert_matches_schema("ApiError", &error);
        }
    }
    assert_eq!(
        e.stats().keys_created.org,
        1,
        "only the valid request created a key"
    );
}

/// Found with the emulator fuzz target (`fuzz/fuzz_targets/emulator.rs`): an ID that
/// percent-decodes to invalid UTF-8 was axum's plain-text 400 ("Invalid URL: Invalid UTF-8
/// in `id`"), not MongoDB's error.
#[tokio::test]
async fn ids_that_do_not_decode_get_the_invalid_id_404() {
    let e = emulator().await;
    let (base, om) = (e.atlas_url(), e.ops_manager_url());
    for (url, body, code, detail) in [
        (
            format!("{base}/orgs/%ff/apiKeys"),
            ORG_BODY,
            "INVALID_ORG_ID",
            "An invalid organization ID %ff was specified.",
        ),
        (
            format!("{base}/groups/ab%c3%28/apiKeys"),
            PROJECT_BODY,
            "INVALID_GROUP_ID",
            "An invalid group ID ab%c3%28 was specified.",
        ),
        (
            format!("{om}/groups/%80/agentapikeys"),
            AGENT_BODY,
            "INVALID_GROUP_ID",
            "An invalid group ID %80 was specified.",
        ),
        (
            format!("{base}/users/%fe%ff/keys"),
            USER_BODY,
            "INVALID_USER_ID",
            "An invalid user ID %fe%ff was specified.",
        ),
    ] {
        let answer = post(&e, &url, body).await;
        assert_eq!(answer.status, 404, "{url}: {}", answer.text);
        let error = answer.json();
        assert_eq!(
            (error["errorCode"].as_str(), error["detail"].as_str()),
            (Some(code), Some(detail)),
            "{url}: {error}"
        );
        assert_matches_schema("ApiError", &error);
    }
}

/// Found by fuzzing (`fuzz/fuzz_targets/emulator.rs`): a signed `GET` on a create operation
/// was axum's 405 with an empty body, which no client can read as MongoDB's error.
#[tokio::test]
async fn other_methods_get_a_405_in_mongodbs_error_shape() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let client = reqwest::Client::new();
    let control = format!("http://{}/_emulator/faults", e.addr());
    let mut urls: Vec<String> = operations(&e).into_iter().map(|(url, ..)| url).collect();
    urls.push(control.clone());
    for url in urls {
        for method in ["GET", "PUT", "PATCH", "DELETE", "OPTIONS"] {
            if url == control && ["GET", "DELETE"].contains(&method) {
                continue; // served
            }
            for query in ["", "?envelope=true"] {
                let url = format!("{url}{query}");
                let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
                let mut answer = client.request(method.clone(), &url).send().await.unwrap();
                if answer.status() == 401 {
                    // The API authenticates first, as for any other request.
                    assert_ne!(url, control);
                    let challenge = answer.headers()["www-authenticate"].to_str().unwrap();
                    let challenge = Challenge::parse(challenge).unwrap();
                    let target = common::target_of(&url);
                    let request = Request {
                        method: method.as_str(),
                        uri: &target,
                        body: b"",
                    };
                    let auth = challenge.sign(&f.username, &f.api_key, &request, 1, "0a4f113b");
                    answer = client
                        .request(method.clone(), &url)
                        .header("authorization", auth.to_string())
                        .send()
                        .await
                        .unwrap();
                }
                let status = answer.status().as_u16();
                let allow = answer.headers().get("allow").cloned();
                let json: Value = answer
                    .json()
                    .await
                    .unwrap_or_else(|e| panic!("{method} {url}: a body that is not JSON ({e})"));
                let path = url.strip_prefix(&format!("http://{}", e.addr())).unwrap();
                let path = path.split('?').next().unwrap();
                let error = json!({
                    "detail": format!("The method {method} is not allowed on resource {path}."),
                    "error": 405,
                    "parameters": [method.as_str(), path],
                    "reason": "Method Not Allowed",
                });
                if query.is_empty() {
                    assert_eq!(status, 405, "{method} {url}");
                    assert_eq!(json, error, "{method} {url}");
                    assert_matches_schema("ApiError", &json);
                    let allow = allow.unwrap_or_else(|| panic!("{method} {url}: no Allow"));
                    assert!(allow.to_str().unwrap().contains("POST"), "{allow:?}");
                } else {
                    assert_eq!(status, 200, "{method} {url}");
                    assert_eq!(json, json!({"status": 405, "content": error}));
                }
            }
        }
    }
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
                    assert_eq!(answer.status, 200, "{what}");
                    assert_eq!(json["status"], expected, "{what}: {json}");
                    let wrapper = if expected == 200 {
                        format!("{schema}Envelope")
                    } else {
                        "ApiErrorEnvelope".into()
                    };
                    assert_matches_schema(&wrapper, &json);
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
    let stats: Value = client
        .get(format!("http://{addr}/_emulator/stats"))
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
            "requests": 2, "challenges": 1, "staleNonces": 0, "replays": 0,
            "forbidden": 0, "rateLimited": 0, "noncesOnRecord": 1,
            "tokenRequests": 0, "bearerCalls": 0,
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
