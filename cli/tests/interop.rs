//! Clients this project did not write accept the emulator: `curl --digest`, Python
//! `requests` with `HTTPDigestAuth`, and Schemathesis checking every response against
//! `openapi.yaml`. Each peer must be installed (`.ci/run` does it; the Python ones are
//! installed into `.ci/venv` on first use): a missing peer fails the test.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use mongodb_api_keys::emulator::{Config, Emulator, Fixtures};
use serde_json::Value;

/// (base URLs that serve it, path, body, secret field) per operation: organization and project
/// keys on both products, agent keys on Ops Manager, personal keys on Atlas.
fn operations(f: &Fixtures) -> [(Vec<String>, String, &'static str, &'static str); 4] {
    let both = vec![f.base_url.clone(), f.ops_manager_url.clone()];
    [
        (
            both.clone(),
            format!("/orgs/{}/apiKeys", f.org_id),
            r#"{"desc":"x","roles":["ORG_MEMBER"]}"#,
            "privateKey",
        ),
        (
            both,
            format!("/groups/{}/apiKeys", f.project_id),
            r#"{"desc":"x","roles":["GROUP_OWNER"]}"#,
            "privateKey",
        ),
        (
            vec![f.ops_manager_url.clone()],
            format!("/groups/{}/agentapikeys", f.project_id),
            r#"{"desc":"x"}"#,
            "key",
        ),
        (
            vec![f.base_url.clone()],
            format!("/users/{}/keys", f.user_id),
            r#"{"description":"x"}"#,
            "key",
        ),
    ]
}

/// `curl --digest` as the README shows it; returns (status, response headers, body).
async fn curl(url: &str, user: &str, password: &str, body: &str) -> (u16, String, String) {
    let curl = common::program("curl", "curl");
    let output = tokio::process::Command::new(curl)
        .args([
            "--silent",
            "--show-error",
            "--digest",
            "--user",
            &format!("{user}:{password}"),
        ])
        .args(["--header", "Content-Type: application/json", "--data", body])
        .args(["--dump-header", "-", "--write-out", "\n%{http_code}", url])
        .output()
        .await
        .unwrap();
    assert!(
        output.status.success(),
        "curl failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    let (rest, status) = text.rsplit_once('\n').unwrap();
    // The headers of every response (the challenge, then the answer), then the last body.
    let split = rest.rfind("\r\n\r\n").unwrap();
    (
        status.parse().unwrap(),
        rest[..split].to_owned(),
        rest[split + 4..].to_owned(),
    )
}

#[tokio::test]
async fn curl_digest_creates_every_kind_of_key_in_every_envelope_and_pretty_combination() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    for (bases, path, body, secret) in operations(&f) {
        for base in bases {
            for query in [
                "",
                "?envelope=true",
                "?pretty=true",
                "?envelope=true&pretty=true",
            ] {
                let (status, headers, text) = curl(
                    &format!("{base}{path}{query}"),
                    &f.username,
                    &f.api_key,
                    body,
                )
                .await;
                assert_eq!(status, 200, "{path}{query}: {text}");
                assert!(
                    headers
                        .to_lowercase()
                        .contains("www-authenticate: digest realm=\"mms public api\"")
                );
                let json: Value = serde_json::from_str(&text).unwrap();
                let key = if query.contains("envelope") {
                    assert_eq!(json["status"], 200, "{json}");
                    &json["content"]
                } else {
                    &json
                };
                assert!(key[secret].is_string(), "{path}{query}: {text}");
                assert_eq!(text.contains("\" : "), query.contains("pretty"), "{text}");
            }
        }
    }
    assert_eq!(
        e.stats().challenges,
        24,
        "curl probes without credentials every time"
    );
}

#[tokio::test]
async fn curl_digest_with_a_wrong_password_gets_the_exact_challenge_and_a_json_401() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    for (bases, path, body, _) in operations(&f) {
        let (status, headers, text) =
            curl(&format!("{}{path}", bases[0]), &f.username, "wrong", body).await;
        assert_eq!(status, 401, "{text}");
        let challenge = headers
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("www-authenticate: "))
            .unwrap_or_else(|| panic!("no challenge in {headers}"));
        let nonce = challenge.split('"').nth(5).unwrap();
        assert_eq!(
            challenge,
            format!(
                r#"Digest realm="MMS Public API", domain="", nonce="{nonce}", algorithm=MD5, qop="auth", stale=false"#
            )
        );
        let json: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            (json["error"].as_u64(), json["reason"].as_str()),
            (Some(401), Some("Unauthorized"))
        );
    }
    assert_eq!(e.stats().keys_created, Default::default());
}

fn python_requests(mode: &str, fixtures: &Fixtures) -> std::process::Output {
    let python = common::venv().join("bin/python");
    Command::new(python)
        .arg(common::root().join("tests/peers/requests_client.py"))
        .args([mode, &serde_json::to_string(fixtures).unwrap()])
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn python_requests_digest_auth_reuses_the_nonce_and_is_refused_with_a_wrong_password() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let ok = tokio::task::spawn_blocking({
        let f = f.clone();
        move || python_requests("ok", &f)
    })
    .await
    .unwrap();
    assert!(
        ok.status.success(),
        "{}{}",
        String::from_utf8_lossy(&ok.stdout),
        String::from_utf8_lossy(&ok.stderr)
    );
    // One challenge, then every request signed in advance with nc 1, 2, 3, 4.
    let stats = e.stats();
    assert_eq!((stats.requests, stats.challenges), (5, 1), "{stats:?}");
    assert_eq!(
        stats.keys_created.org
            + stats.keys_created.project
            + stats.keys_created.agent
            + stats.keys_created.user,
        4
    );

    let wrong = tokio::task::spawn_blocking(move || python_requests("wrong", &f))
        .await
        .unwrap();
    assert!(
        wrong.status.success(),
        "{}{}",
        String::from_utf8_lossy(&wrong.stdout),
        String::from_utf8_lossy(&wrong.stderr)
    );
    assert_eq!(e.stats().keys_created, stats.keys_created);
}

/// Schemathesis against one product, `atlas` (the paths under `/api/atlas/`) or `ops-manager`
/// (under `/api/public/`), through `tests/peers/contract-test`, the one command other teams
/// run (README: "Contract tests"): it reads the spec from the emulator's `GET /openapi.json`
/// and runs every phase, the stateful one (the spec's links) included.
fn schemathesis(e: &Emulator, product: &str) {
    let python = common::venv().join("bin/python");
    // The fixtures as the JSON line itself for one product, as a file for the other.
    let line = serde_json::to_string(e.fixtures()).unwrap();
    let file = std::env::temp_dir().join(format!(
        "mongodb-api-keys-fixtures-{}-{product}.json",
        std::process::id()
    ));
    let fixtures = if product == "atlas" {
        line
    } else {
        std::fs::write(&file, line + "\n").unwrap();
        file.display().to_string()
    };
    // CI's share of the five-minute run the docs describe: 120 s a product. With the service
    // accounts' links, 30 s left one or two of them unfollowed now and then, and 60 s left 7
    // of 22 unfollowed on a machine busy with two builds: the stateful phase needs time.
    let started = std::time::Instant::now();
    let output = Command::new(python)
        .arg(common::root().join("tests/peers/contract-test"))
        .arg(fixtures)
        .args(["--product", product, "--", "--max-time", "120"])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{report}"
    );
    assert!(report.contains("No issues found"), "{report}");
    assert!(
        report.contains("/openapi.json") && report.contains(&format!("{product} passed")),
        "{report}"
    );
    // Every operation of the product's paths.
    let prefix = if product == "atlas" {
        "/api/atlas/"
    } else {
        "/api/public/"
    };
    let operations: usize = mongodb_api_keys::spec::openapi_json()["paths"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(path, _)| path.starts_with(prefix))
        .map(|(_, item)| {
            ["get", "put", "post", "delete", "patch"]
                .iter()
                .filter(|m| item.get(**m).is_some())
                .count()
        })
        .sum();
    assert!(
        report.contains(&format!("Tested: {operations}")),
        "not every operation was tested:\n{report}"
    );
    // The stateful phase ran and followed the spec's links. Which of them a run reaches in its
    // time is chance (20 of 22 in one CI run, 22 in another): tests/spec_links.rs follows
    // every link, deterministically.
    let links = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("API Links:"))
        .unwrap_or_else(|| panic!("no stateful phase:\n{report}"));
    let counts: Vec<u32> = links
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        counts.len() >= 2 && counts[0] > 0 && counts[0] <= counts[1],
        "links covered / selected: {links}\n{report}"
    );
    let cases = report
        .lines()
        .find(|l| l.trim().ends_with("skipped") && l.contains("generated"))
        .unwrap_or_default()
        .trim()
        .to_owned();
    println!(
        "schemathesis {product}: {operations} operations, {cases}, links {}, in {:.0} s",
        links.trim(),
        started.elapsed().as_secs_f64()
    );
    // A "Reproduce with" command signs anew with curl --digest, never with a used nonce.
    assert!(!report.contains("Authorization: Digest"), "{report}");
}

#[tokio::test(flavor = "multi_thread")]
async fn schemathesis_finds_no_issue_on_either_product() {
    // Fuzzing creates thousands of keys in the fixture organization and project; past MongoDB's
    // 500 (and the emulator's 500 agent keys) every create would be refused and Schemathesis
    // would fuzz nothing but that refusal (the cap itself is tested in
    // tests/emulator_bounds.rs). README: "Contract tests".
    let config = Config {
        max_api_keys_per_org: 1_000_000,
        max_agent_api_keys_per_project: 1_000_000,
        // Likewise service accounts (the emulator's 100 an organization, tested in
        // tests/emulator_service_accounts.rs).
        max_service_accounts_per_org: 100_000,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    for product in ["atlas", "ops-manager"] {
        let e = &e;
        tokio::task::block_in_place(|| schemathesis(e, product));
    }
    let stats = e.stats();
    assert!(
        stats.requests > 500,
        "schemathesis sent only {} requests",
        stats.requests
    );
    assert!(
        stats.keys_created.org > 0
            && stats.keys_created.project > 0
            && stats.keys_created.agent > 0
            && stats.keys_created.user > 0,
        "{stats:?}"
    );
    // The service accounts' operations were reached too, on both APIs.
    let called = |id: &str| stats.operations.get(id).copied().unwrap_or(0);
    for id in [
        "createOrgServiceAccount",
        "createOrgServiceAccountSecret",
        "inviteGroupServiceAccount",
        "createCloudManagerOrgServiceAccount",
    ] {
        assert!(called(id) > 0, "{id} never called: {stats:?}");
    }
}

/// Schemathesis given only the served document, no `--url`: it resolves the relative servers
/// against where it read the document, so every request reaches the emulator (it named
/// `https://cloud.mongodb.com` before, and such a run would have fuzzed production).
#[tokio::test(flavor = "multi_thread")]
async fn schemathesis_without_a_url_calls_the_emulator_it_read_the_document_from() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let st = common::venv().join("bin/st");
    let spec = format!("http://{}/openapi.json", e.addr());
    // Never let a regression send this run to MongoDB: the servers must be relative first.
    let served: Value = common::http()
        .get(&spec)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let first = served["servers"][0]["url"].as_str().unwrap();
    assert!(
        first.starts_with('/'),
        "the served servers name a host: {first}"
    );
    let scratch = std::env::temp_dir().join(format!("mongodb-api-keys-st-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();
    let output = tokio::task::block_in_place(|| {
        Command::new(st)
            .args(["run", &spec, "--phases", "examples", "--max-examples", "1"])
            .args(["--checks", "not_a_server_error", "--no-color"])
            .current_dir(&scratch)
            .output()
            .unwrap()
    });
    let _ = std::fs::remove_dir_all(&scratch);
    let report = String::from_utf8_lossy(&output.stdout);
    // The one server of the served document is `/`: the origin it was read from.
    let base = format!("Base URL:         {}", e.origin());
    assert!(report.contains(&base), "{report}");
    let operations = mongodb_api_keys::spec::openapi_json()["paths"]
        .as_object()
        .unwrap()
        .len() as u64;
    assert!(
        e.stats().requests >= operations,
        "{:?}\n{report}",
        e.stats()
    );
}

#[tokio::test]
async fn the_serve_command_prints_its_fixtures_serves_curl_and_stops_on_sigterm() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mongodb-api-keys"))
        .args(["serve", "--addr", "127.0.0.1:0", "--nonce-lifetime", "60"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let fixtures: Fixtures = serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let json: Value = serde_json::from_str(&line).unwrap();
    for field in ["addr", "username", "apiKey", "orgId", "projectId", "userId"] {
        assert!(json[field].is_string(), "{field} missing from {line}");
    }
    let url = format!(
        "http://{}/api/public/v1.0/orgs/{}/apiKeys",
        fixtures.addr, fixtures.org_id
    );
    let (status, _, text) = curl(
        &url,
        &fixtures.username,
        &fixtures.api_key,
        r#"{"desc":"x","roles":["ORG_MEMBER"]}"#,
    )
    .await;
    assert_eq!(status, 200, "{text}");

    let killed = Command::new(common::program("kill", "procps"))
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let exit = child.wait().unwrap();
    assert!(
        exit.success(),
        "serve did not shut down cleanly on SIGTERM: {exit:?}"
    );
}

/// The token endpoint's answer to `curl` with the fixture service account's credentials.
fn curl_token(curl: &Path, f: &Fixtures) -> Value {
    let origin = format!("http://{}", f.addr);
    let token = Command::new(curl)
        .args(["--silent", "--show-error", "--fail", "--user"])
        .arg(format!("{}:{}", f.client_id, f.client_secret))
        .args(["--data", "grant_type=client_credentials"])
        .arg(format!("{origin}/api/oauth/token"))
        .output()
        .unwrap();
    assert!(
        token.status.success(),
        "{}",
        String::from_utf8_lossy(&token.stderr)
    );
    serde_json::from_slice(&token.stdout).unwrap()
}

/// `tests/peers/oauth_client.py` (Authlib) run against the emulator these fixtures describe.
fn authlib(f: &Fixtures) -> std::process::Output {
    Command::new(common::venv().join("bin/python"))
        .arg(common::root().join("tests/peers/oauth_client.py"))
        .arg(serde_json::to_string(f).unwrap())
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn curl_and_authlib_use_the_service_account() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let curl = common::program("curl", "curl");
    // curl -u id:secret -d grant_type=client_credentials, then -H "Authorization: Bearer ...".
    let token = curl_token(&curl, &f);
    assert_eq!(token["token_type"], "Bearer");
    let bearer = format!(
        "Authorization: Bearer {}",
        token["access_token"].as_str().unwrap()
    );
    for (path, body) in [
        (
            format!("/orgs/{}/apiKeys", f.org_id),
            r#"{"desc":"curl","roles":["ORG_MEMBER"]}"#,
        ),
        (
            format!("/groups/{}/apiKeys", f.project_id),
            r#"{"desc":"curl","roles":["GROUP_READ_ONLY"]}"#,
        ),
    ] {
        let key = Command::new(&curl)
            .args(["--silent", "--show-error", "--fail", "--header", &bearer])
            .args(["--header", "Content-Type: application/json", "--data", body])
            .arg(format!("{}{path}", f.base_url))
            .output()
            .unwrap();
        assert!(
            key.status.success(),
            "{path}: {}",
            String::from_utf8_lossy(&key.stderr)
        );
        let key: Value = serde_json::from_slice(&key.stdout).unwrap();
        assert!(key["privateKey"].is_string(), "{key}");
    }
    let authlib = tokio::task::spawn_blocking({
        let f = f.clone();
        move || authlib(&f)
    })
    .await
    .unwrap();
    assert!(
        authlib.status.success(),
        "{}{}",
        String::from_utf8_lossy(&authlib.stdout),
        String::from_utf8_lossy(&authlib.stderr)
    );
    let stats = e.stats();
    assert_eq!((stats.token_requests, stats.bearer_calls), (2, 4));
    assert_eq!((stats.keys_created.org, stats.keys_created.project), (2, 2));
}
