//! A local MongoDB Atlas / Ops Manager admin API for the four create-key operations, with
//! digest authentication and MongoDB's errors, envelope and pretty printing. The demo, this
//! crate's tests and other teams' tests run against it with no account and no network.
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

mod auth;
mod keys;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Json, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::digest::Algorithm;
use auth::{Account, Principal, Refusal};
use keys::Kind;

/// What the emulator starts with. Every field has a default; see [`Config::default`].
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen; port 0 picks a free port.
    pub addr: SocketAddr,
    /// The one organization.
    pub org_id: String,
    /// The one project (group), in that organization.
    pub project_id: String,
    /// The one user.
    pub user_id: String,
    /// That user's name: the digest user name of the fixture credentials.
    pub username: String,
    /// That user's personal API key: the digest password of the fixture credentials.
    pub api_key: crate::Secret,
    /// How long a nonce stays valid; after that a request signed with it gets `stale=true`.
    pub nonce_lifetime: Duration,
    /// The algorithm the challenge names (Atlas: MD5).
    pub algorithm: Algorithm,
    /// `false` accepts every request as the fixture user, unauthenticated: only for measuring
    /// the cost of a bare request (`serve --no-auth`). MongoDB never does this.
    pub authentication: bool,
}

impl Default for Config {
    /// Loopback on a free port, the IDs used in the spec's examples, user
    /// `emulator@example.com` with a fresh random API key, 5-minute nonces, MD5.
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            org_id: "5980cfc70b6d97029d82e3f6".into(),
            project_id: "5e2211c17a3e5a48f5497de3".into(),
            user_id: "5b0d6e4c96e82165e4b10c5a".into(),
            username: "emulator@example.com".into(),
            api_key: crate::Secret::from(keys::uuid_v4()),
            nonce_lifetime: Duration::from_secs(300),
            algorithm: Algorithm::Md5,
            authentication: true,
        }
    }
}

/// Where a running emulator is and how to authenticate to it: the JSON line `serve` prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fixtures {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// `http://ADDR/api/atlas/v1.0`; the Ops Manager base path `/api/public/v1.0` works too.
    pub base_url: String,
    /// Digest user name.
    pub username: String,
    /// Digest password (the user's personal API key).
    pub api_key: String,
    /// The organization.
    pub org_id: String,
    /// The project.
    pub project_id: String,
    /// The user.
    pub user_id: String,
}

/// Counters for tests and benchmarks (`GET /_emulator/stats`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Requests to the four API operations, under either base path.
    pub requests: u64,
    /// 401 answers carrying a digest challenge.
    pub challenges: u64,
    /// Of those, answers to a right digest with an expired or unknown nonce (`stale=true`).
    pub stale_nonces: u64,
    /// Of those, refusals of a (nonce, nc) pair that was already used.
    pub replays: u64,
    /// Keys created, per operation.
    pub keys_created: KeysCreated,
}

/// Keys created, per operation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeysCreated {
    /// `createOrgApiKey`.
    pub org: u64,
    /// `createProjectApiKey`.
    pub project: u64,
    /// `createAgentApiKey`.
    pub agent: u64,
    /// `createUserApiKey`.
    pub user: u64,
}

/// A fault the emulator applies to the next `count` authenticated API requests, so that
/// clients can be tested against rate limits, server errors and slow answers
/// (`POST /_emulator/faults` takes the same fields as JSON).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fault {
    /// Answer this status (429, 500, 503, ...) instead of acting: nothing is created.
    #[serde(default)]
    pub status: Option<u16>,
    /// With `status`: the `Retry-After` header, in seconds.
    #[serde(default)]
    pub retry_after: Option<u64>,
    /// Without `status`: act (create the key), then wait this long before answering, as a
    /// server that did the work but whose answer is late.
    #[serde(default)]
    pub delay_ms: u64,
    /// How many requests it applies to.
    pub count: u32,
}

/// A configuration the emulator refuses, or a socket it cannot open.
#[derive(Debug, thiserror::Error)]
pub enum EmulatorError {
    /// A fixture value is not valid.
    #[error("invalid emulator configuration: {0}")]
    Config(String),
    /// Binding or serving failed.
    #[error("emulator I/O error: {0}")]
    Io(#[from] std::io::Error),
}

/// A running emulator. Dropping it stops it; [`Emulator::shutdown`] also waits until
/// in-flight requests are answered.
pub struct Emulator {
    inner: Arc<Inner>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl Emulator {
    /// Binds `config.addr` and serves in the background of the current tokio runtime.
    pub async fn start(config: Config) -> Result<Emulator, EmulatorError> {
        for (name, id) in [
            ("org id", &config.org_id),
            ("project id", &config.project_id),
            ("user id", &config.user_id),
        ] {
            if !keys::is_object_id(id) {
                return Err(EmulatorError::Config(format!(
                    "{name} {id:?} is not an ObjectId (24 lower-case hexadecimal digits)"
                )));
            }
        }
        if config.username.is_empty() || config.api_key.expose_secret().is_empty() {
            return Err(EmulatorError::Config(
                "the user name and API key must not be empty".into(),
            ));
        }
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let inner = Arc::new(Inner::new(config, addr));
        let app = router(inner.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Ok(Emulator {
            inner,
            stop: Some(stop),
            task: Some(task),
        })
    }

    /// Address, credentials and IDs.
    pub fn fixtures(&self) -> &Fixtures {
        &self.inner.fixtures
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.inner.fixtures.addr
    }

    /// The Atlas-style base URL, `http://ADDR/api/atlas/v1.0`.
    pub fn atlas_url(&self) -> String {
        self.inner.fixtures.base_url.clone()
    }

    /// The Ops Manager-style base URL, `http://ADDR/api/public/v1.0`.
    pub fn ops_manager_url(&self) -> String {
        format!("http://{}/api/public/v1.0", self.addr())
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.inner.stats()
    }

    /// Makes every nonce issued so far stale, as if its lifetime had passed
    /// (`POST /_emulator/expire-nonces` does the same over HTTP).
    pub fn expire_nonces(&self) {
        self.inner.nonces.expire_all();
    }

    /// Applies `fault` to the next `fault.count` authenticated API requests.
    pub fn inject(&self, fault: Fault) {
        self.inner.inject(fault);
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

/// The state every request shares.
pub(crate) struct Inner {
    fixtures: Fixtures,
    algorithm: Algorithm,
    authentication: bool,
    nonces: auth::Nonces,
    /// Digest user name -> passwords and principal: the fixture user, and every key created.
    accounts: RwLock<HashMap<String, Arc<Account>>>,
    counters: Counters,
    faults: std::sync::Mutex<Vec<Fault>>,
}

#[derive(Default)]
struct Counters {
    requests: AtomicU64,
    challenges: AtomicU64,
    stale_nonces: AtomicU64,
    replays: AtomicU64,
    org_keys: AtomicU64,
    project_keys: AtomicU64,
    agent_keys: AtomicU64,
    user_keys: AtomicU64,
    object_ids: AtomicU32,
}

impl Inner {
    fn new(config: Config, addr: SocketAddr) -> Self {
        let fixtures = Fixtures {
            addr,
            base_url: format!("http://{addr}/api/atlas/v1.0"),
            username: config.username.clone(),
            api_key: config.api_key.expose_secret().to_owned(),
            org_id: config.org_id,
            project_id: config.project_id,
            user_id: config.user_id,
        };
        let inner = Inner {
            algorithm: config.algorithm,
            authentication: config.authentication,
            nonces: auth::Nonces::new(config.nonce_lifetime),
            accounts: RwLock::default(),
            counters: Counters::default(),
            faults: std::sync::Mutex::default(),
            fixtures,
        };
        let user = Principal::User {
            user_id: inner.fixtures.user_id.clone(),
        };
        inner.add_password(&config.username, config.api_key.expose_secret(), user);
        inner
    }

    fn inject(&self, fault: Fault) {
        if fault.count > 0 {
            self.faults
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(fault);
        }
    }

    /// The fault for this request, if one is pending.
    fn take_fault(&self) -> Option<Fault> {
        let mut faults = self.faults.lock().unwrap_or_else(|p| p.into_inner());
        let fault = faults.first_mut()?;
        fault.count -= 1;
        let taken = fault.clone();
        if fault.count == 0 {
            faults.remove(0);
        }
        Some(taken)
    }

    fn account(&self, name: &str) -> Option<(String, Arc<Account>)> {
        let accounts = self.accounts.read().unwrap_or_else(|p| p.into_inner());
        accounts.get(name).map(|a| (name.to_owned(), a.clone()))
    }

    fn add_password(&self, name: &str, password: &str, principal: Principal) {
        let mut accounts = self.accounts.write().unwrap_or_else(|p| p.into_inner());
        let account = accounts.entry(name.to_owned()).or_insert_with(|| {
            Arc::new(Account {
                user_keys: Vec::new(),
                principal,
            })
        });
        let key =
            crate::digest::user_key(self.algorithm, name, crate::digest::ATLAS_REALM, password);
        Arc::make_mut(account).user_keys.push(key);
    }

    fn unauthorized(&self, refusal: Refusal) -> Response {
        let counters = &self.counters;
        counters.challenges.fetch_add(1, Ordering::Relaxed);
        match refusal {
            Refusal::Stale => counters.stale_nonces.fetch_add(1, Ordering::Relaxed),
            Refusal::Replay => counters.replays.fetch_add(1, Ordering::Relaxed),
            Refusal::Denied => 0,
        };
        // The digest was right in both cases: the client may sign again with the new nonce.
        let stale = refusal != Refusal::Denied;
        keys::unauthorized(
            auth::challenge(&self.nonces, self.algorithm, stale),
            &refusal,
        )
    }

    fn stats(&self) -> Stats {
        let c = &self.counters;
        let get = |n: &AtomicU64| n.load(Ordering::Relaxed);
        Stats {
            requests: get(&c.requests),
            challenges: get(&c.challenges),
            stale_nonces: get(&c.stale_nonces),
            replays: get(&c.replays),
            keys_created: KeysCreated {
                org: get(&c.org_keys),
                project: get(&c.project_keys),
                agent: get(&c.agent_keys),
                user: get(&c.user_keys),
            },
        }
    }
}

fn router(inner: Arc<Inner>) -> Router {
    macro_rules! op {
        ($kind:expr) => {
            post(|s, c, p, r| keys::create($kind, s, c, p, r))
        };
    }
    let api = Router::new()
        .route("/orgs/{id}/apiKeys", op!(Kind::Org))
        .route("/groups/{id}/apiKeys", op!(Kind::Project))
        .route("/groups/{id}/agentapikeys", op!(Kind::Agent))
        .route("/users/{id}/keys", op!(Kind::User));
    Router::new()
        .nest("/api/atlas/v1.0", api.clone())
        .nest("/api/public/v1.0", api)
        .route(
            "/_emulator/stats",
            get(|State(inner): State<Arc<Inner>>| async move { Json(inner.stats()) }),
        )
        .route(
            "/_emulator/faults",
            post(
                |State(inner): State<Arc<Inner>>, Json(fault): Json<Fault>| async move {
                    inner.inject(fault);
                    StatusCode::NO_CONTENT
                },
            ),
        )
        .route(
            "/_emulator/expire-nonces",
            post(|State(inner): State<Arc<Inner>>| async move {
                inner.nonces.expire_all();
                StatusCode::NO_CONTENT
            }),
        )
        .fallback(|uri: axum::http::Uri| async move {
            let body = serde_json::json!({
                "detail": format!("Cannot find resource {}.", uri.path()),
                "error": 404,
                "errorCode": "RESOURCE_NOT_FOUND",
                "parameters": [uri.path()],
                "reason": "Not Found",
            });
            (StatusCode::NOT_FOUND, Json(body)).into_response()
        })
        .with_state(inner)
}
