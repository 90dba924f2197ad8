//! The emulator refuses what MongoDB refuses, with MongoDB's status, error code and error
//! shape: bad bodies and query parameters, unknown and undecodable IDs, and methods an
//! operation does not have.

mod common;

use common::{
    AGENT_BODY, ORG_BODY, PROJECT_BODY, USER_BODY, assert_matches_schema, emulator, operations,
    post,
};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator, Fixtures};
use serde_json::{Value, json};

/// (what, URL template, body, status, errorCode) of requests MongoDB refuses. In templates,
/// `{atlas}`/`{om}` are the base URLs, `{org}`/`{project}`/`{user}` the fixture IDs, `{key}` a
/// fixture organization key's, `{zero}`
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
        "pretty=yes, read as Java reads a boolean: false, not refused",
        "{atlas}/orgs/{org}/apiKeys?pretty=yes&envelope=1",
        ORG_BODY,
        200,
        None,
    ),
    (
        "desc with a control character",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"a\u001b[2Jb","roles":["ORG_MEMBER"]}"#,
        400,
        Some("INVALID_API_KEY_DESC"),
    ),
    (
        "desc of a line break only",
        "{atlas}/groups/{project}/apiKeys",
        r#"{"desc":"\n","roles":["GROUP_READ_ONLY"]}"#,
        400,
        Some("INVALID_API_KEY_DESC"),
    ),
    (
        "desc with a C1 control (NEL)",
        "{om}/orgs/{org}/apiKeys",
        r#"{"desc":"x\u0085","roles":["ORG_MEMBER"]}"#,
        400,
        Some("INVALID_API_KEY_DESC"),
    ),
    (
        "a member named twice (the last would win in serde_json)",
        "{atlas}/orgs/{org}/apiKeys",
        r#"{"desc":"","desc":"x","roles":["ORG_MEMBER"]}"#,
        400,
        Some("MALFORMED_JSON"),
    ),
    (
        "a member named twice, nested in an access-list entry",
        "{atlas}/orgs/{org}/apiKeys/{key}/accessList",
        r#"[{"ipAddress":"192.0.2.1","ipAddress":"192.0.2.2"}]"#,
        400,
        Some("MALFORMED_JSON"),
    ),
    (
        "a member named twice in the agent key's body",
        "{om}/groups/{project}/agentapikeys",
        r#"{"desc":"a","desc":"b"}"#,
        400,
        Some("MALFORMED_JSON"),
    ),
    (
        "list parameters on a create, which documents none: ignored, as MongoDB ignores them",
        "{atlas}/orgs/{org}/apiKeys?itemsPerPage=501&pageNum=0",
        ORG_BODY,
        200,
        None,
    ),
];

#[tokio::test]
async fn bad_requests_get_mongodbs_error_codes() {
    let config = Config {
        fixture_keys: vec![vec!["ORG_MEMBER".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let description = |n| format!(r#"{{"desc":"{}","roles":["ORG_MEMBER"]}}"#, "é".repeat(n));
    for &(what, template, body, status, code) in BAD_REQUESTS {
        let url = template
            .replace("{atlas}", &e.atlas_url())
            .replace("{om}", &e.ops_manager_url())
            .replace("{org}", &f.org_id)
            .replace("{project}", &f.project_id)
            .replace("{user}", &f.user_id)
            .replace("{key}", &f.keys[0].id)
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
        3,
        "only the valid requests created a key"
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

/// The same request, signed with the fixture user's credentials for the challenge it got.
async fn signed_again(
    client: &reqwest::Client,
    method: &reqwest::Method,
    url: &str,
    challenged: &reqwest::Response,
    f: &Fixtures,
) -> reqwest::Response {
    let challenge = challenged.headers()["www-authenticate"].to_str().unwrap();
    let challenge = Challenge::parse(challenge).unwrap();
    let target = common::target_of(url);
    let request = Request {
        method: method.as_str(),
        uri: &target,
        body: b"",
    };
    let auth = challenge.sign(&f.username, &f.api_key, &request, 1, "0a4f113b");
    client
        .request(method.clone(), url)
        .header("authorization", auth.to_string())
        .send()
        .await
        .unwrap()
}

/// MongoDB's 405 for `method` on `path`.
fn method_not_allowed(method: &reqwest::Method, path: &str) -> Value {
    json!({
        "detail": format!("The method {method} is not allowed on resource {path}."),
        "error": 405,
        "parameters": [method.as_str(), path],
        "reason": "Method Not Allowed",
    })
}

/// Found by fuzzing (`fuzz/fuzz_targets/emulator.rs`): a signed `GET` on a create operation
/// was axum's 405 with an empty body, which no client can read as MongoDB's error.
#[tokio::test]
async fn other_methods_get_a_405_in_mongodbs_error_shape() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let client = reqwest::Client::new();
    let control = format!("http://{}/_emulator/faults", e.addr());
    // Each URL with the methods it serves (`Allow` names them).
    let mut urls: Vec<(String, &[&str])> = operations(&e)
        .into_iter()
        .map(|(url, ..)| {
            let served: &[&str] = if url.ends_with("/agentapikeys") {
                &["GET", "POST"]
            } else {
                &["POST"]
            };
            (url, served)
        })
        .collect();
    urls.push((control.clone(), &["GET", "POST", "DELETE"]));
    for (url, served) in urls {
        for method in ["GET", "PUT", "PATCH", "DELETE", "OPTIONS"] {
            if served.contains(&method) {
                continue;
            }
            for query in ["", "?envelope=true"] {
                let url = format!("{url}{query}");
                let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
                let mut answer = client.request(method.clone(), &url).send().await.unwrap();
                if url.starts_with(&control) {
                    // The control plane wants its token first, whatever the method.
                    let refused: Value = answer.json().await.unwrap();
                    let status = refused.get("status").unwrap_or(&refused["error"]);
                    assert_eq!(status, 401, "{method} {url}: {refused}");
                    let with_token = client.request(method.clone(), &url);
                    answer = with_token
                        .bearer_auth(e.control_token())
                        .send()
                        .await
                        .unwrap();
                } else if answer.status() == 401 {
                    // The API authenticates first, as for any other request.
                    answer = signed_again(&client, &method, &url, &answer, &f).await;
                }
                let status = answer.status().as_u16();
                let allow = answer.headers().get("allow").cloned();
                let json: Value = answer
                    .json()
                    .await
                    .unwrap_or_else(|e| panic!("{method} {url}: a body that is not JSON ({e})"));
                let path = url.strip_prefix(&format!("http://{}", e.addr())).unwrap();
                let path = path.split('?').next().unwrap();
                let error = method_not_allowed(&method, path);
                if query.is_empty() {
                    assert_eq!(status, 405, "{method} {url}");
                    assert_eq!(json, error, "{method} {url}");
                    assert_matches_schema("ApiError", &json);
                    let allow = allow.unwrap_or_else(|| panic!("{method} {url}: no Allow"));
                    for method in served {
                        assert!(allow.to_str().unwrap().contains(method), "{allow:?}");
                    }
                } else {
                    assert_eq!(status, 200, "{method} {url}");
                    assert_eq!(json, json!({"status": 405, "content": error}));
                }
            }
        }
    }
}
