//! Atlas and Ops Manager are different products: which API a path belongs to ([`Api`]: the
//! Atlas Admin API v2, the deprecated Atlas v1.0, Ops Manager's public v1.0), the media type
//! each answers with, and which roles each product knows.
//!
//! Billing roles on Ops Manager: the seed page for Ops Manager's `createOrgApiKey` shows
//! `ORG_BILLING_ADMIN` in its example, but that example was copied from the Atlas page (it
//! posts to `/api/atlas/v1.0` on an Ops Manager host), Ops Manager has no billing, and
//! MongoDB's error-code reference lists `BILLING_UNSUPPORTED` (401, "Billing administrator
//! roles are not supported by Ops Manager."). The emulator follows the error-code reference,
//! and `openapi.yaml` says so on `OrgRole`.

/// A product: whose roles an operation takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Product {
    /// MongoDB Atlas (`/api/atlas/v2`, `/api/atlas/v1.0`).
    Atlas,
    /// Ops Manager (and Cloud Manager), `/api/public/v1.0`.
    OpsManager,
    /// Cloud Manager's service accounts (`/api/public/v1.0/orgs/{orgId}/serviceAccounts`):
    /// its own organization roles, billing ones included; Ops Manager's project roles.
    CloudManager,
}

/// An API, by the path prefix of its operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Api {
    /// The Atlas Admin API v2: versioned media types.
    AtlasV2,
    /// The Atlas Admin API v1.0, deprecated by MongoDB.
    AtlasV1,
    /// Ops Manager's and Cloud Manager's public API.
    Public,
}

/// The media type of the Atlas Admin API v2's key operations, the only version they have
/// (`openapi.yaml`; a unit test checks it against the spec).
pub(crate) const V2_MEDIA_TYPE: &str = "application/vnd.atlas.2023-01-01+json";

/// The media type of the Atlas Admin API v2's service-account operations (secrets, access
/// lists and projects included), the only version they have.
pub(crate) const V2_SERVICE_ACCOUNTS_MEDIA_TYPE: &str = "application/vnd.atlas.2024-08-05+json";

impl Api {
    /// Every API, in the order of the spec.
    pub(crate) const ALL: [Api; 3] = [Api::AtlasV2, Api::Public, Api::AtlasV1];

    /// The path every operation of this API is under.
    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Api::AtlasV2 => "/api/atlas/v2",
            Api::AtlasV1 => "/api/atlas/v1.0",
            Api::Public => "/api/public/v1.0",
        }
    }

    /// The API of a request path, if it is under one.
    pub(crate) fn of_path(path: &str) -> Option<Api> {
        Api::ALL.into_iter().find(|api| {
            path.strip_prefix(api.prefix())
                .is_some_and(|rest| rest.starts_with('/'))
        })
    }

    /// The product whose roles its operations take.
    pub(crate) fn product(self) -> Product {
        match self {
            Api::AtlasV2 | Api::AtlasV1 => Product::Atlas,
            Api::Public => Product::OpsManager,
        }
    }

    /// The media type its successes are answered with.
    pub(crate) fn media_type(self) -> &'static str {
        match self {
            Api::AtlasV2 => "application/vnd.atlas.2023-01-01+json;charset=utf-8",
            Api::AtlasV1 | Api::Public => "application/json",
        }
    }

    /// The media type its request bodies are sent as (parameters aside).
    pub(crate) fn body_media_type(self) -> &'static str {
        match self {
            Api::AtlasV2 => V2_MEDIA_TYPE,
            Api::AtlasV1 | Api::Public => "application/json",
        }
    }
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

/// Organization roles Cloud Manager grants to service accounts, as its documentation lists
/// them (the spec's `CloudManagerOrgRole`).
const CLOUD_MANAGER_ORG_ROLES: &[&str] = &[
    "ORG_OWNER",
    "ORG_MEMBER",
    "ORG_GROUP_CREATOR",
    "ORG_BILLING_ADMIN",
    "ORG_READ_ONLY",
    "ORG_BILLING_READ_ONLY",
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

    fn roles(self, scope: RoleScope) -> &'static [&'static str] {
        match (self, scope) {
            (Product::Atlas, RoleScope::Org) => ATLAS_ORG_ROLES,
            (Product::Atlas, RoleScope::Project) => ATLAS_PROJECT_ROLES,
            (Product::OpsManager, RoleScope::Org) => OPS_MANAGER_ORG_ROLES,
            (Product::OpsManager | Product::CloudManager, RoleScope::Project) => {
                OPS_MANAGER_PROJECT_ROLES
            }
            (Product::CloudManager, RoleScope::Org) => CLOUD_MANAGER_ORG_ROLES,
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

    #[test]
    fn paths_name_their_api_and_the_v2_media_type_is_the_specs() {
        let org = "/orgs/5980cfc70b6d97029d82e3f6/apiKeys";
        for api in Api::ALL {
            assert_eq!(Api::of_path(&format!("{}{org}", api.prefix())), Some(api));
        }
        assert_eq!(Api::of_path("/api/atlas/v2x/orgs"), None);
        assert_eq!(Api::of_path("/api/atlas/v2"), None);
        for (operation, media) in crate::generated::MEDIA_TYPES {
            let expected = match operation.contains("ServiceAccount") {
                true => V2_SERVICE_ACCOUNTS_MEDIA_TYPE,
                false => V2_MEDIA_TYPE,
            };
            assert_eq!(*media, expected, "{operation}");
        }
        // Every operation of the Admin API v2 has its version, those answered 204 included.
        for op in super::super::operations::OPERATIONS.iter() {
            let versioned = crate::generated::media_type(&op.id).is_some();
            assert_eq!(
                versioned,
                op.route.starts_with("/api/atlas/v2/"),
                "{}",
                op.id
            );
        }
        assert!(Api::AtlasV2.media_type().starts_with(V2_MEDIA_TYPE));
        // Progenitor's hooks name operations in snake case.
        let snake = crate::generated::media_type("create_org_api_key");
        assert_eq!(snake, Some(V2_MEDIA_TYPE));
        assert_eq!(crate::generated::media_type("create_org_api"), None);
    }
}
