//! Every public type of mongodb-api-keys, used as a downstream crate uses it: built with the
//! builders, read field by field, destructured with `..`, matched with a wildcard arm. None
//! of it may stop compiling when `openapi.yaml` gains an optional field or an enum value.
#![allow(dead_code)]

use futures_util::TryStreamExt as _;
use mongodb_api_keys::client::{Deleted, Deprecation, Items, Product};
use mongodb_api_keys::types::{self, ApiKey, ApiKeyRole, OrgRole, ProjectRole};
use mongodb_api_keys::{Client, Error, ErrorCode, Outcome};

type Built<T> = Result<T, types::ConversionError>;

pub fn keys() -> Built<(ApiKey, types::AgentApiKey, types::UserApiKey)> {
    let role: ApiKeyRole = ApiKeyRole::builder()
        .org_id(Some("5980cfc70b6d97029d82e3f6".parse().unwrap()))
        .role_name("ORG_MEMBER")
        .try_into()?;
    let link: types::Link = types::Link::builder()
        .href("https://cloud.mongodb.com/api/atlas/v2/orgs/5980cfc70b6d97029d82e3f6/apiKeys")
        .rel("self")
        .try_into()?;
    let key: ApiKey = ApiKey::builder()
        .id("5c47ba5127d9d61b9fd8a27b")
        .desc("downstream")
        .public_key("zmmrboas")
        .private_key("754c8808-0ba8-4153-8eea-85daa09d408a")
        .roles(vec![role])
        .links(Some(vec![link]))
        .try_into()?;
    let agent: types::AgentApiKey = types::AgentApiKey::builder()
        .id("5e2f5b0b87d9d66a3d2b7b11")
        .desc("agents")
        .key("3f9a2c7e5b1d4e8fa06b9c2d1e7f8b87")
        .created_by("PUBLIC_API")
        .created_time(1_520_458_807_291_i64)
        .try_into()?;
    let user: types::UserApiKey = types::UserApiKey::builder()
        .id("6bedc7d480eef52e16fe4699")
        .user_id("5b0d6e4c96e82165e4b10c5a")
        .description("legacy")
        .key("5b27d00d-e454-4a21-863e-670587c49cc9")
        .enabled(true)
        .used_count(0_i64)
        .created_at(chrono_now())
        .try_into()?;
    Ok((key, agent, user))
}

fn chrono_now() -> types::DateTime<types::Utc> {
    "2018-05-04T20:51:32Z".parse().unwrap()
}

pub fn read(key: &ApiKey, agent: &types::AgentApiKey, user: &types::UserApiKey) -> String {
    let ApiKey {
        id,
        desc,
        public_key,
        private_key,
        roles,
        ..
    } = key;
    let types::AgentApiKey { id: agent_id, .. } = agent;
    let types::UserApiKey { user_id, .. } = user;
    let roles: Vec<String> = roles
        .iter()
        .map(|ApiKeyRole { role_name, .. }| role_name.clone())
        .collect();
    format!(
        "{id} {desc} {public_key} {} {roles:?} {agent_id} {user_id}",
        private_key.expose_secret().len()
    )
}

pub fn bodies() -> Built<Vec<String>> {
    let org: types::CreateOrgApiKeyRequest = types::CreateOrgApiKeyRequest::builder()
        .desc("d".parse::<types::ApiKeyDescription>().unwrap())
        .roles(vec![OrgRole::OrgMember])
        .try_into()?;
    let project: types::CreateProjectApiKeyRequest = types::CreateProjectApiKeyRequest::builder()
        .desc("d".parse::<types::ApiKeyDescription>().unwrap())
        .roles(vec![ProjectRole::GroupReadOnly])
        .try_into()?;
    let om_org: types::CreateOpsManagerOrgApiKeyRequest =
        types::CreateOpsManagerOrgApiKeyRequest::builder()
            .desc("d".parse::<types::ApiKeyDescription>().unwrap())
            .roles(vec![types::OpsManagerOrgRole::OrgReadOnly])
            .try_into()?;
    let om_project: types::CreateOpsManagerProjectApiKeyRequest =
        types::CreateOpsManagerProjectApiKeyRequest::builder()
            .desc("d".parse::<types::ApiKeyDescription>().unwrap())
            .roles(vec![types::OpsManagerProjectRole::GroupAutomationAdmin])
            .try_into()?;
    let update: types::UpdateOrgApiKeyRequest = types::UpdateOrgApiKeyRequest::builder()
        .desc(Some("renamed".parse().unwrap()))
        .try_into()?;
    let assignment: types::ProjectRoleAssignment = types::ProjectRoleAssignment::builder()
        .roles(vec![ProjectRole::GroupOwner])
        .try_into()?;
    let address: types::AccessListIpAddress = types::AccessListIpAddress::builder()
        .ip_address("192.0.2.10".parse::<std::net::IpAddr>().unwrap())
        .try_into()?;
    let entry = types::UserAccessListRequest::from(address);
    let agent: types::CreateAgentApiKeyRequest =
        types::CreateAgentApiKeyRequest::builder().desc("a").try_into()?;
    let user: types::CreateUserApiKeyRequest = types::CreateUserApiKeyRequest::builder()
        .description("u")
        .try_into()?;
    let json = |v: &dyn erased::Json| v.json();
    Ok(vec![
        json(&org),
        json(&project),
        json(&om_org),
        json(&om_project),
        json(&update),
        json(&assignment),
        json(&entry),
        json(&agent),
        json(&user),
    ])
}

mod erased {
    pub trait Json {
        fn json(&self) -> String;
    }
    impl<T: serde::Serialize> Json for T {
        fn json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}

pub fn roles(org: OrgRole, project: ProjectRole) -> &'static str {
    match (org, project) {
        (OrgRole::OrgOwner, _) => "owner",
        (_, ProjectRole::GroupOwner) => "project owner",
        _ => "another role", // MongoDB adds roles: a wildcard arm is required
    }
}

pub fn pages(keys: types::PaginatedApiKeys, entries: types::PaginatedApiUserAccessListResponse) -> usize {
    let types::PaginatedApiKeys { results, total_count, .. } = keys;
    let types::PaginatedApiUserAccessListResponse { results: listed, .. } = entries;
    let listed: Vec<String> = listed
        .iter()
        .map(|types::UserAccessListResponse { cidr_block, .. }| cidr_block.clone())
        .collect();
    results.len() + listed.len() + total_count.unwrap_or_default() as usize
}

pub fn errors(error: &Error) -> String {
    let code = match error.error_code() {
        Some(ErrorCode::NotOrgOwner) => "needs ORG_OWNER".to_owned(),
        Some(other) => other.as_str().to_owned(),
        None => String::new(),
    };
    let what = match error {
        Error::PermissionDenied { status, .. } => format!("denied {status}"),
        Error::UnexpectedSuccess { body, .. } => format!("created: {}", body.expose_secret().len()),
        Error::Api { status, detail, .. } => format!("{status} {detail}"),
        Error::ApiVersion { media_type, .. } => media_type.clone(),
        _ => error.to_string(),
    };
    let outcome = match error.outcome() {
        Outcome::NotSent => "not sent",
        Outcome::Refused => "refused",
        Outcome::Unknown => "unknown",
        _ => "done",
    };
    format!("{code} {what} {outcome}")
}

pub async fn lifecycle(client: &Client) -> Result<usize, Error> {
    let org = "5980cfc70b6d97029d82e3f6";
    let keys: Items<ApiKey> = client.list_org_api_keys(org);
    let keys: Vec<ApiKey> = keys.try_collect().await?;
    let deleted = match client.delete_org_api_key(org, "5c47ba5127d9d61b9fd8a27b").await? {
        Deleted::Deleted => 1,
        Deleted::AlreadyGone => 0,
        _ => 0,
    };
    let product = match client.product() {
        Product::Atlas => 1,
        _ => 2,
    };
    let notice = client.deprecation().map(|d: &Deprecation| d.to_string()).unwrap_or_default();
    Ok(keys.len() + deleted + product + notice.len())
}
