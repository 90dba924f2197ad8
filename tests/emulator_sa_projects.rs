//! Service accounts beyond their organization, on the emulator: a project's (created in it,
//! assigned with `:invite`, read, unassigned with its credentials still valid), access lists
//! (at most 200 entries a request, a CIDR deleted with `%2F`, a token used from elsewhere
//! refused), Cloud Manager's (its roles and lifetimes, the same accounts), the sunset of the
//! service accounts' version alone, and the requests per operation in `Stats`.

mod common;

use common::sa::{self, accounts_url, code, credentials, project_url, token, with_token};
use common::{call, call_as};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::json;

#[tokio::test]
async fn a_project_creates_and_unassigns_its_service_accounts() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let projects = project_url(&e);
    let body = sa::body("project robot", &["GROUP_READ_ONLY"], 8);
    let created = call(&e, "POST", &projects, Some(&body)).await;
    assert_eq!(created.status, 201, "{created:?}");
    let created = created.json();
    assert_eq!(created["roles"], json!(["GROUP_READ_ONLY"]));
    let (project_sa, secret) = credentials(&created);
    // Also an Organization Member of the project's organization.
    let own = format!("{}/{project_sa}", accounts_url(&e, false));
    assert_eq!(
        call(&e, "GET", &own, None).await.json()["roles"],
        json!(["ORG_MEMBER"])
    );
    assert_eq!(
        call(&e, "GET", &projects, None).await.json()["totalCount"],
        1
    );

    // Unassigned: out of the project, still in the organization, its tokens still valid.
    let bearer = token(&e, (&project_sa, &secret)).await;
    let one = format!("{projects}/{project_sa}");
    assert_eq!(call(&e, "GET", &one, None).await.status, 200);
    assert_eq!(call(&e, "DELETE", &one, None).await.status, 204);
    let gone = call(&e, "GET", &one, None).await;
    assert_eq!(
        (gone.status, code(&gone)),
        (404, "RESOURCE_NOT_FOUND".into())
    );
    assert_eq!(call(&e, "DELETE", &one, None).await.status, 404);
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 200);
    assert_eq!(
        call(&e, "GET", &projects, None).await.json()["totalCount"],
        0
    );
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn an_organizations_service_account_is_assigned_with_invite_and_only_post_is_served_there() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let projects = project_url(&e);
    let (org_sa, _) = credentials(&sa::create(&e, &["ORG_READ_ONLY"], 8).await);
    let invite = format!("{projects}/{org_sa}:invite");
    let invited = call(&e, "POST", &invite, Some(r#"{"roles":["GROUP_OWNER"]}"#)).await;
    assert_eq!(invited.status, 200, "{invited:?}");
    assert_eq!(invited.json()["roles"], json!(["GROUP_OWNER"]));
    for (body, expected) in [
        (r#"{"roles":[]}"#, "VALIDATION_ERROR"),
        (
            r#"{"roles":["GROUP_OWNER","GROUP_OWNER"]}"#,
            "VALIDATION_ERROR",
        ),
        (r#"{"roles":["ORG_OWNER"]}"#, "INVALID_ROLE_FOR_GROUP"),
    ] {
        let refused = call(&e, "POST", &invite, Some(body)).await;
        assert_eq!(
            (refused.status, code(&refused)),
            (400, expected.into()),
            "{body}"
        );
    }
    // Without :invite, a POST to a service account is a method it does not serve; at :invite
    // only POST is served.
    let plain = call(&e, "POST", &format!("{projects}/{org_sa}"), Some("{}")).await;
    assert_eq!(
        (plain.status, &plain.headers["allow"]),
        (405, &"GET,HEAD,DELETE".parse().unwrap())
    );
    for method in ["GET", "DELETE", "PUT"] {
        let refused = call(&e, method, &invite, None).await;
        assert_eq!(refused.status, 405, "{method}: {refused:?}");
        assert_eq!(refused.headers["allow"], "POST");
    }
    assert_eq!(
        call(&e, "GET", &projects, None).await.json()["totalCount"],
        1
    );
    let groups = format!("{}/{org_sa}/groups", accounts_url(&e, false));
    let groups = call(&e, "GET", &groups, None).await.json();
    assert_eq!(groups["results"][0]["roles"], json!(["GROUP_OWNER"]));
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn project_roles_are_checked() {
    let config = Config {
        fixture_keys: vec![vec!["GROUP_READ_ONLY".into()]],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let key = &e.fixtures().keys[0];
    let reader = (key.public_key.as_str(), key.private_key.as_str());
    let projects = project_url(&e);
    let org_sa = credentials(&sa::create(&e, &["ORG_MEMBER"], 8).await).0;
    let invite = format!("{projects}/{org_sa}:invite");
    assert_eq!(
        call(
            &e,
            "POST",
            &invite,
            Some(r#"{"roles":["GROUP_READ_ONLY"]}"#)
        )
        .await
        .status,
        200
    );
    assert_eq!(call_as("GET", &projects, reader, None).await.status, 200);
    let one = format!("{projects}/{org_sa}");
    assert_eq!(call_as("GET", &one, reader, None).await.status, 200);
    let body = sa::body("x", &["GROUP_READ_ONLY"], 8);
    for (method, url, body) in [
        ("POST", projects.as_str(), Some(body.as_str())),
        (
            "POST",
            invite.as_str(),
            Some(r#"{"roles":["GROUP_OWNER"]}"#),
        ),
        ("DELETE", one.as_str(), None),
    ] {
        let refused = call_as(method, url, reader, body).await;
        assert_eq!(refused.status, 401, "{method} {url}: {refused:?}");
    }
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn access_lists_take_200_entries_a_request_and_refuse_tokens_from_elsewhere() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8).await;
    let (client_id, secret) = credentials(&account);
    let list = format!("{}/{client_id}/accessList", accounts_url(&e, false));
    let entries = |n: u32, third: u32| {
        let items: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"ipAddress":"10.{third}.{}.{}"}}"#, i / 256, i % 256))
            .collect();
        format!("[{}]", items.join(","))
    };
    let refused = call(&e, "POST", &list, Some(&entries(201, 1))).await;
    assert_eq!(
        (refused.status, code(&refused).as_str()),
        (400, "VALIDATION_ERROR")
    );
    assert_eq!(refused.json()["parameters"], json!(["accessList", 200]));
    let added = call(&e, "POST", &list, Some(&entries(200, 1))).await;
    assert_eq!(added.status, 200, "{added:?}");
    assert_eq!(added.json()["totalCount"], 200);
    // The token is obtained (the list applies when it is used), then refused from here.
    let bearer = token(&e, (&client_id, &secret)).await;
    let own = format!("{}/{client_id}", accounts_url(&e, false));
    let forbidden = with_token("GET", &own, &bearer, None).await;
    assert_eq!(
        (forbidden.status, code(&forbidden).as_str()),
        (403, "IP_ADDRESS_NOT_ON_ACCESS_LIST")
    );
    let cidr = call(&e, "POST", &list, Some(r#"[{"cidrBlock":"127.0.0.0/8"}]"#)).await;
    assert_eq!(cidr.status, 200, "{cidr:?}");
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 200);
    let page = call(
        &e,
        "GET",
        &format!("{list}?pageNum=3&itemsPerPage=100"),
        None,
    )
    .await
    .json();
    assert_eq!(page["totalCount"], 201);
    let last = &page["results"][0];
    assert_eq!(last["cidrBlock"], "127.0.0.0/8");
    assert!(last["requestCount"].as_i64().unwrap() >= 1, "{last}");
    // A CIDR is deleted with its `/` as %2F; then the token is refused here again.
    let deleted = call(&e, "DELETE", &format!("{list}/127.0.0.0%2F8"), None).await;
    assert_eq!(deleted.status, 204, "{deleted:?}");
    assert_eq!(with_token("GET", &own, &bearer, None).await.status, 403);
    let again = call(&e, "DELETE", &format!("{list}/127.0.0.0%2F8"), None).await;
    assert_eq!(again.status, 404, "{again:?}");
    let one = call(&e, "DELETE", &format!("{list}/10.1.0.0"), None).await;
    assert_eq!(one.status, 204, "{one:?}");
    assert_eq!(call(&e, "GET", &list, None).await.json()["totalCount"], 199);
    e.shutdown().await.unwrap();
}

/// `POST url` with `body` as the fixture user: its status and `errorCode`.
async fn post(e: &Emulator, url: &str, body: &str) -> (u16, String) {
    let answer = call(e, "POST", url, Some(body)).await;
    (answer.status, code(&answer))
}

#[tokio::test]
async fn cloud_manager_takes_its_roles_ascii_names_and_lifetimes_of_a_year() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let cm = accounts_url(&e, true);
    let refused = [
        sa::body("x", &["ORG_STREAM_PROCESSING_ADMIN"], 8),
        sa::body("Équipe", &["ORG_MEMBER"], 8),
        sa::body("x", &["ORG_MEMBER"], 8767),
    ];
    for body in &refused {
        assert_eq!(post(&e, &cm, body).await.0, 400, "{body}");
    }
    let too_long = call(&e, "POST", &cm, Some(&refused[2])).await.json();
    assert_eq!(
        too_long["detail"],
        "secretExpiresAfterHours must be 8 to 8766."
    );
    let body = sa::body("cm", &["ORG_BILLING_ADMIN"], 8766);
    let created = call(&e, "POST", &cm, Some(&body)).await;
    assert_eq!(created.status, 201, "{created:?}");
    assert_eq!(created.headers["content-type"], "application/json");
    // Atlas refuses the year of Cloud Manager.
    let atlas = sa::body("x", &["ORG_MEMBER"], 8766);
    assert_eq!(post(&e, &accounts_url(&e, false), &atlas).await.0, 400);
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn cloud_manager_serves_the_same_service_accounts_and_answers_deletes_200() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let cm = accounts_url(&e, true);
    let body = sa::body("cm", &["ORG_READ_ONLY"], 8);
    let (client_id, secret) = credentials(&call(&e, "POST", &cm, Some(&body)).await.json());
    // The same account on the Admin API v2; a token of it reads Cloud Manager's API.
    let v2 = format!("{}/{client_id}", accounts_url(&e, false));
    assert_eq!(call(&e, "GET", &v2, None).await.status, 200);
    let bearer = token(&e, (&client_id, &secret)).await;
    let one = format!("{cm}/{client_id}");
    let read = with_token("GET", &one, &bearer, None).await;
    assert_eq!(read.status, 200, "{read:?}");
    let secrets = format!("{one}/secrets");
    let second = call(
        &e,
        "POST",
        &secrets,
        Some(r#"{"secretExpiresAfterHours":8766}"#),
    )
    .await;
    assert_eq!(second.status, 201, "{second:?}");
    let id = second.json()["id"].as_str().unwrap().to_owned();
    let list = format!("{one}/accessList");
    assert_eq!(
        post(&e, &list, r#"[{"ipAddress":"127.0.0.1"}]"#).await.0,
        200
    );
    for url in [
        format!("{secrets}/{id}"),
        format!("{list}/127.0.0.1"),
        one.clone(),
    ] {
        let deleted = call(&e, "DELETE", &url, None).await;
        assert_eq!((deleted.status, deleted.text.as_str()), (200, ""), "{url}");
    }
    assert_eq!(with_token("GET", &one, &bearer, None).await.status, 401);
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn the_sunset_of_2024_08_05_takes_the_service_accounts_only() {
    let config = Config {
        sunsets: vec!["2024-08-05=2025-01-01/2025-06-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let gone = call(&e, "GET", &accounts_url(&e, false), None).await;
    assert_eq!((gone.status, code(&gone).as_str()), (410, "VERSION_GONE"));
    let keys = format!(
        "{}/api/atlas/v2/orgs/{}/apiKeys",
        e.origin(),
        e.fixtures().org_id
    );
    let answer = call(&e, "GET", &keys, None).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert!(answer.headers.get("sunset").is_none());
    // Cloud Manager's have no dated versions.
    assert_eq!(
        call(&e, "GET", &accounts_url(&e, true), None).await.status,
        200
    );
    e.shutdown().await.unwrap();

    let config = Config {
        sunsets: vec!["2024-08-05=2025-01-01/2999-01-01".parse().unwrap()],
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let answer = call(&e, "GET", &accounts_url(&e, false), None).await;
    assert_eq!(answer.status, 200, "{answer:?}");
    assert_eq!(answer.headers["sunset"], "Tue, 01 Jan 2999 00:00:00 GMT");
    assert!(answer.headers.get("deprecation").is_some());
    e.shutdown().await.unwrap();
}

#[tokio::test]
async fn stats_count_requests_per_operation_and_writes() {
    let e = Emulator::start(Config::default()).await.unwrap();
    let account = sa::create(&e, &["ORG_READ_ONLY"], 8).await;
    let (client_id, _) = credentials(&account);
    let url = accounts_url(&e, false);
    for _ in 0..3 {
        call(&e, "GET", &url, None).await;
    }
    call(&e, "GET", &format!("{url}/{client_id}"), None).await;
    let invite = format!("{}/{client_id}:invite", project_url(&e));
    call(&e, "POST", &invite, Some(r#"{"roles":["GROUP_OWNER"]}"#)).await;
    call(
        &e,
        "PATCH",
        &format!("{url}/{client_id}"),
        Some(r#"{"description":"x"}"#),
    )
    .await;
    // Unauthenticated requests are not counted.
    common::http().get(&url).send().await.unwrap();
    let stats = e.stats();
    let expected = [
        ("createOrgServiceAccount", 1),
        ("listOrgServiceAccounts", 3),
        ("getOrgServiceAccount", 1),
        ("inviteGroupServiceAccount", 1),
        ("updateOrgServiceAccount", 1),
    ];
    assert_eq!(
        stats.operations,
        expected
            .iter()
            .map(|(id, n)| (id.to_string(), *n))
            .collect(),
    );
    assert_eq!(stats.writes, 3);
    e.shutdown().await.unwrap();
}
