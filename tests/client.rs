//! The client against the emulator: round trips counted from the emulator's stats, the
//! envelope/pretty matrix, the generated builders, and configuration from the environment.
//! Input refused before sending: `client_validation.rs`; retries, server errors, redirects
//! and unreachable servers: `client_failures.rs`.

mod common;

use common::{client, futures_join, org_key};

use mongodb_api_keys::client::{ATLAS_BASE_URL, Client, ClientBuilder, Error};
use mongodb_api_keys::emulator::Fixtures;
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
            each_kind_is_created(&client, &ops_manager, &f, &what).await;
            assert_eq!(
                not_found_codes(&client, &ops_manager, &what).await,
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

/// Creates one key of each kind and checks what the caller gets.
async fn each_kind_is_created(client: &Client, ops_manager: &Client, f: &Fixtures, what: &str) {
    let key = client
        .create_org_api_key(&f.org_id, "m", &[OrgRole::OrgOwner])
        .await
        .expect(what);
    assert_eq!(key.roles[0].role_name, "ORG_OWNER", "{what}");
    let key = client
        .create_project_api_key(&f.project_id, "m", &[ProjectRole::GroupOwner])
        .await
        .expect(what);
    assert_eq!(key.roles.len(), 2, "{what}");
    let key = ops_manager
        .create_agent_api_key(&f.project_id, "m")
        .await
        .expect(what);
    assert_eq!(key.desc, "m", "{what}");
    #[allow(deprecated)]
    let key = client
        .create_user_api_key(&f.user_id, "m")
        .await
        .expect(what);
    assert_eq!(key.user_id.as_str(), f.user_id, "{what}");
}

/// (status, errorCode) of each operation on an unknown ID.
async fn not_found_codes(client: &Client, ops_manager: &Client, what: &str) -> Vec<(u16, String)> {
    let unknown = "0".repeat(24);
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
    errors
        .iter()
        .map(|r| match r {
            Err(Error::Api {
                status, error_code, ..
            }) => (
                *status,
                error_code
                    .as_ref()
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
            ),
            other => panic!("{what}: {other:?}"),
        })
        .collect()
}

/// The generated client is the contract's plain client: no digest, no retries, no masking,
/// but usable on its own, here with a service account's token as a default header.
#[tokio::test]
async fn the_generated_client_stands_on_its_own() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let ours = Client::builder(&f.base_url)
        .service_account(&f.client_id, &f.client_secret)
        .build()
        .unwrap();
    common::org_key(&ours, &e).await.unwrap();
    let token = ours.access_token().unwrap();
    let mut headers = reqwest::header::HeaderMap::new();
    let bearer = format!("Bearer {}", token.token.expose_secret());
    headers.insert(reqwest::header::AUTHORIZATION, bearer.parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    // The contract's paths are whole: the generated client takes the origin.
    let generated = mongodb_api_keys::generated::Client::new_with_client(&f.origin, http);
    let key = generated
        .create_org_api_key()
        .org_id(f.org_id.as_str())
        .body_map(|b| {
            b.desc("via the generated client")
                .roles(vec![OrgRole::OrgMember])
        })
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(key.desc, "via the generated client");
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
