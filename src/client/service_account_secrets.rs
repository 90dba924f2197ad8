//! A service account's secrets (create, delete) and API access list (add, list, remove), on
//! the Atlas Admin API v2 and Cloud Manager.

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::Api;
use super::service_accounts::{client_id, secret_hours};
use super::validate::{self, object_id};
use super::{Client, Deleted, Error, built};
use crate::AccessListEntry;
use crate::generated::types;

const CREATE_SECRET: Operation = Operation {
    id: "createOrgServiceAccountSecret",
    name: "create_service_account_secret",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 201,
    creates_secret: true,
};
const CREATE_SECRET_CLOUD_MANAGER: Operation = Operation {
    id: "createCloudManagerOrgServiceAccountSecret",
    api: Api::Public,
    ..CREATE_SECRET
};
const DELETE_SECRET: Operation = Operation {
    id: "deleteOrgServiceAccountSecret",
    name: "delete_service_account_secret",
    method: Method::DELETE,
    success: 204,
    creates_secret: false,
    ..CREATE_SECRET
};
/// Cloud Manager answers a delete `200` with no body.
const DELETE_SECRET_CLOUD_MANAGER: Operation = Operation {
    id: "deleteCloudManagerOrgServiceAccountSecret",
    api: Api::Public,
    success: 200,
    ..DELETE_SECRET
};
const LIST_ENTRIES: Operation = Operation {
    id: "listOrgServiceAccountAccessList",
    name: "list_service_account_access_list",
    method: Method::GET,
    success: 200,
    ..DELETE_SECRET
};
const LIST_ENTRIES_CLOUD_MANAGER: Operation = Operation {
    id: "listCloudManagerOrgServiceAccountAccessList",
    api: Api::Public,
    ..LIST_ENTRIES
};
const ADD_ENTRIES: Operation = Operation {
    id: "createOrgServiceAccountAccessList",
    name: "add_service_account_access_list_entries",
    method: Method::POST,
    ..LIST_ENTRIES
};
const ADD_ENTRIES_CLOUD_MANAGER: Operation = Operation {
    id: "createCloudManagerOrgServiceAccountAccessList",
    api: Api::Public,
    ..ADD_ENTRIES
};
const DELETE_ENTRY: Operation = Operation {
    id: "deleteOrgServiceAccountAccessListEntry",
    name: "delete_service_account_access_list_entry",
    ..DELETE_SECRET
};
const DELETE_ENTRY_CLOUD_MANAGER: Operation = Operation {
    id: "deleteCloudManagerOrgServiceAccountAccessListEntry",
    ..DELETE_SECRET_CLOUD_MANAGER
};

/// MongoDB's most entries in one request to a service account's access list.
const MOST_ENTRIES_A_REQUEST: usize = 200;

/// `orgs/ORG/serviceAccounts/CLIENT_ID` and what follows.
fn account_path(org_id: &str, client_id: &str, rest: &[&str]) -> Vec<String> {
    let mut path: Vec<String> = ["orgs", org_id, "serviceAccounts", client_id]
        .map(str::to_owned)
        .into();
    path.extend(rest.iter().map(|s| (*s).to_owned()));
    path
}

impl Client {
    /// A new secret for the service account `client_id`, living `hours` hours (8 to 8,760
    /// on Atlas, 8,766 on Cloud Manager). The answer holds it, shown this once (`secret`).
    /// MongoDB keeps at most two secrets per service account, and a new one cuts the
    /// lifetime of the others to seven days at most.
    pub async fn create_service_account_secret(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        hours: u32,
    ) -> Result<types::ServiceAccountSecret, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let hours = secret_hours(self, hours)?;
        let path = account_path(&org_id, &client_id, &["secrets"]);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        if self.product() == super::Product::OpsManager {
            let body: types::CloudManagerServiceAccountSecretRequest = built(
                types::CloudManagerServiceAccountSecretRequest::builder()
                    .secret_expires_after_hours(hours),
            )?;
            return self
                .call(&CREATE_SECRET_CLOUD_MANAGER, &path, Some(&body))
                .await;
        }
        let body: types::ServiceAccountSecretRequest =
            built(types::ServiceAccountSecretRequest::builder().secret_expires_after_hours(hours))?;
        self.call(&CREATE_SECRET, &path, Some(&body)).await
    }

    /// Deletes the secret `secret_id` (its 24-hex `id`) of the service account `client_id`;
    /// the tokens it obtained stop working. One already gone is [`Deleted::AlreadyGone`].
    pub async fn delete_service_account_secret(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        secret_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let secret_id = object_id("secret", secret_id.as_ref())?.to_string();
        let path = account_path(&org_id, &client_id, &["secrets", &secret_id]);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let operation = self.pick(&DELETE_SECRET, &DELETE_SECRET_CLOUD_MANAGER);
        self.delete(operation, &path).await
    }

    /// Every entry of the API access list of the service account `client_id`.
    pub fn list_service_account_access_list(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Items<types::ServiceAccountIpAccessListEntry> {
        let ids = object_id("organization", org_id.as_ref())
            .and_then(|org| Ok((org, self::client_id(client_id.as_ref())?)));
        match ids {
            Ok((org_id, client_id)) => self.items(
                self.pick(&LIST_ENTRIES, &LIST_ENTRIES_CLOUD_MANAGER),
                account_path(org_id.as_ref(), &client_id, &["accessList"]),
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// Adds `entries` (at most 200, MongoDB's most in one request) to the API access list of
    /// the service account `client_id`; answers its list (first page).
    pub async fn add_service_account_access_list_entries(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        entries: &[AccessListEntry],
    ) -> Result<types::PaginatedServiceAccountIpAccessListEntries, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        validate::entries(entries)?;
        if entries.len() > MOST_ENTRIES_A_REQUEST {
            return Err(Error::Validation(format!(
                "{} access-list entries in one request; MongoDB takes at most \
                 {MOST_ENTRIES_A_REQUEST}: add them in several calls",
                entries.len()
            )));
        }
        let body = entries
            .iter()
            .map(super::access_lists::request_entry)
            .collect::<Result<Vec<_>, _>>()?;
        let path = account_path(&org_id, &client_id, &["accessList"]);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let operation = self.pick(&ADD_ENTRIES, &ADD_ENTRIES_CLOUD_MANAGER);
        self.call(operation, &path, Some(&body)).await
    }

    /// Removes `entry` from the API access list of the service account `client_id`. An
    /// entry that is not there is [`Deleted::AlreadyGone`].
    pub async fn delete_service_account_access_list_entry(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        entry: &AccessListEntry,
    ) -> Result<Deleted, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let entry = entry.to_string();
        let path = account_path(&org_id, &client_id, &["accessList", &entry]);
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let operation = self.pick(&DELETE_ENTRY, &DELETE_ENTRY_CLOUD_MANAGER);
        self.delete(operation, &path).await
    }
}
