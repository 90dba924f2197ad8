//! A local MongoDB Atlas / Ops Manager admin API for the whole life of programmatic
//! credentials: every operation of the contract (organization keys, project keys, access
//! lists, agent keys, personal keys, service accounts, on the Atlas Admin API v2, Ops Manager,
//! Cloud Manager and the deprecated Atlas v1.0), stateful, with digest authentication, roles, each product's operations and
//! roles, MongoDB's errors, API versions, envelope and pretty printing, pagination, optional
//! rate limits, and bounds on what any client can make it hold. The demo, this crate's tests
//! and other teams' tests run against it with no account and no network.
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
//! Where things are, from the bottom up (a file imports only files below it;
//! `tests/module_layers.rs` checks that no import goes round in a circle):
//!
//! - what everything shares: `principal.rs` (who a request acts as, its roles), `ids.rs`
//!   (ObjectIds, UUIDs, masks), `products.rs` (Atlas vs Ops Manager, the three APIs),
//!   `operations.rs` (the spec's operations), `query.rs`, `response.rs` (errors, answers,
//!   envelope, pretty), `errors.rs` and `refusals.rs` (every error text);
//! - the stores: `table.rs` (resources in creation order, bounded) with `records.rs` (what is
//!   kept of a key, an agent key), `credentials.rs` (credentials by user name, unique public
//!   keys), `access_list_table.rs`, `nonces.rs` (stateless nonces, the replay record),
//!   `tokens.rs`, `service_accounts.rs` and `sa_records.rs` (service accounts, their secrets
//!   and tokens), `clock.rs` (the time secrets and tokens expire by), `ratelimit.rs` (windows), `fault.rs` (a fault,
//!   its bounds, the queue), `slots.rs` (the connection table), `config.rs` (configuration,
//!   fixtures, stats), `version.rs` (API versions and their sunsets, and their middleware);
//! - `state.rs`, what every request shares, and `lifecycle.rs` and `sa_lifecycle.rs`, a key's
//!   and a service account's life kept in step with what authenticates it;
//! - the request path: `extract.rs` (path IDs, query, body), `validate.rs` and
//!   `sa_validate.rs` (bodies), `authorize.rs` (roles), `answers.rs` and `sa_answers.rs`
//!   (resources and pages as the spec's types), `auth.rs`
//!   (digest and bearer middleware), `throttle.rs` (rate-limit middleware), `control.rs`
//!   (`/_emulator/*`, faults), `oauth.rs` (the token endpoint), `contract.rs` (the served
//!   spec), `log.rs`;
//! - one file per resource, each with its routes: `org_keys.rs`, `project_keys.rs`,
//!   `access_lists.rs`, `agent_keys.rs`, `user_keys.rs`, `org_service_accounts.rs`,
//!   `sa_secrets.rs`, `sa_access_lists.rs`, `group_service_accounts.rs`;
//! - the wiring: `routes.rs` (the router), `setup.rs` (configuration checked, the initial
//!   state), `connections.rs` (serving connections within their bounds), and this file.

mod access_list_table;
mod access_lists;
mod agent_keys;
mod answers;
mod auth;
mod authorize;
mod clock;
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
mod group_service_accounts;
mod ids;
mod lifecycle;
mod log;
mod nonces;
mod oauth;
mod operations;
mod org_keys;
mod org_service_accounts;
mod principal;
mod products;
mod project_keys;
mod query;
mod ratelimit;
mod records;
mod refusals;
mod response;
mod routes;
mod sa_access_lists;
mod sa_answers;
mod sa_lifecycle;
mod sa_records;
mod sa_secrets;
mod sa_validate;
mod service_accounts;
mod setup;
mod slots;
mod state;
mod table;
mod throttle;
mod tokens;
mod user_keys;
mod validate;
mod version;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::{
    Config, ConnectionStats, FixtureKey, FixtureServiceAccount, Fixtures, KeysCreated, Limits,
    Stats,
};
pub use fault::Fault;
pub use ratelimit::RateLimit;
pub use setup::EmulatorError;
pub use version::Sunset;

use slots::Connections;
use state::EmulatorState;
use version::Versions;
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
        setup::check(&config)?;
        setup::check_durations(&config)?;
        let listener = connections::bind(config.addr, config.limits.backlog)?;
        let addr = listener.local_addr()?;
        let public_url = match &config.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{addr}"),
        };
        let connections = Arc::new(Connections::new(config.limits));
        let state = setup::build_state(&config, addr, public_url, connections.clone())?;
        let versions = Arc::new(Versions {
            sunsets: config.sunsets.clone(),
        });
        let app = routes::router(state.clone(), versions);
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

    /// Where every API is, `PUBLIC_URL` (the origin of the contract's whole paths).
    pub fn origin(&self) -> String {
        self.state.fixtures.origin.clone()
    }

    /// The Atlas base URL, `PUBLIC_URL/api/atlas/v1.0` (see [`Fixtures::base_url`]).
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

    /// Moves the clock that service accounts' secrets and tokens expire by `by` forward (whole
    /// seconds, at least one), so that a test expires a secret without waiting
    /// (`POST /_emulator/clock` does the same over HTTP). The clock never goes back, and goes
    /// at most ten years ahead in all: past that it is refused, with the reason, and left as it
    /// was. Nonces, rate limits, timeouts and the dates of API keys keep the real time.
    pub fn advance_clock(&self, by: std::time::Duration) -> Result<(), EmulatorError> {
        self.state
            .clock
            .advance(by)
            .map(|_| ())
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
