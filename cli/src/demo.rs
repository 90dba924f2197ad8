//! `demo`: the emulator in-process (its organization requiring an API access list), one key
//! of each kind created against it, a key made usable in one step, and what each call cost.

use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Config, Emulator, Fixtures};
use serde_json::Value;

use super::output::{Secrets, json, table, write_stdout};
use super::{CliError, Exit};

/// Starts the emulator in-process and creates one key of each kind against it.
pub(crate) async fn demo() -> Result<(), CliError> {
    // As organizations created in the Atlas UI do; the fixture credentials are on the list.
    let config = Config {
        require_access_list: true,
        ..Config::default()
    };
    let emulator = Emulator::start(config)
        .await
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))?;
    let f = emulator.fixtures().clone();
    let mut report = Report {
        out: format!(
            "The emulator is listening on http://{} (a local MongoDB admin API: digest auth, MongoDB's errors).\n\
             Its organization requires an API access list, as organizations created in the Atlas UI do.\n\
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
            table(&key, Secrets::Marked)
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
             \x20 mongodb-api-keys org-key create --org-id ORG_ID --desc \"CI deployer\" --role ORG_MEMBER \\\n\
             \x20     --access-list 203.0.113.7   # the address it will call from\n\
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
    usable_at_once(f, &atlas, report).await?;
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

/// A key created with its access list, then put to work with its own credentials.
async fn usable_at_once(
    f: &Fixtures,
    atlas: &Client,
    report: &mut Report<'_>,
) -> Result<(), CliError> {
    use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};
    // A key with no access-list entry would be refused (403 ORG_REQUIRES_ACCESS_LIST) here:
    // create it with its entries, then let it work.
    let here =
        ["127.0.0.1/32"
            .parse()
            .map_err(|e: mongodb_api_keys::access_list::InvalidEntry| {
                CliError::new(Exit::Usage, e.to_string())
            })?];
    let key = atlas
        .create_org_api_key_with_access_list(
            &f.org_id,
            "demo: usable at once",
            &[OrgRole::OrgOwner],
            &here,
        )
        .await?;
    report.step(
        "organization API key with an access list: org-key create --access-list 127.0.0.1/32",
        json(&key),
    );
    let new_key = Client::builder(&f.base_url)
        .credentials(&key.public_key, key.private_key.expose_secret())
        .build()?;
    let key = new_key
        .create_project_api_key(
            &f.project_id,
            "demo: made by the new key",
            &[ProjectRole::GroupReadOnly],
        )
        .await?;
    report.step(
        "the new key at work, from 127.0.0.1: project-key create",
        json(&key),
    );
    Ok(())
}
