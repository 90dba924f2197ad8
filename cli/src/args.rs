//! The command line: clap definitions of the global options and the commands.

use clap::{Args, Parser, Subcommand, ValueEnum};
use mongodb_api_keys::AccessListEntry;

use super::serve::ServeArgs;

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
/// not match the contract.
#[derive(Parser)]
#[command(name = "mongodb-api-keys", version)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Args)]
pub(crate) struct Global {
    /// The API base URL, e.g. https://cloud.mongodb.com/api/atlas/v1.0.
    #[arg(long, global = true, conflicts_with = "ops_manager_url")]
    pub(crate) base_url: Option<String>,
    /// An Ops Manager at HOST:PORT (HTTPS, /api/public/v1.0).
    #[arg(long, global = true, value_name = "HOST:PORT")]
    pub(crate) ops_manager_url: Option<String>,
    /// MongoDB Cloud Manager (https://cloud.mongodb.com/api/public/v1.0): Ops Manager's API
    /// hosted by MongoDB, where agent keys exist.
    #[arg(long, global = true, conflicts_with_all = ["base_url", "ops_manager_url"])]
    pub(crate) cloud_manager: bool,
    /// The public key; default MONGODB_ATLAS_PUBLIC_API_KEY or MCLI_PUBLIC_API_KEY.
    #[arg(long, global = true)]
    pub(crate) public_key: Option<String>,
    /// A file holding the private key; default MONGODB_ATLAS_PRIVATE_API_KEY or MCLI_PRIVATE_API_KEY.
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) private_key_file: Option<String>,
    /// A service account's client ID; default MONGODB_ATLAS_CLIENT_ID.
    #[arg(long, global = true)]
    pub(crate) client_id: Option<String>,
    /// A file holding the service account's secret; default MONGODB_ATLAS_CLIENT_SECRET.
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) client_secret_file: Option<String>,
    /// Do not keep a service account's access token between runs (by default it is kept in
    /// the user's cache directory, one file per client ID and token URL, mode 0600).
    #[arg(long, global = true)]
    pub(crate) no_token_cache: bool,
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, global = true, value_enum)]
    pub(crate) output: Option<Output>,
    /// Ask the server to wrap answers in an envelope (the client unwraps them).
    #[arg(long, global = true)]
    pub(crate) envelope: bool,
    /// Ask the server to indent its JSON, and print JSON indented.
    #[arg(long, global = true)]
    pub(crate) pretty: bool,
    /// Also trust the CA certificates in this PEM file (an Ops Manager with its own CA).
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) ca_cert: Option<String>,
    /// Seconds a request may take (at least 1).
    #[arg(long, global = true, value_name = "SECS", default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub(crate) timeout: u64,
    /// Let a service account's secret and tokens (or MONGODB_ATLAS_ACCESS_TOKEN) go over
    /// plain http:// to a host that is not this machine (refused otherwise: anyone on the
    /// path could read them).
    #[arg(long, global = true)]
    pub(crate) allow_insecure_http: bool,
    /// Log each call and HTTP exchange to stderr (secrets redacted).
    #[arg(long, short, global = true)]
    pub(crate) verbose: bool,
    /// A CA bundle the client reads itself (`tls.rs`), not a flag.
    #[arg(skip)]
    pub(crate) trust_bundle: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Output {
    Json,
    Table,
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
    /// Run the emulator: the create-key and access-list operations, on loopback.
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

#[derive(Subcommand)]
pub(crate) enum OrgKey {
    /// Create an organization API key.
    Create {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Description, 1 to 250 characters.
        #[arg(long)]
        desc: String,
        /// An organization role, e.g. ORG_MEMBER; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[command(flatten)]
        access_list: AccessListArg,
    },
    /// The API access list of an organization API key.
    #[command(subcommand)]
    AccessList(AccessList),
}

/// `--access-list` on the create commands.
#[derive(Args)]
pub(crate) struct AccessListArg {
    /// Then add this address or CIDR block (e.g. 192.0.2.10, 198.51.100.0/24, 2001:db8::/32)
    /// to the new key's access list, so that it works at once in an organization that
    /// requires one; repeat for more. If the key is created but the list is not applied, the
    /// key is printed anyway and the exit code is 7.
    #[arg(long = "access-list", value_name = "IP_OR_CIDR", value_parser = parse_entry)]
    pub(crate) entries: Vec<AccessListEntry>,
}

#[derive(Subcommand)]
pub(crate) enum AccessList {
    /// Add entries to the access list of an existing organization API key.
    Add {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits, the `id` of the created key), not its public key.
        #[arg(long)]
        key_id: String,
        /// An address or CIDR block, e.g. 192.0.2.10 or 198.51.100.0/24; repeat for more.
        #[arg(long = "entry", value_name = "IP_OR_CIDR", required = true, value_parser = parse_entry)]
        entries: Vec<AccessListEntry>,
    },
}

fn parse_entry(text: &str) -> Result<AccessListEntry, String> {
    text.parse()
        .map_err(|e: mongodb_api_keys::access_list::InvalidEntry| e.to_string())
}

#[derive(Subcommand)]
pub(crate) enum ProjectKey {
    /// Create an organization API key and assign it to a project.
    Create {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// Description, 1 to 250 characters.
        #[arg(long)]
        desc: String,
        /// A project role, e.g. GROUP_READ_ONLY; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        #[command(flatten)]
        access_list: AccessListArg,
    },
}

#[derive(Subcommand)]
pub(crate) enum AgentKey {
    /// Create an agent API key.
    Create {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// Label of the key.
        #[arg(long)]
        desc: String,
    },
}

#[derive(Subcommand)]
pub(crate) enum UserKey {
    /// Create a personal API key (deprecated endpoint; prefer `org-key create`).
    Create {
        /// The user (the credentials must be that user's).
        #[arg(long)]
        user_id: String,
        /// Description; may be empty.
        #[arg(long)]
        description: String,
    },
}
