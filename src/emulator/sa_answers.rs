//! What service accounts look like in answers, built with the types generated from
//! `openapi.yaml` (as `answers.rs` builds keys): an organization's view (its organization
//! roles) and a project's (its roles there), each secret masked but in the answer that creates
//! it, access-list entries, projects, and pages of them.

use super::access_list_table::Stored;
use super::answers::{Paged, built, page_of, paged};
use super::extract::{List, QueryOptions};
use super::ids::object_id;
use super::response::ApiFailure;
use super::sa_records::{StoredSecret, StoredServiceAccount};
use crate::Secret;
use crate::generated::types;

/// `secret` as answers show it: masked, with its value only when `value` is given (the answer
/// that creates it).
pub(crate) fn secret(
    stored: &StoredSecret,
    value: Option<&str>,
) -> Result<types::ServiceAccountSecret, ApiFailure> {
    built(
        types::ServiceAccountSecret::builder()
            .created_at(stored.created_at)
            .expires_at(stored.expires_at)
            .id(object_id(&stored.id))
            .last_used_at(stored.last_used_at)
            .masked_secret_value(stored.masked.clone())
            .secret(value.map(Secret::from))
            .try_into(),
    )
}

/// Its secrets, the one whose value is `new` (`(ID, value)`) in clear.
fn secrets(
    account: &StoredServiceAccount,
    new: Option<(&str, &str)>,
) -> Result<Vec<types::ServiceAccountSecret>, ApiFailure> {
    let value = |s: &StoredSecret| new.filter(|(id, _)| *id == s.id).map(|(_, v)| v);
    account
        .secrets
        .iter()
        .map(|s| secret(s, value(s)))
        .collect()
}

/// The service account as its organization sees it: its organization roles.
pub(crate) fn org_account(
    account: &StoredServiceAccount,
    new: Option<(&str, &str)>,
) -> Result<types::OrgServiceAccount, ApiFailure> {
    built(
        types::OrgServiceAccount::builder()
            .client_id(client_id(account))
            .created_at(account.created_at)
            .description(account.description.clone())
            .name(account.name.clone())
            .roles(account.org_roles())
            .secrets(secrets(account, new)?)
            .try_into(),
    )
}

/// The service account as project `group_id` sees it: its roles there.
pub(crate) fn group_account(
    account: &StoredServiceAccount,
    group_id: &str,
    new: Option<(&str, &str)>,
) -> Result<types::GroupServiceAccount, ApiFailure> {
    built(
        types::GroupServiceAccount::builder()
            .client_id(client_id(account))
            .created_at(account.created_at)
            .description(account.description.clone())
            .name(account.name.clone())
            .roles(account.project_roles(group_id))
            .secrets(secrets(account, new)?)
            .try_into(),
    )
}

/// The first secret of a new account, `(ID, value)`, to show in the answer that creates it.
pub(crate) fn first_secret<'a>(
    account: &'a StoredServiceAccount,
    value: &'a str,
) -> Option<(&'a str, &'a str)> {
    account.secrets.first().map(|s| (s.id.as_str(), value))
}

fn client_id(account: &StoredServiceAccount) -> crate::service_account::ServiceAccountClientId {
    account
        .client_id
        .parse()
        .unwrap_or_else(|_| unreachable!("the emulator makes its client IDs valid"))
}

/// An entry of a service account's access list.
pub(crate) fn entry(stored: &Stored) -> Result<types::ServiceAccountIpAccessListEntry, ApiFailure> {
    let entry = stored.entry;
    built(
        types::ServiceAccountIpAccessListEntry::builder()
            .cidr_block(entry.cidr_block().to_string())
            .created_at(Some(stored.created))
            .ip_address(entry.ip_address().map(|a| a.to_string()))
            .last_used_address(stored.last_used.map(|(_, address)| address.to_string()))
            .last_used_at(stored.last_used.map(|(at, _)| at))
            .request_count(Some(i32::try_from(stored.count).unwrap_or(i32::MAX)))
            .try_into(),
    )
}

/// The page `query` asks for of a service account's access list `list`, at `url`.
pub(crate) fn entries_page(
    url: &str,
    query: &QueryOptions<List>,
    list: Vec<Stored>,
) -> Result<types::PaginatedServiceAccountIpAccessListEntries, ApiFailure> {
    let page = page_of(query, list);
    let Paged {
        links,
        results,
        total_count,
    } = paged(url, query, &page, entry)?;
    let body = types::PaginatedServiceAccountIpAccessListEntries::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    built(body.try_into())
}

/// The page `query` asks for of the projects of `account`, at `url`.
pub(crate) fn groups_page(
    url: &str,
    query: &QueryOptions<List>,
    account: &StoredServiceAccount,
) -> Result<types::PaginatedServiceAccountGroups, ApiFailure> {
    let page = page_of(query, account.projects());
    let Paged {
        links,
        results,
        total_count,
    } = paged(url, query, &page, |group_id| {
        let group = types::ServiceAccountGroup::builder()
            .group_id(object_id(group_id))
            .roles(account.project_roles(group_id));
        built(group.try_into())
    })?;
    let body = types::PaginatedServiceAccountGroups::builder()
        .links(links)
        .results(results)
        .total_count(total_count);
    built(body.try_into())
}
