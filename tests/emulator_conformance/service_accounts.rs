//! The service-account operations' part of the conformance run: the bodies they accept and
//! refuse, a fresh service account (assigned to the fixture project, with the entry the
//! access-list operations remove) for each URL that names one, and one whose access list is
//! full (409).

use mongodb_api_keys::emulator::Emulator;
use serde_json::Value;

use super::ENTRY;
use crate::common;

/// A body the service-account operation `id` accepts, and one it refuses with a 400; `None`
/// for the other operations.
pub fn bodies(id: &str) -> Option<(&'static str, &'static str)> {
    const ORG: &str = r#"{"name":"conformance","description":"conformance","roles":["ORG_MEMBER"],"secretExpiresAfterHours":8}"#;
    const PROJECT: &str = r#"{"name":"conformance","description":"conformance","roles":["GROUP_READ_ONLY"],"secretExpiresAfterHours":8}"#;
    let bodies = match id {
        "createOrgServiceAccount" | "createCloudManagerOrgServiceAccount" => (ORG, "{}"),
        "createGroupServiceAccount" => (PROJECT, "{}"),
        "updateOrgServiceAccount" | "updateCloudManagerOrgServiceAccount" => {
            (r#"{"description":"renamed"}"#, r#"{"roles":[]}"#)
        }
        "createOrgServiceAccountSecret" | "createCloudManagerOrgServiceAccountSecret" => {
            (r#"{"secretExpiresAfterHours":8}"#, "{}")
        }
        "inviteGroupServiceAccount" => (r#"{"roles":["GROUP_READ_ONLY"]}"#, "{}"),
        _ => return None,
    };
    Some(bodies)
}

/// Whether `id` adds to a service account's access list (its 409: the list is full).
pub fn adds_entries(id: &str) -> bool {
    id.ends_with("ServiceAccountAccessList") && id.starts_with("create")
}

/// A new service account of the fixture project (so of its organization too), with `ENTRY`
/// on its access list: its client ID and first secret's ID.
async fn account(e: &Emulator) -> (String, String) {
    let f = e.fixtures();
    let url = format!(
        "{}/api/atlas/v2/groups/{}/serviceAccounts",
        f.origin, f.project_id
    );
    let (body, _) = bodies("createGroupServiceAccount").unwrap();
    let made = common::call(e, "POST", &url, Some(body)).await;
    assert_eq!(made.status, 201, "{made:?}");
    let made: Value = made.json();
    let client_id = made["clientId"].as_str().unwrap().to_owned();
    let entries = format!(
        "{}/api/atlas/v2/orgs/{}/serviceAccounts/{client_id}/accessList",
        f.origin, f.org_id
    );
    let entry = format!(r#"[{{"ipAddress":"{ENTRY}"}}]"#);
    let added = common::call(e, "POST", &entries, Some(&entry)).await;
    assert_eq!(added.status, 200, "{added:?}");
    (
        client_id,
        made["secrets"][0]["id"].as_str().unwrap().to_owned(),
    )
}

/// `path` with a new service account for `{clientId}` and its secret for `{secretId}`.
pub async fn fresh(e: &Emulator, path: String) -> String {
    if !path.contains("{clientId}") {
        return path;
    }
    let (client_id, secret_id) = account(e).await;
    path.replace("{clientId}", &client_id)
        .replace("{secretId}", &secret_id)
}

/// A service account whose access list holds the emulator's 500 entries: its client ID.
pub async fn full(e: &Emulator) -> String {
    let (client_id, _) = account(e).await;
    let f = e.fixtures();
    let url = format!(
        "{}/api/atlas/v2/orgs/{}/serviceAccounts/{client_id}/accessList",
        f.origin, f.org_id
    );
    // 499 more, at most 200 a request.
    for start in [0u32, 200, 400] {
        let count = if start == 400 { 99 } else { 200 };
        let items: Vec<String> = (start..start + count)
            .map(|i| format!(r#"{{"ipAddress":"10.8.{}.{}"}}"#, i / 256, i % 256))
            .collect();
        let body = format!("[{}]", items.join(","));
        let added = common::call(e, "POST", &url, Some(&body)).await;
        assert_eq!(added.status, 200, "{added:?}");
    }
    client_id
}
