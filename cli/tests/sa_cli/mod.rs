//! Helpers the service-account CLI tests share: the CLI as the fixture owner or as a
//! service account, a service account made for a test, whether a secret works, the secrets on
//! the server, faults.
#![allow(dead_code)] // each test binary uses a different subset

#[path = "../../../tests/common/mod.rs"]
pub mod common;

use std::collections::BTreeSet;
use std::process::{Command, Output, Stdio};

use mongodb_api_keys::emulator::{Emulator, Fault};
use mongodb_api_keys::types::OrgRole;
use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The CLI as the fixture organization owner (an API key), at the emulator's origin.
pub async fn cli(e: &Emulator, args: &[&str], stdout: Stdio) -> Output {
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

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub fn json(output: &Output) -> Value {
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&output.stdout)))
}

/// A service account made for the test: its client ID and first secret.
pub struct Account {
    pub client_id: String,
    pub secret_id: String,
    pub secret: String,
}

pub async fn account(e: &Emulator) -> Account {
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
pub async fn works(e: &Emulator, client_id: &str, secret: &str) -> bool {
    let Ok(client) = common::client(e).as_service_account_with(client_id, secret) else {
        return false;
    };
    client
        .get_service_account(&e.fixtures().org_id, client_id)
        .await
        .is_ok()
}

/// The IDs of the service account's secrets on the server.
pub async fn secrets(e: &Emulator, client_id: &str) -> BTreeSet<String> {
    let account = common::client(e)
        .get_service_account(&e.fixtures().org_id, client_id)
        .await
        .unwrap();
    account.secrets.iter().map(|s| s.id.to_string()).collect()
}

pub fn inject(e: &Emulator, operation: &str, status: u16, skip: u32) {
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
pub fn new_secret_in(text: &str) -> Option<(String, String)> {
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

/// A rotation whose stdout is closed: the delivery fails.
pub async fn closed_stdout_rotation(e: &Emulator, a: &Account) -> Output {
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
pub async fn as_account(
    e: &Emulator,
    a: &Account,
    cache: &std::path::Path,
    args: &[&str],
) -> Output {
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

pub fn token_files(cache: &std::path::Path) -> usize {
    std::fs::read_dir(cache.join("mongodb-api-keys/tokens")).map_or(0, |d| d.count())
}
