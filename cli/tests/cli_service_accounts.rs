//! `service-account` against the emulator: the life of a service account from the command
//! line without its secret shown again, `serve`'s cap on service accounts, and the token
//! cache dropping the token of a secret this CLI deleted.

mod sa_cli;

use std::process::Stdio;

use sa_cli::common;
use sa_cli::*;

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

#[tokio::test(flavor = "multi_thread")]
async fn serve_caps_the_service_accounts_of_its_organization() {
    use std::io::{BufRead as _, BufReader};
    let mut child = std::process::Command::new(BIN)
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--max-service-accounts-per-org",
            "2",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let f: mongodb_api_keys::emulator::Fixtures =
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"));
    let client = mongodb_api_keys::Client::builder(&f.origin)
        .credentials(&f.username, &f.api_key)
        .build()
        .unwrap();
    let roles = [mongodb_api_keys::types::OrgRole::OrgMember];
    // The fixture service account and one more.
    let one = client
        .create_service_account(&f.org_id, "one", "x", &roles, 24)
        .await;
    let two = client
        .create_service_account(&f.org_id, "two", "x", &roles, 24)
        .await;
    let _ = child.kill();
    let _ = child.wait();
    assert!(one.is_ok(), "{one:?}");
    let refused = two.unwrap_err();
    assert_eq!(
        refused
            .error_code()
            .map(|c| c.as_str().to_owned())
            .as_deref(),
        Some("EMULATOR_SERVICE_ACCOUNT_LIMIT"),
        "{refused}"
    );
}
