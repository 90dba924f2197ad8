//! Creates an organization API key together with its API access list: a key that works on
//! its first call in an organization that requires an access list (the default for
//! organizations created in the Atlas UI), and only from the addresses given.
//!
//! ```sh
//! export MONGODB_ATLAS_ORG_ID=5980cfc70b6d97029d82e3f6
//! export MONGODB_ATLAS_CLIENT_ID=... MONGODB_ATLAS_CLIENT_SECRET=...   # or the API key variables
//! cargo run --example key_with_access_list -- 203.0.113.7 198.51.100.0/24
//! ```
//!
//! Credentials come from `Client::from_env()`, the variables the Atlas CLI reads: a service
//! account (`MONGODB_ATLAS_CLIENT_ID`, `MONGODB_ATLAS_CLIENT_SECRET`) when set, else an API
//! key (`MONGODB_ATLAS_PUBLIC_API_KEY`, `MONGODB_ATLAS_PRIVATE_API_KEY`), and
//! `MONGODB_ATLAS_BASE_URL` (Atlas when unset).

use std::process::ExitCode;

use mongodb_api_keys::client::printable;
use mongodb_api_keys::{AccessListEntry, ApiKey, Client, Error, OrgRole};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("key_with_access_list: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let org_id = std::env::var("MONGODB_ATLAS_ORG_ID")
        .ok()
        .filter(|id| !id.is_empty())
        .ok_or("MONGODB_ATLAS_ORG_ID is not set (see the top of this example)")?;
    // An address (192.0.2.10, 2001:db8::1) or a CIDR block (198.51.100.0/24), checked here:
    // `300.1.2.3` or `10.0.0.0/33` stops the program with a message that names it.
    let entries = std::env::args()
        .skip(1)
        .map(|arg| arg.parse())
        .collect::<Result<Vec<AccessListEntry>, _>>()?;
    if entries.is_empty() {
        return Err(
            "give the addresses the key may be used from, e.g. 203.0.113.7 \
                    198.51.100.0/24"
                .into(),
        );
    }
    // Fails without credentials, naming the variables to set.
    let client = Client::from_env()?;

    // Two requests in one call: create the key, then add its entries (MongoDB has no single
    // operation for both).
    let created = client
        .create_org_api_key_with_access_list(
            &org_id,
            "deployer (key_with_access_list example)",
            &[OrgRole::OrgMember],
            &entries,
        )
        .await;
    match created {
        Ok(key) => {
            print_key(&key);
            for entry in &entries {
                println!("usable from: {}", entry.cidr_block());
            }
            Ok(())
        }
        Err(error) => {
            // When the key was created but its entries were not added, the error carries
            // the key, secret included: keep it (creating it again would make a second
            // key), then add the entries with `client.add_access_list_entries(&org_id,
            // &key.id, &entries)`. The error's message says what failed and what to check.
            if let Error::AccessListNotApplied { key, .. } = &error {
                print_key(key);
            }
            Err(error.into())
        }
    }
}

/// The created key on stdout, its shown-once secret included; server text made printable.
fn print_key(key: &ApiKey) {
    println!("id:          {}", key.id);
    println!("public key:  {}", printable(&key.public_key));
    println!(
        "private key: {}",
        printable(key.private_key.expose_secret())
    );
}
