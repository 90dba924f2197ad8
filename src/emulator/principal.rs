//! Who a request acts as ([`Principal`]) and the roles it holds ([`Grant`]): what
//! authentication finds and what the handlers check.

use std::sync::Arc;

/// One role of a principal, in an organization or a project.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Grant {
    pub(crate) scope: Scope,
    pub(crate) role: String,
}

impl Grant {
    /// `role` in organization `org_id`.
    pub(crate) fn org(org_id: &str, role: impl Into<String>) -> Grant {
        Grant {
            scope: Scope::Org(org_id.to_owned()),
            role: role.into(),
        }
    }

    /// `role` in project `group_id`.
    pub(crate) fn project(group_id: &str, role: impl Into<String>) -> Grant {
        Grant {
            scope: Scope::Project(group_id.to_owned()),
            role: role.into(),
        }
    }

    /// Whether it is a role in project `group_id`.
    pub(crate) fn in_project(&self, group_id: &str) -> bool {
        matches!(&self.scope, Scope::Project(p) if p == group_id)
    }
}

/// Where a role applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    Org(String),
    Project(String),
}

/// Who a request authenticated as, and the roles it holds; put into the request's
/// extensions by the authentication middleware.
#[derive(Clone, Debug)]
pub(crate) struct Principal {
    pub(crate) who: Who,
    pub(crate) grants: Arc<[Grant]>,
}

/// The kind of principal.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Who {
    /// A MongoDB user, authenticated with a personal API key.
    User { user_id: String },
    /// A programmatic API key, by its ID.
    ApiKey { id: String },
    /// A service account, by its client ID.
    ServiceAccount { client_id: String },
}

impl Principal {
    /// Whether it holds `role` in organization `org_id`.
    pub(crate) fn has_org_role(&self, org_id: &str, role: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.scope == Scope::Org(org_id.to_owned()))
    }

    /// Whether it holds any role in organization `org_id`.
    pub(crate) fn in_org(&self, org_id: &str) -> bool {
        self.grants
            .iter()
            .any(|g| matches!(&g.scope, Scope::Org(o) if o == org_id))
    }

    /// Whether it holds `role` in project `group_id`.
    pub(crate) fn has_project_role(&self, group_id: &str, role: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == role && g.in_project(group_id))
    }

    /// Whether it holds any role in project `group_id`.
    pub(crate) fn in_project(&self, group_id: &str) -> bool {
        self.grants.iter().any(|g| g.in_project(group_id))
    }
}
