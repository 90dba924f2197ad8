//! Request bodies checked as MongoDB checks them, in its order and with its error codes; what
//! passes is decoded into the types generated from `openapi.yaml`, so that the emulator
//! cannot accept what the spec refuses.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::errors;
use super::products::{Product, RoleCheck, RoleScope};
use super::refusals;
use super::response::ApiFailure;
use crate::description::ApiKeyDescription;

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

/// The body as JSON; `MALFORMED_JSON` when it is not JSON, or when an object names a member
/// twice. RFC 8259 section 4 says names SHOULD be unique and leaves duplicates' meaning to the
/// reader; I-JSON (RFC 7493 section 2.3) says MUST. serde_json keeps the last silently, so two
/// readers of one body could see two requests: this one sees none.
pub(crate) fn parse_json(body: &[u8]) -> Result<Value, ApiFailure> {
    let mut reader = serde_json::Deserializer::from_slice(body);
    let value = UniqueNames::deserialize(&mut reader).map_err(|_| errors::malformed_json())?;
    reader.end().map_err(|_| errors::malformed_json())?;
    Ok(value.0)
}

/// A JSON value whose objects name each member once. serde_json has no option for this; the
/// visitor below is serde_json's own `Value` visitor plus one check. Nesting stays bounded by
/// serde_json's recursion limit (128), which applies whatever the visitor.
struct UniqueNames(Value);

impl<'de> Deserialize<'de> for UniqueNames {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(UniqueNamesVisitor)
            .map(UniqueNames)
    }
}

struct UniqueNamesVisitor;

impl<'de> Visitor<'de> for UniqueNamesVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("JSON whose objects name each member once")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(UniqueNames(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if object.contains_key(&name) {
                return Err(de::Error::custom("a member named twice"));
            }
            let UniqueNames(value) = map.next_value()?;
            object.insert(name, value);
        }
        Ok(Value::Object(object))
    }
}

/// The body as a JSON object with no attributes but the properties of the spec's `schema`.
pub(crate) fn decode_object(body: &[u8], schema: &str) -> Result<Map<String, Value>, ApiFailure> {
    let value = parse_json(body)?;
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
    check_description(desc)?;
    let roles = match object.get("roles") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(roles)) => roles,
        Some(_) => return Err(errors::invalid_json_attribute("roles")),
    };
    check_roles(roles, product, scope, resource_id)?;
    decode_typed(object)
}

/// What an update asks to change: the description, the roles (in its scope), or both.
pub(crate) struct Update {
    pub(crate) desc: Option<String>,
    pub(crate) roles: Option<Vec<String>>,
}

/// An update of a key (`desc`, `roles`, at least one of them), decoded as `T` (the spec's
/// `schema`) to be sure the spec agrees, with the roles `product` grants in `scope`.
pub(crate) fn decode_update<T: DeserializeOwned>(
    schema: &str,
    body: &[u8],
    product: Product,
    scope: RoleScope,
    resource_id: &str,
) -> Result<Update, ApiFailure> {
    let object = decode_object(body, schema)?;
    if !(object.contains_key("desc") || object.contains_key("roles")) {
        return Err(errors::nothing_to_update());
    }
    let desc = match object.get("desc") {
        None => None,
        Some(_) => {
            let desc = require_string(&object, "desc", errors::api_key_requires_description)?;
            check_description(desc)?;
            Some(desc.to_owned())
        }
    };
    let roles = match object.get("roles") {
        None => None,
        Some(Value::Array(roles)) => Some(check_roles(roles, product, scope, resource_id)?),
        Some(_) => return Err(errors::invalid_json_attribute("roles")),
    };
    decode_typed::<T>(object)?;
    Ok(Update { desc, roles })
}

/// The body of an assignment to a project: an array of one `ProjectRoleAssignment` (`{"roles":
/// [...]}`); its project roles.
pub(crate) fn decode_assignment(
    body: &[u8],
    product: Product,
    group_id: &str,
) -> Result<Vec<String>, ApiFailure> {
    let Value::Array(items) = parse_json(body)? else {
        return Err(errors::invalid_json());
    };
    let [Value::Object(object)] = &items[..] else {
        return Err(errors::invalid_json());
    };
    let schema = "ProjectRoleAssignment";
    if let Some(unknown) = object.keys().find(|k| !has_property(schema, k)) {
        return Err(errors::invalid_attribute(unknown));
    }
    let roles = match object.get("roles") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(roles)) => roles,
        Some(_) => return Err(errors::invalid_json_attribute("roles")),
    };
    let roles = check_roles(roles, product, RoleScope::Project, group_id)?;
    decode_typed::<crate::generated::types::ProjectRoleAssignment>(object.clone())?;
    Ok(roles)
}

/// 1 to 250 characters, none a control character (the spec's `ApiKeyDescription`).
fn check_description(desc: &str) -> Result<(), ApiFailure> {
    ApiKeyDescription::check(desc).map_err(|_| errors::invalid_api_key_desc())
}

/// At least one role, each one `product` grants in `scope`; the role names.
pub(crate) fn check_roles(
    roles: &[Value],
    product: Product,
    scope: RoleScope,
    resource_id: &str,
) -> Result<Vec<String>, ApiFailure> {
    if roles.is_empty() {
        return Err(errors::missing_api_key_roles());
    }
    let mut names = Vec::with_capacity(roles.len());
    for role in roles {
        let name = role
            .as_str()
            .ok_or_else(|| errors::invalid_json_attribute("roles"))?;
        match (product.check_role(scope, name), scope) {
            (RoleCheck::Valid, _) => names.push(name.to_owned()),
            (RoleCheck::Unknown, _) => return Err(errors::invalid_enum_value(name)),
            (RoleCheck::BillingUnsupported, _) => return Err(refusals::billing_unsupported()),
            (RoleCheck::WrongScope, RoleScope::Org) => {
                return Err(errors::invalid_role_for_org(name, resource_id));
            }
            (RoleCheck::WrongScope, RoleScope::Project) => {
                return Err(errors::invalid_role_for_group(name, resource_id));
            }
        }
    }
    Ok(names)
}

/// The checked object as the generated request type; the checks before leave nothing the
/// type could refuse, so a failure here means the emulator and the spec disagree.
pub(crate) fn decode_typed<T: DeserializeOwned>(
    object: Map<String, Value>,
) -> Result<T, ApiFailure> {
    serde_json::from_value(Value::Object(object)).map_err(|_| errors::invalid_json())
}
