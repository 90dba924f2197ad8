//! Organization API keys.

use reqwest::Method;

use super::operation::Operation;
use super::product::Api;
use super::validate::{self, description, non_empty, object_id};
use super::{Client, Error, built};
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

/// The same operation on Ops Manager and Cloud Manager.
const CREATE_OPS_MANAGER: Operation = Operation {
    id: "createOpsManagerOrgApiKey",
    api: Api::Public,
    ..CREATE
};

impl Client {
    /// Creates an organization API key with `roles` (at least one organization role).
    pub async fn create_org_api_key(
        &self,
        org_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::OrgRole],
    ) -> Result<types::ApiKey, Error> {
        let org_id = object_id("organization", org_id.as_ref())?;
        let desc = description(desc.as_ref())?;
        non_empty(roles, "organization", "ORG_MEMBER")?;
        let body: types::CreateOrgApiKeyRequest = built(
            types::CreateOrgApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.to_vec()),
        )?;
        let org_id = org_id.to_string();
        self.call(
            self.pick(&CREATE, &CREATE_OPS_MANAGER),
            &["orgs", &org_id, "apiKeys"],
            Some(&body),
        )
        .await
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
}
