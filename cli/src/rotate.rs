//! `org-key rotate`: replaces an organization API key with a new one that has the same
//! description (or `--desc`), roles, project assignments and access list; proves the new one
//! works with a read made with it; delivers its secret (stdout, or `--secret-file`); and only
//! then deletes the old one (unless `--keep-old`).
//!
//! Whatever step fails, the old key stays valid until the new one is proven and delivered: a
//! replacement that could not be completed, proven or delivered is deleted, and if that fails
//! too it is printed on stderr with its secret. The exit code says which keys exist:
//! 0 rotated; the usual codes (2 to 9) when nothing was created (or the create's outcome is
//! unknown, 6); 10 the replacement was made and deleted again, the old key untouched; 11 the
//! replacement could not be deleted (on stderr, with its secret): both keys exist; 12 the new
//! key is delivered but the old one could not be deleted: both exist.

use std::path::PathBuf;

use clap::Args;
use futures_util::TryStreamExt as _;
use mongodb_api_keys::AccessListEntry;
use mongodb_api_keys::client::{self, Outcome};
use mongodb_api_keys::generated::types::{self, ApiKey, OrgRole, ProjectRole};
use serde_json::{Value, json};

use super::client::{CliClient, ORG_ID_ENV, id_or_env};
use super::global::Global;
use super::output::{json as json_of, write_stdout};
use super::secret_file;
use super::{CliError, Exit};

/// `org-key rotate`.
#[derive(Args)]
pub(crate) struct Rotate {
    /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
    #[arg(long)]
    org_id: Option<String>,
    /// The key to replace: its ID (24 hex digits).
    #[arg(long)]
    key_id: String,
    /// The new key's description [default: the old key's].
    #[arg(long)]
    desc: Option<String>,
    /// Write the new key (its secret included) to this file, mode 0600, atomically, instead
    /// of stdout; an existing file is never overwritten without --force.
    #[arg(long, value_name = "PATH")]
    secret_file: Option<PathBuf>,
    /// Let --secret-file replace an existing file.
    #[arg(long, requires = "secret_file")]
    force: bool,
    /// Keep the old key (both work until you delete it).
    #[arg(long)]
    keep_old: bool,
    /// Print what would be done, sending reads only.
    #[arg(long)]
    dry_run: bool,
}

/// What the replacement gets: the old key's description, roles, projects and access list
/// (also what `org-key migrate` gives a service account).
pub(crate) struct Plan {
    pub(crate) org_id: String,
    pub(crate) old: ApiKey,
    pub(crate) desc: String,
    pub(crate) org_roles: Vec<OrgRole>,
    pub(crate) projects: Vec<(String, Vec<ProjectRole>)>,
    pub(crate) entries: Vec<AccessListEntry>,
}

pub(crate) async fn run(g: &Global, args: Rotate) -> Result<(), CliError> {
    let org_id = id_or_env(args.org_id.clone(), "--org-id", ORG_ID_ENV)?;
    if let Some(path) = &args.secret_file {
        secret_file::check_free(path, args.force)?;
    }
    let client = CliClient::new(g)?;
    let plan = plan_of(&client, org_id, &args.key_id, args.desc.clone()).await;
    let plan = client.finish(plan)?;
    if args.dry_run {
        return write_stdout(&format!("{}\n", describe(&plan, &args)));
    }
    let api = &client.api;
    let created = api
        .create_org_api_key(&plan.org_id, &plan.desc, &plan.org_roles)
        .await;
    // Nothing else happened yet: the old key is untouched, and the error says whether a
    // replacement may exist (an unknown outcome) or was created with an unexpected answer.
    let new = match created {
        Ok(new) => new,
        Err(error) => return client.print_created(g, Err::<ApiKey, _>(error)),
    };
    if let Err(why) = complete(&client, &plan, &new).await {
        return Err(abandon(
            &client,
            &plan,
            &new,
            &format!("completing it failed: {why}"),
        )
        .await);
    }
    if let Err(why) = prove(&client, &plan, &new).await {
        let why = format!(
            "a read made with it failed, so it is not proven to work: {}",
            why.message()
        );
        return Err(abandon(&client, &plan, &new, &why).await);
    }
    if let Err(why) = deliver(&new, &plan, &args) {
        let why = format!("its secret could not be delivered: {}", why.message());
        return Err(abandon(&client, &plan, &new, &why).await);
    }
    retire(&client, &plan, &args).await
}

/// The key `key_id`, its projects and access list: reads only. The replacement's
/// description is `desc`, or the key's.
pub(crate) async fn plan_of(
    client: &CliClient,
    org_id: String,
    key_id: &str,
    desc: Option<String>,
) -> Result<Plan, client::Error> {
    let api = &client.api;
    let old = api.get_org_api_key(&org_id, key_id).await?;
    let entries: Vec<types::UserAccessListResponse> = api
        .list_access_list_entries(&org_id, key_id)
        .try_collect()
        .await?;
    let entries = entries
        .iter()
        .filter_map(|e| e.cidr_block.parse::<AccessListEntry>().ok())
        .collect();
    let mut org_roles: Vec<OrgRole> = Vec::new();
    let mut projects: Vec<(String, Vec<ProjectRole>)> = Vec::new();
    for role in &old.roles {
        if role.org_id.is_some() {
            org_roles.extend(role.role_name.parse::<OrgRole>().ok());
        } else if let Some(group) = &role.group_id {
            let Ok(name) = role.role_name.parse::<ProjectRole>() else {
                continue;
            };
            match projects.iter_mut().find(|(id, _)| *id == group.to_string()) {
                Some((_, roles)) => roles.push(name),
                None => projects.push((group.to_string(), vec![name])),
            }
        }
    }
    if org_roles.is_empty() {
        // Every key is a member of its organization; a create needs one organization role.
        org_roles.push(OrgRole::OrgMember);
    }
    let desc = desc.unwrap_or_else(|| old.desc.clone());
    Ok(Plan {
        org_id,
        old,
        desc,
        org_roles,
        projects,
        entries,
    })
}

/// The plan as JSON: what `--dry-run` prints.
fn describe(plan: &Plan, args: &Rotate) -> Value {
    let projects: Vec<Value> = plan
        .projects
        .iter()
        .map(|(id, roles)| json!({"projectId": id, "roles": roles}))
        .collect();
    let entries: Vec<String> = plan.entries.iter().map(ToString::to_string).collect();
    json!({
        "dryRun": true,
        "replaces": plan.old.id.to_string(),
        "newKey": {"desc": plan.desc, "orgRoles": plan.org_roles, "projects": projects, "accessList": entries},
        "oldKey": if args.keep_old { "kept" } else { "deleted once the new key is proven and delivered" },
        "delivery": args.secret_file.as_ref().map_or("stdout".to_owned(), |p| p.display().to_string()),
    })
}

/// Gives the replacement the old key's projects and access list.
async fn complete(client: &CliClient, plan: &Plan, new: &ApiKey) -> Result<(), client::Error> {
    let (api, id) = (&client.api, new.id.to_string());
    for (project, roles) in &plan.projects {
        api.assign_api_key_to_project(project, &id, roles).await?;
    }
    if !plan.entries.is_empty() {
        api.add_access_list_entries(&plan.org_id, &id, &plan.entries)
            .await?;
    }
    Ok(())
}

/// A read made with the replacement's own credentials: it authenticates, from here.
async fn prove(client: &CliClient, plan: &Plan, new: &ApiKey) -> Result<(), CliError> {
    let secret = new.private_key.expose_secret();
    let as_new = client.as_key(&new.public_key, secret)?;
    as_new
        .get_org_api_key(&plan.org_id, new.id.to_string())
        .await?;
    Ok(())
}

/// The new key, secret included: to `--secret-file` (then a summary on stdout) or stdout.
fn deliver(new: &ApiKey, plan: &Plan, args: &Rotate) -> Result<(), CliError> {
    let key = json_of(new);
    let Some(path) = &args.secret_file else {
        let mut shown = key;
        shown["replaces"] = json!(plan.old.id.to_string());
        return write_stdout(&format!("{shown}\n"));
    };
    secret_file::write(path, &format!("{key}\n"), args.force)?;
    let summary = json!({
        "id": new.id.to_string(),
        "publicKey": new.public_key.to_string(),
        "replaces": plan.old.id.to_string(),
        "secretFile": path.display().to_string(),
    });
    // The secret is safe in the file; a summary that stdout cannot take loses nothing.
    let _ = write_stdout(&format!("{summary}\n"));
    Ok(())
}

/// Deletes the old key (unless kept): the last step, after delivery.
async fn retire(client: &CliClient, plan: &Plan, args: &Rotate) -> Result<(), CliError> {
    let old_id = plan.old.id.to_string();
    if args.keep_old {
        eprintln!("rotated; the old key {old_id} is kept (--keep-old): both keys work");
        return Ok(());
    }
    match client.api.delete_org_api_key(&plan.org_id, &old_id).await {
        Ok(_deleted_or_already_gone) => {
            eprintln!("rotated; the old key {old_id} is deleted");
            Ok(())
        }
        Err(error) => {
            let state = if error.outcome() == Outcome::Unknown {
                "The old key may still exist (the delete's outcome is unknown); the new one works"
            } else {
                "Both keys exist and work"
            };
            Err(CliError::new(
                Exit::OldKeyNotDeleted,
                format!(
                    "the new key is delivered and works, but deleting the old key {old_id} \
                     failed: {error}. {state}; delete the old one with `org-key delete --org-id \
                     {} --key-id {old_id}`",
                    plan.org_id
                ),
            ))
        }
    }
}

/// Deletes a replacement that cannot be used; if that fails too, hands it over, secret
/// included, on stderr. Either way the old key is untouched.
async fn abandon(client: &CliClient, plan: &Plan, new: &ApiKey, why: &str) -> CliError {
    let new_id = new.id.to_string();
    let old_id = plan.old.id.to_string();
    match client.api.delete_org_api_key(&plan.org_id, &new_id).await {
        Ok(_) => CliError::new(
            Exit::RotationAbandoned,
            format!(
                "rotation abandoned: a replacement ({new_id}) was created but {why}; it was \
                 deleted again. The old key {old_id} is untouched and still works"
            ),
        ),
        Err(error) => {
            let secret = json_of(new);
            eprintln!(
                "the replacement key, secret included (it could not be deleted; store or delete \
                 it):\n{secret}"
            );
            let state = if error.outcome() == Outcome::Unknown {
                "It may still exist (the delete's outcome is unknown)"
            } else {
                "Both keys exist"
            };
            CliError::new(
                Exit::RotationBothKeys,
                format!(
                    "rotation abandoned: a replacement ({new_id}) was created but {why}, and \
                     deleting it failed too ({error}): it is above, on stderr. {state}; the old \
                     key {old_id} is untouched and still works"
                ),
            )
        }
    }
}
