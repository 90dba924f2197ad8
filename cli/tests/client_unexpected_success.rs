//! A created key is never lost: every success the contract does not describe (another 2xx,
//! a field malformed or missing) reaches the caller with its secret, in the library as
//! `Error::UnexpectedSuccess` and on the command line as the key on stdout, exit code 9.

#[path = "../../tests/common/mod.rs"]
mod common;

use common::script::{self, Step};
use common::secrets::*;
use mongodb_api_keys::client::{Client, Error, Outcome};
use mongodb_api_keys::generated::types::OrgRole;
use serde_json::{Value, json};

/// A created key changed by `edit`.
fn key_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut key = created_key();
    edit(&mut key);
    key.to_string()
}

/// Each success the client did not expect, for an organization key.
fn org_key_variants() -> Vec<(&'static str, &'static str, String)> {
    let ok = created_key().to_string();
    vec![
        ("201 with the key", "201 Created", ok.clone()),
        ("202 with the key", "202 Accepted", ok),
        (
            "publicKey of 7",
            "200 OK",
            key_with(|k| k["publicKey"] = json!("gswvkoc")),
        ),
        (
            "publicKey of 10",
            "200 OK",
            key_with(|k| k["publicKey"] = json!("gswvkocqab")),
        ),
        (
            "id in upper case",
            "200 OK",
            key_with(|k| k["id"] = json!("5C47BA5127D9D61B9FD8A27B")),
        ),
        (
            "id not 24 hex",
            "200 OK",
            key_with(|k| k["id"] = json!("key-17")),
        ),
        (
            "desc missing",
            "200 OK",
            key_with(|k| drop(k.as_object_mut().unwrap().remove("desc"))),
        ),
        ("desc null", "200 OK", key_with(|k| k["desc"] = Value::Null)),
        (
            "malformed groupId",
            "200 OK",
            key_with(|k| k["roles"] = json!([{"groupId": "nope", "roleName": "GROUP_READ_ONLY"}])),
        ),
        (
            "roles missing",
            "200 OK",
            key_with(|k| drop(k.as_object_mut().unwrap().remove("roles"))),
        ),
        (
            "privateKey a number",
            "200 OK",
            key_with(|k| k["privateKey"] = json!(7541088080_u64)),
        ),
        (
            "privateKey an object",
            "200 OK",
            key_with(|k| k["privateKey"] = json!({"value": NEW_PRIVATE_KEY})),
        ),
        (
            "a field of the wrong type",
            "200 OK",
            key_with(|k| k["links"] = json!("not a list")),
        ),
    ]
}

/// The secret as the variant carries it (a number stays a number).
fn secret_of(body: &str) -> String {
    let value: Value = serde_json::from_str(body).unwrap();
    match &value["privateKey"] {
        Value::String(s) => s.clone(),
        Value::Object(o) => o["value"].as_str().unwrap().to_owned(),
        other => other.to_string(),
    }
}

#[tokio::test]
async fn the_library_hands_back_every_unexpected_success_whole() {
    for (name, status, body) in org_key_variants() {
        let server = script::serve(vec![Step::json(status, body.clone())]).await;
        let client = Client::builder(&server.atlas_url())
            .credentials(PUBLIC_KEY, PRIVATE_KEY)
            .build()
            .unwrap();
        let error = client
            .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
            .await
            .expect_err(name);
        let Error::UnexpectedSuccess {
            body: kept,
            operation,
            ..
        } = &error
        else {
            panic!("{name}: {error:?}");
        };
        assert_eq!(kept.expose_secret(), body, "{name}");
        assert_eq!(operation, "create_org_api_key", "{name}");
        assert_eq!(error.outcome(), Outcome::Done, "{name}");
        let secret = secret_of(&body);
        let (shown, debug) = (error.to_string(), format!("{error:?}"));
        assert!(
            !shown.contains(&secret) && !debug.contains(&secret),
            "{name}: the secret leaked into the message: {shown}"
        );
        assert!(shown.contains("created"), "{name}: {shown}");
    }
}

#[tokio::test]
async fn an_agent_key_and_a_key_with_an_access_list_are_kept_too() {
    let agent = json!({"_id": "5c47ba5127d9d61b9fd8a27b", "key": NEW_PRIVATE_KEY, "desc": "a",
                       "createdTime": 1, "createdUserId": "5c47ba5127d9d61b9fd8a27c",
                       "createdIpAddr": "192.0.2.1", "createdBy": "PUBLIC_API"});
    let server = script::serve(vec![Step::json("201 Created", agent.to_string())]).await;
    let client = Client::builder(&format!("{}/api/public/v1.0", server.origin))
        .credentials(PUBLIC_KEY, PRIVATE_KEY)
        .build()
        .unwrap();
    let error = client.create_agent_api_key(ORG, "a").await.unwrap_err();
    assert!(
        matches!(&error, Error::UnexpectedSuccess { body, .. } if body.expose_secret().contains(NEW_PRIVATE_KEY)),
        "{error:?}"
    );
    // The entries are not added to a key whose answer could not be read, and it says so.
    let server = script::serve(vec![Step::json("201 Created", created_key().to_string())]).await;
    let client = Client::builder(&server.atlas_url())
        .credentials(PUBLIC_KEY, PRIVATE_KEY)
        .build()
        .unwrap();
    let entries = ["192.0.2.1".parse().unwrap()];
    let error = client
        .create_org_api_key_with_access_list(ORG, "k", &[OrgRole::OrgMember], &entries)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::UnexpectedSuccess { .. }),
        "{error:?}"
    );
    assert!(
        error.to_string().contains("entries were not added"),
        "{error}"
    );
    assert_eq!(server.request_lines().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_prints_the_key_as_it_came_and_exits_9() {
    for (name, status, body) in org_key_variants() {
        let server = script::serve(vec![Step::json(status, body.clone())]).await;
        let base_url = server.atlas_url();
        let output = tokio::task::spawn_blocking(move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_mongodb-api-keys"))
                .args([
                    "--base-url",
                    &base_url,
                    "--output",
                    "json",
                    "org-key",
                    "create",
                ])
                .args(["--org-id", ORG, "--desc", "k", "--role", "ORG_MEMBER"])
                .env_clear()
                .env("MONGODB_ATLAS_PUBLIC_API_KEY", PUBLIC_KEY)
                .env("MONGODB_ATLAS_PRIVATE_API_KEY", PRIVATE_KEY)
                .output()
                .unwrap()
        })
        .await
        .unwrap();
        let (stdout, stderr) = (
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
        );
        assert_eq!(output.status.code(), Some(9), "{name}: {stderr}");
        let printed: Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(
            printed,
            serde_json::from_str::<Value>(&body).unwrap(),
            "{name}"
        );
        let secret = secret_of(&body);
        assert!(!stderr.contains(&secret), "{name}: {stderr}");
        assert!(
            stderr.contains("created") && stderr.contains("does not match the contract"),
            "{name}: {stderr}"
        );
    }
}
