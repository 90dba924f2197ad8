//! The generated types hold what the contract promises: responses naming roles or creators
//! nobody has heard of still decode, secrets are redacted in Debug output, and IDs that are
//! not 24 hexadecimal digits are refused, whether a caller or a response gives them.

use mongodb_api_keys::generated::types;
use mongodb_api_keys::spec;
use serde_json::json;

#[test]
fn a_role_or_creator_mongodb_adds_later_still_decodes() {
    let body = json!({
        "desc": "key from the future",
        "id": "5c47ba5127d9d61b9fd8a27b",
        "privateKey": "4d9fc199-e58b-4225-b916-4a2d34e0cf0c",
        "publicKey": "kzurbumc",
        "roles": [
            {"orgId": "5980cfc70b6d97029d82e3f6", "roleName": "ORG_MEMBER"},
            {"orgId": "5980cfc70b6d97029d82e3f6", "roleName": "ORG_QUANTUM_ARCHITECT"},
            {"groupId": "5e2211c17a3e5a48f5497de3", "roleName": "GROUP_TIME_TRAVELLER"}
        ]
    });
    // Exactly what the generated client does with a 200 body.
    let key: types::ApiKey = serde_json::from_slice(&serde_json::to_vec(&body).unwrap())
        .expect("an unknown role name must not fail the response");
    let names: Vec<&str> = key.roles.iter().map(|r| r.role_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ORG_MEMBER",
            "ORG_QUANTUM_ARCHITECT",
            "GROUP_TIME_TRAVELLER"
        ]
    );
    let reencoded = mongodb_api_keys::Secret::reveal_while(|| serde_json::to_value(&key));
    assert_eq!(reencoded.unwrap(), body);
    // Known names still parse into the request-side enums; unknown ones are refused there.
    assert_eq!(
        names[0].parse::<types::OrgRole>().ok(),
        Some(types::OrgRole::OrgMember)
    );
    assert!(names[1].parse::<types::OrgRole>().is_err());

    let agent: types::AgentApiKey = serde_json::from_value(json!({
        "_id": "5e2f5b0b87d9d66a3d2b7b11",
        "createdBy": "SOME_FUTURE_PATH",
        "createdTime": 1520458807291_i64,
        "desc": "x",
        "key": "3f9a2c7e5b1d4e8fa06b9c2d1e7f8b87"
    }))
    .expect("an unknown createdBy must not fail the response");
    assert_eq!(agent.created_by, "SOME_FUTURE_PATH");
}

#[test]
fn secrets_in_responses_are_redacted_in_debug_output() {
    let doc = spec::openapi_json();
    let example = &doc["paths"]["/api/atlas/v2/orgs/{orgId}/apiKeys"]["post"]["responses"]["200"]["content"]
        ["application/vnd.atlas.2023-01-01+json"]["example"];
    let key: types::ApiKey = serde_json::from_value(example.clone()).unwrap();
    let secret = example["privateKey"].as_str().unwrap();
    assert_eq!(key.private_key.expose_secret(), secret);
    let debug = format!("{key:?} {key:#?}");
    assert!(!debug.contains(secret), "{debug}");
    assert!(
        debug.contains("kzurbumc"),
        "the public key is not a secret: {debug}"
    );
}

#[test]
fn ids_that_are_not_24_hex_digits_are_refused_before_anything_is_sent() {
    for bad in [
        "5980cfc70b6d97029d82e3f",
        "5980CFC70B6D97029D82E3F6",
        "zz80cfc70b6d97029d82e3f6",
    ] {
        assert!(
            bad.parse::<types::ObjectId>().is_err(),
            "{bad} was accepted"
        );
    }
    assert!(
        "5980cfc70b6d97029d82e3f6"
            .parse::<types::ObjectId>()
            .is_ok()
    );
    assert!(types::ApiKeyDescription::try_from("x".repeat(250)).is_ok());
    assert!(types::ApiKeyDescription::try_from("x".repeat(251)).is_err());
    assert!(types::ApiKeyDescription::try_from(String::new()).is_err());
}

#[test]
fn the_generated_object_id_is_the_hand_written_one() {
    // `build.rs` replaces the spec's `ObjectId` schema and re-exports the replacement under
    // the generated name: one type, two paths.
    let id: mongodb_api_keys::object_id::ObjectId =
        types::ObjectId::try_from("5980cfc70b6d97029d82e3f6").unwrap();
    let key = types::ApiKey::builder()
        .desc("d")
        .id(id.clone())
        .private_key(mongodb_api_keys::Secret::from("s"))
        .public_key("abcdefgh")
        .roles(Vec::new());
    assert_eq!(types::ApiKey::try_from(key).unwrap().id, id);
}

#[test]
fn a_response_with_a_malformed_id_does_not_decode() {
    let doc = spec::openapi_json();
    let example = &doc["paths"]["/api/atlas/v2/orgs/{orgId}/apiKeys"]["post"]["responses"]["200"]["content"]
        ["application/vnd.atlas.2023-01-01+json"]["example"];
    assert!(serde_json::from_value::<types::ApiKey>(example.clone()).is_ok());
    for (field, bad) in [
        ("/id", "5980CFC70B6D97029D82E3F6"),
        ("/id", "5980cfc70b6d97029d82e3f"),
        ("/roles/0/orgId", "not-an-object-id"),
    ] {
        let mut value = example.clone();
        *value
            .pointer_mut(field)
            .unwrap_or_else(|| panic!("{field}")) = json!(bad);
        let error = serde_json::from_value::<types::ApiKey>(value)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains(&format!("{bad:?} is not a MongoDB ObjectId")),
            "{field}: {error}"
        );
    }
}

#[test]
fn the_generated_struct_builders_refuse_a_malformed_id() {
    let error = types::ApiKey::try_from(
        types::ApiKey::builder()
            .desc("d")
            .id("5980cfc70b6d97029d82e3fG")
            .private_key(mongodb_api_keys::Secret::from("s"))
            .public_key("p")
            .roles(Vec::new()),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("\"5980cfc70b6d97029d82e3fG\" is not a MongoDB ObjectId"),
        "{error}"
    );
}
