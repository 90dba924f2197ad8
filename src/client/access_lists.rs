//! The API access list of an organization API key.

use reqwest::Method;

use super::operation::Operation;
use super::product::Api;
use super::validate::{self, object_id};
use super::{Client, Error, built};
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

impl Client {
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
        let (org_id, key_id) = (org_id.to_string(), key_id.to_string());
        let path = ["orgs", &org_id, "apiKeys", &key_id, "accessList"];
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

/// An entry as the request body has it: exactly one of `ipAddress` and `cidrBlock` (built
/// with the generated builder, so that an optional field added to the spec needs no edit).
fn request_entry(entry: &AccessListEntry) -> Result<types::UserAccessListRequest, Error> {
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
