//! The API access list of an organization API key: add entries, list them, get one, remove
//! one (Atlas Admin API v2, and Ops Manager's and Cloud Manager's own operations).

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::Api;
use super::validate::{self, object_id};
use super::{Client, Deleted, Error, built};
use crate::AccessListEntry;
use crate::generated::types;

const ADD: Operation = Operation {
    id: "createOrgApiKeyAccessListEntry",
    name: "create_api_key_access_list_entries",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 200,
    creates_secret: false,
};

/// The same operation on Ops Manager and Cloud Manager.
const ADD_OPS_MANAGER: Operation = Operation {
    id: "createOpsManagerOrgApiKeyAccessListEntries",
    api: Api::Public,
    ..ADD
};

const LIST: Operation = Operation {
    id: "listOrgApiKeyAccessListEntries",
    name: "list_access_list_entries",
    method: Method::GET,
    ..ADD
};
const LIST_OPS_MANAGER: Operation = Operation {
    id: "listOpsManagerOrgApiKeyAccessListEntries",
    api: Api::Public,
    ..LIST
};
const GET: Operation = Operation {
    id: "getOrgApiKeyAccessListEntry",
    name: "get_access_list_entry",
    ..LIST
};
const GET_OPS_MANAGER: Operation = Operation {
    id: "getOpsManagerOrgApiKeyAccessListEntry",
    api: Api::Public,
    ..GET
};
const DELETE: Operation = Operation {
    id: "deleteOrgApiKeyAccessListEntry",
    name: "delete_access_list_entry",
    method: Method::DELETE,
    success: 204,
    ..LIST
};
/// Ops Manager answers a delete `200` with no body.
const DELETE_OPS_MANAGER: Operation = Operation {
    id: "deleteOpsManagerOrgApiKeyAccessListEntry",
    api: Api::Public,
    success: 200,
    ..DELETE
};

impl Client {
    /// Every entry of the access list of the API key `key_id`, page after page.
    pub fn list_access_list_entries(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
    ) -> Items<types::UserAccessListResponse> {
        let ids = object_id("organization", org_id.as_ref())
            .and_then(|org| Ok((org, validate::key_id(key_id.as_ref())?)));
        match ids {
            Ok((org_id, key_id)) => self.items(
                self.pick(&LIST, &LIST_OPS_MANAGER),
                entries_path(org_id.as_ref(), key_id.as_ref(), None),
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// The entry `entry` of the access list of the API key `key_id`.
    pub async fn get_access_list_entry(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        entry: &AccessListEntry,
    ) -> Result<types::UserAccessListResponse, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        let path = entries_path(&org_id, &key_id, Some(entry));
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        self.call(self.pick(&GET, &GET_OPS_MANAGER), &path, None::<&()>)
            .await
    }

    /// Removes `entry` from the access list of the API key `key_id`. An entry that is not
    /// there is [`Deleted::AlreadyGone`], not an error. MongoDB refuses to remove the entry
    /// that lets the caller itself in.
    pub async fn delete_access_list_entry(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        entry: &AccessListEntry,
    ) -> Result<Deleted, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        let path = entries_path(&org_id, &key_id, Some(entry));
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        self.delete(self.pick(&DELETE, &DELETE_OPS_MANAGER), &path)
            .await
    }

    /// Adds `entries` to the access list of the organization API key `key_id` (its 24-hex
    /// `id`, not its public key) in `org_id`, and answers the key's whole list (its first
    /// page). Entries it already has are left as they are, so adding them again is harmless.
    ///
    /// ```no_run
    /// # async fn run(client: mongodb_api_keys::client::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// use mongodb_api_keys::AccessListEntry;
    ///
    /// let entries: Vec<AccessListEntry> = vec!["192.0.2.10".parse()?, "198.51.100.0/24".parse()?];
    /// let list = client
    ///     .add_access_list_entries("5980cfc70b6d97029d82e3f6", "5c47ba5127d9d61b9fd8a27b", &entries)
    ///     .await?;
    /// println!("{} entries", list.total_count.unwrap_or_default());
    /// # Ok(()) }
    /// ```
    pub async fn add_access_list_entries(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        entries: &[AccessListEntry],
    ) -> Result<types::PaginatedApiUserAccessListResponse, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        validate::entries(entries)?;
        let body = entries
            .iter()
            .map(request_entry)
            .collect::<Result<Vec<_>, _>>()?;
        let path = entries_path(org_id.as_ref(), key_id.as_ref(), None);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        self.call(self.pick(&ADD, &ADD_OPS_MANAGER), &path, Some(&body))
            .await
    }

    /// Adds `entries` to the created `key`; on failure the key goes back inside the error.
    pub(super) async fn apply_access_list(
        &self,
        key: types::ApiKey,
        org_id: String,
        entries: &[AccessListEntry],
    ) -> Result<types::ApiKey, Error> {
        match self
            .add_access_list_entries(&org_id, key.id.to_string(), entries)
            .await
        {
            Ok(_) => Ok(key),
            Err(error) => Err(half_done(key, org_id, error)),
        }
    }
}

/// The path of a key's access list, or of one entry of it (an address, or a CIDR block
/// whose `/` the URL encodes as `%2F`).
fn entries_path(org_id: &str, key_id: &str, entry: Option<&AccessListEntry>) -> Vec<String> {
    let mut path: Vec<String> = ["orgs", org_id, "apiKeys", key_id, "accessList"]
        .map(str::to_owned)
        .into();
    path.extend(entry.map(ToString::to_string));
    path
}

/// An entry as the request body has it: exactly one of `ipAddress` and `cidrBlock` (built
/// with the generated builder, so that an optional field added to the spec needs no edit).
pub(super) fn request_entry(
    entry: &AccessListEntry,
) -> Result<types::UserAccessListRequest, Error> {
    Ok(match *entry {
        AccessListEntry::Address(address) => {
            let entry: types::AccessListIpAddress =
                built(types::AccessListIpAddress::builder().ip_address(address))?;
            entry.into()
        }
        AccessListEntry::Block(block) => {
            let entry: types::AccessListCidrBlock =
                built(types::AccessListCidrBlock::builder().cidr_block(block))?;
            entry.into()
        }
    })
}

/// A create that succeeded unexpectedly stops before the access list: the error says so.
pub(super) fn entries_not_added(error: Error) -> Error {
    match error {
        Error::UnexpectedSuccess {
            status,
            operation,
            reason,
            body,
        } => Error::UnexpectedSuccess {
            status,
            operation,
            reason: format!("{reason}; its access-list entries were not added"),
            body,
        },
        error => error,
    }
}

/// A key that was created, and why its entries were not added.
pub(super) fn half_done(key: types::ApiKey, org_id: String, error: Error) -> Error {
    Error::AccessListNotApplied {
        key: Box::new(key),
        org_id,
        error: Box::new(error),
    }
}
