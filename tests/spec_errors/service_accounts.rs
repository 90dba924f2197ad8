//! The service accounts' error examples, provoked for real: a name, a secret lifetime, too
//! many access-list entries or secrets (`400 VALIDATION_ERROR`, on the Admin API v2 and on
//! Cloud Manager), the organization full (`400 EMULATOR_SERVICE_ACCOUNT_LIMIT`), a service
//! account that is not there (`404 RESOURCE_NOT_FOUND`), its access list full (`409
//! EMULATOR_ACCESS_LIST_LIMIT`).

use mongodb_api_keys::emulator::Emulator;
use serde_json::Value;

use crate::common::{Answer, call};

/// `POST url` with `body`, as the fixture user, with the media types of the URL's API.
async fn post(e: &Emulator, url: &str, body: &str) -> Answer {
    call(e, "POST", url, Some(body)).await
}

/// Whether the example is one of a service account's (the access-list limit is shared with
/// API keys: its detail tells them apart).
pub fn is_service_account_error(code: &str, example: &Value) -> bool {
    match code {
        "VALIDATION_ERROR" | "EMULATOR_SERVICE_ACCOUNT_LIMIT" | "RESOURCE_NOT_FOUND" => true,
        "EMULATOR_ACCESS_LIST_LIMIT" => example["detail"]
            .as_str()
            .is_some_and(|d| d.contains("service account")),
        _ => false,
    }
}

/// `ORIGIN/{prefix}/orgs/ORG/serviceAccounts`.
fn accounts(e: &Emulator, prefix: &str) -> String {
    format!(
        "{}{prefix}/orgs/{}/serviceAccounts",
        e.origin(),
        e.fixtures().org_id
    )
}

/// A create body with this name and lifetime.
fn body(name: &str, hours: u32) -> String {
    serde_json::json!({
        "name": name, "description": "spec errors", "roles": ["ORG_MEMBER"],
        "secretExpiresAfterHours": hours,
    })
    .to_string()
}

/// A new service account on the Admin API v2: its URL.
async fn account(e: &Emulator) -> String {
    let made = post(e, &accounts(e, "/api/atlas/v2"), &body("x", 8)).await;
    assert_eq!(made.status, 201, "{made:?}");
    let client_id = made.json()["clientId"].as_str().unwrap().to_owned();
    format!("{}/{client_id}", accounts(e, "/api/atlas/v2"))
}

/// `count` access-list entries from `10.{third}.0.0` on.
fn entries(count: u32, third: u32) -> String {
    let items: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"ipAddress":"10.{third}.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    format!("[{}]", items.join(","))
}

/// Makes the emulator send the service-account error `example` shows; the body it sent, with
/// the IDs it made replaced by the example's.
pub async fn provoke(e: &Emulator, code: &str, example: &Value) -> Value {
    let params = &example["parameters"];
    let cloud_manager =
        example["detail"].as_str().unwrap_or("").contains("ASCII") || params[2] == 8766;
    let prefix = if cloud_manager {
        "/api/public/v1.0"
    } else {
        "/api/atlas/v2"
    };
    let answer: Answer = match (code, params[0].as_str().unwrap_or("")) {
        ("VALIDATION_ERROR", "name") => post(e, &accounts(e, prefix), &body("a/b", 8)).await,
        ("VALIDATION_ERROR", "secretExpiresAfterHours") => {
            let max = params[2].as_u64().unwrap() as u32;
            post(e, &accounts(e, prefix), &body("x", max + 1)).await
        }
        ("VALIDATION_ERROR", "accessList") => {
            let url = format!("{}/accessList", account(e).await);
            post(e, &url, &entries(201, 1)).await
        }
        ("VALIDATION_ERROR", "secrets") => {
            let url = format!("{}/secrets", account(e).await);
            let secret = r#"{"secretExpiresAfterHours":8}"#;
            assert_eq!(post(e, &url, secret).await.status, 201);
            post(e, &url, secret).await
        }
        ("EMULATOR_SERVICE_ACCOUNT_LIMIT", _) => {
            let url = accounts(e, "/api/atlas/v2");
            let mut made = 0;
            while post(e, &url, &body("x", 8)).await.status == 201 {
                made += 1;
                assert!(made <= 1000, "the organization takes more than 1,000");
            }
            post(e, &url, &body("x", 8)).await
        }
        ("RESOURCE_NOT_FOUND", path) => {
            call(e, "GET", &format!("{}{path}", e.origin()), None).await
        }
        ("EMULATOR_ACCESS_LIST_LIMIT", named) => {
            let own = account(e).await;
            let url = format!("{own}/accessList");
            for third in 1..=2 {
                assert_eq!(post(e, &url, &entries(200, third)).await.status, 200);
            }
            assert_eq!(post(e, &url, &entries(100, 3)).await.status, 200);
            let refused = post(e, &url, &entries(1, 4)).await;
            let client_id = own.rsplit('/').next().unwrap();
            return serde_json::from_str(&refused.text.replace(client_id, named)).unwrap();
        }
        (other, field) => panic!("no way to provoke {other} ({field}) from the emulator"),
    };
    answer.json()
}
