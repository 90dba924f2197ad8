//! The command line: clap definitions of the global options and the commands.

use clap::{Parser, Subcommand};

use super::agent_keys::AgentKey;
use super::global::Global;
use super::org_keys::OrgKey;
use super::project_keys::ProjectKey;
use super::serve::ServeArgs;
use super::service_accounts::ServiceAccount;
use super::user_keys::UserKey;

/// Create MongoDB Atlas and Ops Manager API keys, or run a local emulator of the API.
///
/// Credentials come from the variables Atlas CLI and mongocli users already have: a service
/// account (MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET, or --client-id and
/// --client-secret-file; MongoDB recommends these, Atlas only), or an API key
/// (MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY, or MCLI_PUBLIC_API_KEY and
/// MCLI_PRIVATE_API_KEY, or --public-key and --private-key-file). With both, the service
/// account is used; MONGODB_ATLAS_ACCESS_TOKEN gives a bearer token obtained elsewhere
/// instead. A service account's token is cached between runs (--no-token-cache). The base URL from --base-url,
/// --ops-manager-url, MONGODB_ATLAS_BASE_URL, MONGODB_ATLAS_OPS_MANAGER_URL or
/// MCLI_OPS_MANAGER_URL; Atlas by default.
///
/// Exit codes: 0 success, 1 the result could not be written to stdout (a created key then goes
/// to stderr), 2 usage or validation (nothing sent), 3 credentials refused, 4 API error
/// (refused, nothing created), 5 the server could not be reached (nothing created), 6 outcome
/// unknown (the create was sent and may have happened: no complete answer, or a 5xx), 7 the key was created (and printed)
/// but its access list was not applied, 8 permission denied (a role or an API access list;
/// nothing created), 9 the key was created (and printed as MongoDB sent it) but the answer did
/// not match the contract; `org-key rotate`, `org-key migrate`, `service-account secret
/// rotate`: 10 the replacement was made and deleted again (the old credential untouched), 11
/// the replacement could not be deleted either (printed on stderr with its secret), 12 the new
/// credential is delivered but the old one could not be deleted.
#[derive(Parser)]
#[command(name = "mongodb-api-keys", version)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Organization API keys.
    #[command(subcommand)]
    OrgKey(OrgKey),
    /// Organization API keys assigned to a project.
    #[command(subcommand)]
    ProjectKey(ProjectKey),
    /// Agent API keys (Ops Manager).
    #[command(subcommand)]
    AgentKey(AgentKey),
    /// Personal user API keys (deprecated by MongoDB).
    #[command(subcommand)]
    UserKey(UserKey),
    /// Service accounts (OAuth 2.0, what MongoDB recommends) and their secrets.
    #[command(subcommand)]
    ServiceAccount(ServiceAccount),
    /// Run the emulator (every operation of the contract) on loopback.
    ///
    /// Prints one JSON line with `addr`, `baseUrl`, `username`, `apiKey`, `orgId`,
    /// `projectId` and `userId`, then serves until Ctrl-C or SIGTERM.
    Serve(Box<ServeArgs>),
    /// Start the emulator in-process and create one key of each kind against it.
    Demo,
    /// Print the embedded OpenAPI document (YAML, or JSON with --json).
    Spec {
        /// Print JSON instead of YAML.
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script, e.g. `mongodb-api-keys completions bash`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}
