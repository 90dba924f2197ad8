//! Organization API keys: create, list, get, update, delete (Atlas Admin API v2, and Ops
//! Manager's and Cloud Manager's own operations).

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::{Api, Product};
use super::validate::{self, description, non_empty, object_id};
use super::{Client, Deleted, Error, built};
use crate::AccessListEntry;
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createOrgApiKey",
    name: "create_org_api_key",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 200,
    creates_secret: true,
};
const CREATE_OPS_MANAGER: Operation = Operation {
    id: "createOpsManagerOrgApiKey",
    api: Api::Public,
    ..CREATE
};
const LIST: Operation = Operation {
    id: "listOrgApiKeys",
    name: "list_org_api_keys",
    method: Method::GET,
    api: Api::AtlasV2,
    success: 200,
    creates_secret: false,
};
const LIST_OPS_MANAGER: Operation = Operation {
    id: "listOpsManagerOrgApiKeys",
    api: Api::Public,
    ..LIST
};
const GET: Operation = Operation {
    id: "getOrgApiKey",
    name: "get_org_api_key",
    ..LIST
};
const GET_OPS_MANAGER: Operation = Operation {
    id: "getOpsManagerOrgApiKey",
    api: Api::Public,
    ..GET
};
const UPDATE: Operation = Operation {
    id: "updateOrgApiKey",
    name: "update_org_api_key",
    method: Method::PATCH,
    ..LIST
};
const UPDATE_OPS_MANAGER: Operation = Operation {
    id: "updateOpsManagerOrgApiKey",
    api: Api::Public,
    ..UPDATE
};
const DELETE: Operation = Operation {
    id: "deleteOrgApiKey",
    name: "delete_org_api_key",
    method: Method::DELETE,
    success: 204,
    ..LIST
};
/// Ops Manager answers a delete `200` with no body.
const DELETE_OPS_MANAGER: Operation = Operation {
    id: "deleteOpsManagerOrgApiKey",
    api: Api::Public,
    success: 200,
    ..DELETE
};

impl Client {
    /// Creates an organization API key with `roles` (at least one organization role; on
    /// Ops Manager, one of the roles it has: no billing, no stream processing).
    pub async fn create_org_api_key(
        &self,
        org_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::OrgRole],
    ) -> Result<types::ApiKey, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let desc = description(desc.as_ref())?;
        non_empty(roles, "organization", "ORG_MEMBER")?;
        let path = ["orgs", &org_id, "apiKeys"];
        if self.product() == Product::OpsManager {
            let roles: Vec<types::OpsManagerOrgRole> =
                validate::for_ops_manager(roles, "organization", "OpsManagerOrgRole")?;
            let body: types::CreateOpsManagerOrgApiKeyRequest = built(
                types::CreateOpsManagerOrgApiKeyRequest::builder()
                    .desc(desc)
                    .roles(roles),
            )?;
            return self.call(&CREATE_OPS_MANAGER, &path, Some(&body)).await;
        }
        let body: types::CreateOrgApiKeyRequest = built(
            types::CreateOrgApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.to_vec()),
        )?;
        self.call(&CREATE, &path, Some(&body)).await
    }

    /// [`Client::create_org_api_key`], then [`Client::add_access_list_entries`] for the new
    /// key: a key that works at once in an organization that requires an API access list.
    /// The entries are checked before anything is sent. When the key was created but the
    /// entries were not added, the error is [`Error::AccessListNotApplied`], which carries
    /// the key and its secret.
    pub async fn create_org_api_key_with_access_list(
        &self,
        org_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::OrgRole],
        entries: &[AccessListEntry],
    ) -> Result<types::ApiKey, Error> {
        validate::entries(entries)?;
        let key = self
            .create_org_api_key(org_id.as_ref(), desc, roles)
            .await
            .map_err(super::access_lists::entries_not_added)?;
        self.apply_access_list(key, org_id.as_ref().to_owned(), entries)
            .await
    }

    /// Every API key of the organization `org_id` (project keys included), page after page
    /// (500 a page, MongoDB's most), private keys masked.
    ///
    /// ```no_run
    /// # async fn run(client: mongodb_api_keys::Client) -> Result<(), mongodb_api_keys::Error> {
    /// use futures_util::TryStreamExt as _;
    ///
    /// let keys: Vec<_> = client.list_org_api_keys("5980cfc70b6d97029d82e3f6").try_collect().await?;
    /// for key in &keys {
    ///     println!("{} {}", key.public_key, key.desc);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_org_api_keys(&self, org_id: impl AsRef<str>) -> Items<types::ApiKey> {
        match object_id("organization", org_id.as_ref()) {
            Ok(org_id) => self.items(
                self.pick(&LIST, &LIST_OPS_MANAGER),
                vec!["orgs".into(), org_id.to_string(), "apiKeys".into()],
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// The API key `key_id` (its 24-hex `id`) of the organization `org_id`, its private key
    /// masked.
    pub async fn get_org_api_key(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
    ) -> Result<types::ApiKey, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        let path = ["orgs", &org_id, "apiKeys", &key_id];
        self.call(self.pick(&GET, &GET_OPS_MANAGER), &path, None::<&()>)
            .await
    }

    /// Changes the description, the organization roles (which replace the key's), or both,
    /// of the API key `key_id`; at least one. Answers the key as it is now.
    pub async fn update_org_api_key(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        desc: Option<&str>,
        roles: Option<&[types::OrgRole]>,
    ) -> Result<types::ApiKey, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        validate::some_change(desc, roles.map(<[_]>::len))?;
        let desc = desc.map(description).transpose()?;
        if let Some(roles) = roles {
            non_empty(roles, "organization", "ORG_MEMBER")?;
        }
        let path = ["orgs", &org_id, "apiKeys", &key_id];
        if self.product() == Product::OpsManager {
            let roles: Option<Vec<types::OpsManagerOrgRole>> = roles
                .map(|r| validate::for_ops_manager(r, "organization", "OpsManagerOrgRole"))
                .transpose()?;
            let body: types::UpdateOpsManagerOrgApiKeyRequest = built(
                types::UpdateOpsManagerOrgApiKeyRequest::builder()
                    .desc(desc)
                    .roles(roles.unwrap_or_default()),
            )?;
            return self.call(&UPDATE_OPS_MANAGER, &path, Some(&body)).await;
        }
        let body: types::UpdateOrgApiKeyRequest = built(
            types::UpdateOrgApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.map(<[_]>::to_vec).unwrap_or_default()),
        )?;
        self.call(&UPDATE, &path, Some(&body)).await
    }

    /// Deletes the API key `key_id` from the organization (and every project). A key that
    /// is already gone is [`Deleted::AlreadyGone`], not an error.
    pub async fn delete_org_api_key(
        &self,
        org_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        let path = ["orgs", &org_id, "apiKeys", &key_id];
        self.delete(self.pick(&DELETE, &DELETE_OPS_MANAGER), &path)
            .await
    }
}
