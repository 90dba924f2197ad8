//! Creates an API key assigned to a project, authenticated as a service account (OAuth 2.0
//! client credentials), the way MongoDB recommends over API keys.
//!
//! ```sh
//! export MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_... MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_...
//! export MONGODB_ATLAS_PROJECT_ID=5e2211c17a3e5a48f5497de3
//! cargo run --example service_account
//! ```
//!
//! Without `MONGODB_ATLAS_BASE_URL` it talks to Atlas. The local emulator
//! (`cargo run -- serve --addr 127.0.0.1:0`) prints `baseUrl`, `clientId`, `clientSecret` and
//! `projectId` to try it with. Ops Manager has no service accounts: use an API key there
//! (examples/digest_key.rs).

use std::process::ExitCode;

use mongodb_api_keys::client::{ATLAS_BASE_URL, printable};
use mongodb_api_keys::{Client, ProjectRole};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("service_account: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client_id = required("MONGODB_ATLAS_CLIENT_ID")?;
    let client_secret = required("MONGODB_ATLAS_CLIENT_SECRET")?;
    let project_id = required("MONGODB_ATLAS_PROJECT_ID")?;
    let base_url = optional("MONGODB_ATLAS_BASE_URL").unwrap_or(ATLAS_BASE_URL.into());

    // The token comes from the base URL's origin + `/api/oauth/token`
    // (https://cloud.mongodb.com/api/oauth/token for Atlas; `.token_url(..)` sets another).
    // The client asks for it on the first call, then shares it between all calls and clones
    // until shortly before it expires: Atlas allows 10 token requests a minute.
    // The secret goes only over https, or plain http to this machine (a local emulator).
    let client = Client::builder(&base_url)
        .service_account(&client_id, &client_secret)
        .build()?;

    // A key for dashboards: read-only in one project. MongoDB also makes it a member
    // (ORG_MEMBER) of the project's organization, so its roles list both.
    let key = client
        .create_project_api_key(
            &project_id,
            "dashboards (service_account example)",
            &[ProjectRole::GroupReadOnly],
        )
        .await?;

    println!("id:          {}", key.id);
    println!("public key:  {}", printable(&key.public_key));
    println!(
        "private key: {}",
        printable(key.private_key.expose_secret())
    ); // shown once
    for role in &key.roles {
        // An open string: MongoDB adds roles over time, and an unknown one still decodes.
        let role_name = printable(&role.role_name);
        match (&role.group_id, &role.org_id) {
            (Some(project), _) => println!("role:        {role_name} in project {project}"),
            (None, Some(org)) => println!("role:        {role_name} in organization {org}"),
            (None, None) => println!("role:        {role_name}"),
        }
    }
    Ok(())
}

/// The variable `name`, or a message that says to set it.
fn required(name: &str) -> Result<String, String> {
    optional(name).ok_or(format!(
        "{name} is not set (see the top of examples/service_account.rs)"
    ))
}

/// The variable `name`, unless it is unset or empty.
fn optional(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}
