//! `agent-key`: the keys Ops Manager agents authenticate with (Ops Manager and Cloud Manager).

use clap::Subcommand;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::Deleted;

use super::CliError;
use super::client::{CliClient, PROJECT_ID_ENV, id_or_env, output};
use super::global::Global;
use super::output::{print_deleted, print_list, read};

/// The columns of a list of agent keys; `key` comes masked to its last four characters.
const AGENT_KEY_COLUMNS: &[&str] = &["_id", "desc", "createdBy", "createdTime"];

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
    /// List a project's agent API keys (every page), keys masked.
    List {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
    },
    /// Delete an agent API key. A key already gone exits 0, saying so.
    Delete {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// The agent key's ID (its `_id`, 24 hex digits).
        #[arg(long)]
        key_id: String,
    },
}

pub(crate) async fn run(g: &Global, command: AgentKey) -> Result<(), CliError> {
    match command {
        AgentKey::Create { project_id, desc } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let client = CliClient::new(g)?;
            let created = client.api.create_agent_api_key(&project_id, &desc).await;
            client.print_created(g, created)
        }
        AgentKey::List { project_id } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let client = CliClient::new(g)?;
            let keys = client
                .api
                .list_agent_api_keys(&project_id)
                .try_collect()
                .await;
            let keys: Vec<_> = client.finish(keys)?;
            let items: Vec<_> = keys.iter().map(read).collect();
            print_list(&items, AGENT_KEY_COLUMNS, output(g), g.pretty)
        }
        AgentKey::Delete { project_id, key_id } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let client = CliClient::new(g)?;
            let deleted = client.api.delete_agent_api_key(&project_id, &key_id).await;
            let gone = client.finish(deleted)? == Deleted::AlreadyGone;
            print_deleted("agent API key", &key_id, gone, output(g))
        }
    }
}
