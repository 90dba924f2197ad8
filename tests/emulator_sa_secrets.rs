//! A service account's secrets and the tokens they obtain, on the emulator: at most two a
//! service account; a new one cuts the others to seven days; a deleted or expired secret is
//! refused at the token endpoint and the tokens it obtained are refused at once; tokens expire
//! after their lifetime; at most 100 active tokens a service account. The emulator's clock is
//! moved (`Emulator::advance_clock`, `POST /_emulator/clock`) instead of waiting.

mod common;

use std::time::Duration;

use common::sa::{self, accounts_url, code, credentials, token, token_answer, with_token};
use common::{V2_SA, call, http};
use mongodb_api_keys::emulator::{Config, Emulator, RateLimit};
use serde_json::Value;

const HOUR: Duration = Duration::from_secs(3600);

fn date(value: &Value) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap()).unwrap()
}

/// `POST .../secrets` with a lifetime of `hours`.
async fn new_secret(e: &Emulator, client_id: &str, hours: &str) -> common::Answer {
    let url = format!("{}/{client_id}/secrets", accounts_url(e, false));
    let body = format!(r#"{{"secretExpiresAfterHours":{hours}}}"#);
    call(e, "POST", &url, Some(&body)).await
}

#[tokio::test]
async fn two_secrets_at_most_and_a_new_one_cuts_the_others_to_seven_days() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8760).await;
    let (client_id, first) = credentials(&account);
    for hours in ["7", "8761", "0", "-1"] {
        let refused = new_secret(&e, &client_id, hours).await;
        assert_eq!(
            (refused.status, code(&refused).as_str()),
            (400, "VALIDATION_ERROR")
        );
    }
    let second = new_secret(&e, &client_id, "8").await;
    assert_eq!(second.status, 201, "{second:?}");
    assert_eq!(
        second.headers["content-type"],
        format!("{V2_SA};charset=utf-8").as_str()
    );
    let second = second.json();
    let value = second["secret"].as_str().unwrap().to_owned();
    assert!(value.starts_with("mdb_sa_sk_"));
    assert_eq!(
        (date(&second["expiresAt"]) - date(&second["createdAt"])).num_hours(),
        8
    );
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let read = call(&e, "GET", &own, None).await.json();
    let secrets = read["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), 2);
    // The year-long first secret now ends seven days after the second was made.
    let cut = date(&secrets[0]["expiresAt"]) - date(&second["createdAt"]);
    assert_eq!(cut.num_days(), 7, "{read}");
    assert!(secrets.iter().all(|s| s.get("secret").is_none()), "{read}");
    let third = new_secret(&e, &client_id, "8").await;
    assert_eq!(
        (third.status, code(&third).as_str()),
        (400, "VALIDATION_ERROR")
    );
    assert_eq!(
        third.json()["parameters"],
        serde_json::json!(["secrets", 2])
    );
    // Both work until then.
    token(&e, (&client_id, &first)).await;
    token(&e, (&client_id, &value)).await;
    // Past the second's 8 hours it is expired: refused, yet still one of the two.
    e.advance_clock(9 * HOUR).unwrap();
    let expired = token_answer(&e, (&client_id, &value)).await;
    assert_eq!(expired.status, 401, "{expired:?}");
    assert_eq!(expired.json()["error"], "invalid_client");
    assert_eq!(new_secret(&e, &client_id, "8").await.status, 400);
    token(&e, (&client_id, &first)).await;
    // Past the seven days the first is expired too.
    e.advance_clock(7 * 24 * HOUR).unwrap();
    assert_eq!(token_answer(&e, (&client_id, &first)).await.status, 401);
    // Deleting the expired one makes room.
    let id = second["id"].as_str().unwrap();
    let deleted = call(&e, "DELETE", &format!("{own}/secrets/{id}"), None).await;
    assert_eq!(deleted.status, 204, "{deleted:?}");
    let fresh = new_secret(&e, &client_id, "8").await.json();
    token(&e, (&client_id, fresh["secret"].as_str().unwrap())).await;
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_deleted_secret_is_refused_and_so_are_the_tokens_it_obtained() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 24).await;
    let (client_id, first) = credentials(&account);
    let second = new_secret(&e, &client_id, "24").await.json();
    let other = second["secret"].as_str().unwrap().to_owned();
    let by_first = token(&e, (&client_id, &first)).await;
    let by_second = token(&e, (&client_id, &other)).await;
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let read = call(&e, "GET", &own, None).await.json();
    assert!(
        !read["secrets"][0]["lastUsedAt"].is_null(),
        "a token was obtained: {read}"
    );
    let id = account["secrets"][0]["id"].as_str().unwrap();
    let deleted = call(&e, "DELETE", &format!("{own}/secrets/{id}"), None).await;
    assert_eq!(deleted.status, 204, "{deleted:?}");
    let revoked = with_token("GET", &own, &by_first, None).await;
    assert_eq!(revoked.status, 401, "{revoked:?}");
    let refused = token_answer(&e, (&client_id, &first)).await;
    assert_eq!(refused.status, 401, "{refused:?}");
    // The other secret and its token are untouched.
    assert_eq!(with_token("GET", &own, &by_second, None).await.status, 200);
    token(&e, (&client_id, &other)).await;
    let again = call(&e, "DELETE", &format!("{own}/secrets/{id}"), None).await;
    assert_eq!(
        (again.status, code(&again).as_str()),
        (404, "RESOURCE_NOT_FOUND")
    );
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn tokens_expire_after_their_lifetime_on_the_emulators_clock() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8760).await;
    let (client_id, secret) = credentials(&account);
    let answer = token_answer(&e, (&client_id, &secret)).await.json();
    assert_eq!(answer["expires_in"], 3600);
    let bearer = answer["access_token"].as_str().unwrap();
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    assert_eq!(with_token("GET", &own, bearer, None).await.status, 200);
    e.advance_clock(HOUR - Duration::from_secs(5)).unwrap();
    assert_eq!(with_token("GET", &own, bearer, None).await.status, 200);
    e.advance_clock(Duration::from_secs(5)).unwrap();
    assert_eq!(with_token("GET", &own, bearer, None).await.status, 401);
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn the_101st_active_token_of_a_service_account_is_refused() {
    let config = Config {
        token_rate_limit: RateLimit {
            capacity: 1000,
            period: Duration::from_secs(60),
        },
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8760).await;
    let (client_id, secret) = credentials(&account);
    for _ in 0..100 {
        token(&e, (&client_id, &secret)).await;
    }
    let refused = token_answer(&e, (&client_id, &secret)).await;
    assert_eq!(refused.status, 403, "{refused:?}");
    let body = refused.json();
    assert_eq!(body["error"], "access_denied");
    assert!(
        body["error_description"]
            .as_str()
            .unwrap()
            .starts_with("Access Token limit reached."),
        "{body}"
    );
    // Another service account is not affected; once the tokens expire, there is room again.
    let f = e.fixtures();
    token(&e, (&f.client_id, &f.client_secret)).await;
    e.advance_clock(HOUR).unwrap();
    token(&e, (&client_id, &secret)).await;
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn the_clock_moves_over_http_with_the_control_token_only() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let url = format!("{}/_emulator/clock", e.origin());
    let post = |body: &'static str, token: Option<&str>| {
        let mut request = http()
            .post(&url)
            .header("content-type", "application/json")
            .body(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    let control = e.control_token().to_owned();
    let unauthorized = post(r#"{"advanceSeconds":3600}"#, None).await.unwrap();
    assert_eq!(unauthorized.status(), 401);
    let wrong = post(r#"{"advanceSeconds":3600}"#, Some("nope"))
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    for bad in [
        r#"{"advanceSeconds":0}"#,
        r#"{"advanceSeconds":-1}"#,
        r#"{"advanceSeconds":"1"}"#,
        r#"{"advanceSeconds":1,"x":1}"#,
        r#"{"advanceSeconds":400000000}"#,
        "[",
    ] {
        let refused = post(bad, Some(&control)).await.unwrap();
        assert_eq!(refused.status(), 400, "{bad}");
    }
    // Nothing moved: a token made now lives its whole hour.
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8).await;
    let (client_id, secret) = credentials(&account);
    let bearer = token(&e, (&client_id, &secret)).await;
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 200);
    let moved = post(r#"{"advanceSeconds":3600}"#, Some(&control))
        .await
        .unwrap();
    assert_eq!(moved.status(), 200);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["offsetSeconds"], 3600);
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 401);
    let moved = post(r#"{"advanceSeconds":25200}"#, Some(&control))
        .await
        .unwrap();
    assert_eq!(moved.json::<Value>().await.unwrap()["offsetSeconds"], 28800);
    // Eight hours: the secret has expired.
    assert_eq!(token_answer(&e, (&client_id, &secret)).await.status, 401);
    e.shutdown().await.unwrap();
}
