//! An emulator from its [`Config`]: the configuration checked (what cannot work, or would
//! expose the emulator unasked, is refused with the reason), and the state it starts with,
//! fixture keys and service accounts registered.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use super::config::{Config, FixtureServiceAccount, Fixtures};
use super::ids::is_object_id;
use super::products::{self, Api, RoleScope};
use super::sa_lifecycle::{client_id_value, secret_value};
use super::slots::Connections;
use super::state::EmulatorState;
use super::version::Sunset;

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

/// The state of an emulator of `config` listening on `addr` (answers say `public_url`), with
/// its fixture keys and service accounts registered.
pub(crate) fn build_state(
    config: &Config,
    addr: SocketAddr,
    public_url: String,
    connections: Arc<Connections>,
) -> Result<Arc<EmulatorState>, EmulatorError> {
    let fixtures = Fixtures {
        addr,
        origin: public_url.clone(),
        base_url: format!("{public_url}{}", Api::AtlasV1.prefix()),
        ops_manager_url: format!("{public_url}{}", Api::Public.prefix()),
        username: config.username.clone(),
        api_key: config.api_key.expose_secret().to_owned(),
        org_id: config.org_id.clone(),
        project_id: config.project_id.clone(),
        user_id: config.user_id.clone(),
        client_id: client_id_value(),
        client_secret: secret_value(),
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
        if !state.add_fixture_service_account(account) {
            return Err(EmulatorError::Config(
                "the fixture service accounts do not fit in the organization".into(),
            ));
        }
    }
    Ok(state)
}

/// Refuses a configuration that cannot work, or that would expose the emulator unasked.
pub(crate) fn check(config: &Config) -> Result<(), EmulatorError> {
    let refuse = |message: String| Err(EmulatorError::Config(message));
    for (name, id) in [
        ("org id", &config.org_id),
        ("project id", &config.project_id),
        ("user id", &config.user_id),
    ] {
        if !is_object_id(id) {
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
    check_limits(config)
}

/// Refuses limits out of range, unknown fixture roles and sunsets of versions not served.
fn check_limits(config: &Config) -> Result<(), EmulatorError> {
    let refuse = |message: String| Err(EmulatorError::Config(message));
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
    let unknown = Sunset::unknown(&config.sunsets);
    if !unknown.is_empty() {
        return refuse(format!(
            "no operation is served with version {} of the Admin API v2 (--sunset); the \
             spec's versions: {} (API keys), {} (service accounts)",
            unknown.join(", "),
            products::V2_MEDIA_TYPE,
            products::V2_SERVICE_ACCOUNTS_MEDIA_TYPE
        ));
    }
    let max_accounts = config.max_service_accounts_per_org;
    if !(1..=100_000).contains(&max_accounts) || config.service_accounts.len() >= max_accounts {
        return refuse(format!(
            "the organization may hold {max_accounts} service accounts \
             (Config::max_service_accounts_per_org) and {} fixture service accounts are asked \
             for, besides the one always there; the limit must be 1 to 100000 and hold them",
            config.service_accounts.len()
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
pub(crate) fn check_durations(config: &Config) -> Result<(), EmulatorError> {
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

/// The service accounts `config.service_accounts` asks for; like keys, one with project
/// roles only is also a member of the organization (MongoDB's service accounts always
/// belong to theirs).
fn fixture_service_accounts(config: &Config) -> Vec<FixtureServiceAccount> {
    config
        .service_accounts
        .iter()
        .map(|roles| FixtureServiceAccount {
            client_id: client_id_value(),
            client_secret: secret_value(),
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
