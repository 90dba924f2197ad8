//! Command-line parsing and the commands.

use std::io::Write as _;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use mongodb_api_keys::digest::Algorithm;
use mongodb_api_keys::emulator::{Config, Emulator};

/// Create MongoDB Atlas and Ops Manager API keys, or run a local emulator of the API.
#[derive(Parser)]
#[command(name = "mongodb-api-keys", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the emulator: the four create-key operations with digest auth, on loopback.
    ///
    /// Prints one JSON line with `addr`, `baseUrl`, `username`, `apiKey`, `orgId`,
    /// `projectId` and `userId`, then serves until Ctrl-C or SIGTERM.
    Serve(ServeArgs),
}

#[derive(Args)]
struct ServeArgs {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The organization's ID (24 hex digits).
    #[arg(long)]
    org_id: Option<String>,
    /// The project's ID (24 hex digits).
    #[arg(long)]
    project_id: Option<String>,
    /// The user's ID (24 hex digits).
    #[arg(long)]
    user_id: Option<String>,
    /// The digest user name of the fixture credentials.
    #[arg(long)]
    username: Option<String>,
    /// The digest password of the fixture credentials [default: random].
    #[arg(
        long,
        env = "MONGODB_API_KEYS_EMULATOR_API_KEY",
        hide_env_values = true
    )]
    api_key: Option<String>,
    /// Seconds a nonce stays valid before requests signed with it get `stale=true`.
    #[arg(long, default_value_t = 300, value_name = "SECS")]
    nonce_lifetime: u64,
    /// The algorithm the challenge names.
    #[arg(long, default_value = "MD5", value_parser = parse_algorithm)]
    algorithm: Algorithm,
}

fn parse_algorithm(name: &str) -> Result<Algorithm, String> {
    name.parse().map_err(|_| {
        let names: Vec<&str> = Algorithm::ALL.iter().map(|a| a.name()).collect();
        format!(
            "unknown digest algorithm {name:?}; use one of {}",
            names.join(", ")
        )
    })
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(5);
        }
    };
    match cli.command {
        Command::Serve(args) => runtime.block_on(serve(args)),
    }
}

async fn serve(args: ServeArgs) -> ExitCode {
    let defaults = Config::default();
    let config = Config {
        addr: args.addr,
        org_id: args.org_id.unwrap_or(defaults.org_id),
        project_id: args.project_id.unwrap_or(defaults.project_id),
        user_id: args.user_id.unwrap_or(defaults.user_id),
        username: args.username.unwrap_or(defaults.username),
        api_key: args.api_key.map_or(defaults.api_key, Into::into),
        nonce_lifetime: Duration::from_secs(args.nonce_lifetime),
        algorithm: args.algorithm,
    };
    let emulator = match Emulator::start(config).await {
        Ok(emulator) => emulator,
        Err(e @ mongodb_api_keys::emulator::EmulatorError::Config(_)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: cannot listen on {}: {e}", args.addr);
            return ExitCode::from(5);
        }
    };
    let line = serde_json::to_string(emulator.fixtures()).unwrap_or_default();
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}").and_then(|()| stdout.flush());
    drop(stdout);
    eprintln!(
        "emulator listening on http://{} (Atlas paths /api/atlas/v1.0, Ops Manager paths /api/public/v1.0); Ctrl-C stops it",
        emulator.addr()
    );
    shutdown_signal().await;
    match emulator.shutdown().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(5)
        }
    }
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(term) => term,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
