//! `service-account secret rotate`: replaces a service account's secret so that the caller
//! always holds a working one. It reads the account's secrets; with `--expiring-within`, it
//! stops there (no write) unless the newest secret expires within that time. MongoDB keeps at
//! most two secrets: when there are two, it says which one it removes to make room (the one
//! that expires first, never the newest) and why, before removing anything. Then it creates
//! the new secret, proves it (a token and a read made with it), delivers it (stdout, or
//! `--secret-file`), and only then deletes the secret it replaces (unless `--keep-old`).
//!
//! Exit codes: 0 rotated (or nothing to do); the usual codes when nothing was created; 10 the
//! new secret was made but could not be proven or delivered and was deleted again; 11 it could
//! not be deleted either (on stderr, with its secret); 12 the new secret is delivered but the
//! old one could not be deleted. At every step at least one secret the caller holds works.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};
use clap::Args;
use mongodb_api_keys::client::Outcome;
use mongodb_api_keys::generated::types::{OrgServiceAccount, ServiceAccountSecret};
use serde_json::{Value, json};

use super::client::{CliClient, ORG_ID_ENV, id_or_env};
use super::global::Global;
use super::output::{json as json_of, write_stdout};
use super::secret_file;
use super::{CliError, Exit};

/// `service-account secret rotate`.
#[derive(Args)]
pub(crate) struct RotateSecret {
    /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
    #[arg(long)]
    org_id: Option<String>,
    /// The service account's client ID.
    #[arg(long)]
    client_id: String,
    /// Rotate only when the newest secret expires within this time (e.g. 72h, 3d, 90m);
    /// otherwise exit 0 having written nothing: for cron.
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    expiring_within: Option<Duration>,
    /// Hours the new secret lives [default: as long as the one it replaces was given, 8 to
    /// 8760].
    #[arg(long)]
    secret_expires_after_hours: Option<u32>,
    /// Write the new secret to this file, mode 0600, atomically, instead of stdout.
    #[arg(long, value_name = "PATH")]
    secret_file: Option<PathBuf>,
    /// Let --secret-file replace an existing file.
    #[arg(long, requires = "secret_file")]
    force: bool,
    /// Keep the old secret (MongoDB cuts its lifetime to seven days at most).
    #[arg(long)]
    keep_old: bool,
    /// Print what would be done, sending reads only.
    #[arg(long)]
    dry_run: bool,
}

/// `72h`, `3d`, `90m`, `45s`: a number and a unit.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?}: expected a number and a unit, e.g. 72h or 3d"))?;
    let seconds = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3_600,
        "d" => 86_400,
        _ => return Err(format!("{text:?}: the unit is s, m, h or d, e.g. 72h")),
    };
    number
        .checked_mul(seconds)
        .filter(|s| *s <= 10 * 365 * 86_400)
        .map(Duration::from_secs)
        .ok_or_else(|| format!("{text:?}: at most ten years"))
}

/// What the rotation does, decided from reads only.
struct Plan {
    org_id: String,
    client_id: String,
    /// The secret replaced: the newest (the one in use, as far as anyone can tell).
    current: ServiceAccountSecret,
    /// The other secret, removed first to make room (MongoDB keeps two at most).
    make_room: Option<ServiceAccountSecret>,
    hours: u32,
}

pub(crate) async fn run(g: &Global, args: RotateSecret) -> Result<(), CliError> {
    let org_id = id_or_env(args.org_id.clone(), "--org-id", ORG_ID_ENV)?;
    if let Some(path) = &args.secret_file {
        secret_file::check_free(path, args.force)?;
    }
    let client = CliClient::new(g)?;
    let account = client
        .api
        .get_service_account(&org_id, &args.client_id)
        .await;
    let account = client.finish(account)?;
    // Expiry is the server's: decided by its clock (its `Date`), not this machine's.
    let now = client
        .api
        .server_time()
        .unwrap_or_else(std::time::SystemTime::now);
    let Some(plan) = plan(org_id, &account, &args, now.into())? else {
        return Ok(());
    };
    if args.dry_run {
        return write_stdout(&format!("{}\n", describe(&plan, &args)));
    }
    if let Some(other) = &plan.make_room {
        eprintln!(
            "{} has two secrets, MongoDB's most: removing {} (expires {}, the sooner) to make \
             room; {} (expires {}) stays until the new one is proven",
            plan.client_id, other.id, other.expires_at, plan.current.id, plan.current.expires_at
        );
        let removed = client
            .api
            .delete_service_account_secret(&plan.org_id, &plan.client_id, other.id.to_string())
            .await;
        client.finish(removed)?;
        client.forget_tokens_of(&plan.client_id);
    }
    let created = client
        .api
        .create_service_account_secret(&plan.org_id, &plan.client_id, plan.hours)
        .await;
    let new = match created {
        Ok(new) => new,
        Err(error) => return client.print_created(g, Err::<(), _>(error)),
    };
    if let Err(why) = prove(&client, &plan, &new).await {
        let why = format!("a token and a read made with it failed: {}", why.message());
        return Err(abandon(&client, &plan, &new, &why).await);
    }
    if let Err(why) = deliver(&plan, &new, &args) {
        let why = format!("it could not be delivered: {}", why.message());
        return Err(abandon(&client, &plan, &new, &why).await);
    }
    retire(&client, &plan, &args).await
}

/// The rotation to make, or `None` (said on stderr) when `--expiring-within` finds nothing to
/// do.
fn plan(
    org_id: String,
    account: &OrgServiceAccount,
    args: &RotateSecret,
    now: DateTime<Utc>,
) -> Result<Option<Plan>, CliError> {
    let mut secrets = account.secrets.clone();
    secrets.sort_by_key(|s| s.expires_at);
    let Some(current) = secrets.pop() else {
        return Err(CliError::new(
            Exit::Usage,
            format!(
                "{} has no secret to rotate; create one with `service-account secret create`",
                &*account.client_id
            ),
        ));
    };
    if let Some(within) = args.expiring_within {
        let left = current.expires_at - now;
        if left.to_std().is_ok_and(|left| left > within) {
            eprintln!(
                "nothing to do: the newest secret of {} ({}) expires {}, later than {} from now",
                &*account.client_id,
                current.id,
                current.expires_at,
                humantime(within)
            );
            return Ok(None);
        }
    }
    let hours = args
        .secret_expires_after_hours
        .unwrap_or_else(|| lifetime_hours(current.created_at, current.expires_at));
    Ok(Some(Plan {
        org_id,
        client_id: account.client_id.to_string(),
        current,
        make_room: secrets.pop(),
        hours,
    }))
}

/// The lifetime a secret was given, in whole hours, within MongoDB's bounds.
fn lifetime_hours(created: DateTime<Utc>, expires: DateTime<Utc>) -> u32 {
    let hours = (expires - created).num_minutes().div_euclid(60).max(0);
    u32::try_from(hours).unwrap_or(u32::MAX).clamp(8, 8_760)
}

fn humantime(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        s if s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s % 3_600 == 0 => format!("{}h", s / 3_600),
        s if s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

fn describe(plan: &Plan, args: &RotateSecret) -> Value {
    json!({
        "dryRun": true,
        "clientId": plan.client_id,
        "replaces": plan.current.id.to_string(),
        "removedFirstToMakeRoom": plan.make_room.as_ref().map(|s| s.id.to_string()),
        "newSecretHours": plan.hours,
        "oldSecret": if args.keep_old { "kept (MongoDB cuts it to seven days at most)" } else { "deleted once the new one is proven and delivered" },
        "delivery": args.secret_file.as_ref().map_or("stdout".to_owned(), |p| p.display().to_string()),
    })
}

/// A token obtained with the new secret, and a read made with it.
async fn prove(
    client: &CliClient,
    plan: &Plan,
    new: &ServiceAccountSecret,
) -> Result<(), CliError> {
    let secret = new
        .secret
        .as_ref()
        .ok_or_else(|| CliError::new(Exit::UnexpectedSuccess, "the answer carried no secret"))?;
    let as_it = client
        .api
        .as_service_account_with(&plan.client_id, secret.expose_secret())?;
    as_it
        .get_service_account(&plan.org_id, &plan.client_id)
        .await?;
    Ok(())
}

fn deliver(plan: &Plan, new: &ServiceAccountSecret, args: &RotateSecret) -> Result<(), CliError> {
    let mut value = json_of(new);
    value["clientId"] = json!(plan.client_id);
    value["replaces"] = json!(plan.current.id.to_string());
    let Some(path) = &args.secret_file else {
        return write_stdout(&format!("{value}\n"));
    };
    secret_file::write(path, &format!("{value}\n"), args.force)?;
    let summary = json!({
        "id": new.id.to_string(),
        "clientId": plan.client_id,
        "replaces": plan.current.id.to_string(),
        "secretFile": path.display().to_string(),
    });
    let _ = write_stdout(&format!("{summary}\n"));
    Ok(())
}

/// Deletes the replaced secret (unless kept): the last step, after delivery.
async fn retire(client: &CliClient, plan: &Plan, args: &RotateSecret) -> Result<(), CliError> {
    let old = plan.current.id.to_string();
    if args.keep_old {
        eprintln!(
            "rotated; the old secret {old} is kept (--keep-old): both work, the old one seven days at most"
        );
        return Ok(());
    }
    let deleted = client
        .api
        .delete_service_account_secret(&plan.org_id, &plan.client_id, &old)
        .await;
    client.forget_tokens_of(&plan.client_id);
    match deleted {
        Ok(_) => {
            eprintln!("rotated; the old secret {old} is deleted");
            Ok(())
        }
        Err(error) => {
            let state = if error.outcome() == Outcome::Unknown {
                "The old secret may still exist (the delete's outcome is unknown)"
            } else {
                "Both secrets exist and work"
            };
            Err(CliError::new(
                Exit::OldKeyNotDeleted,
                format!(
                    "the new secret is delivered and works, but deleting the old secret {old} \
                     failed: {error}. {state}; delete it with `service-account secret delete \
                     --client-id {} --secret-id {old}`",
                    plan.client_id
                ),
            ))
        }
    }
}

/// Deletes a new secret that cannot be used; if that fails too, hands it over on stderr.
async fn abandon(
    client: &CliClient,
    plan: &Plan,
    new: &ServiceAccountSecret,
    why: &str,
) -> CliError {
    let new_id = new.id.to_string();
    let old = plan.current.id.to_string();
    let deleted = client
        .api
        .delete_service_account_secret(&plan.org_id, &plan.client_id, &new_id)
        .await;
    match deleted {
        Ok(_) => CliError::new(
            Exit::RotationAbandoned,
            format!(
                "rotation abandoned: a new secret ({new_id}) was created but {why}; it was \
                 deleted again. The secret {old} is untouched and still works"
            ),
        ),
        Err(error) => {
            let shown = json_of(new);
            eprintln!("the new secret (it could not be deleted; store or delete it):\n{shown}");
            CliError::new(
                Exit::RotationBothKeys,
                format!(
                    "rotation abandoned: a new secret ({new_id}) was created but {why}, and \
                     deleting it failed too ({error}): it is above, on stderr. The secret {old} \
                     is untouched and still works"
                ),
            )
        }
    }
}
