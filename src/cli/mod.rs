//! Command-line parsing and the commands.
//!
//! Exit codes: 0 success, 2 usage or validation, 3 authentication, 4 API error, 5 transport.
//! Errors go to stderr as one paragraph; stdout carries only the result.

use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;
use std::time::Duration;

mod serve;

use clap::{Args, CommandFactory as _, Parser, Subcommand, ValueEnum};
use mongodb_api_keys::client::{self, Client, ClientBuilder, Error};
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::Value;

/// Create MongoDB Atlas and Ops Manager API keys, or run a local emulator of the API.
///
/// Credentials come from the variables Atlas CLI and mongocli users already have:
/// MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY (or MCLI_PUBLIC_API_KEY and
/// MCLI_PRIVATE_API_KEY), or --private-key-file. The base URL from --base-url,
/// --ops-manager-url, MONGODB_ATLAS_BASE_URL, MONGODB_ATLAS_OPS_MANAGER_URL or
/// MCLI_OPS_MANAGER_URL; Atlas by default.
///
/// Exit codes: 0 success, 2 usage or validation, 3 authentication, 4 API error, 5 transport.
#[derive(Parser)]
#[command(name = "mongodb-api-keys", version)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct Global {
    /// The API base URL, e.g. https://cloud.mongodb.com/api/atlas/v1.0.
    #[arg(long, global = true, conflicts_with = "ops_manager_url")]
    base_url: Option<String>,
    /// An Ops Manager at HOST:PORT (HTTPS, /api/public/v1.0).
    #[arg(long, global = true, value_name = "HOST:PORT")]
    ops_manager_url: Option<String>,
    /// The public key; default MONGODB_ATLAS_PUBLIC_API_KEY or MCLI_PUBLIC_API_KEY.
    #[arg(long, global = true)]
    public_key: Option<String>,
    /// A file holding the private key; default MONGODB_ATLAS_PRIVATE_API_KEY or MCLI_PRIVATE_API_KEY.
    #[arg(long, global = true, value_name = "PATH")]
    private_key_file: Option<String>,
    /// Output format [default: table on a terminal, json otherwise].
    #[arg(long, global = true, value_enum)]
    output: Option<Output>,
    /// Ask the server to wrap answers in an envelope (the client unwraps them).
    #[arg(long, global = true)]
    envelope: bool,
    /// Ask the server to indent its JSON, and print JSON indented.
    #[arg(long, global = true)]
    pretty: bool,
    /// Also trust the CA certificates in this PEM file (an Ops Manager with its own CA).
    #[arg(long, global = true, value_name = "PATH")]
    ca_cert: Option<String>,
    /// Seconds a request may take.
    #[arg(long, global = true, value_name = "SECS", default_value_t = 60)]
    timeout: u64,
    /// Log each call and HTTP exchange to stderr (secrets redacted).
    #[arg(long, short, global = true)]
    verbose: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Output {
    Json,
    Table,
}

#[derive(Subcommand)]
enum Command {
    /// Organization API keys.
    #[command(subcommand)]
    OrgKey(OrgKey),
    /// Organization API keys assigned to a project.
    #[command(subcommand)]
    ProjectKey(ProjectKey),
    /// Agent API keys (Ops Manager).
    #[command(subcommand)]
    AgentKey(AgentKey),
    /// Personal user API keys (deprecated by MongoDB).
    #[command(subcommand)]
    UserKey(UserKey),
    /// Run the emulator: the four create-key operations with digest auth, on loopback.
    ///
    /// Prints one JSON line with `addr`, `baseUrl`, `username`, `apiKey`, `orgId`,
    /// `projectId` and `userId`, then serves until Ctrl-C or SIGTERM.
    Serve(serve::ServeArgs),
    /// Start the emulator in-process and create one key of each kind against it.
    Demo,
    /// Print the embedded OpenAPI document (YAML, or JSON with --json).
    Spec {
        /// Print JSON instead of YAML.
        #[arg(long)]
        json: bool,
    },
    /// Print a shell completion script, e.g. `mongodb-api-keys completions bash`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
}

#[derive(Subcommand)]
enum OrgKey {
    /// Create an organization API key.
    Create {
        /// The organization; default MONGODB_ATLAS_ORG_ID or MCLI_ORG_ID.
        #[arg(long)]
        org_id: Option<String>,
        /// Description, 1 to 250 characters.
        #[arg(long)]
        desc: String,
        /// An organization role, e.g. ORG_MEMBER; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
}

#[derive(Subcommand)]
enum ProjectKey {
    /// Create an organization API key and assign it to a project.
    Create {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// Description, 1 to 250 characters.
        #[arg(long)]
        desc: String,
        /// A project role, e.g. GROUP_READ_ONLY; repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
    },
}

#[derive(Subcommand)]
enum AgentKey {
    /// Create an agent API key.
    Create {
        /// The project; default MONGODB_ATLAS_PROJECT_ID or MCLI_PROJECT_ID.
        #[arg(long)]
        project_id: Option<String>,
        /// Label of the key.
        #[arg(long)]
        desc: String,
    },
}

#[derive(Subcommand)]
enum UserKey {
    /// Create a personal API key (deprecated endpoint; prefer `org-key create`).
    Create {
        /// The user (the credentials must be that user's).
        #[arg(long)]
        user_id: String,
        /// Description; may be empty.
        #[arg(long)]
        description: String,
    },
}

/// An error and its exit code.
pub(crate) struct Failure(pub(crate) u8, pub(crate) String);

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        let code = match &error {
            Error::Validation(_) | Error::Config(_) => 2,
            Error::Unauthorized(_) => 3,
            Error::Api { .. } | Error::RateLimited { .. } | Error::InvalidResponse { .. } => 4,
            Error::Transport(_) => 5,
        };
        Failure(code, error.to_string())
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.global.verbose {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_writer(std::io::stderr)
            .init();
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => return fail(Failure(5, format!("cannot start the async runtime: {e}"))),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => fail(failure),
    }
}

fn fail(Failure(code, message): Failure) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(code)
}

async fn run(cli: Cli) -> Result<(), Failure> {
    let g = &cli.global;
    let output = g.output.unwrap_or(if std::io::stdout().is_terminal() {
        Output::Table
    } else {
        Output::Json
    });
    match cli.command {
        Command::OrgKey(OrgKey::Create {
            org_id,
            desc,
            roles,
        }) => {
            let org_id = id_or_env(org_id, "--org-id", ORG_ID_ENV)?;
            let roles = roles
                .iter()
                .map(|r| client::parse_org_role(r))
                .collect::<Result<Vec<_>, _>>()?;
            let key = client(g)?
                .create_org_api_key(&org_id, &desc, &roles)
                .await?;
            print(&json(&key), output, g.pretty)
        }
        Command::ProjectKey(ProjectKey::Create {
            project_id,
            desc,
            roles,
        }) => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let roles = roles
                .iter()
                .map(|r| client::parse_project_role(r))
                .collect::<Result<Vec<_>, _>>()?;
            let key = client(g)?
                .create_project_api_key(&project_id, &desc, &roles)
                .await?;
            print(&json(&key), output, g.pretty)
        }
        Command::AgentKey(AgentKey::Create { project_id, desc }) => {
            let project_id = id_or_env(project_id, "--project-id", PROJECT_ID_ENV)?;
            let key = client(g)?.create_agent_api_key(&project_id, &desc).await?;
            print(&json(&key), output, g.pretty)
        }
        Command::UserKey(UserKey::Create {
            user_id,
            description,
        }) => {
            eprintln!(
                "warning: personal user API keys are deprecated by MongoDB (Atlas stopped creating them \
                 in 2021); prefer `mongodb-api-keys org-key create`"
            );
            #[allow(deprecated)]
            let key = client(g)?
                .create_user_api_key(&user_id, &description)
                .await?;
            print(&json(&key), output, g.pretty)
        }
        Command::Serve(args) => serve::serve(args).await,
        Command::Demo => demo().await,
        Command::Spec { json } => {
            let text = if json {
                serde_json::to_string_pretty(&mongodb_api_keys::spec::openapi_json())
                    .unwrap_or_default()
                    + "\n"
            } else {
                mongodb_api_keys::spec::OPENAPI_YAML.to_owned()
            };
            write_stdout(&text)
        }
        Command::Completions { shell } => {
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "mongodb-api-keys",
                &mut std::io::stdout(),
            );
            Ok(())
        }
    }
}

/// The client the global options and the environment describe.
fn client(g: &Global) -> Result<Client, Failure> {
    let mut builder = ClientBuilder::from_env()?;
    // The command line wins over the environment.
    if let Some(url) = &g.base_url {
        builder = builder.with_base_url(url);
    } else if let Some(host) = &g.ops_manager_url {
        builder = builder.with_base_url(ClientBuilder::ops_manager(host).base_url());
    }
    let public = g
        .public_key
        .clone()
        .or_else(|| env(&["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"]));
    let private = match &g.private_key_file {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .map_err(|e| Failure(2, format!("cannot read the private key file {path}: {e}")))?
                .trim()
                .to_owned(),
        ),
        None => env(&["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"]),
    };
    match (public, private) {
        (Some(public), Some(private)) => builder = builder.credentials(&public, &private),
        (None, _) => {
            return Err(Failure(2, "no public key: set MONGODB_ATLAS_PUBLIC_API_KEY (or MCLI_PUBLIC_API_KEY) or pass --public-key".into()));
        }
        (_, None) => {
            return Err(Failure(
                2,
                "no private key: set MONGODB_ATLAS_PRIVATE_API_KEY (or MCLI_PRIVATE_API_KEY) or pass --private-key-file".into(),
            ));
        }
    }
    if let Some(path) = &g.ca_cert {
        builder = builder.ca_certificate_file(path)?;
    }
    Ok(builder
        .envelope(g.envelope)
        .pretty(g.pretty)
        .timeout(Duration::from_secs(g.timeout))
        .build()?)
}

fn env(names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|n| std::env::var(n).ok().filter(|v| !v.is_empty()))
}

/// Where `--org-id` and `--project-id` default from, as in the Atlas CLI and mongocli.
const ORG_ID_ENV: &[&str] = &["MONGODB_ATLAS_ORG_ID", "MCLI_ORG_ID"];
const PROJECT_ID_ENV: &[&str] = &["MONGODB_ATLAS_PROJECT_ID", "MCLI_PROJECT_ID"];

fn id_or_env(id: Option<String>, flag: &str, names: &[&str]) -> Result<String, Failure> {
    id.or_else(|| env(names)).ok_or_else(|| {
        Failure(
            2,
            format!("{flag} is required (or set {})", names.join(" or ")),
        )
    })
}

fn json(value: &impl serde::Serialize) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

/// Prints a created key: JSON, or a table that marks the shown-once secret.
fn print(key: &Value, output: Output, pretty: bool) -> Result<(), Failure> {
    let text = match output {
        Output::Json if pretty => serde_json::to_string_pretty(key).unwrap_or_default(),
        Output::Json => key.to_string(),
        Output::Table => table(key),
    };
    write_stdout(&(text + "\n"))
}

fn table(key: &Value) -> String {
    let mut rows = Vec::new();
    for (name, value) in key.as_object().into_iter().flatten() {
        let shown = match (name.as_str(), value) {
            ("roles", Value::Array(roles)) => roles
                .iter()
                .map(|r| {
                    let scope = r
                        .get("orgId")
                        .or_else(|| r.get("groupId"))
                        .and_then(Value::as_str)
                        .unwrap_or("");
                    format!("{} ({scope})", r["roleName"].as_str().unwrap_or(""))
                })
                .collect::<Vec<_>>()
                .join(", "),
            ("links", Value::Array(links)) => links
                .iter()
                .filter_map(|l| l["href"].as_str())
                .collect::<Vec<_>>()
                .join(" "),
            (_, Value::String(s)) => s.clone(),
            (_, other) => other.to_string(),
        };
        let secret = matches!(name.as_str(), "privateKey" | "key");
        let note = if secret {
            "   <- SECRET, shown only this once: store it now"
        } else {
            ""
        };
        rows.push(format!("{name:<14} {shown}{note}"));
    }
    rows.join("\n")
}

pub(crate) fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| Failure(5, format!("cannot write to stdout: {e}")))
}

async fn demo() -> Result<(), Failure> {
    use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};
    let emulator = Emulator::start(Config::default())
        .await
        .map_err(|e| Failure(5, e.to_string()))?;
    let f = emulator.fixtures().clone();
    let mut out = format!(
        "The emulator is listening on http://{} (a local MongoDB admin API: digest auth, MongoDB's errors).\n\
         Creating one key of each kind through the generated client, signed with HTTP Digest as\n\
         {} (organization {}, project {}).\n",
        f.addr, f.username, f.org_id, f.project_id
    );
    let client = Client::builder(&f.base_url)
        .credentials(&f.username, &f.api_key)
        .build()?;
    let mut previous = emulator.stats().requests;
    let mut step = |title: &str, key: Value, out: &mut String| {
        let requests = emulator.stats().requests;
        let cost = requests - previous;
        previous = requests;
        let plural = if cost == 1 { "" } else { "s" };
        out.push_str(&format!(
            "\n== {title} ({cost} HTTP request{plural})\n{}\n",
            table(&key)
        ));
    };
    let key = client
        .create_org_api_key(&f.org_id, "demo: CI deployer", &[OrgRole::OrgMember])
        .await?;
    step("organization API key: org-key create", json(&key), &mut out);
    let key = client
        .create_project_api_key(
            &f.project_id,
            "demo: dashboards",
            &[ProjectRole::GroupReadOnly],
        )
        .await?;
    step("project API key: project-key create", json(&key), &mut out);
    // Agent keys are an Ops Manager feature: the emulator serves them under its base path.
    let ops_manager = Client::builder(&f.ops_manager_url)
        .credentials(&f.username, &f.api_key)
        .build()?;
    let key = ops_manager
        .create_agent_api_key(&f.project_id, "demo: automation agents")
        .await?;
    step(
        "agent API key (Ops Manager): agent-key create",
        json(&key),
        &mut out,
    );
    #[allow(deprecated)]
    let key = client
        .create_user_api_key(&f.user_id, "demo: legacy script")
        .await?;
    step(
        "personal user API key (deprecated): user-key create",
        json(&key),
        &mut out,
    );
    let stats = emulator.stats();
    out.push_str(&format!(
        "\n{} keys in {} HTTP requests: {} digest challenges (one per client), then every request\n\
         signed in advance (the Atlas CLI, the Go SDK and Terraform pay 2 requests per call; curl --digest too).\n\
         \nThe same commands against the real thing:\n\
         \x20 export MONGODB_ATLAS_PUBLIC_API_KEY=... MONGODB_ATLAS_PRIVATE_API_KEY=...\n\
         \x20 mongodb-api-keys org-key create --org-id ORG_ID --desc \"CI deployer\" --role ORG_MEMBER\n\
         \x20 mongodb-api-keys --ops-manager-url om.example.com:8443 --ca-cert company-ca.pem \\\n\
         \x20     agent-key create --project-id PROJECT_ID --desc \"automation agents\"\n",
        stats.keys_created.org + stats.keys_created.project + stats.keys_created.agent + stats.keys_created.user,
        stats.requests,
        stats.challenges
    ));
    write_stdout(&out)?;
    emulator
        .shutdown()
        .await
        .map_err(|e| Failure(5, e.to_string()))
}
