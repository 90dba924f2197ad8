//! One source for error texts: every error example in `openapi.yaml` (each `ApiError`) is
//! exactly a body the emulator sends, provoked here for real.

mod common;
#[path = "spec_errors/service_accounts.rs"]
mod service_accounts;

use std::time::Duration;

use common::{Answer, ORG_BODY, call, digest_post, digest_post_as, post};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, RateLimit, Sunset};
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

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
    let status = example["error"].as_u64().unwrap();
    let rate_limit = (code == "RATE_LIMITED").then(|| "100/60".parse::<RateLimit>().unwrap());
    // A version whose sunset has passed.
    let gone: Sunset = "2023-01-01=2024-08-05/2025-01-01".parse().unwrap();
    let mut config = Config {
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()], vec!["ORG_OWNER".into()]],
        rate_limit,
        require_access_list: code == "ORG_REQUIRES_ACCESS_LIST",
        sunsets: if code == "VERSION_GONE" {
            vec![gone]
        } else {
            vec![]
        },
        ..Config::default()
    };
    config.limits.body_timeout = Duration::from_secs(1);
    let e = Emulator::start(config).await.unwrap();
    if code.is_empty() && status != 401 {
        return refused_body(&e, status).await.json();
    }
    if service_accounts::is_service_account_error(code, example) {
        return service_accounts::provoke(&e, code, example).await;
    }
    let answer = match code {
        "ORG_NOT_FOUND" | "USER_NOT_FOUND" | "GROUP_NOT_FOUND" => {
            not_found(&e, code, example).await
        }
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION" | "BAD_WHITELIST_ADD_REQUEST" => {
            refused_entries(&e, code, example).await
        }
        "API_KEY_NOT_FOUND" | "ACCESS_LIST_ENTRY_NOT_FOUND" | "AGENT_API_KEY_NOT_FOUND" => {
            return gone_resource(&e, code, status, example).await;
        }
        "INVALID_VERSION_DATE" | "VERSION_GONE" => {
            let f = e.fixtures();
            let url = format!("{}/api/atlas/v2/orgs/{}/apiKeys", f.origin, f.org_id);
            match code {
                // No `Accept` at all.
                "INVALID_VERSION_DATE" => digest_get(&e, &url, None).await,
                _ => call(&e, "GET", &url, None).await,
            }
        }
        "ORG_REQUIRES_ACCESS_LIST" | "IP_ADDRESS_NOT_ON_ACCESS_LIST" => {
            return refused_caller(&e, code, example).await;
        }
        "EMULATOR_ACCESS_LIST_LIMIT" => return full_access_list(&e, example).await,
        _ => refused_request(&e, code, status).await,
    };
    answer.json()
}

/// The errors of a request the emulator refuses, whoever sends it: credentials, bodies,
/// roles, limits and faults.
async fn refused_request(e: &Emulator, code: &str, status: u64) -> Answer {
    let f = e.fixtures().clone();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    match code {
        "" => digest_post(&org, &f.username, "wrong", common::ORG_BODY).await,
        "INVALID_API_KEY_DESC" => post(e, &org, r#"{"desc":"","roles":["ORG_MEMBER"]}"#).await,
        "INVALID_QUERY_PARAMETER" => {
            let list = format!(
                "{}/orgs/{}/apiKeys?itemsPerPage=501",
                f.ops_manager_url, f.org_id
            );
            call(e, "GET", &list, None).await
        }
        "INVALID_ROLE_FOR_ORG" => {
            post(e, &org, r#"{"desc":"x","roles":["GROUP_READ_ONLY"]}"#).await
        }
        "INVALID_ENUM_VALUE" => {
            let url = format!("{}/groups/{}/apiKeys", f.base_url, f.project_id);
            post(
                e,
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
            post(e, &url, r#"{"desc":"x","roles":["ORG_BILLING_ADMIN"]}"#).await
        }
        "MAX_PUBLIC_API_KEY_REACHED" => {
            let url = format!("{}/users/{}/keys", f.base_url, f.user_id);
            for _ in 0..10 {
                assert_eq!(post(e, &url, common::USER_BODY).await.status, 200);
            }
            post(e, &url, common::USER_BODY).await
        }
        "MAX_API_KEYS_PER_ORG_EXCEEDED" => {
            // Fill the organization (other examples may have made keys in it already), then
            // one more, as a project key.
            let client = common::client(e);
            let mut made = 0;
            while common::org_key(&client, e).await.is_ok() {
                made += 1;
                assert!(made <= 500, "the organization takes more than 500 keys");
            }
            let url = format!("{}/groups/{}/apiKeys", f.base_url, f.project_id);
            post(e, &url, common::PROJECT_BODY).await
        }
        "RATE_LIMITED" => {
            let client = common::client(e);
            for _ in 0..100 {
                common::org_key(&client, e).await.unwrap();
            }
            post(e, &org, common::ORG_BODY).await
        }
        "UNEXPECTED_ERROR" => {
            let fault = Fault {
                status: Some(u16::try_from(status).unwrap()),
                count: 1,
                ..Fault::default()
            };
            e.inject(fault).unwrap();
            post(e, &org, common::ORG_BODY).await
        }
        other => panic!(
            "no way to provoke {other} from the emulator: add one here, or take the example out \
             of openapi.yaml if the emulator never sends it"
        ),
    }
}

/// A 404 for the ID the example names.
async fn not_found(e: &Emulator, code: &str, example: &Value) -> Answer {
    let f = e.fixtures();
    let id = example["parameters"][0].as_str().unwrap();
    let (url, body) = match code {
        "ORG_NOT_FOUND" => (
            format!("{}/orgs/{id}/apiKeys", f.base_url),
            common::ORG_BODY,
        ),
        "USER_NOT_FOUND" => (format!("{}/users/{id}/keys", f.base_url), common::USER_BODY),
        "GROUP_NOT_FOUND" => (
            format!("{}/groups/{id}/apiKeys", f.base_url),
            common::PROJECT_BODY,
        ),
        other => unreachable!("{other}"),
    };
    post(e, &url, body).await
}

/// A `GET` of `url` signed as the fixture user, with `accept` as `Accept` (none: none).
async fn digest_get(e: &Emulator, url: &str, accept: Option<&str>) -> Answer {
    let f = e.fixtures();
    let client = common::http();
    let request = |auth: Option<String>| {
        let mut request = client.get(url);
        if let Some(accept) = accept {
            request = request.header("accept", accept);
        }
        match auth {
            Some(auth) => request.header("authorization", auth),
            None => request,
        }
    };
    let first = request(None).send().await.unwrap();
    let challenge = first.headers()["www-authenticate"].to_str().unwrap();
    let challenge = mongodb_api_keys::digest::Challenge::parse(challenge).unwrap();
    let target = common::target_of(url);
    let signed = mongodb_api_keys::digest::Request {
        method: "GET",
        uri: &target,
        body: b"",
    };
    let auth = challenge.sign(&f.username, &f.api_key, &signed, 1, "0a4f113b");
    let answer = request(Some(auth.to_string())).send().await.unwrap();
    Answer {
        status: answer.status().as_u16(),
        headers: answer.headers().clone(),
        text: answer.text().await.unwrap(),
    }
}

/// A resource that is not there: a key (`400` on the deprecated v1.0 access-list add, `404`
/// elsewhere), an entry of a key's access list, an agent key. The IDs in the body are the
/// example's.
async fn gone_resource(e: &Emulator, code: &str, status: u64, example: &Value) -> Value {
    let f = e.fixtures();
    let v2 = format!("{}/api/atlas/v2/orgs/{}/apiKeys", f.origin, f.org_id);
    let first = example["parameters"][0].as_str().unwrap();
    let answer = match (code, status) {
        ("API_KEY_NOT_FOUND", 400) => {
            let url = format!(
                "{}/orgs/{}/apiKeys/{first}/accessList",
                f.base_url, f.org_id
            );
            post(e, &url, r#"[{"ipAddress":"192.0.2.1"}]"#).await
        }
        ("API_KEY_NOT_FOUND", _) => call(e, "GET", &format!("{v2}/{first}"), None).await,
        ("ACCESS_LIST_ENTRY_NOT_FOUND", _) => {
            let url = format!("{v2}/{}/accessList/{first}", f.keys[0].id);
            let answer = call(e, "GET", &url, None).await;
            let named = example["parameters"][1].as_str().unwrap();
            return serde_json::from_str(&answer.text.replace(&f.keys[0].id, named)).unwrap();
        }
        ("AGENT_API_KEY_NOT_FOUND", _) => {
            let url = format!(
                "{}/groups/{}/agentapikeys/{first}",
                f.ops_manager_url, f.project_id
            );
            call(e, "DELETE", &url, None).await
        }
        (other, _) => unreachable!("{other}"),
    };
    answer.json()
}

/// An access-list request refused: a malformed entry.
async fn refused_entries(e: &Emulator, _code: &str, example: &Value) -> Answer {
    let f = e.fixtures();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    let entry = match example["parameters"][0].as_str() {
        Some(address) => format!(r#"{{"cidrBlock":"{address}"}}"#),
        None => r#"{"ipAddress":"192.0.2.1","cidrBlock":"192.0.2.0/24"}"#.into(),
    };
    let id = &f.keys[0].id;
    post(e, &format!("{org}/{id}/accessList"), &format!("[{entry}]")).await
}

/// A new key refused for its caller's address (no access list where one is required, or an
/// address not on it); the body as the example's caller, elsewhere, would get it.
async fn refused_caller(e: &Emulator, code: &str, example: &Value) -> Value {
    let f = e.fixtures();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    let key = post(e, &org, common::ORG_BODY).await.json();
    if code == "IP_ADDRESS_NOT_ON_ACCESS_LIST" {
        let url = format!("{org}/{}/accessList", key["id"].as_str().unwrap());
        post(e, &url, r#"[{"cidrBlock":"10.0.0.0/8"}]"#).await;
    }
    let (public, private) = (key["publicKey"].as_str(), key["privateKey"].as_str());
    let answer = digest_post(&org, public.unwrap(), private.unwrap(), common::ORG_BODY).await;
    // The emulator's callers are on this machine; the example's is elsewhere.
    let caller = example["parameters"][0].as_str().unwrap();
    serde_json::from_str(&answer.text.replace("127.0.0.1", caller)).unwrap()
}

/// A body the emulator refuses before MongoDB's own checks, without `errorCode`: one that
/// stalls (408), one too large (413), one that is not JSON (415).
async fn refused_body(e: &Emulator, status: u64) -> Answer {
    let f = e.fixtures();
    let org = format!("{}/orgs/{}/apiKeys", f.base_url, f.org_id);
    match status {
        408 => {
            let mut stalled = TcpStream::connect(e.addr()).await.unwrap();
            let head = format!(
                "POST {} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
                 Content-Length: 100\r\n\r\n{{\"desc\"",
                common::target_of(&org)
            );
            stalled.write_all(head.as_bytes()).await.unwrap();
            let mut answer = String::new();
            stalled.read_to_string(&mut answer).await.unwrap();
            let (head, body) = answer.split_once("\r\n\r\n").unwrap();
            assert!(head.starts_with("HTTP/1.1 408"), "{answer}");
            Answer {
                status: 408,
                headers: Default::default(),
                text: body.to_owned(),
            }
        }
        413 => post(e, &org, &" ".repeat(64 * 1024 + 1)).await,
        415 => digest_post_as(&org, &f.username, &f.api_key, ORG_BODY, "text/plain").await,
        other => panic!("no way to provoke a {other} without errorCode"),
    }
}

/// The emulator's own limit on a key's access list: 500 entries, then one more. The key in
/// the body is the example's.
async fn full_access_list(e: &Emulator, example: &Value) -> Value {
    let f = e.fixtures();
    let id = &f.keys[1].id;
    let url = format!("{}/orgs/{}/apiKeys/{id}/accessList", f.base_url, f.org_id);
    let entries: Vec<String> = (0..501u32)
        .map(|i| format!(r#"{{"ipAddress":"10.0.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    let full = post(e, &url, &format!("[{}]", entries[..500].join(","))).await;
    assert_eq!(full.status, 200, "{}", full.text);
    let refused = post(e, &url, &format!("[{}]", entries[500])).await;
    assert_eq!(refused.status, 409, "{}", refused.text);
    let named = example["parameters"][0].as_str().unwrap();
    serde_json::from_str(&refused.text.replace(id.as_str(), named)).unwrap()
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
