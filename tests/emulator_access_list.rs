//! The emulator's API access lists: adding entries under every API (the Admin API v2, Ops
//! Manager, the deprecated v1.0) with MongoDB's validation and errors, listing them page by
//! page, and the check every call passes, with and without `--require-access-list`. Reading
//! and removing one entry: `emulator_lifecycle.rs`.

mod common;

use common::{Answer, assert_matches_schema, digest_post, post};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::Value;

/// An organization key created by the fixture user: (id, public key, private key).
async fn new_key(e: &Emulator, base: &str, roles: &str) -> (String, String, String) {
    let url = format!("{base}/orgs/{}/apiKeys", e.fixtures().org_id);
    let answer = post(e, &url, &format!(r#"{{"desc":"k","roles":[{roles}]}}"#)).await;
    assert_eq!(answer.status, 200, "{}", answer.text);
    let key = answer.json();
    let field = |name: &str| key[name].as_str().unwrap().to_owned();
    (field("id"), field("publicKey"), field("privateKey"))
}

fn access_list_url(e: &Emulator, base: &str, key_id: &str) -> String {
    format!(
        "{base}/orgs/{}/apiKeys/{key_id}/accessList",
        e.fixtures().org_id
    )
}

async fn add(e: &Emulator, base: &str, key_id: &str, body: &str) -> Answer {
    post(e, &access_list_url(e, base, key_id), body).await
}

/// A call with the key's own credentials: it creates another organization key.
async fn use_key(e: &Emulator, public: &str, private: &str) -> Answer {
    let url = format!("{}/orgs/{}/apiKeys", e.atlas_url(), e.fixtures().org_id);
    digest_post(&url, public, private, common::ORG_BODY).await
}

fn error_code(answer: &Answer) -> (u16, String) {
    let code = answer.json()["errorCode"].as_str().unwrap_or("").to_owned();
    (answer.status, code)
}

#[tokio::test]
async fn entries_are_added_once_and_the_whole_list_is_answered_under_both_base_paths() {
    let e = common::emulator().await;
    for base in [e.atlas_url(), e.ops_manager_url()] {
        let (id, _, _) = new_key(&e, &base, r#""ORG_MEMBER""#).await;
        let body =
            r#"[{"ipAddress":"192.0.2.10"},{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"::1"}]"#;
        let answer = add(&e, &base, &id, body).await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        let list = answer.json();
        assert_matches_schema("PaginatedApiUserAccessListResponse", &list);
        assert_eq!(list["totalCount"], 3);
        let first = &list["results"][0];
        assert_eq!(
            (first["ipAddress"].as_str(), first["cidrBlock"].as_str()),
            (Some("192.0.2.10"), Some("192.0.2.10/32"))
        );
        assert_eq!(first["count"], 0);
        let block = &list["results"][1];
        assert_eq!(
            (block.get("ipAddress"), block["cidrBlock"].as_str()),
            (None, Some("198.51.100.0/24"))
        );
        assert!(
            block["links"][0]["href"]
                .as_str()
                .unwrap()
                .ends_with("/accessList/198.51.100.0%2F24")
        );
        assert_eq!(list["results"][2]["cidrBlock"], "::1/128");
        assert!(
            list["links"][0]["href"]
                .as_str()
                .unwrap()
                .starts_with(&access_list_url(&e, &base, &id))
        );

        // The same entries again, and one more: nothing is duplicated.
        let again = add(
            &e,
            &base,
            &id,
            r#"[{"ipAddress":"192.0.2.10"},{"cidrBlock":"203.0.113.0/28"}]"#,
        )
        .await;
        assert_eq!(again.json()["totalCount"], 4, "{}", again.text);
    }
}

/// (body, status, errorCode, first parameter) of access-list entries MongoDB refuses.
const MALFORMED: &[(&str, u16, &str, Option<&str>)] = &[
    (
        r#"[{"ipAddress":"300.1.2.3"}]"#,
        400,
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        Some("300.1.2.3"),
    ),
    (
        r#"[{"cidrBlock":"10.0.0.0/33"}]"#,
        400,
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        Some("10.0.0.0/33"),
    ),
    (
        r#"[{"ipAddress":"10.0.0.0/8"}]"#,
        400,
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        Some("10.0.0.0/8"),
    ),
    (
        r#"[{"cidrBlock":"10.0.0.1"}]"#,
        400,
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        Some("10.0.0.1"),
    ),
    (
        r#"[{}]"#,
        400,
        "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
        Some("null"),
    ),
    (
        r#"[{"ipAddress":"192.0.2.1","cidrBlock":"10.0.0.0/8"}]"#,
        400,
        "BAD_WHITELIST_ADD_REQUEST",
        None,
    ),
    (
        r#"[{"ipAddress":"192.0.2.1","comment":"x"}]"#,
        400,
        "INVALID_ATTRIBUTE",
        Some("comment"),
    ),
    (
        r#"[{"ipAddress":7}]"#,
        400,
        "INVALID_JSON_ATTRIBUTE",
        Some("ipAddress"),
    ),
    (r#"[]"#, 400, "INVALID_JSON", None),
    (r#"{"ipAddress":"192.0.2.1"}"#, 400, "INVALID_JSON", None),
    (r#"["192.0.2.1"]"#, 400, "INVALID_JSON", None),
    (r#"[{"ipAddress""#, 400, "MALFORMED_JSON", None),
];

#[tokio::test]
async fn malformed_entries_get_mongodbs_errors() {
    let e = common::emulator().await;
    for base in [e.atlas_url(), e.ops_manager_url()] {
        let (id, public_key, _) = new_key(&e, &base, r#""ORG_MEMBER""#).await;
        for &(body, status, code, parameter) in MALFORMED {
            let answer = add(&e, &base, &id, body).await;
            assert_eq!(
                error_code(&answer),
                (status, code.to_owned()),
                "{body}: {}",
                answer.text
            );
            let parameters = answer.json()["parameters"].clone();
            assert_eq!(
                parameters.get(0).and_then(Value::as_str),
                parameter,
                "{body}"
            );
        }
        wrong_ids_get_mongodbs_errors(&e, &base, &id, &public_key).await;
    }
    assert_eq!(e.stats().keys_created.org, 2);
}

/// The public key where the ID belongs, an unknown ID, an invalid organization ID. No such
/// key is `404 API_KEY_NOT_FOUND` on Ops Manager (and the Admin API v2), `400` on the
/// deprecated v1.0, as MongoDB's error-code reference gives it.
async fn wrong_ids_get_mongodbs_errors(e: &Emulator, base: &str, id: &str, public_key: &str) {
    let entry = r#"[{"ipAddress":"192.0.2.1"}]"#;
    let status = if base.ends_with("/api/atlas/v1.0") {
        400
    } else {
        404
    };
    for wrong in [public_key, "5c47ba5127d9d61b9fd8a27b"] {
        let answer = add(e, base, wrong, entry).await;
        assert_eq!(
            error_code(&answer),
            (status, "API_KEY_NOT_FOUND".into()),
            "{}",
            answer.text
        );
        assert_eq!(
            answer.json()["detail"],
            format!("No API key with ID {wrong} exists.")
        );
    }
    let url = format!("{base}/orgs/zmmrboas/apiKeys/{id}/accessList");
    assert_eq!(
        error_code(&post(e, &url, entry).await),
        (404, "INVALID_ORG_ID".into())
    );
}

#[tokio::test]
async fn only_an_organization_owner_may_add_entries() {
    let config = Config {
        fixture_keys: vec![vec!["ORG_READ_ONLY".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let (id, _, _) = new_key(&e, &e.atlas_url(), r#""ORG_MEMBER""#).await;
    let reader = &e.fixtures().keys[0];
    let url = access_list_url(&e, &e.atlas_url(), &id);
    let answer = digest_post(
        &url,
        &reader.public_key,
        &reader.private_key,
        r#"[{"ipAddress":"192.0.2.1"}]"#,
    )
    .await;
    assert_eq!(
        error_code(&answer),
        (401, "NOT_ORG_OWNER".into()),
        "{}",
        answer.text
    );
}

#[tokio::test]
async fn a_keys_entries_hold_it_to_their_addresses_whatever_the_setting() {
    let e = common::emulator().await;
    let base = e.atlas_url();
    let (far_id, far_public, far_private) = new_key(&e, &base, r#""ORG_OWNER""#).await;
    assert_eq!(
        add(&e, &base, &far_id, r#"[{"cidrBlock":"10.0.0.0/8"}]"#)
            .await
            .status,
        200
    );
    let refused = use_key(&e, &far_public, &far_private).await;
    assert_eq!(
        error_code(&refused),
        (403, "IP_ADDRESS_NOT_ON_ACCESS_LIST".into()),
        "{}",
        refused.text
    );
    assert_eq!(
        refused.json()["detail"],
        "IP address 127.0.0.1 is not allowed to access this resource."
    );

    let (id, public, private) = new_key(&e, &base, r#""ORG_OWNER""#).await;
    assert_eq!(
        use_key(&e, &public, &private).await.status,
        200,
        "no entry, no requirement: usable"
    );
    assert_eq!(
        add(&e, &base, &id, r#"[{"ipAddress":"127.0.0.1"}]"#)
            .await
            .status,
        200
    );
    assert_eq!(use_key(&e, &public, &private).await.status, 200);
    // The entry counts its use.
    let list = add(&e, &base, &id, r#"[{"ipAddress":"127.0.0.1"}]"#)
        .await
        .json();
    let entry = &list["results"][0];
    assert_eq!(
        (entry["count"].as_u64(), entry["lastUsedAddress"].as_str()),
        (Some(1), Some("127.0.0.1")),
        "{list}"
    );
    assert!(entry["lastUsed"].is_string());
}

/// The token endpoint's answer for a service account.
async fn access_token(
    http: &reqwest::Client,
    e: &Emulator,
    client_id: &str,
    secret: &str,
) -> Value {
    http.post(format!("http://{}/api/oauth/token", e.fixtures().addr))
        .basic_auth(client_id, Some(secret))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=client_credentials")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_organization_that_requires_an_access_list_refuses_keys_without_entries() {
    let config = Config {
        require_access_list: true,
        service_accounts: vec![vec!["ORG_OWNER".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let base = e.atlas_url();
    // The printed credentials have the loopback addresses: the fixture user creates keys.
    let (id, public, private) = new_key(&e, &base, r#""ORG_OWNER""#).await;
    let refused = use_key(&e, &public, &private).await;
    assert_eq!(
        error_code(&refused),
        (403, "ORG_REQUIRES_ACCESS_LIST".into()),
        "{}",
        refused.text
    );
    assert_eq!(
        refused.json()["detail"],
        "This organization requires access through an access list of ip ranges."
    );
    assert_eq!(refused.json()["parameters"][0], "127.0.0.1");
    assert_eq!(
        add(&e, &base, &id, r#"[{"ipAddress":"127.0.0.1"}]"#)
            .await
            .status,
        200
    );
    assert_eq!(use_key(&e, &public, &private).await.status, 200);

    // Both fixture service accounts too, through a bearer token.
    let f = e.fixtures();
    let accounts = std::iter::once((f.client_id.clone(), f.client_secret.clone())).chain(
        f.service_accounts
            .iter()
            .map(|a| (a.client_id.clone(), a.client_secret.clone())),
    );
    for (client_id, secret) in accounts {
        let http = common::http();
        let token = access_token(&http, &e, &client_id, &secret).await;
        let answer = http
            .post(format!("{base}/orgs/{}/apiKeys", f.org_id))
            .bearer_auth(token["access_token"].as_str().unwrap())
            .header("content-type", "application/json")
            .body(common::ORG_BODY)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200, "{client_id}");
    }
}

/// The `rel` of each link of a list answer.
fn rels(list: &Value) -> Vec<&str> {
    list["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn a_list_answer_keeps_its_shape_under_envelope_and_pages_as_asked() {
    let e = common::emulator().await;
    let base = e.atlas_url();
    let (id, _, _) = new_key(&e, &base, r#""ORG_MEMBER""#).await;
    let three =
        r#"[{"ipAddress":"192.0.2.1"},{"ipAddress":"192.0.2.2"},{"ipAddress":"192.0.2.3"}]"#;
    let url = access_list_url(&e, &base, &id);

    let enveloped = post(&e, &format!("{url}?envelope=true"), three).await;
    let list = enveloped.json();
    assert_eq!(
        (enveloped.status, list["status"].as_u64()),
        (200, Some(200)),
        "{list}"
    );
    assert!(
        list.get("content").is_none() && list["results"].is_array(),
        "{list}"
    );
    assert_matches_schema("PaginatedApiUserAccessListResponse", &list);
    let error = post(&e, &format!("{url}?envelope=true"), "[]").await.json();
    assert_eq!(
        (
            error["status"].as_u64(),
            error["content"]["errorCode"].as_str()
        ),
        (Some(400), Some("INVALID_JSON"))
    );

    // An add answers the first page, whatever list parameters it is sent: it documents none.
    let added = post(&e, &format!("{url}?itemsPerPage=2&pageNum=2"), three).await;
    assert_eq!(added.json()["results"].as_array().unwrap().len(), 3);
    // The list pages as asked; the key is the organization's under every API.
    let e = &e;
    let listed = |query: &str| {
        let url = access_list_url(e, &e.ops_manager_url(), &id) + query;
        async move { common::call(e, "GET", &url, None).await }
    };
    let second = listed("?itemsPerPage=2&pageNum=2").await.json();
    assert_eq!(second["results"].as_array().unwrap().len(), 1, "{second}");
    assert_eq!(second["results"][0]["ipAddress"], "192.0.2.3");
    assert_eq!(rels(&second), ["self", "previous"]);
    assert_eq!(second["totalCount"], 3);
    let first = listed("?itemsPerPage=2&includeCount=false").await.json();
    assert!(first.get("totalCount").is_none(), "{first}");
    assert_eq!(rels(&first), ["self", "next"]);
    let beyond = listed("?itemsPerPage=2&pageNum=3").await.json();
    assert_eq!(beyond["results"], serde_json::json!([]), "{beyond}");
    for query in [
        "?itemsPerPage=501",
        "?itemsPerPage=0",
        "?pageNum=0",
        "?pageNum=x",
    ] {
        let refused = listed(query).await;
        assert_eq!(
            error_code(&refused),
            (400, "INVALID_QUERY_PARAMETER".into()),
            "{query}"
        );
    }
}

/// `n` distinct entries from `first` on: `[{"ipAddress":"10.1.x.y"}, ...]`.
fn addresses(first: u32, n: u32) -> String {
    let entries: Vec<String> = (first..first + n)
        .map(|i| format!(r#"{{"ipAddress":"10.1.{}.{}"}}"#, i / 256, i % 256))
        .collect();
    format!("[{}]", entries.join(","))
}

#[tokio::test]
async fn a_key_holds_at_most_500_entries_and_a_request_past_that_adds_none() {
    let e = common::emulator().await;
    let base = e.atlas_url();
    let (id, _, _) = new_key(&e, &base, r#""ORG_MEMBER""#).await;
    let answer = add(&e, &base, &id, &addresses(0, 400)).await;
    assert_eq!(answer.json()["totalCount"], 400, "{}", answer.text);
    // 101 new (and 50 known) would make 501: refused, and nothing of it kept.
    let refused = add(&e, &base, &id, &addresses(350, 151)).await;
    assert_eq!(
        error_code(&refused),
        (409, "EMULATOR_ACCESS_LIST_LIMIT".to_owned()),
        "{}",
        refused.text
    );
    assert_matches_schema("ApiError", &refused.json());
    let known = add(&e, &base, &id, &addresses(0, 1)).await;
    assert_eq!(known.json()["totalCount"], 400, "{}", known.text);
    // Up to the limit is fine, and entries it holds can be sent again.
    let full = add(&e, &base, &id, &addresses(300, 200)).await;
    assert_eq!(full.json()["totalCount"], 500, "{}", full.text);
    let again = add(&e, &base, &id, &addresses(0, 500)).await;
    assert_eq!(again.json()["totalCount"], 500, "{}", again.text);
    // An address and its /32 block are one entry, as MongoDB names entries by their block.
    let as_block = add(&e, &base, &id, r#"[{"cidrBlock":"10.1.0.0/32"}]"#).await;
    assert_eq!(as_block.json()["totalCount"], 500, "{}", as_block.text);
}
