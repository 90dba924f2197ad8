//! `org-key`: an organization's API keys, their whole life (create, list, get, update,
//! delete, rotate) and their access lists (`access_lists.rs`).

use clap::Subcommand;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::{self, Deleted};

use super::CliError;
use super::access_lists::{self, AccessList};
use super::client::{CliClient, ORG_ID_ENV, id_or_env, output};
use super::global::{AccessListArg, Global};
use super::migrate::{self, Migrate};
use super::output::{print_deleted, print_list, print_read, read};
use super::rotate::{self, Rotate};

/// The columns of a list of keys; the private key is never one (MongoDB masks it anyway).
pub(crate) const KEY_COLUMNS: &[&str] = &["id", "publicKey", "desc", "roles"];

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
    /// List the organization's API keys (every page), private keys masked.
    List {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
    },
    /// Show one API key, its private key masked.
    Get {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits), not its public key.
        #[arg(long)]
        key_id: String,
    },
    /// Change an API key's description, organization roles (replacing them), or both.
    Update {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
        /// The new description.
        #[arg(long)]
        desc: Option<String>,
        /// An organization role the key has from now on; repeat for more.
        #[arg(long = "role")]
        roles: Vec<String>,
    },
    /// Delete an API key (from the organization and every project). A key already gone
    /// exits 0, saying so.
    Delete {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
    },
    /// Replace an API key with a new one (same description, roles, projects and access
    /// list), prove the new one works, deliver its secret, then delete the old one.
    Rotate(Box<Rotate>),
    /// Move an API key to a new service account with its roles, projects and access list;
    /// prove it, deliver its secret; delete the key only with --delete-key.
    Migrate(Box<Migrate>),
    /// The API access list of an organization API key.
    #[command(subcommand)]
    AccessList(AccessList),
}

pub(crate) async fn run(g: &Global, command: OrgKey) -> Result<(), CliError> {
    match command {
        OrgKey::Create {
            org_id,
            desc,
            roles,
            access_list,
        } => create(g, org_id, &desc, &roles, &access_list).await,
        OrgKey::List { org_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let keys = client.api.list_org_api_keys(&org_id).try_collect().await;
            let keys: Vec<_> = client.finish(keys)?;
            let items: Vec<_> = keys.iter().map(read).collect();
            print_list(&items, KEY_COLUMNS, output(g), g.pretty)
        }
        OrgKey::Get { org_id, key_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let key = client.finish(client.api.get_org_api_key(&org_id, &key_id).await)?;
            print_read(&read(&key), output(g), g.pretty)
        }
        OrgKey::Update {
            org_id,
            key_id,
            desc,
            roles,
        } => update(g, org_id, &key_id, desc.as_deref(), &roles).await,
        OrgKey::Delete { org_id, key_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let deleted = client.finish(client.api.delete_org_api_key(&org_id, &key_id).await)?;
            let gone = deleted == Deleted::AlreadyGone;
            print_deleted("API key", &key_id, gone, output(g))
        }
        OrgKey::Rotate(args) => rotate::run(g, *args).await,
        OrgKey::Migrate(args) => migrate::run(g, *args).await,
        OrgKey::AccessList(command) => access_lists::run(g, command).await,
    }
}

async fn create(
    g: &Global,
    org_id: Option<String>,
    desc: &str,
    roles: &[String],
    access_list: &AccessListArg,
) -> Result<(), CliError> {
    let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
    let roles = roles
        .iter()
        .map(|r| client::parse_org_role(r))
        .collect::<Result<Vec<_>, _>>()?;
    let client = CliClient::new(g)?;
    let api = &client.api;
    let created = if access_list.entries.is_empty() {
        api.create_org_api_key(&org_id, desc, &roles).await
    } else {
        let entries = &access_list.entries;
        api.create_org_api_key_with_access_list(&org_id, desc, &roles, entries)
            .await
    };
    client.print_key(g, created)
}

async fn update(
    g: &Global,
    org_id: Option<String>,
    key_id: &str,
    desc: Option<&str>,
    roles: &[String],
) -> Result<(), CliError> {
    let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
    let roles = roles
        .iter()
        .map(|r| client::parse_org_role(r))
        .collect::<Result<Vec<_>, _>>()?;
    let roles = (!roles.is_empty()).then_some(roles.as_slice());
    let client = CliClient::new(g)?;
    let updated = client
        .api
        .update_org_api_key(&org_id, key_id, desc, roles)
        .await;
    let key = client.finish(updated)?;
    print_read(&read(&key), output(g), g.pretty)
}
