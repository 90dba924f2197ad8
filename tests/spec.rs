//! The published contract: every example in `openapi.yaml` validates against its schema
//! (checked by the `jsonschema` crate), decodes into the generated types and re-encodes
//! without losing a field. The generated types on their own: `spec_types.rs`; the JSON form,
//! the version and the changelog: `spec_version.rs`.

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
    let mut key =
        doc["paths"]["/api/atlas/v1.0/users/{userId}/keys"]["post"]["responses"]["200"]["content"]
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
        "ApiKey" => round_trip::<types::ApiKey>(value),
        "AgentApiKey" => round_trip::<types::AgentApiKey>(value),
        "UserApiKey" => round_trip::<types::UserApiKey>(value),
        "PaginatedApiKeys" => round_trip::<types::PaginatedApiKeys>(value),
        "PaginatedAgentApiKeys" => round_trip::<types::PaginatedAgentApiKeys>(value),
        "ApiError" => round_trip::<types::ApiError>(value),
        "ApiKeyRole" => round_trip::<types::ApiKeyRole>(value),
        "Link" => round_trip::<types::Link>(value),
        "Links" => round_trip::<Vec<types::Link>>(value),
        "ErrorParameters" => round_trip::<Vec<Value>>(value),
        "CreateOrgApiKeyRequest" => round_trip::<types::CreateOrgApiKeyRequest>(value),
        "CreateProjectApiKeyRequest" => round_trip::<types::CreateProjectApiKeyRequest>(value),
        "CreateAgentApiKeyRequest" => round_trip::<types::CreateAgentApiKeyRequest>(value),
        "CreateUserApiKeyRequest" => round_trip::<types::CreateUserApiKeyRequest>(value),
        "CreateOpsManagerOrgApiKeyRequest" => {
            round_trip::<types::CreateOpsManagerOrgApiKeyRequest>(value)
        }
        "CreateOpsManagerProjectApiKeyRequest" => {
            round_trip::<types::CreateOpsManagerProjectApiKeyRequest>(value)
        }
        "UpdateOrgApiKeyRequest" => round_trip::<types::UpdateOrgApiKeyRequest>(value),
        "UpdateOpsManagerOrgApiKeyRequest" => {
            round_trip::<types::UpdateOpsManagerOrgApiKeyRequest>(value)
        }
        "UpdateProjectApiKeyRequest" => round_trip::<types::UpdateProjectApiKeyRequest>(value),
        "ProjectRoleAssignment[]" => round_trip::<Vec<types::ProjectRoleAssignment>>(value),
        "OpsManagerOrgRole" => round_trip::<types::OpsManagerOrgRole>(value),
        "OpsManagerProjectRole" => round_trip::<types::OpsManagerProjectRole>(value),
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
        "PaginatedApiUserAccessListResponse" => {
            round_trip::<types::PaginatedApiUserAccessListResponse>(value)
        }
        "ServiceAccountClientId" => round_trip::<types::ServiceAccountClientId>(value),
        "ServiceAccountName" => round_trip::<types::ServiceAccountName>(value),
        "ServiceAccountDescription" => round_trip::<types::ServiceAccountDescription>(value),
        "CloudManagerServiceAccountName" => {
            round_trip::<types::CloudManagerServiceAccountName>(value)
        }
        "CloudManagerOrgRole" => round_trip::<types::CloudManagerOrgRole>(value),
        "OrgServiceAccountRequest" => round_trip::<types::OrgServiceAccountRequest>(value),
        "OrgServiceAccountUpdateRequest" => {
            round_trip::<types::OrgServiceAccountUpdateRequest>(value)
        }
        "ServiceAccountSecretRequest" => round_trip::<types::ServiceAccountSecretRequest>(value),
        "GroupServiceAccountRequest" => round_trip::<types::GroupServiceAccountRequest>(value),
        "GroupServiceAccountRoleAssignment" => {
            round_trip::<types::GroupServiceAccountRoleAssignment>(value)
        }
        "CloudManagerOrgServiceAccountRequest" => {
            round_trip::<types::CloudManagerOrgServiceAccountRequest>(value)
        }
        "CloudManagerOrgServiceAccountUpdateRequest" => {
            round_trip::<types::CloudManagerOrgServiceAccountUpdateRequest>(value)
        }
        "CloudManagerServiceAccountSecretRequest" => {
            round_trip::<types::CloudManagerServiceAccountSecretRequest>(value)
        }
        "ServiceAccountSecret" => round_trip::<types::ServiceAccountSecret>(value),
        "OrgServiceAccount" => round_trip::<types::OrgServiceAccount>(value),
        "GroupServiceAccount" => round_trip::<types::GroupServiceAccount>(value),
        "PaginatedOrgServiceAccounts" => round_trip::<types::PaginatedOrgServiceAccounts>(value),
        "PaginatedGroupServiceAccounts" => {
            round_trip::<types::PaginatedGroupServiceAccounts>(value)
        }
        "PaginatedServiceAccountGroups" => {
            round_trip::<types::PaginatedServiceAccountGroups>(value)
        }
        "PaginatedServiceAccountIPAccessListEntries" => {
            round_trip::<types::PaginatedServiceAccountIpAccessListEntries>(value)
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
    // 18 request bodies, 25 success responses, 17 error responses, plus the component-level
    // examples.
    assert!(
        checked >= 60,
        "only {checked} examples are instances of component schemas"
    );
}
