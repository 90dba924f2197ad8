//! The client against the emulator: round trips counted from the emulator's stats, the
//! envelope/pretty matrix, typed errors, 429 retries that never duplicate a key, invalid
//! input refused before sending, and no secret in any output.

mod common;

use common::{client, org_key};

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use mongodb_api_keys::client::{
    ATLAS_BASE_URL, Client, ClientBuilder, Error, RetryPolicy, parse_org_role,
};
use mongodb_api_keys::emulator::Fault;
use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};

#[tokio::test]
async fn n_sequential_calls_cost_n_plus_one_requests() {
    let e = common::emulator().await;
    let client = client(&e);
    for _ in 0..20 {
        org_key(&client, &e).await.unwrap();
    }
    let stats = e.stats();
    assert_eq!(
        (stats.requests, stats.challenges, stats.keys_created.org),
        (21, 1, 20),
        "{stats:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_calls_cost_one_request_each_plus_one_per_distinct_challenge() {
    let e = common::emulator().await;
    let client = client(&e);
    let calls = (0..64).map(|_| {
        let (client, org) = (client.clone(), e.fixtures().org_id.clone());
        tokio::spawn(async move {
            client
                .create_org_api_key(&org, "c", &[OrgRole::OrgMember])
                .await
        })
    });
    for call in futures_join(calls).await {
        call.unwrap();
    }
    let cold = e.stats();
    assert_eq!(cold.keys_created.org, 64);
    assert!(cold.requests <= 64 + cold.challenges, "{cold:?}");
    // Calls started together on a new client wait for one handshake.
    assert_eq!((cold.requests, cold.challenges), (65, 1), "{cold:?}");
    assert_eq!(cold.replays, 0, "every request got its own nonce count");

    // Warm: every call is signed in advance with a distinct nc.
    let calls = (0..64).map(|_| {
        let (client, org) = (client.clone(), e.fixtures().org_id.clone());
        tokio::spawn(async move {
            client
                .create_org_api_key(&org, "w", &[OrgRole::OrgMember])
                .await
        })
    });
    for call in futures_join(calls).await {
        call.unwrap();
    }
    let warm = e.stats();
    assert_eq!(
        (
            warm.requests - cold.requests,
            warm.challenges - cold.challenges
        ),
        (64, 0),
        "{warm:?}"
    );
}

async fn futures_join<T>(handles: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        out.push(handle.await.unwrap());
    }
    out
}

#[tokio::test]
async fn an_expired_nonce_costs_exactly_two_requests() {
    let e = common::emulator().await;
    let client = client(&e);
    org_key(&client, &e).await.unwrap();
    e.expire_nonces();
    let before = e.stats();
    org_key(&client, &e).await.unwrap();
    let after = e.stats();
    assert_eq!(after.requests - before.requests, 2);
    assert_eq!(after.stale_nonces - before.stale_nonces, 1);
    org_key(&client, &e).await.unwrap();
    assert_eq!(
        e.stats().requests - after.requests,
        1,
        "the new nonce is reused"
    );
}

#[tokio::test]
async fn wrong_credentials_fail_typed_after_two_requests_without_a_loop() {
    let e = common::emulator().await;
    let f = e.fixtures();
    let client = Client::builder(&f.base_url)
        .credentials(&f.username, "wrong")
        .build()
        .unwrap();
    let error = org_key(&client, &e).await.unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("check the public and private API key"),
        "{error}"
    );
    assert_eq!(e.stats().requests, 2);
    // With a cached (wrong) nonce the next call also stops at two.
    let _ = org_key(&client, &e).await.unwrap_err();
    assert_eq!(e.stats().requests, 4);
}

#[tokio::test]
async fn envelope_and_pretty_change_nothing_for_the_caller() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let unknown = "0".repeat(24);
    for envelope in [false, true] {
        for pretty in [false, true] {
            let at = |url: &str| {
                Client::builder(url)
                    .credentials(&f.username, &f.api_key)
                    .envelope(envelope)
                    .pretty(pretty)
                    .build()
                    .unwrap()
            };
            // Agent keys are Ops Manager's.
            let (client, ops_manager) = (at(&f.base_url), at(&f.ops_manager_url));
            let what = format!("envelope={envelope} pretty={pretty}");
            let key = client
                .create_org_api_key(&f.org_id, "m", &[OrgRole::OrgOwner])
                .await
                .expect(&what);
            assert_eq!(key.roles[0].role_name, "ORG_OWNER", "{what}");
            let key = client
                .create_project_api_key(&f.project_id, "m", &[ProjectRole::GroupOwner])
                .await
                .expect(&what);
            assert_eq!(key.roles.len(), 2, "{what}");
            let key = ops_manager
                .create_agent_api_key(&f.project_id, "m")
                .await
                .expect(&what);
            assert_eq!(key.desc, "m", "{what}");
            #[allow(deprecated)]
            let key = client
                .create_user_api_key(&f.user_id, "m")
                .await
                .expect(&what);
            assert_eq!(key.user_id.as_str(), f.user_id, "{what}");

            let errors = [
                client
                    .create_org_api_key(&unknown, "m", &[OrgRole::OrgOwner])
                    .await
                    .map(|_| ()),
                client
                    .create_project_api_key(&unknown, "m", &[ProjectRole::GroupOwner])
                    .await
                    .map(|_| ()),
                ops_manager
                    .create_agent_api_key(&unknown, "m")
                    .await
                    .map(|_| ()),
                #[allow(deprecated)]
                client.create_user_api_key(&unknown, "m").await.map(|_| ()),
            ];
            let codes: Vec<_> = errors
                .iter()
                .map(|r| match r {
                    Err(Error::Api {
                        status, error_code, ..
                    }) => (*status, error_code.clone().unwrap_or_default()),
                    other => panic!("{what}: {other:?}"),
                })
                .collect();
            assert_eq!(
                codes,
                [
                    (404, "ORG_NOT_FOUND".into()),
                    (404, "GROUP_NOT_FOUND".into()),
                    (404, "GROUP_NOT_FOUND".into()),
                    (404, "USER_NOT_FOUND".into())
                ],
                "{what}"
            );
        }
    }
}

#[tokio::test]
async fn the_generated_builders_go_through_the_same_hooks() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let client = common::client_at(&e, &f.ops_manager_url);
    let key = client
        .api()
        .create_agent_api_key()
        .group_id(f.project_id.as_str())
        .envelope(true)
        .pretty(true)
        .body_map(|b| b.desc("via the generated builder"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(key.desc, "via the generated builder");
    assert_eq!(e.stats().requests, 2);
}

#[tokio::test]
async fn invalid_input_is_refused_before_any_request() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let client = client(&e);
    let cases = [
        client
            .create_org_api_key("5980cfc70b6d97029d82e3f", "d", &[OrgRole::OrgMember])
            .await
            .map(|_| ()),
        client
            .create_org_api_key(&f.org_id, &"x".repeat(251), &[OrgRole::OrgMember])
            .await
            .map(|_| ()),
        client
            .create_org_api_key(&f.org_id, "", &[OrgRole::OrgMember])
            .await
            .map(|_| ()),
        client
            .create_org_api_key(&f.org_id, "d", &[])
            .await
            .map(|_| ()),
        client
            .create_project_api_key("XYZ", "d", &[ProjectRole::GroupOwner])
            .await
            .map(|_| ()),
        client
            .create_agent_api_key("not-an-id", "d")
            .await
            .map(|_| ()),
        #[allow(deprecated)]
        client
            .create_user_api_key("5B0D6E4C96E82165E4B10C5A", "d")
            .await
            .map(|_| ()),
    ];
    for result in cases {
        let error = result.unwrap_err();
        assert!(matches!(error, Error::Validation(_)), "{error:?}");
    }
    let message = client
        .create_org_api_key(&f.org_id, &"é".repeat(251), &[OrgRole::OrgMember])
        .await
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("251 characters") && message.contains("1 to 250"),
        "{message}"
    );
    let message = client
        .create_agent_api_key("abc", "d")
        .await
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("24 lower-case hexadecimal digits"),
        "{message}"
    );
    let message = parse_org_role("ORG_MEMEBR").unwrap_err().to_string();
    assert!(message.contains("did you mean ORG_MEMBER?"), "{message}");
    // The generated builders refuse bad IDs before sending too.
    let generated = client
        .api()
        .create_org_api_key()
        .org_id("bad")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(
        generated,
        mongodb_api_keys::generated::Error::InvalidRequest(_)
    ));
    assert_eq!(e.stats().requests, 0, "nothing reached the server");
}

#[tokio::test]
async fn the_generated_builders_refuse_a_malformed_id_before_sending() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let client = common::client_at(&e, &f.ops_manager_url);
    let api = client.api();
    let bad = [
        "5980cfc70b6d97029d82e3f",                        // 23 digits
        "5980cfc70b6d97029d82e3f60",                      // 25 digits
        "5980CFC70B6D97029D82E3F6",                       // upper case
        "5980cfc70b6d97029d82e3fg",                       // not hex
        "5980cfc70b6d97029d82e3fé",                       // 24 characters, 25 bytes
        "5980cfc70b6d97029d82e3é",                        // 24 bytes, not ASCII
        "../../orgs/5980cfc70b6d97029d82e3f6/apiKeys?x=", // a path, not an ID
        "",
    ];
    for id in bad {
        let owned = id.to_owned();
        let refusals = [
            (
                "org_id",
                api.create_org_api_key()
                    .org_id(id)
                    .body_map(|b| b.desc("d").roles(vec![OrgRole::OrgMember]))
                    .send()
                    .await
                    .map(|_| ()),
            ),
            (
                "group_id",
                api.create_project_api_key()
                    .group_id(owned.clone())
                    .body_map(|b| b.desc("d").roles(vec![ProjectRole::GroupOwner]))
                    .send()
                    .await
                    .map(|_| ()),
            ),
            (
                "group_id",
                api.create_agent_api_key()
                    .group_id(&owned)
                    .body_map(|b| b.desc("d"))
                    .send()
                    .await
                    .map(|_| ()),
            ),
            (
                "user_id",
                api.create_user_api_key()
                    .user_id(id)
                    .body_map(|b| b.description("d"))
                    .send()
                    .await
                    .map(|_| ()),
            ),
        ];
        for (parameter, result) in refusals {
            match result.unwrap_err() {
                // The parameter, the value and the rule.
                mongodb_api_keys::generated::Error::InvalidRequest(message) => {
                    assert!(message.starts_with(&format!("{parameter}: ")), "{message}");
                    let start: String = id.chars().take(10).collect();
                    assert!(message.contains(&format!("\"{start}")), "{message}");
                    assert!(
                        message.contains("24 lower-case hexadecimal digits"),
                        "{message}"
                    );
                }
                other => panic!("{id:?} was not refused before sending: {other:?}"),
            }
        }
    }
    assert_eq!(e.stats().requests, 0, "nothing reached the server");
    // The same builders accept a valid ID as a string or as an ObjectId.
    let project: mongodb_api_keys::object_id::ObjectId = f.project_id.parse().unwrap();
    let key = api
        .create_agent_api_key()
        .group_id(project)
        .body_map(|b| b.desc("typed ID"))
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(key.desc, "typed ID");
}

#[tokio::test]
async fn rate_limits_are_retried_after_retry_after_and_nothing_is_duplicated() {
    let e = common::emulator().await;
    let client = client(&e);
    org_key(&client, &e).await.unwrap(); // warm: 2 requests
    e.inject(Fault {
        status: Some(429),
        retry_after: Some(1),
        count: 2,
        ..Fault::default()
    })
    .unwrap();
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
    e.inject(Fault {
        status: Some(429),
        retry_after: Some(7),
        count: 1,
        ..Fault::default()
    })
    .unwrap();
    let error = org_key(&once, &e).await.unwrap_err();
    match &error {
        Error::RateLimited { retry_after, .. } => {
            assert_eq!(*retry_after, Some(Duration::from_secs(7)))
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(error.error_code(), Some("RATE_LIMITED"));
    // A Retry-After longer than the wait budget is not waited for.
    e.inject(Fault {
        status: Some(429),
        retry_after: Some(120),
        count: 1,
        ..Fault::default()
    })
    .unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(
        org_key(&client, &e).await,
        Err(Error::RateLimited { .. })
    ));
    assert!(started.elapsed() < Duration::from_secs(5));
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
    assert_eq!(error.error_code(), Some("UNEXPECTED_ERROR"));
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
    assert_eq!(first.unwrap_err().error_code(), Some("ORG_NOT_FOUND"));
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
        assert_eq!(error.error_code(), Some("ORG_NOT_FOUND"), "{error:?}");
    }
    assert_eq!(hits.load(Ordering::SeqCst), 1 + CALLS);
}

#[test]
fn configuration_from_the_atlas_cli_and_mongocli_variables() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let atlas = ClientBuilder::from_lookup(env(&[
        ("MONGODB_ATLAS_PUBLIC_API_KEY", "abcdefgh"),
        ("MONGODB_ATLAS_PRIVATE_API_KEY", "secret"),
    ]));
    assert_eq!(atlas.base_url(), "https://cloud.mongodb.com/api/atlas/v1.0");
    assert!(atlas.build().is_ok());
    let custom = ClientBuilder::from_lookup(env(&[(
        "MONGODB_ATLAS_BASE_URL",
        "https://cloud-qa.mongodb.com/",
    )]));
    assert_eq!(
        custom.base_url(),
        "https://cloud-qa.mongodb.com/api/atlas/v1.0"
    );
    let om = ClientBuilder::from_lookup(env(&[
        ("MCLI_OPS_MANAGER_URL", "https://om.internal:8443/"),
        ("MCLI_PUBLIC_API_KEY", "abcdefgh"),
        ("MCLI_PRIVATE_API_KEY", "secret"),
        ("MCLI_OPS_MANAGER_SKIP_VERIFY", "yes"),
    ]));
    assert_eq!(om.base_url(), "https://om.internal:8443/api/public/v1.0");
    assert!(format!("{om:?}").contains("accept_invalid_certificates: true"));
    assert!(!format!("{om:?}").contains("secret"));
    let missing = ClientBuilder::from_lookup(env(&[])).build().unwrap_err();
    assert!(
        missing.to_string().contains("MONGODB_ATLAS_PUBLIC_API_KEY"),
        "{missing}"
    );
    // Errors of the setters are reported by build(), so that a chain never breaks.
    let ca = ClientBuilder::from_lookup(env(&[(
        "MCLI_OPS_MANAGER_CA_CERTIFICATE",
        "/nonexistent/ca.pem",
    )]))
    .credentials("a", "b")
    .build()
    .unwrap_err();
    assert!(ca.to_string().contains("/nonexistent/ca.pem"), "{ca}");
    // One rule for base URLs, whoever gives them: a bare host is https, no path means Atlas's.
    for url in ["cloud.mongodb.com", "https://cloud.mongodb.com/"] {
        assert_eq!(Client::builder(url).base_url(), ATLAS_BASE_URL);
        let from_env = ClientBuilder::from_lookup(|name: &str| {
            (name == "MONGODB_ATLAS_BASE_URL").then(|| url.to_owned())
        });
        assert_eq!(from_env.base_url(), ATLAS_BASE_URL);
    }
    let bad = Client::builder("ftp://cloud.mongodb.com")
        .credentials("a", "b")
        .build()
        .unwrap_err();
    assert!(bad.to_string().contains(ATLAS_BASE_URL), "{bad}");
}

#[test]
fn the_user_agent_names_the_crate_version_os_and_arch() {
    let debug = format!("{:?}", ClientBuilder::atlas());
    let expected = format!(
        "mongodb-api-keys/{} ({}; {})",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    assert!(debug.contains(&expected), "{debug}");
}

/// `?` on a generated builder's call, in a function returning this crate's error.
async fn via_the_generated_builder(
    client: &Client,
    org_id: &str,
) -> Result<mongodb_api_keys::generated::types::ApiKey, Error> {
    let key = client
        .api()
        .create_org_api_key()
        .org_id(org_id)
        .body_map(|b| b.desc("generated").roles(vec![OrgRole::OrgMember]))
        .send()
        .await?;
    Ok(key.into_inner())
}

#[tokio::test]
async fn the_generated_builders_give_the_same_error_type() {
    let e = common::emulator().await;
    let client = client(&e);
    let key = via_the_generated_builder(&client, &e.fixtures().org_id)
        .await
        .unwrap();
    assert_eq!(key.desc, "generated");
    let error = via_the_generated_builder(&client, &"0".repeat(24))
        .await
        .unwrap_err();
    assert_eq!(error.error_code(), Some("ORG_NOT_FOUND"), "{error}");
    let error = via_the_generated_builder(&client, "not-an-id")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Validation(_)), "{error:?}");
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
