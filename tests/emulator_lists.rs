//! What the emulator lists and reads one by one: an organization's keys page by page, as
//! MongoDB pages (creation order, `pageNum`, `itemsPerPage`, `includeCount`, `totalCount`,
//! `self`/`previous`/`next` links), a key's access-list entries read and removed one by one,
//! and a project's agent keys listed masked and deleted.

mod common;

use common::{AGENT_BODY, Answer, ORG_BODY, call, call_as};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::Value;

/// (status, errorCode) of an answer.
fn outcome(answer: &Answer) -> (u16, String) {
    let code = serde_json::from_str::<Value>(&answer.text)
        .ok()
        .and_then(|v| v["errorCode"].as_str().map(str::to_owned));
    (answer.status, code.unwrap_or_default())
}

/// Each link of a list: (rel, href).
fn links(list: &Value) -> Vec<(String, String)> {
    let links = list["links"].as_array().unwrap().iter();
    links
        .map(|l| {
            (
                l["rel"].as_str().unwrap().into(),
                l["href"].as_str().unwrap().into(),
            )
        })
        .collect()
}

#[tokio::test]
async fn an_organizations_keys_page_in_creation_order_as_mongodb_pages() {
    let config = Config {
        fixture_keys: vec![vec!["ORG_MEMBER".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let keys = format!("{}/api/atlas/v2/orgs/{}/apiKeys", f.origin, f.org_id);
    let mut made = vec![f.keys[0].id.clone()];
    for i in 0..4 {
        let body = format!(r#"{{"desc":"key {i}","roles":["ORG_MEMBER"]}}"#);
        let key = call(&e, "POST", &keys, Some(&body)).await.json();
        made.push(key["id"].as_str().unwrap().to_owned());
    }
    let page = |query: &str| {
        let url = format!("{keys}{query}");
        let e = &e;
        async move { call(e, "GET", &url, None).await.json() }
    };
    let ids = |list: &Value| -> Vec<String> {
        let results = list["results"].as_array().unwrap().iter();
        results
            .map(|k| k["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let all = page("").await;
    assert_eq!(
        (ids(&all), all["totalCount"].as_u64()),
        (made.clone(), Some(5))
    );
    let url = |n: u32, per: u32| format!("{keys}?pageNum={n}&itemsPerPage={per}");
    assert_eq!(links(&all), [("self".into(), url(1, 100))]);
    let second = page("?pageNum=2&itemsPerPage=2").await;
    assert_eq!(ids(&second), made[2..4]);
    assert_eq!(
        links(&second),
        [
            ("self".into(), url(2, 2)),
            ("previous".into(), url(1, 2)),
            ("next".into(), url(3, 2))
        ]
    );
    let last = page("?pageNum=3&itemsPerPage=2&includeCount=false").await;
    assert_eq!(ids(&last), made[4..]);
    assert!(last.get("totalCount").is_none(), "{last}");
    assert_eq!(links(&last).len(), 2, "no next after the last page");
    let past = page("?pageNum=9&itemsPerPage=2").await;
    assert_eq!((ids(&past), past["totalCount"].as_u64()), (vec![], Some(5)));
    // A deleted key leaves the list; the order of the others stays.
    let gone = format!("{keys}/{}", made[1]);
    assert_eq!(call(&e, "DELETE", &gone, None).await.status, 204);
    made.remove(1);
    assert_eq!(ids(&page("").await), made);
    // Every masked, none in clear.
    for key in page("").await["results"].as_array().unwrap() {
        assert!(
            key["privateKey"]
                .as_str()
                .unwrap()
                .starts_with("********-****-****-")
        );
    }
    assert_eq!(ids(&page("?itemsPerPage=500").await).len(), 4);
}

#[tokio::test]
async fn list_parameters_out_of_range_are_refused() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    for list in [
        format!("{}/api/atlas/v2/orgs/{}/apiKeys", f.origin, f.org_id),
        format!("{}/api/atlas/v2/groups/{}/apiKeys", f.origin, f.project_id),
        format!("{}/groups/{}/agentapikeys", f.ops_manager_url, f.project_id),
    ] {
        let refused = [
            "?itemsPerPage=501",
            "?itemsPerPage=0",
            "?pageNum=0",
            "?pageNum=-1",
            "?pageNum=1.5",
        ];
        for query in refused {
            let answer = call(&e, "GET", &format!("{list}{query}"), None).await;
            let expected = (400, "INVALID_QUERY_PARAMETER".into());
            assert_eq!(outcome(&answer), expected, "{list}{query}");
        }
        for query in ["?itemsPerPage=500", "?pageNum=2147483647", "?unknown=1"] {
            let answer = call(&e, "GET", &format!("{list}{query}"), None).await;
            assert_eq!(answer.status, 200, "{list}{query}");
        }
    }
}

#[tokio::test]
async fn access_list_entries_are_read_and_removed_one_by_one() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    for prefix in ["/api/atlas/v2", "/api/public/v1.0"] {
        let keys = format!("{}{prefix}/orgs/{}/apiKeys", f.origin, f.org_id);
        let key = call(&e, "POST", &keys, Some(ORG_BODY)).await.json();
        let list = format!("{keys}/{}/accessList", key["id"].as_str().unwrap());
        let body = r#"[{"ipAddress":"192.0.2.10"},{"cidrBlock":"198.51.100.0/24"},{"ipAddress":"2001:db8::1"}]"#;
        assert_eq!(call(&e, "POST", &list, Some(body)).await.status, 200);
        // An address is its /32 (or /128); a block's `/` is sent as %2F.
        for (entry, block) in [
            ("192.0.2.10", "192.0.2.10/32"),
            ("192.0.2.10%2F32", "192.0.2.10/32"),
            ("198.51.100.0%2F24", "198.51.100.0/24"),
            ("2001:db8::1", "2001:db8::1/128"),
        ] {
            let read = call(&e, "GET", &format!("{list}/{entry}"), None).await;
            assert_eq!(read.status, 200, "{prefix} {entry}: {}", read.text);
            assert_eq!(read.json()["cidrBlock"], block, "{prefix} {entry}");
        }
        let removed = call(&e, "DELETE", &format!("{list}/198.51.100.0%2F24"), None).await;
        let status = if prefix.contains("v2") { 204 } else { 200 };
        assert_eq!(
            (removed.status, removed.text.as_str()),
            (status, ""),
            "{prefix}"
        );
        for (method, entry) in [
            ("GET", "198.51.100.0%2F24"),
            ("DELETE", "198.51.100.0%2F24"),
            ("GET", "192.0.2.11"),
            ("GET", "not-an-address"),
        ] {
            let gone = call(&e, method, &format!("{list}/{entry}"), None).await;
            assert_eq!(
                outcome(&gone),
                (404, "ACCESS_LIST_ENTRY_NOT_FOUND".into()),
                "{prefix} {method} {entry}"
            );
        }
        let left = call(&e, "GET", &list, None).await.json();
        assert_eq!(left["totalCount"], 2, "{prefix}: {left}");
    }
}

/// A key may not remove the entry that lets its own call in; its owner may.
#[tokio::test]
async fn a_key_cannot_remove_the_entry_that_admits_its_own_call() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let keys = format!("{}/api/atlas/v2/orgs/{}/apiKeys", f.origin, f.org_id);
    let owner = call(
        &e,
        "POST",
        &keys,
        Some(r#"{"desc":"o","roles":["ORG_OWNER"]}"#),
    )
    .await
    .json();
    let list = format!("{keys}/{}/accessList", owner["id"].as_str().unwrap());
    let entries = r#"[{"cidrBlock":"127.0.0.0/8"},{"ipAddress":"192.0.2.1"}]"#;
    assert_eq!(call(&e, "POST", &list, Some(entries)).await.status, 200);
    let me = (
        owner["publicKey"].as_str().unwrap(),
        owner["privateKey"].as_str().unwrap(),
    );
    let own = call_as("DELETE", &format!("{list}/127.0.0.0%2F8"), me, None).await;
    assert_eq!(
        outcome(&own),
        (400, "CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST".into()),
        "{}",
        own.text
    );
    assert_eq!(
        call_as("DELETE", &format!("{list}/192.0.2.1"), me, None)
            .await
            .status,
        204
    );
    assert_eq!(
        call(&e, "DELETE", &format!("{list}/127.0.0.0%2F8"), None)
            .await
            .status,
        204
    );
    // With no entry left, the key is no longer held to any address.
    assert_eq!(call_as("GET", &list, me, None).await.status, 200);
}

#[tokio::test]
async fn agent_keys_are_listed_masked_and_deleted() {
    let config = Config {
        max_agent_api_keys_per_project: 2,
        fixture_keys: vec![vec!["GROUP_READ_ONLY".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let f = e.fixtures().clone();
    let agents = format!("{}/groups/{}/agentapikeys", f.ops_manager_url, f.project_id);
    let first = call(&e, "POST", &agents, Some(AGENT_BODY)).await.json();
    let second = call(&e, "POST", &agents, Some(r#"{"desc":"two"}"#))
        .await
        .json();
    let full = call(&e, "POST", &agents, Some(AGENT_BODY)).await;
    assert_eq!(outcome(&full), (400, "EMULATOR_AGENT_API_KEY_LIMIT".into()));
    let reader = (
        f.keys[0].public_key.as_str(),
        f.keys[0].private_key.as_str(),
    );
    let list = call_as("GET", &agents, reader, None).await.json();
    assert_eq!(list["totalCount"], 2);
    for (listed, created) in list["results"]
        .as_array()
        .unwrap()
        .iter()
        .zip([&first, &second])
    {
        let key = created["key"].as_str().unwrap();
        assert_eq!(key.len(), 32);
        let masked = format!("{}{}", "*".repeat(28), &key[28..]);
        assert_eq!(listed["key"], masked.as_str());
        let mut expected = created.clone();
        expected["key"] = masked.into();
        assert_eq!(listed, &expected, "everything else as created");
    }
    let url = format!("{agents}/{}", first["_id"].as_str().unwrap());
    let refused = call_as("DELETE", &url, reader, None).await;
    assert_eq!(outcome(&refused), (401, "USER_UNAUTHORIZED".into()));
    let deleted = call(&e, "DELETE", &url, None).await;
    assert_eq!((deleted.status, deleted.text.as_str()), (200, ""));
    let again = call(&e, "DELETE", &url, None).await;
    assert_eq!(outcome(&again), (404, "AGENT_API_KEY_NOT_FOUND".into()));
    assert_eq!(
        call(&e, "POST", &agents, Some(AGENT_BODY)).await.status,
        200,
        "room made"
    );
    let list = call(&e, "GET", &format!("{agents}?itemsPerPage=1"), None)
        .await
        .json();
    assert_eq!(list["results"][0]["_id"], second["_id"]);
    assert_eq!(list["totalCount"], 2);
}
