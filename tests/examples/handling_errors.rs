//! `handling_errors`: every kind of error it tells apart, provoked for real (the emulator's
//! refusals and faults, a port nobody listens at, an answer cut, a success the contract does
//! not describe), each judged by its exit status, the outcome and the advice it prints.

use mongodb_api_keys::emulator::{Config, Emulator, Fault};
use mongodb_api_keys::{ErrorCode, OrgRole};
use serde_json::Value;

use crate::common;
use crate::common::script::{self, Step};
use crate::common::secrets::{NEW_PRIVATE_KEY, created_key};
use crate::run::*;

/// Runs `handling_errors` and checks its exit status, the outcome and the advice it prints.
async fn handling_errors(vars: &Vars, code: i32, outcome: &str, advice: &str) -> Ran {
    let ran = run("handling_errors", &[], vars).await.exited(code);
    assert!(
        ran.stderr.contains(&format!("\noutcome: {outcome}\n")),
        "{ran}"
    );
    assert!(
        ran.stderr.contains(&format!("\nwhat to do: {advice}\n")),
        "{ran}"
    );
    ran
}

/// An emulator whose organization also has a read-only key, and a key that may be used
/// only from 192.0.2.10.
async fn emulator_with_other_keys() -> (Emulator, Vars, Vars) {
    let config = Config {
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    let emulator = Emulator::start(config).await.unwrap();
    let f = emulator.fixtures();
    let read_only = with_api_key(
        api_key_vars(f),
        &f.keys[0].public_key,
        &f.keys[0].private_key,
    );
    let key = common::client(&emulator)
        .create_org_api_key_with_access_list(
            &f.org_id,
            "elsewhere",
            &[OrgRole::OrgOwner],
            &["192.0.2.10".parse().unwrap()],
        )
        .await
        .unwrap();
    let elsewhere = with_api_key(
        api_key_vars(f),
        &key.public_key,
        key.private_key.expose_secret(),
    );
    (emulator, read_only, elsewhere)
}

#[tokio::test]
async fn handling_errors_tells_kinds_and_codes_apart() {
    let (emulator, read_only, elsewhere) = emulator_with_other_keys().await;
    let f = emulator.fixtures();
    let (owner, service_account) = (api_key_vars(f), service_account_vars(f));
    const PRIVATE: &str = "MONGODB_ATLAS_PRIVATE_API_KEY";

    let ran = run("handling_errors", &[], &owner).await.exited(0);
    let error = try_printed_key(&emulator, &ran).await;
    assert!(is_permission(&error, ErrorCode::NotOrgOwner), "{error}");

    let requests = emulator.stats().requests;
    let no_credentials = without(without(owner.clone(), PRIVATE), "MONGODB_ATLAS_CLIENT_ID");
    let configure = "fix the configuration (see the top of examples/handling_errors.rs)";
    handling_errors(&no_credentials, 1, "NotSent", configure).await;
    let bad_id = with(owner.clone(), "MONGODB_ATLAS_ORG_ID", "nope");
    handling_errors(&bad_id, 1, "NotSent", "fix the input; nothing was sent").await;
    assert_eq!(emulator.stats().requests, requests, "sent");

    let refused = "the credentials were refused: check the key pair, or the client ID and secret";
    let wrong_key = with(
        owner.clone(),
        PRIVATE,
        "0bad0bad-0bad-4bad-8bad-0bad0bad0bad",
    );
    handling_errors(&wrong_key, 1, "Refused", refused).await;
    let wrong_secret = with(
        service_account,
        "MONGODB_ATLAS_CLIENT_SECRET",
        "mdb_sa_sk_0bad",
    );
    let ran = handling_errors(&wrong_secret, 1, "NotSent", refused).await;
    assert!(ran.stderr.contains("token endpoint refused"), "{ran}");
    let owner_role = "these credentials need Organization Owner to create organization keys";
    handling_errors(&read_only, 1, "Refused", owner_role).await;
    let address = "add this machine's address to the credentials' API access list";
    handling_errors(&elsewhere, 1, "Refused", address).await;
    let other_org = with(
        owner.clone(),
        "MONGODB_ATLAS_ORG_ID",
        "0123456789abcdef01234567",
    );
    let no_org = "no such organization: check MONGODB_ATLAS_ORG_ID";
    handling_errors(&other_org, 1, "Refused", no_org).await;

    let faults = [
        // A refusal the example has no special case for: it names MongoDB's code.
        (
            415,
            None,
            1,
            "Refused",
            "MongoDB's code is UNEXPECTED_ERROR",
        ),
        (
            429,
            Some(3600),
            1,
            "Refused",
            "rate limited: run it again in 3600 s",
        ),
        (
            500,
            None,
            2,
            "Unknown",
            "list the organization's API keys before running this again",
        ),
    ];
    for (status, retry_after, code, outcome, advice) in faults {
        // The operation the example calls (its 415 is declared there, not everywhere).
        let fault = Fault {
            status: Some(status),
            retry_after,
            count: 1,
            operation: Some("createOrgApiKey".into()),
            ..Fault::default()
        };
        emulator.inject(fault).unwrap();
        handling_errors(&owner, code, outcome, advice).await;
    }
    // The first run's key and the one made for `elsewhere`; none of the failures made one.
    assert_eq!(emulator.stats().keys_created.org, 2);
}

#[tokio::test]
async fn handling_errors_at_the_organization_key_limit() {
    let config = Config {
        max_api_keys_per_org: 1,
        ..Config::default()
    };
    let emulator = Emulator::start(config).await.unwrap();
    let vars = api_key_vars(emulator.fixtures());
    run("handling_errors", &[], &vars).await.exited(0);
    let full = "the organization holds as many API keys as it may: delete unused ones";
    handling_errors(&vars, 1, "Refused", full).await;
    assert_eq!(emulator.stats().keys_created.org, 1);
}

#[tokio::test]
async fn handling_errors_when_nothing_answers_an_answer_is_cut_or_a_success_is_odd() {
    let nobody = script::serve(vec![]).await;
    let again = "nothing happened on the server: run it again";
    handling_errors(&scripted_vars(nobody.atlas_url()), 1, "NotSent", again).await;

    let cut = script::serve(vec![challenge(), Step::Cut]).await;
    let look = "list the organization's API keys before running this again";
    handling_errors(&scripted_vars(cut.atlas_url()), 2, "Unknown", look).await;
    assert_eq!(cut.request_lines().len(), 2);

    // A 201 where the contract says 200: the key was created, its answer goes to stdout.
    let odd = script::serve(vec![Step::json("201 Created", created_key().to_string())]).await;
    let store = "store the key printed on stdout";
    let ran = handling_errors(&scripted_vars(odd.atlas_url()), 3, "Done", store).await;
    let printed: Value = serde_json::from_str(&ran.stdout).unwrap();
    assert_eq!(printed, created_key(), "{ran}");
    assert!(!ran.stderr.contains(NEW_PRIVATE_KEY), "{ran}");
}
