//! The client's access-list calls against the emulator: checks made before anything is sent,
//! one request per call, keys created with an access list in one call, and a created key that
//! is never lost when its access list fails.

mod common;

use mongodb_api_keys::AccessListEntry;
use mongodb_api_keys::client::{Client, Error, ErrorCode};
use mongodb_api_keys::emulator::{Config, Emulator, Fault};
use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};

fn entries(texts: &[&str]) -> Vec<AccessListEntry> {
    texts.iter().map(|t| t.parse().unwrap()).collect()
}

async fn required() -> Emulator {
    let config = Config {
        require_access_list: true,
        ..Config::default()
    };
    Emulator::start(config).await.unwrap()
}

#[tokio::test]
async fn wrong_ids_and_empty_lists_are_refused_before_anything_is_sent() {
    let e = common::emulator().await;
    let client = common::client(&e);
    let f = e.fixtures();
    let one = entries(&["192.0.2.10"]);
    let public_key = client
        .add_access_list_entries(&f.org_id, "kzurbumc", &one)
        .await;
    let message = public_key.unwrap_err().to_string();
    assert!(
        message.contains("looks like the key's public key; pass its id (24 hex digits"),
        "{message}"
    );
    let wrong_org = client
        .add_access_list_entries("kzurbumc", "5c47ba5127d9d61b9fd8a27b", &one)
        .await;
    assert!(matches!(wrong_org, Err(Error::Validation(_))));
    let none = client
        .add_access_list_entries(&f.org_id, "5c47ba5127d9d61b9fd8a27b", &[])
        .await;
    assert!(
        none.unwrap_err()
            .to_string()
            .contains("at least one address or CIDR block")
    );
    let none = client
        .create_org_api_key_with_access_list(&f.org_id, "k", &[OrgRole::OrgMember], &[])
        .await;
    assert!(matches!(none, Err(Error::Validation(_))));
    assert_eq!(e.stats().requests, 0, "something was sent");
}

#[tokio::test]
async fn entries_are_added_in_one_request_per_call_and_an_unknown_key_is_mongodbs_error() {
    let e = common::emulator().await;
    let client = common::client(&e);
    let f = e.fixtures();
    let key = common::org_key(&client, &e).await.unwrap();
    let before = e.stats().requests;
    let list = client
        .add_access_list_entries(
            &f.org_id,
            key.id.to_string(),
            &entries(&["192.0.2.10", "2001:db8::/32"]),
        )
        .await
        .unwrap();
    assert_eq!(list.total_count, Some(2));
    assert_eq!(list.results[1].cidr_block, "2001:db8::/32");
    assert_eq!(e.stats().requests - before, 1, "one request per call");

    let unknown = client
        .add_access_list_entries(
            &f.org_id,
            "5c47ba5127d9d61b9fd8a27b",
            &entries(&["192.0.2.10"]),
        )
        .await;
    match unknown {
        // The Admin API v2's 404 (the deprecated v1.0 answered 400).
        Err(Error::Api {
            status: 404,
            error_code: Some(code),
            ..
        }) => assert_eq!(code, ErrorCode::ApiKeyNotFound),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_key_created_with_an_access_list_works_at_once_where_one_is_required() {
    let e = required().await;
    let client = common::client(&e);
    let f = e.fixtures();
    let here = entries(&["127.0.0.1"]);
    let org_key = client
        .create_org_api_key_with_access_list(&f.org_id, "deployer", &[OrgRole::OrgOwner], &here)
        .await
        .unwrap();
    let project_key = client
        .create_project_api_key_with_access_list(
            &f.project_id,
            "dashboards",
            &[ProjectRole::GroupOwner],
            &here,
        )
        .await
        .unwrap();
    for key in [&org_key, &project_key] {
        let own = Client::builder(&f.base_url)
            .credentials(&key.public_key, key.private_key.expose_secret())
            .build()
            .unwrap();
        own.create_project_api_key(
            &f.project_id,
            "made by the new key",
            &[ProjectRole::GroupReadOnly],
        )
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", key.public_key));
    }

    // Without an entry, the same key is refused with MongoDB's error.
    let bare = client
        .create_org_api_key(&f.org_id, "bare", &[OrgRole::OrgOwner])
        .await
        .unwrap();
    let own = Client::builder(&f.base_url)
        .credentials(&bare.public_key, bare.private_key.expose_secret())
        .build()
        .unwrap();
    match common::org_key(&own, &e).await {
        Err(Error::PermissionDenied {
            status: 403,
            error_code: Some(code),
            ..
        }) => assert_eq!(code, ErrorCode::OrgRequiresAccessList),
        other => panic!("{other:?}"),
    }
}

/// One 500 from the access-list operation.
fn access_list_failure() -> Fault {
    Fault {
        status: Some(500),
        count: 1,
        // The client adds entries with the Admin API v2's operation.
        operation: Some("createOrgApiKeyAccessListEntry".into()),
        ..Fault::default()
    }
}

#[tokio::test]
async fn when_the_access_list_fails_the_created_key_and_its_secret_still_reach_the_caller() {
    let e = required().await;
    let client = common::client(&e);
    let f = e.fixtures();
    e.inject(access_list_failure()).unwrap();
    let outcome = client
        .create_org_api_key_with_access_list(
            &f.org_id,
            "deployer",
            &[OrgRole::OrgOwner],
            &entries(&["127.0.0.1"]),
        )
        .await;
    let Err(error @ Error::AccessListNotApplied { .. }) = outcome else {
        panic!("{outcome:?}");
    };
    let message = error.to_string();
    assert!(!error.is_retryable(), "retrying would create a second key");
    let Error::AccessListNotApplied {
        key,
        org_id,
        error: cause,
        ..
    } = error
    else {
        unreachable!()
    };
    assert_eq!(org_id, f.org_id);
    assert!(
        matches!(*cause, Error::Api { status: 500, .. }),
        "{cause:?}"
    );
    assert!(
        message.contains(key.public_key.as_str()) && message.contains(&key.id.to_string()),
        "{message}"
    );
    let secret = key.private_key.expose_secret();
    assert_eq!(secret.len(), 36);
    assert!(!message.contains(secret), "the secret is in the message");
    assert!(
        !format!("{key:?}").contains(secret),
        "the secret is in Debug"
    );
    assert_eq!(e.stats().keys_created.org, 1);

    // The key is real: adding its entries afterwards makes it usable.
    client
        .add_access_list_entries(&org_id, key.id.to_string(), &entries(&["127.0.0.1"]))
        .await
        .unwrap();
    let own = Client::builder(&f.base_url)
        .credentials(&key.public_key, secret)
        .build()
        .unwrap();
    common::org_key(&own, &e).await.unwrap();
}

/// The access-list operation adds the entries, then answers after [`impatient`] has stopped
/// waiting.
fn access_list_answered_late() -> Fault {
    Fault {
        delay_ms: 2_000,
        count: 1,
        // The client adds entries with the Admin API v2's operation.
        operation: Some("createOrgApiKeyAccessListEntry".into()),
        ..Fault::default()
    }
}

/// The fixture user's client, waiting 300 ms for an answer.
fn impatient(e: &Emulator) -> Client {
    let f = e.fixtures();
    Client::builder(&f.base_url)
        .credentials(&f.username, &f.api_key)
        .timeout(std::time::Duration::from_millis(300))
        .build()
        .unwrap()
}

#[tokio::test]
async fn when_the_access_list_answer_is_lost_the_error_says_the_entries_may_be_there() {
    let e = required().await;
    let f = e.fixtures();
    let quick = impatient(&e);
    e.inject(access_list_answered_late()).unwrap();
    let outcome = quick
        .create_org_api_key_with_access_list(
            &f.org_id,
            "deployer",
            &[OrgRole::OrgOwner],
            &entries(&["127.0.0.1"]),
        )
        .await;
    let Err(error @ Error::AccessListNotApplied { .. }) = outcome else {
        panic!("{outcome:?}");
    };
    let message = error.to_string();
    let Error::AccessListNotApplied {
        key, error: cause, ..
    } = error
    else {
        unreachable!()
    };
    assert!(matches!(*cause, Error::OutcomeUnknown { .. }), "{cause:?}");
    assert!(
        message.contains("may or may not have been applied"),
        "{message}"
    );
    assert!(
        message.contains(&format!("apiKeys/{}/accessList", key.id)),
        "{message}"
    );
    assert!(
        !message.contains("exists without those entries"),
        "{message}"
    );
    assert!(!message.contains("may have been created"), "{message}");
    assert!(!message.contains(".."), "{message}");
    // The entries were applied: the key works with its own credentials.
    let own = Client::builder(&f.base_url)
        .credentials(&key.public_key, key.private_key.expose_secret())
        .build()
        .unwrap();
    common::org_key(&own, &e).await.unwrap();
}

#[tokio::test]
async fn when_adding_entries_gets_no_answer_the_error_is_about_the_entries() {
    let e = required().await;
    let f = e.fixtures();
    let key = common::org_key(&common::client(&e), &e).await.unwrap();
    let quick = impatient(&e);
    e.inject(access_list_answered_late()).unwrap();
    let error = quick
        .add_access_list_entries(&f.org_id, key.id.to_string(), &entries(&["10.1.1.1"]))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert!(!error.is_retryable());
    let message = error.to_string();
    assert!(
        message.contains("the entries may or may not have been added"),
        "{message}"
    );
    assert!(!message.contains("key may have been created"), "{message}");
}
