//! The typed client over the lifecycle, counted against the emulator: a list of N keys costs
//! ceil(N / 500) requests and one digest challenge; deletes say when a thing was already
//! gone; MongoDB's `Deprecation` and `Sunset` are kept, 406 and 410 are typed errors that say
//! what to do; a server that pages without end is not followed without end.

mod common;

use common::script::{self, Step};
use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::{Deleted, Error, ErrorCode};
use mongodb_api_keys::emulator::{Config, Emulator};
use mongodb_api_keys::types::{OrgRole, ProjectRole};
use mongodb_api_keys::{AccessListEntry, Client};

#[tokio::test(flavor = "multi_thread")]
async fn a_list_of_1201_keys_costs_three_pages_and_one_challenge() {
    let config = Config {
        max_api_keys_per_org: 2000,
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures();
    let creator = common::client(&e);
    let mut made = Vec::new();
    for chunk in 0..1201 / 100 + 1 {
        let calls = (chunk * 100..(chunk * 100 + 100).min(1201)).map(|n| {
            let creator = creator.clone();
            let org = f.org_id.clone();
            tokio::spawn(async move {
                let key = creator
                    .create_org_api_key(&org, format!("key {n}"), &[OrgRole::OrgMember])
                    .await
                    .unwrap();
                key.id.to_string()
            })
        });
        made.extend(common::futures_join(calls).await);
    }
    let before = e.stats();
    let keys: Vec<_> = common::client(&e)
        .list_org_api_keys(&f.org_id)
        .try_collect()
        .await
        .unwrap();
    let after = e.stats();
    assert_eq!(keys.len(), 1201);
    let mut listed: Vec<String> = keys.iter().map(|k| k.id.to_string()).collect();
    listed.sort();
    made.sort();
    assert_eq!(listed, made);
    assert_eq!(
        after.requests - before.requests,
        3 + 1,
        "3 pages and 1 challenge"
    );
    assert_eq!(after.challenges - before.challenges, 1);
}

#[tokio::test]
async fn deletes_say_when_a_thing_was_already_gone() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let client = common::client(&e);
    let entries: Vec<AccessListEntry> = vec!["192.0.2.1".parse().unwrap()];
    let key = client
        .create_org_api_key_with_access_list(&f.org_id, "k", &[OrgRole::OrgMember], &entries)
        .await
        .unwrap();
    let id = key.id.to_string();
    for _ in 0..2 {
        client
            .assign_api_key_to_project(&f.project_id, &id, &[ProjectRole::GroupReadOnly])
            .await
            .unwrap();
    }
    let unassign = || client.unassign_api_key_from_project(&f.project_id, &id);
    assert_eq!(unassign().await.unwrap(), Deleted::Deleted);
    assert_eq!(unassign().await.unwrap(), Deleted::AlreadyGone);
    let entry = || client.delete_access_list_entry(&f.org_id, &id, &entries[0]);
    assert_eq!(entry().await.unwrap(), Deleted::Deleted);
    assert_eq!(entry().await.unwrap(), Deleted::AlreadyGone);
    let delete = || client.delete_org_api_key(&f.org_id, &id);
    assert_eq!(delete().await.unwrap(), Deleted::Deleted);
    assert_eq!(delete().await.unwrap(), Deleted::AlreadyGone);
    // An unknown organization is an error, not "already gone".
    let other = client
        .delete_org_api_key("5980cfc70b6d97029d82e3f7", &id)
        .await
        .unwrap_err();
    assert!(
        matches!(other, Error::PermissionDenied { .. } | Error::Api { .. }),
        "{other:?}"
    );

    let om = common::client_at(&e, &e.ops_manager_url());
    let agent = om
        .create_agent_api_key(&f.project_id, "agent")
        .await
        .unwrap();
    let id = agent.id.to_string();
    let listed: Vec<_> = om
        .list_agent_api_keys(&f.project_id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1);
    assert_ne!(
        listed[0].key.expose_secret(),
        agent.key.expose_secret(),
        "masked"
    );
    assert_eq!(
        om.delete_agent_api_key(&f.project_id, &id).await.unwrap(),
        Deleted::Deleted
    );
    assert_eq!(
        om.delete_agent_api_key(&f.project_id, &id).await.unwrap(),
        Deleted::AlreadyGone
    );
}

#[tokio::test]
async fn a_deprecated_version_is_kept_and_a_sunset_one_is_a_typed_error() {
    let config = Config {
        sunsets: vec!["2023-01-01=2099-06-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let client = common::client(&e);
    assert!(client.deprecation().is_none());
    let keys: Vec<_> = client
        .list_org_api_keys(&e.fixtures().org_id)
        .try_collect()
        .await
        .unwrap();
    assert!(keys.is_empty());
    let notice = client
        .deprecation()
        .expect("the Deprecation header kept")
        .to_string();
    assert!(notice.contains("2099"), "{notice}");

    let config = Config {
        sunsets: vec!["2023-01-01=2024-06-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let error = common::client(&e)
        .get_org_api_key(&e.fixtures().org_id, "5c47ba5127d9d61b9fd8a27b")
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ApiVersion { status: 410, .. }),
        "{error:?}"
    );
    assert_eq!(error.error_code(), Some(ErrorCode::from("VERSION_GONE")));
    let message = error.to_string();
    assert!(message.contains("Upgrade mongodb-api-keys"), "{message}");
}

#[tokio::test]
async fn an_unknown_version_is_a_typed_error_saying_what_was_sent() {
    let body = common::secrets::api_error(406, "INVALID_VERSION_DATE", "Invalid version date.");
    let server = script::serve(vec![Step::json("406 Not Acceptable", body)]).await;
    let client = Client::builder(&server.origin)
        .credentials("kzurbumc", "4d9fc199-e58b-4225-b916-4a2d34e0cf0c")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    let error = client
        .get_org_api_key("5980cfc70b6d97029d82e3f6", "5c47ba5127d9d61b9fd8a27b")
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ApiVersion { status: 406, .. }),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .contains("application/vnd.atlas.2023-01-01+json"),
        "{error}"
    );
    let head = server.heads.lock().unwrap()[0].to_lowercase();
    assert!(
        head.contains("accept: application/vnd.atlas.2023-01-01+json"),
        "{head}"
    );
}

#[tokio::test]
async fn a_server_that_pages_without_end_is_not_followed_without_end() {
    let mut key = common::secrets::created_key();
    key["privateKey"] = "********-****-****-85daa09d408a".into();
    let page = serde_json::json!({"results": [key], "totalCount": 1_000_000_000u64}).to_string();
    let steps = (0..1001)
        .map(|_| Step::json("200 OK", page.clone()))
        .collect();
    let server = script::serve(steps).await;
    let client = Client::builder(&server.origin)
        .credentials("kzurbumc", "4d9fc199-e58b-4225-b916-4a2d34e0cf0c")
        .allow_insecure_http(true)
        .build()
        .unwrap();
    let mut keys = client.list_org_api_keys("5980cfc70b6d97029d82e3f6");
    let mut read = 0;
    let error = loop {
        match keys.try_next().await {
            Ok(Some(_)) => read += 1,
            Ok(None) => panic!("the list ended by itself after {read}"),
            Err(error) => break error,
        }
    };
    // 1,000 pages read; the last one's items come with the error, not after it.
    assert_eq!(read, 999);
    assert_eq!(server.heads.lock().unwrap().len(), 1000);
    assert!(error.to_string().contains("1000 pages"), "{error}");
}
