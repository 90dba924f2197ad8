//! Every program of `examples/` run as a user runs it, against an emulator started in this
//! process (or a scripted server, for what the emulator never does): configured through the
//! Atlas CLI's variables and nothing else, judged by its exit status, by what it prints and
//! by what the emulator counts. A key an example prints is used afterwards, so that a wrong
//! or made-up secret fails. (`examples/emulator_test.rs` has tests of its own, which
//! `cargo test` runs: Cargo.toml gives it `test = true`.)

#[path = "../common/mod.rs"]
mod common;
mod handling_errors;
mod run;

use mongodb_api_keys::ErrorCode;
use mongodb_api_keys::emulator::Fault;

use common::script::{self, Step};
use common::secrets::created_key;
use run::*;

#[tokio::test]
async fn digest_key_creates_an_organization_key_whose_secret_works() {
    let emulator = common::emulator().await;
    let ran = run("digest_key", &[], &api_key_vars(emulator.fixtures()))
        .await
        .exited(0);

    assert_eq!(emulator.stats().keys_created.org, 1, "{ran}");
    assert_eq!(ran.printed("id").len(), 24, "{ran}");
    assert_eq!(ran.printed("public key").len(), 8, "{ran}");
    // ORG_MEMBER: signed in, then refused for lack of Organization Owner.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

#[tokio::test]
async fn service_account_creates_a_project_key_with_one_token() {
    let emulator = common::emulator().await;
    let f = emulator.fixtures();
    let ran = run("service_account", &[], &service_account_vars(f))
        .await
        .exited(0);

    let stats = emulator.stats();
    assert_eq!(stats.keys_created.project, 1, "{ran}");
    assert_eq!((stats.token_requests, stats.bearer_calls), (1, 1), "{ran}");
    let in_project = format!("GROUP_READ_ONLY in project {}", f.project_id);
    let in_org = format!("ORG_MEMBER in organization {}", f.org_id);
    assert!(ran.stdout.contains(&in_project), "{ran}");
    assert!(ran.stdout.contains(&in_org), "{ran}");
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

#[tokio::test]
async fn key_with_access_list_makes_a_key_usable_only_from_its_entries() {
    let emulator = common::emulator().await;
    let vars = service_account_vars(emulator.fixtures());

    // From this machine: the new key signs in, and is refused only for lack of the role.
    let here = run(
        "key_with_access_list",
        &["127.0.0.1", "198.51.100.0/24"],
        &vars,
    )
    .await
    .exited(0);
    assert!(
        here.stdout.contains("usable from: 127.0.0.1/32\n"),
        "{here}"
    );
    assert!(
        here.stdout.contains("usable from: 198.51.100.0/24\n"),
        "{here}"
    );
    let error = try_printed_key(&emulator, &here).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    // Only from elsewhere: the same key, refused by its access list.
    let elsewhere = run("key_with_access_list", &["192.0.2.10"], &vars)
        .await
        .exited(0);
    let error = try_printed_key(&emulator, &elsewhere).await;
    let code = ErrorCode::IpAddressNotOnAccessList;
    assert!(is_permission(&error, code), "{error}");
    assert_eq!(emulator.stats().keys_created.org, 2);
}

#[tokio::test]
async fn key_with_access_list_prints_a_key_whose_entries_failed_and_checks_entries_first() {
    let emulator = common::emulator().await;
    let vars = api_key_vars(emulator.fixtures());
    emulator
        .inject(Fault {
            status: Some(503),
            count: 1,
            // The Admin API v2's, which the client calls.
            operation: Some("createOrgApiKeyAccessListEntry".into()),
            ..Fault::default()
        })
        .unwrap();

    let ran = run("key_with_access_list", &["192.0.2.10"], &vars)
        .await
        .exited(1);
    assert!(ran.stderr.contains("was created"), "{ran}");
    assert_eq!(emulator.stats().keys_created.org, 1, "{ran}");
    // The key it printed is real, and without entries it is not held to 192.0.2.10.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    let requests = emulator.stats().requests;
    let ran = run("key_with_access_list", &["300.1.2.3"], &vars)
        .await
        .exited(1);
    assert!(
        ran.stderr.contains("\"300.1.2.3\" is not an IP address"),
        "{ran}"
    );
    assert_eq!(emulator.stats().requests, requests, "sent: {ran}");
}

#[tokio::test]
async fn a_missing_variable_is_named_and_nothing_is_sent() {
    let emulator = common::emulator().await;
    let f = emulator.fixtures();
    let cases: [(&str, Vars, &[&str], &[&str]); 3] = [
        (
            "digest_key",
            api_key_vars(f),
            &[],
            &[
                "MONGODB_ATLAS_PUBLIC_API_KEY",
                "MONGODB_ATLAS_PRIVATE_API_KEY",
                "MONGODB_ATLAS_ORG_ID",
            ],
        ),
        (
            "service_account",
            service_account_vars(f),
            &[],
            &[
                "MONGODB_ATLAS_CLIENT_ID",
                "MONGODB_ATLAS_CLIENT_SECRET",
                "MONGODB_ATLAS_PROJECT_ID",
            ],
        ),
        (
            "key_with_access_list",
            api_key_vars(f),
            &["127.0.0.1"],
            &["MONGODB_ATLAS_ORG_ID", "MONGODB_ATLAS_PUBLIC_API_KEY"],
        ),
    ];
    for (example, vars, args, required) in cases {
        for name in required {
            let ran = run(example, args, &without(vars.clone(), name)).await;
            let ran = ran.exited(1);
            assert!(ran.stderr.contains(name), "{example} without {name}: {ran}");
            assert!(ran.stdout.is_empty(), "{example} without {name}: {ran}");
        }
    }
    let no_org = without(api_key_vars(f), "MONGODB_ATLAS_ORG_ID");
    let ran = run("handling_errors", &[], &no_org).await;
    assert!(
        ran.exited(1)
            .stderr
            .contains("MONGODB_ATLAS_ORG_ID is not set")
    );
    let ran = run("key_with_access_list", &[], &api_key_vars(f)).await;
    assert!(ran.exited(1).stderr.contains("give the addresses"));
    let ran = run("emulator_test", &[], &api_key_vars(f)).await;
    assert!(ran.exited(1).stderr.contains("give the runner's address"));
    let no_project = without(api_key_vars(f), "MONGODB_ATLAS_PROJECT_ID");
    let ran = run("emulator_test", &["127.0.0.1"], &no_project).await;
    assert!(ran.exited(1).stderr.contains("MONGODB_ATLAS_PROJECT_ID"));
    let stats = emulator.stats();
    assert_eq!((stats.requests, stats.token_requests), (0, 0));
}

#[tokio::test]
async fn emulator_test_runs_its_code_under_test_as_a_program() {
    let emulator = common::emulator().await;
    let vars = service_account_vars(emulator.fixtures());
    let ran = run("emulator_test", &["127.0.0.1"], &vars).await.exited(0);

    assert_eq!(emulator.stats().keys_created.project, 1, "{ran}");
    // A read-only project key, signed in from its access list.
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");
}

/// A created key whose text fields would act on a terminal if printed raw.
fn hostile_key(role: &str, scope: &str) -> String {
    let mut key = created_key();
    key["publicKey"] = "\u{1b}]0;x\u{7}ab".into(); // 8 characters: retitles the terminal
    key["privateKey"] = "\u{1b}[2J\u{1b}[H$ rm -rf ~\r\u{9b}31m".into();
    key["roles"] = serde_json::json!([{scope: "5e2211c17a3e5a48f5497de3", "roleName": role},
                                     {"orgId": "5980cfc70b6d97029d82e3f6", "roleName": role}]);
    key.to_string()
}

#[tokio::test]
async fn no_example_prints_server_text_raw() {
    let org_key = || Step::json("200 OK", hostile_key("\u{1b}[31mX", "orgId"));
    let project_key = || Step::json("200 OK", hostile_key("\u{202e}X", "groupId"));
    let list = || Step::json("200 OK", r#"{"links":[],"results":[],"totalCount":0}"#);
    let token = Step::json(
        "200 OK",
        common::secrets::token_answer(common::secrets::TOKEN),
    );
    let cases = [
        ("digest_key", vec![challenge(), org_key()], vec![]),
        ("handling_errors", vec![challenge(), org_key()], vec![]),
        ("service_account", vec![token, project_key()], vec![]),
        (
            "key_with_access_list",
            vec![challenge(), org_key(), list()],
            vec!["192.0.2.10"],
        ),
        (
            "emulator_test",
            vec![challenge(), project_key(), list()],
            vec!["192.0.2.10"],
        ),
    ];
    for (example, steps, args) in cases {
        let server = script::serve(steps).await;
        let mut vars = scripted_vars(server.atlas_url());
        if example == "service_account" {
            vars.push(("MONGODB_ATLAS_CLIENT_ID", common::secrets::CLIENT_ID.into()));
            vars.push((
                "MONGODB_ATLAS_CLIENT_SECRET",
                common::secrets::CLIENT_SECRET.into(),
            ));
        }
        let ran = run(example, &args, &vars).await.exited(0);
        let shown = format!("{}{}", ran.stdout, ran.stderr);
        assert!(
            !shown
                .chars()
                .any(|c| c != '\n' && (c.is_control() || c == '\u{202e}')),
            "{example} printed server text raw: {shown:?}"
        );
        assert!(ran.stdout.contains("\\x1b]0;x\\x07ab"), "{example}: {ran}");
    }
}
