//! The options every command takes (`Global`) and the argument types several share: what
//! the resource commands need of the command line, below `args.rs`, which wires them.

use clap::{Args, ValueEnum};
use mongodb_api_keys::AccessListEntry;

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

/// An access-list entry as the command line takes it: an address or a CIDR block.
pub(crate) fn parse_entry(text: &str) -> Result<AccessListEntry, String> {
    text.parse()
        .map_err(|e: mongodb_api_keys::access_list::InvalidEntry| e.to_string())
}
