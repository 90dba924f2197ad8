//! Every type a caller of [`crate::Client`] meets, in one place: what the calls take (roles,
//! access-list entries, IDs) and what they return (keys, access lists), whether generated from
//! `openapi.yaml` or written by hand. The names are MongoDB's own (`ApiKey`,
//! `PaginatedApiUserAccessListResponse`, as in its specs and its Go SDK).
//!
//! Types MongoDB may extend are `#[non_exhaustive]`: a new field in an answer, or a new role,
//! is not a breaking change. Read their fields and match them with `..`; make one (in a test,
//! say) with its builder:
//!
//! ```
//! use mongodb_api_keys::types::{ApiKey, OrgRole};
//!
//! let key: ApiKey = ApiKey::builder()
//!     .id("5c47ba5127d9d61b9fd8a27b")
//!     .desc("CI deployer")
//!     .public_key("zmmrboas")
//!     .private_key("754c8808-0ba8-4153-8eea-85daa09d408a")
//!     .roles(vec![])
//!     .try_into()?;
//! let ApiKey { public_key, .. } = &key;
//! assert_eq!(public_key, "zmmrboas");
//! match OrgRole::OrgMember {
//!     OrgRole::OrgOwner => unreachable!(),
//!     _ => {} // a role MongoDB adds later lands here
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A struct literal of a generated type does not compile outside this crate (so that a new
//! field is not a breaking change):
//!
//! ```compile_fail
//! use mongodb_api_keys::types::{Link};
//! let link = Link { href: "https://cloud.mongodb.com".into(), rel: "self".into() };
//! ```

pub use crate::access_list::{AccessListEntry, CidrBlock, InvalidEntry};
pub use crate::generated::types::error::ConversionError;
pub use crate::generated::types::{
    AccessListCidrBlock, AccessListIpAddress, AgentApiKey, ApiError, ApiKey, ApiKeyDescription,
    ApiKeyRole, BadRequestDetail, CreateAgentApiKeyRequest, CreateOpsManagerOrgApiKeyRequest,
    CreateOpsManagerProjectApiKeyRequest, CreateOrgApiKeyRequest, CreateProjectApiKeyRequest,
    CreateUserApiKeyRequest, FieldViolation, Link, OpsManagerOrgRole, OpsManagerProjectRole,
    OrgRole, PaginatedAgentApiKeys, PaginatedApiKeys, PaginatedApiUserAccessListResponse,
    ProjectRole, ProjectRoleAssignment, PublicKey, UpdateOpsManagerOrgApiKeyRequest,
    UpdateOrgApiKeyRequest, UpdateProjectApiKeyRequest, UserAccessListRequest,
    UserAccessListResponse, UserApiKey,
};
/// Service accounts (contract 4.1.0): Atlas's, a project's, Cloud Manager's.
pub use crate::generated::types::{
    CloudManagerOrgRole, CloudManagerOrgServiceAccountRequest,
    CloudManagerOrgServiceAccountUpdateRequest, CloudManagerServiceAccountSecretRequest,
    GroupServiceAccount, GroupServiceAccountRequest, GroupServiceAccountRoleAssignment,
    OrgServiceAccount, OrgServiceAccountRequest, OrgServiceAccountUpdateRequest,
    PaginatedGroupServiceAccounts, PaginatedOrgServiceAccounts, PaginatedServiceAccountGroups,
    PaginatedServiceAccountIpAccessListEntries, ServiceAccountGroup,
    ServiceAccountIpAccessListEntry, ServiceAccountSecret, ServiceAccountSecretRequest,
};
pub use crate::object_id::ObjectId;
pub use crate::secret::Secret;
pub use crate::service_account::{
    CloudManagerServiceAccountName, InvalidServiceAccountValue, ServiceAccountClientId,
    ServiceAccountDescription, ServiceAccountName,
};
/// Dates in answers (`createdAt`, `created`, `lastUsed`) are chrono's, in UTC.
pub use chrono::{DateTime, Utc};
