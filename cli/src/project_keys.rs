//! `project-key`: organization API keys and projects (create in a project, list a
//! project's keys, assign an existing key, unassign it).

use clap::Subcommand;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::{self, Deleted, Product};

use super::CliError;
use super::client::{CliClient, PROJECT_ID_ENV, id_or_env, output};
use super::global::{AccessListArg, Global};
use super::org_keys::KEY_COLUMNS;
use super::output::{print_deleted, print_list, print_read, read};

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
    /// List the API keys assigned to a project (every page), private keys masked (Atlas).
    List {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
    },
    /// Assign an existing organization API key to a project with project roles (Atlas).
    Assign {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
        /// A project role, e.g. GROUP_READ_ONLY; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
    /// Unassign an API key from a project (its roles there revoked; the key stays in the
    /// organization). A key not assigned exits 0, saying so (Atlas).
    Unassign {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// The key's ID (24 hex digits).
        #[arg(long)]
        key_id: String,
    },
}

pub(crate) async fn run(g: &Global, command: ProjectKey) -> Result<(), CliError> {
    match command {
        ProjectKey::Create {
            project_id,
            desc,
            roles,
            access_list,
        } => create(g, project_id, &desc, &roles, &access_list).await,
        ProjectKey::List { project_id } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let client = CliClient::new(g)?;
            let keys = client
                .api
                .list_project_api_keys(&project_id)
                .try_collect()
                .await;
            let keys: Vec<_> = client.finish(keys)?;
            let items: Vec<_> = keys.iter().map(read).collect();
            print_list(&items, KEY_COLUMNS, output(g), g.pretty)
        }
        ProjectKey::Assign {
            project_id,
            key_id,
            roles,
        } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let roles = roles
                .iter()
                .map(|r| client::parse_project_role(r))
                .collect::<Result<Vec<_>, _>>()?;
            let client = CliClient::new(g)?;
            let api = &client.api;
            let assigned = api
                .assign_api_key_to_project(&project_id, &key_id, &roles)
                .await;
            client.finish(assigned)?;
            let roles: Vec<String> = roles.iter().map(ToString::to_string).collect();
            let done =
                serde_json::json!({"assigned": key_id, "projectId": project_id, "roles": roles});
            print_read(&done, output(g), g.pretty)
        }
        ProjectKey::Unassign { project_id, key_id } => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let client = CliClient::new(g)?;
            let api = &client.api;
            let removed = api
                .unassign_api_key_from_project(&project_id, &key_id)
                .await;
            let gone = client.finish(removed)? == Deleted::AlreadyGone;
            print_deleted("project assignment of API key", &key_id, gone, output(g))
        }
    }
}

async fn create(
    g: &Global,
    project_id: Option<String>,
    desc: &str,
    roles: &[String],
    access_list: &AccessListArg,
) -> Result<(), CliError> {
    let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
    let client = CliClient::new(g)?;
    let api = &client.api;
    // Ops Manager's own project roles (GROUP_AUTOMATION_ADMIN, ...) have their own create.
    if api.product() == Product::OpsManager && access_list.entries.is_empty() {
        let roles = roles
            .iter()
            .map(|r| client::parse_ops_manager_project_role(r))
            .collect::<Result<Vec<_>, _>>()?;
        let created = api
            .create_ops_manager_project_api_key(&project_id, desc, &roles)
            .await;
        return client.print_key(g, created);
    }
    let roles = roles
        .iter()
        .map(|r| client::parse_project_role(r))
        .collect::<Result<Vec<_>, _>>()?;
    let created = if access_list.entries.is_empty() {
        api.create_project_api_key(&project_id, desc, &roles).await
    } else {
        let entries = &access_list.entries;
        api.create_project_api_key_with_access_list(&project_id, desc, &roles, entries)
            .await
    };
    client.print_key(g, created)
}
