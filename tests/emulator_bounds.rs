//! What authenticated traffic can make the emulator keep is bounded, as MongoDB bounds it
//! where it says how: API keys per organization (`MAX_API_KEYS_PER_ORG_EXCEEDED`, project
//! keys included), agent keys per project (the emulator's own limit), active access tokens
//! per service account (`access_denied`), and the token endpoint's windows however many
//! addresses a client calls from. Shown by counting answers and the emulator's stats.

mod common;

use common::{AGENT_BODY, ORG_BODY, PROJECT_BODY, post};
use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::json;

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
