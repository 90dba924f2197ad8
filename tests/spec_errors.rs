//! One source for error texts: every error example in `openapi.yaml` (each `ApiError`, and
//! the `content` of each `ApiErrorEnvelope`) is exactly a body the emulator sends, provoked
//! here for real.

mod common;

use common::{digest_post, post};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, RateLimit};
use serde_json::Value;

/// Every example in the spec that has the shape of an `ApiError`.
fn error_examples() -> Vec<(String, Value)> {
    fn walk(path: &str, value: &Value, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let here = format!("{path}/{key}");
                    let is_error = child
                        .as_object()
                        .is_some_and(|o| o.contains_key("detail") && o.contains_key("reason"));
                    if matches!(key.as_str(), "example" | "value" | "content") && is_error {
                        out.push((here, child.clone()));
                    } else {
                        walk(&here, child, out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(&format!("{path}/{i}"), child, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk("", &mongodb_api_keys::spec::openapi_json(), &mut out);
    out
}

/// Makes the emulator send the error the example shows, and returns the body it sent.
async fn provoke(example: &Value) -> Value {
    let code = example["errorCode"].as_str().unwrap_or("");
    let rate_limit = (code == "RATE_LIMITED").then(|| "100/60".parse::<RateLimit>().unwrap());
    let config = Config {
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        rate_limit,
        require_access_list: code == "ORG_REQUIRES_ACCESS_LIST",
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    let answer = match code {
        "" => digest_post(&org, &f.username, "wrong", common::ORG_BODY).await,
        "INVALID_API_KEY_DESC" => post(&e, &org, r#"{"desc":"","roles":["ORG_MEMBER"]}"#).await,
        "INVALID_ROLE_FOR_ORG" => {
            post(&e, &org, r#"{"desc":"x","roles":["GROUP_READ_ONLY"]}"#).await
        }
        "INVALID_ENUM_VALUE" => {
            let url = format!("{}/groups/{}/apiKeys", f.base_url, f.project_id);
            post(
                &e,
                &url,
                r#"{"desc":"x","roles":["GROUP_AUTOMATION_ADMIN"]}"#,
            )
            .await
        }
        "NOT_ORG_OWNER" => {
            let key = &f.keys[0];
            digest_post(&org, &key.public_key, &key.private_key, common::ORG_BODY).await
        }
        "BILLING_UNSUPPORTED" => {
            let url = format!("{}/orgs/{}/apiKeys", f.ops_manager_url, f.org_id);
            post(&e, &url, r#"{"desc":"x","roles":["ORG_BILLING_ADMIN"]}"#).await
        }
        "MAX_PUBLIC_API_KEY_REACHED" => {
            let url = format!("{}/users/{}/keys", f.base_url, f.user_id);
            for _ in 0..10 {
                assert_eq!(post(&e, &url, common::USER_BODY).await.status, 200);
            }
            post(&e, &url, common::USER_BODY).await
        }
        "ORG_NOT_FOUND" => {
            let id = example["parameters"][0].as_str().unwrap();
            let url = format!("{}/orgs/{id}/apiKeys", f.base_url);
            post(&e, &url, common::ORG_BODY).await
        }
        "USER_NOT_FOUND" => {
            let id = example["parameters"][0].as_str().unwrap();
            let url = format!("{}/users/{id}/keys", f.base_url);
            post(&e, &url, common::USER_BODY).await
        }
        "GROUP_NOT_FOUND" => {
            let id = example["parameters"][0].as_str().unwrap();
            let url = format!("{}/groups/{id}/apiKeys", f.base_url);
            post(&e, &url, common::PROJECT_BODY).await
        }
        "RATE_LIMITED" => {
            let client = common::client(&e);
            for _ in 0..100 {
                common::org_key(&client, &e).await.unwrap();
            }
            post(&e, &org, common::ORG_BODY).await
        }
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION" | "BAD_WHITELIST_ADD_REQUEST" => {
            let entry = match example["parameters"][0].as_str() {
                Some(address) => format!(r#"{{"cidrBlock":"{address}"}}"#),
                None => r#"{"ipAddress":"192.0.2.1","cidrBlock":"192.0.2.0/24"}"#.into(),
            };
            let id = &f.keys[0].id;
            post(&e, &format!("{org}/{id}/accessList"), &format!("[{entry}]")).await
        }
        "API_KEY_NOT_FOUND" => {
            let id = example["parameters"][0].as_str().unwrap();
            post(
                &e,
                &format!("{org}/{id}/accessList"),
                r#"[{"ipAddress":"192.0.2.1"}]"#,
            )
            .await
        }
        "ORG_REQUIRES_ACCESS_LIST" | "IP_ADDRESS_NOT_ON_ACCESS_LIST" => {
            let key = post(&e, &org, common::ORG_BODY).await.json();
            if code == "IP_ADDRESS_NOT_ON_ACCESS_LIST" {
                let url = format!("{org}/{}/accessList", key["id"].as_str().unwrap());
                post(&e, &url, r#"[{"cidrBlock":"10.0.0.0/8"}]"#).await;
            }
            let (public, private) = (key["publicKey"].as_str(), key["privateKey"].as_str());
            let answer =
                digest_post(&org, public.unwrap(), private.unwrap(), common::ORG_BODY).await;
            // The emulator's callers are on this machine; the example's is elsewhere.
            let caller = example["parameters"][0].as_str().unwrap();
            return serde_json::from_str(&answer.text.replace("127.0.0.1", caller)).unwrap();
        }
        "UNEXPECTED_ERROR" => {
            let fault = Fault {
                status: Some(500),
                count: 1,
                ..Fault::default()
            };
            e.inject(fault).unwrap();
            post(&e, &org, common::ORG_BODY).await
        }
        other => panic!(
            "no way to provoke {other} from the emulator: add one here, or take the example out \
             of openapi.yaml if the emulator never sends it"
        ),
    };
    answer.json()
}

#[tokio::test]
async fn every_error_example_in_the_spec_is_a_body_the_emulator_sends() {
    let examples = error_examples();
    assert!(
        examples.len() >= 8,
        "too few error examples found: {examples:?}"
    );
    for (path, example) in examples {
        let sent = provoke(&example).await;
        assert_eq!(
            sent, example,
            "the example at {path} is not what the emulator sends"
        );
    }
}
