//! Service-account request bodies checked as the emulator checks the others (`validate.rs`):
//! the body's shape first (`MALFORMED_JSON`, `INVALID_JSON`, `INVALID_ATTRIBUTE`,
//! `MISSING_ATTRIBUTE`, `INVALID_JSON_ATTRIBUTE`), then each field in the order the spec
//! lists them, with `400 VALIDATION_ERROR` for the rules MongoDB documents no code of its own
//! for, and the roles as for API keys (`INVALID_ENUM_VALUE`, `INVALID_ROLE_FOR_ORG`,
//! `INVALID_ROLE_FOR_GROUP`); what passes is decoded into the generated type too, so that the
//! emulator cannot take what the spec refuses.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::access_lists;
use super::errors;
use super::products::{Product, RoleScope};
use super::response::ApiFailure;
use super::validate::{check_roles, decode_object, decode_typed, parse_json};
use crate::AccessListEntry;
use crate::generated::types;
use crate::service_account::{
    CloudManagerServiceAccountName, ServiceAccountDescription, ServiceAccountName,
};

/// The shortest secret lifetime, in hours, on both products.
const MIN_HOURS: u32 = 8;

/// Access-list entries one request adds at most (`maxItems` in MongoDB's specification).
pub(crate) const MAX_ENTRIES_PER_REQUEST: usize = 200;

/// Whose rules a body follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rules {
    /// An organization's service account on the Admin API v2: `OrgRole`, 8 to 8,760 hours.
    AtlasOrg,
    /// A project's on the Admin API v2: `ProjectRole`.
    AtlasProject,
    /// Cloud Manager's: ASCII names, `CloudManagerOrgRole`, 8 to 8,766 hours.
    CloudManager,
}

impl Rules {
    fn product(self) -> Product {
        match self {
            Rules::AtlasOrg | Rules::AtlasProject => Product::Atlas,
            Rules::CloudManager => Product::CloudManager,
        }
    }

    fn scope(self) -> RoleScope {
        match self {
            Rules::AtlasProject => RoleScope::Project,
            Rules::AtlasOrg | Rules::CloudManager => RoleScope::Org,
        }
    }

    /// The longest secret lifetime, in hours: a year, as each product counts it.
    pub(crate) fn max_hours(self) -> u32 {
        match self {
            Rules::AtlasOrg | Rules::AtlasProject => 8760,
            Rules::CloudManager => 8766,
        }
    }
}

/// A service account to create.
pub(crate) struct AccountRequest {
    pub(crate) name: String,
    pub(crate) description: String,
    pub(crate) roles: Vec<String>,
    pub(crate) hours: u32,
}

/// What to change of a service account.
pub(crate) struct AccountUpdate {
    pub(crate) name: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) roles: Option<Vec<String>>,
}

/// The body of a create under `rules`; `resource_id` is the organization or project that
/// errors name.
pub(crate) fn decode_create(
    rules: Rules,
    body: &[u8],
    resource_id: &str,
) -> Result<AccountRequest, ApiFailure> {
    let schema = match rules {
        Rules::AtlasOrg => "OrgServiceAccountRequest",
        Rules::AtlasProject => "GroupServiceAccountRequest",
        Rules::CloudManager => "CloudManagerOrgServiceAccountRequest",
    };
    let object = decode_object(body, schema)?;
    let required = |name: &str| match object.get(name) {
        None | Some(Value::Null) => Err(errors::missing_attribute(name)),
        Some(_) => Ok(()),
    };
    for name in ["name", "description", "roles", "secretExpiresAfterHours"] {
        required(name)?;
    }
    let request = AccountRequest {
        name: name(rules, &object)?.unwrap_or_default(),
        description: description(&object)?.unwrap_or_default(),
        roles: roles(rules, &object, resource_id)?.unwrap_or_default(),
        hours: hours(rules, &object)?,
    };
    match rules {
        Rules::AtlasOrg => typed::<types::OrgServiceAccountRequest>(object)?,
        Rules::AtlasProject => typed::<types::GroupServiceAccountRequest>(object)?,
        Rules::CloudManager => typed::<types::CloudManagerOrgServiceAccountRequest>(object)?,
    }
    Ok(request)
}

/// The body of an update under `rules` (an organization's service account): any of `name`,
/// `description` and `roles`, none of them `null`.
pub(crate) fn decode_update(
    rules: Rules,
    body: &[u8],
    org_id: &str,
) -> Result<AccountUpdate, ApiFailure> {
    let schema = match rules {
        Rules::CloudManager => "CloudManagerOrgServiceAccountUpdateRequest",
        Rules::AtlasOrg | Rules::AtlasProject => "OrgServiceAccountUpdateRequest",
    };
    let object = decode_object(body, schema)?;
    let update = AccountUpdate {
        name: name(rules, &object)?,
        description: description(&object)?,
        roles: roles(rules, &object, org_id)?,
    };
    match rules {
        Rules::CloudManager => typed::<types::CloudManagerOrgServiceAccountUpdateRequest>(object)?,
        Rules::AtlasOrg | Rules::AtlasProject => {
            typed::<types::OrgServiceAccountUpdateRequest>(object)?
        }
    }
    Ok(update)
}

/// The body of a new secret: its lifetime in hours.
pub(crate) fn decode_secret(rules: Rules, body: &[u8]) -> Result<u32, ApiFailure> {
    let schema = match rules {
        Rules::CloudManager => "CloudManagerServiceAccountSecretRequest",
        Rules::AtlasOrg | Rules::AtlasProject => "ServiceAccountSecretRequest",
    };
    let object = decode_object(body, schema)?;
    if matches!(
        object.get("secretExpiresAfterHours"),
        None | Some(Value::Null)
    ) {
        return Err(errors::missing_attribute("secretExpiresAfterHours"));
    }
    let hours = hours(rules, &object)?;
    match rules {
        Rules::CloudManager => typed::<types::CloudManagerServiceAccountSecretRequest>(object)?,
        Rules::AtlasOrg | Rules::AtlasProject => {
            typed::<types::ServiceAccountSecretRequest>(object)?
        }
    }
    Ok(hours)
}

/// The body of an assignment to project `group_id` (`inviteGroupServiceAccount`): its
/// project roles, at least one, each once.
pub(crate) fn decode_assignment(body: &[u8], group_id: &str) -> Result<Vec<String>, ApiFailure> {
    let object = decode_object(body, "GroupServiceAccountRoleAssignment")?;
    let Some(roles) = roles(Rules::AtlasProject, &object, group_id)? else {
        return Err(errors::missing_attribute("roles"));
    };
    let listed = object["roles"].as_array().map_or(0, Vec::len);
    if roles.len() != listed {
        return Err(errors::duplicate_roles());
    }
    typed::<types::GroupServiceAccountRoleAssignment>(object)?;
    Ok(roles)
}

/// The body of an access-list add: 1 to [`MAX_ENTRIES_PER_REQUEST`] entries, each as for an
/// API key's list.
pub(crate) fn decode_entries(body: &[u8]) -> Result<Vec<AccessListEntry>, ApiFailure> {
    if let Value::Array(items) = parse_json(body)?
        && items.len() > MAX_ENTRIES_PER_REQUEST
    {
        return Err(errors::too_many_entries(MAX_ENTRIES_PER_REQUEST));
    }
    access_lists::decode_entries(body)
}

/// `name`, if given: a string its product's name type takes.
fn name(rules: Rules, object: &Map<String, Value>) -> Result<Option<String>, ApiFailure> {
    let Some(text) = string(object, "name")? else {
        return Ok(None);
    };
    let valid = match rules {
        Rules::CloudManager => CloudManagerServiceAccountName::check(text).is_ok(),
        Rules::AtlasOrg | Rules::AtlasProject => ServiceAccountName::check(text).is_ok(),
    };
    match valid {
        true => Ok(Some(text.to_owned())),
        false => Err(errors::invalid_service_account_name(
            rules == Rules::CloudManager,
        )),
    }
}

/// `description`, if given.
fn description(object: &Map<String, Value>) -> Result<Option<String>, ApiFailure> {
    let Some(text) = string(object, "description")? else {
        return Ok(None);
    };
    match ServiceAccountDescription::check(text) {
        Ok(()) => Ok(Some(text.to_owned())),
        Err(_) => Err(errors::invalid_service_account_description()),
    }
}

/// `roles`, if given: at least one, each a role `rules` grants; each once, in order.
fn roles(
    rules: Rules,
    object: &Map<String, Value>,
    resource_id: &str,
) -> Result<Option<Vec<String>>, ApiFailure> {
    let roles = match object.get("roles") {
        None => return Ok(None),
        Some(Value::Array(roles)) => roles,
        Some(_) => return Err(errors::invalid_json_attribute("roles")),
    };
    if roles.is_empty() {
        return Err(errors::service_account_needs_roles());
    }
    let mut names = check_roles(roles, rules.product(), rules.scope(), resource_id)?;
    let mut seen = Vec::with_capacity(names.len());
    names.retain(|name| {
        let first = !seen.contains(name);
        seen.push(name.clone());
        first
    });
    Ok(Some(names))
}

/// `secretExpiresAfterHours`: a whole number of hours, 8 to the product's year.
fn hours(rules: Rules, object: &Map<String, Value>) -> Result<u32, ApiFailure> {
    let name = "secretExpiresAfterHours";
    let number = match object.get(name) {
        Some(Value::Number(n)) => n.as_i64(),
        _ => None,
    };
    let number = number.ok_or_else(|| errors::invalid_json_attribute(name))?;
    let max = rules.max_hours();
    u32::try_from(number)
        .ok()
        .filter(|hours| (MIN_HOURS..=max).contains(hours))
        .ok_or_else(|| errors::secret_lifetime(MIN_HOURS, max))
}

/// The string attribute `name`, if given (`null` is not a string: the spec makes none of
/// these nullable).
fn string<'a>(object: &'a Map<String, Value>, name: &str) -> Result<Option<&'a str>, ApiFailure> {
    match object.get(name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(errors::invalid_json_attribute(name)),
    }
}

/// The checked object decoded as the generated type `T`, to be sure the spec agrees.
fn typed<T: DeserializeOwned>(object: Map<String, Value>) -> Result<(), ApiFailure> {
    decode_typed::<T>(object).map(|_| ())
}
