//! The published contract: every example in `openapi.yaml` validates against its schema
//! (checked by the `jsonschema` crate), decodes into the generated types and re-encodes
//! without losing a field; responses naming roles nobody has heard of still decode.

use mongodb_api_keys::generated::types;
use mongodb_api_keys::spec;
use serde::{Serialize, de::DeserializeOwned};
use serde_json::{Value, json};

/// One example found in the document: where it is, the schema it must satisfy, and the name
/// of the component schema it is an instance of, when it is one.
struct Example {
    at: String,
    schema: Value,
    component: Option<String>,
    value: Value,
}

/// `Name` for a `$ref` to a component, `Name[]` for an array of them.
fn component_name(schema: &Value) -> Option<String> {
    let name = |schema: &Value| {
        schema["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .map(str::to_owned)
    };
    match schema["type"].as_str() {
        Some("array") => name(&schema["items"]).map(|n| format!("{n}[]")),
        _ => name(schema),
    }
}

/// Examples attached to a parameter, header or media type (`example` or `examples`).
fn examples_beside_schema(at: &str, node: &Value, out: &mut Vec<Example>) {
    let schema = &node["schema"];
    let mut push = |at: String, value: &Value| {
        out.push(Example {
            at,
            schema: schema.clone(),
            component: component_name(schema),
            value: value.clone(),
        })
    };
    if let Some(value) = node.get("example") {
        push(format!("{at}/example"), value);
    }
    if let Some(named) = node.get("examples").and_then(Value::as_object) {
        for (name, example) in named {
            push(format!("{at}/examples/{name}"), &example["value"]);
        }
    }
}

/// Examples inside schemas: each validates against the schema it is written in.
fn examples_in_schema(at: &str, schema: &Value, component: Option<&str>, out: &mut Vec<Example>) {
    if let Some(value) = schema.get("example") {
        out.push(Example {
            at: format!("{at}/example"),
            schema: schema.clone(),
            component: component.map(str::to_owned),
            value: value.clone(),
        });
    }
    if let Some(props) = schema.get("properties").and_then(Value::as_object) {
        for (name, sub) in props {
            examples_in_schema(&format!("{at}/properties/{name}"), sub, None, out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = schema.get(key).filter(|s| s.is_object()) {
            examples_in_schema(&format!("{at}/{key}"), sub, None, out);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for (i, sub) in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            examples_in_schema(&format!("{at}/{key}/{i}"), sub, None, out);
        }
    }
}

fn all_examples(doc: &Value) -> Vec<Example> {
    let mut out = Vec::new();
    let components = &doc["components"];
    for (name, schema) in components["schemas"]
        .as_object()
        .expect("components/schemas")
    {
        examples_in_schema(
            &format!("#/components/schemas/{name}"),
            schema,
            Some(name),
            &mut out,
        );
    }
    for kind in ["parameters", "headers"] {
        for (name, node) in components[kind].as_object().into_iter().flatten() {
            examples_beside_schema(&format!("#/components/{kind}/{name}"), node, &mut out);
        }
    }
    for (name, response) in components["responses"].as_object().into_iter().flatten() {
        for (media, node) in response["content"].as_object().into_iter().flatten() {
            examples_beside_schema(
                &format!("#/components/responses/{name}/content/{media}"),
                node,
                &mut out,
            );
        }
    }
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            if method == "parameters" {
                continue;
            }
            let at = format!("#/paths/{path}/{method}");
            for (media, node) in op["requestBody"]["content"]
                .as_object()
                .into_iter()
                .flatten()
            {
                examples_beside_schema(&format!("{at}/requestBody/{media}"), node, &mut out);
            }
            for (status, response) in op["responses"].as_object().expect("responses") {
                if response.get("$ref").is_some() {
                    continue; // a components/responses entry, walked above
                }
                for (media, node) in response["content"].as_object().into_iter().flatten() {
                    examples_beside_schema(&format!("{at}/{status}/{media}"), node, &mut out);
                }
            }
        }
    }
    out
}

/// Counts every `example` and `examples` entry anywhere in the document, to prove that the
/// walk above leaves none out.
fn count_examples(node: &Value) -> usize {
    match node {
        Value::Object(map) => map
            .iter()
            .map(|(key, value)| match key.as_str() {
                "example" => 1,
                "examples" => value.as_object().map_or(0, |m| m.len()),
                _ => count_examples(value),
            })
            .sum(),
        Value::Array(items) => items.iter().map(count_examples).sum(),
        _ => 0,
    }
}

/// OpenAPI 3.0 schemas are JSON Schema draft 4 plus `nullable`; rewrite `nullable: true`.
fn to_json_schema(node: &Value) -> Value {
    match node {
        Value::Object(map) => {
            let mut out: serde_json::Map<String, Value> = map
                .iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v)))
                .collect();
            if out.remove("nullable") == Some(Value::Bool(true))
                && let Some(t) = out.get("type").cloned()
            {
                out.insert("type".into(), json!([t, "null"]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

#[test]
fn every_example_validates_against_its_schema() {
    let doc = spec::openapi_json();
    let examples = all_examples(&doc);
    assert_eq!(
        examples.len(),
        count_examples(&doc),
        "some example in openapi.yaml is in a place this test does not walk"
    );
    assert!(
        examples.len() > 50,
        "only {} examples found",
        examples.len()
    );

    let components = to_json_schema(&doc["components"]);
    let mut failures = Vec::new();
    for example in &examples {
        // `$ref`s point at `#/components/...`, so the root carries the components.
        let schema =
            json!({ "components": components, "allOf": [to_json_schema(&example.schema)] });
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("{}: the schema does not compile: {e}", example.at));
        for error in validator.iter_errors(&example.value) {
            failures.push(format!(
                "{}: {error} (at {})",
                example.at,
                error.instance_path()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "invalid examples:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_validator_rejects_what_the_spec_forbids() {
    // Guards the test above against passing vacuously.
    let doc = spec::openapi_json();
    let components = to_json_schema(&doc["components"]);
    let validator = |name: &str| {
        let schema =
            json!({ "components": components, "$ref": format!("#/components/schemas/{name}") });
        jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap()
    };
    let org = validator("CreateOrgApiKeyRequest");
    assert!(org.is_valid(&json!({"desc": "x", "roles": ["ORG_MEMBER"]})));
    assert!(!org.is_valid(&json!({"desc": "x".repeat(251), "roles": ["ORG_MEMBER"]})));
    assert!(!org.is_valid(&json!({"desc": "x", "roles": ["GROUP_OWNER"]})));
    assert!(!org.is_valid(&json!({"desc": "x", "roles": []})));
    assert!(!org.is_valid(&json!({"desc": "x", "roles": ["ORG_MEMBER"], "extra": 1})));
    let user = validator("UserApiKey");
    let mut key = doc["paths"]["/users/{userId}/keys"]["post"]["responses"]["200"]["content"]
        ["application/json"]["example"]
        .clone();
    assert!(user.is_valid(&key));
    key["createdAt"] = json!("yesterday");
    assert!(!user.is_valid(&key), "format date-time is not checked");
}

fn round_trip<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    // Secrets serialize as "[REDACTED]" unless revealed on purpose.
    mongodb_api_keys::Secret::reveal_while(|| serde_json::to_value(&typed))
        .map_err(|e| e.to_string())
}

/// Decodes an instance of a component schema into its generated Rust type and encodes it
/// again. A component without a type here fails the test, so none is skipped.
fn decode_and_encode(component: &str, value: &Value) -> Result<Value, String> {
    match component {
        // The `*Response` schemas are replaced by the plain resource in Rust: the client
        // unwraps envelopes before decoding.
        "ApiKey" | "ApiKeyResponse" => round_trip::<types::ApiKey>(value),
        "AgentApiKey" | "AgentApiKeyResponse" => round_trip::<types::AgentApiKey>(value),
        "UserApiKey" | "UserApiKeyResponse" => round_trip::<types::UserApiKey>(value),
        "ApiKeyEnvelope" => round_trip::<types::ApiKeyEnvelope>(value),
        "AgentApiKeyEnvelope" => round_trip::<types::AgentApiKeyEnvelope>(value),
        "UserApiKeyEnvelope" => round_trip::<types::UserApiKeyEnvelope>(value),
        "ApiErrorEnvelope" => round_trip::<types::ApiErrorEnvelope>(value),
        "ApiError" => round_trip::<types::ApiError>(value),
        "ApiKeyRole" => round_trip::<types::ApiKeyRole>(value),
        "Link" => round_trip::<types::Link>(value),
        "Links" => round_trip::<Vec<types::Link>>(value),
        "ErrorParameters" => round_trip::<Vec<Value>>(value),
        "CreateOrgApiKeyRequest" => round_trip::<types::CreateOrgApiKeyRequest>(value),
        "CreateProjectApiKeyRequest" => round_trip::<types::CreateProjectApiKeyRequest>(value),
        "CreateAgentApiKeyRequest" => round_trip::<types::CreateAgentApiKeyRequest>(value),
        "CreateUserApiKeyRequest" => round_trip::<types::CreateUserApiKeyRequest>(value),
        "ObjectId" => round_trip::<types::ObjectId>(value),
        "ApiKeyDescription" => round_trip::<types::ApiKeyDescription>(value),
        "OrgRole" => round_trip::<types::OrgRole>(value),
        "ProjectRole" => round_trip::<types::ProjectRole>(value),
        "SecretKey" => round_trip::<mongodb_api_keys::Secret>(value),
        "IpAddress" => round_trip::<std::net::IpAddr>(value),
        "PublicKey" => round_trip::<types::PublicKey>(value),
        "BadRequestDetail" => round_trip::<types::BadRequestDetail>(value),
        "FieldViolation" => round_trip::<types::FieldViolation>(value),
        "CidrBlock" => round_trip::<mongodb_api_keys::CidrBlock>(value),
        "UserAccessListRequest" => round_trip::<types::UserAccessListRequest>(value),
        "UserAccessListRequest[]" => round_trip::<Vec<types::UserAccessListRequest>>(value),
        "UserAccessListResponse" => round_trip::<types::UserAccessListResponse>(value),
        "PaginatedApiUserAccessListResponse" | "AccessListResponse" => {
            round_trip::<types::PaginatedApiUserAccessListResponse>(value)
        }
        other => panic!("no generated type is mapped to component schema {other}; add it here"),
    }
}

#[test]
fn every_example_decodes_into_the_generated_types_and_re_encodes_unchanged() {
    let doc = spec::openapi_json();
    let mut checked = 0;
    let mut failures = Vec::new();
    for example in all_examples(&doc) {
        let Some(component) = &example.component else {
            continue;
        };
        checked += 1;
        match decode_and_encode(component, &example.value) {
            Ok(again) if again == example.value => {}
            Ok(again) => failures.push(format!(
                "{} ({component}): re-encoded as {again}, not {}",
                example.at, example.value
            )),
            Err(e) => failures.push(format!(
                "{} ({component}): does not decode: {e}",
                example.at
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // 5 request bodies, 5 success responses, 14 error responses, plus the component-level
    // examples.
    assert!(
        checked >= 24,
        "only {checked} examples are instances of component schemas"
    );
}

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
    let example = &doc["paths"]["/orgs/{orgId}/apiKeys"]["post"]["responses"]["200"]["content"]["application/json"]
        ["example"];
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
    let example = &doc["paths"]["/orgs/{orgId}/apiKeys"]["post"]["responses"]["200"]["content"]["application/json"]
        ["example"];
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

#[test]
fn the_json_spec_is_the_yaml_spec_and_parses_as_openapi() {
    let from_yaml: serde_json::Value = serde_yaml_ng::from_str(spec::OPENAPI_YAML).unwrap();
    assert_eq!(spec::openapi_json(), from_yaml);
    let parsed: openapiv3::OpenAPI = serde_json::from_str(spec::OPENAPI_JSON).unwrap();
    let ids: Vec<_> = parsed
        .operations()
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .collect();
    for id in [
        "createOrgApiKey",
        "createProjectApiKey",
        "createAgentApiKey",
        "createUserApiKey",
        "createApiKeyAccessListEntries",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
    let deprecated: Vec<_> = parsed
        .operations()
        .filter(|(_, _, op)| op.deprecated)
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .collect();
    assert_eq!(deprecated, ["createUserApiKey"]);
}

/// `MAJOR.MINOR.PATCH`, each a number without leading zeros (Semantic Versioning 2.0.0 without
/// pre-release or build parts).
fn is_semantic_version(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (*p == "0" || !p.starts_with('0'))
        })
}

#[test]
fn the_embedded_contract_version_is_the_specs_semantic_version() {
    assert_eq!(spec::openapi_json()["info"]["version"], spec::VERSION);
    assert!(
        is_semantic_version(spec::VERSION),
        "info.version {:?} is not MAJOR.MINOR.PATCH",
        spec::VERSION
    );
    for not in ["1.0", "1.1.0-rc1", "01.1.0", "1..0", "v1.1.0"] {
        assert!(!is_semantic_version(not), "{not}");
    }
}

#[test]
fn the_changelog_has_an_entry_for_the_embedded_contract_version() {
    let changelog = include_str!("../CHANGELOG.md");
    let heading = format!("## [{}] - ", spec::VERSION);
    let line = changelog
        .lines()
        .find(|l| l.starts_with(&heading))
        .unwrap_or_else(|| {
            panic!(
                "CHANGELOG.md has no `{heading}YYYY-MM-DD` section for the contract version \
                 in openapi.yaml"
            )
        });
    let date = &line[heading.len()..];
    let ymd: Vec<&str> = date.split('-').collect();
    assert!(
        ymd.len() == 3 && [4, 2, 2] == [ymd[0].len(), ymd[1].len(), ymd[2].len()],
        "{line}: the date is not YYYY-MM-DD"
    );
    assert!(
        changelog.contains("## [Unreleased]"),
        "Keep a Changelog keeps one"
    );
}

#[test]
fn spec_json_pretty_is_the_json_form_indented_with_a_final_newline() {
    let text = spec::openapi_json_pretty();
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
    assert_eq!(
        serde_json::from_str::<Value>(text).unwrap(),
        spec::openapi_json()
    );
    assert_eq!(
        text,
        serde_json::to_string_pretty(&spec::openapi_json()).unwrap() + "\n"
    );
}
