//! The emulator's service accounts as Atlas serves them: the token endpoint's answers and
//! OAuth errors, its rate limit, revocation and expiry, bearer tokens accepted on Atlas's
//! base path only, and a service account's roles enforced as a key's are.

mod common;

use std::time::Duration;

use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::Value;

/// `POST /api/oauth/token` with these credentials and body; (status, headers, JSON body).
async fn token(
    e: &Emulator,
    credentials: (&str, &str),
    content_type: &str,
    body: &str,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let response = common::http()
        .post(format!("http://{}/api/oauth/token", e.addr()))
        .basic_auth(credentials.0, Some(credentials.1))
        .header("content-type", content_type)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    (
        status,
        headers,
        response.json().await.unwrap_or(Value::Null),
    )
}

const FORM: &str = "application/x-www-form-urlencoded";

/// Creates an organization key with `Authorization: Bearer token` under `base`.
async fn with_bearer(e: &Emulator, base: &str, token: &str) -> reqwest::Response {
    common::http()
        .post(format!("{base}/orgs/{}/apiKeys", e.fixtures().org_id))
        .bearer_auth(token)
        .header("content-type", "application/json")
        .body(common::ORG_BODY)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_token_endpoint_answers_as_oauth_says() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let client = (f.client_id.as_str(), f.client_secret.as_str());
    let (status, headers, body) = token(&e, client, FORM, "grant_type=client_credentials").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["token_type"].as_str(), body["expires_in"].as_u64()),
        (Some("Bearer"), Some(3600))
    );
    assert_eq!(headers["cache-control"], "no-store");
    let cases = [
        (
            (f.client_id.as_str(), "wrong"),
            FORM,
            "grant_type=client_credentials",
            401,
            "invalid_client",
        ),
        (
            ("mdb_sa_id_000000000000000000000000", "x"),
            FORM,
            "grant_type=client_credentials",
            401,
            "invalid_client",
        ),
        (
            client,
            FORM,
            "grant_type=password",
            400,
            "unsupported_grant_type",
        ),
        (client, FORM, "scope=x", 400, "invalid_request"),
        (
            client,
            "application/json",
            r#"{"grant_type":"client_credentials"}"#,
            400,
            "invalid_request",
        ),
    ];
    for (credentials, content_type, form, status, error) in cases {
        let (got, headers, body) = token(&e, credentials, content_type, form).await;
        assert_eq!(
            (got, body["error"].as_str()),
            (status, Some(error)),
            "{form}: {body}"
        );
        if status == 401 {
            assert!(
                headers["www-authenticate"]
                    .to_str()
                    .unwrap()
                    .starts_with("Basic ")
            );
        }
    }
    assert_eq!(e.stats().token_requests, 6);
}

#[tokio::test]
async fn the_eleventh_token_request_in_a_minute_is_refused() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let first = std::time::Instant::now();
    for _ in 0..10 {
        let (status, _, _) = token(
            &e,
            (&f.client_id, &f.client_secret),
            FORM,
            "grant_type=client_credentials",
        )
        .await;
        assert_eq!(status, 200);
    }
    let (status, headers, body) = token(
        &e,
        (&f.client_id, &f.client_secret),
        FORM,
        "grant_type=client_credentials",
    )
    .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (429, Some("RATE_LIMITED")),
        "{body}"
    );
    // 60 s less the whole seconds since the first request, however slow this machine is.
    let retry_after: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
    let elapsed = first.elapsed().as_secs() + 1;
    assert!(
        (60u64.saturating_sub(elapsed).max(1)..=60).contains(&retry_after),
        "Retry-After {retry_after} after {elapsed} s"
    );
    assert_eq!(e.stats().rate_limited, 1);
    assert_eq!(
        body["detail"],
        "Resource /api/oauth/token is limited to 10 requests every 1 minutes."
    );
}

#[tokio::test]
async fn bearer_tokens_work_on_atlas_only_and_stop_when_revoked_or_expired() {
    let config = Config {
        token_lifetime: Duration::from_secs(1),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let issue = || async {
        let (_, _, body) = token(
            &e,
            (&f.client_id, &f.client_secret),
            FORM,
            "grant_type=client_credentials",
        )
        .await;
        body["access_token"].as_str().unwrap().to_owned()
    };
    let bearer = issue().await;
    assert_eq!(with_bearer(&e, &f.base_url, &bearer).await.status(), 200);
    // Ops Manager has no service accounts: the digest challenge any request without
    // credentials gets.
    let refused = with_bearer(&e, &f.ops_manager_url, &bearer).await;
    assert_eq!(refused.status(), 401);
    assert!(
        refused.headers()["www-authenticate"]
            .to_str()
            .unwrap()
            .starts_with("Digest realm=")
    );
    // Revoked.
    let revoked = common::http()
        .post(format!("http://{}/api/oauth/revoke", e.addr()))
        .basic_auth(&f.client_id, Some(&f.client_secret))
        .header("content-type", FORM)
        .body(format!("token={bearer}&token_type_hint=access_token"))
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    let answer = with_bearer(&e, &f.base_url, &bearer).await;
    assert_eq!(answer.status(), 401);
    let challenge = answer.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        challenge.starts_with("Bearer ") && challenge.contains("invalid_token"),
        "{challenge}"
    );
    // Expired.
    let bearer = issue().await;
    assert_eq!(with_bearer(&e, &f.base_url, &bearer).await.status(), 200);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(with_bearer(&e, &f.base_url, &bearer).await.status(), 401);
    assert_eq!(e.stats().bearer_calls, 2);
}

#[tokio::test]
async fn a_service_accounts_roles_are_enforced() {
    let config = Config {
        service_accounts: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let reader = e.fixtures().service_accounts[0].clone();
    assert!(reader.client_id.starts_with("mdb_sa_id_") && reader.client_id.len() == 34);
    let (_, _, body) = token(
        &e,
        (&reader.client_id, &reader.client_secret),
        FORM,
        "grant_type=client_credentials",
    )
    .await;
    let answer = with_bearer(&e, &e.atlas_url(), body["access_token"].as_str().unwrap()).await;
    assert_eq!(answer.status(), 401);
    let error: Value = answer.json().await.unwrap();
    assert_eq!(error["errorCode"], "NOT_ORG_OWNER");
    assert_eq!(e.stats().keys_created.org, 0);
}

#[tokio::test]
async fn repeated_parameters_loose_media_types_and_two_credentials_are_refused() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let id = (f.client_id.as_str(), f.client_secret.as_str());
    for (content_type, body) in [
        (FORM, "grant_type=client_credentials&grant_type=password"),
        (FORM, "grant_type=password&grant_type=client_credentials"),
        (
            "application/x-www-form-urlencodedXYZ",
            "grant_type=client_credentials",
        ),
    ] {
        let (status, _, answer) = token(&e, id, content_type, body).await;
        assert_eq!(
            (status, answer["error"].as_str()),
            (400, Some("invalid_request")),
            "{content_type} {body}: {answer}"
        );
    }
    // The media type in any case, with a parameter, is fine.
    let form = "Application/X-WWW-Form-Urlencoded; charset=UTF-8";
    let (status, _, answer) = token(&e, id, form, "grant_type=client_credentials").await;
    assert_eq!(status, 200, "{answer}");
    let bearer = answer["access_token"].as_str().unwrap().to_owned();
    // The scheme name in any case (RFC 7617).
    let basic = base64_basic(id);
    let upper = common::http()
        .post(format!("http://{}/api/oauth/token", e.addr()))
        .header("authorization", format!("BASIC {basic}"))
        .header("content-type", FORM)
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap();
    assert_eq!(upper.status(), 200);
    // A valid bearer token beside a second Authorization header: no credentials.
    let url = format!("{}/orgs/{}/apiKeys", e.atlas_url(), f.org_id);
    let (bearer, digest) = (
        format!("Bearer {bearer}"),
        "Digest username=\"x\"".to_owned(),
    );
    for order in [[bearer.clone(), digest.clone()], [digest, bearer]] {
        let mut headers = reqwest::header::HeaderMap::new();
        for value in &order {
            headers.append("authorization", value.parse().unwrap());
        }
        let answer = common::http()
            .post(&url)
            .headers(headers)
            .header("content-type", "application/json")
            .body(common::ORG_BODY)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 401, "{order:?}");
    }
    assert_eq!(e.stats().keys_created.org, 0);
}

fn base64_basic((id, secret): (&str, &str)) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
}

#[tokio::test]
async fn a_service_account_with_project_roles_belongs_to_the_organization() {
    let config = Config {
        service_accounts: vec![vec!["GROUP_OWNER".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let roles = &e.fixtures().service_accounts[0].roles;
    assert_eq!(roles, &["GROUP_OWNER", "ORG_MEMBER"]);
}
