//! What the emulator starts with ([`Config`]), what it tells its users ([`Fixtures`], the JSON
//! line `serve` prints), and what it counts ([`Stats`]).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::ratelimit::RateLimit;
use super::version::Sunset;
use crate::digest::Algorithm;

/// What the emulator starts with. Every field has a default; see [`Config::default`].
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen; port 0 picks a free port. Only loopback addresses unless
    /// `allow_remote`.
    pub addr: SocketAddr,
    /// Listen on a non-loopback address too. The fixture credentials are printed in clear
    /// and any client can inject faults with the control token: keep it off shared networks.
    pub allow_remote: bool,
    /// The base of every URL the emulator writes into answers (`links`), e.g.
    /// `https://emulator.example:8443`; default `http://` and the bound address. Never taken
    /// from a request's `Host` header.
    pub public_url: Option<String>,
    /// The one organization.
    pub org_id: String,
    /// The one project (group), in that organization.
    pub project_id: String,
    /// The one user, Organization Owner of the organization.
    pub user_id: String,
    /// That user's name: the digest user name of the fixture credentials.
    pub username: String,
    /// That user's personal API key: the digest password of the fixture credentials.
    pub api_key: crate::Secret,
    /// Extra programmatic API keys to create at start, each with these roles (organization
    /// roles in the organization, `GROUP_*` roles in the project), so that tests can meet
    /// MongoDB's permission errors. Printed in [`Fixtures::keys`]. They are keys of the
    /// organization like any other: listed, updated and deleted through the API.
    pub fixture_keys: Vec<Vec<String>>,
    /// Programmatic API keys the organization may hold, fixture keys included (organization
    /// and project keys alike; Cloud Manager: 500); past it a create is answered `400
    /// MAX_API_KEYS_PER_ORG_EXCEEDED`. A deleted key makes room. 1 to 1,000,000.
    pub max_api_keys_per_org: usize,
    /// Agent API keys a project may hold (MongoDB documents no number; 500 by default); past
    /// it a create is answered `400 EMULATOR_AGENT_API_KEY_LIMIT`. A deleted agent key makes
    /// room. 1 to 1,000,000.
    pub max_agent_api_keys_per_project: usize,
    /// Service accounts the organization may hold, fixture ones included (MongoDB publishes
    /// no number; 100 by default); past it a create is answered `400
    /// EMULATOR_SERVICE_ACCOUNT_LIMIT`. A deleted service account makes room. 1 to 100,000.
    pub max_service_accounts_per_org: usize,
    /// How long a nonce stays valid; after that a request signed with it gets `stale=true`.
    pub nonce_lifetime: Duration,
    /// The algorithm the challenge names (Atlas: MD5).
    pub algorithm: Algorithm,
    /// `false` accepts every request as the fixture user, unauthenticated: only for measuring
    /// the cost of a bare request (`serve --no-auth`). MongoDB never does this.
    pub authentication: bool,
    /// Time and connection bounds.
    pub limits: Limits,
    /// Atlas-style rate limiting per organization, off by default.
    pub rate_limit: Option<RateLimit>,
    /// Extra service accounts to create at start, each with these roles (the fixture service
    /// account, `ORG_OWNER`, is always there). Printed in [`Fixtures::service_accounts`].
    /// They are service accounts of the organization like any other (listed, changed and
    /// deleted through the API), each with one secret valid 365 days of the emulator's clock.
    pub service_accounts: Vec<Vec<String>>,
    /// How long an access token from `POST /api/oauth/token` is valid.
    pub token_lifetime: Duration,
    /// Token requests per client and address (Atlas: 10 a minute).
    pub token_rate_limit: RateLimit,
    /// The organization requires an API access list (`serve --require-access-list`): a key or
    /// service account with no entry is answered `403 ORG_REQUIRES_ACCESS_LIST`. The fixture
    /// credentials then have the loopback addresses on their lists. A principal with entries
    /// is held to them either way.
    pub require_access_list: bool,
    /// Versions of the Atlas Admin API v2 declared deprecated (`serve --sunset
    /// 2023-01-01=2027-06-01`): their answers carry `Deprecation` and `Sunset`, and from the
    /// sunset date on their requests are answered `410 VERSION_GONE`. None by default.
    pub sunsets: Vec<Sunset>,
}

impl Default for Config {
    /// Loopback on a free port, the IDs used in the spec's examples, user
    /// `emulator@example.com` with a fresh random API key, at most 500 API keys in the
    /// organization, 5-minute nonces, MD5, the default [`Limits`], no rate limit, no extra
    /// keys.
    fn default() -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            allow_remote: false,
            public_url: None,
            org_id: "5980cfc70b6d97029d82e3f6".into(),
            project_id: "5e2211c17a3e5a48f5497de3".into(),
            user_id: "5b0d6e4c96e82165e4b10c5a".into(),
            username: "emulator@example.com".into(),
            api_key: crate::Secret::from(super::ids::uuid_v4()),
            fixture_keys: Vec::new(),
            max_api_keys_per_org: super::refusals::MAX_API_KEYS_PER_ORG,
            max_agent_api_keys_per_project: super::refusals::MAX_AGENT_API_KEYS,
            max_service_accounts_per_org: super::refusals::MAX_SERVICE_ACCOUNTS_PER_ORG,
            nonce_lifetime: Duration::from_secs(300),
            algorithm: Algorithm::Md5,
            authentication: true,
            limits: Limits::default(),
            rate_limit: None,
            service_accounts: Vec::new(),
            token_lifetime: Duration::from_secs(3600),
            token_rate_limit: RateLimit {
                capacity: 10,
                period: Duration::from_secs(60),
            },
            require_access_list: false,
            sunsets: Vec::new(),
        }
    }
}

/// Time and connection bounds of a running emulator (`serve --header-timeout` and friends).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// How long a client may take to send a request's head, from its connection or from the
    /// first byte of a later request.
    pub header_timeout: Duration,
    /// How long a client may take to send a request's whole body, once its head is complete.
    pub body_timeout: Duration,
    /// How long a keep-alive connection may sit idle between two requests.
    pub idle_timeout: Duration,
    /// Connections open at once; past it the connection not being served whose phase began
    /// longest ago is closed, or new ones wait in the backlog when every open connection is
    /// being served.
    pub max_connections: usize,
    /// Connections one client address (IPv6: one /64) may hold at once; past it that
    /// address's own oldest connection not being served is closed, or the new one is
    /// refused when all of its connections are being served.
    pub max_connections_per_address: usize,
    /// The listen backlog: connections the kernel holds before they are accepted.
    pub backlog: u32,
}

impl Default for Limits {
    /// 10 s for a head, 30 s for a body, 60 s idle, 1,024 connections, 256 of them (a quarter)
    /// per address, a backlog of 1,024.
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 1024,
            max_connections_per_address: 256,
            backlog: 1024,
        }
    }
}

/// Where a running emulator is and how to use it: the JSON line `serve` prints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Fixtures {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// Where every API is, `PUBLIC_URL` (`http://127.0.0.1:39205`): the server of the
    /// contract, whose paths are whole (`/api/atlas/v2/...`). Give it to a client generated
    /// from `openapi.yaml`.
    pub origin: String,
    /// The Atlas base URL, `PUBLIC_URL/api/atlas/v1.0`: the deprecated v1.0 API, as every
    /// earlier version of the emulator printed it, so that tests written against it keep
    /// working. This crate's client takes it (or `origin`) and picks each operation's API.
    pub base_url: String,
    /// The Ops Manager base URL, `PUBLIC_URL/api/public/v1.0`.
    pub ops_manager_url: String,
    /// Digest user name of the fixture user.
    pub username: String,
    /// Digest password (the fixture user's personal API key).
    pub api_key: String,
    /// The organization.
    pub org_id: String,
    /// The project.
    pub project_id: String,
    /// The user.
    pub user_id: String,
    /// The fixture service account's client ID (`mdb_sa_id_` and 24 hex digits): Organization
    /// Owner, like the fixture user. Exchange it for a token at `PUBLIC_URL/api/oauth/token`.
    pub client_id: String,
    /// Its secret.
    pub client_secret: String,
    /// `Authorization: Bearer` value that every `/_emulator/*` endpoint needs.
    pub control_token: String,
    /// The extra keys of [`Config::fixture_keys`].
    #[serde(default)]
    pub keys: Vec<FixtureKey>,
    /// The extra service accounts of [`Config::service_accounts`].
    #[serde(default)]
    pub service_accounts: Vec<FixtureServiceAccount>,
}

/// A service account created at start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixtureServiceAccount {
    /// Its client ID.
    pub client_id: String,
    /// Its secret.
    pub client_secret: String,
    /// Its roles: organization roles in the organization, `GROUP_*` roles in the project.
    pub roles: Vec<String>,
}

/// A programmatic API key created at start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FixtureKey {
    /// Its ID (24 hex digits).
    pub id: String,
    /// Its public key: the digest user name.
    pub public_key: String,
    /// Its private key: the digest password.
    pub private_key: String,
    /// Its roles: organization roles in the organization, `GROUP_*` roles in the project.
    pub roles: Vec<String>,
}

/// Counters for tests and benchmarks (`GET /_emulator/stats`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Requests to the API operations, under either base path.
    pub requests: u64,
    /// 401 answers carrying a digest challenge.
    pub challenges: u64,
    /// Of those, answers to a right digest with an expired or unknown nonce (`stale=true`).
    pub stale_nonces: u64,
    /// Of those, refusals of a (nonce, nc) pair that was already used.
    pub replays: u64,
    /// Authenticated requests refused for lack of a role, or by an API access list.
    pub forbidden: u64,
    /// Requests refused with 429 by a rate limit (the API's or the token endpoint's).
    pub rate_limited: u64,
    /// Requests to `POST /api/oauth/token`.
    pub token_requests: u64,
    /// API requests authenticated with a bearer token.
    pub bearer_calls: u64,
    /// Authenticated API requests (let in by authentication and the access list, whatever
    /// they were answered then), per `operationId`; operations never called are left out.
    /// A test counts what a client asked for: `operations["createOrgApiKey"]`.
    #[serde(default)]
    pub operations: BTreeMap<String, u64>,
    /// Of those, the requests to operations that write (every method but `GET`): a client
    /// that only reads leaves it at 0.
    #[serde(default)]
    pub writes: u64,
    /// Keys created, per operation (of any API).
    pub keys_created: KeysCreated,
    /// Nonces whose used counts are on record (authenticated traffic of one nonce lifetime).
    pub nonces_on_record: u64,
    /// Connections.
    pub connections: ConnectionStats,
}

/// Keys created, per operation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeysCreated {
    /// `createOrgApiKey`, `createApiKey` and `createOpsManagerOrgApiKey`.
    pub org: u64,
    /// `createGroupApiKey`, `createProjectApiKey` and `createOpsManagerProjectApiKey`.
    pub project: u64,
    /// `createAgentApiKey`.
    pub agent: u64,
    /// `createUserApiKey`.
    pub user: u64,
}

/// What happened to connections.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionStats {
    /// Open now.
    pub open: u64,
    /// Accepted since start.
    pub accepted: u64,
    /// Closed because a request head did not arrive within the header timeout.
    pub header_timeouts: u64,
    /// Closed after sitting idle for the idle timeout.
    pub idle_timeouts: u64,
    /// Closed to make room for a new connection at the connection limit.
    pub evicted: u64,
    /// Closed to make room for a new connection from the same address at the per-address
    /// limit.
    pub evicted_per_address: u64,
    /// New connections closed at once: their address had its share of connections, all
    /// being served.
    pub refused: u64,
}
