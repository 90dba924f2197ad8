//! An organization's service accounts: create (with a first secret), list, get, update,
//! delete (Atlas Admin API v2, and Cloud Manager's own operations; Ops Manager has none), and
//! a client authenticated as one (`Client::as_service_account`).

use reqwest::Method;

use super::operation::Operation;
use super::pages::Items;
use super::product::{Api, Product};
use super::validate::{self, non_empty, object_id};
use super::{Client, Credentials, Deleted, Error, built};
use crate::generated::types;
use crate::service_account::{
    CloudManagerServiceAccountName, ServiceAccountClientId, ServiceAccountDescription,
    ServiceAccountName,
};

const CREATE: Operation = Operation {
    id: "createOrgServiceAccount",
    name: "create_service_account",
    method: Method::POST,
    api: Api::AtlasV2,
    success: 201,
    creates_secret: true,
};
const CREATE_CLOUD_MANAGER: Operation = Operation {
    id: "createCloudManagerOrgServiceAccount",
    api: Api::Public,
    ..CREATE
};
const LIST: Operation = Operation {
    id: "listOrgServiceAccounts",
    name: "list_service_accounts",
    method: Method::GET,
    success: 200,
    creates_secret: false,
    ..CREATE
};
const LIST_CLOUD_MANAGER: Operation = Operation {
    id: "listCloudManagerOrgServiceAccounts",
    api: Api::Public,
    ..LIST
};
const GET: Operation = Operation {
    id: "getOrgServiceAccount",
    name: "get_service_account",
    ..LIST
};
const GET_CLOUD_MANAGER: Operation = Operation {
    id: "getCloudManagerOrgServiceAccount",
    api: Api::Public,
    ..GET
};
const UPDATE: Operation = Operation {
    id: "updateOrgServiceAccount",
    name: "update_service_account",
    method: Method::PATCH,
    ..LIST
};
const UPDATE_CLOUD_MANAGER: Operation = Operation {
    id: "updateCloudManagerOrgServiceAccount",
    api: Api::Public,
    ..UPDATE
};
const DELETE: Operation = Operation {
    id: "deleteOrgServiceAccount",
    name: "delete_service_account",
    method: Method::DELETE,
    success: 204,
    ..LIST
};
/// Cloud Manager answers a delete `200` with no body.
const DELETE_CLOUD_MANAGER: Operation = Operation {
    id: "deleteCloudManagerOrgServiceAccount",
    api: Api::Public,
    success: 200,
    ..DELETE
};
const PROJECTS: Operation = Operation {
    id: "getOrgServiceAccountGroups",
    name: "list_service_account_projects",
    ..LIST
};

/// The lifetimes a secret may be given, in hours: Atlas's (8 hours to 365 days) and Cloud
/// Manager's (8 hours to 366 days).
pub(super) fn secret_hours(client: &Client, hours: u32) -> Result<i32, Error> {
    let most = match client.product() {
        Product::Atlas => 8_760,
        Product::OpsManager => 8_766,
    };
    if !(8..=most).contains(&hours) {
        return Err(Error::Validation(format!(
            "a secret lives 8 to {most} hours; {hours} is out of range (e.g. 720, 30 days)"
        )));
    }
    Ok(hours as i32)
}

/// A client ID, checked: `mdb_sa_id_` and 24 hexadecimal digits.
pub(super) fn client_id(id: &str) -> Result<ServiceAccountClientId, Error> {
    id.parse().map_err(|e| {
        Error::Validation(format!(
            "{:?} is not a service account's client ID ({e}); expected e.g. \
             mdb_sa_id_6657d8f2c5e9a13b7a2d4e1f",
            super::printable(id)
        ))
    })
}

pub(super) fn name(name: &str) -> Result<ServiceAccountName, Error> {
    name.parse()
        .map_err(|e| Error::Validation(format!("service account name: {e}")))
}

fn cloud_manager_name(name: &str) -> Result<CloudManagerServiceAccountName, Error> {
    name.parse()
        .map_err(|e| Error::Validation(format!("service account name: {e}")))
}

pub(super) fn description(text: &str) -> Result<ServiceAccountDescription, Error> {
    text.parse()
        .map_err(|e| Error::Validation(format!("service account description: {e}")))
}

impl Client {
    /// Creates a service account in the organization `org_id` with `roles` (at least one
    /// organization role) and its first secret, which lives `secret_hours` hours (8 to
    /// 8,760 on Atlas, 8,766 on Cloud Manager). The answer holds the secret, shown this
    /// once (`secrets[0].secret`); [`Client::as_service_account`] makes a client of it.
    pub async fn create_service_account(
        &self,
        org_id: impl AsRef<str>,
        account_name: &str,
        account_description: &str,
        roles: &[types::OrgRole],
        secret_hours: u32,
    ) -> Result<types::OrgServiceAccount, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let hours = self::secret_hours(self, secret_hours)?;
        let description = description(account_description)?;
        non_empty(roles, "organization", "ORG_MEMBER")?;
        let path = ["orgs", &org_id, "serviceAccounts"];
        if self.product() == Product::OpsManager {
            let roles: Vec<types::CloudManagerOrgRole> =
                validate::for_ops_manager(roles, "organization", "CloudManagerOrgRole")?;
            let body: types::CloudManagerOrgServiceAccountRequest = built(
                types::CloudManagerOrgServiceAccountRequest::builder()
                    .name(cloud_manager_name(account_name)?)
                    .description(description)
                    .roles(roles)
                    .secret_expires_after_hours(hours),
            )?;
            return self.call(&CREATE_CLOUD_MANAGER, &path, Some(&body)).await;
        }
        let body: types::OrgServiceAccountRequest = built(
            types::OrgServiceAccountRequest::builder()
                .name(name(account_name)?)
                .description(description)
                .roles(roles.to_vec())
                .secret_expires_after_hours(hours),
        )?;
        self.call(&CREATE, &path, Some(&body)).await
    }

    /// Every service account of the organization `org_id`, page after page; secrets masked
    /// (`maskedSecretValue`), never shown.
    pub fn list_service_accounts(
        &self,
        org_id: impl AsRef<str>,
    ) -> Items<types::OrgServiceAccount> {
        match object_id("organization", org_id.as_ref()) {
            Ok(org_id) => self.items(
                self.pick(&LIST, &LIST_CLOUD_MANAGER),
                vec!["orgs".into(), org_id.to_string(), "serviceAccounts".into()],
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// The service account `client_id` of the organization `org_id`, its secrets masked.
    pub async fn get_service_account(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Result<types::OrgServiceAccount, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let path = ["orgs", &org_id, "serviceAccounts", &client_id];
        self.call(self.pick(&GET, &GET_CLOUD_MANAGER), &path, None::<&()>)
            .await
    }

    /// Changes the name, the description, the organization roles (which replace its own),
    /// or any of them, of the service account `client_id`; at least one.
    pub async fn update_service_account(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
        account_name: Option<&str>,
        account_description: Option<&str>,
        roles: Option<&[types::OrgRole]>,
    ) -> Result<types::OrgServiceAccount, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        if account_name.is_none() && account_description.is_none() && roles.is_none() {
            return Err(Error::Validation(
                "nothing to update: give a new name, description, roles, or several".into(),
            ));
        }
        if let Some(roles) = roles {
            non_empty(roles, "organization", "ORG_MEMBER")?;
        }
        let description = account_description.map(description).transpose()?;
        let path = ["orgs", &org_id, "serviceAccounts", &client_id];
        if self.product() == Product::OpsManager {
            let roles: Option<Vec<types::CloudManagerOrgRole>> = roles
                .map(|r| validate::for_ops_manager(r, "organization", "CloudManagerOrgRole"))
                .transpose()?;
            let body: types::CloudManagerOrgServiceAccountUpdateRequest = built(
                types::CloudManagerOrgServiceAccountUpdateRequest::builder()
                    .name(account_name.map(cloud_manager_name).transpose()?)
                    .description(description)
                    .roles(roles.unwrap_or_default()),
            )?;
            return self.call(&UPDATE_CLOUD_MANAGER, &path, Some(&body)).await;
        }
        let body: types::OrgServiceAccountUpdateRequest = built(
            types::OrgServiceAccountUpdateRequest::builder()
                .name(account_name.map(name).transpose()?)
                .description(description)
                .roles(roles.map(<[_]>::to_vec).unwrap_or_default()),
        )?;
        self.call(&UPDATE, &path, Some(&body)).await
    }

    /// Deletes the service account `client_id` (from the organization and every project),
    /// its secrets and access list; its tokens stop working at once. One already gone is
    /// [`Deleted::AlreadyGone`], not an error.
    pub async fn delete_service_account(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Result<Deleted, Error> {
        let org_id = object_id("organization", org_id.as_ref())?.to_string();
        let client_id = self::client_id(client_id.as_ref())?;
        let path = ["orgs", &org_id, "serviceAccounts", &client_id];
        self.delete(self.pick(&DELETE, &DELETE_CLOUD_MANAGER), &path)
            .await
    }

    /// The projects the service account `client_id` is assigned to, with its roles in each
    /// (Atlas only).
    pub fn list_service_account_projects(
        &self,
        org_id: impl AsRef<str>,
        client_id: impl AsRef<str>,
    ) -> Items<types::ServiceAccountGroup> {
        let ids = object_id("organization", org_id.as_ref())
            .and_then(|org| Ok((org, self::client_id(client_id.as_ref())?)));
        match ids {
            Ok((org_id, client_id)) => self.items(
                &PROJECTS,
                [
                    "orgs",
                    org_id.as_ref(),
                    "serviceAccounts",
                    &client_id,
                    "groups",
                ]
                .map(str::to_owned)
                .into(),
            ),
            Err(error) => super::pages::failed(error),
        }
    }

    /// A client with this one's settings (base URL, TLS, proxy, timeouts, retries, limits)
    /// that authenticates as the service account `account` just created, with the secret its
    /// creation showed: from "created" to calls made as it, in one step.
    ///
    /// ```no_run
    /// # async fn run(client: mongodb_api_keys::Client) -> Result<(), mongodb_api_keys::Error> {
    /// use mongodb_api_keys::OrgRole;
    ///
    /// let org = "5980cfc70b6d97029d82e3f6";
    /// let account = client
    ///     .create_service_account(org, "deployer", "CI deployer", &[OrgRole::OrgMember], 720)
    ///     .await?;
    /// let as_it = client.as_service_account(&account)?;
    /// let itself = as_it.get_service_account(org, &*account.client_id).await?;
    /// # Ok(()) }
    /// ```
    ///
    /// An account read back (get, list) carries no secret: that is
    /// [`Error::Validation`], saying to use [`Client::as_service_account_with`].
    pub fn as_service_account(&self, account: &types::OrgServiceAccount) -> Result<Client, Error> {
        let secret = account
            .secrets
            .iter()
            .find_map(|s| s.secret.as_ref())
            .ok_or_else(|| {
                Error::Validation(format!(
                    "service account {} carries no secret (only the answer that creates it, or \
                     a new secret, shows one); use as_service_account_with(client_id, secret)",
                    &*account.client_id
                ))
            })?;
        self.as_service_account_with(&account.client_id, secret.expose_secret())
    }

    /// A client with this one's settings that authenticates as the service account
    /// `client_id` with `secret` (one [`Client::create_service_account_secret`] answered).
    pub fn as_service_account_with(&self, client_id: &str, secret: &str) -> Result<Client, Error> {
        let client_id = self::client_id(client_id)?;
        (*self.settings)
            .clone()
            .with_credentials(Credentials::service_account(client_id.to_string(), secret))
            .build()
    }
}
