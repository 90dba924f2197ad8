//! Atlas and Ops Manager are different products: which operations each serves, under which
//! base path, and which roles each knows.
//!
//! Billing roles on Ops Manager: the seed page for Ops Manager's `createOrgApiKey` shows
//! `ORG_BILLING_ADMIN` in its example, but that example was copied from the Atlas page (it
//! posts to `/api/atlas/v1.0` on an Ops Manager host), Ops Manager has no billing, and
//! MongoDB's error-code reference lists `BILLING_UNSUPPORTED` (401, "Billing administrator
//! roles are not supported by Ops Manager."). The emulator follows the error-code reference,
//! and `openapi.yaml` says so on `OrgRole`.

/// A product, by the base path that serves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Product {
    /// MongoDB Atlas, `/api/atlas/v1.0`.
    Atlas,
    /// Ops Manager (and Cloud Manager), `/api/public/v1.0`.
    OpsManager,
}

/// Organization roles Atlas grants to API keys.
const ATLAS_ORG_ROLES: &[&str] = &[
    "ORG_OWNER",
    "ORG_MEMBER",
    "ORG_GROUP_CREATOR",
    "ORG_BILLING_ADMIN",
    "ORG_BILLING_READ_ONLY",
    "ORG_STREAM_PROCESSING_ADMIN",
    "ORG_READ_ONLY",
];

/// Organization roles Ops Manager grants to API keys.
const OPS_MANAGER_ORG_ROLES: &[&str] = &[
    "ORG_OWNER",
    "ORG_MEMBER",
    "ORG_GROUP_CREATOR",
    "ORG_READ_ONLY",
];

/// Project roles Atlas grants to API keys.
const ATLAS_PROJECT_ROLES: &[&str] = &[
    "GROUP_OWNER",
    "GROUP_READ_ONLY",
    "GROUP_DATA_ACCESS_ADMIN",
    "GROUP_DATA_ACCESS_READ_WRITE",
    "GROUP_DATA_ACCESS_READ_ONLY",
    "GROUP_CLUSTER_MANAGER",
    "GROUP_SEARCH_INDEX_EDITOR",
    "GROUP_STREAM_PROCESSING_OWNER",
    "GROUP_BACKUP_MANAGER",
    "GROUP_OBSERVABILITY_VIEWER",
    "GROUP_DATABASE_ACCESS_ADMIN",
];

/// Project roles Ops Manager grants to API keys.
const OPS_MANAGER_PROJECT_ROLES: &[&str] = &[
    "GROUP_OWNER",
    "GROUP_READ_ONLY",
    "GROUP_DATA_ACCESS_ADMIN",
    "GROUP_DATA_ACCESS_READ_WRITE",
    "GROUP_DATA_ACCESS_READ_ONLY",
    "GROUP_AUTOMATION_ADMIN",
    "GROUP_BACKUP_ADMIN",
    "GROUP_MONITORING_ADMIN",
    "GROUP_USER_ADMIN",
];

/// How a product judges a role name given for one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleCheck {
    /// A role of that scope in this product.
    Valid,
    /// A role of the other scope (an organization role on a project key, or the reverse).
    WrongScope,
    /// A billing role on Ops Manager.
    BillingUnsupported,
    /// A name this product does not know.
    Unknown,
}

/// Which scope a role is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleScope {
    Org,
    Project,
}

impl Product {
    /// Both products, Atlas first.
    pub(crate) const ALL: [Product; 2] = [Product::Atlas, Product::OpsManager];

    /// The base path every operation of this product is under.
    pub(crate) fn base_path(self) -> &'static str {
        match self {
            Product::Atlas => "/api/atlas/v1.0",
            Product::OpsManager => "/api/public/v1.0",
        }
    }

    fn roles(self, scope: RoleScope) -> &'static [&'static str] {
        match (self, scope) {
            (Product::Atlas, RoleScope::Org) => ATLAS_ORG_ROLES,
            (Product::Atlas, RoleScope::Project) => ATLAS_PROJECT_ROLES,
            (Product::OpsManager, RoleScope::Org) => OPS_MANAGER_ORG_ROLES,
            (Product::OpsManager, RoleScope::Project) => OPS_MANAGER_PROJECT_ROLES,
        }
    }

    /// Whether `name` may be granted in `scope` by this product.
    pub(crate) fn check_role(self, scope: RoleScope, name: &str) -> RoleCheck {
        let other = match scope {
            RoleScope::Org => RoleScope::Project,
            RoleScope::Project => RoleScope::Org,
        };
        if self.roles(scope).contains(&name) {
            RoleCheck::Valid
        } else if self == Product::OpsManager
            && ATLAS_ORG_ROLES.contains(&name)
            && name.starts_with("ORG_BILLING_")
        {
            RoleCheck::BillingUnsupported
        } else if self.roles(other).contains(&name) {
            RoleCheck::WrongScope
        } else {
            RoleCheck::Unknown
        }
    }
}

/// Every role name either product knows, for each scope: the `OrgRole` and `ProjectRole`
/// enums of `openapi.yaml`.
pub(crate) fn all_roles(scope: RoleScope) -> Vec<&'static str> {
    let mut all: Vec<&str> = Product::ALL
        .iter()
        .flat_map(|p| p.roles(scope).iter().copied())
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_product_knows_its_own_roles() {
        use RoleCheck::*;
        use RoleScope::*;
        let (atlas, om) = (Product::Atlas, Product::OpsManager);
        assert_eq!(atlas.check_role(Org, "ORG_BILLING_ADMIN"), Valid);
        assert_eq!(om.check_role(Org, "ORG_BILLING_ADMIN"), BillingUnsupported);
        assert_eq!(
            om.check_role(Org, "ORG_BILLING_READ_ONLY"),
            BillingUnsupported
        );
        assert_eq!(om.check_role(Org, "ORG_STREAM_PROCESSING_ADMIN"), Unknown);
        assert_eq!(atlas.check_role(Project, "GROUP_AUTOMATION_ADMIN"), Unknown);
        assert_eq!(om.check_role(Project, "GROUP_AUTOMATION_ADMIN"), Valid);
        assert_eq!(om.check_role(Project, "GROUP_CLUSTER_MANAGER"), Unknown);
        assert_eq!(atlas.check_role(Org, "GROUP_OWNER"), WrongScope);
        assert_eq!(om.check_role(Project, "ORG_OWNER"), WrongScope);
        assert_eq!(atlas.check_role(Org, "ORG_MEMEBR"), Unknown);
    }
}
