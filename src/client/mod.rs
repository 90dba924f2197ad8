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

mod access_lists;
mod agent_keys;
mod config;
mod credentials;
mod decode;
mod error;
mod error_code;
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing;
mod known_secrets;
mod oauth;
mod operation;
mod org_keys;
mod pages;
mod pipeline;
mod product;
mod project_keys;
mod project_service_accounts;
mod redact;
mod response;
mod retry_after;
mod service_account_secrets;
mod service_accounts;
mod sessions;
mod transport;
mod user_keys;
mod validate;

use std::sync::Arc;

use serde::Serialize;
use serde::de::DeserializeOwned;

pub use config::{ATLAS_BASE_URL, CLOUD_MANAGER_BASE_URL, ClientBuilder, RetryPolicy};
pub use credentials::{AccessToken, Credentials};
pub use error::{Error, Outcome};
pub use error_code::{ErrorCode, OtherCode};
pub use pages::Items;
pub use product::{Deprecation, Product};
pub use redact::printable;
pub use validate::{
    parse_ops_manager_org_role, parse_ops_manager_project_role, parse_org_role, parse_project_role,
};

use operation::Operation;
use pipeline::Pipeline;
use product::Root;

/// A client for MongoDB's API-key operations. Every typed method checks its input before
/// sending, authenticates (digest in one round trip, or a service account's bearer token),
/// masks the secrets it holds in whatever comes back, and returns the contract's types or an
/// [`Error`] that says what happened on the server. Cheap to clone: clones share the
/// connection pool, the digest sessions and the token.
#[derive(Clone, Debug)]
pub struct Client {
    base_url: Arc<str>,
    /// Where operations go, from the base URL, parsed once.
    root: Root,
    pipeline: Arc<Pipeline>,
    /// How it was built, without its credentials: for a client of other credentials.
    settings: Arc<ClientBuilder>,
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

    pub(crate) fn new(base: reqwest::Url, pipeline: Pipeline, settings: ClientBuilder) -> Client {
        Client {
            base_url: Arc::from(base.as_str().trim_end_matches('/')),
            root: Root::of(&base),
            pipeline: Arc::new(pipeline),
            settings: Arc::new(settings),
        }
    }

    /// The service account's token the client holds now, if any: to keep for a later process
    /// ([`ClientBuilder::cached_token`]), as the CLI does.
    pub fn access_token(&self) -> Option<AccessToken> {
        self.pipeline.access_token()
    }

    /// The base URL the client was built with.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The product the base URL names: Atlas, or Ops Manager (and Cloud Manager).
    pub fn product(&self) -> Product {
        self.root.product
    }

    /// Whether calls go over plain `http://` to a host that is not this machine: their
    /// answers, the secrets of created keys among them, travel in clear. The CLI warns once
    /// when it is so.
    pub fn cleartext_remote(&self) -> bool {
        reqwest::Url::parse(self.base_url()).is_ok_and(|url| config::cleartext_remote(&url))
    }

    /// What MongoDB said of the version of a resource this client called (its `Deprecation`
    /// and `Sunset` headers), if it said anything.
    pub fn deprecation(&self) -> Option<&Deprecation> {
        self.pipeline.deprecation()
    }

    /// The time the server's last answer said it was (its `Date` header): what to decide
    /// expiry by (a secret's `expiresAt` is the server's time), whatever this machine's clock
    /// says. `None` before any answer, or when the server sent no readable `Date`.
    pub fn server_time(&self) -> Option<std::time::SystemTime> {
        self.pipeline.server_time()
    }

    /// The token URL of a service account's client (`None` for other credentials).
    pub fn token_url(&self) -> Option<&str> {
        self.pipeline.token_url()
    }

    /// The operation of this client's product: `atlas` or `ops_manager`.
    fn pick<'a>(&self, atlas: &'a Operation, ops_manager: &'a Operation) -> &'a Operation {
        match self.root.product {
            Product::Atlas => atlas,
            Product::OpsManager => ops_manager,
        }
    }

    /// Sends `operation`'s request (at the `path` segments under the base URL, with `query`
    /// and a JSON `body`) through the pipeline.
    async fn send(
        &self,
        operation: &Operation,
        path: &[&str],
        query: &[(&str, String)],
        body: Option<&impl Serialize>,
    ) -> Result<response::Answer, Error> {
        if !operation.served_by(self.root.product) {
            return Err(self.not_served(operation));
        }
        let request = operation::request(operation, &self.root, path, query, body)?;
        self.pipeline.call(operation, request).await
    }

    /// Calls `operation` and decodes its success.
    async fn call<T: DeserializeOwned>(
        &self,
        operation: &Operation,
        path: &[&str],
        body: Option<&impl Serialize>,
    ) -> Result<T, Error> {
        let answer = self.send(operation, path, &[], body).await?;
        decode::value(operation, answer)
    }

    /// Calls a delete `operation`: a thing that is already gone is said so, not an error.
    async fn delete(&self, operation: &Operation, path: &[&str]) -> Result<Deleted, Error> {
        let answer = self.send(operation, path, &[], None::<&()>).await?;
        match decode::empty(operation, answer) {
            Ok(()) => Ok(Deleted::Deleted),
            Err(error) if gone(&error) => Ok(Deleted::AlreadyGone),
            Err(error) => Err(error),
        }
    }

    /// Why `operation` cannot be sent from this client.
    fn not_served(&self, operation: &Operation) -> Error {
        let (this, theirs) = match self.root.product {
            Product::Atlas => ("Atlas", "Ops Manager and Cloud Manager"),
            Product::OpsManager => ("Ops Manager and Cloud Manager", "Atlas"),
        };
        Error::Validation(format!(
            "{} is an operation of {theirs} only, and the base URL {} is {this}'s; for \
             {theirs}, give its URL (Ops Manager: --ops-manager-url; Cloud Manager: \
             --cloud-manager; Atlas: https://cloud.mongodb.com)",
            operation.name,
            printable(&self.base_url)
        ))
    }
}

/// What a delete did: deleted the thing, or found it already gone (deleted earlier, by
/// this client or another). Either way it is gone now; `AlreadyGone` tells a caller that
/// retries, or a script that cleans up, that this call changed nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Deleted {
    /// This call deleted it.
    Deleted,
    /// It was not there (a `404` saying the key, entry or agent key does not exist).
    AlreadyGone,
}

/// Whether `error` says that what a delete named does not exist (and only that: an unknown
/// organization or project is an error).
fn gone(error: &Error) -> bool {
    matches!(
        error,
        Error::Api { status: 404, error_code: Some(code), .. }
            if matches!(
                code.as_str(),
                "API_KEY_NOT_FOUND"
                    | "ACCESS_LIST_ENTRY_NOT_FOUND"
                    | "AGENT_API_KEY_NOT_FOUND"
                    | "RESOURCE_NOT_FOUND"
            )
    )
}

/// A generated body built with its builder, or why not (a value its schema refuses).
fn built<B, T>(builder: B) -> Result<T, Error>
where
    B: TryInto<T, Error = crate::generated::types::error::ConversionError>,
{
    builder
        .try_into()
        .map_err(|e| Error::Validation(e.to_string()))
}
