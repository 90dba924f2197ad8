//! The emulator behaves as MongoDB does: the four operations under both base paths, digest
//! auth with the exact Atlas challenge, nonce expiry and replay refusal, MongoDB's validation
//! and error codes, envelope and pretty, responses that match the spec.

mod common;

use common::{assert_matches_schema, digest_post, emulator, send, target_of};
use mongodb_api_keys::digest::{Algorithm, Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};

const ORG_BODY: &str = r#"{"desc":"org key","roles":["ORG_MEMBER","ORG_READ_ONLY"]}"#;
const PROJECT_BODY: &str = r#"{"desc":"project key","roles":["GROUP_READ_ONLY"]}"#;
const AGENT_BODY: &str = r#"{"desc":"agent key"}"#;
const USER_BODY: &str = r#"{"description":""}"#;

/// (path under the base URL, body, spec schema of the 200) for each operation.
fn operations(e: &Emulator) -> [(String, &'static str, &'static str); 4] {
    let f = e.fixtures();
    [
        (format!("/orgs/{}/apiKeys", f.org_id), ORG_BODY, "ApiKey"),
        (
            format!("/groups/{}/apiKeys", f.project_id),
            PROJECT_BODY,
            "ApiKey",
        ),
        (
            format!("/groups/{}/agentapikeys", f.project_id),
            AGENT_BODY,
            "AgentApiKey",
        ),
        (
            format!("/users/{}/keys", f.user_id),
            USER_BODY,
            "UserApiKey",
        ),
    ]
}

async fn post(e: &Emulator, url: &str, body: &str) -> common::Answer {
    let f = e.fixtures();
    digest_post(url, &f.username, &f.api_key, body).await
}

#[tokio::test]
async fn all_four_operations_create_keys_under_both_base_paths() {
    let e = emulator().await;
    for base in [e.atlas_url(), e.ops_manager_url()] {
        for (path, body, schema) in operations(&e) {
            let answer = post(&e, &format!("{base}{path}"), body).await;
            assert_eq!(answer.status, 200, "{path}: {}", answer.text);
            assert_eq!(answer.headers["content-type"], "application/json");
            assert_matches_schema(schema, &answer.json());
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
        (2, 2, 2, 2)
    );
    // Each call was a challenge and a signed request.
    assert_eq!((stats.requests, stats.challenges), (16, 8));
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

    let key = post(&e, &format!("{}{}", e.atlas_url(), org.0), org.1)
        .await
        .json();
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
    let key = post(
        &e,
        &format!("{}{}", e.ops_manager_url(), project.0),
        project.1,
    )
    .await
    .json();
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
            .starts_with(&format!(
                "{}/orgs/{}/apiKeys/",
                e.ops_manager_url(),
                f.org_id
            ))
    );

    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let key = post(&e, &format!("{}{}", e.atlas_url(), agent.0), agent.1)
        .await
        .json();
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

    let key = post(&e, &format!("{}{}", e.atlas_url(), user.0), user.1)
        .await
        .json();
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
async fn a_new_key_authenticates_and_personal_keys_need_their_user() {
    let e = emulator().await;
    let [org, _, agent, user] = operations(&e);
    let key = post(&e, &format!("{}{}", e.atlas_url(), org.0), org.1)
        .await
        .json();
    let (public, private) = (
        key["publicKey"].as_str().unwrap(),
        key["privateKey"].as_str().unwrap(),
    );
    let answer = digest_post(
        &format!("{}{}", e.atlas_url(), agent.0),
        public,
        private,
        agent.1,
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!(
        answer.json()["createdUserId"],
        Value::Null,
        "an API key is not a user"
    );
    // Only the user can create its personal keys.
    let answer = digest_post(
        &format!("{}{}", e.atlas_url(), user.0),
        public,
        private,
        user.1,
    )
    .await;
    assert_eq!(
        (answer.status, answer.json()["errorCode"].as_str()),
        (401, Some("USER_UNAUTHORIZED"))
    );
    assert!(
        answer.headers.get("www-authenticate").is_none(),
        "authenticated; not a challenge"
    );
    // A personal key created by the user authenticates as the user.
    let personal = post(&e, &format!("{}{}", e.atlas_url(), user.0), user.1)
        .await
        .json();
    let username = &e.fixtures().username;
    let answer = digest_post(
        &format!("{}{}", e.atlas_url(), user.0),
        username,
        personal["key"].as_str().unwrap(),
        user.1,
    )
    .await;
    assert_eq!(answer.status, 200, "{}", answer.text);
}

#[tokio::test]
async fn wrong_credentials_get_the_exact_atlas_challenge_and_a_json_body() {
    let e = emulator().await;
    for (path, body, _) in operations(&e) {
        let answer = digest_post(
            &format!("{}{path}?envelope=true&pretty=true", e.atlas_url()),
            &e.fixtures().username,
            "wrong",
            body,
        )
        .await;
        assert_eq!(
            answer.status, 401,
            "a challenge is never enveloped: {}",
            answer.text
        );
        let challenge = answer.challenge();
        let nonce = Challenge::parse(challenge).unwrap().nonce;
        assert_eq!(
            challenge,
            format!(
                r#"Digest realm="MMS Public API", domain="", nonce="{nonce}", algorithm=MD5, qop="auth", stale=false"#
            )
        );
        assert!(
            nonce.len() == 32
                && nonce
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
        );
        assert_eq!(
            answer.headers["content-type"],
            "application/json;charset=ISO-8859-1"
        );
        assert_eq!(
            answer.json(),
            json!({"detail": "You are not authorized for this resource.", "error": 401, "reason": "Unauthorized"})
        );
        assert_matches_schema("ApiError", &answer.json());
    }
    let unknown_user = digest_post(
        &format!("{}{}", e.atlas_url(), operations(&e)[0].0),
        "nobody",
        "x",
        ORG_BODY,
    )
    .await;
    assert_eq!(unknown_user.status, 401);
    assert_eq!(e.stats().keys_created, Default::default());
}

/// Signs with the nonce of a fresh challenge, choosing nc and the request-target.
async fn signed(
    e: &Emulator,
    url: &str,
    sign_uri: &str,
    nc: u32,
    nonce: Option<&Challenge>,
) -> (common::Answer, Challenge) {
    let client = common::http();
    let challenge = match nonce {
        Some(c) => c.clone(),
        None => Challenge::parse(send(&client, url, ORG_BODY, None).await.challenge()).unwrap(),
    };
    let request = Request {
        method: "POST",
        uri: sign_uri,
        body: ORG_BODY.as_bytes(),
    };
    let f = e.fixtures();
    let auth = challenge.sign(&f.username, &f.api_key, &request, nc, "c0ffee");
    (
        send(&client, url, ORG_BODY, Some(auth.to_string())).await,
        challenge,
    )
}

#[tokio::test]
async fn each_nonce_count_is_accepted_once_and_expired_nonces_are_stale() {
    let e = emulator().await;
    let url = format!("{}{}", e.atlas_url(), operations(&e)[0].0);
    let target = target_of(&url);
    let (first, challenge) = signed(&e, &url, &target, 1, None).await;
    assert_eq!(first.status, 200);
    let (replay, _) = signed(&e, &url, &target, 1, Some(&challenge)).await;
    assert_eq!(
        replay.status, 401,
        "the same (nonce, nc) must not be accepted twice"
    );
    assert_eq!(e.stats().replays, 1);
    let (next, _) = signed(&e, &url, &target, 2, Some(&challenge)).await;
    assert_eq!(next.status, 200, "the next count on the same nonce is fine");

    e.expire_nonces();
    let (expired, _) = signed(&e, &url, &target, 3, Some(&challenge)).await;
    assert_eq!(expired.status, 401);
    let fresh = Challenge::parse(expired.challenge()).unwrap();
    assert!(fresh.stale, "{}", expired.challenge());
    assert_ne!(fresh.nonce, challenge.nonce);
    assert_eq!(e.stats().stale_nonces, 1);
    let (recovered, _) = signed(&e, &url, &target, 1, Some(&fresh)).await;
    assert_eq!(recovered.status, 200);

    // nc=00000000 is refused, as Atlas does.
    let (zero, _) = signed(&e, &url, &target, 0, None).await;
    assert_eq!(zero.status, 401);
    // The signed uri must be the request-target actually sent.
    let (moved, _) = signed(&e, &url, &format!("{target}?pretty=true"), 1, None).await;
    assert_eq!(moved.status, 401);
    assert_eq!(e.stats().keys_created.org, 3);
}

#[tokio::test]
async fn nonces_expire_after_their_lifetime() {
    let config = Config {
        nonce_lifetime: std::time::Duration::from_millis(300),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = format!("{}{}", e.atlas_url(), operations(&e)[0].0);
    let (first, challenge) = signed(&e, &url, &target_of(&url), 1, None).await;
    assert_eq!(first.status, 200);
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let (late, _) = signed(&e, &url, &target_of(&url), 2, Some(&challenge)).await;
    assert!(Challenge::parse(late.challenge()).unwrap().stale);
}

#[tokio::test]
async fn the_challenged_algorithm_is_the_only_one_accepted() {
    let config = Config {
        algorithm: Algorithm::Sha256,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = format!("{}{}", e.atlas_url(), operations(&e)[0].0);
    let client = common::http();
    let mut challenge =
        Challenge::parse(send(&client, &url, ORG_BODY, None).await.challenge()).unwrap();
    assert_eq!(challenge.algorithm, Algorithm::Sha256);
    challenge.algorithm = Algorithm::Md5;
    let request = Request {
        method: "POST",
        uri: &target_of(&url),
        body: ORG_BODY.as_bytes(),
    };
    let auth = challenge.sign(
        &e.fixtures().username,
        &e.fixtures().api_key,
        &request,
        1,
        "c",
    );
    assert_eq!(
        send(&client, &url, ORG_BODY, Some(auth.to_string()))
            .await
            .status,
        401
    );
    assert_eq!(
        post(&e, &url, ORG_BODY).await.status,
        200,
        "SHA-256 as challenged works"
    );
}

#[tokio::test]
async fn bad_requests_get_mongodbs_error_codes() {
    let e = emulator().await;
    let f = e.fixtures().clone();
    let base = e.atlas_url();
    let org = format!("{base}/orgs/{}/apiKeys", f.org_id);
    let project = format!("{base}/groups/{}/apiKeys", f.project_id);
    let agent = format!("{base}/groups/{}/agentapikeys", f.project_id);
    let user = format!("{base}/users/{}/keys", f.user_id);
    let long = format!(r#"{{"desc":"{}","roles":["ORG_MEMBER"]}}"#, "é".repeat(251));
    let max = format!(r#"{{"desc":"{}","roles":["ORG_MEMBER"]}}"#, "é".repeat(250));
    let cases: Vec<(&str, String, &str, u16, Option<&str>)> = vec![
        (
            "desc missing",
            org.clone(),
            r#"{"roles":["ORG_MEMBER"]}"#,
            400,
            Some("API_KEY_REQUIRES_DESCRIPTION"),
        ),
        (
            "desc empty",
            org.clone(),
            r#"{"desc":"","roles":["ORG_MEMBER"]}"#,
            400,
            Some("INVALID_API_KEY_DESC"),
        ),
        (
            "desc 251 chars",
            org.clone(),
            &long,
            400,
            Some("INVALID_API_KEY_DESC"),
        ),
        ("desc 250 chars", org.clone(), &max, 200, None),
        (
            "desc not a string",
            org.clone(),
            r#"{"desc":1,"roles":["ORG_MEMBER"]}"#,
            400,
            Some("INVALID_JSON_ATTRIBUTE"),
        ),
        (
            "roles missing",
            org.clone(),
            r#"{"desc":"x"}"#,
            400,
            Some("MISSING_API_KEY_ROLES"),
        ),
        (
            "roles empty",
            org.clone(),
            r#"{"desc":"x","roles":[]}"#,
            400,
            Some("MISSING_API_KEY_ROLES"),
        ),
        (
            "project role on org key",
            org.clone(),
            r#"{"desc":"x","roles":["GROUP_OWNER"]}"#,
            400,
            Some("INVALID_ROLE_FOR_ORG"),
        ),
        (
            "org role on project key",
            project.clone(),
            r#"{"desc":"x","roles":["ORG_OWNER"]}"#,
            400,
            Some("INVALID_ROLE_FOR_GROUP"),
        ),
        (
            "unknown role",
            org.clone(),
            r#"{"desc":"x","roles":["ORG_MEMEBR"]}"#,
            400,
            Some("INVALID_ENUM_VALUE"),
        ),
        (
            "unknown attribute",
            org.clone(),
            r#"{"desc":"x","roles":["ORG_MEMBER"],"x":1}"#,
            400,
            Some("INVALID_ATTRIBUTE"),
        ),
        (
            "malformed JSON",
            org.clone(),
            r#"{"desc":"#,
            400,
            Some("MALFORMED_JSON"),
        ),
        (
            "not an object",
            org.clone(),
            "[]",
            400,
            Some("INVALID_JSON"),
        ),
        (
            "agent desc missing",
            agent.clone(),
            "{}",
            400,
            Some("MISSING_ATTRIBUTE"),
        ),
        (
            "user description missing",
            user.clone(),
            "{}",
            400,
            Some("MISSING_ATTRIBUTE"),
        ),
        (
            "unknown org",
            format!("{base}/orgs/{}/apiKeys", "0".repeat(24)),
            ORG_BODY,
            404,
            Some("ORG_NOT_FOUND"),
        ),
        (
            "invalid org id",
            format!("{base}/orgs/not-an-id/apiKeys"),
            ORG_BODY,
            404,
            Some("INVALID_ORG_ID"),
        ),
        (
            "unknown project",
            format!("{base}/groups/{}/apiKeys", "0".repeat(24)),
            PROJECT_BODY,
            404,
            Some("GROUP_NOT_FOUND"),
        ),
        (
            "invalid project id",
            format!("{base}/groups/XYZ/agentapikeys"),
            AGENT_BODY,
            404,
            Some("INVALID_GROUP_ID"),
        ),
        (
            "unknown user",
            format!("{base}/users/{}/keys", "0".repeat(24)),
            USER_BODY,
            404,
            Some("USER_NOT_FOUND"),
        ),
        (
            "bad pretty",
            format!("{org}?pretty=yes"),
            ORG_BODY,
            400,
            Some("INVALID_QUERY_PARAMETER"),
        ),
        (
            "itemsPerPage over 500",
            format!("{org}?itemsPerPage=501"),
            ORG_BODY,
            400,
            Some("INVALID_QUERY_PARAMETER"),
        ),
        (
            "itemsPerPage over 100 (Atlas page)",
            format!("{project}?itemsPerPage=101"),
            PROJECT_BODY,
            400,
            Some("INVALID_QUERY_PARAMETER"),
        ),
    ];
    for (what, url, body, status, code) in cases {
        let answer = post(&e, &url, body).await;
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
                let url = format!(
                    "{}{path}?envelope={envelope}&pretty={pretty}",
                    e.atlas_url()
                );
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
    post(&e, &format!("{}{}", e.atlas_url(), org.0), org.1).await;
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
    assert_eq!(
        stats,
        json!({
            "requests": 2, "challenges": 1, "staleNonces": 0, "replays": 0,
            "keysCreated": {"org": 1, "project": 0, "agent": 0, "user": 0}
        })
    );
    let expired = client
        .post(format!("http://{addr}/_emulator/expire-nonces"))
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
    let url = format!("{}{}", e.atlas_url(), operations(&e)[0].0);
    let answer = send(&common::http(), &url, ORG_BODY, None).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    assert_eq!((e.stats().requests, e.stats().challenges), (1, 0));
}
