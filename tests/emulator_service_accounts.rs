//! An organization's service accounts on the emulator's Admin API v2: created with a first
//! secret that obtains tokens at once and is shown this once; read, listed and paged with
//! their secrets masked; updated and deleted (its tokens refused at once); roles checked;
//! MongoDB's limits on names, descriptions and secret lifetimes. Secrets and tokens are
//! `tests/emulator_sa_secrets.rs`; projects, access lists and Cloud Manager
//! `tests/emulator_sa_projects.rs`.

mod common;

use common::sa::{self, accounts_url, code, credentials, token, token_answer, with_token};
use common::{V2_SA, call, call_as};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};

async fn emulator() -> Emulator {
    let config = Config {
        // An Organization Read Only key: reads, never writes.
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    Emulator::start(config).await.unwrap()
}

/// Every string in `value`, however deep.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn a_new_service_account_shows_its_secret_once_and_obtains_tokens_at_once() {
    let e = emulator().await;
    let created = call(
        &e,
        "POST",
        &accounts_url(&e, false),
        Some(&sa::body("ci robot", &["ORG_READ_ONLY"], 24)),
    )
    .await;
    assert_eq!(created.status, 201, "{created:?}");
    let content_type = created.headers["content-type"].to_str().unwrap();
    assert_eq!(content_type, format!("{V2_SA};charset=utf-8"));
    let account = created.json();
    let (client_id, secret) = credentials(&account);
    assert!(
        client_id.starts_with("mdb_sa_id_") && client_id.len() == 34,
        "{client_id}"
    );
    assert!(secret.starts_with("mdb_sa_sk_"), "{secret}");
    assert_eq!(account["name"], "ci robot");
    assert_eq!(account["roles"], serde_json::json!(["ORG_READ_ONLY"]));
    let first = &account["secrets"][0];
    let tail = &secret[secret.len() - 4..];
    assert_eq!(first["maskedSecretValue"], format!("mdb_sa_sk_...{tail}"));
    let created_at = chrono::DateTime::parse_from_rfc3339(first["createdAt"].as_str().unwrap());
    let expires_at = chrono::DateTime::parse_from_rfc3339(first["expiresAt"].as_str().unwrap());
    assert_eq!((expires_at.unwrap() - created_at.unwrap()).num_hours(), 24);

    // The secret works at once: a token, and a read with it.
    let bearer = token(&e, (&client_id, &secret)).await;
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let read = with_token("GET", &own, &bearer, None).await;
    assert_eq!(read.status, 200, "{read:?}");

    // Never again: no read or list shows the secret, only its mask.
    let listed = call(&e, "GET", &accounts_url(&e, false), None).await;
    for answer in [
        read.json(),
        call(&e, "GET", &own, None).await.json(),
        listed.json(),
    ] {
        let mut all = Vec::new();
        strings(&answer, &mut all);
        assert!(!all.iter().any(|s| s.contains(&secret)), "{answer}");
        assert!(!answer.to_string().contains("\"secret\""), "{answer}");
    }
    let listed = listed.json();
    assert_eq!(
        listed["totalCount"], 2,
        "the fixture service account and this one"
    );
    assert_eq!(listed["results"][1]["clientId"], client_id.as_str());
    assert_eq!(
        listed["results"][1]["secrets"][0]["maskedSecretValue"],
        first["maskedSecretValue"]
    );
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn lists_page_as_the_key_lists_do() {
    let e = emulator().await;
    for _ in 0..4 {
        sa::create(&e, &["ORG_MEMBER"], 8).await;
    }
    let url = format!("{}?itemsPerPage=2&pageNum=2", accounts_url(&e, false));
    let page = call(&e, "GET", &url, None).await.json();
    assert_eq!(page["totalCount"], 5);
    assert_eq!(page["results"].as_array().unwrap().len(), 2);
    let rels: Vec<&str> = (page["links"].as_array().unwrap().iter())
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert!(rels.contains(&"self") && rels.contains(&"next") && rels.contains(&"previous"));
    let uncounted = format!("{}?includeCount=false", accounts_url(&e, false));
    let page = call(&e, "GET", &uncounted, None).await.json();
    assert!(page.get("totalCount").is_none(), "{page}");
    let out_of_range = format!("{}?itemsPerPage=501", accounts_url(&e, false));
    let refused = call(&e, "GET", &out_of_range, None).await;
    assert_eq!(
        (refused.status, code(&refused).as_str()),
        (400, "INVALID_QUERY_PARAMETER")
    );
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn update_replaces_what_it_names_and_its_tokens_act_with_the_new_roles() {
    let e = emulator().await;
    let account = sa::create(&e, &["ORG_OWNER"], 8).await;
    let (client_id, secret) = credentials(&account);
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let bearer = token(&e, (&client_id, &secret)).await;
    // As Organization Owner it may create.
    let made = with_token(
        "POST",
        &accounts_url(&e, false),
        &bearer,
        Some(&sa::body("x", &["ORG_MEMBER"], 8)),
    )
    .await;
    assert_eq!(made.status, 201, "{made:?}");
    let changed = call(
        &e,
        "PATCH",
        &own,
        Some(r#"{"description":"renamed","roles":["ORG_READ_ONLY"]}"#),
    )
    .await;
    assert_eq!(changed.status, 200, "{changed:?}");
    let changed = changed.json();
    assert_eq!(changed["description"], "renamed");
    assert_eq!(changed["name"], "ci", "kept");
    assert_eq!(changed["roles"], serde_json::json!(["ORG_READ_ONLY"]));
    assert!(changed["secrets"][0].get("secret").is_none(), "{changed}");
    // The same token, at once with the new roles: reads, no longer creates.
    let refused = with_token(
        "POST",
        &accounts_url(&e, false),
        &bearer,
        Some(&sa::body("x", &["ORG_MEMBER"], 8)),
    )
    .await;
    assert_eq!(
        (refused.status, code(&refused).as_str()),
        (401, "NOT_ORG_OWNER")
    );
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 200);
    // Nothing to change, or a null, or a role of a project: refused.
    for body in [
        r#"{"name":null}"#,
        r#"{"roles":[]}"#,
        r#"{"roles":["GROUP_OWNER"]}"#,
    ] {
        let refused = call(&e, "PATCH", &own, Some(body)).await;
        assert_eq!(refused.status, 400, "{body}: {refused:?}");
    }
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_deleted_service_account_and_its_tokens_stop_working_at_once() {
    let e = emulator().await;
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8).await;
    let (client_id, secret) = credentials(&account);
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let bearer = token(&e, (&client_id, &secret)).await;
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 200);
    let deleted = call(&e, "DELETE", &own, None).await;
    assert_eq!(deleted.status, 204, "{deleted:?}");
    let refused = with_token("GET", &accounts_url(&e, false), &bearer, None).await;
    assert_eq!(refused.status, 401, "{refused:?}");
    let refused = token_answer(&e, (&client_id, &secret)).await;
    assert_eq!(refused.status, 401, "{refused:?}");
    assert_eq!(refused.json()["error"], "invalid_client");
    for method in ["GET", "DELETE"] {
        let gone = call(&e, method, &own, None).await;
        assert_eq!(
            (gone.status, code(&gone).as_str()),
            (404, "RESOURCE_NOT_FOUND")
        );
        let path = own.trim_start_matches(&e.origin());
        assert_eq!(gone.json()["parameters"], serde_json::json!([path]));
    }
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn reads_take_any_organization_role_and_writes_the_owner() {
    let e = emulator().await;
    let account = sa::create(&e, &["ORG_MEMBER"], 8).await;
    let (client_id, _) = credentials(&account);
    let key = &e.fixtures().keys[0];
    let reader = (key.public_key.as_str(), key.private_key.as_str());
    let list = accounts_url(&e, false);
    let own = format!("{list}/{client_id}");
    let as_reader = |method: &'static str, url: String, body: Option<String>| async move {
        call_as(method, &url, reader, body.as_deref()).await
    };
    for url in [
        list.clone(),
        own.clone(),
        format!("{own}/accessList"),
        format!("{own}/groups"),
    ] {
        let read = as_reader("GET", url.clone(), None).await;
        assert_eq!(read.status, 200, "{url}: {read:?}");
    }
    let writes = [
        (
            "POST",
            list.clone(),
            Some(sa::body("x", &["ORG_MEMBER"], 8)),
        ),
        (
            "PATCH",
            own.clone(),
            Some(r#"{"description":"x"}"#.to_owned()),
        ),
        (
            "POST",
            format!("{own}/secrets"),
            Some(r#"{"secretExpiresAfterHours":8}"#.to_owned()),
        ),
        (
            "POST",
            format!("{own}/accessList"),
            Some(r#"[{"ipAddress":"192.0.2.1"}]"#.to_owned()),
        ),
        ("DELETE", format!("{own}/accessList/192.0.2.1"), None),
        (
            "DELETE",
            format!(
                "{own}/secrets/{}",
                account["secrets"][0]["id"].as_str().unwrap()
            ),
            None,
        ),
        ("DELETE", own.clone(), None),
    ];
    for (method, url, body) in writes {
        let refused = as_reader(method, url.clone(), body).await;
        assert_eq!(
            (refused.status, code(&refused).as_str()),
            (401, "NOT_ORG_OWNER"),
            "{method} {url}"
        );
    }
    // Nothing changed.
    let still = call(&e, "GET", &own, None).await.json();
    assert_eq!(still["secrets"].as_array().unwrap().len(), 1);
    e.shutdown().await.unwrap();
}

/// A valid create body changed by `patch` (a `null` there removes the field).
fn patched(patch: Value) -> String {
    let mut body = serde_json::json!({
        "name": "ok", "description": "ok", "roles": ["ORG_MEMBER"], "secretExpiresAfterHours": 8,
    });
    for (name, value) in patch.as_object().unwrap() {
        match value {
            Value::Null => body.as_object_mut().unwrap().remove(name),
            _ => body
                .as_object_mut()
                .unwrap()
                .insert(name.clone(), value.clone()),
        };
    }
    body.to_string()
}

#[tokio::test]
async fn names_descriptions_and_lifetimes_are_taken_up_to_mongodb_bounds() {
    let e = emulator().await;
    let url = accounts_url(&e, false);
    let accepted = [
        json!({"name": "é".repeat(64), "description": "é".repeat(250)}),
        json!({"name": "Équipe d'intégration, v2.0_ -x", "secretExpiresAfterHours": 8760}),
        json!({"name": "٣ 漢字", "roles": ["ORG_MEMBER", "ORG_MEMBER", "ORG_OWNER"]}),
    ];
    for patch in accepted {
        let answer = call(&e, "POST", &url, Some(&patched(patch))).await;
        assert_eq!(answer.status, 201, "{answer:?}");
    }
    let listed = call(&e, "GET", &url, None).await.json();
    assert_eq!(listed["totalCount"], 4, "the fixture's and the three");
    // A role given twice is held once.
    assert_eq!(
        listed["results"][3]["roles"],
        json!(["ORG_MEMBER", "ORG_OWNER"])
    );
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn names_descriptions_roles_and_lifetimes_past_mongodb_bounds_are_refused() {
    let e = emulator().await;
    let url = accounts_url(&e, false);
    let refused = [
        (json!({"name": "é".repeat(65)}), "VALIDATION_ERROR", "name"),
        (json!({"name": ""}), "VALIDATION_ERROR", "name"),
        (json!({"name": "a/b"}), "VALIDATION_ERROR", "name"),
        (
            json!({"description": "é".repeat(251)}),
            "VALIDATION_ERROR",
            "description",
        ),
        (
            json!({"description": "<script>"}),
            "VALIDATION_ERROR",
            "description",
        ),
        (json!({"roles": []}), "VALIDATION_ERROR", "roles"),
        (
            json!({"roles": ["GROUP_OWNER"]}),
            "INVALID_ROLE_FOR_ORG",
            "",
        ),
        (json!({"roles": ["KING"]}), "INVALID_ENUM_VALUE", ""),
        (
            json!({"secretExpiresAfterHours": 7}),
            "VALIDATION_ERROR",
            "secretExpiresAfterHours",
        ),
        (
            json!({"secretExpiresAfterHours": 8761}),
            "VALIDATION_ERROR",
            "secretExpiresAfterHours",
        ),
        (
            json!({"secretExpiresAfterHours": 8.5}),
            "INVALID_JSON_ATTRIBUTE",
            "",
        ),
        (
            json!({"secretExpiresAfterHours": "8"}),
            "INVALID_JSON_ATTRIBUTE",
            "",
        ),
        (
            json!({"secretExpiresAfterHours": null}),
            "MISSING_ATTRIBUTE",
            "",
        ),
    ];
    for (patch, expected, field) in refused {
        let text = patched(patch);
        let answer = call(&e, "POST", &url, Some(&text)).await;
        let got = (answer.status, code(&answer));
        assert_eq!(got, (400, expected.to_owned()), "{text}: {answer:?}");
        if !field.is_empty() {
            assert_eq!(answer.json()["parameters"][0], field, "{text}");
        }
    }
    let lifetime = patched(json!({"secretExpiresAfterHours": 8761}));
    let lifetime = call(&e, "POST", &url, Some(&lifetime)).await.json();
    assert_eq!(
        lifetime["detail"],
        "secretExpiresAfterHours must be 8 to 8760."
    );
    let listed = call(&e, "GET", &url, None).await.json();
    assert_eq!(listed["totalCount"], 1, "nothing made but the fixture's");
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn an_organization_holds_a_bounded_number_of_service_accounts() {
    let config = Config {
        max_service_accounts_per_org: 3,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = accounts_url(&e, false);
    let made = [
        sa::create(&e, &["ORG_MEMBER"], 8).await,
        sa::create(&e, &["ORG_MEMBER"], 8).await,
    ];
    let refused = call(&e, "POST", &url, Some(&sa::body("x", &["ORG_MEMBER"], 8))).await;
    assert_eq!(
        (refused.status, code(&refused).as_str()),
        (400, "EMULATOR_SERVICE_ACCOUNT_LIMIT")
    );
    // A project's count too.
    let project = call(
        &e,
        "POST",
        &sa::project_url(&e),
        Some(&sa::body("x", &["GROUP_READ_ONLY"], 8)),
    )
    .await;
    assert_eq!(project.status, 400, "{project:?}");
    let (client_id, _) = credentials(&made[0]);
    assert_eq!(
        call(&e, "DELETE", &format!("{url}/{client_id}"), None)
            .await
            .status,
        204
    );
    assert_eq!(
        call(&e, "POST", &url, Some(&sa::body("x", &["ORG_MEMBER"], 8)))
            .await
            .status,
        201
    );
    assert_eq!(call(&e, "GET", &url, None).await.json()["totalCount"], 3);
    e.shutdown().await.unwrap();
}
