//! Checks made before anything is sent: IDs, descriptions, roles (with a suggestion for a
//! misspelt role name).

use super::Error;
use crate::generated::types;

pub(crate) fn object_id(what: &str, id: &str) -> Result<types::ObjectId, Error> {
    id.parse().map_err(|_| {
        Error::Validation(format!(
            "{what} ID {id:?} is not a MongoDB ObjectId; expected 24 lower-case hexadecimal digits, \
             e.g. 5980cfc70b6d97029d82e3f6"
        ))
    })
}

/// An API key's ID. Its 8-letter public key in that place is the classic mistake: say so.
pub(crate) fn key_id(id: &str) -> Result<types::ObjectId, Error> {
    if id.len() == 8 && id.bytes().all(|b| b.is_ascii_lowercase()) {
        return Err(Error::Validation(format!(
            "API key ID {id:?} looks like the key's public key; pass its id (24 hex digits, the \
             `id` of the created key, e.g. 5c47ba5127d9d61b9fd8a27b)"
        )));
    }
    object_id("API key", id)
}

/// Access-list entries to add: at least one.
pub(crate) fn entries(entries: &[crate::AccessListEntry]) -> Result<(), Error> {
    if entries.is_empty() {
        return Err(Error::Validation(
            "no access-list entry to add; give at least one address or CIDR block, e.g. \
             192.0.2.10 or 198.51.100.0/24"
                .into(),
        ));
    }
    Ok(())
}

/// The message names the rule broken (length, or a control character), never the text.
pub(crate) fn description(desc: &str) -> Result<types::ApiKeyDescription, Error> {
    desc.parse()
        .map_err(|e: crate::description::InvalidDescription| Error::Validation(e.to_string()))
}

pub(crate) fn non_empty<T>(roles: &[T], scope: &str, example: &str) -> Result<(), Error> {
    if roles.is_empty() {
        return Err(Error::Validation(format!(
            "an API key needs at least one {scope} role, e.g. {example}"
        )));
    }
    Ok(())
}

/// Parses an organization role name, suggesting the closest one on a typo.
///
/// ```
/// use mongodb_api_keys::client::parse_org_role;
/// assert!(parse_org_role("ORG_MEMBER").is_ok());
/// let error = parse_org_role("ORG_MEMEBR").unwrap_err().to_string();
/// assert!(error.contains("did you mean ORG_MEMBER?"), "{error}");
/// ```
pub fn parse_org_role(name: &str) -> Result<types::OrgRole, Error> {
    parse_role(name, "organization", "OrgRole")
}

/// Parses a project role name, suggesting the closest one on a typo.
pub fn parse_project_role(name: &str) -> Result<types::ProjectRole, Error> {
    parse_role(name, "project", "ProjectRole")
}

/// Parses an Ops Manager organization role name, suggesting the closest one on a typo.
pub fn parse_ops_manager_org_role(name: &str) -> Result<types::OpsManagerOrgRole, Error> {
    parse_role(name, "Ops Manager organization", "OpsManagerOrgRole")
}

/// Parses an Ops Manager project role name, suggesting the closest one on a typo.
pub fn parse_ops_manager_project_role(name: &str) -> Result<types::OpsManagerProjectRole, Error> {
    parse_role(name, "Ops Manager project", "OpsManagerProjectRole")
}

/// `roles` (Atlas's) as the Ops Manager roles of the same names; a role Ops Manager lacks is
/// refused before anything is sent, naming the roles it has.
pub(crate) fn for_ops_manager<T: std::str::FromStr>(
    roles: &[impl std::fmt::Display],
    scope: &str,
    schema: &str,
) -> Result<Vec<T>, Error> {
    roles
        .iter()
        .map(|role| {
            role.to_string().parse().map_err(|_| {
                Error::Validation(format!(
                    "Ops Manager and Cloud Manager have no {scope} role {role}; theirs are {}",
                    known_roles(schema).join(", ")
                ))
            })
        })
        .collect()
}

/// At least one of an update's fields.
pub(crate) fn some_change(desc: Option<&str>, roles: Option<usize>) -> Result<(), Error> {
    if desc.is_none() && roles.is_none() {
        return Err(Error::Validation(
            "nothing to update: give a new description, new roles, or both".into(),
        ));
    }
    Ok(())
}

/// The role names the spec lists for `schema` (`OrgRole` or `ProjectRole`).
fn known_roles(schema: &str) -> Vec<String> {
    let spec = crate::spec::openapi_json();
    let names = spec["components"]["schemas"][schema]["enum"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    names
        .into_iter()
        .filter_map(|n| n.as_str().map(str::to_owned))
        .collect()
}

fn parse_role<T: std::str::FromStr>(name: &str, scope: &str, schema: &str) -> Result<T, Error> {
    if let Ok(role) = name.parse() {
        return Ok(role);
    }
    let known = known_roles(schema);
    let upper = name.to_ascii_uppercase();
    let closest = known
        .iter()
        .min_by_key(|k| edit_distance(&upper, k))
        .cloned()
        .unwrap_or_default();
    let hint = if edit_distance(&upper, &closest) <= 3 {
        format!("did you mean {closest}?")
    } else {
        format!("use one of {}", known.join(", "))
    };
    Err(Error::Validation(format!(
        "{name} is not a{} {scope} role: {hint}",
        if scope.starts_with('o') { "n" } else { "" }
    )))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}
