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
    /// Every key of the organization, all pages (Atlas Admin API v2).
    List,
}

/// The versioned media type of the Atlas Admin API v2 resources measured here.
const V2: &str = "application/vnd.atlas.2023-01-01+json";

/// MongoDB's largest page.
const PAGE: usize = 500;

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
        // Agent keys are an Ops Manager operation; the others are Atlas's, on the Admin API
        // v2 as this client calls them.
        let base_url = match args.operation {
            Operation::Agent => f.ops_manager_url.clone(),
            _ => format!("{}/api/atlas/v2", f.origin),
        };
        let builder = Client::builder(&base_url);
        let client = match args.mode {
            Mode::ServiceAccount => builder.service_account(&f.client_id, &f.client_secret),
            _ => builder.credentials(&f.username, &f.api_key),
        }
        .build()?;
        // Configured as the client above configures its own (no redirects followed, its
        // default timeouts: 10 s to connect, 60 s a request), so that the two differ only in
        // authentication and decoding.
        let plain = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
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
            Operation::List => (format!("/orgs/{}/apiKeys", f.org_id), ""),
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

    /// The media type of the measured operation's requests and answers.
    fn media_type(&self) -> &'static str {
        match self.operation {
            Operation::Agent => "application/json",
            _ => V2,
        }
    }

    /// One call; the items it read (lists) or 1.
    async fn call(&self) -> Result<usize, BoxError> {
        let f = &self.fixtures;
        match (self.mode, self.operation) {
            (Mode::Plain, Operation::List) => self.plain_list().await,
            (Mode::Plain, _) => {
                let response = self
                    .plain
                    .post(&*self.url)
                    .header("accept", self.media_type())
                    .header("content-type", self.media_type())
                    .body(self.body)
                    .send()
                    .await?;
                if !response.status().is_success() {
                    return Err(format!("HTTP {}", response.status()).into());
                }
                response.bytes().await.map(|_| 1).map_err(Into::into)
            }
            (_, Operation::List) => {
                use futures_util::TryStreamExt as _;
                let keys = self.client.list_org_api_keys(&f.org_id);
                let keys: Vec<_> = keys.try_collect().await?;
                Ok(keys.len())
            }
            (Mode::Client | Mode::ServiceAccount, Operation::Org) => self
                .client
                .create_org_api_key(&f.org_id, "bench", &[OrgRole::OrgMember])
                .await
                .map(|_| 1)
                .map_err(Into::into),
            (Mode::Client | Mode::ServiceAccount, Operation::Project) => self
                .client
                .create_project_api_key(&f.project_id, "bench", &[ProjectRole::GroupReadOnly])
                .await
                .map(|_| 1)
                .map_err(Into::into),
            (Mode::Client | Mode::ServiceAccount, Operation::Agent) => self
                .client
                .create_agent_api_key(&f.project_id, "bench")
                .await
                .map(|_| 1)
                .map_err(Into::into),
        }
    }
}

impl Caller {
    /// Every page, as a hand-written client would read them: `itemsPerPage` 500, pages until
    /// `totalCount` items are read (or a page comes back short).
    async fn plain_list(&self) -> Result<usize, BoxError> {
        let mut read = 0;
        for page in 1.. {
            let url = format!("{}?itemsPerPage={PAGE}&pageNum={page}", self.url);
            let response = self.plain.get(url).header("accept", V2).send().await?;
            if !response.status().is_success() {
                return Err(format!("HTTP {}", response.status()).into());
            }
            let body: serde_json::Value = response.json().await?;
            let results = body["results"].as_array().map_or(0, Vec::len);
            read += results;
            let total = body["totalCount"].as_u64().unwrap_or(0) as usize;
            if results < PAGE || read >= total {
                break;
            }
        }
        Ok(read)
    }
}

/// `calls` calls on `concurrency` workers sharing one caller; each call's latency, and the
/// items the calls read.
async fn run(
    caller: Caller,
    calls: usize,
    concurrency: usize,
) -> Result<(Vec<Duration>, usize), BoxError> {
    let items = Arc::new(AtomicUsize::new(0));
    let next = Arc::new(AtomicUsize::new(0));
    let workers: Vec<_> = (0..concurrency.max(1))
        .map(|_| {
            let (next, caller, items) = (next.clone(), caller.clone(), items.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < calls {
                    let t = Instant::now();
                    let read = caller.call().await.map_err(|e| e.to_string())?;
                    items.fetch_add(read, Ordering::Relaxed);
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
    Ok((latencies, items.load(Ordering::Relaxed)))
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
    let (latencies, items) = run(caller, args.calls, args.concurrency).await?;
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
        "itemsPerCall": items as f64 / latencies.len() as f64,
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
