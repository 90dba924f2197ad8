//! What authenticated traffic can make the emulator keep is bounded, as MongoDB bounds it
//! where it says how: API keys per organization (`MAX_API_KEYS_PER_ORG_EXCEEDED`, project
//! keys included), agent keys per project (the emulator's own limit), active access tokens
//! per service account (`access_denied`), and the token endpoint's windows however many
//! addresses a client calls from. Shown by counting answers and the emulator's stats.

mod common;

use std::net::{Ipv4Addr, SocketAddr};

use common::{AGENT_BODY, ORG_BODY, PROJECT_BODY, post};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;

/// `n` POSTs of `body` to `url` as the fixture user on one connection, all signed with one
/// nonce (counts 1 to `n`): one request each. Their statuses.
async fn signed_posts(e: &Emulator, url: &str, body: &str, n: u32) -> Vec<u16> {
    let client = common::http();
    let first = common::send(&client, url, body, None).await;
    let challenge = Challenge::parse(first.challenge()).unwrap();
    let target = common::target_of(url);
    let request = Request {
        method: "POST",
        uri: &target,
        body: body.as_bytes(),
    };
    let f = e.fixtures();
    let mut statuses = Vec::new();
    for nc in 1..=n {
        let auth = challenge.sign(&f.username, &f.api_key, &request, nc, "c0ffee");
        statuses.push(
            common::send(&client, url, body, Some(auth.to_string()))
                .await
                .status,
        );
    }
    statuses
}

#[tokio::test]
async fn an_organization_holds_its_limit_of_keys_project_keys_and_fixture_keys_included() {
    let config = Config {
        max_api_keys_per_org: 5,
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    let project = format!("{}/groups/{}/apiKeys", f.ops_manager_url, f.project_id);
    for url in [&org, &project, &org, &project] {
        let answer = post(&e, url, if url == &org { ORG_BODY } else { PROJECT_BODY }).await;
        assert_eq!(answer.status, 200, "{}", answer.text);
    }
    for (url, body) in [(&org, ORG_BODY), (&project, PROJECT_BODY)] {
        let refused = post(&e, url, body).await;
        assert_eq!(refused.status, 400, "{}", refused.text);
        assert_eq!(
            refused.json(),
            json!({
                "detail": format!(
                    "Maximum number of API keys per org (5) in {} exceeded while trying to add API keys.",
                    f.org_id
                ),
                "error": 400,
                "errorCode": "MAX_API_KEYS_PER_ORG_EXCEEDED",
                "parameters": [5, f.org_id],
                "reason": "Bad Request",
            })
        );
    }
    let created = e.stats().keys_created;
    assert_eq!((created.org, created.project), (2, 2));
    // The keys it holds still work.
    let key = &f.keys[0];
    let answer = common::digest_post(&org, &key.public_key, &key.private_key, ORG_BODY).await;
    assert_eq!(answer.json()["errorCode"], "NOT_ORG_OWNER");
}

#[tokio::test]
async fn a_limit_of_keys_that_cannot_hold_the_fixture_keys_is_refused_at_start() {
    for (max, fixtures) in [(0, 0), (1_000_001, 0), (1, 2)] {
        let config = Config {
            max_api_keys_per_org: max,
            fixture_keys: vec![vec!["ORG_MEMBER".into()]; fixtures],
            ..Config::default()
        };
        let Err(error) = Emulator::start(config).await else {
            panic!("{max} keys, {fixtures} fixture keys: started");
        };
        assert!(
            error.to_string().contains("--max-api-keys-per-org"),
            "{error}"
        );
    }
}

#[tokio::test]
async fn a_project_holds_at_most_500_agent_keys() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let url = format!("{}/groups/{}/agentapikeys", f.ops_manager_url, f.project_id);
    let statuses = signed_posts(&e, &url, AGENT_BODY, 500).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let refused = post(&e, &url, AGENT_BODY).await;
    assert_eq!(refused.status, 400, "{}", refused.text);
    let body = refused.json();
    assert_eq!(body["errorCode"], "EMULATOR_AGENT_API_KEY_LIMIT");
    assert_eq!(body["parameters"], json!([f.project_id]));
    common::assert_matches_schema("ApiError", &body);
    assert_eq!(e.stats().keys_created.agent, 500);
}

/// A token request of the fixture service account from `source` (a loopback address), on a
/// connection of its own: (status, body).
async fn token_from(e: &Emulator, source: Ipv4Addr) -> (u16, Value) {
    use base64::Engine as _;
    let f = e.fixtures();
    let basic = base64::engine::general_purpose::STANDARD
        .encode(format!("{}:{}", f.client_id, f.client_secret));
    let body = "grant_type=client_credentials";
    let request = format!(
        "POST /api/oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {basic}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from((source, 0))).unwrap();
    let mut stream = socket.connect(e.addr()).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    let status = answer[9..12].parse().unwrap();
    let (_, body) = answer.split_once("\r\n\r\n").unwrap();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// The `n`th address of a crowd on loopback.
fn crowd(n: usize) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 2 + (n / 250) as u8, 1 + (n % 250) as u8)
}

#[tokio::test]
async fn a_service_account_holds_100_active_tokens_whatever_its_addresses() {
    let e = common::emulator().await;
    let mut issued = Vec::new();
    let mut denied = None;
    // Ten addresses of ten requests each fill the account's 100; the eleventh address's
    // first request is the 101st.
    for n in 0..11 {
        for _ in 0..10 {
            match token_from(&e, crowd(n)).await {
                (200, body) => issued.push(body["access_token"].as_str().unwrap().to_owned()),
                (403, body) => denied = denied.or(Some(body)),
                other => panic!("{other:?}"),
            }
        }
    }
    assert_eq!(issued.len(), 100);
    assert_eq!(
        denied,
        Some(json!({
            "error": "access_denied",
            "error_description": "Access Token limit reached. Please use the existing Access Tokensor create a new Service Account."
        }))
    );
    // A revoked token frees its place.
    let f = e.fixtures();
    let revoked = common::http()
        .post(format!("http://{}/api/oauth/revoke", e.addr()))
        .basic_auth(&f.client_id, Some(&f.client_secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("token={}", issued[0]))
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    assert_eq!(token_from(&e, crowd(20)).await.0, 200);
    assert_eq!(token_from(&e, crowd(20)).await.0, 403);
}

#[tokio::test]
async fn a_service_account_calling_from_ever_new_addresses_is_bounded() {
    let e = common::emulator().await;
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for n in 0..1001 {
        *statuses
            .entry(token_from(&e, crowd(n)).await.0)
            .or_default() += 1;
    }
    // 100 tokens, then refusals; the 1,001st address has no window left for it.
    let expected = [(200, 100), (403, 900), (429, 1)];
    assert_eq!(statuses, expected.into_iter().collect());
    assert_eq!(e.stats().rate_limited, 1);
}
