//! `org-key migrate` against the emulator, with a fault at every step in turn (the service
//! account's create, its project, its access list, the proof, the key's delete, and the
//! clean-up of an abandoned service account). After each run: a credential the caller holds
//! works, and the exit code says which exist.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::process::{Command, Output, Stdio};

use futures_util::TryStreamExt as _;
use mongodb_api_keys::emulator::{Emulator, Fault};
use mongodb_api_keys::types::{OrgRole, ProjectRole};
use mongodb_api_keys::{AccessListEntry, Client};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The key to move: an organization owner in the fixture project, whose access list lets
/// the test in.
struct Key {
    id: String,
    public_key: String,
    private_key: String,
}

async fn key(e: &Emulator) -> Key {
    let f = e.fixtures();
    let entries: Vec<AccessListEntry> = ["127.0.0.1", "192.0.2.0/24"]
        .iter()
        .map(|t| t.parse().unwrap())
        .collect();
    let admin = common::client(e);
    let key = admin
        .create_org_api_key_with_access_list(&f.org_id, "deploy 42", &[OrgRole::OrgOwner], &entries)
        .await
        .unwrap();
    let id = key.id.to_string();
    admin
        .assign_api_key_to_project(&f.project_id, &id, &[ProjectRole::GroupReadOnly])
        .await
        .unwrap();
    Key {
        id,
        public_key: key.public_key.to_string(),
        private_key: key.private_key.expose_secret().to_owned(),
    }
}

/// `org-key migrate` as the key itself.
async fn migrate(e: &Emulator, key: &Key, extra: &[&str]) -> Output {
    let f = e.fixtures().clone();
    let mut args: Vec<String> = ["org-key", "migrate", "--key-id", &key.id]
        .map(str::to_owned)
        .into();
    args.extend(extra.iter().map(|s| s.to_string()));
    let (public, private) = (key.public_key.clone(), key.private_key.clone());
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MONGODB_ATLAS_BASE_URL", &f.origin)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", public)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", private)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
            .wait_with_output()
            .unwrap()
    })
    .await
    .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The service account in `text` (stdout, or the JSON block on stderr): client ID, secret.
fn account_in(text: &str) -> Option<(String, String)> {
    let start = text.find("{\"")?;
    let value: Value = serde_json::Deserializer::from_str(&text[start..])
        .into_iter()
        .next()?
        .ok()?;
    let secret = value["secrets"][0]["secret"].as_str()?.to_owned();
    Some((value["clientId"].as_str()?.to_owned(), secret))
}

async fn key_works(e: &Emulator, key: &Key) -> bool {
    let client = Client::builder(&e.fixtures().origin)
        .credentials(&key.public_key, &key.private_key)
        .build()
        .unwrap();
    client
        .get_org_api_key(&e.fixtures().org_id, &key.id)
        .await
        .is_ok()
}

async fn account_works(e: &Emulator, client_id: &str, secret: &str) -> bool {
    let client = common::client(e)
        .as_service_account_with(client_id, secret)
        .unwrap();
    client
        .get_service_account(&e.fixtures().org_id, client_id)
        .await
        .is_ok()
}

async fn accounts(e: &Emulator) -> Vec<String> {
    let all: Vec<_> = common::client(e)
        .list_service_accounts(&e.fixtures().org_id)
        .try_collect()
        .await
        .unwrap();
    let fixture = &e.fixtures().client_id;
    all.iter()
        .map(|a| a.client_id.to_string())
        .filter(|id| id != fixture)
        .collect()
}

fn inject(e: &Emulator, operation: &str, status: u16) {
    e.inject(Fault {
        status: Some(status),
        count: 1,
        operation: Some(operation.to_owned()),
        ..Fault::default()
    })
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_moves_to_a_service_account_with_its_roles_projects_and_access_list() {
    let e = common::emulator().await;
    let k = key(&e).await;
    let out = migrate(&e, &k, &[]).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (client_id, secret) = account_in(&text(&out.stdout)).unwrap();
    assert!(account_works(&e, &client_id, &secret).await);
    assert!(
        key_works(&e, &k).await,
        "without --delete-key the key stays"
    );
    assert!(
        text(&out.stderr).contains("--delete-key"),
        "{}",
        text(&out.stderr)
    );

    let admin = common::client(&e);
    let f = e.fixtures();
    let account = admin
        .get_service_account(&f.org_id, &client_id)
        .await
        .unwrap();
    assert_eq!(account.roles, vec!["ORG_OWNER".to_owned()]);
    assert_eq!(account.name, "deploy 42");
    let in_project = admin
        .get_project_service_account(&f.project_id, &client_id)
        .await
        .unwrap();
    assert_eq!(in_project.roles, vec!["GROUP_READ_ONLY".to_owned()]);
    let entries: Vec<_> = admin
        .list_service_account_access_list(&f.org_id, &client_id)
        .try_collect()
        .await
        .unwrap();
    let mut blocks: Vec<String> = entries.iter().map(|e| e.cidr_block.clone()).collect();
    blocks.sort();
    assert_eq!(blocks, ["127.0.0.1/32", "192.0.2.0/24"]);

    // Again with --delete-key: the key goes, once the new account is proven.
    let k = key(&e).await;
    let out = migrate(&e, &k, &["--delete-key"]).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (client_id, secret) = account_in(&text(&out.stdout)).unwrap();
    assert!(account_works(&e, &client_id, &secret).await);
    assert!(!key_works(&e, &k).await, "--delete-key deletes the key");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fault_at_any_step_leaves_a_credential_the_caller_holds_working() {
    for (operation, status, code) in [
        ("createOrgServiceAccount", 403, 8),
        ("inviteGroupServiceAccount", 500, 10),
        ("createOrgServiceAccountAccessList", 503, 10),
        ("getOrgServiceAccount", 401, 10),
    ] {
        let e = common::emulator().await;
        let k = key(&e).await;
        inject(&e, operation, status);
        let out = migrate(&e, &k, &["--delete-key"]).await;
        assert_eq!(
            out.status.code(),
            Some(code),
            "{operation}: {}",
            text(&out.stderr)
        );
        assert!(
            accounts(&e).await.is_empty(),
            "{operation}: the service account is gone again"
        );
        assert!(key_works(&e, &k).await, "{operation}: the key is untouched");
        assert!(out.stdout.is_empty(), "{operation}: {}", text(&out.stdout));
    }

    // The proof fails and the clean-up too: the account is on stderr, and works.
    let e = common::emulator().await;
    let k = key(&e).await;
    inject(&e, "getOrgServiceAccount", 401);
    inject(&e, "deleteOrgServiceAccount", 500);
    let out = migrate(&e, &k, &["--delete-key"]).await;
    assert_eq!(out.status.code(), Some(11), "{}", text(&out.stderr));
    let (client_id, secret) = account_in(&text(&out.stderr)).expect("the account on stderr");
    assert!(account_works(&e, &client_id, &secret).await);
    assert!(key_works(&e, &k).await);

    // The key's delete fails: the account is delivered, both work.
    let e = common::emulator().await;
    let k = key(&e).await;
    inject(&e, "deleteOrgApiKey", 500);
    let out = migrate(&e, &k, &["--delete-key"]).await;
    assert_eq!(out.status.code(), Some(12), "{}", text(&out.stderr));
    let (client_id, secret) = account_in(&text(&out.stdout)).unwrap();
    assert!(account_works(&e, &client_id, &secret).await);
    assert!(key_works(&e, &k).await);
}
