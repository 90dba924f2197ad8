//! The contract as published: the JSON form is the YAML one, the embedded version is the
//! spec's semantic version, and the changelog has an entry for it.

use mongodb_api_keys::spec;
use serde_json::Value;

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
        "listOrgApiKeys",
        "createOrgApiKey",
        "getOrgApiKey",
        "updateOrgApiKey",
        "deleteOrgApiKey",
        "createGroupApiKey",
        "removeGroupApiKey",
        "createOrgApiKeyAccessListEntry",
        "deleteOrgApiKeyAccessListEntry",
        "createOpsManagerOrgApiKey",
        "listAgentApiKeys",
        "createAgentApiKey",
        "deleteAgentApiKey",
        "createApiKey",
        "createProjectApiKey",
        "createUserApiKey",
        "createApiKeyAccessListEntries",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing from {ids:?}");
    }
    // The Atlas Admin API v1.0's operations, and only those, are deprecated.
    let mut deprecated: Vec<_> = parsed
        .operations()
        .filter(|(_, _, op)| op.deprecated)
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .collect();
    deprecated.sort();
    assert_eq!(
        deprecated,
        [
            "createApiKey",
            "createApiKeyAccessListEntries",
            "createProjectApiKey",
            "createUserApiKey"
        ]
    );
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
