//! The binary against `serve --require-access-list`, as a new user would run them: a key
//! created with `--access-list` works at once, one without an entry (or from elsewhere) is
//! refused with MongoDB's errors, bad entries are refused before anything is sent (exit 2),
//! and a key whose access list failed is still printed, secret included (exit 7).

#[path = "../../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Output, Stdio};

use mongodb_api_keys::emulator::Fixtures;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// `serve --require-access-list` on a free port, and the fixtures it printed.
struct Served {
    child: Child,
    f: Fixtures,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve() -> Served {
    let mut child = Command::new(BIN)
        .args(["serve", "--addr", "127.0.0.1:0", "--require-access-list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let f = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    Served { child, f }
}

/// The binary as `public_key` / `private_key`, JSON on stdout.
fn cli(f: &Fixtures, public_key: &str, private_key: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(["--output", "json"])
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("MONGODB_ATLAS_BASE_URL", &f.base_url)
        .env("MONGODB_ATLAS_PUBLIC_API_KEY", public_key)
        .env("MONGODB_ATLAS_PRIVATE_API_KEY", private_key)
        .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
        .output()
        .unwrap()
}

/// `org-key create` as the fixture user, with `extra` arguments.
fn create(f: &Fixtures, extra: &[&str]) -> Output {
    let mut args = vec!["org-key", "create", "--desc", "cli", "--role", "ORG_OWNER"];
    args.extend(extra);
    cli(f, &f.username, &f.api_key, &args)
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}{}",
            String::from_utf8_lossy(&output.stdout),
            stderr(output)
        )
    })
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A call with the created key's own credentials: it creates another key.
fn use_key(f: &Fixtures, key: &Value) -> Output {
    let (public, private) = (
        key["publicKey"].as_str().unwrap(),
        key["privateKey"].as_str().unwrap(),
    );
    cli(
        f,
        public,
        private,
        &[
            "org-key",
            "create",
            "--desc",
            "by the new key",
            "--role",
            "ORG_MEMBER",
        ],
    )
}

async fn stats(f: &Fixtures) -> Value {
    let url = format!("http://{}/_emulator/stats", f.addr);
    common::http()
        .get(url)
        .bearer_auth(&f.control_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// What the API was asked (the control plane's own connections left out).
async fn api_stats(f: &Fixtures) -> Value {
    let s = stats(f).await;
    json!([s["requests"], s["challenges"], s["keysCreated"]])
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_work_from_the_addresses_on_their_list_only() {
    let served = serve();
    let f = served.f.clone();
    tokio::task::spawn_blocking(move || {
        let usable = create(&f, &["--access-list", "127.0.0.1"]);
        assert_eq!(usable.status.code(), Some(0), "{}", stderr(&usable));
        let used = use_key(&f, &stdout_json(&usable));
        assert_eq!(used.status.code(), Some(0), "{}", stderr(&used));

        let bare = create(&f, &[]);
        // A 403 is a permission error: exit 8, not the keys' fault.
        let refused = use_key(&f, &stdout_json(&bare));
        assert_eq!(refused.status.code(), Some(8), "{}", stderr(&refused));
        assert!(
            stderr(&refused).contains("403 ORG_REQUIRES_ACCESS_LIST"),
            "{}",
            stderr(&refused)
        );

        let elsewhere = create(&f, &["--access-list", "10.0.0.0/8"]);
        let refused = use_key(&f, &stdout_json(&elsewhere));
        assert_eq!(refused.status.code(), Some(8));
        let message = stderr(&refused);
        assert!(
            message.contains("403 IP_ADDRESS_NOT_ON_ACCESS_LIST") && message.contains("127.0.0.1"),
            "{message}"
        );

        // And entries added afterwards to an existing key.
        let key = stdout_json(&bare);
        let id = key["id"].as_str().unwrap();
        let added = cli(
            &f,
            &f.username,
            &f.api_key,
            &[
                "org-key",
                "access-list",
                "add",
                "--key-id",
                id,
                "--entry",
                "127.0.0.0/8",
                "--entry",
                "::1",
            ],
        );
        assert_eq!(added.status.code(), Some(0), "{}", stderr(&added));
        assert_eq!(stdout_json(&added)["totalCount"], 2);
        assert_eq!(use_key(&f, &key).status.code(), Some(0));
    })
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_entries_and_a_public_key_for_an_id_are_refused_before_anything_is_sent() {
    let served = serve();
    let f = served.f.clone();
    let before = api_stats(&f).await;
    let f2 = f.clone();
    tokio::task::spawn_blocking(move || {
        for (entry, says) in [
            ("300.1.2.3", "not an IP address or CIDR block"),
            ("10.0.0.0/33", "0 to 32"),
        ] {
            let output = create(&f2, &["--access-list", entry]);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{entry}: {}",
                stderr(&output)
            );
            assert!(
                stderr(&output).contains(says),
                "{entry}: {}",
                stderr(&output)
            );
            assert!(output.stdout.is_empty());
        }
        let output = cli(
            &f2,
            &f2.username,
            &f2.api_key,
            &[
                "org-key",
                "access-list",
                "add",
                "--key-id",
                "kzurbumc",
                "--entry",
                "192.0.2.1",
            ],
        );
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("looks like the key's public key"),
            "{}",
            stderr(&output)
        );
    })
    .await
    .unwrap();
    assert_eq!(api_stats(&f).await, before, "something was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_whose_access_list_failed_is_printed_with_its_secret_and_exit_7() {
    let served = serve();
    let f = served.f.clone();
    let fault = json!({"status": 503, "count": 1, "operation": "createOrgApiKeyAccessListEntry"});
    let injected = common::http()
        .post(format!("http://{}/_emulator/faults", f.addr))
        .bearer_auth(&f.control_token)
        .json(&fault)
        .send()
        .await
        .unwrap();
    assert!(injected.status().is_success());
    let f2 = f.clone();
    let output = tokio::task::spawn_blocking(move || create(&f2, &["--access-list", "127.0.0.1"]))
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(7), "{}", stderr(&output));
    let key = stdout_json(&output);
    let secret = key["privateKey"].as_str().unwrap();
    assert_eq!(secret.len(), 36);
    let message = stderr(&output);
    assert!(
        message.contains("was created, but adding its access list failed"),
        "{message}"
    );
    assert!(
        message.contains(key["id"].as_str().unwrap()) && !message.contains(secret),
        "{message}"
    );
    assert_eq!(stats(&f).await["keysCreated"]["org"], 1);
}
