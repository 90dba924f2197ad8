//! Drives a running emulator with N calls of one operation, sequentially or with C in flight on
//! one shared client, and prints one JSON object: calls, seconds, calls per second, p50/p99
//! latency and HTTP requests per call (from the emulator's stats).
//!
//! ```sh
//! cargo run --release -- serve --addr 127.0.0.1:0 > fixtures.json &
//! cargo run --release -p mongodb-api-keys-bench -- --fixtures "$(head -1 fixtures.json)" --calls 2000 --concurrency 8
//! ```
//!
//! `--mode plain` sends the same requests with plain reqwest and no authentication at all,
//! against an emulator started with `serve --no-auth`: the ceiling.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Fixtures, Stats};
use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};

#[derive(Parser)]
struct Args {
    /// The JSON line `serve` printed.
    #[arg(long)]
    fixtures: String,
    /// How many calls in all.
    #[arg(long, default_value_t = 1000)]
    calls: usize,
    /// How many calls in flight at once.
    #[arg(long, default_value_t = 1)]
    concurrency: usize,
    /// Which operation.
    #[arg(long, value_enum, default_value_t = Operation::Org)]
    operation: Operation,
    /// This crate's client, or plain reqwest without authentication (the ceiling).
    #[arg(long, value_enum, default_value_t = Mode::Client)]
    mode: Mode,
}

#[derive(Clone, Copy, ValueEnum)]
enum Operation {
    Org,
    Project,
    Agent,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Mode {
    Client,
    /// This crate's client with the fixture service account (bearer tokens).
    ServiceAccount,
    Plain,
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One call of the measured operation, by this client or by plain reqwest.
#[derive(Clone)]
struct Caller {
    mode: Mode,
    operation: Operation,
    client: Client,
    plain: reqwest::Client,
    fixtures: Arc<Fixtures>,
    url: Arc<str>,
    body: &'static str,
}

impl Caller {
    fn new(args: &Args, f: Fixtures) -> Result<Caller, BoxError> {
        // Agent keys are an Ops Manager operation; the others are measured on Atlas's base path.
        let base_url = match args.operation {
            Operation::Agent => f.ops_manager_url.clone(),
            _ => f.base_url.clone(),
        };
        let builder = Client::builder(&base_url);
        let client = match args.mode {
            Mode::ServiceAccount => builder.service_account(&f.client_id, &f.client_secret),
            _ => builder.credentials(&f.username, &f.api_key),
        }
        .build()?;
        // Configured as the client above configures its own: no redirects followed.
        let plain = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        let (path, body) = match args.operation {
            Operation::Org => (
                format!("/orgs/{}/apiKeys", f.org_id),
                r#"{"desc":"bench","roles":["ORG_MEMBER"]}"#,
            ),
            Operation::Project => (
                format!("/groups/{}/apiKeys", f.project_id),
                r#"{"desc":"bench","roles":["GROUP_READ_ONLY"]}"#,
            ),
            Operation::Agent => (
                format!("/groups/{}/agentapikeys", f.project_id),
                r#"{"desc":"bench"}"#,
            ),
        };
        Ok(Caller {
            mode: args.mode,
            operation: args.operation,
            client,
            plain,
            url: Arc::from(format!("{base_url}{path}").as_str()),
            fixtures: Arc::new(f),
            body,
        })
    }

    async fn call(&self) -> Result<(), BoxError> {
        let f = &self.fixtures;
        match (self.mode, self.operation) {
            (Mode::Plain, _) => {
                let response = self
                    .plain
                    .post(&*self.url)
                    .header("content-type", "application/json")
                    .body(self.body)
                    .send()
                    .await?;
                if !response.status().is_success() {
                    return Err(format!("HTTP {}", response.status()).into());
                }
                response.bytes().await.map(drop).map_err(Into::into)
            }
            (Mode::Client | Mode::ServiceAccount, Operation::Org) => self
                .client
                .create_org_api_key(&f.org_id, "bench", &[OrgRole::OrgMember])
                .await
                .map(drop)
                .map_err(Into::into),
            (Mode::Client | Mode::ServiceAccount, Operation::Project) => self
                .client
                .create_project_api_key(&f.project_id, "bench", &[ProjectRole::GroupReadOnly])
                .await
                .map(drop)
                .map_err(Into::into),
            (Mode::Client | Mode::ServiceAccount, Operation::Agent) => self
                .client
                .create_agent_api_key(&f.project_id, "bench")
                .await
                .map(drop)
                .map_err(Into::into),
        }
    }
}

/// `calls` calls on `concurrency` workers sharing one caller; each call's latency.
async fn run(caller: Caller, calls: usize, concurrency: usize) -> Result<Vec<Duration>, BoxError> {
    let next = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..concurrency.max(1))
        .map(|_| {
            let (next, caller) = (next.clone(), caller.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    let t = Instant::now();
                    caller.call().await.map_err(|e| e.to_string())?;
                    latencies.push(t.elapsed());
                }
                Ok::<_, String>(latencies)
            })
        })
        .collect();
    let mut latencies: Vec<Duration> = Vec::with_capacity(calls);
    for worker in workers {
        latencies.extend(worker.await??);
    }
    latencies.sort();
    Ok(latencies)
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let args = Args::parse();
    let f: Fixtures = serde_json::from_str(&args.fixtures)?;
    let stats_url = format!("http://{}/_emulator/stats", f.addr);
    let plain = reqwest::Client::new();
    let token = f.control_token.clone();
    let stats = || async {
        let request = plain.get(&stats_url).bearer_auth(&token);
        request.send().await?.json::<Stats>().await
    };
    let caller = Caller::new(&args, f)?;
    let before = stats().await?;
    let started = Instant::now();
    let latencies = run(caller, args.calls, args.concurrency).await?;
    let seconds = started.elapsed().as_secs_f64();
    let after = stats().await?;
    let percentile = |p: f64| {
        latencies[((latencies.len() as f64 - 1.0) * p).round() as usize].as_secs_f64() * 1000.0
    };
    let requests = (after.requests - before.requests) as f64;
    let report = serde_json::json!({
        "mode": match args.mode {
            Mode::Client => "client",
            Mode::ServiceAccount => "service-account",
            Mode::Plain => "plain",
        },
        "tokenRequests": after.token_requests - before.token_requests,
        "calls": latencies.len(),
        "concurrency": args.concurrency,
        "seconds": seconds,
        "callsPerSecond": latencies.len() as f64 / seconds,
        "p50Ms": percentile(0.50),
        "p99Ms": percentile(0.99),
        "requestsPerCall": requests / latencies.len() as f64,
        "challenges": after.challenges - before.challenges,
    });
    println!("{report}");
    Ok(())
}
