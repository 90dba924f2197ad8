//! The client refuses invalid input before sending anything: malformed IDs, descriptions
//! and roles, through its own methods and through the generated builders, with messages
//! that name the rule. Every test checks that no request reached the emulator.

mod common;

use common::client;

use mongodb_api_keys::client::{Client, Error, parse_org_role};
use mongodb_api_keys::emulator::Fixtures;
use mongodb_api_keys::generated::types::{ApiError, OrgRole, ProjectRole};

/// The result of each call the client must refuse before sending.
async fn invalid_calls(client: &Client, f: &Fixtures) -> [Result<(), Error>; 7] {
    [
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
    ]
}

#[tokio::test]
async fn invalid_input_is_refused_before_any_request() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    let client = client(&e);
    for result in invalid_calls(&client, &f).await {
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
    let generated = mongodb_api_keys::generated::Client::new(&e.fixtures().origin)
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

/// IDs the generated builders must refuse.
const MALFORMED_IDS: [&str; 8] = [
    "5980cfc70b6d97029d82e3f",                        // 23 digits
    "5980cfc70b6d97029d82e3f60",                      // 25 digits
    "5980CFC70B6D97029D82E3F6",                       // upper case
    "5980cfc70b6d97029d82e3fg",                       // not hex
    "5980cfc70b6d97029d82e3fé",                       // 24 characters, 25 bytes
    "5980cfc70b6d97029d82e3é",                        // 24 bytes, not ASCII
    "../../orgs/5980cfc70b6d97029d82e3f6/apiKeys?x=", // a path, not an ID
    "",
];

type Sent = Result<(), mongodb_api_keys::generated::Error<ApiError>>;

/// Each generated builder given `id` where its ID belongs: (parameter, result).
async fn send_with_id(
    api: &mongodb_api_keys::generated::Client,
    id: &str,
) -> [(&'static str, Sent); 4] {
    let owned = id.to_owned();
    [
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
    ]
}

#[tokio::test]
async fn the_generated_builders_refuse_a_malformed_id_before_sending() {
    let e = common::emulator().await;
    let f = e.fixtures().clone();
    // The contract's paths are whole: the generated client takes the origin.
    let api = &mongodb_api_keys::generated::Client::new(&f.origin);
    for id in MALFORMED_IDS {
        for (parameter, result) in send_with_id(api, id).await {
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
    // The same builders accept a valid ID as a string or as an ObjectId: the request is sent
    // (and refused, as it carries no credentials).
    let project: mongodb_api_keys::object_id::ObjectId = f.project_id.parse().unwrap();
    let sent = api
        .create_agent_api_key()
        .group_id(project)
        .body_map(|b| b.desc("typed ID"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(sent.status().map(|s| s.as_u16()), Some(401), "{sent:?}");
    assert_eq!(e.stats().requests, 1);
}
