//! Service accounts for the emulator tests: the URLs of their operations, creating one, a
//! token for its secret, and calls with that token.

use mongodb_api_keys::emulator::Emulator;
use serde_json::Value;

use super::{Answer, call, http, media_of};

/// `ORIGIN/api/atlas/v2/orgs/ORG/serviceAccounts` (or Cloud Manager's with `public`).
pub fn accounts_url(e: &Emulator, public: bool) -> String {
    let prefix = if public {
        "/api/public/v1.0"
    } else {
        "/api/atlas/v2"
    };
    format!(
        "{}{prefix}/orgs/{}/serviceAccounts",
        e.origin(),
        e.fixtures().org_id
    )
}

/// `ORIGIN/api/atlas/v2/groups/PROJECT/serviceAccounts`.
pub fn project_url(e: &Emulator) -> String {
    format!(
        "{}/api/atlas/v2/groups/{}/serviceAccounts",
        e.origin(),
        e.fixtures().project_id
    )
}

/// A create body: `name`, `description`, `roles`, `hours`.
pub fn body(name: &str, roles: &[&str], hours: u32) -> String {
    serde_json::json!({
        "name": name,
        "description": "made by a test",
        "roles": roles,
        "secretExpiresAfterHours": hours,
    })
    .to_string()
}

/// Creates an organization service account on the Admin API v2 with `roles` and a first
/// secret of `hours`, as the fixture user; its answer (`201`, checked).
pub async fn create(e: &Emulator, roles: &[&str], hours: u32) -> Value {
    let answer = call(
        e,
        "POST",
        &accounts_url(e, false),
        Some(&body("ci", roles, hours)),
    )
    .await;
    assert_eq!(answer.status, 201, "{answer:?}");
    answer.json()
}

/// The client ID and first secret of a created service account.
pub fn credentials(account: &Value) -> (String, String) {
    let text = |v: &Value| v.as_str().unwrap().to_owned();
    (
        text(&account["clientId"]),
        text(&account["secrets"][0]["secret"]),
    )
}

/// `POST /api/oauth/token` with `client_id:secret` as HTTP Basic.
pub async fn token_answer(e: &Emulator, (client_id, secret): (&str, &str)) -> Answer {
    let response = http()
        .post(format!("{}/api/oauth/token", e.origin()))
        .basic_auth(client_id, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap(),
    }
}

/// An access token for `client_id:secret` (its answer checked to be `200`).
pub async fn token(e: &Emulator, credentials: (&str, &str)) -> String {
    let answer = token_answer(e, credentials).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.json()["access_token"].as_str().unwrap().to_owned()
}

/// `method url` with `Authorization: Bearer token` and the URL's media types.
pub async fn with_token(method: &str, url: &str, token: &str, body: Option<&str>) -> Answer {
    let media = media_of(url);
    let mut request = http()
        .request(method.parse().unwrap(), url)
        .bearer_auth(token)
        .header("accept", media);
    if let Some(body) = body {
        request = request.header("content-type", media).body(body.to_owned());
    }
    let response = request.send().await.unwrap();
    Answer {
        status: response.status().as_u16(),
        headers: response.headers().clone(),
        text: response.text().await.unwrap(),
    }
}

/// The `errorCode` of an answer.
pub fn code(answer: &Answer) -> String {
    answer.json()["errorCode"].as_str().unwrap_or("").to_owned()
}
