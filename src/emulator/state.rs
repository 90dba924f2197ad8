//! What every request shares ([`EmulatorState`]): the fixtures, the credentials of every
//! principal (`credentials.rs`), the organization's API keys and the project's agent keys
//! (`table.rs`), access lists, nonces, counters, faults and rate limits; and the lookups of
//! the organization, project and user a path names. The bottom of the emulator's layers: it
//! imports the stores it holds, and nothing that handles a request.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::access_list_table::AccessLists;
use super::clock::Clock;
use super::config::{Config, ConnectionStats, Fixtures, KeysCreated, Stats};
use super::credentials::{Credential, Credentials};
use super::errors;
use super::fault::Faults;
use super::ids::{ObjectIds, is_object_id};
use super::nonces::Nonces;
use super::operations::{OPERATIONS, Operation};
use super::principal::{Grant, Principal, Scope, Who};
use super::ratelimit::RateLimiter;
use super::records::{StoredAgentKey, StoredKey};
use super::response::ApiFailure;
use super::service_accounts::OAuth;
use super::slots::Connections;
use super::table::Table;
use crate::digest::Algorithm;

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
    pub(crate) keys: Table<StoredKey>,
    /// Agent API keys of the project: at most `max_agent_api_keys_per_project`.
    pub(crate) agent_keys: Table<StoredAgentKey>,
    pub(crate) ids: ObjectIds,
    pub(crate) counters: Counters,
    pub(crate) faults: Faults,
    pub(crate) rate_limiter: Option<RateLimiter>,
    pub(crate) connections: Arc<Connections>,
    pub(crate) body_timeout: std::time::Duration,
    /// Service accounts (at most `max_service_accounts_per_org`) and their tokens.
    pub(crate) oauth: OAuth,
    pub(crate) access_lists: AccessLists,
    /// The time secrets and tokens expire by; tests move it.
    pub(crate) clock: Clock,
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
    /// Authenticated requests per operation, in the order of [`OPERATIONS`].
    pub(crate) operations: Box<[AtomicU64]>,
    pub(crate) writes: AtomicU64,
}

impl Counters {
    /// Counts an authenticated request to `operation`.
    pub(crate) fn called(&self, operation: &Operation) {
        let index = OPERATIONS.iter().position(|op| std::ptr::eq(op, operation));
        if let Some(counter) = index.and_then(|i| self.operations.get(i)) {
            counter.fetch_add(1, Ordering::Relaxed);
        }
        if operation.method != "GET" {
            self.writes.fetch_add(1, Ordering::Relaxed);
        }
    }
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
            keys: Table::new(config.max_api_keys_per_org),
            agent_keys: Table::new(config.max_agent_api_keys_per_project),
            ids: ObjectIds::default(),
            counters: Counters {
                operations: OPERATIONS.iter().map(|_| AtomicU64::new(0)).collect(),
                ..Counters::default()
            },
            faults: Faults::default(),
            rate_limiter: config.rate_limit.map(RateLimiter::new),
            connections,
            body_timeout: config.limits.body_timeout,
            oauth: OAuth::new(
                config.token_lifetime,
                config.token_rate_limit,
                config.max_service_accounts_per_org,
            ),
            access_lists: AccessLists::new(config.require_access_list),
            clock: Clock::default(),
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
            grants: Arc::new([Grant::org(&self.fixtures.org_id, "ORG_OWNER")]),
        }
    }

    /// The organization a project belongs to.
    pub(crate) fn org_of_project(&self, group_id: &str) -> Option<&str> {
        (group_id == self.fixtures.project_id).then_some(self.fixtures.org_id.as_str())
    }

    /// The organization an API path (`/api/{atlas|public}/{version}/{orgs|groups|users}/{id}/...`)
    /// is about.
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
            operations: (OPERATIONS.iter().zip(c.operations.iter()))
                .map(|(op, n)| (op.id.clone(), get(n)))
                .filter(|(_, n)| *n > 0)
                .collect(),
            writes: get(&c.writes),
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

    /// Organization roles in the fixture organization, `GROUP_*` roles in its project.
    pub(crate) fn fixture_grants(&self, roles: &[String]) -> Vec<Grant> {
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

impl EmulatorState {
    /// A path's organization ID: an ObjectId (else 404 `INVALID_ORG_ID`) naming the
    /// organization (else 404 `ORG_NOT_FOUND`).
    pub(crate) fn check_org(&self, org_id: &str) -> Result<(), ApiFailure> {
        if !is_object_id(org_id) {
            Err(errors::invalid_org_id(org_id))
        } else if org_id != self.fixtures.org_id {
            Err(errors::org_not_found(org_id))
        } else {
            Ok(())
        }
    }

    /// A path's project ID, checked like [`Self::check_org`]; its organization.
    pub(crate) fn check_project(&self, group_id: &str) -> Result<&str, ApiFailure> {
        if !is_object_id(group_id) {
            return Err(errors::invalid_group_id(group_id));
        }
        self.org_of_project(group_id)
            .ok_or_else(|| errors::group_not_found(group_id))
    }

    /// A path's user ID, checked like [`Self::check_org`].
    pub(crate) fn check_user(&self, user_id: &str) -> Result<(), ApiFailure> {
        if !is_object_id(user_id) {
            Err(errors::invalid_user_id(user_id))
        } else if user_id != self.fixtures.user_id {
            Err(errors::user_not_found(user_id))
        } else {
            Ok(())
        }
    }
}
