//! The life of an organization API key on the emulator, as MongoDB keeps it: created, read
//! back with its private key masked, listed, changed (its new roles effective on its next
//! request), assigned to a project and unassigned (staying in the organization), deleted
//! (refused at once, even with a nonce it already holds), on the Admin API v2 and on Ops
//! Manager; who may do each. Lists and their pages, access-list entries and agent keys:
//! `emulator_lists.rs`; API versions: `emulator_versions.rs`.

mod common;

use common::{Answer, ORG_BODY, PROJECT_BODY, call, call_as};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};

/// `/orgs/{orgId}/apiKeys` of the fixture organization under the API at `prefix`.
fn org_keys(e: &Emulator, prefix: &str) -> String {
    format!(
        "{}{prefix}/orgs/{}/apiKeys",
        e.origin(),
        e.fixtures().org_id
    )
}

/// `/groups/{groupId}/apiKeys` of the fixture project on the Admin API v2.
fn project_keys(e: &Emulator) -> String {
    let project = &e.fixtures().project_id;
    format!("{}/api/atlas/v2/groups/{project}/apiKeys", e.origin())
}

/// A key's credentials.
fn credentials(key: &Value) -> (String, String) {
    let field = |name: &str| key[name].as_str().unwrap().to_owned();
    (field("publicKey"), field("privateKey"))
}

/// (status, errorCode) of an answer.
fn outcome(answer: &Answer) -> (u16, String) {
    let code = serde_json::from_str::<Value>(&answer.text)
        .ok()
        .and_then(|v| v["errorCode"].as_str().map(str::to_owned));
    (answer.status, code.unwrap_or_default())
}

/// The role names of a key, sorted.
fn roles(key: &Value) -> Vec<String> {
    let mut names: Vec<String> = key["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let scope = if r.get("groupId").is_some() {
                "project"
            } else {
                "org"
            };
            format!("{scope}:{}", r["roleName"].as_str().unwrap())
        })
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn a_key_is_read_back_masked_changed_and_deleted_and_refused_at_once() {
    let e = common::emulator().await;
    for prefix in ["/api/atlas/v2", "/api/public/v1.0"] {
        let keys = org_keys(&e, prefix);
        let created = call(
            &e,
            "POST",
            &keys,
            Some(r#"{"desc":"k","roles":["ORG_MEMBER"]}"#),
        )
        .await;
        assert_eq!(created.status, 200, "{}", created.text);
        let key = created.json();
        let (public, private) = credentials(&key);
        let id = key["id"].as_str().unwrap().to_owned();
        let url = format!("{keys}/{id}");
        let self_link = key["links"][0]["href"].as_str().unwrap();
        assert_eq!(self_link, url, "{prefix}");

        // Read back: the private key masked as MongoDB masks it, everything else as created.
        let read = call(&e, "GET", &url, None).await.json();
        let masked = format!("********-****-****-{}", &private[24..]);
        assert_eq!(read["privateKey"], masked, "{prefix}");
        let mut expected = key.clone();
        expected["privateKey"] = json!(masked);
        assert_eq!(read, expected, "{prefix}");
        assert!(!call(&e, "GET", &keys, None).await.text.contains(&private));

        // The key may not create keys as a member; made an owner, it may, at once.
        let own = (public.as_str(), private.as_str());
        let refused = call_as("POST", &keys, own, Some(ORG_BODY)).await;
        assert_eq!(outcome(&refused), (401, "NOT_ORG_OWNER".into()), "{prefix}");
        let change = r#"{"desc":"renamed","roles":["ORG_OWNER"]}"#;
        let changed = call(&e, "PATCH", &url, Some(change)).await.json();
        assert_eq!(
            (changed["desc"].as_str(), roles(&changed)),
            (Some("renamed"), vec!["org:ORG_OWNER".to_owned()])
        );
        assert_eq!(changed["privateKey"], masked);
        assert_eq!(
            call_as("POST", &keys, own, Some(ORG_BODY)).await.status,
            200
        );

        // Deleted: 204 on v2, 200 without a body on Ops Manager; gone for reads; and its own
        // next request is a challenge, whatever it signs with.
        let deleted = call(&e, "DELETE", &url, None).await;
        let status = if prefix.contains("v2") { 204 } else { 200 };
        assert_eq!(
            (deleted.status, deleted.text.as_str()),
            (status, ""),
            "{prefix}"
        );
        for method in ["GET", "DELETE"] {
            let gone = call(&e, method, &url, None).await;
            assert_eq!(
                outcome(&gone),
                (404, "API_KEY_NOT_FOUND".into()),
                "{method} {prefix}"
            );
        }
        let refused = call_as("GET", &keys, own, None).await;
        assert_eq!(refused.status, 401, "{prefix}");
        assert!(refused.headers.contains_key("www-authenticate"));
    }
}

/// A nonce the key already holds, with a count the server has not seen, is refused once the
/// key is deleted: nothing of the key outlives its delete.
#[tokio::test]
async fn a_deleted_keys_digest_session_in_flight_is_refused() {
    let e = common::emulator().await;
    let keys = org_keys(&e, "/api/public/v1.0");
    let key = call(&e, "POST", &keys, Some(ORG_BODY)).await.json();
    let (public, private) = credentials(&key);
    let client = common::http();
    let first = client.get(&keys).send().await.unwrap();
    let challenge = first.headers()["www-authenticate"].to_str().unwrap();
    let challenge = Challenge::parse(challenge).unwrap();
    let target = common::target_of(&keys);
    let request = Request {
        method: "GET",
        uri: &target,
        body: b"",
    };
    let signed = |nc: u32| {
        let auth = challenge.sign(&public, &private, &request, nc, "0a4f113b");
        client
            .get(&keys)
            .header("authorization", auth.to_string())
            .send()
    };
    assert_eq!(signed(1).await.unwrap().status(), 200, "the session works");
    let url = format!("{keys}/{}", key["id"].as_str().unwrap());
    assert_eq!(call(&e, "DELETE", &url, None).await.status, 200);
    let after = signed(2).await.unwrap();
    assert_eq!(after.status(), 401);
    let challenge = after.headers()["www-authenticate"].to_str().unwrap();
    assert!(challenge.contains("stale=false"), "{challenge}");
    // The create's, the session's, the delete's, and the refusal.
    assert_eq!(e.stats().challenges, 4);
}

/// The IDs `listGroupApiKeys` lists for the fixture project.
async fn listed(e: &Emulator) -> Vec<String> {
    let list = call(e, "GET", &project_keys(e), None).await.json();
    let ids = list["results"].as_array().unwrap().iter();
    ids.map(|k| k["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn project_keys_are_assigned_re_roled_and_unassigned_and_stay_in_the_organization() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let created = call(&e, "POST", &project_keys(&e), Some(PROJECT_BODY))
        .await
        .json();
    assert_eq!(
        roles(&created),
        ["org:ORG_MEMBER", "project:GROUP_READ_ONLY"]
    );
    let id = created["id"].as_str().unwrap();
    let in_project = format!("{}/{id}", project_keys(&e));
    let in_org = format!("{}/{id}", org_keys(&e, "/api/atlas/v2"));
    // Its links point at the organization's key, as MongoDB's do.
    assert_eq!(created["links"][0]["href"], in_org.as_str());
    assert_eq!(listed(&e).await, [id]);

    let re_roled = call(
        &e,
        "PATCH",
        &in_project,
        Some(r#"{"roles":["GROUP_OWNER"]}"#),
    )
    .await;
    assert_eq!(
        roles(&re_roled.json()),
        ["org:ORG_MEMBER", "project:GROUP_OWNER"]
    );
    // The new role works at once: a Project Owner creates agent keys.
    let agents = format!("{}/groups/{}/agentapikeys", f.ops_manager_url, f.project_id);
    let own = credentials(&created);
    let own = (own.0.as_str(), own.1.as_str());
    let agent_body = Some(common::AGENT_BODY);
    assert_eq!(call_as("POST", &agents, own, agent_body).await.status, 200);

    let unassigned = call(&e, "DELETE", &in_project, None).await;
    assert_eq!((unassigned.status, unassigned.text.as_str()), (204, ""));
    assert_eq!(listed(&e).await, Vec::<String>::new());
    let still = call(&e, "GET", &in_org, None).await.json();
    assert_eq!(
        roles(&still),
        ["org:ORG_MEMBER"],
        "it stays in the organization"
    );
    let refused = call_as("POST", &agents, own, agent_body).await;
    assert_eq!(outcome(&refused), (401, "NOT_IN_GROUP".into()));
    for (method, body) in [("DELETE", None), ("PATCH", Some(r#"{"desc":"x"}"#))] {
        let gone = call(&e, method, &in_project, body).await;
        assert_eq!(
            outcome(&gone),
            (404, "API_KEY_NOT_FOUND".into()),
            "{method}"
        );
    }

    let assigned = call(
        &e,
        "POST",
        &in_project,
        Some(r#"[{"roles":["GROUP_READ_ONLY"]}]"#),
    )
    .await;
    assert_eq!((assigned.status, assigned.text.as_str()), (204, ""));
    assert_eq!(listed(&e).await, [id]);
    // Deleting the organization's key takes it out of the project too.
    assert_eq!(call(&e, "DELETE", &in_org, None).await.status, 204);
    assert_eq!(listed(&e).await, Vec::<String>::new());
}

#[tokio::test]
async fn assignments_are_checked_as_creates_are() {
    let e = common::emulator().await;
    let created = call(&e, "POST", &project_keys(&e), Some(PROJECT_BODY))
        .await
        .json();
    let in_project = format!("{}/{}", project_keys(&e), created["id"].as_str().unwrap());
    let unknown = format!("{}/5c47ba5127d9d61b9fd8a27b", project_keys(&e));
    let assign = Some(r#"[{"roles":["GROUP_READ_ONLY"]}]"#);
    let nobody = call(&e, "POST", &unknown, assign).await;
    assert_eq!(outcome(&nobody), (404, "API_KEY_NOT_FOUND".into()));
    for (body, code) in [
        (r#"[]"#, "INVALID_JSON"),
        (
            r#"[{"roles":["GROUP_OWNER"]},{"roles":["GROUP_OWNER"]}]"#,
            "INVALID_JSON",
        ),
        (r#"{"roles":["GROUP_OWNER"]}"#, "INVALID_JSON"),
        (r#"[{"roles":[]}]"#, "MISSING_API_KEY_ROLES"),
        (r#"[{"roles":["ORG_OWNER"]}]"#, "INVALID_ROLE_FOR_GROUP"),
        (
            r#"[{"roles":["GROUP_AUTOMATION_ADMIN"]}]"#,
            "INVALID_ENUM_VALUE",
        ),
        (
            r#"[{"roles":["GROUP_OWNER"],"userId":"x"}]"#,
            "INVALID_ATTRIBUTE",
        ),
    ] {
        let refused = call(&e, "POST", &in_project, Some(body)).await;
        assert_eq!(outcome(&refused), (400, code.into()), "{body}");
    }
    let unchanged = call(&e, "GET", &project_keys(&e), None).await.json();
    assert_eq!(
        roles(&unchanged["results"][0]),
        ["org:ORG_MEMBER", "project:GROUP_READ_ONLY"]
    );
}

#[tokio::test]
async fn who_may_read_change_and_delete_keys() {
    let config = Config {
        fixture_keys: vec![
            vec!["ORG_READ_ONLY".into()],
            vec!["GROUP_READ_ONLY".into()],
            vec!["GROUP_OWNER".into()],
        ],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let as_key = |i: usize| {
        (
            f.keys[i].public_key.as_str(),
            f.keys[i].private_key.as_str(),
        )
    };
    let keys = org_keys(&e, "/api/atlas/v2");
    let victim = call(&e, "POST", &keys, Some(ORG_BODY)).await.json();
    let url = format!("{keys}/{}", victim["id"].as_str().unwrap());
    let project = project_keys(&e);
    let in_project = format!("{project}/{}", victim["id"].as_str().unwrap());
    // (who, method, URL, body, status, errorCode): members read the organization's keys, only
    // owners change them; any role in the project reads its keys, its owners change them.
    type Case<'a> = (
        (&'a str, &'a str),
        &'a str,
        &'a str,
        Option<&'a str>,
        u16,
        &'a str,
    );
    let cases: [Case; 9] = [
        (as_key(0), "GET", &keys, None, 200, ""),
        (as_key(0), "GET", &url, None, 200, ""),
        (
            as_key(0),
            "PATCH",
            &url,
            Some(r#"{"desc":"x"}"#),
            401,
            "NOT_ORG_OWNER",
        ),
        (as_key(0), "DELETE", &url, None, 401, "NOT_ORG_OWNER"),
        (as_key(0), "GET", &project, None, 401, "NOT_IN_GROUP"),
        (as_key(1), "GET", &project, None, 200, ""),
        (
            as_key(1),
            "POST",
            &in_project,
            Some(r#"[{"roles":["GROUP_OWNER"]}]"#),
            401,
            "USER_UNAUTHORIZED",
        ),
        (
            as_key(2),
            "POST",
            &in_project,
            Some(r#"[{"roles":["GROUP_READ_ONLY"]}]"#),
            204,
            "",
        ),
        (as_key(2), "DELETE", &in_project, None, 204, ""),
    ];
    for (who, method, url, body, status, code) in cases {
        let answer = call_as(method, url, who, body).await;
        assert_eq!(
            outcome(&answer),
            (status, code.into()),
            "{method} {url} as {}",
            who.0
        );
    }
    assert_eq!(e.stats().forbidden, 4, "each 401 for a role counted");
}

#[tokio::test]
async fn updates_are_checked_as_creates_are() {
    let e = common::emulator().await;
    for (prefix, billing) in [("/api/atlas/v2", 200), ("/api/public/v1.0", 401)] {
        let keys = org_keys(&e, prefix);
        let key = call(&e, "POST", &keys, Some(ORG_BODY)).await.json();
        let url = format!("{keys}/{}", key["id"].as_str().unwrap());
        for (body, status, code) in [
            ("{}", 400, "MISSING_ATTRIBUTE"),
            (r#"{"desc":""}"#, 400, "INVALID_API_KEY_DESC"),
            (r#"{"desc":null}"#, 400, "API_KEY_REQUIRES_DESCRIPTION"),
            (r#"{"roles":[]}"#, 400, "MISSING_API_KEY_ROLES"),
            (r#"{"roles":["GROUP_OWNER"]}"#, 400, "INVALID_ROLE_FOR_ORG"),
            (r#"{"roles":"ORG_OWNER"}"#, 400, "INVALID_JSON_ATTRIBUTE"),
            (r#"{"desc":"x","extra":1}"#, 400, "INVALID_ATTRIBUTE"),
            (r#"{"roles":["ORG_BILLING_ADMIN"]}"#, billing, ""),
        ] {
            let answer = call(&e, "PATCH", &url, Some(body)).await;
            let expected = match (status, prefix) {
                (401, _) => (401, "BILLING_UNSUPPORTED".into()),
                _ => (status, code.into()),
            };
            assert_eq!(outcome(&answer), expected, "{prefix} {body}");
        }
        let unchanged = call(&e, "GET", &url, None).await.json();
        let billing_kept = billing == 200;
        assert_eq!(unchanged["desc"], "org key");
        assert_eq!(
            roles(&unchanged).contains(&"org:ORG_BILLING_ADMIN".into()),
            billing_kept
        );
    }
}

#[tokio::test]
async fn a_deleted_key_makes_room_in_a_full_organization() {
    let config = Config {
        max_api_keys_per_org: 2,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let keys = org_keys(&e, "/api/atlas/v2");
    let first = call(&e, "POST", &keys, Some(ORG_BODY)).await.json();
    assert_eq!(
        call(&e, "POST", &project_keys(&e), Some(PROJECT_BODY))
            .await
            .status,
        200
    );
    let full = call(&e, "POST", &keys, Some(ORG_BODY)).await;
    assert_eq!(
        outcome(&full),
        (400, "MAX_API_KEYS_PER_ORG_EXCEEDED".into())
    );
    let url = format!("{keys}/{}", first["id"].as_str().unwrap());
    assert_eq!(call(&e, "DELETE", &url, None).await.status, 204);
    assert_eq!(call(&e, "POST", &keys, Some(ORG_BODY)).await.status, 200);
    let list = call(&e, "GET", &keys, None).await.json();
    assert_eq!(list["totalCount"], 2);
}
