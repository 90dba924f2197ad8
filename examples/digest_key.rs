//! Creates an organization API key, authenticated with an API key (HTTP Digest).
//!
//! ```sh
//! export MONGODB_ATLAS_PUBLIC_API_KEY=abcdefgh MONGODB_ATLAS_PRIVATE_API_KEY=...
//! export MONGODB_ATLAS_ORG_ID=5980cfc70b6d97029d82e3f6
//! cargo run --example digest_key
//! ```
//!
//! Without `MONGODB_ATLAS_BASE_URL` it talks to Atlas. To try it with no account, start the
//! local emulator (`cargo run -- serve --addr 127.0.0.1:0`), which prints the values to use:
//! `baseUrl`, `username` (the public key), `apiKey` (the private key), `orgId`.
//!
//! The new key's secret is printed on stdout: MongoDB shows it only once.

use std::process::ExitCode;

use mongodb_api_keys::client::{ATLAS_BASE_URL, printable};
use mongodb_api_keys::{Client, OrgRole};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The crate's errors are safe to print: server text in them is made printable
            // and the secrets the client holds are masked.
            eprintln!("digest_key: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    // Every variable is read first: a missing one stops the program before anything is sent.
    let public_key = required("MONGODB_ATLAS_PUBLIC_API_KEY")?;
    let private_key = required("MONGODB_ATLAS_PRIVATE_API_KEY")?;
    let org_id = required("MONGODB_ATLAS_ORG_ID")?;
    let base_url = optional("MONGODB_ATLAS_BASE_URL").unwrap_or(ATLAS_BASE_URL.into());

    // The first call costs two requests (the server's digest challenge, then the signed
    // request); later calls on the same client, or its clones, cost one.
    let client = Client::builder(&base_url)
        .credentials(&public_key, &private_key)
        .build()?;

    // Ask for the least the key needs: ORG_MEMBER reads the organization, nothing more.
    let key = client
        .create_org_api_key(
            &org_id,
            "deployer (digest_key example)",
            &[OrgRole::OrgMember],
        )
        .await?;

    // Text from the server goes through `printable` before it reaches a terminal, so that a
    // hostile answer cannot retitle, clear or fake it. `id` is checked (24 hex digits).
    println!("id:          {}", key.id); // what access-list calls take, not the public key
    println!("public key:  {}", printable(&key.public_key));
    // The shown-once secret: it has no `Display`, `Debug` shows `[REDACTED]`, and
    // `expose_secret` is the way to it.
    // Here it goes to stdout; a real program would hand it to a secret store instead.
    println!(
        "private key: {}",
        printable(key.private_key.expose_secret())
    );
    Ok(())
}

/// The variable `name`, or a message that says to set it.
fn required(name: &str) -> Result<String, String> {
    optional(name).ok_or(format!(
        "{name} is not set (see the top of examples/digest_key.rs)"
    ))
}

/// The variable `name`, unless it is unset or empty.
fn optional(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}
