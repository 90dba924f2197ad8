//! `demo`: the emulator in-process, one key of each kind created against it, and what each
//! call cost.

use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Config, Emulator, Fixtures};
use serde_json::Value;

use super::output::{json, table, write_stdout};
use super::{CliError, Exit};

/// Starts the emulator in-process and creates one key of each kind against it.
pub(crate) async fn demo() -> Result<(), CliError> {
    let emulator = Emulator::start(Config::default())
        .await
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))?;
    let f = emulator.fixtures().clone();
    let mut report = Report {
        out: format!(
            "The emulator is listening on http://{} (a local MongoDB admin API: digest auth, MongoDB's errors).\n\
             Creating one key of each kind through the generated client, signed with HTTP Digest as\n\
             {} (organization {}, project {}).\n",
            f.addr, f.username, f.org_id, f.project_id
        ),
        requests: 0,
        token_requests: 0,
        emulator: &emulator,
    };
    create_one_of_each(&f, &mut report).await?;
    report.summary();
    write_stdout(&report.out)?;
    emulator
        .shutdown()
        .await
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))
}

/// What the demo prints, and the requests counted so far.
struct Report<'a> {
    out: String,
    requests: u64,
    token_requests: u64,
    emulator: &'a Emulator,
}

impl Report<'_> {
    /// A created key, with what it cost in HTTP requests.
    fn step(&mut self, title: &str, key: Value) {
        let stats = self.emulator.stats();
        let cost = stats.requests - self.requests;
        let tokens = stats.token_requests - self.token_requests;
        (self.requests, self.token_requests) = (stats.requests, stats.token_requests);
        let plural = |n: u64| if n == 1 { "" } else { "s" };
        let tokens = match tokens {
            0 => String::new(),
            n => format!(" + {n} token request{}", plural(n)),
        };
        self.out.push_str(&format!(
            "\n== {title} ({cost} HTTP request{}{tokens})\n{}\n",
            plural(cost),
            table(&key)
        ));
    }

    fn summary(&mut self) {
        let stats = self.emulator.stats();
        let k = &stats.keys_created;
        self.out.push_str(&format!(
            "\n{} keys in {} HTTP requests and {} token request: {} digest challenges (one per API-key\n\
             client), then every request signed in advance (the Atlas CLI, the Go SDK and Terraform pay 2\n\
             requests per call with an API key; curl --digest too). A service account's token serves\n\
             every later call (the CLI keeps it between runs).\n\
             \nThe same commands against the real thing:\n\
             \x20 export MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_... MONGODB_ATLAS_CLIENT_SECRET=...   # or an API key:\n\
             \x20 export MONGODB_ATLAS_PUBLIC_API_KEY=... MONGODB_ATLAS_PRIVATE_API_KEY=...\n\
             \x20 mongodb-api-keys org-key create --org-id ORG_ID --desc \"CI deployer\" --role ORG_MEMBER\n\
             \x20 mongodb-api-keys --ops-manager-url om.example.com:8443 --ca-cert company-ca.pem \\\n\
             \x20     agent-key create --project-id PROJECT_ID --desc \"automation agents\"\n",
            k.org + k.project + k.agent + k.user,
            stats.requests,
            stats.token_requests,
            stats.challenges
        ));
    }
}

async fn create_one_of_each(f: &Fixtures, report: &mut Report<'_>) -> Result<(), CliError> {
    use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};
    let at = |url: &str| {
        Client::builder(url)
            .credentials(&f.username, &f.api_key)
            .build()
    };
    let atlas = at(&f.base_url)?;
    let key = atlas
        .create_org_api_key(&f.org_id, "demo: CI deployer", &[OrgRole::OrgMember])
        .await?;
    report.step("organization API key: org-key create", json(&key));
    let roles = [ProjectRole::GroupReadOnly];
    let key = atlas
        .create_project_api_key(&f.project_id, "demo: dashboards", &roles)
        .await?;
    report.step("project API key: project-key create", json(&key));
    // Agent keys are an Ops Manager feature: the emulator serves them under its base path.
    let key = at(&f.ops_manager_url)?
        .create_agent_api_key(&f.project_id, "demo: automation agents")
        .await?;
    report.step("agent API key (Ops Manager): agent-key create", json(&key));
    #[allow(deprecated)]
    let key = atlas
        .create_user_api_key(&f.user_id, "demo: legacy script")
        .await?;
    report.step(
        "personal user API key (deprecated): user-key create",
        json(&key),
    );
    // MongoDB's recommended way: a service account's token instead of an API key.
    let service_account = Client::builder(&f.base_url)
        .service_account(&f.client_id, &f.client_secret)
        .build()?;
    let key = service_account
        .create_org_api_key(
            &f.org_id,
            "demo: with a service account",
            &[OrgRole::OrgMember],
        )
        .await?;
    report.step(
        "organization API key, as a service account: org-key create",
        json(&key),
    );
    Ok(())
}
