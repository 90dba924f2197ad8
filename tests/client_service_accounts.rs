//! The client's service-account methods against the emulator: a created account is a client
//! in one call (one token request, counted), its secret is a `Secret` (never in `Debug`), an
//! account read back carries none, deletes say when something was already gone, input is
//! refused before anything is sent, and Cloud Manager's operations come from its base URL.

mod common;

use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::Deleted;
use mongodb_api_keys::types::{OrgRole, ProjectRole};
use mongodb_api_keys::{AccessListEntry, Error};

#[tokio::test]
async fn a_created_service_account_is_a_client_in_one_call() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let admin = common::client(&e);
    let account = admin
        .create_service_account(
            &f.org_id,
            "deployer",
            "CI deployer",
            &[OrgRole::OrgMember],
            24,
        )
        .await
        .unwrap();
    let secret = account.secrets[0]
        .secret
        .as_ref()
        .expect("shown at creation");
    assert!(secret.expose_secret().starts_with("mdb_sa_sk_"));
    assert!(
        !format!("{account:?}").contains(secret.expose_secret()),
        "Debug hides it"
    );

    let tokens = e.stats().token_requests;
    let as_it = admin.as_service_account(&account).unwrap();
    for _ in 0..3 {
        let itself = as_it
            .get_service_account(&f.org_id, &*account.client_id)
            .await
            .unwrap();
        assert!(
            itself.secrets.iter().all(|s| s.secret.is_none()),
            "read back: no secret"
        );
        assert!(
            !itself.secrets[0]
                .masked_secret_value
                .contains(secret.expose_secret())
        );
    }
    assert_eq!(
        e.stats().token_requests,
        tokens + 1,
        "one token for the three calls"
    );

    let read_back = admin
        .get_service_account(&f.org_id, &*account.client_id)
        .await
        .unwrap();
    let refused = admin.as_service_account(&read_back).unwrap_err();
    assert!(matches!(refused, Error::Validation(_)), "{refused}");
    assert!(
        refused.to_string().contains("as_service_account_with"),
        "{refused}"
    );
}

#[tokio::test]
async fn secrets_access_lists_and_projects_through_the_typed_methods() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let admin = common::client(&e);
    let account = admin
        .create_service_account(&f.org_id, "ci", "CI", &[OrgRole::OrgMember], 720)
        .await
        .unwrap();
    let id = account.client_id.to_string();

    let second = admin
        .create_service_account_secret(&f.org_id, &id, 8)
        .await
        .unwrap();
    let value = second.secret.as_ref().unwrap().expose_secret().to_owned();
    assert!(
        admin
            .as_service_account_with(&id, &value)
            .unwrap()
            .get_service_account(&f.org_id, &id)
            .await
            .is_ok()
    );
    let second_id = second.id.to_string();
    assert_eq!(
        admin
            .delete_service_account_secret(&f.org_id, &id, &second_id)
            .await
            .unwrap(),
        Deleted::Deleted
    );
    assert_eq!(
        admin
            .delete_service_account_secret(&f.org_id, &id, &second_id)
            .await
            .unwrap(),
        Deleted::AlreadyGone
    );

    let entries: Vec<AccessListEntry> = vec![
        "127.0.0.1".parse().unwrap(),
        "198.51.100.0/24".parse().unwrap(),
    ];
    admin
        .add_service_account_access_list_entries(&f.org_id, &id, &entries)
        .await
        .unwrap();
    let listed: Vec<_> = admin
        .list_service_account_access_list(&f.org_id, &id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 2);
    let block = &entries[1];
    assert_eq!(
        admin
            .delete_service_account_access_list_entry(&f.org_id, &id, block)
            .await
            .unwrap(),
        Deleted::Deleted
    );
    assert_eq!(
        admin
            .delete_service_account_access_list_entry(&f.org_id, &id, block)
            .await
            .unwrap(),
        Deleted::AlreadyGone
    );

    let assigned = admin
        .assign_service_account_to_project(&f.project_id, &id, &[ProjectRole::GroupReadOnly])
        .await
        .unwrap();
    assert_eq!(assigned.roles, vec!["GROUP_READ_ONLY".to_owned()]);
    let in_project: Vec<_> = admin
        .list_project_service_accounts(&f.project_id)
        .try_collect()
        .await
        .unwrap();
    assert!(in_project.iter().any(|a| *a.client_id == *id));
    let projects: Vec<_> = admin
        .list_service_account_projects(&f.org_id, &id)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(projects.len(), 1);
    assert_eq!(
        admin
            .unassign_service_account_from_project(&f.project_id, &id)
            .await
            .unwrap(),
        Deleted::Deleted
    );
    assert!(
        admin.get_service_account(&f.org_id, &id).await.is_ok(),
        "it stays in the organization"
    );

    let updated = admin
        .update_service_account(
            &f.org_id,
            &id,
            Some("ci 2"),
            None,
            Some(&[OrgRole::OrgReadOnly]),
        )
        .await
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.roles.clone()),
        ("ci 2", vec!["ORG_READ_ONLY".to_owned()])
    );
    assert_eq!(
        admin.delete_service_account(&f.org_id, &id).await.unwrap(),
        Deleted::Deleted
    );
    assert_eq!(
        admin.delete_service_account(&f.org_id, &id).await.unwrap(),
        Deleted::AlreadyGone
    );

    let created = admin
        .create_project_service_account(
            &f.project_id,
            "in project",
            "made in the project",
            &[ProjectRole::GroupReadOnly],
            24,
        )
        .await
        .unwrap();
    assert!(created.secrets[0].secret.is_some());
}

#[tokio::test]
async fn input_is_refused_before_anything_is_sent() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let admin = common::client(&e);
    let before = e.stats().requests;
    let refusals = [
        admin
            .create_service_account(&f.org_id, "CI/CD", "x", &[OrgRole::OrgMember], 24)
            .await
            .unwrap_err(),
        admin
            .create_service_account(&f.org_id, "ci", "x", &[], 24)
            .await
            .unwrap_err(),
        admin
            .create_service_account(&f.org_id, "ci", "x", &[OrgRole::OrgMember], 7)
            .await
            .unwrap_err(),
        admin
            .create_service_account(&f.org_id, "ci", "x", &[OrgRole::OrgMember], 8_761)
            .await
            .unwrap_err(),
        admin
            .get_service_account(&f.org_id, "mdb_sa_id_short")
            .await
            .unwrap_err(),
        admin
            .update_service_account(&f.org_id, &f.client_id, None, None, None)
            .await
            .unwrap_err(),
    ];
    for refused in &refusals {
        assert!(matches!(refused, Error::Validation(_)), "{refused}");
    }
    assert!(
        refusals[3].to_string().contains("8 to 8760"),
        "{}",
        refusals[3]
    );
    assert_eq!(e.stats().requests, before, "nothing was sent");
}

#[tokio::test]
async fn cloud_manager_service_accounts_come_from_its_base_url() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let cloud_manager = common::client_at(&e, &e.ops_manager_url());
    let account = cloud_manager
        .create_service_account(
            &f.org_id,
            "agents",
            "Cloud Manager automation",
            &[OrgRole::OrgMember],
            8_766,
        )
        .await
        .unwrap();
    assert!(account.secrets[0].secret.is_some());
    let served = e.stats().operations;
    assert_eq!(
        served.get("createCloudManagerOrgServiceAccount"),
        Some(&1),
        "{served:?}"
    );
    let id = account.client_id.to_string();
    assert_eq!(
        cloud_manager
            .delete_service_account(&f.org_id, &id)
            .await
            .unwrap(),
        Deleted::Deleted
    );
}
