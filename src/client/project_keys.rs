//! Organization API keys assigned to a project.

use reqwest::Method;

use super::access_lists::{entries_not_added, half_done};
use super::operation::Operation;
use super::product::Api;
use super::validate::{self, description, non_empty, object_id};
use super::{Client, Error, built};
use crate::AccessListEntry;
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createGroupApiKey",
    name: "create_project_api_key",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 200,
    creates_secret: true,
};

/// The same operation on Ops Manager and Cloud Manager.
const CREATE_OPS_MANAGER: Operation = Operation {
    id: "createOpsManagerProjectApiKey",
    api: Api::Public,
    ..CREATE
};

impl Client {
    /// Creates an organization API key with project `roles` in the project `project_id`
    /// (MongoDB also makes it an `ORG_MEMBER` of the project's organization).
    pub async fn create_project_api_key(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::ProjectRole],
    ) -> Result<types::ApiKey, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let desc = description(desc.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::CreateProjectApiKeyRequest = built(
            types::CreateProjectApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.to_vec()),
        )?;
        let project_id = project_id.to_string();
        self.call(
            self.pick(&CREATE, &CREATE_OPS_MANAGER),
            &["groups", &project_id, "apiKeys"],
            Some(&body),
        )
        .await
    }

    /// [`Client::create_project_api_key`], then [`Client::add_access_list_entries`] for the
    /// new key (in the project's organization), as
    /// [`Client::create_org_api_key_with_access_list`] does.
    pub async fn create_project_api_key_with_access_list(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::ProjectRole],
        entries: &[AccessListEntry],
    ) -> Result<types::ApiKey, Error> {
        validate::entries(entries)?;
        let key = self
            .create_project_api_key(project_id, desc, roles)
            .await
            .map_err(entries_not_added)?;
        // MongoDB makes the new key a member of the project's organization.
        let org_id = key
            .roles
            .iter()
            .find_map(|role| role.org_id.as_ref().map(ToString::to_string));
        let Some(org_id) = org_id else {
            let error = Error::InvalidResponse {
                status: 200,
                reason: "the created key names no organization, so its access list cannot be added"
                    .into(),
                excerpt: String::new(),
            };
            return Err(half_done(key, String::new(), error));
        };
        self.apply_access_list(key, org_id, entries).await
    }
}
