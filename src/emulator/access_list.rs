//! API access lists as MongoDB keeps them: each principal's entries, the operation that adds
//! entries to an organization key (`createApiKeyAccessListEntries`), and the check every
//! authenticated call passes ([`AccessLists::admit`]). A principal with entries is admitted
//! only from an address they cover, whatever the organization's setting; one without entries
//! is refused only when the organization requires an access list (`serve
//! --require-access-list`).

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Extension;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use chrono::{DateTime, SubsecRound, Utc};
use dashmap::DashMap;
use serde_json::{Map, Value};

use super::errors;
use super::extract::{AccessListPage, JsonContent, KeyPath, QueryOptions};
use super::products::Product;
use super::response::{ApiFailure, ListAnswer};
use super::state::{EmulatorState, Principal, Who};
use super::validate::has_property;
use crate::AccessListEntry;
use crate::generated::types;

/// The loopback addresses, on the lists of the fixture credentials when an access list is
/// required, so that they keep working from this machine.
const LOOPBACK: [&str; 2] = ["127.0.0.0/8", "::1/128"];

/// One entry and its use.
#[derive(Clone, Debug)]
struct Stored {
    entry: AccessListEntry,
    created: DateTime<Utc>,
    count: u64,
    last_used: Option<(DateTime<Utc>, IpAddr)>,
}

/// Every principal's access list, and which organization each organization key belongs to.
pub(crate) struct AccessLists {
    required: bool,
    lists: DashMap<Who, Vec<Stored>>,
    /// Organization API key ID -> its organization.
    keys: DashMap<String, String>,
}

impl AccessLists {
    /// `required`: the organization requires an access list (`--require-access-list`).
    pub(crate) fn new(required: bool) -> Self {
        AccessLists {
            required,
            lists: DashMap::new(),
            keys: DashMap::new(),
        }
    }

    /// Makes the organization key `id` of `org_id` known to the operation.
    pub(crate) fn register_key(&self, id: &str, org_id: &str) {
        self.keys.insert(id.to_owned(), org_id.to_owned());
    }

    /// Gives a fixture principal the loopback addresses, when an access list is required.
    pub(crate) fn admit_loopback(&self, who: Who) {
        if self.required {
            let loopback = LOOPBACK.map(|block| block.parse().expect("a valid CIDR block"));
            // Two entries on a new principal: far from the limit.
            let _ = self.add(who, &loopback);
        }
    }

    /// Whether `who` may call from `caller`; counts the use of the entry that admits it.
    pub(crate) fn admit(&self, who: &Who, caller: IpAddr) -> Result<(), ApiFailure> {
        let caller = caller.to_canonical();
        let Some(mut entries) = self.lists.get_mut(who).filter(|e| !e.is_empty()) else {
            return match self.required {
                true => Err(errors::org_requires_access_list(&caller.to_string())),
                false => Ok(()),
            };
        };
        let Some(stored) = entries.iter_mut().find(|s| s.entry.contains(caller)) else {
            return Err(errors::ip_address_not_on_access_list(&caller.to_string()));
        };
        stored.count += 1;
        stored.last_used = Some((now(), caller));
        Ok(())
    }

    /// Adds the entries `who` does not have yet (entries it has are left as they are), all or
    /// none: past [`errors::MAX_ACCESS_LIST_ENTRIES`], nothing is added and `Err` says how
    /// many it has and how many were new.
    fn add(&self, who: Who, entries: &[AccessListEntry]) -> Result<Vec<Stored>, (usize, usize)> {
        let mut list = self.lists.entry(who).or_default();
        let mut new: Vec<AccessListEntry> = Vec::new();
        for entry in entries {
            // One entry per block, as MongoDB names them: 192.0.2.1 is 192.0.2.1/32.
            let block = entry.cidr_block();
            let known = list.iter().any(|s| s.entry.cidr_block() == block)
                || new.iter().any(|n| n.cidr_block() == block);
            if !known {
                new.push(*entry);
                if list.len() + new.len() > errors::MAX_ACCESS_LIST_ENTRIES {
                    return Err((list.len(), new.len()));
                }
            }
        }
        list.extend(new.into_iter().map(|entry| Stored {
            entry,
            created: now(),
            count: 0,
            last_used: None,
        }));
        Ok(list.clone())
    }
}

/// `POST /orgs/{orgId}/apiKeys/{apiUserId}/accessList`: needs Organization Owner of the
/// organization; the key must be one of its organization keys. Answers the key's whole list,
/// a page of it.
pub(crate) async fn add_entries(
    State(state): State<Arc<EmulatorState>>,
    Extension(product): Extension<Product>,
    Extension(principal): Extension<Principal>,
    _: JsonContent,
    KeyPath { org_id, key_id }: KeyPath,
    query: QueryOptions<AccessListPage>,
    body: Bytes,
) -> Result<ListAnswer<types::PaginatedApiUserAccessListResponse>, ApiFailure> {
    state.check_org(&org_id)?;
    super::keys::authorize_org_owner(&state, &principal, &org_id)?;
    let known = state.access_lists.keys.get(&key_id);
    if known.as_deref().is_none_or(|org| *org != org_id) {
        return Err(errors::api_key_not_found(&key_id));
    }
    drop(known);
    let entries = decode_entries(&body)?;
    let list = state
        .access_lists
        .add(Who::ApiKey { id: key_id.clone() }, &entries)
        .map_err(|(have, adding)| errors::access_list_limit(&key_id, have, adding))?;
    let base = format!(
        "{}{}/orgs/{org_id}/apiKeys/{key_id}/accessList",
        state.public_url,
        product.base_path()
    );
    page(&base, &list, &query).map(ListAnswer)
}

/// The body: a non-empty array of objects, each with exactly one of `ipAddress` (an address)
/// and `cidrBlock` (a CIDR block), checked in MongoDB's order with its error codes.
fn decode_entries(body: &[u8]) -> Result<Vec<AccessListEntry>, ApiFailure> {
    let value = super::validate::parse_json(body)?;
    let Value::Array(items) = value else {
        return Err(errors::invalid_json());
    };
    if items.is_empty() {
        return Err(errors::invalid_json());
    }
    items
        .iter()
        .map(|item| match item {
            Value::Object(object) => decode_entry(object),
            _ => Err(errors::invalid_json()),
        })
        .collect()
}

fn decode_entry(object: &Map<String, Value>) -> Result<AccessListEntry, ApiFailure> {
    if let Some(unknown) = object
        .keys()
        .find(|k| !has_property("UserAccessListRequest", k))
    {
        return Err(errors::invalid_attribute(unknown));
    }
    // `null` is not a string: the spec does not make these fields nullable.
    let field = |name: &str| match object.get(name) {
        None => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.as_str())),
        Some(_) => Err(errors::invalid_json_attribute(name)),
    };
    let parsed = match (field("ipAddress")?, field("cidrBlock")?) {
        (Some(_), Some(_)) => return Err(errors::bad_whitelist_add_request()),
        (None, None) => return Err(errors::invalid_ip_address_or_cidr_notation("null")),
        (Some(address), None) => AccessListEntry::parse_address(address).map_err(|_| address),
        (None, Some(block)) => AccessListEntry::parse_block(block).map_err(|_| block),
    };
    parsed.map_err(errors::invalid_ip_address_or_cidr_notation)
}

/// The page `query` asks for of `list`, with `self` (and `previous`, `next`) links.
fn page(
    base: &str,
    list: &[Stored],
    query: &QueryOptions<AccessListPage>,
) -> Result<types::PaginatedApiUserAccessListResponse, ApiFailure> {
    let (page_num, per_page) = (query.page_num as usize, query.items_per_page as usize);
    let start = (page_num - 1).saturating_mul(per_page).min(list.len());
    let results = list[start..]
        .iter()
        .take(per_page)
        .map(|stored| entry_answer(base, stored))
        .collect::<Result<Vec<_>, _>>()?;
    let page_link =
        |rel: &str, n: usize| link(&format!("{base}?pageNum={n}&itemsPerPage={per_page}"), rel);
    let mut links = vec![page_link("self", page_num)?];
    if page_num > 1 {
        links.push(page_link("previous", page_num - 1)?);
    }
    if start + per_page < list.len() {
        links.push(page_link("next", page_num + 1)?);
    }
    let total = query
        .include_count
        .then(|| i32::try_from(list.len()).unwrap_or(i32::MAX));
    types::PaginatedApiUserAccessListResponse::builder()
        .links(links)
        .results(results)
        .total_count(total)
        .try_into()
        .map_err(|_| unexpected())
}

fn entry_answer(base: &str, stored: &Stored) -> Result<types::UserAccessListResponse, ApiFailure> {
    let entry = stored.entry;
    // The entry in the path of its own resource, its `/` percent-encoded as MongoDB shows it.
    let href = format!("{base}/{}", entry.to_string().replace('/', "%2F"));
    types::UserAccessListResponse::builder()
        .cidr_block(entry.cidr_block().to_string())
        .count(Some(i32::try_from(stored.count).unwrap_or(i32::MAX)))
        .created(Some(stored.created))
        .ip_address(entry.ip_address().map(|a| a.to_string()))
        .last_used(stored.last_used.map(|(at, _)| at))
        .last_used_address(stored.last_used.map(|(_, address)| address.to_string()))
        .links(Some(vec![link(&href, "self")?]))
        .try_into()
        .map_err(|_| unexpected())
}

fn link(href: &str, rel: &str) -> Result<types::Link, ApiFailure> {
    types::Link::builder()
        .href(href)
        .rel(rel)
        .try_into()
        .map_err(|_| unexpected())
}

fn unexpected() -> ApiFailure {
    errors::unexpected_error(axum::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Now, to the second, as MongoDB's dates are.
fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from(std::time::SystemTime::now()).trunc_subsecs(0)
}

/// The caller's address, from the connection.
pub(crate) fn caller(request: &axum::extract::Request) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip())
}
