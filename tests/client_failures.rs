//! The client when calls go wrong: 429s retried after `Retry-After` without duplicating a
//! key, server errors and late answers never retried, redirects reported instead of
//! followed, calls to a server that never challenges sent at once, and an unreachable
//! proxy named without its password.

mod common;

use common::{client, futures_join, org_key};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use mongodb_api_keys::client::{Client, Error, ErrorCode, RetryPolicy};
use mongodb_api_keys::emulator::Fault;
use mongodb_api_keys::generated::types::OrgRole;

/// `count` answers 429 with `Retry-After: retry_after`.
fn too_many_requests(retry_after: u64, count: u32) -> Fault {
    Fault {
        status: Some(429),
        retry_after: Some(retry_after),
        count,
        ..Fault::default()
    }
}

#[tokio::test]
async fn rate_limits_are_retried_after_retry_after_and_nothing_is_duplicated() {
    let e = common::emulator().await;
    let client = client(&e);
    org_key(&client, &e).await.unwrap(); // warm: 2 requests
    e.inject(too_many_requests(1, 2)).unwrap();
    let started = std::time::Instant::now();
    org_key(&client, &e).await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "waited as Retry-After asked"
    );
    let stats = e.stats();
    assert_eq!(
        (stats.requests, stats.keys_created.org),
        (2 + 3, 2),
        "{stats:?}"
    );

    // Still limited after the configured attempts: a typed error with Retry-After.
    let f = e.fixtures();
    let once = Client::builder(&f.base_url)
        .credentials(&f.username, &f.api_key)
        .retry(RetryPolicy {
            max_attempts: 1,
            max_total_wait: Duration::from_secs(5),
        })
        .envelope(true)
        .build()
        .unwrap();
    e.inject(too_many_requests(7, 1)).unwrap();
    let error = org_key(&once, &e).await.unwrap_err();
    match &error {
        Error::RateLimited { retry_after, .. } => {
            assert_eq!(*retry_after, Some(Duration::from_secs(7)))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(error.error_code(), Some(ErrorCode::RateLimited));
    // A Retry-After longer than the wait budget is not waited for.
    e.inject(too_many_requests(120, 1)).unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(
        org_key(&client, &e).await,
        Err(Error::RateLimited { .. })
    ));
    // Far below the 120 s asked for, with room for a loaded machine.
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[tokio::test]
async fn server_errors_and_late_answers_are_never_retried() {
    let e = common::emulator().await;
    let client = client(&e);
    org_key(&client, &e).await.unwrap();
    let before = e.stats().requests;
    e.inject(Fault {
        status: Some(500),
        count: 1,
        ..Fault::default()
    })
    .unwrap();
    let error = org_key(&client, &e).await.unwrap_err();
    assert!(
        matches!(&error, Error::Api { status: 500, .. }),
        "{error:?}"
    );
    assert_eq!(error.error_code(), Some(ErrorCode::UnexpectedError));
    assert_eq!(
        e.stats().requests - before,
        1,
        "a 500 may hide a created key: not retried"
    );

    // The server creates the key but answers late: the caller gets a transport error, and
    // the key is not created a second time.
    let f = e.fixtures();
    let impatient = Client::builder(&f.base_url)
        .credentials(&f.username, &f.api_key)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    org_key(&impatient, &e).await.unwrap();
    let before = e.stats();
    e.inject(Fault {
        delay_ms: 1500,
        count: 1,
        ..Fault::default()
    })
    .unwrap();
    let error = org_key(&impatient, &e).await.unwrap_err();
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert!(
        !error.is_retryable(),
        "the key may exist: not safe to send again"
    );
    assert!(
        error.to_string().contains("the key may have been created"),
        "{error}"
    );
    tokio::time::sleep(Duration::from_millis(1400)).await;
    let after = e.stats();
    assert_eq!(
        (
            after.requests - before.requests,
            after.keys_created.org - before.keys_created.org
        ),
        (1, 1)
    );
}

/// A loopback HTTP server answering every request with `answer` after `wait`, counting the
/// requests it received.
async fn serve_raw<F, Fut>(answer: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = axum::response::Response> + Send,
{
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    let app = axum::Router::new().fallback(move || {
        counted.fetch_add(1, Ordering::SeqCst);
        answer()
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/api/atlas/v1.0", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base_url, hits)
}

#[tokio::test]
async fn redirects_are_reported_not_followed() {
    use axum::response::IntoResponse;
    let elsewhere =
        "https://elsewhere.example/api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys";
    let (base_url, hits) = serve_raw(move || async move {
        let location = [(reqwest::header::LOCATION, elsewhere)];
        (reqwest::StatusCode::TEMPORARY_REDIRECT, location).into_response()
    })
    .await;
    let client = Client::builder(&base_url)
        .credentials("kzurbumc", "the-private-key")
        .build()
        .unwrap();
    let error = client
        .create_org_api_key("5980cfc70b6d97029d82e3f6", "k", &[OrgRole::OrgMember])
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::InvalidResponse { status: 307, .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains(elsewhere), "{message}");
    assert!(
        message.contains("use that address as the base URL"),
        "{message}"
    );
    assert_eq!(
        hits.load(Ordering::SeqCst),
        1,
        "the create is not sent again"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_to_a_server_that_never_challenges_are_not_serialized() {
    use axum::response::IntoResponse;
    // After the first request, the server answers only once 8 requests are in: a client
    // that sent them one at a time would never get an answer.
    const CALLS: usize = 8;
    let barrier = Arc::new(tokio::sync::Barrier::new(CALLS));
    let first = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let (base_url, hits) = serve_raw(move || {
        let (barrier, first) = (barrier.clone(), first.clone());
        async move {
            if !first.swap(false, Ordering::SeqCst) {
                barrier.wait().await;
            }
            let body = serde_json::json!({"detail": "No organization with ID x exists.", "error": 404,
                "errorCode": "ORG_NOT_FOUND", "parameters": [], "reason": "Not Found"});
            (reqwest::StatusCode::NOT_FOUND, axum::Json(body)).into_response()
        }
    })
    .await;
    let client = Client::builder(&base_url)
        .credentials("kzurbumc", "the-private-key")
        .build()
        .unwrap();
    let org = "5980cfc70b6d97029d82e3f6";
    let first = client
        .create_org_api_key(org, "k", &[OrgRole::OrgMember])
        .await;
    assert_eq!(
        first.unwrap_err().error_code(),
        Some(ErrorCode::OrgNotFound)
    );
    let calls = (0..CALLS).map(|_| {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .create_org_api_key(org, "k", &[OrgRole::OrgMember])
                .await
        })
    });
    let results = tokio::time::timeout(Duration::from_secs(30), futures_join(calls))
        .await
        .expect("calls to a server that sends no challenge went out one at a time");
    for result in results {
        let error = result.unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::OrgNotFound),
            "{error:?}"
        );
    }
    assert_eq!(hits.load(Ordering::SeqCst), 1 + CALLS);
}

#[tokio::test]
async fn an_unreachable_server_names_the_proxy_without_its_password() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::builder("http://emulator.invalid:8080")
        .credentials("kzurbumc", "k")
        .proxy(&format!("http://user:pa55word@{closed}"))
        .build()
        .unwrap();
    let error = org_key_at(&client).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.is_retryable(), "nothing was sent");
    let message = error.to_string();
    assert!(
        message.contains(&format!("the proxy http://user:****@{closed}")),
        "{message}"
    );
    assert!(!message.contains("pa55word"), "{message}");
}

async fn org_key_at(client: &Client) -> Result<(), Error> {
    client
        .create_org_api_key("5980cfc70b6d97029d82e3f6", "k", &[OrgRole::OrgMember])
        .await
        .map(drop)
}
