//! A local MongoDB Atlas / Ops Manager admin API for the create-key operations: digest
//! authentication, roles, each product's operations and roles, MongoDB's errors, envelope
//! and pretty printing, optional rate limits, and bounds on what any client can make it hold.
//! The demo, this crate's tests and other teams' tests run against it with no account and no
//! network.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")] async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use mongodb_api_keys::emulator::{Config, Emulator};
//!
//! let emulator = Emulator::start(Config::default()).await?; // 127.0.0.1, a free port
//! let fixtures = emulator.fixtures();
//! println!("{} as {}", emulator.atlas_url(), fixtures.username);
//! assert_eq!(emulator.stats().requests, 0);
//! emulator.shutdown().await?;
//! # Ok(()) }
//! ```
//!
//! Where things are: `state.rs` (what requests share), `auth.rs` (digest middleware),
//! `nonces.rs` (stateless nonces, the replay record), `keys.rs` (the create handlers),
//! `access_list.rs` (access lists: the operation and the check of every call), `validate.rs`
//! (bodies), `extract.rs` (query and body extractors), `response.rs` (errors, envelope,
//! pretty), `errors.rs` (every error text), `products.rs` (Atlas vs Ops Manager),
//! `ratelimit.rs`, `control.rs` (`/_emulator/*`, the fault queue), `fault.rs` (a fault and
//! its bounds), `contract.rs` (the served spec), `log.rs` (a line per request),
//! `connections.rs` (timeouts, serving a connection), `slots.rs` (the connection table: the
//! cap, the share per address, which connection makes room), `credentials.rs` (credentials
//! by user name, unique public keys), `tokens.rs` (service accounts' tokens and their
//! limits), `oauth.rs` (the token endpoint),
//! `config.rs` (configuration, fixtures, stats).

mod access_list;
mod auth;
mod config;
mod connections;
mod contract;
mod control;
mod credentials;
mod errors;
mod extract;
mod fault;
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing;
mod keys;
mod log;
mod nonces;
mod oauth;
mod products;
mod ratelimit;
mod response;
mod slots;
mod state;
mod tokens;
mod validate;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::routing::post;
use axum::{Extension, Router, middleware};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::{
    Config, ConnectionStats, FixtureKey, FixtureServiceAccount, Fixtures, KeysCreated, Stats,
};
pub use connections::Limits;
pub use fault::Fault;
pub use ratelimit::RateLimit;

use products::{Product, RoleScope};
use response::ApiFailure;
use slots::Connections;
use state::EmulatorState;

/// A configuration the emulator refuses, or a socket it cannot open.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// A configuration value is not valid; the message says which and why.
    #[error("invalid emulator configuration: {0}")]
    Config(String),
    /// Binding or serving failed.
    #[error("emulator I/O error: {0}")]
    Io(#[from] std::io::Error),
}

/// A running emulator. Dropping it stops it; [`Emulator::shutdown`] also waits until
/// in-flight requests are answered.
pub struct Emulator {
    state: Arc<EmulatorState>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Emulator {
    /// Binds `config.addr` and serves in the background of the current tokio runtime.
    pub async fn start(config: Config) -> Result<Emulator, EmulatorError> {
        check(&config)?;
        check_durations(&config)?;
        let listener = connections::bind(config.addr, config.limits.backlog)?;
        let addr = listener.local_addr()?;
        let public_url = match &config.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{addr}"),
        };
        let connections = Arc::new(Connections::new(config.limits));
        let state = build_state(&config, addr, public_url, connections.clone())?;
        let app = router(state.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(connections::serve(listener, app, connections, stopped));
        Ok(Emulator {
            state,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// Address, credentials, IDs and the control token.
    pub fn fixtures(&self) -> &Fixtures {
        &self.state.fixtures
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.state.fixtures.addr
    }

    /// The Atlas base URL, `PUBLIC_URL/api/atlas/v1.0`.
    pub fn atlas_url(&self) -> String {
        self.state.fixtures.base_url.clone()
    }

    /// The Ops Manager base URL, `PUBLIC_URL/api/public/v1.0`.
    pub fn ops_manager_url(&self) -> String {
        self.state.fixtures.ops_manager_url.clone()
    }

    /// The `Authorization: Bearer` token every `/_emulator/*` endpoint needs.
    pub fn control_token(&self) -> &str {
        &self.state.fixtures.control_token
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.state.stats()
    }

    /// Makes every nonce issued so far stale, as if its lifetime had passed
    /// (`POST /_emulator/expire-nonces` does the same over HTTP).
    pub fn expire_nonces(&self) {
        self.state.nonces.expire_all();
    }

    /// Applies `fault` to the next `fault.count` authenticated API requests; refused, with the
    /// reason, when it is out of bounds (see [`Fault::check`]) or when [`Fault::MAX_QUEUED`]
    /// faults are waiting.
    pub fn inject(&self, fault: Fault) -> Result<(), EmulatorError> {
        self.state
            .faults
            .inject(fault)
            .map_err(EmulatorError::Config)
    }

    /// Forgets every pending fault (`DELETE /_emulator/faults`).
    pub fn clear_faults(&self) {
        self.state.faults.clear();
    }

    /// Stops accepting connections, answers requests in flight, and waits for the server.
    pub async fn shutdown(mut self) -> Result<(), EmulatorError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        match self.task.take() {
            Some(task) => task
                .await
                .map_err(|e| std::io::Error::other(e.to_string()))?
                .map_err(Into::into),
            None => Ok(()),
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The state of an emulator of `config` listening on `addr` (answers say `public_url`), with
/// its fixture keys and service accounts registered.
fn build_state(
    config: &Config,
    addr: SocketAddr,
    public_url: String,
    connections: Arc<Connections>,
) -> Result<Arc<EmulatorState>, EmulatorError> {
    let fixtures = Fixtures {
        addr,
        base_url: format!("{public_url}{}", Product::Atlas.base_path()),
        ops_manager_url: format!("{public_url}{}", Product::OpsManager.base_path()),
        username: config.username.clone(),
        api_key: config.api_key.expose_secret().to_owned(),
        org_id: config.org_id.clone(),
        project_id: config.project_id.clone(),
        user_id: config.user_id.clone(),
        client_id: service_account_id(),
        client_secret: service_account_secret(),
        control_token: crate::digest::hex(&crate::random::bytes::<24>()),
        // Drawn below, each public key unique among the credentials.
        keys: Vec::new(),
        service_accounts: fixture_service_accounts(config),
    };
    let mut state = EmulatorState::new(config, fixtures, public_url, connections);
    for roles in &config.fixture_keys {
        let key = state
            .add_fixture_key(with_org_membership(roles))
            .ok_or_else(|| {
                EmulatorError::Config("no free public key could be drawn for a fixture key".into())
            })?;
        state.fixtures.keys.push(key);
    }
    let state = Arc::new(state);
    let f = &state.fixtures;
    let owner = FixtureServiceAccount {
        client_id: f.client_id.clone(),
        client_secret: f.client_secret.clone(),
        roles: vec!["ORG_OWNER".into()],
    };
    for account in std::iter::once(&owner).chain(&f.service_accounts) {
        state.add_fixture_service_account(account);
    }
    Ok(state)
}

/// Refuses a configuration that cannot work, or that would expose the emulator unasked.
fn check(config: &Config) -> Result<(), EmulatorError> {
    let refuse = |message: String| Err(EmulatorError::Config(message));
    for (name, id) in [
        ("org id", &config.org_id),
        ("project id", &config.project_id),
        ("user id", &config.user_id),
    ] {
        if !keys::is_object_id(id) {
            return refuse(format!(
                "{name} {id:?} is not an ObjectId (24 lower-case hexadecimal digits)"
            ));
        }
    }
    if config.username.is_empty() || config.api_key.expose_secret().is_empty() {
        return refuse("the user name and API key must not be empty".into());
    }
    if !config.addr.ip().is_loopback() && !config.allow_remote {
        return refuse(format!(
            "{} is not a loopback address: the emulator prints its credentials in clear and \
             is meant for this machine; listen on 127.0.0.1 or [::1], or allow remote clients \
             explicitly (serve --allow-remote)",
            config.addr
        ));
    }
    if let Some(url) = &config.public_url {
        let parsed = url::Url::parse(url).ok();
        let fine = parsed.as_ref().is_some_and(|u| {
            matches!(u.scheme(), "http" | "https")
                && u.host().is_some()
                && u.query().is_none()
                && u.fragment().is_none()
        });
        if !fine {
            return refuse(format!(
                "public URL {url:?} is not an http:// or https:// URL with a host and no query, \
                 e.g. http://127.0.0.1:8080 or https://emulator.example"
            ));
        }
    }
    if config.limits.max_connections == 0 || config.limits.max_connections_per_address == 0 {
        return refuse(
            "the connection limits (--max-connections, --max-connections-per-address) must be \
             at least 1"
                .into(),
        );
    }
    for roles in config.fixture_keys.iter().chain(&config.service_accounts) {
        check_fixture_roles(roles).map_err(EmulatorError::Config)?;
    }
    let max_agent_keys = config.max_agent_api_keys_per_project;
    if !(1..=1_000_000).contains(&max_agent_keys) {
        return refuse(format!(
            "a project may hold {max_agent_keys} agent API keys \
             (--max-agent-api-keys-per-project); the limit must be 1 to 1000000"
        ));
    }
    let max_keys = config.max_api_keys_per_org;
    if !(1..=1_000_000).contains(&max_keys) || config.fixture_keys.len() > max_keys {
        return refuse(format!(
            "the organization may hold {max_keys} API keys (--max-api-keys-per-org) and {} \
             fixture keys are asked for; the limit must be 1 to 1000000 and hold them",
            config.fixture_keys.len()
        ));
    }
    Ok(())
}

/// The longest lifetime or timeout the emulator takes: a year. Longer ones would overflow the
/// clock arithmetic, and no test needs them.
const LONGEST: Duration = Duration::from_secs(365 * 24 * 3600);

/// Refuses lifetimes and timeouts of zero or beyond [`LONGEST`], naming the setting.
fn check_durations(config: &Config) -> Result<(), EmulatorError> {
    for (name, value) in [
        ("nonce lifetime (--nonce-lifetime)", config.nonce_lifetime),
        ("token lifetime (--token-lifetime)", config.token_lifetime),
        (
            "header timeout (--header-timeout)",
            config.limits.header_timeout,
        ),
        ("body timeout (--body-timeout)", config.limits.body_timeout),
        ("idle timeout (--idle-timeout)", config.limits.idle_timeout),
    ] {
        if value.is_zero() || value > LONGEST {
            return Err(EmulatorError::Config(format!(
                "the {name} is {} s; expected 1 to {} s (a year)",
                value.as_secs(),
                LONGEST.as_secs()
            )));
        }
    }
    Ok(())
}

/// Roles of a fixture key: each an organization or project role of either product.
fn check_fixture_roles(roles: &[String]) -> Result<(), String> {
    if roles.is_empty() {
        return Err("a fixture key needs at least one role".into());
    }
    let known: Vec<&str> = [RoleScope::Org, RoleScope::Project]
        .into_iter()
        .flat_map(products::all_roles)
        .collect();
    match roles.iter().find(|r| !known.contains(&r.as_str())) {
        Some(role) => Err(format!(
            "unknown role {role:?} for a fixture key; roles: {}",
            known.join(", ")
        )),
        None => Ok(()),
    }
}

/// A service account's client ID, as Atlas makes them: `mdb_sa_id_` and 24 hex digits.
fn service_account_id() -> String {
    format!(
        "mdb_sa_id_{}",
        crate::digest::hex(&crate::random::bytes::<12>())
    )
}

/// A service account's secret, as Atlas makes them: `mdb_sa_sk_` and random characters.
fn service_account_secret() -> String {
    format!(
        "mdb_sa_sk_{}",
        crate::digest::hex(&crate::random::bytes::<20>())
    )
}

/// The service accounts `config.service_accounts` asks for; like keys, one with project
/// roles only is also a member of the organization (MongoDB's service accounts always
/// belong to theirs).
fn fixture_service_accounts(config: &Config) -> Vec<FixtureServiceAccount> {
    config
        .service_accounts
        .iter()
        .map(|roles| FixtureServiceAccount {
            client_id: service_account_id(),
            client_secret: service_account_secret(),
            roles: with_org_membership(roles),
        })
        .collect()
}

/// `roles`, plus `ORG_MEMBER` when they are all project roles.
fn with_org_membership(roles: &[String]) -> Vec<String> {
    let mut roles = roles.to_vec();
    if roles.iter().all(|r| r.starts_with("GROUP_")) {
        roles.push("ORG_MEMBER".into());
    }
    roles
}

/// The API of each product under its base path, the control plane, MongoDB's 404 for
/// anything else, and a 405 in MongoDB's error shape for a method a path does not serve.
/// Requests to an operation pass, in order: the request log, `envelope`/`pretty` shaping (on
/// the way out), reading the body, authentication, the rate limit, faults, the handler (whose
/// first check is the body's media type).
fn router(state: Arc<EmulatorState>) -> Router {
    let mut app = Router::new();
    for product in Product::ALL {
        let base = product.base_path();
        let mut api = Router::new()
            .route(
                &format!("{base}/orgs/{{id}}/apiKeys"),
                post(keys::create_org),
            )
            .route(
                &format!("{base}/groups/{{id}}/apiKeys"),
                post(keys::create_project),
            )
            .route(
                &format!("{base}/orgs/{{id}}/apiKeys/{{key}}/accessList"),
                post(access_list::add_entries),
            );
        api = match product {
            Product::Atlas => api.route(
                &format!("{base}/users/{{id}}/keys"),
                post(keys::create_user),
            ),
            Product::OpsManager => api.route(
                &format!("{base}/groups/{{id}}/agentapikeys"),
                post(keys::create_agent),
            ),
        };
        app = app.merge(api.route_layer(Extension(product)));
    }
    // Otherwise axum answers an empty 405, which is not MongoDB's error shape. Set before the
    // layers below so that they apply to it: a request is authenticated first, as before.
    app = app.method_not_allowed_fallback(method_not_allowed);
    let token: Arc<str> = state.fixtures.control_token.as_str().into();
    let with_state = || state.clone();
    app = app.route_layer(middleware::from_fn_with_state(
        with_state(),
        control::apply_faults,
    ));
    if state.rate_limiter.is_some() {
        app = app.route_layer(middleware::from_fn_with_state(
            with_state(),
            ratelimit::limit,
        ));
    }
    app.route_layer(middleware::from_fn_with_state(
        with_state(),
        auth::authenticate,
    ))
    .with_state(state.clone())
    .merge(control::routes(state.clone(), token))
    .merge(oauth::routes(state.clone()))
    .merge(contract::routes())
    .fallback(|uri: axum::http::Uri| async move { errors::resource_not_found(uri.path()) })
    // The control plane's (the API's is set above, inside authentication).
    .method_not_allowed_fallback(method_not_allowed)
    .layer(middleware::from_fn_with_state(state, extract::read_body))
    .layer(middleware::from_fn(response::shape))
    .layer(middleware::from_fn(log::request))
}

/// The 405 of a method a path does not serve.
async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiFailure {
    errors::method_not_allowed(method.as_str(), uri.path())
}
