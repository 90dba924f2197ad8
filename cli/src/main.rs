//! The `mongodb-api-keys` command line: `args.rs` (clap definitions), one file per resource
//! (`org_keys.rs`, `project_keys.rs`, `access_lists.rs`, `agent_keys.rs`, `user_keys.rs`,
//! `service_accounts.rs`), the replacements (`rotate.rs`, `service_account_rotate.rs`,
//! `migrate.rs`), `client.rs` (the client they use), `output.rs` (JSON and tables),
//! `serve.rs` and `demo.rs` (the emulator), `tls.rs` (where TLS trust comes from),
//! `token_cache.rs` (a service account's token kept between runs).
//!
//! Errors go to stderr as one paragraph; stdout carries only the result. Exit codes: see
//! [`Exit`].

mod access_lists;
mod agent_keys;
mod args;
mod client;
mod demo;
mod global;
mod migrate;
mod org_keys;
mod output;
mod project_keys;
mod rotate;
mod secret_file;
mod serve;
mod service_account_rotate;
mod service_accounts;
mod tls;
mod token_cache;
mod user_keys;

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser as _};
use mongodb_api_keys::client::Error;

use args::{Cli, Command};
use output::write_stdout;

/// The documented exit codes (README, "Exit codes").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Exit {
    /// 2: bad usage or input; nothing was sent.
    Usage = 2,
    /// 3: the credentials were refused (or the token endpoint refused the service
    /// account); nothing was created.
    Authentication = 3,
    /// 4: the server answered with an error (or something unreadable); nothing was created.
    Api = 4,
    /// 5: the server could not be reached (nothing was sent, or only a request the API
    /// refused); nothing was created.
    Transport = 5,
    /// 6: the create was sent but no complete answer came back, or the server failed (5xx);
    /// it may have happened.
    OutcomeUnknown = 6,
    /// 7: the key was created (and printed) but its access list was not applied.
    AccessListNotApplied = 7,
    /// 8: the credentials were accepted but lack a role, or an API access-list entry;
    /// nothing was created.
    PermissionDenied = 8,
    /// 9: the key was created (and printed as the server sent it), but the answer did not
    /// match the contract.
    UnexpectedSuccess = 9,
    /// 10 (`org-key rotate`, `org-key migrate`, `service-account secret rotate`): a
    /// replacement (key, service account, secret) was created but could not be completed,
    /// proven or delivered, and was deleted again; the old credential is untouched.
    RotationAbandoned = 10,
    /// 11 (the same commands): as 10, but deleting the replacement failed too: it is printed
    /// on stderr with its secret; both exist.
    RotationBothKeys = 11,
    /// 12 (the same commands): the new credential is delivered and works, but the old one
    /// could not be deleted: both exist.
    OldKeyNotDeleted = 12,
    /// 1: the result could not be written to stdout (a created key then goes to stderr).
    Output = 1,
}

/// A failed command: its exit code and what to tell the user.
#[derive(Debug)]
pub(crate) struct CliError {
    exit: Exit,
    message: String,
}

impl CliError {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> Self {
        CliError {
            exit,
            message: message.into(),
        }
    }

    /// What the user is told.
    pub(crate) fn message(&self) -> &str {
        &self.message
    }
}

impl From<Error> for CliError {
    fn from(error: Error) -> Self {
        let error_text = error.to_string();
        let exit = match &error {
            Error::Validation(_) | Error::Config(_) => Exit::Usage,
            Error::Unauthorized(_) | Error::InsecureChallenge(_) | Error::TokenRefused { .. } => {
                Exit::Authentication
            }
            Error::PermissionDenied { .. } => Exit::PermissionDenied,
            Error::Transport { .. } => Exit::Transport,
            Error::OutcomeUnknown { .. } => Exit::OutcomeUnknown,
            // The server's own failure: it may have acted.
            Error::Api { status, .. } if *status >= 500 => Exit::OutcomeUnknown,
            Error::AccessListNotApplied { .. } => Exit::AccessListNotApplied,
            Error::UnexpectedSuccess { .. } => Exit::UnexpectedSuccess,
            _ => Exit::Api,
        };
        CliError::new(exit, error_text)
    }
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    // Before any thread starts (it sets environment variables for OpenSSL).
    let plain_http_only = match cli.command {
        Command::Serve(_) | Command::Demo => true,
        Command::Spec { .. } | Command::Completions { .. } => true,
        _ => client::plain_http_only(&cli.global),
    };
    cli.global.trust_bundle = tls::configure(plain_http_only).bundle;
    if cli.global.verbose {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_writer(std::io::stderr)
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init();
    }
    // The emulator serves on every core; one call needs no worker threads.
    let mut runtime = match cli.command {
        Command::Serve(_) | Command::Demo => tokio::runtime::Builder::new_multi_thread(),
        _ => tokio::runtime::Builder::new_current_thread(),
    };
    let runtime = match runtime.enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            return fail(CliError::new(
                Exit::Transport,
                format!("cannot start the async runtime: {e}"),
            ));
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => fail(error),
    }
}

fn fail(error: CliError) -> ExitCode {
    eprintln!("error: {}", error.message);
    ExitCode::from(error.exit as u8)
}

async fn run(cli: Cli) -> Result<(), CliError> {
    let global = &cli.global;
    match cli.command {
        Command::OrgKey(command) => org_keys::run(global, command).await,
        Command::ProjectKey(command) => project_keys::run(global, command).await,
        Command::AgentKey(command) => agent_keys::run(global, command).await,
        Command::UserKey(command) => user_keys::run(global, command).await,
        Command::ServiceAccount(command) => service_accounts::run(global, command).await,
        Command::Serve(args) => serve::serve(*args).await,
        Command::Demo => demo::demo().await,
        Command::Spec { json } => {
            let text = if json {
                mongodb_api_keys::spec::openapi_json_pretty()
            } else {
                mongodb_api_keys::spec::OPENAPI_YAML
            };
            write_stdout(text)
        }
        Command::Completions { shell } => {
            // Into memory first: clap_complete panics when it cannot write (a closed pipe).
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "mongodb-api-keys", &mut script);
            write_stdout(&String::from_utf8_lossy(&script))
        }
    }
}
