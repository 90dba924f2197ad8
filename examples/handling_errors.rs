//! Creates an organization API key and tells apart what can go wrong: first what happened on
//! the server (`Error::outcome`: nothing sent, refused, unknown, or done), then the kind of
//! error, then MongoDB's error code (`ErrorCode`, never a string to compare).
//!
//! ```sh
//! export MONGODB_ATLAS_PUBLIC_API_KEY=abcdefgh MONGODB_ATLAS_PRIVATE_API_KEY=...  # or a service account
//! export MONGODB_ATLAS_ORG_ID=5980cfc70b6d97029d82e3f6
//! cargo run --example handling_errors
//! ```
//!
//! To see the errors, start the emulator with a key that lacks the role
//! (`cargo run -- serve --addr 127.0.0.1:0 --fixture-key ORG_READ_ONLY`) and run this with
//! that key (`NOT_ORG_OWNER`), a wrong private key, another organization's ID
//! (`ORG_NOT_FOUND`), `MONGODB_ATLAS_ORG_ID=nope` (nothing sent), or a base URL nothing
//! listens at.
//!
//! Exit status: 0 created; 1 nothing was created (fix what the message says and run it
//! again); 2 the key may or may not exist (look before running it again); 3 it was created
//! but the answer was not as expected (the answer, secret included, is on stdout).

use std::process::ExitCode;

use mongodb_api_keys::client::printable;
use mongodb_api_keys::{ApiKey, Client, Error, ErrorCode, OrgRole, Outcome};

#[tokio::main]
async fn main() -> ExitCode {
    let Some(org_id) = std::env::var("MONGODB_ATLAS_ORG_ID")
        .ok()
        .filter(|id| !id.is_empty())
    else {
        eprintln!("handling_errors: MONGODB_ATLAS_ORG_ID is not set");
        return ExitCode::from(1);
    };
    let error = match create(&org_id).await {
        Ok(key) => {
            let secret = printable(key.private_key.expose_secret()); // shown once: store it
            println!("id:          {}", key.id);
            println!("public key:  {}", printable(&key.public_key));
            println!("private key: {secret}");
            return ExitCode::SUCCESS;
        }
        Err(error) => error,
    };
    // Its `Display` says what happened and what to do, with server text made printable and
    // the client's secrets masked: it is safe to show as it is.
    eprintln!("handling_errors: {error}");
    eprintln!("outcome: {:?}", error.outcome());
    eprintln!("what to do: {}", advice(&error));
    match error.outcome() {
        Outcome::NotSent | Outcome::Refused => ExitCode::from(1),
        // Created, but the answer is not what the contract says: it is kept whole in the
        // error, secret included, and MongoDB shows it only this once. Store it.
        Outcome::Done => {
            if let Error::UnexpectedSuccess { body, .. } = &error {
                println!("{}", printable(body.expose_secret()));
            }
            ExitCode::from(3)
        }
        // Outcome::Unknown, and any outcome a later version adds: assume the worst.
        _ => ExitCode::from(2),
    }
}

/// The call whose errors this example sorts out.
async fn create(org_id: &str) -> Result<ApiKey, Error> {
    // Error::Config without credentials, naming the variables to set. A malformed
    // organization ID is Error::Validation, before anything is sent.
    let client = Client::from_env()?;
    client
        .create_org_api_key(org_id, "handling_errors example", &[OrgRole::OrgMember])
        .await
}

/// What to do about `error`: by kind, and by MongoDB's code where it changes the answer.
/// `Error` and its struct variants are `#[non_exhaustive]`: match with `..` and end with a
/// wildcard, so that a new kind in a later version still compiles.
fn advice(error: &Error) -> String {
    match error {
        Error::Validation(_) => "fix the input; nothing was sent".into(),
        Error::Config(_) => {
            "fix the configuration (see the top of examples/handling_errors.rs)".into()
        }
        Error::Unauthorized(_) | Error::TokenRefused { .. } => {
            "the credentials were refused: check the key pair, or the client ID and secret".into()
        }
        Error::PermissionDenied {
            error_code: Some(ErrorCode::NotOrgOwner),
            ..
        } => "these credentials need Organization Owner to create organization keys".into(),
        Error::PermissionDenied {
            error_code: Some(ErrorCode::IpAddressNotOnAccessList | ErrorCode::OrgRequiresAccessList),
            ..
        } => "add this machine's address to the credentials' API access list".into(),
        Error::PermissionDenied { .. } => "the credentials lack a role this call needs".into(),
        Error::Api {
            error_code: Some(ErrorCode::OrgNotFound | ErrorCode::InvalidOrgId),
            ..
        } => "no such organization: check MONGODB_ATLAS_ORG_ID".into(),
        Error::Api {
            error_code: Some(ErrorCode::MaxApiKeysPerOrgExceeded),
            ..
        } => "the organization holds as many API keys as it may: delete unused ones".into(),
        Error::RateLimited {
            retry_after: Some(wait),
            ..
        } => format!("rate limited: run it again in {} s", wait.as_secs()),
        Error::UnexpectedSuccess { .. } => "store the key printed on stdout".into(),
        // A 5xx, or no complete answer: the server may have created the key. Never send the
        // same create again blindly; list the organization's keys first.
        error if error.outcome() == Outcome::Unknown => {
            "list the organization's API keys before running this again".into()
        }
        // The server could not be reached (or said 429): nothing happened, try again.
        error if error.is_retryable() => "nothing happened on the server: run it again".into(),
        error => match error.error_code() {
            Some(code) => format!("MongoDB's code is {}", printable(code.as_str())),
            None => "see the message above".into(),
        },
    }
}
