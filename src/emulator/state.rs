//! What every request shares ([`EmulatorState`]): the fixtures, the credentials of every
//! principal (`credentials.rs`), the nonces, counters, faults, rate limits, and how many keys
//! the organization and the project hold.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};

use super::access_list::AccessLists;
use super::config::{
    Config, ConnectionStats, FixtureKey, FixtureServiceAccount, Fixtures, KeysCreated, Stats,
};
use super::control::Faults;
use super::credentials::{Credential, Credentials};
use super::nonces::Nonces;
use super::oauth::OAuth;
use super::ratelimit::RateLimiter;
use super::slots::Connections;
use crate::digest::Algorithm;

/// One role of a principal, in an organization or a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Grant {
    pub(crate) scope: Scope,
    pub(crate) role: String,
}

/// Where a role applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Org(String),
    Project(String),
}

/// Who a request authenticated as, and the roles it holds; put into the request's
/// extensions by the authentication middleware.
#[derive(Clone, Debug)]
pub(crate) struct Principal {
    pub(crate) who: Who,
    pub(crate) grants: Arc<[Grant]>,
}

/// The kind of principal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Who {
    /// A MongoDB user, authenticated with a personal API key.
    User { user_id: String },
    /// A programmatic API key, by its ID.
    ApiKey { id: String },
    /// A service account, by its client ID.
    ServiceAccount { client_id: String },
}

impl Principal {
    /// Whether it holds `role` in organization `org_id`.
    pub(crate) fn has_org_role(&self, org_id: &str, role: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.scope == Scope::Org(org_id.to_owned()))
    }

    /// Whether it holds any role in organization `org_id`.
    pub(crate) fn in_org(&self, org_id: &str) -> bool {
        self.grants
            .iter()
            .any(|g| matches!(&g.scope, Scope::Org(o) if o == org_id))
    }

    /// Whether it holds `role` in project `group_id`.
    pub(crate) fn has_project_role(&self, group_id: &str, role: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.scope == Scope::Project(group_id.to_owned()))
    }

    /// Whether it holds any role in project `group_id`.
    pub(crate) fn in_project(&self, group_id: &str) -> bool {
        self.grants
            .iter()
            .any(|g| matches!(&g.scope, Scope::Project(p) if p == group_id))
    }
}

/// The state every request shares.
pub(crate) struct EmulatorState {
    pub(crate) fixtures: Fixtures,
    /// `http://host:port`, from `--public-url` or the bound address; `links` start with it.
    pub(crate) public_url: String,
    pub(crate) algorithm: Algorithm,
    pub(crate) authentication: bool,
    pub(crate) nonces: Nonces,
    pub(crate) credentials: Credentials,
    /// Programmatic API keys of the organization (fixture keys included): at most
    /// `max_api_keys_per_org`.
    pub(crate) org_api_keys: KeyCount,
    /// Agent API keys created in the project: at most `max_agent_api_keys_per_project`.
    pub(crate) agent_api_keys: KeyCount,
    pub(crate) counters: Counters,
    pub(crate) faults: Faults,
    pub(crate) rate_limiter: Option<RateLimiter>,
    pub(crate) connections: Arc<Connections>,
    pub(crate) body_timeout: std::time::Duration,
    pub(crate) oauth: OAuth,
    pub(crate) access_lists: AccessLists,
}

/// Request counters (see [`Stats`]).
#[derive(Default)]
pub(crate) struct Counters {
    pub(crate) requests: AtomicU64,
    pub(crate) challenges: AtomicU64,
    pub(crate) stale_nonces: AtomicU64,
    pub(crate) replays: AtomicU64,
    pub(crate) forbidden: AtomicU64,
    pub(crate) rate_limited: AtomicU64,
    pub(crate) token_requests: AtomicU64,
    pub(crate) bearer_calls: AtomicU64,
    pub(crate) org_keys: AtomicU64,
    pub(crate) project_keys: AtomicU64,
    pub(crate) agent_keys: AtomicU64,
    pub(crate) user_keys: AtomicU64,
    pub(crate) object_ids: AtomicU32,
}

impl EmulatorState {
    pub(crate) fn new(
        config: &Config,
        fixtures: Fixtures,
        public_url: String,
        connections: Arc<Connections>,
    ) -> Self {
        let state = EmulatorState {
            fixtures,
            public_url,
            algorithm: config.algorithm,
            authentication: config.authentication,
            nonces: Nonces::new(config.nonce_lifetime),
            credentials: Credentials::new(config.algorithm),
            org_api_keys: KeyCount::new(config.max_api_keys_per_org),
            agent_api_keys: KeyCount::new(config.max_agent_api_keys_per_project),
            counters: Counters::default(),
            faults: Faults::default(),
            rate_limiter: config.rate_limit.map(RateLimiter::new),
            connections,
            body_timeout: config.limits.body_timeout,
            oauth: OAuth::new(config.token_lifetime, config.token_rate_limit),
            access_lists: AccessLists::new(config.require_access_list),
        };
        let user = state.fixture_user();
        state.access_lists.admit_loopback(user.who.clone());
        let password = config.api_key.expose_secret();
        // The first password of the user: nothing to refuse.
        (state.credentials).add_user_password(&config.username, password, user, usize::MAX);
        state
    }

    /// The fixture user: Organization Owner of the fixture organization.
    pub(crate) fn fixture_user(&self) -> Principal {
        Principal {
            who: Who::User {
                user_id: self.fixtures.user_id.clone(),
            },
            grants: Arc::new([Grant {
                scope: Scope::Org(self.fixtures.org_id.clone()),
                role: "ORG_OWNER".into(),
            }]),
        }
    }

    /// The organization a project belongs to.
    pub(crate) fn org_of_project(&self, group_id: &str) -> Option<&str> {
        (group_id == self.fixtures.project_id).then_some(self.fixtures.org_id.as_str())
    }

    /// The organization an API path (`/api/.../v1.0/{orgs|groups|users}/{id}/...`) is about.
    /// The ID is percent-decoded first, as the handlers' path extractor decodes it: `%36` is
    /// `6` there, so it must be here, or it would be a way around the rate limit.
    pub(crate) fn org_of_path(&self, path: &str) -> Option<&str> {
        let mut segments = path.split('/').skip(4);
        let (collection, id) = (segments.next()?, segments.next()?);
        let id = percent_encoding::percent_decode_str(id)
            .decode_utf8()
            .ok()?;
        match collection {
            "orgs" if id == self.fixtures.org_id => Some(&self.fixtures.org_id),
            "groups" => self.org_of_project(&id),
            "users" if id == self.fixtures.user_id => Some(&self.fixtures.org_id),
            _ => None,
        }
    }

    /// The credential of digest user name `name`.
    pub(crate) fn credential(&self, name: &str) -> Option<Arc<Credential>> {
        self.credentials.get(name)
    }

    /// A snapshot of the counters.
    pub(crate) fn stats(&self) -> Stats {
        let c = &self.counters;
        let get = |n: &AtomicU64| n.load(Ordering::Relaxed);
        let conns = &self.connections.counters;
        Stats {
            requests: get(&c.requests),
            challenges: get(&c.challenges),
            stale_nonces: get(&c.stale_nonces),
            replays: get(&c.replays),
            forbidden: get(&c.forbidden),
            rate_limited: get(&c.rate_limited),
            token_requests: get(&c.token_requests),
            bearer_calls: get(&c.bearer_calls),
            keys_created: KeysCreated {
                org: get(&c.org_keys),
                project: get(&c.project_keys),
                agent: get(&c.agent_keys),
                user: get(&c.user_keys),
            },
            nonces_on_record: self.nonces.recorded() as u64,
            connections: ConnectionStats {
                open: self.connections.open() as u64,
                accepted: get(&conns.accepted),
                header_timeouts: get(&conns.header_timeouts),
                idle_timeouts: get(&conns.idle_timeouts),
                evicted: get(&conns.evicted),
                evicted_per_address: get(&conns.evicted_per_address),
                refused: get(&conns.refused),
            },
        }
    }

    /// Creates a fixture key holding `roles` (see [`Config::fixture_keys`]); `None` when the
    /// organization is full or no free public key could be drawn (refused at start).
    pub(crate) fn add_fixture_key(&self, roles: Vec<String>) -> Option<FixtureKey> {
        let id = crate::digest::hex(&crate::random::bytes::<12>());
        let principal = Principal {
            who: Who::ApiKey { id: id.clone() },
            grants: self.fixture_grants(&roles).into(),
        };
        let private_key = super::keys::uuid_v4();
        let who = principal.who.clone();
        if !self.org_api_keys.take() {
            return None;
        }
        let public_key = super::credentials::public_key;
        let Some(public_key) = self
            .credentials
            .insert_key(&private_key, principal, public_key)
        else {
            self.org_api_keys.give_back();
            return None;
        };
        self.access_lists.register_key(&id, &self.fixtures.org_id);
        self.access_lists.admit_loopback(who);
        Some(FixtureKey {
            id,
            public_key,
            private_key,
            roles,
        })
    }

    /// Registers a fixture service account.
    pub(crate) fn add_fixture_service_account(&self, account: &FixtureServiceAccount) {
        let principal = Principal {
            who: Who::ServiceAccount {
                client_id: account.client_id.clone(),
            },
            grants: self.fixture_grants(&account.roles).into(),
        };
        self.access_lists.admit_loopback(principal.who.clone());
        self.oauth
            .add_account(&account.client_id, &account.client_secret, principal);
    }

    /// Organization roles in the fixture organization, `GROUP_*` roles in its project.
    fn fixture_grants(&self, roles: &[String]) -> Vec<Grant> {
        roles
            .iter()
            .map(|role| Grant {
                scope: if role.starts_with("GROUP_") {
                    Scope::Project(self.fixtures.project_id.clone())
                } else {
                    Scope::Org(self.fixtures.org_id.clone())
                },
                role: role.clone(),
            })
            .collect()
    }
}

/// How many keys of one kind a container holds, at most `max`.
pub(crate) struct KeyCount {
    held: AtomicUsize,
    pub(crate) max: usize,
}

impl KeyCount {
    fn new(max: usize) -> Self {
        KeyCount {
            held: AtomicUsize::new(0),
            max,
        }
    }

    /// Counts one more key; `false` (nothing counted) when `max` are held.
    pub(crate) fn take(&self) -> bool {
        self.held
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            })
            .is_ok()
    }

    /// Gives back a key counted by [`Self::take`] that was not made after all.
    pub(crate) fn give_back(&self) {
        self.held.fetch_sub(1, Ordering::AcqRel);
    }
}
