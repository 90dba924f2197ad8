//! `org-key access-list`: the addresses an organization API key may call from.

use clap::Subcommand;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::AccessListEntry;
use mongodb_api_keys::client::Deleted;

use super::CliError;
use super::client::{CliClient, ORG_ID_ENV, id_or_env, output};
use super::global::{Global, parse_entry};
use super::output::{json, print, print_deleted, print_list};

/// The columns of a list of entries.
const ENTRY_COLUMNS: &[&str] = &["cidrBlock", "ipAddress", "count", "created", "lastUsed"];

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
    /// List the access list of an organization API key (every page).
    List {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
    },
    /// Remove one entry from the access list of an organization API key. An entry already
    /// gone exits 0, saying so.
    Delete {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
        /// The address or CIDR block to remove.
        #[arg(long = "entry", value_name = "IP_OR_CIDR", value_parser = parse_entry)]
        entry: AccessListEntry,
    },
}

pub(crate) async fn run(g: &Global, command: AccessList) -> Result<(), CliError> {
    match command {
        AccessList::Add {
            org_id,
            key_id,
            entries,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let api = &client.api;
            let added = api
                .add_access_list_entries(&org_id, &key_id, &entries)
                .await;
            let list = client.finish(added)?;
            print(&json(&list), output(g), g.pretty)
        }
        AccessList::List { org_id, key_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let entries = client.api.list_access_list_entries(&org_id, &key_id);
            let entries: Vec<_> = client.finish(entries.try_collect().await)?;
            let items: Vec<_> = entries.iter().map(json).collect();
            print_list(&items, ENTRY_COLUMNS, output(g), g.pretty)
        }
        AccessList::Delete {
            org_id,
            key_id,
            entry,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let api = &client.api;
            let deleted = api.delete_access_list_entry(&org_id, &key_id, &entry).await;
            let gone = client.finish(deleted)? == Deleted::AlreadyGone;
            print_deleted("access-list entry", &entry.to_string(), gone, output(g))
        }
    }
}
