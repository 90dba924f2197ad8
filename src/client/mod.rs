//! The client: the generated operations plus digest authentication in one round trip,
//! envelope and pretty handling, typed errors and safe retries.
//!
//! ```
//! # #[cfg(not(feature = "emulator"))] fn main() {} // this example runs against the emulator
//! # #[cfg(feature = "emulator")]
//! # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = mongodb_api_keys::emulator::Emulator::start(Default::default()).await?;
//! # let f = emulator.fixtures();
//! # let (base_url, public_key, private_key) = (f.base_url.clone(), f.username.clone(), f.api_key.clone());
//! # let ops_manager_url = f.ops_manager_url.clone();
//! # let (org_id, project_id, user_id) = (f.org_id.clone(), f.project_id.clone(), f.user_id.clone());
//! use mongodb_api_keys::client::Client;
//! use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};
//!
//! // Client::atlas(...) or Client::from_env() for the real thing.
//! let client = Client::builder(&base_url).credentials(&public_key, &private_key).build()?;
//!
//! let org_key = client.create_org_api_key(&org_id, "CI deployer", &[OrgRole::OrgMember]).await?;
//! let project_key = client
//!     .create_project_api_key(&project_id, "read-only dashboards", &[ProjectRole::GroupReadOnly])
//!     .await?;
//! // Agent keys exist on Ops Manager (and Cloud Manager) only.
//! let ops_manager = Client::builder(&ops_manager_url).credentials(&public_key, &private_key).build()?;
//! let agent_key = ops_manager.create_agent_api_key(&project_id, "automation agents").await?;
//! #[allow(deprecated)]
//! let personal_key = client.create_user_api_key(&user_id, "legacy script").await?;
//!
//! // Shown once: store it now. Debug output never shows it.
//! assert_eq!(org_key.private_key.expose_secret().len(), 36);
//! assert!(!format!("{org_key:?}").contains(org_key.private_key.expose_secret()));
//! # let _ = (project_key, agent_key, personal_key);
//! # Ok(()) }
//! ```

mod config;
mod credentials;
mod error;
mod error_code;
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing;
mod hooks;
mod into_error;
mod known_secrets;
mod oauth;
mod redact;
mod response;
mod retry_after;
mod sessions;
mod transport;
mod validate;

pub use config::{ATLAS_BASE_URL, CLOUD_MANAGER_BASE_URL, ClientBuilder, RetryPolicy};
pub use credentials::{AccessToken, Credentials};
pub use error::{Error, Outcome};
pub use error_code::{ErrorCode, OtherCode};
pub use hooks::ClientState;
pub use redact::printable;
pub use validate::{parse_org_role, parse_project_role};

use crate::AccessListEntry;
use crate::generated::{self, types};
use validate::{description, non_empty, object_id};

/// A client for the five operations. The typed methods check their input before sending;
/// [`Client::api`] gives the generated builders, which go through the same hooks.
#[derive(Clone, Debug)]
pub struct Client {
    api: generated::Client,
}

impl Client {
    /// A builder for the API at `base_url`.
    pub fn builder(base_url: &str) -> ClientBuilder {
        ClientBuilder::new(base_url)
    }

    /// A client for Atlas with these credentials.
    pub fn atlas(public_key: &str, private_key: &str) -> Result<Client, Error> {
        ClientBuilder::atlas()
            .credentials(public_key, private_key)
            .build()
    }

    /// A client configured from the Atlas CLI / mongocli environment variables
    /// ([`ClientBuilder::from_env`]).
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env().build()
    }

    /// The service account's token the client holds now, if any: to keep for a later process
    /// ([`ClientBuilder::cached_token`]), as the CLI does.
    pub fn access_token(&self) -> Option<AccessToken> {
        progenitor_client::ClientInfo::inner(&self.api).access_token()
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(&self.api)
    }

    /// Whether calls go over plain `http://` to a host that is not this machine: their
    /// answers, the secrets of created keys among them, travel in clear. The CLI warns once
    /// when it is so.
    pub fn cleartext_remote(&self) -> bool {
        reqwest::Url::parse(self.base_url()).is_ok_and(|url| config::cleartext_remote(&url))
    }

    /// The token URL of a service account's client (`None` for other credentials).
    pub fn token_url(&self) -> Option<&str> {
        progenitor_client::ClientInfo::inner(&self.api).token_url()
    }

    /// The generated client: every operation as a builder, with digest, envelope, retries
    /// and tracing applied by the hooks.
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

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
        let call = self.api.create_org_api_key().org_id(org_id);
        finish_create(
            "create_org_api_key",
            call.body_map(|b| b.desc(desc).roles(roles.to_vec()))
                .send()
                .await,
        )
    }

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
        let call = self.api.create_project_api_key().group_id(project_id);
        finish_create(
            "create_project_api_key",
            call.body_map(|b| b.desc(desc).roles(roles.to_vec()))
                .send()
                .await,
        )
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
        let call = self.api.create_api_key_access_list_entries();
        finish(
            call.org_id(org_id)
                .api_user_id(key_id)
                .body(body)
                .send()
                .await,
        )
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
            .map_err(entries_not_added)?;
        self.apply_access_list(key, org_id.as_ref().to_owned(), entries)
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

    /// Adds `entries` to the created `key`; on failure the key goes back inside the error.
    async fn apply_access_list(
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

    /// Creates an agent API key for the project `project_id` (Ops Manager and Cloud Manager;
    /// Atlas has none).
    pub async fn create_agent_api_key(
        &self,
        project_id: impl AsRef<str>,
        desc: impl AsRef<str>,
    ) -> Result<types::AgentApiKey, Error> {
        let project_id = object_id("project", project_id.as_ref())?;
        let desc = desc.as_ref().to_owned();
        let call = self.api.create_agent_api_key().group_id(project_id);
        finish_create(
            "create_agent_api_key",
            call.body_map(|b| b.desc(desc)).send().await,
        )
    }

    /// Creates a personal API key for the user `user_id`; the credentials must be that user's.
    #[deprecated(
        note = "personal API keys are deprecated by MongoDB (Atlas stopped creating them in 2021); use create_org_api_key"
    )]
    pub async fn create_user_api_key(
        &self,
        user_id: impl AsRef<str>,
        description: impl AsRef<str>,
    ) -> Result<types::UserApiKey, Error> {
        let user_id = object_id("user", user_id.as_ref())?;
        let description = description.as_ref().to_owned();
        let call = self.api.create_user_api_key().user_id(user_id);
        finish_create(
            "create_user_api_key",
            call.body_map(|b| b.description(description)).send().await,
        )
    }
}

/// An entry as the request body has it: exactly one of `ipAddress` and `cidrBlock` (built
/// with the generated builder, so that an optional field added to the spec needs no edit).
fn request_entry(entry: &AccessListEntry) -> Result<types::UserAccessListRequest, Error> {
    let builder = types::UserAccessListRequest::builder();
    let builder = match *entry {
        AccessListEntry::Address(address) => builder.ip_address(Some(address)),
        AccessListEntry::Block(block) => builder.cidr_block(Some(block)),
    };
    builder
        .try_into()
        .map_err(|e: types::error::ConversionError| Error::Validation(e.to_string()))
}

/// A create that succeeded unexpectedly stops before the access list: the error says so.
fn entries_not_added(error: Error) -> Error {
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

fn half_done(key: types::ApiKey, org_id: String, error: Error) -> Error {
    Error::AccessListNotApplied {
        key: Box::new(key),
        org_id,
        error: Box::new(error),
    }
}

fn finish<T>(
    result: Result<generated::ResponseValue<T>, generated::Error<types::ApiError>>,
) -> Result<T, Error> {
    result
        .map(generated::ResponseValue::into_inner)
        .map_err(Error::from)
}

/// The operations whose success carries a shown-once secret.
const SECRET_CREATING: &[&str] = &[
    "create_org_api_key",
    "create_project_api_key",
    "create_agent_api_key",
    "create_user_api_key",
];

/// Whether `operation` (a generated method's name) creates a shown-once secret.
pub(crate) fn secret_creating(operation: &str) -> bool {
    SECRET_CREATING.contains(&operation)
}

/// [`finish`] for a call that creates a secret: any success the contract does not describe
/// (another 2xx, a body that does not decode) is [`Error::UnexpectedSuccess`], carrying the
/// answer whole, so that the created credential is never lost.
fn finish_create<T>(
    operation: &'static str,
    result: Result<generated::ResponseValue<T>, generated::Error<types::ApiError>>,
) -> Result<T, Error> {
    use progenitor_client::Error as E;
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(E::InvalidResponsePayload(bytes, e)) => Err(Error::unexpected_success(
            200,
            &bytes,
            e.to_string(),
            operation,
        )),
        Err(E::UnexpectedResponse(response)) if response.status().is_success() => {
            let status = response.status().as_u16();
            let body = response
                .extensions()
                .get::<response::Body>()
                .map(|b| b.0.clone())
                .unwrap_or_default();
            let reason = format!("HTTP {status}, where the contract says 200");
            Err(Error::unexpected_success(status, &body, reason, operation))
        }
        Err(error) => Err(Error::from(error)),
    }
}
