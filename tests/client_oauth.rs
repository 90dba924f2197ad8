//! The client with a service account against the emulator: one token for all concurrent
//! calls, one HTTP request per call once it is held, exactly one renewal when the server
//! stops accepting it, the token endpoint's 429 and errors typed, and Ops Manager (digest
//! only) named as such. Everything is counted from the emulator's stats.

mod common;

use std::time::Duration;

use mongodb_api_keys::client::{Client, ClientBuilder, Error, RetryPolicy};
use mongodb_api_keys::emulator::{Config, Emulator};
use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};

fn service_account(e: &Emulator) -> Client {
    let f = e.fixtures();
    Client::builder(&f.base_url)
        .service_account(&f.client_id, &f.client_secret)
        .build()
        .unwrap()
}

async fn org_key(client: &Client, e: &Emulator) -> Result<(), Error> {
    client
        .create_org_api_key(&e.fixtures().org_id, "sa", &[OrgRole::OrgMember])
        .await
        .map(drop)
}

#[tokio::test(flavor = "multi_thread")]
async fn one_token_for_64_concurrent_calls_then_one_request_per_call() {
    let e = common::emulator().await;
    let client = service_account(&e);
    // Started together on a new client: they wait for one token.
    let calls: Vec<_> = (0..64)
        .map(|_| {
            let (client, f) = (client.clone(), e.fixtures().clone());
            tokio::spawn(async move {
                client
                    .create_org_api_key(&f.org_id, "sa", &[OrgRole::OrgMember])
                    .await
                    .map(drop)
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    let stats = e.stats();
    assert_eq!(
        (stats.token_requests, stats.requests, stats.bearer_calls),
        (1, 64, 64)
    );
    assert_eq!(stats.challenges, 0, "no digest handshake");
    let key = client
        .create_project_api_key(
            &e.fixtures().project_id,
            "sa",
            &[ProjectRole::GroupReadOnly],
        )
        .await
        .unwrap();
    assert_eq!(key.roles.len(), 2);
    assert_eq!((e.stats().token_requests, e.stats().requests), (1, 65));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_the_server_stops_accepting_is_renewed_exactly_once() {
    let e = common::emulator().await;
    let client = service_account(&e);
    org_key(&client, &e).await.unwrap();
    let token = client.access_token().expect("a token is held");
    // The server forgets the token (as when it expires early or is revoked elsewhere).
    let f = e.fixtures();
    let revoked = common::http()
        .post(format!("http://{}/api/oauth/revoke", e.addr()))
        .basic_auth(&f.client_id, Some(&f.client_secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("token={}", token.token.expose_secret()))
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 200);
    let calls: Vec<_> = (0..16)
        .map(|_| {
            let (client, e) = (client.clone(), e.fixtures().clone());
            tokio::spawn(async move {
                client
                    .create_org_api_key(&e.org_id, "sa", &[OrgRole::OrgMember])
                    .await
                    .map(drop)
            })
        })
        .collect();
    for call in calls {
        call.await.unwrap().unwrap();
    }
    assert_eq!(e.stats().token_requests, 2, "one renewal, shared");
    assert_ne!(
        client.access_token().unwrap().token.expose_secret(),
        token.token.expose_secret()
    );
}

#[tokio::test]
async fn a_token_near_its_expiry_is_renewed_before_use() {
    let config = Config {
        token_lifetime: Duration::from_secs(2),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let client = service_account(&e);
    org_key(&client, &e).await.unwrap();
    org_key(&client, &e).await.unwrap();
    assert_eq!(e.stats().token_requests, 1);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    org_key(&client, &e).await.unwrap();
    let stats = e.stats();
    assert_eq!(
        (stats.token_requests, stats.requests),
        (2, 3),
        "no 401 was needed"
    );
}

#[tokio::test]
async fn the_token_endpoints_refusals_are_typed() {
    let config = Config {
        token_rate_limit: "1/60".parse().unwrap(),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let wrong = Client::builder(&f.base_url)
        .service_account(&f.client_id, "mdb_sa_sk_wrong")
        .build()
        .unwrap();
    let error = org_key(&wrong, &e).await.unwrap_err();
    match &error {
        Error::TokenRefused { status, error, .. } => {
            assert_eq!((*status, error.as_str()), (401, "invalid_client"));
        }
        other => panic!("{other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains("MONGODB_ATLAS_CLIENT_SECRET"), "{message}");
    assert!(!message.contains("mdb_sa_sk_wrong"), "{message}");
    org_key(&service_account(&e), &e).await.unwrap();
    // A second client: the endpoint allows one token a minute here; the wait is beyond the
    // policy, so the call ends at once, saying until when.
    let impatient = ClientBuilder::new(&f.base_url)
        .service_account(&f.client_id, &f.client_secret)
        .retry(RetryPolicy {
            max_attempts: 3,
            max_total_wait: Duration::from_secs(5),
        })
        .build()
        .unwrap();
    let error = org_key(&impatient, &e).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::RateLimited {
                retry_after: Some(_),
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.is_retryable());
    assert!(
        error.to_string().contains("by the token endpoint"),
        "{error}"
    );
    assert_eq!(e.stats().token_requests, 3);
    assert_eq!(e.stats().keys_created.org, 1);
}

#[tokio::test]
async fn ops_manager_takes_api_keys_only() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let client = Client::builder(&f.ops_manager_url)
        .service_account(&f.client_id, &f.client_secret)
        .build()
        .unwrap();
    let error = client
        .create_org_api_key(&f.org_id, "sa", &[OrgRole::OrgMember])
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)), "{error:?}");
    assert!(
        error.to_string().contains("takes programmatic API keys"),
        "{error}"
    );
    assert_eq!(e.stats().keys_created.org, 0);
}

#[test]
fn a_service_account_in_the_environment_wins_over_an_api_key() {
    let vars = [
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "abcdefgh"),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", "private"),
        (
            "MONGODB_ATLAS_CLIENT_ID",
            "mdb_sa_id_0123456789abcdef01234567",
        ),
        ("MONGODB_ATLAS_CLIENT_SECRET", "mdb_sa_sk_secret"),
    ];
    let lookup = |name: &str| {
        vars.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    };
    let debug = format!("{:?}", ClientBuilder::from_lookup(lookup));
    assert!(debug.contains("ServiceAccount"), "{debug}");
    assert!(
        !debug.contains("mdb_sa_sk_secret") && !debug.contains("private\""),
        "{debug}"
    );
    let only_keys = |name: &str| lookup(name).filter(|_| !name.contains("CLIENT"));
    let debug = format!("{:?}", ClientBuilder::from_lookup(only_keys));
    assert!(debug.contains("ApiKey"), "{debug}");
}

#[tokio::test]
async fn a_token_that_cannot_be_sent_is_never_used() {
    use mongodb_api_keys::Secret;
    use mongodb_api_keys::client::AccessToken;
    let e = common::emulator().await;
    let f = e.fixtures();
    // Kept from earlier but unusable (empty, a control character): a new one is fetched.
    for kept in ["", "abc\u{1}def", "two words"] {
        let client = Client::builder(&f.base_url)
            .service_account(&f.client_id, &f.client_secret)
            .cached_token(AccessToken {
                token: Secret::from(kept.to_owned()),
                expires_at: std::time::SystemTime::now() + Duration::from_secs(3600),
            })
            .build()
            .unwrap();
        org_key(&client, &e).await.unwrap();
    }
    assert_eq!(
        e.stats().token_requests,
        3,
        "one fetch per unusable kept token"
    );
    // Given by the caller: refused when the client is built, before anything is sent.
    for given in ["", "tok\r\nX-Injected: 1"] {
        let error = Client::builder(&f.base_url)
            .access_token(given)
            .build()
            .unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{error:?}");
        assert!(!error.to_string().contains("X-Injected"), "{error}");
    }
}
