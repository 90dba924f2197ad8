//! Masking by value: a server that echoes a secret the client holds (the private key, the
//! client secret, its `Basic` value, a bearer token) gets it masked wherever its text is
//! shown or logged, whatever words surround it: the library's messages and `Debug`, the
//! CLI's stderr and stdout, its `-v` log. Secrets are realistic values.

#[path = "../../tests/common/mod.rs"]
mod common;

use common::script::{self, Step};
use common::secrets::*;
use mongodb_api_keys::client::Client;
use mongodb_api_keys::generated::types::OrgRole;

#[derive(Clone, Copy)]
enum Who {
    ApiKey,
    ServiceAccount,
}

/// A server that echoes secrets, and the secrets it must not get shown.
struct Scenario {
    name: &'static str,
    who: Who,
    steps: Vec<Step>,
}

fn challenge() -> Step {
    Step::with_headers("401 Unauthorized", CHALLENGE, CHALLENGE_BODY)
}

fn token() -> Step {
    Step::json("200 OK", token_answer(TOKEN))
}

fn scenarios() -> Vec<Scenario> {
    let basic = basic();
    let plain = |status, body: String| Step::Answer {
        status,
        headers: String::new(),
        body,
    };
    vec![
        Scenario {
            name: "400 with the private key in a JSON detail",
            who: Who::ApiKey,
            steps: vec![
                challenge(),
                Step::json(
                    "400 Bad Request",
                    api_error(
                        400,
                        "INVALID_ATTRIBUTE",
                        &format!("Invalid attribute {PRIVATE_KEY} specified."),
                    ),
                ),
            ],
        },
        Scenario {
            name: "500 with the private key in a plain-text body",
            who: Who::ApiKey,
            steps: vec![
                challenge(),
                plain(
                    "500 Internal Server Error",
                    format!("upstream said: password={PRIVATE_KEY}"),
                ),
            ],
        },
        Scenario {
            name: "401 with the private key in the detail and a header",
            who: Who::ApiKey,
            steps: vec![
                challenge(),
                Step::with_headers(
                    "401 Unauthorized",
                    &format!("X-Debug: {PRIVATE_KEY}\r\n"),
                    api_error(
                        401,
                        "USER_UNAUTHORIZED",
                        &format!("no access with {PRIVATE_KEY}"),
                    ),
                ),
            ],
        },
        Scenario {
            name: "a digest challenge (without qop) whose realm is the private key",
            who: Who::ApiKey,
            steps: vec![Step::with_headers(
                "401 Unauthorized",
                &format!("WWW-Authenticate: Digest realm=\"{PRIVATE_KEY}\", nonce=\"abc\"\r\n"),
                CHALLENGE_BODY,
            )],
        },
        Scenario {
            name: "token endpoint 401 with the client secret in its description",
            who: Who::ServiceAccount,
            steps: vec![Step::json(
                "401 Unauthorized",
                format!(
                    r#"{{"error":"invalid_client","error_description":"unknown secret {CLIENT_SECRET}"}}"#
                ),
            )],
        },
        Scenario {
            name: "token endpoint 400 with the Basic value in plain text",
            who: Who::ServiceAccount,
            steps: vec![plain(
                "400 Bad Request",
                format!("rejected Authorization: Basic {basic}"),
            )],
        },
        Scenario {
            name: "API 400 with the bearer token in its detail",
            who: Who::ServiceAccount,
            steps: vec![
                token(),
                Step::json(
                    "400 Bad Request",
                    api_error(
                        400,
                        "VALIDATION_ERROR",
                        &format!("token {TOKEN} is not valid here"),
                    ),
                ),
            ],
        },
        Scenario {
            name: "API 500 with the bearer token and the client secret in plain text",
            who: Who::ServiceAccount,
            steps: vec![
                token(),
                plain(
                    "500 Internal Server Error",
                    format!("{TOKEN} / {CLIENT_SECRET}"),
                ),
            ],
        },
        Scenario {
            name: "a created key whose description echoes the private key",
            who: Who::ApiKey,
            steps: vec![
                challenge(),
                Step::json("200 OK", {
                    let mut key = created_key();
                    key["desc"] = PRIVATE_KEY.into();
                    key.to_string()
                }),
            ],
        },
    ]
}

/// The secrets no output may hold.
fn held() -> Vec<String> {
    vec![
        PRIVATE_KEY.to_owned(),
        CLIENT_SECRET.to_owned(),
        basic(),
        TOKEN.to_owned(),
    ]
}

fn leaks(text: &str) -> Vec<String> {
    held()
        .into_iter()
        .filter(|s| text.contains(s.as_str()))
        .collect()
}

#[tokio::test]
async fn the_library_never_shows_a_secret_a_server_echoes() {
    let mut failures = Vec::new();
    for scenario in scenarios() {
        let server = script::serve(scenario.steps).await;
        let builder = Client::builder(&server.atlas_url());
        let client = match scenario.who {
            Who::ApiKey => builder.credentials(PUBLIC_KEY, PRIVATE_KEY),
            Who::ServiceAccount => builder.service_account(CLIENT_ID, CLIENT_SECRET),
        }
        .build()
        .unwrap();
        let result = client
            .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
            .await;
        let shown = match &result {
            Ok(key) => format!("{key:?} {}", key.desc),
            Err(error) => format!("{error} {error:?}"),
        };
        let leaked = leaks(&shown);
        if !leaked.is_empty() {
            failures.push(format!("{}: {shown}", scenario.name));
        }
        // Not vacuous: the echo arrived, masked (or, as text that names no secret word
        // cannot be judged, not shown).
        if !shown.contains("[REDACTED]") && !shown.contains("[not shown") {
            failures.push(format!("{}: nothing masked in {shown}", scenario.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cli_never_prints_or_logs_a_secret_a_server_echoes() {
    let mut failures = Vec::new();
    for scenario in scenarios() {
        let server = script::serve(scenario.steps).await;
        let base_url = server.atlas_url();
        let who = scenario.who;
        let output = tokio::task::spawn_blocking(move || {
            let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_mongodb-api-keys"));
            command
                .args([
                    "-v",
                    "--base-url",
                    &base_url,
                    "--no-token-cache",
                    "--output",
                    "json",
                ])
                .args([
                    "org-key",
                    "create",
                    "--org-id",
                    ORG,
                    "--desc",
                    "k",
                    "--role",
                    "ORG_MEMBER",
                ])
                .env_clear();
            match who {
                Who::ApiKey => command
                    .env("MONGODB_ATLAS_PUBLIC_API_KEY", PUBLIC_KEY)
                    .env("MONGODB_ATLAS_PRIVATE_API_KEY", PRIVATE_KEY),
                Who::ServiceAccount => command
                    .env("MONGODB_ATLAS_CLIENT_ID", CLIENT_ID)
                    .env("MONGODB_ATLAS_CLIENT_SECRET", CLIENT_SECRET),
            };
            command.output().unwrap()
        })
        .await
        .unwrap();
        let all = format!(
            "{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        if !leaks(&all).is_empty() {
            failures.push(format!("{}: {all}", scenario.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
