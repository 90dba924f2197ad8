//! The emulator without sockets, for the fuzz targets in `fuzz/` (compiled only with
//! `--cfg fuzzing`, which cargo-fuzz sets). Not an API: nothing here is stable.
//!
//! Requests go straight into the router that `Emulator::start` serves, so everything but
//! `connections.rs` (timeouts, the connection cap) is exercised. The caller inserts the
//! `ConnectInfo<SocketAddr>` extension that the server would (the agent-key handler reads
//! the peer's address).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;

use super::config::{Config, Fixtures};
use super::routes;
use super::setup::{EmulatorError, build_state, check};
use super::slots::Connections;
use super::state::EmulatorState;
use super::version::Versions;

/// An emulator's router and state, not listening anywhere.
pub struct Harness {
    state: Arc<EmulatorState>,
    router: Router,
}

impl Harness {
    /// The emulator of `config`, as if it listened on `config.addr`; refused like
    /// `Emulator::start` refuses it.
    pub fn new(config: Config) -> Result<Harness, EmulatorError> {
        check(&config)?;
        let public_url = match &config.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None => format!("http://{}", config.addr),
        };
        let connections = Arc::new(Connections::new(config.limits));
        let state = build_state(&config, config.addr, public_url, connections)?;
        let versions = Arc::new(Versions {
            sunsets: config.sunsets.clone(),
        });
        let router = routes::router(state.clone(), versions);
        Ok(Harness { state, router })
    }

    /// The router: a `tower::Service` of `Request<axum::body::Body>`.
    pub fn router(&self) -> Router {
        self.router.clone()
    }

    /// Credentials, IDs, fixture keys (and the control token, which a fuzz target should not
    /// send: faults it injects would be 5xx answers the emulator was asked for).
    pub fn fixtures(&self) -> &Fixtures {
        &self.state.fixtures
    }

    /// A fresh nonce, as the next challenge would carry.
    pub fn nonce(&self) -> String {
        self.state.nonces.issue()
    }

    /// The address answers are written for.
    pub fn addr(&self) -> SocketAddr {
        self.state.fixtures.addr
    }
}

/// The router of an emulator with the default configuration and two fixture keys (an
/// Organization Member, and a Project Owner of the fixture project).
pub fn router() -> Router {
    harness().router()
}

/// The harness behind [`router`].
pub fn harness() -> Harness {
    let config = Config {
        fixture_keys: vec![vec!["ORG_MEMBER".into()], vec!["GROUP_OWNER".into()]],
        ..Config::default()
    };
    Harness::new(config).unwrap_or_else(|e| unreachable!("the default configuration is valid: {e}"))
}
