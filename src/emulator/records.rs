//! What the emulator keeps of each resource the API lists and reads: an organization API key
//! ([`StoredKey`]) and an agent API key ([`StoredAgentKey`]). Secrets are kept only masked,
//! as every read after a creation shows them (the digest credential of a key is its
//! password hash, in `credentials.rs`): nothing stored can leak a secret.

use super::principal::{Grant, Scope};
use super::table::Record;

/// An organization API key.
#[derive(Clone, Debug)]
pub(crate) struct StoredKey {
    pub(crate) id: String,
    pub(crate) org_id: String,
    pub(crate) desc: String,
    /// Its digest user name.
    pub(crate) public_key: String,
    /// `********-****-****-` and the last 12 characters of the private key.
    pub(crate) masked_private_key: String,
    /// Its roles in the organization and in projects, in the order they were granted.
    pub(crate) grants: Vec<Grant>,
}

impl StoredKey {
    /// Whether it is assigned to project `group_id` (holds a role there).
    pub(crate) fn in_project(&self, group_id: &str) -> bool {
        self.grants.iter().any(|g| g.in_project(group_id))
    }

    /// Replaces its organization roles with `roles`; its project roles stay.
    pub(crate) fn set_org_roles(&mut self, roles: &[String]) {
        set_org_roles(&mut self.grants, &self.org_id, roles);
    }

    /// Replaces its roles in project `group_id` with `roles` (none: unassigned from it),
    /// before its organization roles, as MongoDB lists them.
    pub(crate) fn set_project_roles(&mut self, group_id: &str, roles: &[String]) {
        set_project_roles(&mut self.grants, group_id, roles);
    }
}

/// Replaces the organization roles of `grants` with `roles` in `org_id`; project roles stay.
/// (An API key's and a service account's roles change alike.)
pub(crate) fn set_org_roles(grants: &mut Vec<Grant>, org_id: &str, roles: &[String]) {
    grants.retain(|g| !matches!(g.scope, Scope::Org(_)));
    grants.extend(roles.iter().map(|role| Grant::org(org_id, role.clone())));
}

/// Replaces the roles of `grants` in project `group_id` with `roles` (none: unassigned from
/// it), before the organization roles, as MongoDB lists them.
pub(crate) fn set_project_roles(grants: &mut Vec<Grant>, group_id: &str, roles: &[String]) {
    grants.retain(|g| !g.in_project(group_id));
    let at = grants
        .iter()
        .position(|g| matches!(g.scope, Scope::Org(_)))
        .unwrap_or(grants.len());
    let new = roles
        .iter()
        .map(|role| Grant::project(group_id, role.clone()));
    grants.splice(at..at, new);
}

impl Record for StoredKey {
    fn id(&self) -> &str {
        &self.id
    }
}

/// An agent API key of a project.
#[derive(Clone, Debug)]
pub(crate) struct StoredAgentKey {
    pub(crate) id: String,
    pub(crate) group_id: String,
    pub(crate) desc: String,
    /// The key masked to its last four characters.
    pub(crate) masked_key: String,
    /// Milliseconds since the epoch.
    pub(crate) created_time: i64,
    pub(crate) created_ip_addr: Option<String>,
    pub(crate) created_user_id: Option<String>,
}

impl Record for StoredAgentKey {
    fn id(&self) -> &str {
        &self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_roles_come_before_organization_roles_and_replace_only_their_own() {
        let mut key = StoredKey {
            id: "k".into(),
            org_id: "o".into(),
            desc: String::new(),
            public_key: String::new(),
            masked_private_key: String::new(),
            grants: vec![
                Grant::project("p", "GROUP_OWNER"),
                Grant::org("o", "ORG_MEMBER"),
            ],
        };
        key.set_project_roles("q", &["GROUP_READ_ONLY".into()]);
        key.set_project_roles("p", &["GROUP_READ_ONLY".into(), "GROUP_OWNER".into()]);
        key.set_org_roles(&["ORG_OWNER".into()]);
        let roles: Vec<(String, &str)> = key
            .grants
            .iter()
            .map(|g| (format!("{:?}", g.scope), g.role.as_str()))
            .collect();
        assert_eq!(
            roles,
            [
                ("Project(\"q\")".to_owned(), "GROUP_READ_ONLY"),
                ("Project(\"p\")".to_owned(), "GROUP_READ_ONLY"),
                ("Project(\"p\")".to_owned(), "GROUP_OWNER"),
                ("Org(\"o\")".to_owned(), "ORG_OWNER"),
            ]
        );
        assert!(key.in_project("p"));
        key.set_project_roles("p", &[]);
        assert!(!key.in_project("p") && key.in_project("q"));
    }
}
