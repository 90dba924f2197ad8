//! What stored resources look like in answers, built with the types generated from
//! `openapi.yaml` so that the emulator cannot answer what the spec does not describe: keys
//! (their secret in clear only in the answer that creates them, masked in every other),
//! agent keys, access-list entries, and pages of them with MongoDB's `links`.

use axum::http::StatusCode;

use super::access_list_table::Stored;
use super::errors;
use super::extract::{List, QueryOptions};
use super::ids::object_id;
use super::principal::{Grant, Scope};
use super::products::Api;
use super::records::{StoredAgentKey, StoredKey};
use super::response::ApiFailure;
use super::table::Page;
use crate::Secret;
use crate::generated::types;

/// A value built from a generated builder; every required field is set by the caller.
pub(crate) fn built<T>(result: Result<T, types::error::ConversionError>) -> Result<T, ApiFailure> {
    result.map_err(|_| errors::unexpected_error(StatusCode::INTERNAL_SERVER_ERROR))
}

/// A link to `href`.
pub(crate) fn link(href: &str, rel: &str) -> Result<types::Link, ApiFailure> {
    built(types::Link::builder().href(href).rel(rel).try_into())
}

/// `origin` and the path of the key `id` of `org_id` under `api`: where a key's `self` link
/// points, whichever project it was created or listed in (MongoDB's).
pub(crate) fn key_url(origin: &str, api: Api, org_id: &str, id: &str) -> String {
    format!("{origin}{}/orgs/{org_id}/apiKeys/{id}", api.prefix())
}

/// `key` as `api` answers it: its private key in clear when `private_key` is given (the
/// answer that creates it), masked otherwise.
pub(crate) fn key(
    origin: &str,
    api: Api,
    key: &StoredKey,
    private_key: Option<&str>,
) -> Result<types::ApiKey, ApiFailure> {
    let roles = key.grants.iter().map(role).collect::<Result<Vec<_>, _>>()?;
    let secret = private_key.unwrap_or(&key.masked_private_key);
    let self_link = link(&key_url(origin, api, &key.org_id, &key.id), "self")?;
    built(
        types::ApiKey::builder()
            .links(Some(vec![self_link]))
            .desc(key.desc.clone())
            .id(object_id(&key.id))
            .private_key(Secret::from(secret))
            .public_key(key.public_key.clone())
            .roles(roles)
            .try_into(),
    )
}

/// A role as the answer lists it.
fn role(grant: &Grant) -> Result<types::ApiKeyRole, ApiFailure> {
    let (org, group) = match &grant.scope {
        Scope::Org(org) => (Some(object_id(org)), None),
        Scope::Project(group) => (None, Some(object_id(group))),
    };
    built(
        types::ApiKeyRole::builder()
            .org_id(org)
            .group_id(group)
            .role_name(grant.role.clone())
            .try_into(),
    )
}

/// An agent key: `key` in clear when given (the answer that creates it), else masked.
pub(crate) fn agent_key(
    stored: &StoredAgentKey,
    key: Option<&str>,
) -> Result<types::AgentApiKey, ApiFailure> {
    built(
        types::AgentApiKey::builder()
            .created_by("PUBLIC_API")
            .created_ip_addr(stored.created_ip_addr.clone())
            .created_time(stored.created_time)
            .created_user_id(stored.created_user_id.as_deref().map(object_id))
            .desc(stored.desc.clone())
            .id(object_id(&stored.id))
            .key(Secret::from(key.unwrap_or(&stored.masked_key)))
            .try_into(),
    )
}

/// An access-list entry of the list at `list_url`.
pub(crate) fn entry(
    list_url: &str,
    stored: &Stored,
) -> Result<types::UserAccessListResponse, ApiFailure> {
    let entry = stored.entry;
    // The entry in the path of its own resource, its `/` percent-encoded as MongoDB shows it.
    let href = format!("{list_url}/{}", entry.to_string().replace('/', "%2F"));
    built(
        types::UserAccessListResponse::builder()
            .cidr_block(entry.cidr_block().to_string())
            .count(Some(i32::try_from(stored.count).unwrap_or(i32::MAX)))
            .created(Some(stored.created))
            .ip_address(entry.ip_address().map(|a| a.to_string()))
            .last_used(stored.last_used.map(|(at, _)| at))
            .last_used_address(stored.last_used.map(|(_, address)| address.to_string()))
            .links(Some(vec![link(&href, "self")?]))
            .try_into(),
    )
}

/// Which records a page holds: `(skip, count)` for the `pageNum` and `itemsPerPage` asked.
pub(crate) fn window(query: &QueryOptions<List>) -> (usize, usize) {
    let (page_num, per_page) = (query.page_num as usize, query.items_per_page as usize);
    (
        page_num.saturating_sub(1).saturating_mul(per_page),
        per_page,
    )
}

/// The page `query` asks for of `all`, a list held in memory.
pub(crate) fn page_of<T>(query: &QueryOptions<List>, all: Vec<T>) -> Page<T> {
    let (skip, count) = window(query);
    let total = all.len();
    let records = all.into_iter().skip(skip).take(count).collect();
    Page { records, total }
}

/// A page's `links`, `results` and `totalCount` (absent with `includeCount=false`): `self`,
/// with `previous` after the first page and `next` before the last, as MongoDB links them.
pub(crate) struct Paged<R> {
    pub(crate) links: Vec<types::Link>,
    pub(crate) results: Vec<R>,
    pub(crate) total_count: Option<i32>,
}

/// `page` of the list at `list_url` (no query), its records answered with `answer`.
pub(crate) fn paged<T, R>(
    list_url: &str,
    query: &QueryOptions<List>,
    page: &Page<T>,
    answer: impl Fn(&T) -> Result<R, ApiFailure>,
) -> Result<Paged<R>, ApiFailure> {
    let (page_num, per_page) = (query.page_num as usize, query.items_per_page as usize);
    let (skip, _) = window(query);
    let page_link = |rel: &str, n: usize| {
        link(
            &format!("{list_url}?pageNum={n}&itemsPerPage={per_page}"),
            rel,
        )
    };
    let mut links = vec![page_link("self", page_num)?];
    if page_num > 1 {
        links.push(page_link("previous", page_num - 1)?);
    }
    if skip.saturating_add(per_page) < page.total {
        links.push(page_link("next", page_num + 1)?);
    }
    Ok(Paged {
        links,
        results: page.records.iter().map(answer).collect::<Result<_, _>>()?,
        total_count: query
            .include_count
            .then(|| i32::try_from(page.total).unwrap_or(i32::MAX)),
    })
}
