//! Request bodies checked as MongoDB checks them, in its order and with its error codes; what
//! passes is decoded into the types generated from `openapi.yaml`, so that the emulator
//! cannot accept what the spec refuses.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::errors::{self, MAX_DESCRIPTION};
use super::products::{Product, RoleCheck, RoleScope};
use super::response::ApiFailure;

/// The properties of each object schema of the spec, read from it once: what a request body
/// may hold follows the contract, so an optional field added there needs no edit here.
static PROPERTIES: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let spec = crate::spec::openapi_json();
    let schemas = spec["components"]["schemas"].as_object().cloned();
    schemas
        .into_iter()
        .flatten()
        .map(|(name, schema)| {
            let names = schema["properties"]
                .as_object()
                .map(|p| p.keys().cloned().collect());
            (name, names.unwrap_or_default())
        })
        .collect()
});

/// Whether the spec's object schema `schema` has the property `name`.
pub(crate) fn has_property(schema: &str, name: &str) -> bool {
    PROPERTIES
        .get(schema)
        .is_some_and(|names| names.iter().any(|n| n == name))
}

/// The body as a JSON object with no attributes but the properties of the spec's `schema`.
pub(crate) fn decode_object(body: &[u8], schema: &str) -> Result<Map<String, Value>, ApiFailure> {
    let value: Value = serde_json::from_slice(body).map_err(|_| errors::malformed_json())?;
    let Value::Object(object) = value else {
        return Err(errors::invalid_json());
    };
    if let Some(unknown) = object.keys().find(|k| !has_property(schema, k)) {
        return Err(errors::invalid_attribute(unknown));
    }
    Ok(object)
}

/// The string attribute `name`; `missing` is the error when it is absent or null.
pub(crate) fn require_string<'a>(
    object: &'a Map<String, Value>,
    name: &str,
    missing: impl FnOnce() -> ApiFailure,
) -> Result<&'a str, ApiFailure> {
    match object.get(name) {
        None | Some(Value::Null) => Err(missing()),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(errors::invalid_json_attribute(name)),
    }
}

/// An organization or project key request (`desc` and `roles`), with the roles `product`
/// grants in `scope`; `resource_id` is the organization or project named in errors.
pub(crate) fn decode_key_request<T: DeserializeOwned>(
    schema: &str,
    body: &[u8],
    product: Product,
    scope: RoleScope,
    resource_id: &str,
) -> Result<T, ApiFailure> {
    let object = decode_object(body, schema)?;
    let desc = require_string(&object, "desc", errors::api_key_requires_description)?;
    if !(1..=MAX_DESCRIPTION).contains(&desc.chars().count()) {
        return Err(errors::invalid_api_key_desc());
    }
    let roles = match object.get("roles") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(roles)) => roles,
        Some(_) => return Err(errors::invalid_json_attribute("roles")),
    };
    if roles.is_empty() {
        return Err(errors::missing_api_key_roles());
    }
    for role in roles {
        let name = role
            .as_str()
            .ok_or_else(|| errors::invalid_json_attribute("roles"))?;
        match (product.check_role(scope, name), scope) {
            (RoleCheck::Valid, _) => {}
            (RoleCheck::Unknown, _) => return Err(errors::invalid_enum_value(name)),
            (RoleCheck::BillingUnsupported, _) => return Err(errors::billing_unsupported()),
            (RoleCheck::WrongScope, RoleScope::Org) => {
                return Err(errors::invalid_role_for_org(name, resource_id));
            }
            (RoleCheck::WrongScope, RoleScope::Project) => {
                return Err(errors::invalid_role_for_group(name, resource_id));
            }
        }
    }
    decode_typed(object)
}

/// The checked object as the generated request type; the checks before leave nothing the
/// type could refuse, so a failure here means the emulator and the spec disagree.
pub(crate) fn decode_typed<T: DeserializeOwned>(
    object: Map<String, Value>,
) -> Result<T, ApiFailure> {
    serde_json::from_value(Value::Object(object)).map_err(|_| errors::invalid_json())
}
