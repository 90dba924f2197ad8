//! The client: the generated operations plus digest authentication in one round trip,
//! envelope and pretty handling, typed errors and safe retries.
//!
//! ```
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

mod error;
mod hooks;

use std::fmt;
use std::time::Duration;

use secrecy::SecretString;

pub use error::Error;
pub use hooks::ClientState;

use crate::generated::{self, types};

/// The public and private key of a programmatic API key (or a user name and personal API
/// key). `Debug` never shows the private key.
#[derive(Clone)]
pub struct Credentials {
    public_key: String,
    private_key: SecretString,
}

impl Credentials {
    /// Credentials from a public key and a private key.
    pub fn new(public_key: impl Into<String>, private_key: impl Into<String>) -> Self {
        Credentials {
            public_key: public_key.into(),
            private_key: SecretString::from(private_key.into()),
        }
    }

    /// The public key (the digest user name).
    pub fn public_key(&self) -> &str {
        &self.public_key
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("public_key", &self.public_key)
            .field("private_key", &"[REDACTED]")
            .finish()
    }
}

/// How answers of 429 (rate limited; the server did nothing) are retried. No other answer
/// is ever retried: where the server may have acted, retrying could create a second key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// How many times a request is sent at most while answered 429 (1 = no retry).
    pub max_attempts: u32,
    /// The most time spent waiting between those attempts, in total.
    pub max_total_wait: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 60 s of waiting at most.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            max_total_wait: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry `n` when the server sent no `Retry-After`: 1 s, 2 s, 4 s, ...
    fn backoff(&self, n: u32) -> Duration {
        Duration::from_secs(1u64 << n.saturating_sub(1).min(6))
    }
}

/// Atlas's Admin API v1.0.
pub const ATLAS_BASE_URL: &str = "https://cloud.mongodb.com/api/atlas/v1.0";

/// Everything a user sets once. Start with [`Client::builder`], [`ClientBuilder::atlas`],
/// [`ClientBuilder::ops_manager`] or [`ClientBuilder::from_env`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    credentials: Option<Credentials>,
    user_agent: String,
    connect_timeout: Duration,
    timeout: Duration,
    ca_certificates: Vec<Vec<u8>>,
    accept_invalid_certificates: bool,
    proxy: Option<String>,
    envelope: bool,
    pretty: bool,
    retry: RetryPolicy,
}

impl ClientBuilder {
    /// A builder for the API at `base_url`, e.g. `https://cloud.mongodb.com/api/atlas/v1.0`.
    pub fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: base_url.trim_end_matches('/').to_owned(),
            credentials: None,
            user_agent: format!(
                "mongodb-api-keys/{} ({}; {})",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS,
                std::env::consts::ARCH
            ),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(60),
            ca_certificates: Vec::new(),
            accept_invalid_certificates: false,
            proxy: None,
            envelope: false,
            pretty: false,
            retry: RetryPolicy::default(),
        }
    }

    /// MongoDB Atlas.
    pub fn atlas() -> Self {
        ClientBuilder::new(ATLAS_BASE_URL)
    }

    /// An Ops Manager at `host:port` (HTTPS) or at a URL; `/api/public/v1.0` is added when
    /// the URL has no path.
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    /// assert_eq!(ClientBuilder::ops_manager("om.example.com:8443").base_url(), "https://om.example.com:8443/api/public/v1.0");
    /// assert_eq!(ClientBuilder::ops_manager("http://localhost:8080/").base_url(), "http://localhost:8080/api/public/v1.0");
    /// ```
    pub fn ops_manager(host_or_url: &str) -> Self {
        ClientBuilder::new(&with_default_path(host_or_url, "/api/public/v1.0"))
    }

    /// From the variables Atlas CLI and mongocli users already have:
    /// `MONGODB_ATLAS_PUBLIC_API_KEY` / `MONGODB_ATLAS_PRIVATE_API_KEY` (or `MCLI_PUBLIC_API_KEY`
    /// / `MCLI_PRIVATE_API_KEY`), `MONGODB_ATLAS_BASE_URL` (Atlas; `/api/atlas/v1.0` added when
    /// it has no path), `MONGODB_ATLAS_OPS_MANAGER_URL` or `MCLI_OPS_MANAGER_URL` (Ops Manager),
    /// `MCLI_OPS_MANAGER_CA_CERTIFICATE` (a PEM file) and `MCLI_OPS_MANAGER_SKIP_VERIFY`
    /// (`yes`/`true`). Without a URL variable, Atlas.
    pub fn from_env() -> Result<Self, Error> {
        ClientBuilder::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// [`ClientBuilder::from_env`] with another source of variables.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let first = |names: &[&str]| names.iter().find_map(|n| var(n));
        let mut builder =
            if let Some(url) = first(&["MONGODB_ATLAS_OPS_MANAGER_URL", "MCLI_OPS_MANAGER_URL"]) {
                ClientBuilder::ops_manager(&url)
            } else if let Some(url) = first(&["MONGODB_ATLAS_BASE_URL"]) {
                ClientBuilder::new(&with_default_path(&url, "/api/atlas/v1.0"))
            } else {
                ClientBuilder::atlas()
            };
        let public = first(&["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"]);
        let private = first(&["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"]);
        if let (Some(public), Some(private)) = (public, private) {
            builder = builder.credentials(&public, &private);
        }
        if let Some(path) = first(&[
            "MONGODB_ATLAS_OPS_MANAGER_CA_CERTIFICATE",
            "MCLI_OPS_MANAGER_CA_CERTIFICATE",
        ]) {
            builder = builder.ca_certificate_file(&path)?;
        }
        if first(&[
            "MONGODB_ATLAS_OPS_MANAGER_SKIP_VERIFY",
            "MCLI_OPS_MANAGER_SKIP_VERIFY",
        ])
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "yes" | "true" | "1"))
        {
            builder = builder.danger_accept_invalid_certificates(true);
        }
        Ok(builder)
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Replaces the base URL, keeping every other setting.
    pub fn with_base_url(mut self, base_url: &str) -> Self {
        self.base_url = base_url.trim_end_matches('/').to_owned();
        self
    }

    /// The API key to authenticate with.
    pub fn credentials(mut self, public_key: &str, private_key: &str) -> Self {
        self.credentials = Some(Credentials::new(public_key, private_key));
        self
    }

    /// Replaces the `User-Agent` (default `mongodb-api-keys/<version> (<os>; <arch>)`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// How long to wait for a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long a whole request may take (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Trusts the CA certificates in a PEM file too (an Ops Manager with its own CA).
    pub fn ca_certificate_file(mut self, path: &str) -> Result<Self, Error> {
        let pem = std::fs::read(path).map_err(|e| {
            Error::Config(format!("cannot read the CA certificate file {path}: {e}"))
        })?;
        reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| Error::Config(format!("{path} holds no PEM certificate: {e}")))?;
        self.ca_certificates.push(pem);
        Ok(self)
    }

    /// Accepts any server certificate. Only for a test Ops Manager: anyone on the path can
    /// read the keys you create.
    pub fn danger_accept_invalid_certificates(mut self, accept: bool) -> Self {
        self.accept_invalid_certificates = accept;
        self
    }

    /// Sends every request through this proxy. Without it, `HTTPS_PROXY`, `HTTP_PROXY`,
    /// `ALL_PROXY` and `NO_PROXY` are honoured.
    pub fn proxy(mut self, url: &str) -> Self {
        self.proxy = Some(url.to_owned());
        self
    }

    /// Adds `envelope=true` to every call; the client unwraps the answer, so callers see no
    /// difference but the server's.
    pub fn envelope(mut self, on: bool) -> Self {
        self.envelope = on;
        self
    }

    /// Adds `pretty=true` to every call.
    pub fn pretty(mut self, on: bool) -> Self {
        self.pretty = on;
        self
    }

    /// How 429 answers are retried.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The client.
    pub fn build(self) -> Result<Client, Error> {
        let credentials = self.credentials.ok_or_else(|| {
            Error::Config(
                "no credentials: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY \
                 (or MCLI_PUBLIC_API_KEY and MCLI_PRIVATE_API_KEY), or call .credentials()"
                    .into(),
            )
        })?;
        let url = reqwest::Url::parse(&self.base_url).map_err(|e| {
            Error::Config(format!(
                "base URL {:?} is not a URL ({e}); expected e.g. {ATLAS_BASE_URL}",
                self.base_url
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(Error::Config(format!(
                "base URL {:?} must be http:// or https:// with a host, e.g. {ATLAS_BASE_URL}",
                self.base_url
            )));
        }
        let mut http = reqwest::Client::builder()
            // A redirected create is not sent again: it is reported (see Error::InvalidResponse).
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(&self.user_agent)
            .connect_timeout(self.connect_timeout)
            .timeout(self.timeout)
            .tls_danger_accept_invalid_certs(self.accept_invalid_certificates);
        for pem in &self.ca_certificates {
            let certs = reqwest::Certificate::from_pem_bundle(pem)
                .map_err(|e| Error::Config(format!("invalid CA certificate: {e}")))?;
            http = http.tls_certs_merge(certs);
        }
        if let Some(proxy) = &self.proxy {
            let proxy = reqwest::Proxy::all(proxy)
                .map_err(|e| Error::Config(format!("invalid proxy URL {proxy:?}: {e}")))?;
            http = http.proxy(proxy);
        }
        let http = http
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        let state = ClientState::new(credentials, self.envelope, self.pretty, self.retry);
        Ok(Client {
            api: generated::Client::new_with_client(&self.base_url, http, state),
        })
    }
}

fn with_default_path(host_or_url: &str, path: &str) -> String {
    let url = if host_or_url.contains("://") {
        host_or_url.to_owned()
    } else {
        format!("https://{host_or_url}")
    };
    match reqwest::Url::parse(&url) {
        Ok(parsed) if parsed.path() == "/" || parsed.path().is_empty() => {
            format!("{}{path}", url.trim_end_matches('/'))
        }
        _ => url.trim_end_matches('/').to_owned(),
    }
}

/// A client for the four operations. The typed methods check their input before sending;
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
        ClientBuilder::from_env()?.build()
    }

    /// The generated client: every operation as a builder, with digest, envelope, retries
    /// and tracing applied by the hooks.
    pub fn api(&self) -> &generated::Client {
        &self.api
    }

    /// Creates an organization API key with `roles` (at least one organization role).
    pub async fn create_org_api_key(
        &self,
        org_id: &str,
        desc: &str,
        roles: &[types::OrgRole],
    ) -> Result<types::ApiKey, Error> {
        let (org_id, desc) = (object_id("organization", org_id)?, description(desc)?);
        non_empty(roles, "organization", "ORG_MEMBER")?;
        let body = types::CreateOrgApiKeyRequest {
            desc,
            roles: roles.to_vec(),
        };
        finish(
            self.api
                .create_org_api_key()
                .org_id(org_id)
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// Creates an organization API key with project `roles` in the project `project_id`
    /// (MongoDB also makes it an `ORG_MEMBER` of the project's organization).
    pub async fn create_project_api_key(
        &self,
        project_id: &str,
        desc: &str,
        roles: &[types::ProjectRole],
    ) -> Result<types::ApiKey, Error> {
        let (project_id, desc) = (object_id("project", project_id)?, description(desc)?);
        non_empty(roles, "project", "GROUP_READ_ONLY")?;
        let body = types::CreateProjectApiKeyRequest {
            desc,
            roles: roles.to_vec(),
        };
        finish(
            self.api
                .create_project_api_key()
                .group_id(project_id)
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// Creates an agent API key for the project `project_id` (Ops Manager).
    pub async fn create_agent_api_key(
        &self,
        project_id: &str,
        desc: &str,
    ) -> Result<types::AgentApiKey, Error> {
        let project_id = object_id("project", project_id)?;
        let body = types::CreateAgentApiKeyRequest {
            desc: desc.to_owned(),
        };
        finish(
            self.api
                .create_agent_api_key()
                .group_id(project_id)
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// Creates a personal API key for the user `user_id`; the credentials must be that user's.
    #[deprecated(
        note = "personal API keys are deprecated by MongoDB (Atlas stopped creating them in 2021); use create_org_api_key"
    )]
    pub async fn create_user_api_key(
        &self,
        user_id: &str,
        description: &str,
    ) -> Result<types::UserApiKey, Error> {
        let user_id = object_id("user", user_id)?;
        let body = types::CreateUserApiKeyRequest {
            description: description.to_owned(),
        };
        finish(
            self.api
                .create_user_api_key()
                .user_id(user_id)
                .body(body)
                .send()
                .await,
        )
        .await
    }
}

async fn finish<T>(
    result: Result<generated::ResponseValue<T>, generated::Error<types::ApiError>>,
) -> Result<T, Error> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(e) => Err(Error::from_generated(e).await),
    }
}

fn object_id(what: &str, id: &str) -> Result<types::ObjectId, Error> {
    id.parse().map_err(|_| {
        Error::Validation(format!(
            "{what} ID {id:?} is not a MongoDB ObjectId; expected 24 lower-case hexadecimal digits, \
             e.g. 5980cfc70b6d97029d82e3f6"
        ))
    })
}

fn description(desc: &str) -> Result<types::ApiKeyDescription, Error> {
    let length = desc.chars().count();
    desc.parse().map_err(|_| {
        Error::Validation(format!(
            "the description has {length} characters; MongoDB requires 1 to 250"
        ))
    })
}

fn non_empty<T>(roles: &[T], scope: &str, example: &str) -> Result<(), Error> {
    if roles.is_empty() {
        return Err(Error::Validation(format!(
            "an API key needs at least one {scope} role, e.g. {example}"
        )));
    }
    Ok(())
}

/// Parses an organization role name, suggesting the closest one on a typo.
///
/// ```
/// use mongodb_api_keys::client::parse_org_role;
/// assert!(parse_org_role("ORG_MEMBER").is_ok());
/// let error = parse_org_role("ORG_MEMEBR").unwrap_err().to_string();
/// assert!(error.contains("did you mean ORG_MEMBER?"), "{error}");
/// ```
pub fn parse_org_role(name: &str) -> Result<types::OrgRole, Error> {
    parse_role(name, "organization", "OrgRole")
}

/// Parses a project role name, suggesting the closest one on a typo.
pub fn parse_project_role(name: &str) -> Result<types::ProjectRole, Error> {
    parse_role(name, "project", "ProjectRole")
}

/// The role names the spec lists for `schema` (`OrgRole` or `ProjectRole`).
fn known_roles(schema: &str) -> Vec<String> {
    let spec = crate::spec::openapi_json();
    let names = spec["components"]["schemas"][schema]["enum"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    names
        .into_iter()
        .filter_map(|n| n.as_str().map(str::to_owned))
        .collect()
}

fn parse_role<T: std::str::FromStr>(name: &str, scope: &str, schema: &str) -> Result<T, Error> {
    if let Ok(role) = name.parse() {
        return Ok(role);
    }
    let known = known_roles(schema);
    let upper = name.to_ascii_uppercase();
    let closest = known
        .iter()
        .min_by_key(|k| edit_distance(&upper, k))
        .cloned()
        .unwrap_or_default();
    let hint = if edit_distance(&upper, &closest) <= 3 {
        format!("did you mean {closest}?")
    } else {
        format!("use one of {}", known.join(", "))
    };
    Err(Error::Validation(format!(
        "{name} is not a{} {scope} role: {hint}",
        if scope.starts_with('o') { "n" } else { "" }
    )))
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}
