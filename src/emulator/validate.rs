//! Request bodies checked as MongoDB checks them, in its order and with its error codes; what
//! passes is decoded into the types generated from `openapi.yaml`, so that the emulator
//! cannot accept what the spec refuses.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::errors::{self, MAX_DESCRIPTION};
use super::products::{Product, RoleCheck, RoleScope};
use super::response::ApiFailure;

/// The body as a JSON object with no attributes but `allowed`.
pub(crate) fn decode_object(
    body: &[u8],
    allowed: &[&str],
) -> Result<Map<String, Value>, ApiFailure> {
    let value: Value = serde_json::from_slice(body).map_err(|_| errors::malformed_json())?;
    let Value::Object(object) = value else {
        return Err(errors::invalid_json());
    };
    if let Some(unknown) = object.keys().find(|k| !allowed.contains(&k.as_str())) {
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
    body: &[u8],
    product: Product,
    scope: RoleScope,
    resource_id: &str,
) -> Result<T, ApiFailure> {
    let object = decode_object(body, &["desc", "roles"])?;
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
