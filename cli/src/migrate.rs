//! `org-key migrate`: moves an organization API key to a service account, as MongoDB
//! recommends. It reads the key (roles, projects, access list), creates a service account with
//! the same organization roles, assigns it to the same projects with the same roles, gives it
//! the same access list, proves it (a token and a read made with it), delivers its secret
//! (stdout, or `--secret-file`), and deletes the API key only with `--delete-key`, and only
//! after all that.
//!
//! Exit codes as `org-key rotate`: 10 the service account was made but could not be
//! completed, proven or delivered, and was deleted again (the key untouched); 11 it could not
//! be deleted either (on stderr, with its secret); 12 the service account is delivered but
//! the key could not be deleted (both work).

use std::path::PathBuf;

use clap::Args;
use mongodb_api_keys::client::{self, Outcome};
use mongodb_api_keys::generated::types::OrgServiceAccount;
use serde_json::json;

use super::client::{CliClient, ORG_ID_ENV, id_or_env};
use super::global::Global;
use super::output::json as json_of;
use super::rotate::{Plan, plan_of};
use super::secret_file;
use super::service_accounts::{DEFAULT_SECRET_HOURS, deliver_account};
use super::{CliError, Exit};

/// `org-key migrate`.
#[derive(Args)]
pub(crate) struct Migrate {
    /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
    #[arg(long)]
    org_id: Option<String>,
    /// The API key to move: its ID (24 hex digits).
    #[arg(long)]
    key_id: String,
    /// The service account's name [default: from the key's description].
    #[arg(long)]
    name: Option<String>,
    /// Hours its secret lives: 8 to 8760.
    #[arg(long, default_value_t = DEFAULT_SECRET_HOURS)]
    secret_expires_after_hours: u32,
    /// Write the service account (its secret included) to this file, mode 0600, atomically,
    /// instead of stdout; an existing file is never replaced without --force.
    #[arg(long, value_name = "PATH")]
    secret_file: Option<PathBuf>,
    /// Let --secret-file replace an existing file.
    #[arg(long, requires = "secret_file")]
    force: bool,
    /// Delete the API key once the service account is proven and delivered.
    #[arg(long)]
    delete_key: bool,
}

/// A service account name from a key's description: MongoDB's characters (letters, digits,
/// spaces, `- _ . , '`), at most 64; the public key's when nothing is left.
fn name_from(desc: &str, public_key: &str) -> String {
    let kept: String = desc
        .chars()
        .filter(|c| c.is_alphanumeric() || " -_.,'".contains(*c))
        .take(64)
        .collect();
    let kept = kept.trim().to_owned();
    if kept.is_empty() {
        format!("migrated {public_key}")
    } else {
        kept
    }
}

pub(crate) async fn run(g: &Global, args: Migrate) -> Result<(), CliError> {
    let org_id = id_or_env(args.org_id.clone(), "--org-id", ORG_ID_ENV)?;
    if let Some(path) = &args.secret_file {
        secret_file::check_free(path, args.force)?;
    }
    let client = CliClient::new(g)?;
    let plan = client.finish(plan_of(&client, org_id, &args.key_id, None).await)?;
    let public_key = plan.old.public_key.to_string();
    let name = args
        .name
        .clone()
        .unwrap_or_else(|| name_from(&plan.desc, &public_key));
    let description = format!("Migrated from API key {public_key}");
    let created = client
        .api
        .create_service_account(
            &plan.org_id,
            &name,
            &description,
            &plan.org_roles,
            args.secret_expires_after_hours,
        )
        .await;
    let account = match created {
        Ok(account) => account,
        Err(error) => return client.print_created(g, Err::<(), _>(error)),
    };
    if let Err(why) = complete(&client, &plan, &account).await {
        return Err(abandon(
            &client,
            &plan,
            &account,
            &format!("completing it failed: {why}"),
        )
        .await);
    }
    if let Err(why) = prove(&client, &plan, &account).await {
        let why = format!("a token and a read made with it failed: {}", why.message());
        return Err(abandon(&client, &plan, &account, &why).await);
    }
    if let Err(why) = deliver_account(g, &account, args.secret_file.as_deref(), args.force) {
        let why = format!("its secret could not be delivered: {}", why.message());
        return Err(abandon(&client, &plan, &account, &why).await);
    }
    retire(&client, &plan, &account, args.delete_key).await
}

/// Gives the service account the key's projects and access list.
async fn complete(
    client: &CliClient,
    plan: &Plan,
    account: &OrgServiceAccount,
) -> Result<(), client::Error> {
    let (api, id) = (&client.api, account.client_id.to_string());
    for (project, roles) in &plan.projects {
        api.assign_service_account_to_project(project, &id, roles)
            .await?;
    }
    for chunk in plan.entries.chunks(200) {
        api.add_service_account_access_list_entries(&plan.org_id, &id, chunk)
            .await?;
    }
    Ok(())
}

/// A token obtained with the new secret, and a read made with it.
async fn prove(
    client: &CliClient,
    plan: &Plan,
    account: &OrgServiceAccount,
) -> Result<(), CliError> {
    let as_it = client.api.as_service_account(account)?;
    as_it
        .get_service_account(&plan.org_id, &*account.client_id)
        .await?;
    Ok(())
}

/// Deletes the API key, with `--delete-key`: the last step.
async fn retire(
    client: &CliClient,
    plan: &Plan,
    account: &OrgServiceAccount,
    delete_key: bool,
) -> Result<(), CliError> {
    let key_id = plan.old.id.to_string();
    let client_id = &*account.client_id;
    if !delete_key {
        eprintln!(
            "migrated to service account {client_id}; the API key {key_id} is kept (both work): \
             delete it with --delete-key, or `org-key delete --key-id {key_id}`, once nothing uses it"
        );
        return Ok(());
    }
    match client.api.delete_org_api_key(&plan.org_id, &key_id).await {
        Ok(_) => {
            eprintln!("migrated to service account {client_id}; the API key {key_id} is deleted");
            Ok(())
        }
        Err(error) => {
            let state = if error.outcome() == Outcome::Unknown {
                "The key may still exist (the delete's outcome is unknown)"
            } else {
                "Both the key and the service account work"
            };
            Err(CliError::new(
                Exit::OldKeyNotDeleted,
                format!(
                    "the service account {client_id} is delivered and works, but deleting the \
                     API key {key_id} failed: {error}. {state}"
                ),
            ))
        }
    }
}

/// Deletes a service account that cannot be used; if that fails too, hands it over on stderr.
async fn abandon(
    client: &CliClient,
    plan: &Plan,
    account: &OrgServiceAccount,
    why: &str,
) -> CliError {
    let client_id = account.client_id.to_string();
    let key_id = plan.old.id.to_string();
    match client
        .api
        .delete_service_account(&plan.org_id, &client_id)
        .await
    {
        Ok(_) => CliError::new(
            Exit::RotationAbandoned,
            format!(
                "migration abandoned: a service account ({client_id}) was created but {why}; it \
                 was deleted again. The API key {key_id} is untouched and still works"
            ),
        ),
        Err(error) => {
            let shown = json_of(account);
            eprintln!(
                "the service account, secret included (it could not be deleted; store or delete \
                 it):\n{}",
                json!(shown)
            );
            CliError::new(
                Exit::RotationBothKeys,
                format!(
                    "migration abandoned: a service account ({client_id}) was created but {why}, \
                     and deleting it failed too ({error}): it is above, on stderr. The API key \
                     {key_id} is untouched and still works"
                ),
            )
        }
    }
}
