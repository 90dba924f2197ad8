//! A project's service accounts (Atlas Admin API v2 only): create one in the project, assign
//! an organization's service account with project roles, list, get, unassign.

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::Api;
use super::service_accounts::{client_id, description, name, secret_hours};
use super::validate::{non_empty, object_id};
use super::{Client, Deleted, Error, built};
use crate::generated::types;

const CREATE: Operation = Operation {
    id: "createGroupServiceAccount",
    name: "create_project_service_account",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 201,
    creates_secret: true,
};
const LIST: Operation = Operation {
    id: "listGroupServiceAccounts",
    name: "list_project_service_accounts",
    method: Method::GET,
    success: 200,
    creates_secret: false,
    ..CREATE
};
const GET: Operation = Operation {
    id: "getGroupServiceAccount",
    name: "get_project_service_account",
    ..LIST
};
const ASSIGN: Operation = Operation {
    id: "inviteGroupServiceAccount",
    name: "assign_service_account_to_project",
    method: Method::POST,
    ..LIST
};
const UNASSIGN: Operation = Operation {
    id: "deleteGroupServiceAccount",
    name: "unassign_service_account_from_project",
    method: Method::DELETE,
    success: 204,
    ..LIST
};

impl Client {
    /// Creates a service account in the organization of the project `project_id`, assigned
    /// to that project with `roles` (project roles), with its first secret, which lives
    /// `secret_hours` hours. The answer holds the secret, shown this once.
    pub async fn create_project_service_account(
        &self,
        project_id: impl AsRef<str>,
        account_name: &str,
        account_description: &str,
        roles: &[types::ProjectRole],
        secret_hours: u32,
    ) -> Result<types::GroupServiceAccount, Error> {
        let project_id = object_id("project", project_id.as_ref())?.to_string();
        let hours = self::secret_hours(self, secret_hours)?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::GroupServiceAccountRequest = built(
            types::GroupServiceAccountRequest::builder()
                .name(name(account_name)?)
                .description(description(account_description)?)
                .roles(roles.to_vec())
                .secret_expires_after_hours(hours),
        )?;
        let path = ["groups", &project_id, "serviceAccounts"];
        self.call(&CREATE, &path, Some(&body)).await
    }

    /// Assigns the organization's service account `client_id` to the project `project_id`
    /// with `roles` (MongoDB's `:invite`).
    pub async fn assign_service_account_to_project(
        &self,
        project_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        roles: &[types::ProjectRole],
    ) -> Result<types::GroupServiceAccount, Error> {
        let project_id = object_id("project", project_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body: types::GroupServiceAccountRoleAssignment =
            built(types::GroupServiceAccountRoleAssignment::builder().roles(roles.to_vec()))?;
        let invite = format!("{}:invite", &*client_id);
        let path = ["groups", &project_id, "serviceAccounts", &invite];
        self.call(&ASSIGN, &path, Some(&body)).await
    }

    /// Every service account assigned to the project `project_id`, page after page.
    pub fn list_project_service_accounts(
        &self,
        project_id: impl AsRef<str>,
    ) -> Items<types::GroupServiceAccount> {
        match object_id("project", project_id.as_ref()) {
            Ok(project_id) => self.items(
                &LIST,
                vec![
                    "groups".into(),
                    project_id.to_string(),
                    "serviceAccounts".into(),
                ],
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// The service account `client_id` as the project `project_id` has it (its project
    /// roles), secrets masked.
    pub async fn get_project_service_account(
        &self,
        project_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Result<types::GroupServiceAccount, Error> {
        let project_id = object_id("project", project_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let path = ["groups", &project_id, "serviceAccounts", &client_id];
        self.call(&GET, &path, None::<&()>).await
    }

    /// Removes the service account `client_id` from the project `project_id`; it stays in
    /// the organization, its secrets working. One not assigned is [`Deleted::AlreadyGone`].
    pub async fn unassign_service_account_from_project(
        &self,
        project_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let project_id = object_id("project", project_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let path = ["groups", &project_id, "serviceAccounts", &client_id];
        self.delete(&UNASSIGN, &path).await
    }
}
