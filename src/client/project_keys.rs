//! Organization API keys and projects: create a key in a project, list a project's keys,
//! assign an existing key, change its roles there, unassign it (Atlas Admin API v2; Ops
//! Manager's and Cloud Manager's create).

use reqwest::Method;

use super::access_lists::{entries_not_added, half_done};
use super::operation::Operation;
use super::pages::Items;
use super::product::{Api, Product};
use super::validate::{self, description, non_empty, object_id};
use super::{Client, Deleted, Error, built};
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
const CREATE_OPS_MANAGER: Operation = Operation {
    id: "createOpsManagerProjectApiKey",
    name: "create_ops_manager_project_api_key",
    api: Api::Public,
    ..CREATE
};
const LIST: Operation = Operation {
    id: "listGroupApiKeys",
    name: "list_project_api_keys",
    method: Method::GET,
    creates_secret: false,
    ..CREATE
};
const ASSIGN: Operation = Operation {
    id: "addGroupApiKey",
    name: "assign_api_key_to_project",
    method: Method::POST,
    success: 204,
    ..LIST
};
const UPDATE_ROLES: Operation = Operation {
    id: "updateGroupApiKeyRoles",
    name: "update_project_api_key_roles",
    method: Method::PATCH,
    ..LIST
};
const UNASSIGN: Operation = Operation {
    id: "removeGroupApiKey",
    name: "unassign_api_key_from_project",
    method: Method::DELETE,
    success: 204,
    ..LIST
};

impl Client {
    /// Creates an organization API key with project `roles` in the project `project_id`
    /// (MongoDB also makes it an `ORG_MEMBER` of the project's organization). On Ops Manager
    /// the roles must be ones it has; its own (`GROUP_AUTOMATION_ADMIN`, ...) go through
    /// [`Client::create_ops_manager_project_api_key`].
    pub async fn create_project_api_key(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::ProjectRole],
    ) -> Result<types::ApiKey, Error> {
        if self.product() == Product::OpsManager {
            let roles: Vec<types::OpsManagerProjectRole> =
                validate::for_ops_manager(roles, "project", "OpsManagerProjectRole")?;
            return self
                .create_ops_manager_project_api_key(project_id, desc, &roles)
                .await;
        }
        let project_id = object_id("project", project_id.as_ref())?;
        let desc = description(desc.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::CreateProjectApiKeyRequest = built(
            types::CreateProjectApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.to_vec()),
        )?;
        let path = ["groups", &project_id, "apiKeys"];
        self.call(&CREATE, &path, Some(&body)).await
    }

    /// [`Client::create_project_api_key`] with Ops Manager's project roles (Ops Manager and
    /// Cloud Manager only).
    pub async fn create_ops_manager_project_api_key(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
        roles: &[types::OpsManagerProjectRole],
    ) -> Result<types::ApiKey, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let desc = description(desc.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::CreateOpsManagerProjectApiKeyRequest = built(
            types::CreateOpsManagerProjectApiKeyRequest::builder()
                .desc(desc)
                .roles(roles.to_vec()),
        )?;
        let path = ["groups", &project_id, "apiKeys"];
        self.call(&CREATE_OPS_MANAGER, &path, Some(&body)).await
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

    /// Every API key assigned to the project `project_id`, page after page, private keys
    /// masked (Atlas).
    pub fn list_project_api_keys(&self, project_id: impl AsRef<str>) -> Items<types::ApiKey> {
        match object_id("project", project_id.as_ref()) {
            Ok(id) => self.items(
                &LIST,
                vec!["groups".into(), id.to_string(), "apiKeys".into()],
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// Assigns the organization API key `key_id` to the project `project_id` with `roles`
    /// (Atlas).
    pub async fn assign_api_key_to_project(
        &self,
        project_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        roles: &[types::ProjectRole],
    ) -> Result<(), Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let assignment: types::ProjectRoleAssignment =
            built(types::ProjectRoleAssignment::builder().roles(roles.to_vec()))?;
        let path = ["groups", &project_id, "apiKeys", &key_id];
        let answer = self.send(&ASSIGN, &path, &[], Some(&[assignment])).await?;
        super::decode::empty(&ASSIGN, answer)
    }

    /// Replaces the roles of the API key `key_id` in the project `project_id` (roles not
    /// given are revoked there) and answers the key as it is now (Atlas).
    pub async fn update_project_api_key_roles(
        &self,
        project_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
        roles: &[types::ProjectRole],
    ) -> Result<types::ApiKey, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::UpdateProjectApiKeyRequest =
            built(types::UpdateProjectApiKeyRequest::builder().roles(roles.to_vec()))?;
        let path = ["groups", &project_id, "apiKeys", &key_id];
        self.call(&UPDATE_ROLES, &path, Some(&body)).await
    }

    /// Unassigns the API key `key_id` from the project `project_id`: its roles there are
    /// revoked, the key stays in the organization (Atlas). A key not assigned (or gone) is
    /// [`Deleted::AlreadyGone`].
    pub async fn unassign_api_key_from_project(
        &self,
        project_id: impl AsRef<str>,
        key_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let key_id = validate::key_id(key_id.as_ref())?;
        let path = ["groups", &project_id, "apiKeys", &key_id];
        self.delete(&UNASSIGN, &path).await
    }
}
