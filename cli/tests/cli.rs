//! The real `mongodb-api-keys` binary against the emulator: every command, both output
//! formats, and the documented exit codes (0 success, 2 usage or validation, 3
//! authentication, 4 API error, 5 transport), with errors on stderr and JSON on stdout.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::process::{Command, Output};

use mongodb_api_keys::emulator::{Emulator, Fixtures};
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_mongodb-api-keys");

/// The binary with the Atlas CLI's variables pointing at the emulator.
fn cli(f: &Fixtures, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("MONGODB_ATLAS_BASE_URL", &f.base_url)
        .env("MONGODB_ATLAS_PUBLIC_API_KEY", &f.username)
        .env("MONGODB_ATLAS_PRIVATE_API_KEY", &f.api_key)
        .env("MONGODB_ATLAS_ORG_ID", &f.org_id)
        .env("MONGODB_ATLAS_PROJECT_ID", &f.project_id)
        .output()
        .unwrap()
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

async fn run(f: &Fixtures, args: &[&str]) -> Output {
    let (f, args): (Fixtures, Vec<String>) =
        (f.clone(), args.iter().map(|a| a.to_string()).collect());
    tokio::task::spawn_blocking(move || {
        cli(&f, &args.iter().map(String::as_str).collect::<Vec<_>>())
    })
    .await
    .unwrap()
}

async fn emulator() -> (Emulator, Fixtures) {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    (e, f)
}

/// Each create command: (arguments, the field that holds the secret).
fn create_commands(f: &Fixtures) -> [(Vec<&str>, &'static str); 4] {
    [
        (
            vec![
                "org-key",
                "create",
                "--desc",
                "cli",
                "--role",
                "ORG_MEMBER",
                "--role",
                "ORG_READ_ONLY",
            ],
            "privateKey",
        ),
        (
            vec![
                "project-key",
                "create",
                "--desc",
                "cli",
                "--role",
                "GROUP_READ_ONLY",
            ],
            "privateKey",
        ),
        (
            vec![
                "--base-url",
                f.ops_manager_url.as_str(),
                "agent-key",
                "create",
                "--desc",
                "cli",
            ],
            "key",
        ),
        (
            vec![
                "user-key",
                "create",
                "--user-id",
                &f.user_id,
                "--description",
                "",
            ],
            "key",
        ),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn each_create_command_works_with_the_atlas_cli_variables() {
    let (e, f) = emulator().await;
    for (args, secret) in create_commands(&f) {
        let output = run(&f, &[&["--output", "json"][..], &args].concat()).await;
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        let key = stdout_json(&output);
        assert!(key[secret].is_string(), "{key}");
        let table = run(&f, &[&["--output", "table"][..], &args].concat()).await;
        let text = String::from_utf8_lossy(&table.stdout);
        assert!(text.contains("SECRET, shown only this once"), "{text}");
    }
    let warned = run(
        &f,
        &[
            "user-key",
            "create",
            "--user-id",
            &f.user_id,
            "--description",
            "x",
        ],
    )
    .await;
    assert!(
        stderr(&warned).contains("deprecated"),
        "{}",
        stderr(&warned)
    );
    assert!(
        serde_json::from_slice::<Value>(&warned.stdout).is_ok(),
        "piped output defaults to JSON"
    );
    let stats = e.stats().keys_created;
    assert_eq!(
        (stats.org, stats.project, stats.agent, stats.user),
        (2, 2, 2, 3)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn envelope_pretty_and_ops_manager_paths_give_the_same_result() {
    let (_e, f) = emulator().await;
    let om = format!("http://{}", f.addr);
    let output = run(
        &f,
        &[
            "--ops-manager-url",
            &om,
            "--envelope",
            "--pretty",
            "org-key",
            "create",
            "--desc",
            "x",
            "--role",
            "ORG_OWNER",
        ],
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("\n  \""), "pretty JSON expected: {text}");
    let key = stdout_json(&output);
    assert!(
        key["links"][0]["href"]
            .as_str()
            .unwrap()
            .contains("/api/public/v1.0/"),
        "{key}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_input_exits_2_before_anything_is_sent() {
    let (e, f) = emulator().await;
    let long = "x".repeat(251);
    let cases: [(&[&str], &str); 5] = [
        (
            &["org-key", "create", "--desc", "x", "--role", "ORG_MEMEBR"],
            "did you mean ORG_MEMBER?",
        ),
        (
            &[
                "project-key",
                "create",
                "--desc",
                "x",
                "--role",
                "ORG_MEMBER",
            ],
            "not a project role",
        ),
        (
            &["org-key", "create", "--desc", &long, "--role", "ORG_MEMBER"],
            "1 to 250",
        ),
        (
            &["agent-key", "create", "--project-id", "123", "--desc", "x"],
            "24 lower-case hexadecimal digits",
        ),
        (&["org-key", "create", "--desc", "x"], "--role"),
    ];
    for (args, expected) in cases {
        let output = run(&f, args).await;
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(expected),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "errors go to stderr only");
    }
    assert_eq!(e.stats().requests, 0);
}

/// The global options `before`, then `org-key create`, its `options`, and
/// `--desc x --role ORG_MEMBER`.
fn create_org_key<'a>(before: &[&'a str], options: &[&'a str]) -> Vec<&'a str> {
    let (create, rest) = (
        ["org-key", "create"],
        ["--desc", "x", "--role", "ORG_MEMBER"],
    );
    [before, &create, options, &rest].concat()
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_and_wrong_credentials_exit_2_and_3() {
    let (_e, f) = emulator().await;
    // Missing credentials: usage (2).
    let output = tokio::task::spawn_blocking(|| {
        Command::new(BIN)
            .args(create_org_key(
                &[],
                &["--org-id", "5980cfc70b6d97029d82e3f6"],
            ))
            .env_clear()
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("MONGODB_ATLAS_PUBLIC_API_KEY"),
        "{}",
        stderr(&output)
    );

    // Wrong credentials: authentication (3).
    let mut wrong = f.clone();
    wrong.api_key = "wrong-password".into();
    let output = run(&wrong, &create_org_key(&[], &[])).await;
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(!stderr(&output).contains("wrong-password"));
}

#[tokio::test(flavor = "multi_thread")]
async fn api_errors_exit_4_and_unreachable_servers_5() {
    let (_e, f) = emulator().await;
    // The server says no: API error (4) with MongoDB's errorCode.
    let unknown = "0".repeat(24);
    let output = run(&f, &create_org_key(&[], &["--org-id", &unknown])).await;
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("ORG_NOT_FOUND"),
        "{}",
        stderr(&output)
    );

    // Nobody listening: transport (5).
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let url = format!("http://{closed}/api/atlas/v1.0");
    let output = run(
        &f,
        &create_org_key(&["--base-url", &url, "--timeout", "5"], &[]),
    )
    .await;
    assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_base_url_that_is_not_http_exits_2() {
    let (_e, f) = emulator().await;
    // A base URL that is not http(s): usage (2). (A bare host is taken as https://HOST with
    // the Atlas path, as MONGODB_ATLAS_BASE_URL is.)
    let output = run(
        &f,
        &create_org_key(&["--base-url", "ftp://cloud.mongodb.com"], &[]),
    )
    .await;
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("https://cloud.mongodb.com/api/atlas/v1.0"),
        "{}",
        stderr(&output)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_private_key_can_come_from_a_file() {
    let (e, f) = emulator().await;
    let file = std::env::temp_dir().join(format!("mongodb-api-keys-cli-{}", std::process::id()));
    std::fs::write(&file, format!("{}\n", f.api_key)).unwrap();
    let mut no_env_key = f.clone();
    no_env_key.api_key = String::new();
    let output = run(
        &no_env_key,
        &[
            "--private-key-file",
            file.to_str().unwrap(),
            "--base-url",
            &f.ops_manager_url,
            "agent-key",
            "create",
            "--desc",
            "x",
        ],
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(e.stats().keys_created.agent, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_spec_completions_and_help() {
    let (_e, f) = emulator().await;
    let demo = run(&f, &["demo"]).await;
    assert_eq!(demo.status.code(), Some(0), "{}", stderr(&demo));
    let text = String::from_utf8_lossy(&demo.stdout);
    for expected in [
        "organization API key",
        "project API key",
        "agent API key",
        "personal user API key",
        "org-key create --access-list 127.0.0.1/32 (2 HTTP requests)",
        "the new key at work, from 127.0.0.1: project-key create (2 HTTP requests)",
        "7 keys in 11 HTTP requests and 1 token request: 3 digest challenges",
    ] {
        assert!(
            text.contains(expected),
            "{expected} missing from the demo:\n{text}"
        );
    }
    let spec = run(&f, &["spec", "--json"]).await;
    assert_eq!(stdout_json(&spec)["openapi"], "3.0.3");
    let yaml = run(&f, &["spec"]).await;
    assert_eq!(yaml.stdout, mongodb_api_keys::spec::OPENAPI_YAML.as_bytes());
    let completions = run(&f, &["completions", "bash"]).await;
    assert!(String::from_utf8_lossy(&completions.stdout).contains("org-key"));
    for command in [
        &["--help"][..],
        &["org-key", "create", "--help"],
        &["serve", "--help"],
        &["demo", "--help"],
    ] {
        let help = run(&f, command).await;
        assert_eq!(help.status.code(), Some(0), "{command:?}");
        assert!(
            String::from_utf8_lossy(&help.stdout).contains("Usage"),
            "{command:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn verbose_logs_calls_without_secrets() {
    let (_e, f) = emulator().await;
    let output = run(
        &f,
        &[
            "--verbose",
            "org-key",
            "create",
            "--desc",
            "x",
            "--role",
            "ORG_MEMBER",
        ],
    )
    .await;
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let logs = stderr(&output);
    assert!(logs.contains("mongodb_api_keys.call"), "{logs}");
    assert!(
        !logs.contains('\x1b'),
        "colours on a stderr that is no terminal: {logs}"
    );
    assert!(
        !logs.contains(&f.api_key),
        "the password leaked into --verbose output"
    );
    let key = stdout_json(&output);
    assert!(!logs.contains(key["privateKey"].as_str().unwrap()));
}

#[test]
fn serve_refuses_a_non_loopback_address_unless_allowed() {
    let output = Command::new(BIN)
        .args(["serve", "--addr", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("not a loopback address")
            && stderr(&output).contains("--allow-remote"),
        "{}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty(), "no fixtures printed");
    let output = Command::new(BIN)
        .args(["serve", "--rate-limit", "5"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("CAPACITY/SECONDS"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn cloud_manager_is_one_flag_away() {
    // A proxy that refuses connections: the call fails at once, naming the URL it was for.
    let output = Command::new(BIN)
        .args([
            "--cloud-manager",
            "--public-key",
            "abcdefgh",
            "--private-key-file",
            "/dev/null",
        ])
        .args([
            "agent-key",
            "create",
            "--project-id",
            "5e2211c17a3e5a48f5497de3",
            "--desc",
            "x",
        ])
        .env_clear()
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
    let url =
        "https://cloud.mongodb.com/api/public/v1.0/groups/5e2211c17a3e5a48f5497de3/agentapikeys";
    assert!(stderr(&output).contains(url), "{}", stderr(&output));
    let both = Command::new(BIN)
        .args([
            "--cloud-manager",
            "--base-url",
            "http://127.0.0.1:9",
            "spec",
        ])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
}
