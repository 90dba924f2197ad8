//! Testing your own code against the embedded emulator in a `#[tokio::test]`: a local
//! MongoDB admin API started inside the test, with a fresh organization each time, no
//! account and no network. Copy the `tests` module below into your crate's tests.
//!
//! Your crate's `Cargo.toml`: the bare client for the program, the emulator for the tests.
//!
//! ```toml
//! [dependencies]
//! mongodb-api-keys = { version = "0.1", default-features = false }
//!
//! [dev-dependencies]
//! mongodb-api-keys = { version = "0.1", features = ["emulator"] }
//! tokio = { version = "1", features = ["macros", "rt"] }
//! ```
//!
//! `cargo test --example emulator_test` runs the tests (this crate's Cargo.toml sets
//! `test = true` for this example, so `cargo test` runs them too). The program itself,
//! `cargo run --example emulator_test -- 203.0.113.7`, runs `provision_ci_key` with
//! `Client::from_env()` and `MONGODB_ATLAS_PROJECT_ID`.

use std::process::ExitCode;

use mongodb_api_keys::client::printable;
use mongodb_api_keys::{AccessListEntry, ApiKey, Client, Error, ProjectRole};

/// The code under test: what your program does with the client. It takes the `Client` as a
/// parameter, so that a test can hand it one that talks to the emulator.
async fn provision_ci_key(
    client: &Client,
    project_id: &str,
    runner: AccessListEntry,
) -> Result<ApiKey, Error> {
    let roles = [ProjectRole::GroupReadOnly];
    client
        .create_project_api_key_with_access_list(project_id, "CI runner", &roles, &[runner])
        .await
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("emulator_test: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The program: `provision_ci_key` with a client configured from the environment.
async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let project_id = std::env::var("MONGODB_ATLAS_PROJECT_ID")
        .ok()
        .filter(|id| !id.is_empty())
        .ok_or("MONGODB_ATLAS_PROJECT_ID is not set")?;
    let runner: AccessListEntry = std::env::args()
        .nth(1)
        .ok_or("give the runner's address, e.g. 203.0.113.7")?
        .parse()?;
    let key = provision_ci_key(&Client::from_env()?, &project_id, runner).await?;
    println!("id:          {}", key.id);
    println!("public key:  {}", printable(&key.public_key));
    println!(
        "private key: {}",
        printable(key.private_key.expose_secret())
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use mongodb_api_keys::emulator::{Config, Emulator, Fault};
    use mongodb_api_keys::types::ApiKeyRole;
    use mongodb_api_keys::{Client, Error, ErrorCode, Outcome};

    use super::provision_ci_key;

    /// A client of the emulator's fixture user, an Organization Owner.
    fn owner(emulator: &Emulator) -> Client {
        let fixtures = emulator.fixtures();
        Client::builder(&fixtures.base_url)
            .credentials(&fixtures.username, &fixtures.api_key)
            .build()
            .expect("a client of the emulator")
    }

    #[tokio::test]
    async fn creates_a_read_only_key_that_works_from_the_runner() {
        // 127.0.0.1 and a free port; dropping it (at the end of the test) stops it.
        let emulator = Emulator::start(Config::default()).await.unwrap();
        let project_id = &emulator.fixtures().project_id;

        let runner = "127.0.0.1".parse().unwrap();
        let key = provision_ci_key(&owner(&emulator), project_id, runner)
            .await
            .unwrap();

        let in_project = |role: &ApiKeyRole| role.group_id.as_deref() == Some(project_id.as_str());
        assert!(
            key.roles
                .iter()
                .any(|role| role.role_name == "GROUP_READ_ONLY" && in_project(role)),
            "{:?}",
            key.roles
        );
        assert_eq!(emulator.stats().keys_created.project, 1);
        // The new key signs in from this machine, on its access list; being read-only, it
        // may not create keys. (From elsewhere it would get IP_ADDRESS_NOT_ON_ACCESS_LIST.)
        let ci = Client::builder(&emulator.fixtures().base_url)
            .credentials(&key.public_key, key.private_key.expose_secret())
            .build()
            .unwrap();
        let refused = provision_ci_key(&ci, project_id, runner).await.unwrap_err();
        assert!(
            matches!(
                refused,
                Error::PermissionDenied {
                    error_code: Some(ErrorCode::UserUnauthorized),
                    ..
                }
            ),
            "{refused}"
        );
    }

    #[tokio::test]
    async fn credentials_without_the_role_create_nothing() {
        // A fixture key with only a read-only role, made when the emulator starts.
        let config = Config {
            fixture_keys: vec![vec!["GROUP_READ_ONLY".into()]],
            ..Config::default()
        };
        let emulator = Emulator::start(config).await.unwrap();
        let fixtures = emulator.fixtures();
        let read_only = Client::builder(&fixtures.base_url)
            .credentials(&fixtures.keys[0].public_key, &fixtures.keys[0].private_key)
            .build()
            .unwrap();

        let runner = "127.0.0.1".parse().unwrap();
        let error = provision_ci_key(&read_only, &fixtures.project_id, runner)
            .await
            .unwrap_err();

        assert_eq!(error.outcome(), Outcome::Refused, "{error}");
        assert_eq!(error.error_code(), Some(ErrorCode::UserUnauthorized));
        assert_eq!(emulator.stats().keys_created.project, 0);
    }

    #[tokio::test]
    async fn a_key_whose_access_list_failed_is_handed_back() {
        let emulator = Emulator::start(Config::default()).await.unwrap();
        // The next request adding access-list entries is answered 503, and adds none.
        emulator
            .inject(Fault {
                status: Some(503),
                count: 1,
                operation: Some("createOrgApiKeyAccessListEntry".into()),
                ..Fault::default()
            })
            .unwrap();

        let runner = "127.0.0.1".parse().unwrap();
        let project_id = &emulator.fixtures().project_id;
        let error = provision_ci_key(&owner(&emulator), project_id, runner)
            .await
            .unwrap_err();

        // The key exists, and the error carries it with its secret.
        let Error::AccessListNotApplied { key, .. } = &error else {
            panic!("expected AccessListNotApplied, got {error}");
        };
        assert!(!key.private_key.expose_secret().is_empty());
        assert_eq!(error.outcome(), Outcome::Done);
        assert_eq!(emulator.stats().keys_created.project, 1);
    }
}
