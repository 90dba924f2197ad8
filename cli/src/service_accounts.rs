//! `service-account`: an organization's service accounts (create, list, get, update, delete)
//! and their secrets (create, delete, rotate: `service_account_rotate.rs`).

use std::path::PathBuf;

use clap::Subcommand;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::{self, Deleted};
use mongodb_api_keys::generated::types::OrgServiceAccount;

use super::CliError;
use super::client::{CliClient, ORG_ID_ENV, id_or_env, output};
use super::global::{AccessListArg, Global};
use super::output::{json, print, print_deleted, print_list, print_read, read, write_stdout};
use super::secret_file;
use super::service_account_rotate::{self, RotateSecret};

/// The columns of a list of service accounts; a secret is never one.
const ACCOUNT_COLUMNS: &[&str] = &["clientId", "name", "description", "roles", "createdAt"];

/// How long a new secret lives by default: 30 days.
pub(crate) const DEFAULT_SECRET_HOURS: u32 = 720;

#[derive(Subcommand)]
pub(crate) enum ServiceAccount {
    /// Create a service account with its first secret (shown once: stdout, or --secret-file).
    Create {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Its name: 1 to 64 letters, digits, spaces and - _ . , '
        #[arg(long)]
        name: String,
        /// Its description: 1 to 250 of the same characters.
        #[arg(long)]
        desc: String,
        /// An organization role, e.g. ORG_MEMBER; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Hours its first secret lives: 8 to 8760 (Atlas) or 8766 (Cloud Manager).
        #[arg(long, default_value_t = DEFAULT_SECRET_HOURS)]
        secret_expires_after_hours: u32,
        #[command(flatten)]
        access_list: AccessListArg,
        /// Write the service account (its secret included) to this file, mode 0600,
        /// atomically, instead of stdout; an existing file is never replaced without --force.
        #[arg(long, value_name = "PATH")]
        secret_file: Option<PathBuf>,
        /// Let --secret-file replace an existing file.
        #[arg(long, requires = "secret_file")]
        force: bool,
    },
    /// List the organization's service accounts (every page), secrets masked.
    List {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
    },
    /// Show one service account, its secrets masked.
    Get {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Its client ID (mdb_sa_id_ and 24 hex digits).
        #[arg(long)]
        client_id: String,
    },
    /// Change a service account's name, description or organization roles (replacing them).
    Update {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Its client ID.
        #[arg(long)]
        client_id: String,
        /// The new name.
        #[arg(long)]
        name: Option<String>,
        /// The new description.
        #[arg(long)]
        desc: Option<String>,
        /// An organization role it has from now on; repeat for more.
        #[arg(long = "role")]
        roles: Vec<String>,
    },
    /// Delete a service account, its secrets and access list; its tokens stop working. One
    /// already gone exits 0, saying so.
    Delete {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Its client ID.
        #[arg(long)]
        client_id: String,
    },
    /// A service account's secrets.
    #[command(subcommand)]
    Secret(Secret),
}

#[derive(Subcommand)]
pub(crate) enum Secret {
    /// Create a secret (shown once). MongoDB keeps at most two per service account, and a
    /// new one cuts the others' lifetime to seven days at most.
    Create {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The service account's client ID.
        #[arg(long)]
        client_id: String,
        /// Hours the secret lives: 8 to 8760 (Atlas) or 8766 (Cloud Manager).
        #[arg(long, default_value_t = DEFAULT_SECRET_HOURS)]
        secret_expires_after_hours: u32,
        /// Write the secret to this file, mode 0600, atomically, instead of stdout.
        #[arg(long, value_name = "PATH")]
        secret_file: Option<PathBuf>,
        /// Let --secret-file replace an existing file.
        #[arg(long, requires = "secret_file")]
        force: bool,
    },
    /// Delete a secret; the tokens it obtained stop working. One already gone exits 0.
    Delete {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// The service account's client ID.
        #[arg(long)]
        client_id: String,
        /// The secret's ID (24 hex digits).
        #[arg(long)]
        secret_id: String,
    },
    /// Replace the service account's secret: create a new one, prove it (a token and a read
    /// made with it), deliver it, then delete the old one.
    Rotate(Box<RotateSecret>),
}

pub(crate) async fn run(g: &Global, command: ServiceAccount) -> Result<(), CliError> {
    match command {
        ServiceAccount::Create {
            org_id,
            name,
            desc,
            roles,
            secret_expires_after_hours,
            access_list,
            secret_file,
            force,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let new = NewAccount {
                name: &name,
                desc: &desc,
                roles: &roles,
                hours: secret_expires_after_hours,
                access_list: &access_list,
            };
            create(g, &org_id, &new, secret_file.as_deref(), force).await
        }
        ServiceAccount::List { org_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let accounts = client
                .api
                .list_service_accounts(&org_id)
                .try_collect()
                .await;
            let accounts: Vec<_> = client.finish(accounts)?;
            let items: Vec<_> = accounts.iter().map(read).collect();
            print_list(&items, ACCOUNT_COLUMNS, output(g), g.pretty)
        }
        ServiceAccount::Get { org_id, client_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let account = client.api.get_service_account(&org_id, &client_id).await;
            print_read(&read(&client.finish(account)?), output(g), g.pretty)
        }
        ServiceAccount::Update {
            org_id,
            client_id,
            name,
            desc,
            roles,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let roles = org_roles(&roles)?;
            let roles = (!roles.is_empty()).then_some(roles.as_slice());
            let client = CliClient::new(g)?;
            let updated = client
                .api
                .update_service_account(
                    &org_id,
                    &client_id,
                    name.as_deref(),
                    desc.as_deref(),
                    roles,
                )
                .await;
            print_read(&read(&client.finish(updated)?), output(g), g.pretty)
        }
        ServiceAccount::Delete { org_id, client_id } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let deleted = client.api.delete_service_account(&org_id, &client_id).await;
            let gone = client.finish(deleted)? == Deleted::AlreadyGone;
            client.forget_tokens_of(&client_id);
            print_deleted("service account", &client_id, gone, output(g))
        }
        ServiceAccount::Secret(command) => secret(g, command).await,
    }
}

/// What `service-account create` makes.
pub(crate) struct NewAccount<'a> {
    pub(crate) name: &'a str,
    pub(crate) desc: &'a str,
    pub(crate) roles: &'a [String],
    pub(crate) hours: u32,
    pub(crate) access_list: &'a AccessListArg,
}

pub(crate) fn org_roles(roles: &[String]) -> Result<Vec<mongodb_api_keys::OrgRole>, CliError> {
    Ok(roles
        .iter()
        .map(|r| client::parse_org_role(r))
        .collect::<Result<Vec<_>, _>>()?)
}

/// Creates the account, then adds its access list; a created account is shown whatever
/// happens next (its secret is shown only once), and a list not applied exits 7.
async fn create(
    g: &Global,
    org_id: &str,
    new: &NewAccount<'_>,
    secret_file: Option<&std::path::Path>,
    force: bool,
) -> Result<(), CliError> {
    if let Some(path) = secret_file {
        secret_file::check_free(path, force)?;
    }
    let roles = org_roles(new.roles)?;
    let entries = &new.access_list.entries;
    if entries.len() > 200 {
        return Err(CliError::new(
            super::Exit::Usage,
            format!(
                "{} --access-list entries; MongoDB takes at most 200 at once: add the rest \
                 afterwards",
                entries.len()
            ),
        ));
    }
    let client = CliClient::new(g)?;
    let created = client
        .api
        .create_service_account(org_id, new.name, new.desc, &roles, new.hours)
        .await;
    let account = match created {
        Ok(account) => account,
        Err(error) => return client.print_created(g, Err::<OrgServiceAccount, _>(error)),
    };
    let applied = if entries.is_empty() {
        Ok(())
    } else {
        let client_id = account.client_id.to_string();
        let added = client
            .api
            .add_service_account_access_list_entries(org_id, &client_id, entries)
            .await;
        added.map(drop)
    };
    deliver_account(g, &account, secret_file, force)?;
    client.finish(applied).map_err(|error| {
        CliError::new(
            super::Exit::AccessListNotApplied,
            format!(
                "the service account {} was created (above, with its secret), but its access \
                 list was not applied: {}. Add the entries with the service account's access \
                 list operations",
                &*account.client_id,
                error.message()
            ),
        )
    })
}

/// A created service account, secret included: to `--secret-file` (then a summary on
/// stdout) or stdout.
pub(crate) fn deliver_account(
    g: &Global,
    account: &OrgServiceAccount,
    secret_file: Option<&std::path::Path>,
    force: bool,
) -> Result<(), CliError> {
    let value = json(account);
    let Some(path) = secret_file else {
        return print(&value, output(g), g.pretty);
    };
    secret_file::write(path, &format!("{value}\n"), force)?;
    let summary = serde_json::json!({
        "clientId": account.client_id.to_string(),
        "name": account.name,
        "secretFile": path.display().to_string(),
    });
    let _ = write_stdout(&format!("{summary}\n"));
    Ok(())
}

async fn secret(g: &Global, command: Secret) -> Result<(), CliError> {
    match command {
        Secret::Create {
            org_id,
            client_id,
            secret_expires_after_hours,
            secret_file,
            force,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            if let Some(path) = &secret_file {
                secret_file::check_free(path, force)?;
            }
            let client = CliClient::new(g)?;
            let created = client
                .api
                .create_service_account_secret(&org_id, &client_id, secret_expires_after_hours)
                .await;
            let Some(path) = secret_file else {
                return client.print_created(g, created);
            };
            let secret = match created {
                Ok(secret) => secret,
                Err(error) => return client.print_created(g, Err::<(), _>(error)),
            };
            secret_file::write(&path, &format!("{}\n", json(&secret)), force)?;
            let summary = serde_json::json!({"id": secret.id.to_string(), "secretFile": path.display().to_string()});
            write_stdout(&format!("{summary}\n"))
        }
        Secret::Delete {
            org_id,
            client_id,
            secret_id,
        } => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let client = CliClient::new(g)?;
            let deleted = client
                .api
                .delete_service_account_secret(&org_id, &client_id, &secret_id)
                .await;
            let gone = client.finish(deleted)? == Deleted::AlreadyGone;
            client.forget_tokens_of(&client_id);
            print_deleted("secret", &secret_id, gone, output(g))
        }
        Secret::Rotate(args) => service_account_rotate::run(g, *args).await,
    }
}
