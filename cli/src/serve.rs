//! `serve`: the emulator as a process, with its bounds and fixtures on the command line.

use std::net::SocketAddr;
use std::time::Duration;

use clap::Args;
use mongodb_api_keys::digest::Algorithm;
use mongodb_api_keys::emulator::{Config, Emulator, EmulatorError, Limits, RateLimit, Sunset};

use super::output::write_stdout;
use super::{CliError, Exit};

#[derive(Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on; port 0 picks a free port. Loopback only unless --allow-remote.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Accept a non-loopback --addr (the fixture credentials are printed in clear).
    #[arg(long)]
    allow_remote: bool,
    /// Base of the URLs written into answers (`links`) [default: http://ADDR].
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    /// The organization's ID (24 hex digits).
    #[arg(long)]
    org_id: Option<String>,
    /// The project's ID (24 hex digits).
    #[arg(long)]
    project_id: Option<String>,
    /// The user's ID (24 hex digits).
    #[arg(long)]
    user_id: Option<String>,
    /// The digest user name of the fixture credentials.
    #[arg(long)]
    username: Option<String>,
    /// The digest password of the fixture credentials [default: random].
    #[arg(
        long,
        env = "MONGODB_API_KEYS_EMULATOR_API_KEY",
        hide_env_values = true
    )]
    api_key: Option<String>,
    /// Also create an API key with these roles, e.g. ORG_READ_ONLY or GROUP_OWNER,GROUP_READ_ONLY
    /// (printed under `keys`); repeat for more keys.
    #[arg(long = "fixture-key", value_name = "ROLE[,ROLE...]")]
    fixture_keys: Vec<String>,
    /// API keys the organization may hold (organization and project keys, fixture keys
    /// included; Cloud Manager: 500); past it creates get 400 MAX_API_KEYS_PER_ORG_EXCEEDED.
    #[arg(long, default_value_t = 500, value_name = "N")]
    max_api_keys_per_org: usize,
    /// Agent API keys a project may hold (MongoDB documents no number); past it creates get
    /// 400 EMULATOR_AGENT_API_KEY_LIMIT.
    #[arg(long, default_value_t = 500, value_name = "N")]
    max_agent_api_keys_per_project: usize,
    /// Service accounts the organization may hold, 1 to 100,000 (MongoDB documents no number;
    /// the fixture ones included, and never fewer than they need); past it creates get 400
    /// EMULATOR_SERVICE_ACCOUNT_LIMIT.
    #[arg(long, default_value_t = 100, value_name = "N")]
    max_service_accounts_per_org: usize,
    /// Seconds a nonce stays valid before requests signed with it get `stale=true`.
    #[arg(long, default_value_t = 300, value_name = "SECS")]
    nonce_lifetime: u64,
    /// The algorithm the challenge names.
    #[arg(long, default_value = "MD5", value_parser = parse_algorithm)]
    algorithm: Algorithm,
    /// Accept unauthenticated requests (to measure a bare request's cost; never like MongoDB).
    #[arg(long)]
    no_auth: bool,
    /// Seconds a client may take to send a request's head.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    header_timeout: u64,
    /// Seconds a client may take to send a request's body.
    #[arg(long, default_value_t = 30, value_name = "SECS")]
    body_timeout: u64,
    /// Seconds a keep-alive connection may sit idle.
    #[arg(long, default_value_t = 60, value_name = "SECS")]
    idle_timeout: u64,
    /// Connections open at once; past it the one not being served whose phase began longest
    /// ago (the longest idle, the slowest head or body) is closed, never the new one.
    #[arg(long, default_value_t = 1024, value_name = "N")]
    max_connections: usize,
    /// Connections one client address (IPv6: one /64) may hold; past it its own oldest one
    /// not being served is closed.
    #[arg(long, default_value_t = 256, value_name = "N")]
    max_connections_per_address: usize,
    /// The listen backlog.
    #[arg(long, default_value_t = 1024, value_name = "N")]
    backlog: u32,
    /// Rate-limit each organization as Atlas does: at most CAPACITY requests in any SECONDS
    /// (e.g. 100/60); past it 429 RATE_LIMITED with Retry-After.
    #[arg(long, value_name = "CAPACITY/SECONDS")]
    rate_limit: Option<RateLimit>,
    /// Also create a service account with these roles (printed under `serviceAccounts`);
    /// repeat for more. The fixture service account (`clientId`) is ORG_OWNER.
    #[arg(long = "service-account", value_name = "ROLE[,ROLE...]")]
    service_accounts: Vec<String>,
    /// Seconds an access token from /api/oauth/token is valid.
    #[arg(long, default_value_t = 3600, value_name = "SECS")]
    token_lifetime: u64,
    /// Token requests allowed per service account and address, as CAPACITY/SECONDS.
    #[arg(long, default_value = "10/60", value_name = "CAPACITY/SECONDS")]
    token_rate_limit: RateLimit,
    /// The organization requires an API access list, as Atlas organizations created in its UI
    /// do: calls with a key or service account that has no entry get 403
    /// ORG_REQUIRES_ACCESS_LIST. The printed credentials keep working from this machine (the
    /// loopback addresses are on their lists).
    #[arg(long)]
    require_access_list: bool,
    /// Declare a version of the Atlas Admin API v2 deprecated: its answers carry Deprecation
    /// and Sunset headers, and from the SUNSET date on its requests get 410 VERSION_GONE
    /// (e.g. 2023-01-01=2027-06-01, deprecated a year before; or VERSION=DEPRECATED/SUNSET).
    /// Repeatable.
    #[arg(long, value_name = "VERSION=SUNSET")]
    sunset: Vec<Sunset>,
}

fn parse_algorithm(name: &str) -> Result<Algorithm, String> {
    name.parse().map_err(|_| {
        let names: Vec<&str> = Algorithm::ALL.iter().map(|a| a.name()).collect();
        format!(
            "unknown digest algorithm {name:?}; use one of {}",
            names.join(", ")
        )
    })
}

impl ServeArgs {
    fn config(self) -> Config {
        let defaults = Config::default();
        Config {
            addr: self.addr,
            allow_remote: self.allow_remote,
            public_url: self.public_url,
            org_id: self.org_id.unwrap_or(defaults.org_id),
            project_id: self.project_id.unwrap_or(defaults.project_id),
            user_id: self.user_id.unwrap_or(defaults.user_id),
            username: self.username.unwrap_or(defaults.username),
            api_key: self.api_key.map_or(defaults.api_key, Into::into),
            fixture_keys: roles_lists(&self.fixture_keys),
            max_api_keys_per_org: self.max_api_keys_per_org,
            max_agent_api_keys_per_project: self.max_agent_api_keys_per_project,
            max_service_accounts_per_org: (self.max_service_accounts_per_org)
                .max(self.service_accounts.len() + 1),
            nonce_lifetime: Duration::from_secs(self.nonce_lifetime),
            algorithm: self.algorithm,
            authentication: !self.no_auth,
            limits: Limits {
                header_timeout: Duration::from_secs(self.header_timeout),
                body_timeout: Duration::from_secs(self.body_timeout),
                idle_timeout: Duration::from_secs(self.idle_timeout),
                max_connections: self.max_connections,
                max_connections_per_address: self.max_connections_per_address,
                backlog: self.backlog,
            },
            rate_limit: self.rate_limit,
            service_accounts: roles_lists(&self.service_accounts),
            token_lifetime: Duration::from_secs(self.token_lifetime),
            token_rate_limit: self.token_rate_limit,
            require_access_list: self.require_access_list,
            sunsets: self.sunset,
        }
    }
}

/// `ROLE,ROLE` arguments as lists of roles.
fn roles_lists(arguments: &[String]) -> Vec<Vec<String>> {
    arguments
        .iter()
        .map(|roles| roles.split(',').map(|r| r.trim().to_owned()).collect())
        .collect()
}

/// Starts the emulator, prints its fixtures as one JSON line, serves until Ctrl-C or SIGTERM.
pub(crate) async fn serve(args: ServeArgs) -> Result<(), CliError> {
    let addr = args.addr;
    raise_open_files_limit(args.max_connections);
    let emulator = Emulator::start(args.config()).await.map_err(|e| match e {
        EmulatorError::Config(_) => CliError::new(Exit::Usage, e.to_string()),
        e => CliError::new(Exit::Transport, format!("cannot listen on {addr}: {e}")),
    })?;
    write_stdout(&(serde_json::to_string(emulator.fixtures()).unwrap_or_default() + "\n"))?;
    eprintln!(
        "emulator listening on http://{} (Atlas paths /api/atlas/v1.0, Ops Manager paths /api/public/v1.0); Ctrl-C stops it",
        emulator.addr()
    );
    shutdown_signal().await;
    emulator
        .shutdown()
        .await
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))
}

/// Lets the process hold `--max-connections` sockets: the usual soft limit of 1,024 open files
/// would stop `accept` first, leaving the connection cap (and its eviction of stalled
/// connections) unused. Raises the soft limit to the hard one, as Go's runtime does, and says
/// so when even that is too low.
fn raise_open_files_limit(connections: usize) {
    // Listener, stdio, the runtime's own descriptors.
    let wanted = connections as u64 + 64;
    match rlimit::increase_nofile_limit(wanted) {
        Ok(got) if got >= wanted => {}
        Ok(got) => eprintln!(
            "warning: this process may open {got} files, fewer than --max-connections {connections} \
             needs ({wanted}); raise the hard limit (ulimit -Hn) or lower --max-connections"
        ),
        Err(e) => eprintln!("warning: cannot read or raise the open-file limit: {e}"),
    }
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
