//! `demo`: the emulator in-process, one key of each kind created against it, and what each
//! call cost.

use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Config, Emulator};
use serde_json::Value;

use super::output::{json, table, write_stdout};
use super::{CliError, Exit};

/// Starts the emulator in-process and creates one key of each kind against it.
pub(crate) async fn demo() -> Result<(), CliError> {
    use mongodb_api_keys::generated::types::{OrgRole, ProjectRole};
    let emulator = Emulator::start(Config::default())
        .await
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))?;
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
        .map_err(|e| CliError::new(Exit::Transport, e.to_string()))
}
