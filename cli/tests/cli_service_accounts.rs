//! `service-account` against the emulator: the life of a service account from the command
//! line, and `service-account secret rotate` with a fault at every step in turn (the
//! make-room delete, the create, the proof, the delivery, the old secret's delete, the
//! clean-up of an abandoned secret). After each run: a secret the caller holds works, and the
//! secrets on the server are exactly those the exit code says. `--expiring-within` writes
//! nothing when nothing expires soon, counted in the emulator's stats.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::collections::BTreeSet;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use mongodb_api_keys::emulator::{Emulator, Fault};
use mongodb_api_keys::types::OrgRole;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The CLI as the fixture organization owner (an API key), at the emulator's origin.
async fn cli(e: &Emulator, args: &[&str], stdout: Stdio) -> Output {
    let f = e.fixtures().clone();
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MONGODB_ATLAS_BASE_URL", &f.origin)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", &f.username)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", &f.api_key)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .env("MONGODB_ATLAS_PROJECT_ID", &f.project_id)
            .stdin(Stdio::null())
            .stdout(stdout)
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

fn json(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&output.stdout)))
}

/// A service account made for the test: its client ID and first secret.
struct Account {
    client_id: String,
    secret_id: String,
    secret: String,
}

async fn account(e: &Emulator) -> Account {
    let created = common::client(e)
        .create_service_account(
            &e.fixtures().org_id,
            "deployer",
            "CI deployer",
            &[OrgRole::OrgOwner],
            720,
        )
        .await
        .unwrap();
    let secret = &created.secrets[0];
    Account {
        client_id: created.client_id.to_string(),
        secret_id: secret.id.to_string(),
        secret: secret.secret.as_ref().unwrap().expose_secret().to_owned(),
    }
}

/// Whether `secret` signs `client_id` in: a token and a read made with it.
async fn works(e: &Emulator, client_id: &str, secret: &str) -> bool {
    let Ok(client) = common::client(e).as_service_account_with(client_id, secret) else {
        return false;
    };
    client
        .get_service_account(&e.fixtures().org_id, client_id)
        .await
        .is_ok()
}

/// The IDs of the service account's secrets on the server.
async fn secrets(e: &Emulator, client_id: &str) -> BTreeSet<String> {
    let account = common::client(e)
        .get_service_account(&e.fixtures().org_id, client_id)
        .await
        .unwrap();
    account.secrets.iter().map(|s| s.id.to_string()).collect()
}

fn inject(e: &Emulator, operation: &str, status: u16, skip: u32) {
    e.inject(Fault {
        status: Some(status),
        count: 1,
        skip,
        operation: Some(operation.to_owned()),
        ..Fault::default()
    })
    .unwrap();
}

/// The new secret in `text` (stdout, or the JSON block on stderr), if there is one.
fn new_secret_in(text: &str) -> Option<(String, String)> {
    let start = text.find("{\"")?;
    let value: Value = serde_json::Deserializer::from_str(&text[start..])
        .into_iter()
        .next()?
        .ok()?;
    Some((
        value["id"].as_str()?.to_owned(),
        value["secret"].as_str()?.to_owned(),
    ))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_service_account_is_created_read_updated_and_deleted_without_showing_its_secret_again() {
    let e = common::emulator().await;
    let created = cli(
        &e,
        &[
            "service-account",
            "create",
            "--name",
            "deployer",
            "--desc",
            "CI deployer",
            "--role",
            "ORG_MEMBER",
            "--access-list",
            "127.0.0.1",
        ],
        Stdio::piped(),
    )
    .await;
    let created = json(&created);
    let client_id = created["clientId"].as_str().unwrap().to_owned();
    let secret = created["secrets"][0]["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("mdb_sa_sk_"), "{created}");
    assert!(
        works(&e, &client_id, &secret).await,
        "the printed secret signs in"
    );

    let listed = json(&cli(&e, &["service-account", "list"], Stdio::piped()).await);
    let listed = listed.as_array().unwrap();
    let ours = listed
        .iter()
        .find(|a| a["clientId"] == client_id.as_str())
        .unwrap();
    assert!(
        !ours.to_string().contains(&secret),
        "a list never shows the secret: {ours}"
    );

    let got = cli(
        &e,
        &["service-account", "get", "--client-id", &client_id],
        Stdio::piped(),
    )
    .await;
    assert!(!text(&got.stdout).contains(&secret));
    let updated = cli(
        &e,
        &[
            "service-account",
            "update",
            "--client-id",
            &client_id,
            "--desc",
            "CI reader",
            "--role",
            "ORG_READ_ONLY",
        ],
        Stdio::piped(),
    )
    .await;
    let updated = json(&updated);
    assert_eq!(updated["description"], "CI reader");
    assert_eq!(updated["roles"], serde_json::json!(["ORG_READ_ONLY"]));

    let second = json(
        &cli(
            &e,
            &[
                "service-account",
                "secret",
                "create",
                "--client-id",
                &client_id,
                "--secret-expires-after-hours",
                "24",
            ],
            Stdio::piped(),
        )
        .await,
    );
    let second_id = second["id"].as_str().unwrap().to_owned();
    assert!(works(&e, &client_id, second["secret"].as_str().unwrap()).await);
    let deleted = json(
        &cli(
            &e,
            &[
                "service-account",
                "secret",
                "delete",
                "--client-id",
                &client_id,
                "--secret-id",
                &second_id,
            ],
            Stdio::piped(),
        )
        .await,
    );
    assert_eq!(deleted["alreadyGone"], false);
    assert!(
        !works(&e, &client_id, second["secret"].as_str().unwrap()).await,
        "a deleted secret signs nothing in"
    );

    let bad = cli(
        &e,
        &[
            "service-account",
            "create",
            "--name",
            "CI/CD",
            "--desc",
            "x",
            "--role",
            "ORG_MEMBER",
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad.stderr));
    let requests = e.stats().requests;
    let bad = cli(
        &e,
        &[
            "service-account",
            "secret",
            "create",
            "--client-id",
            &client_id,
            "--secret-expires-after-hours",
            "9000",
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("8 to 8760"),
        "{}",
        text(&bad.stderr)
    );
    assert_eq!(
        e.stats().requests,
        requests,
        "refused before anything is sent"
    );

    let deleted = json(
        &cli(
            &e,
            &["service-account", "delete", "--client-id", &client_id],
            Stdio::piped(),
        )
        .await,
    );
    assert_eq!(deleted["alreadyGone"], false);
    assert!(!works(&e, &client_id, &secret).await);
    let again = json(
        &cli(
            &e,
            &["service-account", "delete", "--client-id", &client_id],
            Stdio::piped(),
        )
        .await,
    );
    assert_eq!(again["alreadyGone"], true);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rotation_replaces_the_secret_and_the_old_one_stops_working() {
    let e = common::emulator().await;
    let a = account(&e).await;
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (new_id, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(
        !works(&e, &a.client_id, &a.secret).await,
        "the old secret is deleted"
    );
    assert_eq!(secrets(&e, &a.client_id).await, BTreeSet::from([new_id]));
}

#[tokio::test(flavor = "multi_thread")]
async fn expiring_within_writes_nothing_until_the_secret_expires_soon() {
    let e = common::emulator().await;
    let a = account(&e).await; // 720 hours
    let writes = e.stats().writes;
    let args = [
        "service-account",
        "secret",
        "rotate",
        "--client-id",
        &a.client_id,
        "--expiring-within",
        "72h",
    ];
    let out = cli(&e, &args, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("nothing to do"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    assert_eq!(
        e.stats().writes,
        writes,
        "no write request when nothing expires soon"
    );

    e.advance_clock(Duration::from_secs(700 * 3_600)).unwrap(); // 20 hours left
    let out = cli(&e, &args, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let (_, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(e.stats().writes > writes);
}

#[tokio::test(flavor = "multi_thread")]
async fn with_two_secrets_it_says_which_it_removes_and_keeps_the_newest_until_the_end() {
    let e = common::emulator().await;
    let a = account(&e).await;
    let second = common::client(&e)
        .create_service_account_secret(&e.fixtures().org_id, &a.client_id, 1_000)
        .await
        .unwrap();
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
            "--dry-run",
        ],
        Stdio::piped(),
    )
    .await;
    let plan = json(&out);
    assert_eq!(
        plan["removedFirstToMakeRoom"],
        a.secret_id.as_str(),
        "{plan}"
    );
    assert_eq!(plan["replaces"], second.id.to_string().as_str());

    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(&format!("removing {}", a.secret_id)),
        "{}",
        text(&out.stderr)
    );
    let (new_id, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert_eq!(secrets(&e, &a.client_id).await, BTreeSet::from([new_id]));
}

/// A rotation with a fault: the exit code, and which secrets remain and work.
async fn faulted(
    operation: &str,
    status: u16,
    skip: u32,
    stdout: Stdio,
) -> (Emulator, Account, Output) {
    let e = common::emulator().await;
    let a = account(&e).await;
    inject(&e, operation, status, skip);
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        stdout,
    )
    .await;
    (e, a, out)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fault_at_any_step_leaves_a_secret_the_caller_holds_working() {
    // The create refused: nothing made, the old secret untouched.
    let (e, a, out) = faulted("createOrgServiceAccountSecret", 403, 0, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);

    // The proof fails (the read made with the new secret: the second get of the run).
    let (e, a, out) = faulted("getOrgServiceAccount", 401, 1, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(10), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("untouched"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);
    assert!(out.stdout.is_empty());

    // The delivery fails (stdout closed): the new secret is deleted again.
    let e = common::emulator().await;
    let a = account(&e).await;
    let out = closed_stdout_rotation(&e, &a).await;
    assert_eq!(out.status.code(), Some(10), "{}", text(&out.stderr));
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone()])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);

    // The proof fails and the clean-up too: the new secret is on stderr, and works.
    let e = common::emulator().await;
    let a = account(&e).await;
    inject(&e, "getOrgServiceAccount", 401, 1);
    inject(&e, "deleteOrgServiceAccountSecret", 500, 0);
    let out = cli(
        &e,
        &[
            "service-account",
            "secret",
            "rotate",
            "--client-id",
            &a.client_id,
        ],
        Stdio::piped(),
    )
    .await;
    assert_eq!(out.status.code(), Some(11), "{}", text(&out.stderr));
    let (new_id, new_secret) = new_secret_in(&text(&out.stderr)).expect("the new secret on stderr");
    assert_eq!(
        secrets(&e, &a.client_id).await,
        BTreeSet::from([a.secret_id.clone(), new_id])
    );
    assert!(works(&e, &a.client_id, &a.secret).await);
    assert!(works(&e, &a.client_id, &new_secret).await);

    // The old secret's delete fails: the new one is delivered, both work.
    let (e, a, out) = faulted("deleteOrgServiceAccountSecret", 500, 0, Stdio::piped()).await;
    assert_eq!(out.status.code(), Some(12), "{}", text(&out.stderr));
    let (_, new_secret) = new_secret_in(&text(&out.stdout)).unwrap();
    assert!(works(&e, &a.client_id, &new_secret).await);
    assert!(works(&e, &a.client_id, &a.secret).await);
}

/// A rotation whose stdout is closed: the delivery fails.
async fn closed_stdout_rotation(e: &Emulator, a: &Account) -> Output {
    let f = e.fixtures().clone();
    let client_id = a.client_id.clone();
    tokio::task::spawn_blocking(move || {
        let mut child = Command::new(BIN)
            .args([
                "service-account",
                "secret",
                "rotate",
                "--client-id",
                &client_id,
            ])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("MONGODB_ATLAS_BASE_URL", &f.origin)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", &f.username)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", &f.api_key)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // closed before anything is written
        child.wait_with_output().unwrap()
    })
    .await
    .unwrap()
}

/// The CLI signed in as the service account `a` itself, keeping tokens in `cache`.
async fn as_account(e: &Emulator, a: &Account, cache: &std::path::Path, args: &[&str]) -> Output {
    let f = e.fixtures().clone();
    let (client_id, secret) = (a.client_id.clone(), a.secret.clone());
    let cache = cache.to_owned();
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("XDG_CACHE_HOME", &cache)
            .env("MONGODB_ATLAS_BASE_URL", &f.origin)
            .env("MONGODB_ATLAS_CLIENT_ID", client_id)
            .env("MONGODB_ATLAS_CLIENT_SECRET", secret)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
            .output()
            .unwrap()
    })
    .await
    .unwrap()
}

fn token_files(cache: &std::path::Path) -> usize {
    std::fs::read_dir(cache.join("mongodb-api-keys/tokens")).map_or(0, |d| d.count())
}

#[tokio::test(flavor = "multi_thread")]
async fn rotating_its_own_secret_drops_the_tokens_the_cli_kept_for_it() {
    let e = common::emulator().await;
    let a = account(&e).await; // an organization owner: it may rotate its own secret
    let cache =
        std::env::temp_dir().join(format!("mongodb-api-keys-sa-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cache);
    let get = [
        "service-account",
        "get",
        "--client-id",
        a.client_id.as_str(),
    ];
    let out = as_account(&e, &a, &cache, &get).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(token_files(&cache), 1, "the token is kept between runs");

    let rotate = [
        "service-account",
        "secret",
        "rotate",
        "--client-id",
        a.client_id.as_str(),
    ];
    let out = as_account(&e, &a, &cache, &rotate).await;
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        token_files(&cache),
        0,
        "the token of the deleted secret is dropped, not kept"
    );

    // The next run with the old secret is refused as a run with a bad secret is, not
    // answered from a revoked token.
    let tokens = e.stats().token_requests;
    let out = as_account(&e, &a, &cache, &get).await;
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(
        e.stats().token_requests,
        tokens + 1,
        "it asked for a token again"
    );
    let _ = std::fs::remove_dir_all(&cache);
}
