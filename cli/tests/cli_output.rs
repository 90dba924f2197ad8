//! Where the binary's result goes when stdout cannot take it: a created key is shown once, so
//! it goes to stderr instead (exit 1), never lost; and `--timeout 0` is refused.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::process::{Command, Output, Stdio};

use mongodb_api_keys::emulator::Fixtures;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The binary against the emulator with `stdout` as its standard output.
async fn run_with_stdout(f: &Fixtures, args: &[&str], stdout: Stdio) -> Output {
    let (f, args): (Fixtures, Vec<String>) =
        (f.clone(), args.iter().map(|a| a.to_string()).collect());
    tokio::task::spawn_blocking(move || {
        Command::new(BIN)
            .args(&args)
            .env_clear()
            .env("MONGODB_ATLAS_BASE_URL", &f.base_url)
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", &f.username)
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", &f.api_key)
            .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
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

#[tokio::test(flavor = "multi_thread")]
async fn a_created_key_that_stdout_cannot_take_goes_to_stderr() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let create = [
        "--output",
        "json",
        "org-key",
        "create",
        "--desc",
        "d",
        "--role",
        "ORG_MEMBER",
    ];
    // A pipe nobody reads: every write to it fails (a closed pager, `| head -c0`).
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = run_with_stdout(&f, &create, Stdio::from(writer)).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(e.stats().keys_created.org, 1);
    let key = stderr
        .lines()
        .find_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .unwrap_or_else(|| panic!("no key on stderr: {stderr}"));
    assert_eq!(
        key["privateKey"].as_str().map(str::len),
        Some(36),
        "{stderr}"
    );
    assert!(stderr.contains("cannot write to stdout"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_timeout_of_zero_is_refused_before_anything_is_sent() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let args = [
        "--timeout",
        "0",
        "org-key",
        "create",
        "--desc",
        "d",
        "--role",
        "ORG_MEMBER",
    ];
    let output = run_with_stdout(&f, &args, Stdio::piped()).await;
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--timeout"));
    assert_eq!(e.stats().requests, 0);
}
