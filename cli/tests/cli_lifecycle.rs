//! The lifecycle commands as a script would run them against the emulator: `org-key
//! list|get|update|delete`, `org-key access-list list|delete`, `project-key
//! list|assign|unassign`, `agent-key list|delete`; `--output json|table` (no secret in
//! either after creation), deletes that say when a thing was already gone, every form of
//! `--base-url`, and the API version's `Deprecation`, `Sunset` and 410.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::process::{Command, Output};

use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The binary as the fixture user at `base_url`.
async fn cli_at(e: &Emulator, base_url: &str, args: &[&str]) -> Output {
    let f = e.fixtures().clone();
    let (base_url, args) = (base_url.to_owned(), args.iter().map(|s| s.to_string()));
    let args: Vec<String> = args.collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MONGODB_ATLAS_BASE_URL", base_url)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", &f.username)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", &f.api_key)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .env("MONGODB_ATLAS_PROJECT_ID", &f.project_id)
            .output()
            .unwrap()
    })
    .await
    .unwrap()
}

/// The binary at the emulator's origin (Atlas).
async fn cli(e: &Emulator, args: &[&str]) -> Output {
    cli_at(e, &e.fixtures().origin, args).await
}

/// Its exit code 0 and stdout as JSON.
fn ok_json(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Creates an organization key with the CLI: (id, private key).
async fn create(e: &Emulator, desc: &str, extra: &[&str]) -> (String, String) {
    let mut args = vec!["org-key", "create", "--desc", desc, "--role", "ORG_MEMBER"];
    args.extend_from_slice(extra);
    let key = ok_json(&cli(e, &args).await);
    let secret = key["privateKey"].as_str().unwrap().to_owned();
    (key["id"].as_str().unwrap().to_owned(), secret)
}

#[tokio::test(flavor = "multi_thread")]
async fn org_keys_are_listed_read_updated_and_deleted_without_their_secrets() {
    let e = common::emulator().await;
    let mut made = Vec::new();
    for n in 0..3 {
        made.push(create(&e, &format!("ci run {n}"), &[]).await);
    }
    let listed = ok_json(&cli(&e, &["org-key", "list", "--output", "json"]).await);
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        made.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>()
    );
    let table = stdout(&cli(&e, &["org-key", "list", "--output", "table"]).await);
    assert!(table.starts_with("id"), "{table}");
    assert_eq!(table.lines().count(), 4, "{table}");
    for (id, secret) in &made {
        assert!(table.contains(id.as_str()), "{table}");
        let tail = &secret[secret.len() - 12..];
        assert!(!listed.to_string().contains(secret.as_str()) && !table.contains(tail));
    }
    let (id, secret) = &made[0];
    let read = ok_json(&cli(&e, &["org-key", "get", "--key-id", id]).await);
    assert_eq!(read["desc"], "ci run 0");
    assert_eq!(
        read["privateKey"],
        json!(format!("********-****-****-{}", &secret[24..]))
    );
    let get_table =
        stdout(&cli(&e, &["org-key", "get", "--key-id", id, "--output", "table"]).await);
    assert!(
        !get_table.contains("****") && get_table.contains("ci run 0"),
        "{get_table}"
    );

    let update = [
        "org-key",
        "update",
        "--key-id",
        id,
        "--desc",
        "renamed",
        "--role",
        "ORG_READ_ONLY",
    ];
    let updated = ok_json(&cli(&e, &update).await);
    assert_eq!(updated["desc"], "renamed");
    assert_eq!(updated["roles"][0]["roleName"], "ORG_READ_ONLY");
    assert_eq!(
        ok_json(&cli(&e, &["org-key", "get", "--key-id", id]).await)["desc"],
        "renamed"
    );

    let delete = ["org-key", "delete", "--key-id", id];
    assert_eq!(
        ok_json(&cli(&e, &delete).await),
        json!({"deleted": id, "alreadyGone": false})
    );
    assert_eq!(
        ok_json(&cli(&e, &delete).await),
        json!({"deleted": id, "alreadyGone": true})
    );
    let gone = stdout(&cli(&e, &[&delete[..], &["--output", "table"]].concat()).await);
    assert!(gone.contains("was already gone"), "{gone}");
    let get = cli(&e, &["org-key", "get", "--key-id", id]).await;
    assert_eq!(get.status.code(), Some(4), "{}", stderr(&get));
    assert!(
        stderr(&get).contains("API_KEY_NOT_FOUND"),
        "{}",
        stderr(&get)
    );
    let listed = ok_json(&cli(&e, &["org-key", "list"]).await);
    assert_eq!(listed.as_array().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_form_of_base_url_reaches_the_same_keys() {
    let e = common::emulator().await;
    let (id, _) = create(&e, "one", &[]).await;
    let origin = &e.fixtures().origin;
    for base in [
        origin.clone(),
        format!("{origin}/"),
        format!("{origin}/api/atlas/v1.0"),
        format!("{origin}/api/atlas/v2"),
    ] {
        let listed = ok_json(&cli_at(&e, &base, &["org-key", "list"]).await);
        assert_eq!(listed[0]["id"], id.as_str(), "{base}");
        let flag = cli_at(
            &e,
            "http://192.0.2.1:1",
            &["--base-url", &base, "org-key", "get", "--key-id", &id],
        )
        .await;
        assert_eq!(ok_json(&flag)["id"], id.as_str(), "--base-url {base}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn access_list_entries_are_listed_and_removed_one_by_one() {
    let e = common::emulator().await;
    let (id, _) = create(
        &e,
        "listed",
        &[
            "--access-list",
            "192.0.2.1",
            "--access-list",
            "198.51.100.0/24",
        ],
    )
    .await;
    let list = ["org-key", "access-list", "list", "--key-id", &id];
    let entries = ok_json(&cli(&e, &list).await);
    let blocks: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["cidrBlock"].as_str().unwrap())
        .collect();
    assert_eq!(blocks, ["192.0.2.1/32", "198.51.100.0/24"]);
    let table = stdout(&cli(&e, &[&list[..], &["--output", "table"]].concat()).await);
    assert_eq!(table.lines().count(), 3, "{table}");
    let delete = [
        "org-key",
        "access-list",
        "delete",
        "--key-id",
        &id,
        "--entry",
        "192.0.2.1",
    ];
    assert_eq!(ok_json(&cli(&e, &delete).await)["alreadyGone"], false);
    assert_eq!(ok_json(&cli(&e, &delete).await)["alreadyGone"], true);
    let entries = ok_json(&cli(&e, &list).await);
    assert_eq!(entries.as_array().unwrap().len(), 1);
    assert_eq!(entries[0]["cidrBlock"], "198.51.100.0/24");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_is_assigned_to_a_project_and_unassigned_staying_in_the_organization() {
    let e = common::emulator().await;
    let (id, _) = create(&e, "deployer", &[]).await;
    let assign = [
        "project-key",
        "assign",
        "--key-id",
        &id,
        "--role",
        "GROUP_READ_ONLY",
    ];
    assert_eq!(ok_json(&cli(&e, &assign).await)["assigned"], id.as_str());
    let listed = ok_json(&cli(&e, &["project-key", "list"]).await);
    let keys = listed.as_array().unwrap();
    assert!(keys.iter().any(|k| k["id"] == id.as_str()), "{listed}");
    let unassign = ["project-key", "unassign", "--key-id", &id];
    assert_eq!(ok_json(&cli(&e, &unassign).await)["alreadyGone"], false);
    assert_eq!(ok_json(&cli(&e, &unassign).await)["alreadyGone"], true);
    let listed = ok_json(&cli(&e, &["project-key", "list"]).await);
    assert!(
        !listed
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k["id"] == id.as_str())
    );
    let read = ok_json(&cli(&e, &["org-key", "get", "--key-id", &id]).await);
    assert_eq!(
        read["roles"],
        json!([{"orgId": e.fixtures().org_id, "roleName": "ORG_MEMBER"}])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn agent_keys_are_listed_masked_and_deleted_on_ops_manager() {
    let e = common::emulator().await;
    let om = e.ops_manager_url();
    let created = ok_json(&cli_at(&e, &om, &["agent-key", "create", "--desc", "agent 1"]).await);
    let (id, key) = (
        created["_id"].as_str().unwrap(),
        created["key"].as_str().unwrap(),
    );
    let listed = ok_json(&cli_at(&e, &om, &["agent-key", "list"]).await);
    let shown = listed[0]["key"].as_str().unwrap();
    assert_eq!(shown, mongodb_api_keys::Secret::mask_agent_key(key));
    let table = stdout(&cli_at(&e, &om, &["agent-key", "list", "--output", "table"]).await);
    assert!(!table.contains(key) && table.contains(id), "{table}");
    let delete = ["agent-key", "delete", "--key-id", id];
    assert_eq!(
        ok_json(&cli_at(&e, &om, &delete).await)["alreadyGone"],
        false
    );
    assert_eq!(
        ok_json(&cli_at(&e, &om, &delete).await)["alreadyGone"],
        true
    );
    assert_eq!(
        ok_json(&cli_at(&e, &om, &["agent-key", "list"]).await),
        json!([])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_deprecated_version_is_warned_once_a_run_and_a_sunset_one_is_a_clear_error() {
    let config = Config {
        sunsets: vec!["2023-01-01=2099-06-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let (id, _) = create(&e, "to rotate", &["--access-list", "192.0.2.1"]).await;
    // A dry run reads the key and its access list: two answers carry the headers.
    let run = cli(&e, &["org-key", "rotate", "--key-id", &id, "--dry-run"]).await;
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(stderr(&run).matches("2099").count(), 1, "{}", stderr(&run));
    assert!(stderr(&run).contains("deprecated"), "{}", stderr(&run));

    let config = Config {
        sunsets: vec!["2023-01-01=2024-06-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let run = cli(&e, &["org-key", "list"]).await;
    assert_eq!(run.status.code(), Some(4), "{}", stderr(&run));
    let message = stderr(&run);
    assert!(
        message.contains("past its sunset") && message.contains("VERSION_GONE"),
        "{message}"
    );
    assert!(
        message.contains("application/vnd.atlas.2023-01-01+json"),
        "{message}"
    );
}
