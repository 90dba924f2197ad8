#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An access-list entry for a range of addresses.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct AccessListCidrBlock {
        #[serde(rename = "cidrBlock")]
        pub cidr_block: crate::access_list::CidrBlock,
    }
    impl AccessListCidrBlock {
        pub fn builder() -> builder::AccessListCidrBlock {
            Default::default()
        }
    }
    ///An access-list entry for one address.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct AccessListIpAddress {
        #[serde(rename = "ipAddress")]
        pub ip_address: ::std::net::IpAddr,
    }
    impl AccessListIpAddress {
        pub fn builder() -> builder::AccessListIpAddress {
            Default::default()
        }
    }
    /**An agent API key. `key` is shown in full only in the answer that creates it; later reads return it masked, for example `****************************8b87`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct AgentApiKey {
        /**What created the key: `PUBLIC_API`, `PROVISIONING`, `USER`, `OLD_KEY`, `ATLAS` or
`SERVER_POOLS` (MongoDB's documentation), as an open string, as MongoDB may add kinds.
*/
        #[serde(rename = "createdBy")]
        pub created_by: ::std::string::String,
        ///IP address of the client that created the key.
        #[serde(
            rename = "createdIpAddr",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_ip_addr: ::std::option::Option<::std::string::String>,
        ///When the key was created, in milliseconds since the Unix epoch.
        #[serde(rename = "createdTime")]
        pub created_time: i64,
        #[serde(
            rename = "createdUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_user_id: ::std::option::Option<crate::object_id::ObjectId>,
        ///Label of the key.
        pub desc: ::std::string::String,
        #[serde(rename = "_id")]
        pub id: crate::object_id::ObjectId,
        pub key: crate::Secret,
    }
    impl AgentApiKey {
        pub fn builder() -> builder::AgentApiKey {
            Default::default()
        }
    }
    ///The error body MongoDB sends with every 4xx and 5xx status.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ApiError {
        #[serde(
            rename = "badRequestDetail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bad_request_detail: ::std::option::Option<BadRequestDetail>,
        ///What went wrong, for people. Nullable, as in MongoDB's v2 spec.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub detail: ::std::option::Option<::std::string::String>,
        ///The HTTP status code.
        pub error: i32,
        ///MongoDB's stable code for the error, for programs. Absent on some errors, some 401s among them.
        #[serde(
            rename = "errorCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        ///The HTTP reason phrase. Nullable, as in MongoDB's v2 spec.
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub reason: ::std::option::Option<::std::string::String>,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    /**An organization API key. `privateKey` is the password of digest authentication (a UUID), shown in full only in the answer that creates the key; every later read returns it masked, for example `********-****-****-85daa09d408a`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ApiKey {
        ///Description of the key.
        pub desc: ::std::string::String,
        pub id: crate::object_id::ObjectId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
        #[serde(rename = "privateKey")]
        pub private_key: crate::Secret,
        #[serde(rename = "publicKey")]
        pub public_key: PublicKey,
        ///Roles of the key, organization and project roles mixed.
        pub roles: ::std::vec::Vec<ApiKeyRole>,
    }
    impl ApiKey {
        pub fn builder() -> builder::ApiKey {
            Default::default()
        }
    }
    /**One role of an API key: an organization role (with `orgId`) or a project role (with
`groupId`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ApiKeyRole {
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<crate::object_id::ObjectId>,
        #[serde(
            rename = "orgId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub org_id: ::std::option::Option<crate::object_id::ObjectId>,
        /**Name of the role: one of the `OrgRole` or `ProjectRole` values. Typed as an open
string because MongoDB adds roles over time, and a response that names a role
unknown to a client must still decode.
*/
        #[serde(rename = "roleName")]
        pub role_name: ::std::string::String,
    }
    impl ApiKeyRole {
        pub fn builder() -> builder::ApiKeyRole {
            Default::default()
        }
    }
    ///For some `400` answers, which request fields were wrong and why.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[non_exhaustive]
    pub struct BadRequestDetail {
        ///One entry per field that was wrong.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<FieldViolation>,
    }
    impl BadRequestDetail {
        pub fn builder() -> builder::BadRequestDetail {
            Default::default()
        }
    }
    /**An organization role Cloud Manager grants to service accounts, as its documentation
lists them (billing roles included; Ops Manager's `OpsManagerOrgRole` has none).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum CloudManagerOrgRole {
        #[serde(rename = "ORG_OWNER")]
        OrgOwner,
        #[serde(rename = "ORG_MEMBER")]
        OrgMember,
        #[serde(rename = "ORG_GROUP_CREATOR")]
        OrgGroupCreator,
        #[serde(rename = "ORG_BILLING_ADMIN")]
        OrgBillingAdmin,
        #[serde(rename = "ORG_READ_ONLY")]
        OrgReadOnly,
        #[serde(rename = "ORG_BILLING_READ_ONLY")]
        OrgBillingReadOnly,
    }
    impl ::std::fmt::Display for CloudManagerOrgRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OrgOwner => f.write_str("ORG_OWNER"),
                Self::OrgMember => f.write_str("ORG_MEMBER"),
                Self::OrgGroupCreator => f.write_str("ORG_GROUP_CREATOR"),
                Self::OrgBillingAdmin => f.write_str("ORG_BILLING_ADMIN"),
                Self::OrgReadOnly => f.write_str("ORG_READ_ONLY"),
                Self::OrgBillingReadOnly => f.write_str("ORG_BILLING_READ_ONLY"),
            }
        }
    }
    impl ::std::str::FromStr for CloudManagerOrgRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ORG_OWNER" => Ok(Self::OrgOwner),
                "ORG_MEMBER" => Ok(Self::OrgMember),
                "ORG_GROUP_CREATOR" => Ok(Self::OrgGroupCreator),
                "ORG_BILLING_ADMIN" => Ok(Self::OrgBillingAdmin),
                "ORG_READ_ONLY" => Ok(Self::OrgReadOnly),
                "ORG_BILLING_READ_ONLY" => Ok(Self::OrgBillingReadOnly),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for CloudManagerOrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CloudManagerOrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A Cloud Manager service account to create in an organization, with its first secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CloudManagerOrgServiceAccountRequest {
        pub description: crate::service_account::ServiceAccountDescription,
        pub name: crate::service_account::CloudManagerServiceAccountName,
        ///Organization roles of the new service account; at least one.
        pub roles: ::std::vec::Vec<CloudManagerOrgRole>,
        /**How long the secret is valid, in hours: 8 to 8,766 (a year), as Cloud Manager
documents it. Refused otherwise with `400 VALIDATION_ERROR`.
*/
        #[serde(rename = "secretExpiresAfterHours")]
        pub secret_expires_after_hours: i32,
    }
    impl CloudManagerOrgServiceAccountRequest {
        pub fn builder() -> builder::CloudManagerOrgServiceAccountRequest {
            Default::default()
        }
    }
    ///What to change of a Cloud Manager service account; what is left out stays as it is.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CloudManagerOrgServiceAccountUpdateRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<
            crate::service_account::ServiceAccountDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<
            crate::service_account::CloudManagerServiceAccountName,
        >,
        ///Its organization roles from now on; at least one.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<CloudManagerOrgRole>,
    }
    impl CloudManagerOrgServiceAccountUpdateRequest {
        pub fn builder() -> builder::CloudManagerOrgServiceAccountUpdateRequest {
            Default::default()
        }
    }
    ///A new secret of a Cloud Manager service account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CloudManagerServiceAccountSecretRequest {
        /**How long the secret is valid, in hours: 8 to 8,766 (a year), as Cloud Manager
documents it. Refused otherwise with `400 VALIDATION_ERROR`.
*/
        #[serde(rename = "secretExpiresAfterHours")]
        pub secret_expires_after_hours: i32,
    }
    impl CloudManagerServiceAccountSecretRequest {
        pub fn builder() -> builder::CloudManagerServiceAccountSecretRequest {
            Default::default()
        }
    }
    ///An agent API key to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateAgentApiKeyRequest {
        ///Label of the agent API key.
        pub desc: ::std::string::String,
    }
    impl CreateAgentApiKeyRequest {
        pub fn builder() -> builder::CreateAgentApiKeyRequest {
            Default::default()
        }
    }
    ///An organization API key to create (Ops Manager).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateOpsManagerOrgApiKeyRequest {
        pub desc: crate::description::ApiKeyDescription,
        ///Organization roles of the new key; at least one.
        pub roles: ::std::vec::Vec<OpsManagerOrgRole>,
    }
    impl CreateOpsManagerOrgApiKeyRequest {
        pub fn builder() -> builder::CreateOpsManagerOrgApiKeyRequest {
            Default::default()
        }
    }
    ///An organization API key to create and assign to a project (Ops Manager).
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateOpsManagerProjectApiKeyRequest {
        pub desc: crate::description::ApiKeyDescription,
        ///Project roles of the new key; at least one.
        pub roles: ::std::vec::Vec<OpsManagerProjectRole>,
    }
    impl CreateOpsManagerProjectApiKeyRequest {
        pub fn builder() -> builder::CreateOpsManagerProjectApiKeyRequest {
            Default::default()
        }
    }
    ///An organization API key to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateOrgApiKeyRequest {
        pub desc: crate::description::ApiKeyDescription,
        ///Organization roles of the new key; at least one.
        pub roles: ::std::vec::Vec<OrgRole>,
    }
    impl CreateOrgApiKeyRequest {
        pub fn builder() -> builder::CreateOrgApiKeyRequest {
            Default::default()
        }
    }
    ///An organization API key to create and assign to a project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateProjectApiKeyRequest {
        pub desc: crate::description::ApiKeyDescription,
        ///Project roles of the new key in this project; at least one.
        pub roles: ::std::vec::Vec<ProjectRole>,
    }
    impl CreateProjectApiKeyRequest {
        pub fn builder() -> builder::CreateProjectApiKeyRequest {
            Default::default()
        }
    }
    ///A personal user API key to create.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct CreateUserApiKeyRequest {
        ///Description of the key. It may be empty.
        pub description: ::std::string::String,
    }
    impl CreateUserApiKeyRequest {
        pub fn builder() -> builder::CreateUserApiKeyRequest {
            Default::default()
        }
    }
    ///One request field that was wrong.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct FieldViolation {
        ///What is wrong with the field.
        pub description: ::std::string::String,
        ///The path of the field in the request.
        pub field: ::std::string::String,
    }
    impl FieldViolation {
        pub fn builder() -> builder::FieldViolation {
            Default::default()
        }
    }
    ///A service account as a project sees it (its roles in that project) with its secrets.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct GroupServiceAccount {
        #[serde(rename = "clientId")]
        pub client_id: crate::service_account::ServiceAccountClientId,
        ///When the service account was created (ISO 8601, UTC).
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its description.
        pub description: ::std::string::String,
        ///Its name.
        pub name: ::std::string::String,
        ///Its roles in the project, as open strings.
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///Its secrets, masked except in the answer that creates the service account.
        pub secrets: ::std::vec::Vec<ServiceAccountSecret>,
    }
    impl GroupServiceAccount {
        pub fn builder() -> builder::GroupServiceAccount {
            Default::default()
        }
    }
    ///A service account to create for a project, with its first secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct GroupServiceAccountRequest {
        pub description: crate::service_account::ServiceAccountDescription,
        pub name: crate::service_account::ServiceAccountName,
        ///Project roles of the new service account in this project; at least one.
        pub roles: ::std::vec::Vec<ProjectRole>,
        /**How long the secret is valid, in hours: 8 to 8,760 (365 days). MongoDB's
specification says only more than 0 and leaves the bounds to the organization's
settings, whose documented range this is ("anywhere from 8 hours to 365 days").
Refused otherwise with `400 VALIDATION_ERROR`.
*/
        #[serde(rename = "secretExpiresAfterHours")]
        pub secret_expires_after_hours: i32,
    }
    impl GroupServiceAccountRequest {
        pub fn builder() -> builder::GroupServiceAccountRequest {
            Default::default()
        }
    }
    ///The project roles to give an organization's service account in a project.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct GroupServiceAccountRoleAssignment {
        ///Project roles; at least one, each once.
        pub roles: ::std::vec::Vec<ProjectRole>,
    }
    impl GroupServiceAccountRoleAssignment {
        pub fn builder() -> builder::GroupServiceAccountRoleAssignment {
            Default::default()
        }
    }
    ///A link to a related resource.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct Link {
        ///Absolute URL of the resource.
        pub href: ::std::string::String,
        ///How the resource relates to this one (`self` for itself).
        pub rel: ::std::string::String,
    }
    impl Link {
        pub fn builder() -> builder::Link {
            Default::default()
        }
    }
    /**An organization role Ops Manager (and Cloud Manager) grants to API keys: no billing roles (Ops Manager answers them `401 BILLING_UNSUPPORTED`, as MongoDB's error-code reference documents; the Ops Manager reference page shows `ORG_BILLING_ADMIN` in an example copied from Atlas's page, which even posts to `/api/atlas/v1.0`), no stream processing.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum OpsManagerOrgRole {
        #[serde(rename = "ORG_OWNER")]
        OrgOwner,
        #[serde(rename = "ORG_MEMBER")]
        OrgMember,
        #[serde(rename = "ORG_GROUP_CREATOR")]
        OrgGroupCreator,
        #[serde(rename = "ORG_READ_ONLY")]
        OrgReadOnly,
    }
    impl ::std::fmt::Display for OpsManagerOrgRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OrgOwner => f.write_str("ORG_OWNER"),
                Self::OrgMember => f.write_str("ORG_MEMBER"),
                Self::OrgGroupCreator => f.write_str("ORG_GROUP_CREATOR"),
                Self::OrgReadOnly => f.write_str("ORG_READ_ONLY"),
            }
        }
    }
    impl ::std::str::FromStr for OpsManagerOrgRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ORG_OWNER" => Ok(Self::OrgOwner),
                "ORG_MEMBER" => Ok(Self::OrgMember),
                "ORG_GROUP_CREATOR" => Ok(Self::OrgGroupCreator),
                "ORG_READ_ONLY" => Ok(Self::OrgReadOnly),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OpsManagerOrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OpsManagerOrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A project role Ops Manager (and Cloud Manager) grants to API keys, four of them its own.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum OpsManagerProjectRole {
        #[serde(rename = "GROUP_OWNER")]
        GroupOwner,
        #[serde(rename = "GROUP_READ_ONLY")]
        GroupReadOnly,
        #[serde(rename = "GROUP_DATA_ACCESS_ADMIN")]
        GroupDataAccessAdmin,
        #[serde(rename = "GROUP_DATA_ACCESS_READ_WRITE")]
        GroupDataAccessReadWrite,
        #[serde(rename = "GROUP_DATA_ACCESS_READ_ONLY")]
        GroupDataAccessReadOnly,
        #[serde(rename = "GROUP_AUTOMATION_ADMIN")]
        GroupAutomationAdmin,
        #[serde(rename = "GROUP_BACKUP_ADMIN")]
        GroupBackupAdmin,
        #[serde(rename = "GROUP_MONITORING_ADMIN")]
        GroupMonitoringAdmin,
        #[serde(rename = "GROUP_USER_ADMIN")]
        GroupUserAdmin,
    }
    impl ::std::fmt::Display for OpsManagerProjectRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::GroupOwner => f.write_str("GROUP_OWNER"),
                Self::GroupReadOnly => f.write_str("GROUP_READ_ONLY"),
                Self::GroupDataAccessAdmin => f.write_str("GROUP_DATA_ACCESS_ADMIN"),
                Self::GroupDataAccessReadWrite => {
                    f.write_str("GROUP_DATA_ACCESS_READ_WRITE")
                }
                Self::GroupDataAccessReadOnly => {
                    f.write_str("GROUP_DATA_ACCESS_READ_ONLY")
                }
                Self::GroupAutomationAdmin => f.write_str("GROUP_AUTOMATION_ADMIN"),
                Self::GroupBackupAdmin => f.write_str("GROUP_BACKUP_ADMIN"),
                Self::GroupMonitoringAdmin => f.write_str("GROUP_MONITORING_ADMIN"),
                Self::GroupUserAdmin => f.write_str("GROUP_USER_ADMIN"),
            }
        }
    }
    impl ::std::str::FromStr for OpsManagerProjectRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "GROUP_OWNER" => Ok(Self::GroupOwner),
                "GROUP_READ_ONLY" => Ok(Self::GroupReadOnly),
                "GROUP_DATA_ACCESS_ADMIN" => Ok(Self::GroupDataAccessAdmin),
                "GROUP_DATA_ACCESS_READ_WRITE" => Ok(Self::GroupDataAccessReadWrite),
                "GROUP_DATA_ACCESS_READ_ONLY" => Ok(Self::GroupDataAccessReadOnly),
                "GROUP_AUTOMATION_ADMIN" => Ok(Self::GroupAutomationAdmin),
                "GROUP_BACKUP_ADMIN" => Ok(Self::GroupBackupAdmin),
                "GROUP_MONITORING_ADMIN" => Ok(Self::GroupMonitoringAdmin),
                "GROUP_USER_ADMIN" => Ok(Self::GroupUserAdmin),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OpsManagerProjectRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OpsManagerProjectRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**An organization role Atlas grants to API keys. Ops Manager has fewer (`OpsManagerOrgRole`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum OrgRole {
        #[serde(rename = "ORG_OWNER")]
        OrgOwner,
        #[serde(rename = "ORG_MEMBER")]
        OrgMember,
        #[serde(rename = "ORG_GROUP_CREATOR")]
        OrgGroupCreator,
        #[serde(rename = "ORG_BILLING_ADMIN")]
        OrgBillingAdmin,
        #[serde(rename = "ORG_BILLING_READ_ONLY")]
        OrgBillingReadOnly,
        #[serde(rename = "ORG_STREAM_PROCESSING_ADMIN")]
        OrgStreamProcessingAdmin,
        #[serde(rename = "ORG_READ_ONLY")]
        OrgReadOnly,
    }
    impl ::std::fmt::Display for OrgRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::OrgOwner => f.write_str("ORG_OWNER"),
                Self::OrgMember => f.write_str("ORG_MEMBER"),
                Self::OrgGroupCreator => f.write_str("ORG_GROUP_CREATOR"),
                Self::OrgBillingAdmin => f.write_str("ORG_BILLING_ADMIN"),
                Self::OrgBillingReadOnly => f.write_str("ORG_BILLING_READ_ONLY"),
                Self::OrgStreamProcessingAdmin => {
                    f.write_str("ORG_STREAM_PROCESSING_ADMIN")
                }
                Self::OrgReadOnly => f.write_str("ORG_READ_ONLY"),
            }
        }
    }
    impl ::std::str::FromStr for OrgRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ORG_OWNER" => Ok(Self::OrgOwner),
                "ORG_MEMBER" => Ok(Self::OrgMember),
                "ORG_GROUP_CREATOR" => Ok(Self::OrgGroupCreator),
                "ORG_BILLING_ADMIN" => Ok(Self::OrgBillingAdmin),
                "ORG_BILLING_READ_ONLY" => Ok(Self::OrgBillingReadOnly),
                "ORG_STREAM_PROCESSING_ADMIN" => Ok(Self::OrgStreamProcessingAdmin),
                "ORG_READ_ONLY" => Ok(Self::OrgReadOnly),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrgRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    /**A service account of an organization: its organization roles and its secrets (at most 2).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct OrgServiceAccount {
        #[serde(rename = "clientId")]
        pub client_id: crate::service_account::ServiceAccountClientId,
        ///When the service account was created (ISO 8601, UTC).
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Its description.
        pub description: ::std::string::String,
        ///Its name.
        pub name: ::std::string::String,
        /**Its organization roles. Open strings, as in `ApiKeyRole`: a role MongoDB adds later
must still decode.
*/
        pub roles: ::std::vec::Vec<::std::string::String>,
        ///Its secrets, masked except in the answer that creates the service account.
        pub secrets: ::std::vec::Vec<ServiceAccountSecret>,
    }
    impl OrgServiceAccount {
        pub fn builder() -> builder::OrgServiceAccount {
            Default::default()
        }
    }
    ///A service account to create in an organization, with its first secret.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct OrgServiceAccountRequest {
        pub description: crate::service_account::ServiceAccountDescription,
        pub name: crate::service_account::ServiceAccountName,
        ///Organization roles of the new service account; at least one.
        pub roles: ::std::vec::Vec<OrgRole>,
        /**How long the secret is valid, in hours: 8 to 8,760 (365 days). MongoDB's
specification says only more than 0 and leaves the bounds to the organization's
settings, whose documented range this is ("anywhere from 8 hours to 365 days").
Refused otherwise with `400 VALIDATION_ERROR`.
*/
        #[serde(rename = "secretExpiresAfterHours")]
        pub secret_expires_after_hours: i32,
    }
    impl OrgServiceAccountRequest {
        pub fn builder() -> builder::OrgServiceAccountRequest {
            Default::default()
        }
    }
    ///What to change of a service account; what is left out stays as it is.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct OrgServiceAccountUpdateRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<
            crate::service_account::ServiceAccountDescription,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<crate::service_account::ServiceAccountName>,
        ///Its organization roles from now on; at least one.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<OrgRole>,
    }
    impl OrgServiceAccountUpdateRequest {
        pub fn builder() -> builder::OrgServiceAccountUpdateRequest {
            Default::default()
        }
    }
    /**A page of agent API keys.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedAgentApiKeys {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The items of this page.
        pub results: ::std::vec::Vec<AgentApiKey>,
        ///How many there are in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedAgentApiKeys {
        pub fn builder() -> builder::PaginatedAgentApiKeys {
            Default::default()
        }
    }
    /**A page of API keys.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedApiKeys {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The items of this page.
        pub results: ::std::vec::Vec<ApiKey>,
        ///How many there are in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedApiKeys {
        pub fn builder() -> builder::PaginatedApiKeys {
            Default::default()
        }
    }
    /**A page of an API key's access list.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedApiUserAccessListResponse {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The entries on this page.
        pub results: ::std::vec::Vec<UserAccessListResponse>,
        ///How many entries the list holds in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedApiUserAccessListResponse {
        pub fn builder() -> builder::PaginatedApiUserAccessListResponse {
            Default::default()
        }
    }
    ///A page of a project's service accounts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedGroupServiceAccounts {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The service accounts of this page.
        pub results: ::std::vec::Vec<GroupServiceAccount>,
        ///How many there are in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedGroupServiceAccounts {
        pub fn builder() -> builder::PaginatedGroupServiceAccounts {
            Default::default()
        }
    }
    ///A page of an organization's service accounts.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedOrgServiceAccounts {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The service accounts of this page.
        pub results: ::std::vec::Vec<OrgServiceAccount>,
        ///How many there are in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedOrgServiceAccounts {
        pub fn builder() -> builder::PaginatedOrgServiceAccounts {
            Default::default()
        }
    }
    ///A page of the projects of a service account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedServiceAccountGroups {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The projects of this page.
        pub results: ::std::vec::Vec<ServiceAccountGroup>,
        ///How many there are in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedServiceAccountGroups {
        pub fn builder() -> builder::PaginatedServiceAccountGroups {
            Default::default()
        }
    }
    ///A page of a service account's access list.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct PaginatedServiceAccountIpAccessListEntries {
        pub links: ::std::vec::Vec<crate::generated::types::Link>,
        ///The entries of this page.
        pub results: ::std::vec::Vec<ServiceAccountIpAccessListEntry>,
        ///How many entries the list holds in all pages; absent with `includeCount=false`.
        #[serde(
            rename = "totalCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_count: ::std::option::Option<i32>,
    }
    impl PaginatedServiceAccountIpAccessListEntries {
        pub fn builder() -> builder::PaginatedServiceAccountIpAccessListEntries {
            Default::default()
        }
    }
    /**A project role Atlas grants to API keys. Ops Manager's differ (`OpsManagerProjectRole`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    #[non_exhaustive]
    pub enum ProjectRole {
        #[serde(rename = "GROUP_OWNER")]
        GroupOwner,
        #[serde(rename = "GROUP_READ_ONLY")]
        GroupReadOnly,
        #[serde(rename = "GROUP_DATA_ACCESS_ADMIN")]
        GroupDataAccessAdmin,
        #[serde(rename = "GROUP_DATA_ACCESS_READ_WRITE")]
        GroupDataAccessReadWrite,
        #[serde(rename = "GROUP_DATA_ACCESS_READ_ONLY")]
        GroupDataAccessReadOnly,
        #[serde(rename = "GROUP_CLUSTER_MANAGER")]
        GroupClusterManager,
        #[serde(rename = "GROUP_SEARCH_INDEX_EDITOR")]
        GroupSearchIndexEditor,
        #[serde(rename = "GROUP_STREAM_PROCESSING_OWNER")]
        GroupStreamProcessingOwner,
        #[serde(rename = "GROUP_BACKUP_MANAGER")]
        GroupBackupManager,
        #[serde(rename = "GROUP_OBSERVABILITY_VIEWER")]
        GroupObservabilityViewer,
        #[serde(rename = "GROUP_DATABASE_ACCESS_ADMIN")]
        GroupDatabaseAccessAdmin,
    }
    impl ::std::fmt::Display for ProjectRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::GroupOwner => f.write_str("GROUP_OWNER"),
                Self::GroupReadOnly => f.write_str("GROUP_READ_ONLY"),
                Self::GroupDataAccessAdmin => f.write_str("GROUP_DATA_ACCESS_ADMIN"),
                Self::GroupDataAccessReadWrite => {
                    f.write_str("GROUP_DATA_ACCESS_READ_WRITE")
                }
                Self::GroupDataAccessReadOnly => {
                    f.write_str("GROUP_DATA_ACCESS_READ_ONLY")
                }
                Self::GroupClusterManager => f.write_str("GROUP_CLUSTER_MANAGER"),
                Self::GroupSearchIndexEditor => f.write_str("GROUP_SEARCH_INDEX_EDITOR"),
                Self::GroupStreamProcessingOwner => {
                    f.write_str("GROUP_STREAM_PROCESSING_OWNER")
                }
                Self::GroupBackupManager => f.write_str("GROUP_BACKUP_MANAGER"),
                Self::GroupObservabilityViewer => {
                    f.write_str("GROUP_OBSERVABILITY_VIEWER")
                }
                Self::GroupDatabaseAccessAdmin => {
                    f.write_str("GROUP_DATABASE_ACCESS_ADMIN")
                }
            }
        }
    }
    impl ::std::str::FromStr for ProjectRole {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "GROUP_OWNER" => Ok(Self::GroupOwner),
                "GROUP_READ_ONLY" => Ok(Self::GroupReadOnly),
                "GROUP_DATA_ACCESS_ADMIN" => Ok(Self::GroupDataAccessAdmin),
                "GROUP_DATA_ACCESS_READ_WRITE" => Ok(Self::GroupDataAccessReadWrite),
                "GROUP_DATA_ACCESS_READ_ONLY" => Ok(Self::GroupDataAccessReadOnly),
                "GROUP_CLUSTER_MANAGER" => Ok(Self::GroupClusterManager),
                "GROUP_SEARCH_INDEX_EDITOR" => Ok(Self::GroupSearchIndexEditor),
                "GROUP_STREAM_PROCESSING_OWNER" => Ok(Self::GroupStreamProcessingOwner),
                "GROUP_BACKUP_MANAGER" => Ok(Self::GroupBackupManager),
                "GROUP_OBSERVABILITY_VIEWER" => Ok(Self::GroupObservabilityViewer),
                "GROUP_DATABASE_ACCESS_ADMIN" => Ok(Self::GroupDatabaseAccessAdmin),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ProjectRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ProjectRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///Project roles to grant to an organization API key.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ProjectRoleAssignment {
        ///Project roles; at least one.
        pub roles: ::std::vec::Vec<ProjectRole>,
    }
    impl ProjectRoleAssignment {
        pub fn builder() -> builder::ProjectRoleAssignment {
            Default::default()
        }
    }
    /**An API key's public key: the user name of digest authentication, 8 lower-case letters
(exactly 8 characters, as MongoDB's schema says). Not the same as the key's `id`.
*/
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    #[non_exhaustive]
    pub struct PublicKey(::std::string::String);
    impl ::std::ops::Deref for PublicKey {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<PublicKey> for ::std::string::String {
        fn from(value: PublicKey) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for PublicKey {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() > 8usize {
                return Err("longer than 8 characters".into());
            }
            if value.chars().count() < 8usize {
                return Err("shorter than 8 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for PublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PublicKey {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for PublicKey {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A project a service account is assigned to, and its roles there.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ServiceAccountGroup {
        #[serde(rename = "groupId")]
        pub group_id: crate::object_id::ObjectId,
        ///Its roles in the project, as open strings.
        pub roles: ::std::vec::Vec<::std::string::String>,
    }
    impl ServiceAccountGroup {
        pub fn builder() -> builder::ServiceAccountGroup {
            Default::default()
        }
    }
    /**One entry of a service account's access list. An entry added as `ipAddress` also carries
`cidrBlock` (the address with `/32` or `/128`); one added as `cidrBlock` has no
`ipAddress`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ServiceAccountIpAccessListEntry {
        ///The range of addresses of the entry, in CIDR notation.
        #[serde(rename = "cidrBlock")]
        pub cidr_block: ::std::string::String,
        ///When the entry was added (ISO 8601, UTC).
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The address of an entry added as `ipAddress`.
        #[serde(
            rename = "ipAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_address: ::std::option::Option<::std::string::String>,
        ///The address of the last request that came through this entry; absent until then.
        #[serde(
            rename = "lastUsedAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_address: ::std::option::Option<::std::string::String>,
        ///When a request last came through this entry (ISO 8601, UTC); absent until then.
        #[serde(
            rename = "lastUsedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///How many requests came through this entry.
        #[serde(
            rename = "requestCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_count: ::std::option::Option<i32>,
    }
    impl ServiceAccountIpAccessListEntry {
        pub fn builder() -> builder::ServiceAccountIpAccessListEntry {
            Default::default()
        }
    }
    /**A secret of a service account: the password of the token endpoint's HTTP Basic credentials.
`secret` is in the answer that creates it only (the service account's create, or the
secret's); every other answer shows `maskedSecretValue` alone.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct ServiceAccountSecret {
        ///When the secret was created (ISO 8601, UTC).
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///When the secret stops obtaining tokens (ISO 8601, UTC).
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: crate::object_id::ObjectId,
        ///When the secret last obtained a token; absent (or null) until then.
        #[serde(
            rename = "lastUsedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The secret masked, `mdb_sa_sk_...` and its last four characters.
        #[serde(rename = "maskedSecretValue")]
        pub masked_secret_value: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secret: ::std::option::Option<crate::Secret>,
    }
    impl ServiceAccountSecret {
        pub fn builder() -> builder::ServiceAccountSecret {
            Default::default()
        }
    }
    ///A new secret of a service account.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct ServiceAccountSecretRequest {
        /**How long the secret is valid, in hours: 8 to 8,760 (365 days). MongoDB's
specification says only more than 0 and leaves the bounds to the organization's
settings, whose documented range this is ("anywhere from 8 hours to 365 days").
Refused otherwise with `400 VALIDATION_ERROR`.
*/
        #[serde(rename = "secretExpiresAfterHours")]
        pub secret_expires_after_hours: i32,
    }
    impl ServiceAccountSecretRequest {
        pub fn builder() -> builder::ServiceAccountSecretRequest {
            Default::default()
        }
    }
    ///What to change of an organization API key (Ops Manager): its description, its organization roles, or both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct UpdateOpsManagerOrgApiKeyRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub desc: ::std::option::Option<crate::description::ApiKeyDescription>,
        ///The key's organization roles from now on; at least one.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<OpsManagerOrgRole>,
    }
    impl UpdateOpsManagerOrgApiKeyRequest {
        pub fn builder() -> builder::UpdateOpsManagerOrgApiKeyRequest {
            Default::default()
        }
    }
    ///What to change of an organization API key: its description, its organization roles, or both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct UpdateOrgApiKeyRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub desc: ::std::option::Option<crate::description::ApiKeyDescription>,
        ///The key's organization roles from now on; at least one.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<OrgRole>,
    }
    impl UpdateOrgApiKeyRequest {
        pub fn builder() -> builder::UpdateOrgApiKeyRequest {
            Default::default()
        }
    }
    ///What to change of an API key in a project: its description, its roles in the project, or both.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
    #[serde(deny_unknown_fields)]
    #[non_exhaustive]
    pub struct UpdateProjectApiKeyRequest {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub desc: ::std::option::Option<crate::description::ApiKeyDescription>,
        ///The key's project roles from now on; at least one.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub roles: ::std::vec::Vec<ProjectRole>,
    }
    impl UpdateProjectApiKeyRequest {
        pub fn builder() -> builder::UpdateProjectApiKeyRequest {
            Default::default()
        }
    }
    /**One access-list entry to add: an address (`ipAddress`) or a CIDR block (`cidrBlock`), exactly one of them. Both, or neither, is answered `400` (`BAD_WHITELIST_ADD_REQUEST`, `INVALID_IP_ADDRESS_OR_CIDR_NOTATION`).
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[serde(untagged)]
    #[non_exhaustive]
    pub enum UserAccessListRequest {
        IpAddress(AccessListIpAddress),
        CidrBlock(AccessListCidrBlock),
    }
    impl ::std::convert::From<AccessListIpAddress> for UserAccessListRequest {
        fn from(value: AccessListIpAddress) -> Self {
            Self::IpAddress(value)
        }
    }
    impl ::std::convert::From<AccessListCidrBlock> for UserAccessListRequest {
        fn from(value: AccessListCidrBlock) -> Self {
            Self::CidrBlock(value)
        }
    }
    /**One entry of an API key's access list. An entry added as `ipAddress` also carries
`cidrBlock` (the address with `/32` or `/128`); one added as `cidrBlock` has no
`ipAddress`.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct UserAccessListResponse {
        ///The range of addresses of the entry, in CIDR notation.
        #[serde(rename = "cidrBlock")]
        pub cidr_block: ::std::string::String,
        /**How many requests came from `lastUsedAddress` through this entry. MongoDB's spec
gives it a minimum of 1, which an entry nobody has used yet cannot meet: it is 0
here until the first use.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<i32>,
        ///When the entry was added (ISO 8601, UTC).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The address of an entry added as `ipAddress`.
        #[serde(
            rename = "ipAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_address: ::std::option::Option<::std::string::String>,
        ///When a request last came through this entry (ISO 8601, UTC); absent until then.
        #[serde(
            rename = "lastUsed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The address of the last request that came through this entry; absent until then.
        #[serde(
            rename = "lastUsedAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_address: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
    }
    impl UserAccessListResponse {
        pub fn builder() -> builder::UserAccessListResponse {
            Default::default()
        }
    }
    /**A personal user API key, as returned when it is created. `key` (a UUID) is shown in full
only in this response.
*/
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
    #[non_exhaustive]
    pub struct UserApiKey {
        ///When the key was created (ISO 8601, UTC).
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Description of the key.
        pub description: ::std::string::String,
        ///Whether the key is enabled.
        pub enabled: bool,
        pub id: crate::object_id::ObjectId,
        pub key: crate::Secret,
        ///How many times the key has been used.
        #[serde(rename = "usedCount")]
        pub used_count: i64,
        #[serde(rename = "userId")]
        pub user_id: crate::object_id::ObjectId,
    }
    impl UserApiKey {
        pub fn builder() -> builder::UserApiKey {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccessListCidrBlock {
            cidr_block: ::std::result::Result<
                crate::access_list::CidrBlock,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessListCidrBlock {
            fn default() -> Self {
                Self {
                    cidr_block: Err("no value supplied for cidr_block".to_string()),
                }
            }
        }
        impl AccessListCidrBlock {
            pub fn cidr_block<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::access_list::CidrBlock>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_block = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr_block: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessListCidrBlock>
        for super::AccessListCidrBlock {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessListCidrBlock,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr_block: value.cidr_block?,
                })
            }
        }
        impl ::std::convert::From<super::AccessListCidrBlock> for AccessListCidrBlock {
            fn from(value: super::AccessListCidrBlock) -> Self {
                Self {
                    cidr_block: Ok(value.cidr_block),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccessListIpAddress {
            ip_address: ::std::result::Result<::std::net::IpAddr, ::std::string::String>,
        }
        impl ::std::default::Default for AccessListIpAddress {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl AccessListIpAddress {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::net::IpAddr>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessListIpAddress>
        for super::AccessListIpAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessListIpAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::AccessListIpAddress> for AccessListIpAddress {
            fn from(value: super::AccessListIpAddress) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AgentApiKey {
            created_by: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_ip_addr: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_time: ::std::result::Result<i64, ::std::string::String>,
            created_user_id: ::std::result::Result<
                ::std::option::Option<crate::object_id::ObjectId>,
                ::std::string::String,
            >,
            desc: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<crate::object_id::ObjectId, ::std::string::String>,
            key: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for AgentApiKey {
            fn default() -> Self {
                Self {
                    created_by: Err("no value supplied for created_by".to_string()),
                    created_ip_addr: Ok(Default::default()),
                    created_time: Err("no value supplied for created_time".to_string()),
                    created_user_id: Ok(Default::default()),
                    desc: Err("no value supplied for desc".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    key: Err("no value supplied for key".to_string()),
                }
            }
        }
        impl AgentApiKey {
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn created_ip_addr<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_ip_addr = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_ip_addr: {e}"
                        )
                    });
                self
            }
            pub fn created_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.created_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_time: {e}")
                    });
                self
            }
            pub fn created_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::object_id::ObjectId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for created_user_id: {e}"
                        )
                    });
                self
            }
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AgentApiKey> for super::AgentApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AgentApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_by: value.created_by?,
                    created_ip_addr: value.created_ip_addr?,
                    created_time: value.created_time?,
                    created_user_id: value.created_user_id?,
                    desc: value.desc?,
                    id: value.id?,
                    key: value.key?,
                })
            }
        }
        impl ::std::convert::From<super::AgentApiKey> for AgentApiKey {
            fn from(value: super::AgentApiKey) -> Self {
                Self {
                    created_by: Ok(value.created_by),
                    created_ip_addr: Ok(value.created_ip_addr),
                    created_time: Ok(value.created_time),
                    created_user_id: Ok(value.created_user_id),
                    desc: Ok(value.desc),
                    id: Ok(value.id),
                    key: Ok(value.key),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiError {
            bad_request_detail: ::std::result::Result<
                ::std::option::Option<super::BadRequestDetail>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<i32, ::std::string::String>,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameters: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                ::std::string::String,
            >,
            reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    bad_request_detail: Ok(Default::default()),
                    detail: Err("no value supplied for detail".to_string()),
                    error: Err("no value supplied for error".to_string()),
                    error_code: Ok(Default::default()),
                    parameters: Ok(Default::default()),
                    reason: Err("no value supplied for reason".to_string()),
                }
            }
        }
        impl ApiError {
            pub fn bad_request_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::BadRequestDetail>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.bad_request_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for bad_request_detail: {e}"
                        )
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            pub fn parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.parameters = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for parameters: {e}")
                    });
                self
            }
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bad_request_detail: value.bad_request_detail?,
                    detail: value.detail?,
                    error: value.error?,
                    error_code: value.error_code?,
                    parameters: value.parameters?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    bad_request_detail: Ok(value.bad_request_detail),
                    detail: Ok(value.detail),
                    error: Ok(value.error),
                    error_code: Ok(value.error_code),
                    parameters: Ok(value.parameters),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKey {
            desc: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<crate::object_id::ObjectId, ::std::string::String>,
            links: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
                ::std::string::String,
            >,
            private_key: ::std::result::Result<crate::Secret, ::std::string::String>,
            public_key: ::std::result::Result<super::PublicKey, ::std::string::String>,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ApiKeyRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKey {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    links: Ok(Default::default()),
                    private_key: Err("no value supplied for private_key".to_string()),
                    public_key: Err("no value supplied for public_key".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl ApiKey {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn private_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.private_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private_key: {e}")
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::PublicKey>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiKeyRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKey> for super::ApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    id: value.id?,
                    links: value.links?,
                    private_key: value.private_key?,
                    public_key: value.public_key?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKey> for ApiKey {
            fn from(value: super::ApiKey) -> Self {
                Self {
                    desc: Ok(value.desc),
                    id: Ok(value.id),
                    links: Ok(value.links),
                    private_key: Ok(value.private_key),
                    public_key: Ok(value.public_key),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiKeyRole {
            group_id: ::std::result::Result<
                ::std::option::Option<crate::object_id::ObjectId>,
                ::std::string::String,
            >,
            org_id: ::std::result::Result<
                ::std::option::Option<crate::object_id::ObjectId>,
                ::std::string::String,
            >,
            role_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiKeyRole {
            fn default() -> Self {
                Self {
                    group_id: Ok(Default::default()),
                    org_id: Ok(Default::default()),
                    role_name: Err("no value supplied for role_name".to_string()),
                }
            }
        }
        impl ApiKeyRole {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::object_id::ObjectId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn org_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::object_id::ObjectId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.org_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for org_id: {e}")
                    });
                self
            }
            pub fn role_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiKeyRole> for super::ApiKeyRole {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKeyRole,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    org_id: value.org_id?,
                    role_name: value.role_name?,
                })
            }
        }
        impl ::std::convert::From<super::ApiKeyRole> for ApiKeyRole {
            fn from(value: super::ApiKeyRole) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    org_id: Ok(value.org_id),
                    role_name: Ok(value.role_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BadRequestDetail {
            fields: ::std::result::Result<
                ::std::vec::Vec<super::FieldViolation>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BadRequestDetail {
            fn default() -> Self {
                Self {
                    fields: Ok(Default::default()),
                }
            }
        }
        impl BadRequestDetail {
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::FieldViolation>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fields: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BadRequestDetail> for super::BadRequestDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BadRequestDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { fields: value.fields? })
            }
        }
        impl ::std::convert::From<super::BadRequestDetail> for BadRequestDetail {
            fn from(value: super::BadRequestDetail) -> Self {
                Self { fields: Ok(value.fields) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CloudManagerOrgServiceAccountRequest {
            description: ::std::result::Result<
                crate::service_account::ServiceAccountDescription,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                crate::service_account::CloudManagerServiceAccountName,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::CloudManagerOrgRole>,
                ::std::string::String,
            >,
            secret_expires_after_hours: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CloudManagerOrgServiceAccountRequest {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    secret_expires_after_hours: Err(
                        "no value supplied for secret_expires_after_hours".to_string(),
                    ),
                }
            }
        }
        impl CloudManagerOrgServiceAccountRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::ServiceAccountDescription,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::CloudManagerServiceAccountName,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CloudManagerOrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn secret_expires_after_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_expires_after_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_expires_after_hours: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CloudManagerOrgServiceAccountRequest>
        for super::CloudManagerOrgServiceAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CloudManagerOrgServiceAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                    secret_expires_after_hours: value.secret_expires_after_hours?,
                })
            }
        }
        impl ::std::convert::From<super::CloudManagerOrgServiceAccountRequest>
        for CloudManagerOrgServiceAccountRequest {
            fn from(value: super::CloudManagerOrgServiceAccountRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                    secret_expires_after_hours: Ok(value.secret_expires_after_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CloudManagerOrgServiceAccountUpdateRequest {
            description: ::std::result::Result<
                ::std::option::Option<crate::service_account::ServiceAccountDescription>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<
                    crate::service_account::CloudManagerServiceAccountName,
                >,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::CloudManagerOrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CloudManagerOrgServiceAccountUpdateRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    roles: Ok(Default::default()),
                }
            }
        }
        impl CloudManagerOrgServiceAccountUpdateRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::service_account::ServiceAccountDescription,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::service_account::CloudManagerServiceAccountName,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CloudManagerOrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CloudManagerOrgServiceAccountUpdateRequest>
        for super::CloudManagerOrgServiceAccountUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CloudManagerOrgServiceAccountUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CloudManagerOrgServiceAccountUpdateRequest>
        for CloudManagerOrgServiceAccountUpdateRequest {
            fn from(value: super::CloudManagerOrgServiceAccountUpdateRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CloudManagerServiceAccountSecretRequest {
            secret_expires_after_hours: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CloudManagerServiceAccountSecretRequest {
            fn default() -> Self {
                Self {
                    secret_expires_after_hours: Err(
                        "no value supplied for secret_expires_after_hours".to_string(),
                    ),
                }
            }
        }
        impl CloudManagerServiceAccountSecretRequest {
            pub fn secret_expires_after_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_expires_after_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_expires_after_hours: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CloudManagerServiceAccountSecretRequest>
        for super::CloudManagerServiceAccountSecretRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CloudManagerServiceAccountSecretRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    secret_expires_after_hours: value.secret_expires_after_hours?,
                })
            }
        }
        impl ::std::convert::From<super::CloudManagerServiceAccountSecretRequest>
        for CloudManagerServiceAccountSecretRequest {
            fn from(value: super::CloudManagerServiceAccountSecretRequest) -> Self {
                Self {
                    secret_expires_after_hours: Ok(value.secret_expires_after_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateAgentApiKeyRequest {
            desc: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for CreateAgentApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                }
            }
        }
        impl CreateAgentApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateAgentApiKeyRequest>
        for super::CreateAgentApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateAgentApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { desc: value.desc? })
            }
        }
        impl ::std::convert::From<super::CreateAgentApiKeyRequest>
        for CreateAgentApiKeyRequest {
            fn from(value: super::CreateAgentApiKeyRequest) -> Self {
                Self { desc: Ok(value.desc) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOpsManagerOrgApiKeyRequest {
            desc: ::std::result::Result<
                crate::description::ApiKeyDescription,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OpsManagerOrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOpsManagerOrgApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl CreateOpsManagerOrgApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::description::ApiKeyDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OpsManagerOrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOpsManagerOrgApiKeyRequest>
        for super::CreateOpsManagerOrgApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOpsManagerOrgApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOpsManagerOrgApiKeyRequest>
        for CreateOpsManagerOrgApiKeyRequest {
            fn from(value: super::CreateOpsManagerOrgApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOpsManagerProjectApiKeyRequest {
            desc: ::std::result::Result<
                crate::description::ApiKeyDescription,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OpsManagerProjectRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOpsManagerProjectApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl CreateOpsManagerProjectApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::description::ApiKeyDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::OpsManagerProjectRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOpsManagerProjectApiKeyRequest>
        for super::CreateOpsManagerProjectApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOpsManagerProjectApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOpsManagerProjectApiKeyRequest>
        for CreateOpsManagerProjectApiKeyRequest {
            fn from(value: super::CreateOpsManagerProjectApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateOrgApiKeyRequest {
            desc: ::std::result::Result<
                crate::description::ApiKeyDescription,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateOrgApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl CreateOrgApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::description::ApiKeyDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateOrgApiKeyRequest>
        for super::CreateOrgApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateOrgApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CreateOrgApiKeyRequest>
        for CreateOrgApiKeyRequest {
            fn from(value: super::CreateOrgApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateProjectApiKeyRequest {
            desc: ::std::result::Result<
                crate::description::ApiKeyDescription,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ProjectRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateProjectApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Err("no value supplied for desc".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl CreateProjectApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::description::ApiKeyDescription>,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateProjectApiKeyRequest>
        for super::CreateProjectApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateProjectApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::CreateProjectApiKeyRequest>
        for CreateProjectApiKeyRequest {
            fn from(value: super::CreateProjectApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateUserApiKeyRequest {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateUserApiKeyRequest {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                }
            }
        }
        impl CreateUserApiKeyRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateUserApiKeyRequest>
        for super::CreateUserApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateUserApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                })
            }
        }
        impl ::std::convert::From<super::CreateUserApiKeyRequest>
        for CreateUserApiKeyRequest {
            fn from(value: super::CreateUserApiKeyRequest) -> Self {
                Self {
                    description: Ok(value.description),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct FieldViolation {
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            field: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for FieldViolation {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    field: Err("no value supplied for field".to_string()),
                }
            }
        }
        impl FieldViolation {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for field: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<FieldViolation> for super::FieldViolation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: FieldViolation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    field: value.field?,
                })
            }
        }
        impl ::std::convert::From<super::FieldViolation> for FieldViolation {
            fn from(value: super::FieldViolation) -> Self {
                Self {
                    description: Ok(value.description),
                    field: Ok(value.field),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupServiceAccount {
            client_id: ::std::result::Result<
                crate::service_account::ServiceAccountClientId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            roles: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            secrets: ::std::result::Result<
                ::std::vec::Vec<super::ServiceAccountSecret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupServiceAccount {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    secrets: Err("no value supplied for secrets".to_string()),
                }
            }
        }
        impl GroupServiceAccount {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::ServiceAccountClientId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceAccountSecret>>,
                T::Error: ::std::fmt::Display,
            {
                self.secrets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secrets: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupServiceAccount>
        for super::GroupServiceAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupServiceAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                    secrets: value.secrets?,
                })
            }
        }
        impl ::std::convert::From<super::GroupServiceAccount> for GroupServiceAccount {
            fn from(value: super::GroupServiceAccount) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                    secrets: Ok(value.secrets),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupServiceAccountRequest {
            description: ::std::result::Result<
                crate::service_account::ServiceAccountDescription,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                crate::service_account::ServiceAccountName,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ProjectRole>,
                ::std::string::String,
            >,
            secret_expires_after_hours: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupServiceAccountRequest {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    secret_expires_after_hours: Err(
                        "no value supplied for secret_expires_after_hours".to_string(),
                    ),
                }
            }
        }
        impl GroupServiceAccountRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::ServiceAccountDescription,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::service_account::ServiceAccountName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn secret_expires_after_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_expires_after_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_expires_after_hours: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupServiceAccountRequest>
        for super::GroupServiceAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupServiceAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                    secret_expires_after_hours: value.secret_expires_after_hours?,
                })
            }
        }
        impl ::std::convert::From<super::GroupServiceAccountRequest>
        for GroupServiceAccountRequest {
            fn from(value: super::GroupServiceAccountRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                    secret_expires_after_hours: Ok(value.secret_expires_after_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GroupServiceAccountRoleAssignment {
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ProjectRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GroupServiceAccountRoleAssignment {
            fn default() -> Self {
                Self {
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl GroupServiceAccountRoleAssignment {
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GroupServiceAccountRoleAssignment>
        for super::GroupServiceAccountRoleAssignment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupServiceAccountRoleAssignment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { roles: value.roles? })
            }
        }
        impl ::std::convert::From<super::GroupServiceAccountRoleAssignment>
        for GroupServiceAccountRoleAssignment {
            fn from(value: super::GroupServiceAccountRoleAssignment) -> Self {
                Self { roles: Ok(value.roles) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Link {
            href: ::std::result::Result<::std::string::String, ::std::string::String>,
            rel: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Link {
            fn default() -> Self {
                Self {
                    href: Err("no value supplied for href".to_string()),
                    rel: Err("no value supplied for rel".to_string()),
                }
            }
        }
        impl Link {
            pub fn href<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.href = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for href: {e}")
                    });
                self
            }
            pub fn rel<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.rel = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for rel: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Link> for super::Link {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Link,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    href: value.href?,
                    rel: value.rel?,
                })
            }
        }
        impl ::std::convert::From<super::Link> for Link {
            fn from(value: super::Link) -> Self {
                Self {
                    href: Ok(value.href),
                    rel: Ok(value.rel),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrgServiceAccount {
            client_id: ::std::result::Result<
                crate::service_account::ServiceAccountClientId,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            roles: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            secrets: ::std::result::Result<
                ::std::vec::Vec<super::ServiceAccountSecret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgServiceAccount {
            fn default() -> Self {
                Self {
                    client_id: Err("no value supplied for client_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    secrets: Err("no value supplied for secrets".to_string()),
                }
            }
        }
        impl OrgServiceAccount {
            pub fn client_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::ServiceAccountClientId,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.client_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for client_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn secrets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceAccountSecret>>,
                T::Error: ::std::fmt::Display,
            {
                self.secrets = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secrets: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgServiceAccount> for super::OrgServiceAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgServiceAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    client_id: value.client_id?,
                    created_at: value.created_at?,
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                    secrets: value.secrets?,
                })
            }
        }
        impl ::std::convert::From<super::OrgServiceAccount> for OrgServiceAccount {
            fn from(value: super::OrgServiceAccount) -> Self {
                Self {
                    client_id: Ok(value.client_id),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                    secrets: Ok(value.secrets),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrgServiceAccountRequest {
            description: ::std::result::Result<
                crate::service_account::ServiceAccountDescription,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                crate::service_account::ServiceAccountName,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OrgRole>,
                ::std::string::String,
            >,
            secret_expires_after_hours: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgServiceAccountRequest {
            fn default() -> Self {
                Self {
                    description: Err("no value supplied for description".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                    secret_expires_after_hours: Err(
                        "no value supplied for secret_expires_after_hours".to_string(),
                    ),
                }
            }
        }
        impl OrgServiceAccountRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    crate::service_account::ServiceAccountDescription,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::service_account::ServiceAccountName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
            pub fn secret_expires_after_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_expires_after_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_expires_after_hours: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgServiceAccountRequest>
        for super::OrgServiceAccountRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgServiceAccountRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                    secret_expires_after_hours: value.secret_expires_after_hours?,
                })
            }
        }
        impl ::std::convert::From<super::OrgServiceAccountRequest>
        for OrgServiceAccountRequest {
            fn from(value: super::OrgServiceAccountRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                    secret_expires_after_hours: Ok(value.secret_expires_after_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrgServiceAccountUpdateRequest {
            description: ::std::result::Result<
                ::std::option::Option<crate::service_account::ServiceAccountDescription>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<crate::service_account::ServiceAccountName>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrgServiceAccountUpdateRequest {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    roles: Ok(Default::default()),
                }
            }
        }
        impl OrgServiceAccountUpdateRequest {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        crate::service_account::ServiceAccountDescription,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::service_account::ServiceAccountName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrgServiceAccountUpdateRequest>
        for super::OrgServiceAccountUpdateRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrgServiceAccountUpdateRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::OrgServiceAccountUpdateRequest>
        for OrgServiceAccountUpdateRequest {
            fn from(value: super::OrgServiceAccountUpdateRequest) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedAgentApiKeys {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::AgentApiKey>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedAgentApiKeys {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedAgentApiKeys {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AgentApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedAgentApiKeys>
        for super::PaginatedAgentApiKeys {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedAgentApiKeys,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedAgentApiKeys>
        for PaginatedAgentApiKeys {
            fn from(value: super::PaginatedAgentApiKeys) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedApiKeys {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ApiKey>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedApiKeys {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedApiKeys {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiKey>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedApiKeys> for super::PaginatedApiKeys {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedApiKeys,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedApiKeys> for PaginatedApiKeys {
            fn from(value: super::PaginatedApiKeys) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedApiUserAccessListResponse {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::UserAccessListResponse>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedApiUserAccessListResponse {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedApiUserAccessListResponse {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::UserAccessListResponse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedApiUserAccessListResponse>
        for super::PaginatedApiUserAccessListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedApiUserAccessListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedApiUserAccessListResponse>
        for PaginatedApiUserAccessListResponse {
            fn from(value: super::PaginatedApiUserAccessListResponse) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedGroupServiceAccounts {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::GroupServiceAccount>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedGroupServiceAccounts {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedGroupServiceAccounts {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GroupServiceAccount>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedGroupServiceAccounts>
        for super::PaginatedGroupServiceAccounts {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedGroupServiceAccounts,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedGroupServiceAccounts>
        for PaginatedGroupServiceAccounts {
            fn from(value: super::PaginatedGroupServiceAccounts) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedOrgServiceAccounts {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::OrgServiceAccount>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedOrgServiceAccounts {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedOrgServiceAccounts {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrgServiceAccount>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedOrgServiceAccounts>
        for super::PaginatedOrgServiceAccounts {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedOrgServiceAccounts,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedOrgServiceAccounts>
        for PaginatedOrgServiceAccounts {
            fn from(value: super::PaginatedOrgServiceAccounts) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedServiceAccountGroups {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ServiceAccountGroup>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedServiceAccountGroups {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedServiceAccountGroups {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ServiceAccountGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedServiceAccountGroups>
        for super::PaginatedServiceAccountGroups {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedServiceAccountGroups,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedServiceAccountGroups>
        for PaginatedServiceAccountGroups {
            fn from(value: super::PaginatedServiceAccountGroups) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PaginatedServiceAccountIpAccessListEntries {
            links: ::std::result::Result<
                ::std::vec::Vec<crate::generated::types::Link>,
                ::std::string::String,
            >,
            results: ::std::result::Result<
                ::std::vec::Vec<super::ServiceAccountIpAccessListEntry>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PaginatedServiceAccountIpAccessListEntries {
            fn default() -> Self {
                Self {
                    links: Err("no value supplied for links".to_string()),
                    results: Err("no value supplied for results".to_string()),
                    total_count: Ok(Default::default()),
                }
            }
        }
        impl PaginatedServiceAccountIpAccessListEntries {
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<crate::generated::types::Link>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
            pub fn results<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::ServiceAccountIpAccessListEntry>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.results = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for results: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PaginatedServiceAccountIpAccessListEntries>
        for super::PaginatedServiceAccountIpAccessListEntries {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PaginatedServiceAccountIpAccessListEntries,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    links: value.links?,
                    results: value.results?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::PaginatedServiceAccountIpAccessListEntries>
        for PaginatedServiceAccountIpAccessListEntries {
            fn from(value: super::PaginatedServiceAccountIpAccessListEntries) -> Self {
                Self {
                    links: Ok(value.links),
                    results: Ok(value.results),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProjectRoleAssignment {
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ProjectRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProjectRoleAssignment {
            fn default() -> Self {
                Self {
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl ProjectRoleAssignment {
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProjectRoleAssignment>
        for super::ProjectRoleAssignment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProjectRoleAssignment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { roles: value.roles? })
            }
        }
        impl ::std::convert::From<super::ProjectRoleAssignment>
        for ProjectRoleAssignment {
            fn from(value: super::ProjectRoleAssignment) -> Self {
                Self { roles: Ok(value.roles) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceAccountGroup {
            group_id: ::std::result::Result<
                crate::object_id::ObjectId,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceAccountGroup {
            fn default() -> Self {
                Self {
                    group_id: Err("no value supplied for group_id".to_string()),
                    roles: Err("no value supplied for roles".to_string()),
                }
            }
        }
        impl ServiceAccountGroup {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group_id: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceAccountGroup>
        for super::ServiceAccountGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceAccountGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceAccountGroup> for ServiceAccountGroup {
            fn from(value: super::ServiceAccountGroup) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceAccountIpAccessListEntry {
            cidr_block: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_used_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            request_count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceAccountIpAccessListEntry {
            fn default() -> Self {
                Self {
                    cidr_block: Err("no value supplied for cidr_block".to_string()),
                    created_at: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                    last_used_address: Ok(Default::default()),
                    last_used_at: Ok(Default::default()),
                    request_count: Ok(Default::default()),
                }
            }
        }
        impl ServiceAccountIpAccessListEntry {
            pub fn cidr_block<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_block = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr_block: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn last_used_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_address: {e}"
                        )
                    });
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_at: {e}")
                    });
                self
            }
            pub fn request_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceAccountIpAccessListEntry>
        for super::ServiceAccountIpAccessListEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceAccountIpAccessListEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr_block: value.cidr_block?,
                    created_at: value.created_at?,
                    ip_address: value.ip_address?,
                    last_used_address: value.last_used_address?,
                    last_used_at: value.last_used_at?,
                    request_count: value.request_count?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceAccountIpAccessListEntry>
        for ServiceAccountIpAccessListEntry {
            fn from(value: super::ServiceAccountIpAccessListEntry) -> Self {
                Self {
                    cidr_block: Ok(value.cidr_block),
                    created_at: Ok(value.created_at),
                    ip_address: Ok(value.ip_address),
                    last_used_address: Ok(value.last_used_address),
                    last_used_at: Ok(value.last_used_at),
                    request_count: Ok(value.request_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceAccountSecret {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<crate::object_id::ObjectId, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            masked_secret_value: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            secret: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceAccountSecret {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    last_used_at: Ok(Default::default()),
                    masked_secret_value: Err(
                        "no value supplied for masked_secret_value".to_string(),
                    ),
                    secret: Ok(Default::default()),
                }
            }
        }
        impl ServiceAccountSecret {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_at: {e}")
                    });
                self
            }
            pub fn masked_secret_value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.masked_secret_value = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for masked_secret_value: {e}"
                        )
                    });
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for secret: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceAccountSecret>
        for super::ServiceAccountSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceAccountSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    last_used_at: value.last_used_at?,
                    masked_secret_value: value.masked_secret_value?,
                    secret: value.secret?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceAccountSecret> for ServiceAccountSecret {
            fn from(value: super::ServiceAccountSecret) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    last_used_at: Ok(value.last_used_at),
                    masked_secret_value: Ok(value.masked_secret_value),
                    secret: Ok(value.secret),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ServiceAccountSecretRequest {
            secret_expires_after_hours: ::std::result::Result<
                i32,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ServiceAccountSecretRequest {
            fn default() -> Self {
                Self {
                    secret_expires_after_hours: Err(
                        "no value supplied for secret_expires_after_hours".to_string(),
                    ),
                }
            }
        }
        impl ServiceAccountSecretRequest {
            pub fn secret_expires_after_hours<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.secret_expires_after_hours = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for secret_expires_after_hours: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ServiceAccountSecretRequest>
        for super::ServiceAccountSecretRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServiceAccountSecretRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    secret_expires_after_hours: value.secret_expires_after_hours?,
                })
            }
        }
        impl ::std::convert::From<super::ServiceAccountSecretRequest>
        for ServiceAccountSecretRequest {
            fn from(value: super::ServiceAccountSecretRequest) -> Self {
                Self {
                    secret_expires_after_hours: Ok(value.secret_expires_after_hours),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOpsManagerOrgApiKeyRequest {
            desc: ::std::result::Result<
                ::std::option::Option<crate::description::ApiKeyDescription>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OpsManagerOrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOpsManagerOrgApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Ok(Default::default()),
                    roles: Ok(Default::default()),
                }
            }
        }
        impl UpdateOpsManagerOrgApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::description::ApiKeyDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OpsManagerOrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOpsManagerOrgApiKeyRequest>
        for super::UpdateOpsManagerOrgApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOpsManagerOrgApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOpsManagerOrgApiKeyRequest>
        for UpdateOpsManagerOrgApiKeyRequest {
            fn from(value: super::UpdateOpsManagerOrgApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateOrgApiKeyRequest {
            desc: ::std::result::Result<
                ::std::option::Option<crate::description::ApiKeyDescription>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::OrgRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateOrgApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Ok(Default::default()),
                    roles: Ok(Default::default()),
                }
            }
        }
        impl UpdateOrgApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::description::ApiKeyDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OrgRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateOrgApiKeyRequest>
        for super::UpdateOrgApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateOrgApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateOrgApiKeyRequest>
        for UpdateOrgApiKeyRequest {
            fn from(value: super::UpdateOrgApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateProjectApiKeyRequest {
            desc: ::std::result::Result<
                ::std::option::Option<crate::description::ApiKeyDescription>,
                ::std::string::String,
            >,
            roles: ::std::result::Result<
                ::std::vec::Vec<super::ProjectRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateProjectApiKeyRequest {
            fn default() -> Self {
                Self {
                    desc: Ok(Default::default()),
                    roles: Ok(Default::default()),
                }
            }
        }
        impl UpdateProjectApiKeyRequest {
            pub fn desc<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<crate::description::ApiKeyDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.desc = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for desc: {e}")
                    });
                self
            }
            pub fn roles<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ProjectRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.roles = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for roles: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateProjectApiKeyRequest>
        for super::UpdateProjectApiKeyRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateProjectApiKeyRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    desc: value.desc?,
                    roles: value.roles?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateProjectApiKeyRequest>
        for UpdateProjectApiKeyRequest {
            fn from(value: super::UpdateProjectApiKeyRequest) -> Self {
                Self {
                    desc: Ok(value.desc),
                    roles: Ok(value.roles),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserAccessListResponse {
            cidr_block: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            created: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_used: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_used_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            links: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserAccessListResponse {
            fn default() -> Self {
                Self {
                    cidr_block: Err("no value supplied for cidr_block".to_string()),
                    count: Ok(Default::default()),
                    created: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                    last_used: Ok(Default::default()),
                    last_used_address: Ok(Default::default()),
                    links: Ok(Default::default()),
                }
            }
        }
        impl UserAccessListResponse {
            pub fn cidr_block<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.cidr_block = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cidr_block: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created: {e}")
                    });
                self
            }
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn last_used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used: {e}")
                    });
                self
            }
            pub fn last_used_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_address: {e}"
                        )
                    });
                self
            }
            pub fn links<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<crate::generated::types::Link>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.links = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for links: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserAccessListResponse>
        for super::UserAccessListResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserAccessListResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cidr_block: value.cidr_block?,
                    count: value.count?,
                    created: value.created?,
                    ip_address: value.ip_address?,
                    last_used: value.last_used?,
                    last_used_address: value.last_used_address?,
                    links: value.links?,
                })
            }
        }
        impl ::std::convert::From<super::UserAccessListResponse>
        for UserAccessListResponse {
            fn from(value: super::UserAccessListResponse) -> Self {
                Self {
                    cidr_block: Ok(value.cidr_block),
                    count: Ok(value.count),
                    created: Ok(value.created),
                    ip_address: Ok(value.ip_address),
                    last_used: Ok(value.last_used),
                    last_used_address: Ok(value.last_used_address),
                    links: Ok(value.links),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UserApiKey {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<crate::object_id::ObjectId, ::std::string::String>,
            key: ::std::result::Result<crate::Secret, ::std::string::String>,
            used_count: ::std::result::Result<i64, ::std::string::String>,
            user_id: ::std::result::Result<
                crate::object_id::ObjectId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UserApiKey {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    enabled: Err("no value supplied for enabled".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    key: Err("no value supplied for key".to_string()),
                    used_count: Err("no value supplied for used_count".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl UserApiKey {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn used_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.used_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for used_count: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::object_id::ObjectId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UserApiKey> for super::UserApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    enabled: value.enabled?,
                    id: value.id?,
                    key: value.key?,
                    used_count: value.used_count?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::UserApiKey> for UserApiKey {
            fn from(value: super::UserApiKey) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    enabled: Ok(value.enabled),
                    id: Ok(value.id),
                    key: Ok(value.key),
                    used_count: Ok(value.used_count),
                    user_id: Ok(value.user_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    pub use crate::object_id::ObjectId;
    pub use crate::description::ApiKeyDescription;
    pub use crate::service_account::{
        CloudManagerServiceAccountName, ServiceAccountClientId,
        ServiceAccountDescription, ServiceAccountName,
    };
}
#[derive(Clone, Debug)]
/**Client for mongodb-api-keys

The programmatic credentials of MongoDB Atlas, Cloud Manager and Ops Manager, their whole
life: create organization API keys (and assign them to projects), list, inspect, update and
delete them, set their API access lists; service accounts (Atlas and Cloud Manager), their
secrets, access lists and projects; agent API keys of Ops Manager; the deprecated personal
keys. Written by hand from MongoDB's specifications and reference pages, and
corrected where they disagree with the wire (see the `mongodb-api-keys` repository).

Paths are whole (`/api/atlas/v2/...`, `/api/public/v1.0/...`), so that one client of this
document reaches every API of a product from the server's origin:

- Atlas Admin API v2 (`/api/atlas/v2`), which MongoDB supports today. Its requests and answers
  are versioned by media type, per resource: send `Accept` and `Content-Type:
  application/vnd.atlas.2023-01-01+json` for API keys and their access lists,
  `application/vnd.atlas.2024-08-05+json` for service accounts (their secrets, access lists
  and projects included), the only version MongoDB offers of each; a missing or unknown
  version is answered `406`, a version past its sunset `410`, and a deprecated version's
  answers carry `Deprecation` and `Sunset` headers. Errors are `application/json`.
- Ops Manager and Cloud Manager (`/api/public/v1.0`), with their own roles
  (`OpsManagerOrgRole`, `OpsManagerProjectRole`): each product's operations offer only the
  roles that product has. Service accounts there are Cloud Manager's (a Preview feature, with
  its own roles, `CloudManagerOrgRole`, and secret lifetimes). Ops Manager has none.
- Atlas Admin API v1.0 (`/api/atlas/v1.0`), deprecated by MongoDB: the four operations this
  contract served before v2, each naming its replacement.

Every operation:

- authenticates with HTTP Digest (RFC 7616), or, on Atlas and Cloud Manager, with a service
  account's bearer token (OAuth 2.0 client credentials), which MongoDB recommends;
- accepts `pretty` (indented JSON) and `envelope` (every answer `200`, wrapped as `{"status",
  "content"}`; see the parameter). The answers described here are those without the envelope;
- answers with MongoDB's `ApiError` body on failure; every status an operation can answer is
  listed under it.

Secrets (`privateKey` of an API key, `key` of agent and personal keys, `secret` of a service
account's secret) are shown in full only in the answer that creates them; every later read
returns them masked (`maskedSecretValue` for a service account's).


Version: 4.1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "4.1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**List the organization's API keys

Returns a page of the API keys of the organization `orgId`, project keys included. Private keys come masked (`********-****-****-4a2d34e0cf0c`): they are shown in full only when a key is created.

Pages: `pageNum` (from 1) and `itemsPerPage` (at most 500); `totalCount` says how many there are in all unless `includeCount=false`; a page past the last has no results.

Required role: Organization Member (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_org_api_keys()
    .org_id(org_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_org_api_keys(&self) -> builder::ListOrgApiKeys<'_> {
        builder::ListOrgApiKeys::new(self)
    }
    /**Create an organization API key

Creates an API key for the organization `orgId` with the organization roles given in `roles`.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

An organization holds a limited number of API keys, project keys included (Cloud Manager documents 500); past it the answer is `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.

The response is the only place the `privateKey` is ever shown in full: store it before doing anything else.


Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/apiKeys`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_org_api_key()
    .org_id(org_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_api_key(&self) -> builder::CreateOrgApiKey<'_> {
        builder::CreateOrgApiKey::new(self)
    }
    /**Get one organization API key

Returns the API key `apiUserId` of the organization `orgId`, its private key masked; 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Member (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_org_api_key(&self) -> builder::GetOrgApiKey<'_> {
        builder::GetOrgApiKey::new(self)
    }
    /**Delete an organization API key

Deletes the API key `apiUserId` from the organization and from every project it was assigned to. Its next request is refused (`401`). Deleting a key that is already gone answers 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_org_api_key(&self) -> builder::DeleteOrgApiKey<'_> {
        builder::DeleteOrgApiKey::new(self)
    }
    /**Update an organization API key

Changes the description, the organization roles, or both, of the API key `apiUserId`: the body holds at least one of `desc` and `roles`. Roles given replace the key's organization roles; its project roles stay. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `PATCH` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.update_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_org_api_key(&self) -> builder::UpdateOrgApiKey<'_> {
        builder::UpdateOrgApiKey::new(self)
    }
    /**List an API key's access list

Returns a page of the access list of the API key `apiUserId`. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Member (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_org_api_key_access_list_entries()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_org_api_key_access_list_entries(
        &self,
    ) -> builder::ListOrgApiKeyAccessListEntries<'_> {
        builder::ListOrgApiKeyAccessListEntries::new(self)
    }
    /**Add entries to an API key's access list

Adds IP addresses and CIDR blocks to the access list of the API key `apiUserId` (its 24-hex `id`, not its 8-letter `publicKey`). Entries already on the list are left as they are; the answer is the key's whole access list (its first page). 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

An organization that requires an API access list answers every call of a key with no entry `403 ORG_REQUIRES_ACCESS_LIST`, and a key with entries can be used only from the addresses they cover (`403 IP_ADDRESS_NOT_ON_ACCESS_LIST`): add entries right after creating a key.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_org_api_key_access_list_entry()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_api_key_access_list_entry(
        &self,
    ) -> builder::CreateOrgApiKeyAccessListEntry<'_> {
        builder::CreateOrgApiKeyAccessListEntry::new(self)
    }
    /**Get one entry of an API key's access list

Returns the entry `ipAddress` (an address, or a CIDR block with its `/` sent as `%2F`) of the access list of the API key `apiUserId`; `404` when the list has no such entry, or the organization no such key.

Required role: Organization Member (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_org_api_key_access_list_entry()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_org_api_key_access_list_entry(
        &self,
    ) -> builder::GetOrgApiKeyAccessListEntry<'_> {
        builder::GetOrgApiKeyAccessListEntry::new(self)
    }
    /**Remove one entry from an API key's access list

Removes the entry `ipAddress` from the access list of the API key `apiUserId`; `404` when the list has no such entry (already removed, say). The entry that lets the caller itself in cannot be removed by that call (`400 CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST`).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_org_api_key_access_list_entry()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_org_api_key_access_list_entry(
        &self,
    ) -> builder::DeleteOrgApiKeyAccessListEntry<'_> {
        builder::DeleteOrgApiKeyAccessListEntry::new(self)
    }
    /**List a project's API keys

Returns a page of the organization API keys assigned to the project `groupId`, private keys masked.

Required role: Project Read Only (any role in `groupId`), or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/apiKeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_group_api_keys()
    .group_id(group_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_group_api_keys(&self) -> builder::ListGroupApiKeys<'_> {
        builder::ListGroupApiKeys::new(self)
    }
    /**Create an API key and assign it to a project

Creates an organization API key in the organization that owns the project `groupId` and grants it the project roles given in `roles`. MongoDB also grants the key `ORG_MEMBER` in that organization, so `roles` mixes project and organization entries. The key counts towards its organization's limit (`400 MAX_API_KEYS_PER_ORG_EXCEEDED`).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

The response is the only place the `privateKey` is ever shown in full.


Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/apiKeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_group_api_key()
    .group_id(group_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_group_api_key(&self) -> builder::CreateGroupApiKey<'_> {
        builder::CreateGroupApiKey::new(self)
    }
    /**Assign an organization API key to a project

Grants the organization API key `apiUserId` (of the organization that owns the project) the project roles given in the body, assigning it to the project. The body is an array, as in MongoDB's specification, of one assignment. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.add_group_api_key()
    .group_id(group_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn add_group_api_key(&self) -> builder::AddGroupApiKey<'_> {
        builder::AddGroupApiKey::new(self)
    }
    /**Unassign an API key from a project

Removes the API key `apiUserId` from the project `groupId`: its roles there are revoked, the key stays in the organization. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.remove_group_api_key()
    .group_id(group_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn remove_group_api_key(&self) -> builder::RemoveGroupApiKey<'_> {
        builder::RemoveGroupApiKey::new(self)
    }
    /**Change an API key's roles in a project

Changes the description, the project roles in `groupId`, or both, of the API key `apiUserId`, which must be assigned to the project; roles not given are removed from the key in this project. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `PATCH` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.update_group_api_key_roles()
    .group_id(group_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_group_api_key_roles(&self) -> builder::UpdateGroupApiKeyRoles<'_> {
        builder::UpdateGroupApiKeyRoles::new(self)
    }
    /**List the organization's service accounts

Returns a page of the service accounts of the organization `orgId`, in the order they were made, project service accounts included. No answer after a create shows a `secret`: each secret is listed with its `maskedSecretValue`, `createdAt`, `expiresAt` and `lastUsedAt` only.

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `include_system_managed`: Whether the list includes the service accounts MongoDB manages itself (for its own
integrations). Default: `false`. Read as the other boolean parameters are (`true` in any
letter case is true, anything else false).

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_org_service_accounts()
    .org_id(org_id)
    .envelope(envelope)
    .include_count(include_count)
    .include_system_managed(include_system_managed)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_org_service_accounts(&self) -> builder::ListOrgServiceAccounts<'_> {
        builder::ListOrgServiceAccounts::new(self)
    }
    /**Create an organization service account

Creates a service account in the organization `orgId` with the organization roles given in `roles` (`OrgRole`) and its first secret, valid for `secretExpiresAfterHours` hours, 8 to 8,760 (365 days). The secret obtains tokens at once (`POST /api/oauth/token` with the `clientId` and the secret as HTTP Basic credentials).

The response is the only place the `secret` is ever shown: store it before doing anything else. Every later read shows `maskedSecretValue` only.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

Names need not be unique. An organization holds a limited number of service accounts (MongoDB publishes no number; the emulator keeps 100 by default, `400 EMULATOR_SERVICE_ACCOUNT_LIMIT` past it).


Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_org_service_account()
    .org_id(org_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_service_account(&self) -> builder::CreateOrgServiceAccount<'_> {
        builder::CreateOrgServiceAccount::new(self)
    }
    /**Get one organization service account

Returns the service account `clientId` of the organization `orgId`, its secrets masked (`maskedSecretValue`; never `secret`). `404 RESOURCE_NOT_FOUND` when the organization has no service account with that client ID (deleted already, say).

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_org_service_account(&self) -> builder::GetOrgServiceAccount<'_> {
        builder::GetOrgServiceAccount::new(self)
    }
    /**Delete an organization service account

Deletes the service account `clientId` from the organization and from every project it was assigned to, with its secrets and its access list. The tokens it obtained are refused from its next request on (`401`), and its secrets obtain no more.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_org_service_account(&self) -> builder::DeleteOrgServiceAccount<'_> {
        builder::DeleteOrgServiceAccount::new(self)
    }
    /**Update an organization service account

Changes the name, the description, the organization roles, or any of them, of the service account `clientId`; what the body leaves out stays as it is (an empty body changes nothing). Roles given replace its organization roles; its project roles stay. The new roles apply at once, to tokens issued before too.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `PATCH` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.update_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_org_service_account(&self) -> builder::UpdateOrgServiceAccount<'_> {
        builder::UpdateOrgServiceAccount::new(self)
    }
    /**List the projects of a service account

Returns a page of the projects the service account `clientId` is assigned to, with its roles in each.

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/groups`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_org_service_account_groups()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_org_service_account_groups(
        &self,
    ) -> builder::GetOrgServiceAccountGroups<'_> {
        builder::GetOrgServiceAccountGroups::new(self)
    }
    /**Create a secret for a service account

Creates a new secret for the service account `clientId`, valid for `secretExpiresAfterHours` hours, 8 to 8,760 (365 days): how to rotate a secret without downtime. A service account holds at most 2 secrets, expired ones included (MongoDB does not delete them): past it the answer is `400 VALIDATION_ERROR`, delete one first. Creating a secret shortens every other secret of the account to expire at most 7 days from now, as MongoDB does.

The response is the only place the `secret` is ever shown.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/secrets`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_org_service_account_secret()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_service_account_secret(
        &self,
    ) -> builder::CreateOrgServiceAccountSecret<'_> {
        builder::CreateOrgServiceAccountSecret::new(self)
    }
    /**Delete a secret of a service account

Deletes the secret `secretId` of the service account `clientId`. The token endpoint refuses it from then on, and the tokens it obtained are refused from their next request on (`401`).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/secrets/{secretId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `secret_id`: The 24-hexadecimal digit `id` of a service account's secret.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_org_service_account_secret()
    .org_id(org_id)
    .client_id(client_id)
    .secret_id(secret_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_org_service_account_secret(
        &self,
    ) -> builder::DeleteOrgServiceAccountSecret<'_> {
        builder::DeleteOrgServiceAccountSecret::new(self)
    }
    /**List a service account's access list

Returns a page of the access list of the service account `clientId`, in the order the entries were added. A service account with entries can use its tokens only from the addresses they cover (`403 IP_ADDRESS_NOT_ON_ACCESS_LIST`); tokens are issued from anywhere.

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_org_service_account_access_list()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_org_service_account_access_list(
        &self,
    ) -> builder::ListOrgServiceAccountAccessList<'_> {
        builder::ListOrgServiceAccountAccessList::new(self)
    }
    /**Add entries to a service account's access list

Adds IP addresses and CIDR blocks to the access list of the service account `clientId`: at most 200 entries a request (`400 VALIDATION_ERROR` past it), as MongoDB's specification says. Entries already on the list are left as they are; the answer is the first page of the whole list.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_org_service_account_access_list()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_org_service_account_access_list(
        &self,
    ) -> builder::CreateOrgServiceAccountAccessList<'_> {
        builder::CreateOrgServiceAccountAccessList::new(self)
    }
    /**Remove one entry from a service account's access list

Removes the entry `ipAddress` (an address, or a CIDR block with its `/` sent as `%2F`) from the access list of the service account `clientId`; `404 RESOURCE_NOT_FOUND` when the list has no such entry. The entry that lets the caller itself in cannot be removed by that caller (`400 CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST`).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_org_service_account_access_list_entry()
    .org_id(org_id)
    .client_id(client_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_org_service_account_access_list_entry(
        &self,
    ) -> builder::DeleteOrgServiceAccountAccessListEntry<'_> {
        builder::DeleteOrgServiceAccountAccessListEntry::new(self)
    }
    /**List a project's service accounts

Returns a page of the service accounts assigned to the project `groupId`, with their roles in it, secrets masked.

Required role: Project Read Only (any role in `groupId`), or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `include_system_managed`: Whether the list includes the service accounts MongoDB manages itself (for its own
integrations). Default: `false`. Read as the other boolean parameters are (`true` in any
letter case is true, anything else false).

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_group_service_accounts()
    .group_id(group_id)
    .envelope(envelope)
    .include_count(include_count)
    .include_system_managed(include_system_managed)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_group_service_accounts(&self) -> builder::ListGroupServiceAccounts<'_> {
        builder::ListGroupServiceAccounts::new(self)
    }
    /**Create a service account for a project

Creates a service account in the organization that owns the project `groupId`, with the project roles given in `roles` and its first secret. MongoDB also makes it an Organization Member (`ORG_MEMBER`) of that organization; it counts towards the organization's service accounts.

The response is the only place the `secret` is ever shown.

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_group_service_account()
    .group_id(group_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_group_service_account(
        &self,
    ) -> builder::CreateGroupServiceAccount<'_> {
        builder::CreateGroupServiceAccount::new(self)
    }
    /**Get one service account of a project

Returns the service account `clientId` with its roles in the project `groupId`, secrets masked; `404 RESOURCE_NOT_FOUND` when it is not assigned to the project.

Required role: Project Read Only (any role in `groupId`), or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_group_service_account()
    .group_id(group_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_group_service_account(&self) -> builder::GetGroupServiceAccount<'_> {
        builder::GetGroupServiceAccount::new(self)
    }
    /**Unassign a service account from a project

Removes the service account `clientId` from the project `groupId`: its roles there are revoked at once. It stays in the organization, and its secrets and tokens stay valid (with its other roles).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_group_service_account()
    .group_id(group_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_group_service_account(
        &self,
    ) -> builder::DeleteGroupServiceAccount<'_> {
        builder::DeleteGroupServiceAccount::new(self)
    }
    /**Assign an organization service account to a project

Assigns the service account `clientId` of the organization that owns the project `groupId` to the project with the project roles given in `roles` (replacing the ones it had there). The path ends in `:invite`, as MongoDB writes it.

Required role: Organization Owner (`ORG_OWNER`) of the organization that owns `groupId`, as MongoDB's specification says; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}:invite`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.invite_group_service_account()
    .group_id(group_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn invite_group_service_account(
        &self,
    ) -> builder::InviteGroupServiceAccount<'_> {
        builder::InviteGroupServiceAccount::new(self)
    }
    /**List the organization's API keys (Ops Manager)

Ops Manager and Cloud Manager: `listOrgApiKeys`, with Ops Manager's roles.

Required role: any role in `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_ops_manager_org_api_keys()
    .org_id(org_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_ops_manager_org_api_keys(
        &self,
    ) -> builder::ListOpsManagerOrgApiKeys<'_> {
        builder::ListOpsManagerOrgApiKeys::new(self)
    }
    /**Create an organization API key (Ops Manager)

Creates an API key for the organization `orgId` with Ops Manager's organization roles (no billing roles: `401 BILLING_UNSUPPORTED`).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

An organization holds at most 500 API keys (Cloud Manager's documentation), project keys included; past it the answer is `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.

The response is the only place the `privateKey` is ever shown in full.


Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/apiKeys`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_ops_manager_org_api_key()
    .org_id(org_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ops_manager_org_api_key(
        &self,
    ) -> builder::CreateOpsManagerOrgApiKey<'_> {
        builder::CreateOpsManagerOrgApiKey::new(self)
    }
    /**Get one organization API key (Ops Manager)

Ops Manager and Cloud Manager: `getOrgApiKey`. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: any role in `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_ops_manager_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_ops_manager_org_api_key(&self) -> builder::GetOpsManagerOrgApiKey<'_> {
        builder::GetOpsManagerOrgApiKey::new(self)
    }
    /**Delete an organization API key (Ops Manager)

Ops Manager and Cloud Manager: `deleteOrgApiKey`. Answered `200` with no body, as MongoDB documents it for Ops Manager. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_ops_manager_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_ops_manager_org_api_key(
        &self,
    ) -> builder::DeleteOpsManagerOrgApiKey<'_> {
        builder::DeleteOpsManagerOrgApiKey::new(self)
    }
    /**Update an organization API key (Ops Manager)

Ops Manager and Cloud Manager: `updateOrgApiKey`, with Ops Manager's organization roles. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `PATCH` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.update_ops_manager_org_api_key()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ops_manager_org_api_key(
        &self,
    ) -> builder::UpdateOpsManagerOrgApiKey<'_> {
        builder::UpdateOpsManagerOrgApiKey::new(self)
    }
    /**List an API key's access list (Ops Manager)

Ops Manager and Cloud Manager: `listOrgApiKeyAccessListEntries`. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: any role in `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_ops_manager_org_api_key_access_list_entries()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_ops_manager_org_api_key_access_list_entries(
        &self,
    ) -> builder::ListOpsManagerOrgApiKeyAccessListEntries<'_> {
        builder::ListOpsManagerOrgApiKeyAccessListEntries::new(self)
    }
    /**Add entries to an API key's access list (Ops Manager)

Ops Manager and Cloud Manager: `createOrgApiKeyAccessListEntry`. 404 API_KEY_NOT_FOUND when the organization has no key with that `id` (a key deleted already, or a public key in its place).

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_ops_manager_org_api_key_access_list_entries()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ops_manager_org_api_key_access_list_entries(
        &self,
    ) -> builder::CreateOpsManagerOrgApiKeyAccessListEntries<'_> {
        builder::CreateOpsManagerOrgApiKeyAccessListEntries::new(self)
    }
    /**Get one entry of an API key's access list (Ops Manager)

Ops Manager and Cloud Manager: `getOrgApiKeyAccessListEntry`.

Required role: any role in `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_ops_manager_org_api_key_access_list_entry()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_ops_manager_org_api_key_access_list_entry(
        &self,
    ) -> builder::GetOpsManagerOrgApiKeyAccessListEntry<'_> {
        builder::GetOpsManagerOrgApiKeyAccessListEntry::new(self)
    }
    /**Remove one entry from an API key's access list (Ops Manager)

Ops Manager and Cloud Manager: `deleteOrgApiKeyAccessListEntry`, answered `200` with no body.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_ops_manager_org_api_key_access_list_entry()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_ops_manager_org_api_key_access_list_entry(
        &self,
    ) -> builder::DeleteOpsManagerOrgApiKeyAccessListEntry<'_> {
        builder::DeleteOpsManagerOrgApiKeyAccessListEntry::new(self)
    }
    /**Create an API key and assign it to a project (Ops Manager)

Ops Manager and Cloud Manager: `createGroupApiKey`, with Ops Manager's project roles.

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

The response is the only place the `privateKey` is ever shown in full.


Sends a `POST` request to `/api/public/v1.0/groups/{groupId}/apiKeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_ops_manager_project_api_key()
    .group_id(group_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ops_manager_project_api_key(
        &self,
    ) -> builder::CreateOpsManagerProjectApiKey<'_> {
        builder::CreateOpsManagerProjectApiKey::new(self)
    }
    /**List a project's agent API keys

Returns a page of the agent API keys of the project `groupId`; each `key` is masked to its last four characters (`****************************8b87`).

Required role: Project Read Only (any role in `groupId`), or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/groups/{groupId}/agentapikeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_agent_api_keys()
    .group_id(group_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_agent_api_keys(&self) -> builder::ListAgentApiKeys<'_> {
        builder::ListAgentApiKeys::new(self)
    }
    /**Create an agent API key

Creates an API key that the Ops Manager agents of project `groupId` use to
authenticate. Ops Manager and Cloud Manager only: Atlas has no agent keys.

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner of
its organization; without it the answer is `401 NOT_IN_GROUP` (no role in the
project) or `401 USER_UNAUTHORIZED`.

The response is the only place the `key` is ever shown in full; later reads mask it
(`****************************8b87`).


Sends a `POST` request to `/api/public/v1.0/groups/{groupId}/agentapikeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_agent_api_key()
    .group_id(group_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_agent_api_key(&self) -> builder::CreateAgentApiKey<'_> {
        builder::CreateAgentApiKey::new(self)
    }
    /**Delete an agent API key

Deletes the agent API key `agentApiKeyId` of the project `groupId`; the agents that use it are refused from then on. Answered `200` with no body, as MongoDB documents it; `404 AGENT_API_KEY_NOT_FOUND` when the project has no such key (already deleted, say).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/groups/{groupId}/agentapikeys/{agentApiKeyId}`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `agent_api_key_id`: Unique 24-hexadecimal digit string that identifies the agent API key (its `_id`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_agent_api_key()
    .group_id(group_id)
    .agent_api_key_id(agent_api_key_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_agent_api_key(&self) -> builder::DeleteAgentApiKey<'_> {
        builder::DeleteAgentApiKey::new(self)
    }
    /**List the organization's service accounts (Cloud Manager)

Returns a page of the service accounts of the organization `orgId`, in the order they were made, project service accounts included. No answer after a create shows a `secret`: each secret is listed with its `maskedSecretValue`, `createdAt`, `expiresAt` and `lastUsedAt` only.

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_cloud_manager_org_service_accounts()
    .org_id(org_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_cloud_manager_org_service_accounts(
        &self,
    ) -> builder::ListCloudManagerOrgServiceAccounts<'_> {
        builder::ListCloudManagerOrgServiceAccounts::new(self)
    }
    /**Create an organization service account (Cloud Manager)

Creates a service account in the organization `orgId` with the organization roles given in `roles` (`CloudManagerOrgRole` (billing roles included, as Cloud Manager documents them for service accounts)) and its first secret, valid for `secretExpiresAfterHours` hours, 8 to 8,766 (a year, as Cloud Manager counts it). The secret obtains tokens at once (`POST /api/oauth/token` with the `clientId` and the secret as HTTP Basic credentials).

The response is the only place the `secret` is ever shown: store it before doing anything else. Every later read shows `maskedSecretValue` only.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).

Names need not be unique. An organization holds a limited number of service accounts (MongoDB publishes no number; the emulator keeps 100 by default, `400 EMULATOR_SERVICE_ACCOUNT_LIMIT` past it).


Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_cloud_manager_org_service_account()
    .org_id(org_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_cloud_manager_org_service_account(
        &self,
    ) -> builder::CreateCloudManagerOrgServiceAccount<'_> {
        builder::CreateCloudManagerOrgServiceAccount::new(self)
    }
    /**Get one organization service account (Cloud Manager)

Returns the service account `clientId` of the organization `orgId`, its secrets masked (`maskedSecretValue`; never `secret`). `404 RESOURCE_NOT_FOUND` when the organization has no service account with that client ID (deleted already, say).

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.get_cloud_manager_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn get_cloud_manager_org_service_account(
        &self,
    ) -> builder::GetCloudManagerOrgServiceAccount<'_> {
        builder::GetCloudManagerOrgServiceAccount::new(self)
    }
    /**Delete an organization service account (Cloud Manager)

Deletes the service account `clientId` from the organization and from every project it was assigned to, with its secrets and its access list. The tokens it obtained are refused from its next request on (`401`), and its secrets obtain no more. Answered `200` with no body, as Ops Manager's API answers its deletes.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_cloud_manager_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_cloud_manager_org_service_account(
        &self,
    ) -> builder::DeleteCloudManagerOrgServiceAccount<'_> {
        builder::DeleteCloudManagerOrgServiceAccount::new(self)
    }
    /**Update an organization service account (Cloud Manager)

Changes the name, the description, the organization roles, or any of them, of the service account `clientId`; what the body leaves out stays as it is (an empty body changes nothing). Roles given replace its organization roles; its project roles stay. The new roles apply at once, to tokens issued before too.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `PATCH` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.update_cloud_manager_org_service_account()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_cloud_manager_org_service_account(
        &self,
    ) -> builder::UpdateCloudManagerOrgServiceAccount<'_> {
        builder::UpdateCloudManagerOrgServiceAccount::new(self)
    }
    /**Create a secret for a service account (Cloud Manager)

Creates a new secret for the service account `clientId`, valid for `secretExpiresAfterHours` hours, 8 to 8,766 (a year, as Cloud Manager counts it): how to rotate a secret without downtime. A service account holds at most 2 secrets, expired ones included (MongoDB does not delete them): past it the answer is `400 VALIDATION_ERROR`, delete one first. Creating a secret shortens every other secret of the account to expire at most 7 days from now, as MongoDB does.

The response is the only place the `secret` is ever shown.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/secrets`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_cloud_manager_org_service_account_secret()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_cloud_manager_org_service_account_secret(
        &self,
    ) -> builder::CreateCloudManagerOrgServiceAccountSecret<'_> {
        builder::CreateCloudManagerOrgServiceAccountSecret::new(self)
    }
    /**Delete a secret of a service account (Cloud Manager)

Deletes the secret `secretId` of the service account `clientId`. The token endpoint refuses it from then on, and the tokens it obtained are refused from their next request on (`401`). Answered `200` with no body, as Ops Manager's API answers its deletes.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/secrets/{secretId}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `secret_id`: The 24-hexadecimal digit `id` of a service account's secret.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_cloud_manager_org_service_account_secret()
    .org_id(org_id)
    .client_id(client_id)
    .secret_id(secret_id)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_cloud_manager_org_service_account_secret(
        &self,
    ) -> builder::DeleteCloudManagerOrgServiceAccountSecret<'_> {
        builder::DeleteCloudManagerOrgServiceAccountSecret::new(self)
    }
    /**List a service account's access list (Cloud Manager)

Returns a page of the access list of the service account `clientId`, in the order the entries were added. A service account with entries can use its tokens only from the addresses they cover (`403 IP_ADDRESS_NOT_ON_ACCESS_LIST`); tokens are issued from anywhere.

Required role: Organization Read Only (any role in `orgId`); without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `include_count`: Whether a list answer carries `totalCount`. Default: `true`.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

- `items_per_page`: Number of items per page of a list answer, 1 to 500. Default: `100`. A value outside,
or not a whole number, is answered `400 INVALID_QUERY_PARAMETER`. Items come in the
order they were created; the answer's `links` are `self`, `previous` (after the first
page) and `next` (before the last).

- `page_num`: Page number of a list answer, from 1; a page past the last has no results. Default:
`1`. A value that is not a whole number from 1 is answered `400
INVALID_QUERY_PARAMETER`.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.list_cloud_manager_org_service_account_access_list()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .include_count(include_count)
    .items_per_page(items_per_page)
    .page_num(page_num)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn list_cloud_manager_org_service_account_access_list(
        &self,
    ) -> builder::ListCloudManagerOrgServiceAccountAccessList<'_> {
        builder::ListCloudManagerOrgServiceAccountAccessList::new(self)
    }
    /**Add entries to a service account's access list (Cloud Manager)

Adds IP addresses and CIDR blocks to the access list of the service account `clientId`: at most 200 entries a request (`400 VALIDATION_ERROR` past it), as MongoDB's specification says. Entries already on the list are left as they are; the answer is the first page of the whole list.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_cloud_manager_org_service_account_access_list()
    .org_id(org_id)
    .client_id(client_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_cloud_manager_org_service_account_access_list(
        &self,
    ) -> builder::CreateCloudManagerOrgServiceAccountAccessList<'_> {
        builder::CreateCloudManagerOrgServiceAccountAccessList::new(self)
    }
    /**Remove one entry from a service account's access list (Cloud Manager)

Removes the entry `ipAddress` (an address, or a CIDR block with its `/` sent as `%2F`) from the access list of the service account `clientId`; `404 RESOURCE_NOT_FOUND` when the list has no such entry. The entry that lets the caller itself in cannot be removed by that caller (`400 CANNOT_REMOVE_CALLER_FROM_ACCESS_LIST`). Answered `200` with no body, as Ops Manager's API answers its deletes.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is `401` with MongoDB's code (`NOT_ORG_OWNER`, `NOT_IN_GROUP`, `USER_UNAUTHORIZED` or `USER_CANNOT_ACCESS_ORG`).


Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList/{ipAddress}`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `client_id`: The service account's client ID, `mdb_sa_id_` and 24 hexadecimal digits (its `clientId`).
- `ip_address`: An entry of the access list (of an API key or a service account): an IP address (IPv4 or IPv6), or a CIDR block whose `/` is sent as `%2F`.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

```text
let response = client.delete_cloud_manager_org_service_account_access_list_entry()
    .org_id(org_id)
    .client_id(client_id)
    .ip_address(ip_address)
    .envelope(envelope)
    .pretty(pretty)
    .send()
    .await;
```*/
    pub fn delete_cloud_manager_org_service_account_access_list_entry(
        &self,
    ) -> builder::DeleteCloudManagerOrgServiceAccountAccessListEntry<'_> {
        builder::DeleteCloudManagerOrgServiceAccountAccessListEntry::new(self)
    }
    /**Create an organization API key

Deprecated by MongoDB with the whole Atlas Admin API v1.0: use `createOrgApiKey` (Admin API v2). Served as before, with Atlas's roles.

Creates an API key for the organization `orgId` with the organization roles given in
`roles`.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is
`401 NOT_ORG_OWNER` (or `401 USER_CANNOT_ACCESS_ORG` with no role in that
organization at all).

An organization holds a limited number of API keys, project keys included (Cloud
Manager documents 500); past it the answer is `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.

The response is the only place the `privateKey` is ever shown in full: store it before
doing anything else.


Sends a `POST` request to `/api/atlas/v1.0/orgs/{orgId}/apiKeys`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_api_key()
    .org_id(org_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }
    /**Add access-list entries to an organization API key

Deprecated by MongoDB with the whole Atlas Admin API v1.0: use `createOrgApiKeyAccessListEntry` (Admin API v2). Served as before, with Atlas's roles.

Adds IP addresses and CIDR blocks to the API access list of the organization API key
`apiUserId` (its 24-hex `id`, not its 8-letter `publicKey`). Entries already on the list are left as they are, so sending the same entries
again changes nothing; the answer is the key's whole access list, paginated.

Why it matters: an organization that requires an API access list (the setting "Require
IP Access List for the Atlas Administration API", on by default for organizations
created in the Atlas UI; Ops Manager has the same) answers every call of a key with no
entry `403 ORG_REQUIRES_ACCESS_LIST`, and a key that has entries can be used only from
the addresses they cover (`403 IP_ADDRESS_NOT_ON_ACCESS_LIST`), whatever the setting.
A key is created without entries: add them right after creating it.

Required role: Organization Owner (`ORG_OWNER`) of `orgId`; without it the answer is
`401 NOT_ORG_OWNER`.

With `envelope=true` the answer keeps its list shape and gains a `status` field (MongoDB's
rule for lists) instead of the `{status, content}` wrapper of single resources; errors
are wrapped as for every operation.

The patterns of `ipAddress` and `cidrBlock` are not MongoDB's: those use a lookahead,
which many regular-expression engines lack, and reject compressed IPv6 such as `::1`.
These follow RFC 3986's address grammar (see `IpAddress` and `CidrBlock`).


Sends a `POST` request to `/api/atlas/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`

Arguments:
- `org_id`: Unique 24-hexadecimal digit string that identifies the organization.
- `api_user_id`: Unique 24-hexadecimal digit string that identifies the organization API key: the `id`
of the key, which the response that created it carries. Not its `publicKey` (8
lower-case letters), a common mistake.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_api_key_access_list_entries()
    .org_id(org_id)
    .api_user_id(api_user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_api_key_access_list_entries(
        &self,
    ) -> builder::CreateApiKeyAccessListEntries<'_> {
        builder::CreateApiKeyAccessListEntries::new(self)
    }
    /**Create an organization API key and assign it to a project

Deprecated by MongoDB with the whole Atlas Admin API v1.0: use `createGroupApiKey` (Admin API v2). Served as before, with Atlas's roles.

Creates an organization API key in the organization that owns the project `groupId` and
grants it the project roles given in `roles`. MongoDB also grants the new key the
`ORG_MEMBER` role in that organization, so the response's `roles` mixes project entries
(`groupId`, `roleName`) and organization entries (`orgId`, `roleName`).

Required role: Project Owner (`GROUP_OWNER`) of `groupId`, or Organization Owner of
its organization; without it the answer is `401 NOT_IN_GROUP` (no role in the
project) or `401 USER_UNAUTHORIZED`.

The key counts towards its organization's limit of API keys (Cloud Manager documents
500); past it the answer is `400 MAX_API_KEYS_PER_ORG_EXCEEDED`.

The reference page says "at least one of the two body parameters" is required; the API
answers `API_KEY_REQUIRES_DESCRIPTION` or `MISSING_API_KEY_ROLES` when either is
missing, so both are required here.

The response is the only place the `privateKey` is ever shown in full.


Sends a `POST` request to `/api/atlas/v1.0/groups/{groupId}/apiKeys`

Arguments:
- `group_id`: Unique 24-hexadecimal digit string that identifies the project (called a group in the API).
- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_project_api_key()
    .group_id(group_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_project_api_key(&self) -> builder::CreateProjectApiKey<'_> {
        builder::CreateProjectApiKey::new(self)
    }
    /**Create a personal user API key (deprecated)

Deprecated by MongoDB with the whole Atlas Admin API v1.0: use organization API keys (`createOrgApiKey`); personal keys have no v2 form. Served as before, with Atlas's roles.

Creates a personal API key for the user `userId`. A user has at most 10 (`403
MAX_PUBLIC_API_KEY_REACHED`).

Required role: none, but the digest credentials must be that same user's: nobody can
create a personal key for someone else (`401 USER_UNAUTHORIZED`), whatever their
roles.

Deprecated: personal API keys act with all of a user's rights and cannot be restricted
to an access list; MongoDB replaced them with organization API keys
(`createOrgApiKey`, `createProjectApiKey`) and Atlas stopped creating them in 2021.
An Atlas feature (the server of this operation): Ops Manager's base path answers `404
RESOURCE_NOT_FOUND`.

The response is the only place the `key` is ever shown in full.


Sends a `POST` request to `/api/atlas/v1.0/users/{userId}/keys`

Arguments:
- `user_id`: Unique 24-hexadecimal digit string that identifies the MongoDB user: the `id` field
that `GET /orgs/{orgId}/users` returns for that user.

- `envelope`: Whether to wrap the response in an envelope, for clients that cannot read HTTP status codes or headers. Default: `false`.

With `true` the HTTP status is always `200` and the body is `{"status": <real HTTP status>, "content": <real body>}`, for errors too, where `content` is the answer this document describes for that status; a list answer instead keeps its shape and gains `status`. This document describes the answers without the envelope (so that generated clients read plain types); `x-envelope` states the rule for tools.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any letter case is true; any other value (`1`, `yes`, `false`) is false, and none is refused. When the parameter is repeated, the first value counts.

- `pretty`: Whether the response body is indented for people to read. It changes white space
only.

Read as MongoDB's Java back end (Jersey) reads a boolean query parameter: `true` in any
letter case is true; any other value (`1`, `yes`, `false`) is false, and none is
refused. When the parameter is repeated, the first value counts.

Default: `false`.

- `body`
```text
let response = client.create_user_api_key()
    .user_id(user_id)
    .envelope(envelope)
    .pretty(pretty)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_user_api_key(&self) -> builder::CreateUserApiKey<'_> {
        builder::CreateUserApiKey::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_org_api_keys`]

[`Client::list_org_api_keys`]: super::Client::list_org_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListOrgApiKeys<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOrgApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedApiKeys>, Error<types::ApiError>> {
            let Self {
                client,
                org_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys", client.baseurl, encode_path(& org_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_org_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org_api_key`]

[`Client::create_org_api_key`]: super::Client::create_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateOrgApiKeyRequest, String>,
    }
    impl<'a> CreateOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOrgApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateOrgApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOrgApiKeyRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOrgApiKeyRequest,
            ) -> types::builder::CreateOrgApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOrgApiKeyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys", client.baseurl, encode_path(& org_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_org_api_key`]

[`Client::get_org_api_key`]: super::Client::get_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct GetOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_org_api_key`]

[`Client::delete_org_api_key`]: super::Client::delete_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_org_api_key`]

[`Client::update_org_api_key`]: super::Client::update_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct UpdateOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::UpdateOrgApiKeyRequest, String>,
    }
    impl<'a> UpdateOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOrgApiKeyRequest>,
            <V as std::convert::TryInto<
                types::UpdateOrgApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOrgApiKeyRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOrgApiKeyRequest,
            ) -> types::builder::UpdateOrgApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOrgApiKeyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_org_api_key_access_list_entries`]

[`Client::list_org_api_key_access_list_entries`]: super::Client::list_org_api_key_access_list_entries*/
    #[derive(Debug, Clone)]
    pub struct ListOrgApiKeyAccessListEntries<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOrgApiKeyAccessListEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedApiUserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                api_user_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_org_api_key_access_list_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org_api_key_access_list_entry`]

[`Client::create_org_api_key_access_list_entry`]: super::Client::create_org_api_key_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgApiKeyAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<::std::vec::Vec<types::UserAccessListRequest>, String>,
    }
    impl<'a> CreateOrgApiKeyAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::UserAccessListRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < UserAccessListRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedApiUserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, api_user_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org_api_key_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_org_api_key_access_list_entry`]

[`Client::get_org_api_key_access_list_entry`]: super::Client::get_org_api_key_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct GetOrgApiKeyAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOrgApiKeyAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, api_user_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}/accessList/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org_api_key_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_org_api_key_access_list_entry`]

[`Client::delete_org_api_key_access_list_entry`]: super::Client::delete_org_api_key_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrgApiKeyAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOrgApiKeyAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/apiKeys/{}/accessList/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_org_api_key_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_group_api_keys`]

[`Client::list_group_api_keys`]: super::Client::list_group_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListGroupApiKeys<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListGroupApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedApiKeys>, Error<types::ApiError>> {
            let Self {
                client,
                group_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/apiKeys", client.baseurl, encode_path(&
                group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_group_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_group_api_key`]

[`Client::create_group_api_key`]: super::Client::create_group_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateGroupApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateProjectApiKeyRequest, String>,
    }
    impl<'a> CreateGroupApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProjectApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProjectApiKeyRequest,
            ) -> types::builder::CreateProjectApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, group_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProjectApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/apiKeys", client.baseurl, encode_path(&
                group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_group_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::add_group_api_key`]

[`Client::add_group_api_key`]: super::Client::add_group_api_key*/
    #[derive(Debug, Clone)]
    pub struct AddGroupApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<[types::ProjectRoleAssignment; 1usize], String>,
    }
    impl<'a> AddGroupApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<[types::ProjectRoleAssignment; 1usize]>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `[ProjectRoleAssignment ; 1usize]` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, group_id, api_user_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/apiKeys/{}", client.baseurl, encode_path(&
                group_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_group_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::remove_group_api_key`]

[`Client::remove_group_api_key`]: super::Client::remove_group_api_key*/
    #[derive(Debug, Clone)]
    pub struct RemoveGroupApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> RemoveGroupApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, group_id, api_user_id, envelope, pretty } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/apiKeys/{}", client.baseurl, encode_path(&
                group_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_group_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_group_api_key_roles`]

[`Client::update_group_api_key_roles`]: super::Client::update_group_api_key_roles*/
    #[derive(Debug, Clone)]
    pub struct UpdateGroupApiKeyRoles<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::UpdateProjectApiKeyRequest, String>,
    }
    impl<'a> UpdateGroupApiKeyRoles<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateProjectApiKeyRequest>,
            <V as std::convert::TryInto<
                types::UpdateProjectApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateProjectApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateProjectApiKeyRequest,
            ) -> types::builder::UpdateProjectApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/atlas/v2/groups/{groupId}/apiKeys/{apiUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, group_id, api_user_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateProjectApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/apiKeys/{}", client.baseurl, encode_path(&
                group_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_group_api_key_roles",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_org_service_accounts`]

[`Client::list_org_service_accounts`]: super::Client::list_org_service_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListOrgServiceAccounts<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        include_system_managed: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOrgServiceAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                include_system_managed: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn include_system_managed<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_system_managed = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_system_managed failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrgServiceAccounts>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                envelope,
                include_count,
                include_system_managed,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let include_system_managed = include_system_managed
                .map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts", client.baseurl, encode_path(&
                org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeSystemManaged",
                        &include_system_managed,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_org_service_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org_service_account`]

[`Client::create_org_service_account`]: super::Client::create_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::OrgServiceAccountRequest, String>,
    }
    impl<'a> CreateOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrgServiceAccountRequest>,
            <V as std::convert::TryInto<
                types::OrgServiceAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrgServiceAccountRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrgServiceAccountRequest,
            ) -> types::builder::OrgServiceAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrgServiceAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts", client.baseurl, encode_path(&
                org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_org_service_account`]

[`Client::get_org_service_account`]: super::Client::get_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct GetOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_org_service_account`]

[`Client::delete_org_service_account`]: super::Client::delete_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_org_service_account`]

[`Client::update_org_service_account`]: super::Client::update_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct UpdateOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::OrgServiceAccountUpdateRequest, String>,
    }
    impl<'a> UpdateOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrgServiceAccountUpdateRequest>,
            <V as std::convert::TryInto<
                types::OrgServiceAccountUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrgServiceAccountUpdateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrgServiceAccountUpdateRequest,
            ) -> types::builder::OrgServiceAccountUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::OrgServiceAccountUpdateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_org_service_account_groups`]

[`Client::get_org_service_account_groups`]: super::Client::get_org_service_account_groups*/
    #[derive(Debug, Clone)]
    pub struct GetOrgServiceAccountGroups<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOrgServiceAccountGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/groups`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedServiceAccountGroups>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                client_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/groups", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_org_service_account_groups",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org_service_account_secret`]

[`Client::create_org_service_account_secret`]: super::Client::create_org_service_account_secret*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgServiceAccountSecret<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::ServiceAccountSecretRequest, String>,
    }
    impl<'a> CreateOrgServiceAccountSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ServiceAccountSecretRequest>,
            <V as std::convert::TryInto<
                types::ServiceAccountSecretRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ServiceAccountSecretRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ServiceAccountSecretRequest,
            ) -> types::builder::ServiceAccountSecretRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/secrets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccountSecret>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ServiceAccountSecretRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/secrets", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org_service_account_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_org_service_account_secret`]

[`Client::delete_org_service_account_secret`]: super::Client::delete_org_service_account_secret*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrgServiceAccountSecret<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        secret_id: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOrgServiceAccountSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                secret_id: Err("secret_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn secret_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.secret_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for secret_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/secrets/{secretId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, secret_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let secret_id = secret_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/secrets/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
                encode_path(& secret_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_org_service_account_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_org_service_account_access_list`]

[`Client::list_org_service_account_access_list`]: super::Client::list_org_service_account_access_list*/
    #[derive(Debug, Clone)]
    pub struct ListOrgServiceAccountAccessList<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOrgServiceAccountAccessList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedServiceAccountIpAccessListEntries>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                client_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_org_service_account_access_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_org_service_account_access_list`]

[`Client::create_org_service_account_access_list`]: super::Client::create_org_service_account_access_list*/
    #[derive(Debug, Clone)]
    pub struct CreateOrgServiceAccountAccessList<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<::std::vec::Vec<types::UserAccessListRequest>, String>,
    }
    impl<'a> CreateOrgServiceAccountAccessList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::UserAccessListRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < UserAccessListRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedServiceAccountIpAccessListEntries>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_org_service_account_access_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_org_service_account_access_list_entry`]

[`Client::delete_org_service_account_access_list_entry`]: super::Client::delete_org_service_account_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct DeleteOrgServiceAccountAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOrgServiceAccountAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/orgs/{orgId}/serviceAccounts/{clientId}/accessList/{ipAddress}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/orgs/{}/serviceAccounts/{}/accessList/{}", client
                .baseurl, encode_path(& org_id.to_string()), encode_path(& client_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_org_service_account_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_group_service_accounts`]

[`Client::list_group_service_accounts`]: super::Client::list_group_service_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListGroupServiceAccounts<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        include_system_managed: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListGroupServiceAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                include_system_managed: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn include_system_managed<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_system_managed = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_system_managed failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedGroupServiceAccounts>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                group_id,
                envelope,
                include_count,
                include_system_managed,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let include_system_managed = include_system_managed
                .map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/serviceAccounts", client.baseurl,
                encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "includeSystemManaged",
                        &include_system_managed,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_group_service_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_group_service_account`]

[`Client::create_group_service_account`]: super::Client::create_group_service_account*/
    #[derive(Debug, Clone)]
    pub struct CreateGroupServiceAccount<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::GroupServiceAccountRequest, String>,
    }
    impl<'a> CreateGroupServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupServiceAccountRequest>,
            <V as std::convert::TryInto<
                types::GroupServiceAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GroupServiceAccountRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GroupServiceAccountRequest,
            ) -> types::builder::GroupServiceAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupServiceAccount>, Error<types::ApiError>> {
            let Self { client, group_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GroupServiceAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/serviceAccounts", client.baseurl,
                encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_group_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_group_service_account`]

[`Client::get_group_service_account`]: super::Client::get_group_service_account*/
    #[derive(Debug, Clone)]
    pub struct GetGroupServiceAccount<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetGroupServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupServiceAccount>, Error<types::ApiError>> {
            let Self { client, group_id, client_id, envelope, pretty } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& group_id.to_string()), encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_group_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_group_service_account`]

[`Client::delete_group_service_account`]: super::Client::delete_group_service_account*/
    #[derive(Debug, Clone)]
    pub struct DeleteGroupServiceAccount<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteGroupServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, group_id, client_id, envelope, pretty } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& group_id.to_string()), encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_group_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::invite_group_service_account`]

[`Client::invite_group_service_account`]: super::Client::invite_group_service_account*/
    #[derive(Debug, Clone)]
    pub struct InviteGroupServiceAccount<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::GroupServiceAccountRoleAssignment, String>,
    }
    impl<'a> InviteGroupServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupServiceAccountRoleAssignment>,
            <V as std::convert::TryInto<
                types::GroupServiceAccountRoleAssignment,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `GroupServiceAccountRoleAssignment` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GroupServiceAccountRoleAssignment,
            ) -> types::builder::GroupServiceAccountRoleAssignment,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v2/groups/{groupId}/serviceAccounts/{clientId}:invite`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GroupServiceAccount>, Error<types::ApiError>> {
            let Self { client, group_id, client_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GroupServiceAccountRoleAssignment::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v2/groups/{}/serviceAccounts/{}:invite", client.baseurl,
                encode_path(& group_id.to_string()), encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "invite_group_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                410u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ops_manager_org_api_keys`]

[`Client::list_ops_manager_org_api_keys`]: super::Client::list_ops_manager_org_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListOpsManagerOrgApiKeys<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOpsManagerOrgApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PaginatedApiKeys>, Error<types::ApiError>> {
            let Self {
                client,
                org_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys", client.baseurl, encode_path(&
                org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ops_manager_org_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_ops_manager_org_api_key`]

[`Client::create_ops_manager_org_api_key`]: super::Client::create_ops_manager_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateOpsManagerOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateOpsManagerOrgApiKeyRequest, String>,
    }
    impl<'a> CreateOpsManagerOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOpsManagerOrgApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateOpsManagerOrgApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOpsManagerOrgApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOpsManagerOrgApiKeyRequest,
            ) -> types::builder::CreateOpsManagerOrgApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOpsManagerOrgApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys", client.baseurl, encode_path(&
                org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_ops_manager_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_ops_manager_org_api_key`]

[`Client::get_ops_manager_org_api_key`]: super::Client::get_ops_manager_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct GetOpsManagerOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOpsManagerOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ops_manager_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ops_manager_org_api_key`]

[`Client::delete_ops_manager_org_api_key`]: super::Client::delete_ops_manager_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct DeleteOpsManagerOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOpsManagerOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_ops_manager_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_ops_manager_org_api_key`]

[`Client::update_ops_manager_org_api_key`]: super::Client::update_ops_manager_org_api_key*/
    #[derive(Debug, Clone)]
    pub struct UpdateOpsManagerOrgApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::UpdateOpsManagerOrgApiKeyRequest, String>,
    }
    impl<'a> UpdateOpsManagerOrgApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateOpsManagerOrgApiKeyRequest>,
            <V as std::convert::TryInto<
                types::UpdateOpsManagerOrgApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateOpsManagerOrgApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateOpsManagerOrgApiKeyRequest,
            ) -> types::builder::UpdateOpsManagerOrgApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::UpdateOpsManagerOrgApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}", client.baseurl, encode_path(&
                org_id.to_string()), encode_path(& api_user_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_ops_manager_org_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_ops_manager_org_api_key_access_list_entries`]

[`Client::list_ops_manager_org_api_key_access_list_entries`]: super::Client::list_ops_manager_org_api_key_access_list_entries*/
    #[derive(Debug, Clone)]
    pub struct ListOpsManagerOrgApiKeyAccessListEntries<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListOpsManagerOrgApiKeyAccessListEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedApiUserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                api_user_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ops_manager_org_api_key_access_list_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_ops_manager_org_api_key_access_list_entries`]

[`Client::create_ops_manager_org_api_key_access_list_entries`]: super::Client::create_ops_manager_org_api_key_access_list_entries*/
    #[derive(Debug, Clone)]
    pub struct CreateOpsManagerOrgApiKeyAccessListEntries<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<::std::vec::Vec<types::UserAccessListRequest>, String>,
    }
    impl<'a> CreateOpsManagerOrgApiKeyAccessListEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::UserAccessListRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < UserAccessListRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedApiUserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, api_user_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_ops_manager_org_api_key_access_list_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_ops_manager_org_api_key_access_list_entry`]

[`Client::get_ops_manager_org_api_key_access_list_entry`]: super::Client::get_ops_manager_org_api_key_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct GetOpsManagerOrgApiKeyAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetOpsManagerOrgApiKeyAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, api_user_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}/accessList/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ops_manager_org_api_key_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_ops_manager_org_api_key_access_list_entry`]

[`Client::delete_ops_manager_org_api_key_access_list_entry`]: super::Client::delete_ops_manager_org_api_key_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct DeleteOpsManagerOrgApiKeyAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteOpsManagerOrgApiKeyAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList/{ipAddress}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, api_user_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/apiKeys/{}/accessList/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_ops_manager_org_api_key_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_ops_manager_project_api_key`]

[`Client::create_ops_manager_project_api_key`]: super::Client::create_ops_manager_project_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateOpsManagerProjectApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateOpsManagerProjectApiKeyRequest, String>,
    }
    impl<'a> CreateOpsManagerProjectApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOpsManagerProjectApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateOpsManagerProjectApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOpsManagerProjectApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOpsManagerProjectApiKeyRequest,
            ) -> types::builder::CreateOpsManagerProjectApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/groups/{groupId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, group_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOpsManagerProjectApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/groups/{}/apiKeys", client.baseurl, encode_path(&
                group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_ops_manager_project_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_agent_api_keys`]

[`Client::list_agent_api_keys`]: super::Client::list_agent_api_keys*/
    #[derive(Debug, Clone)]
    pub struct ListAgentApiKeys<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListAgentApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/groups/{groupId}/agentapikeys`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedAgentApiKeys>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                group_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/groups/{}/agentapikeys", client.baseurl,
                encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_agent_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_agent_api_key`]

[`Client::create_agent_api_key`]: super::Client::create_agent_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateAgentApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateAgentApiKeyRequest, String>,
    }
    impl<'a> CreateAgentApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateAgentApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateAgentApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateAgentApiKeyRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateAgentApiKeyRequest,
            ) -> types::builder::CreateAgentApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/groups/{groupId}/agentapikeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AgentApiKey>, Error<types::ApiError>> {
            let Self { client, group_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateAgentApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/groups/{}/agentapikeys", client.baseurl,
                encode_path(& group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_agent_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_agent_api_key`]

[`Client::delete_agent_api_key`]: super::Client::delete_agent_api_key*/
    #[derive(Debug, Clone)]
    pub struct DeleteAgentApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        agent_api_key_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteAgentApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                agent_api_key_id: Err(
                    "agent_api_key_id was not initialized".to_string(),
                ),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn agent_api_key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.agent_api_key_id = value
                .try_into()
                .map_err(|e| format!("agent_api_key_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/groups/{groupId}/agentapikeys/{agentApiKeyId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, group_id, agent_api_key_id, envelope, pretty } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let agent_api_key_id = agent_api_key_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/groups/{}/agentapikeys/{}", client.baseurl,
                encode_path(& group_id.to_string()), encode_path(& agent_api_key_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_agent_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_cloud_manager_org_service_accounts`]

[`Client::list_cloud_manager_org_service_accounts`]: super::Client::list_cloud_manager_org_service_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListCloudManagerOrgServiceAccounts<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListCloudManagerOrgServiceAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedOrgServiceAccounts>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts", client.baseurl,
                encode_path(& org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cloud_manager_org_service_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_cloud_manager_org_service_account`]

[`Client::create_cloud_manager_org_service_account`]: super::Client::create_cloud_manager_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct CreateCloudManagerOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CloudManagerOrgServiceAccountRequest, String>,
    }
    impl<'a> CreateCloudManagerOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CloudManagerOrgServiceAccountRequest>,
            <V as std::convert::TryInto<
                types::CloudManagerOrgServiceAccountRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CloudManagerOrgServiceAccountRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CloudManagerOrgServiceAccountRequest,
            ) -> types::builder::CloudManagerOrgServiceAccountRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CloudManagerOrgServiceAccountRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts", client.baseurl,
                encode_path(& org_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_cloud_manager_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_cloud_manager_org_service_account`]

[`Client::get_cloud_manager_org_service_account`]: super::Client::get_cloud_manager_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct GetCloudManagerOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> GetCloudManagerOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_cloud_manager_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_cloud_manager_org_service_account`]

[`Client::delete_cloud_manager_org_service_account`]: super::Client::delete_cloud_manager_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct DeleteCloudManagerOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteCloudManagerOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_cloud_manager_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_cloud_manager_org_service_account`]

[`Client::update_cloud_manager_org_service_account`]: super::Client::update_cloud_manager_org_service_account*/
    #[derive(Debug, Clone)]
    pub struct UpdateCloudManagerOrgServiceAccount<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CloudManagerOrgServiceAccountUpdateRequest, String>,
    }
    impl<'a> UpdateCloudManagerOrgServiceAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CloudManagerOrgServiceAccountUpdateRequest>,
            <V as std::convert::TryInto<
                types::CloudManagerOrgServiceAccountUpdateRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CloudManagerOrgServiceAccountUpdateRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CloudManagerOrgServiceAccountUpdateRequest,
            ) -> types::builder::CloudManagerOrgServiceAccountUpdateRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OrgServiceAccount>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CloudManagerOrgServiceAccountUpdateRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_cloud_manager_org_service_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_cloud_manager_org_service_account_secret`]

[`Client::create_cloud_manager_org_service_account_secret`]: super::Client::create_cloud_manager_org_service_account_secret*/
    #[derive(Debug, Clone)]
    pub struct CreateCloudManagerOrgServiceAccountSecret<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CloudManagerServiceAccountSecretRequest, String>,
    }
    impl<'a> CreateCloudManagerOrgServiceAccountSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CloudManagerServiceAccountSecretRequest>,
            <V as std::convert::TryInto<
                types::CloudManagerServiceAccountSecretRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CloudManagerServiceAccountSecretRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CloudManagerServiceAccountSecretRequest,
            ) -> types::builder::CloudManagerServiceAccountSecretRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/secrets`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ServiceAccountSecret>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CloudManagerServiceAccountSecretRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}/secrets", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& client_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_cloud_manager_org_service_account_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_cloud_manager_org_service_account_secret`]

[`Client::delete_cloud_manager_org_service_account_secret`]: super::Client::delete_cloud_manager_org_service_account_secret*/
    #[derive(Debug, Clone)]
    pub struct DeleteCloudManagerOrgServiceAccountSecret<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        secret_id: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteCloudManagerOrgServiceAccountSecret<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                secret_id: Err("secret_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn secret_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.secret_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for secret_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/secrets/{secretId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, secret_id, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let secret_id = secret_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}/secrets/{}", client
                .baseurl, encode_path(& org_id.to_string()), encode_path(& client_id
                .to_string()), encode_path(& secret_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_cloud_manager_org_service_account_secret",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_cloud_manager_org_service_account_access_list`]

[`Client::list_cloud_manager_org_service_account_access_list`]: super::Client::list_cloud_manager_org_service_account_access_list*/
    #[derive(Debug, Clone)]
    pub struct ListCloudManagerOrgServiceAccountAccessList<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        include_count: Result<Option<bool>, String>,
        items_per_page: Result<Option<::std::num::NonZeroU32>, String>,
        page_num: Result<Option<::std::num::NonZeroU32>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> ListCloudManagerOrgServiceAccountAccessList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                include_count: Ok(None),
                items_per_page: Ok(None),
                page_num: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn include_count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.include_count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for include_count failed".to_string()
                });
            self
        }
        pub fn items_per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.items_per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for items_per_page failed"
                        .to_string()
                });
            self
        }
        pub fn page_num<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page_num = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page_num failed"
                        .to_string()
                });
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `GET` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedServiceAccountIpAccessListEntries>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                org_id,
                client_id,
                envelope,
                include_count,
                items_per_page,
                page_num,
                pretty,
            } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let include_count = include_count.map_err(Error::InvalidRequest)?;
            let items_per_page = items_per_page.map_err(Error::InvalidRequest)?;
            let page_num = page_num.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}/accessList", client
                .baseurl, encode_path(& org_id.to_string()), encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(
                    &progenitor_client::QueryParam::new("includeCount", &include_count),
                )
                .query(
                    &progenitor_client::QueryParam::new("itemsPerPage", &items_per_page),
                )
                .query(&progenitor_client::QueryParam::new("pageNum", &page_num))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_cloud_manager_org_service_account_access_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_cloud_manager_org_service_account_access_list`]

[`Client::create_cloud_manager_org_service_account_access_list`]: super::Client::create_cloud_manager_org_service_account_access_list*/
    #[derive(Debug, Clone)]
    pub struct CreateCloudManagerOrgServiceAccountAccessList<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<::std::vec::Vec<types::UserAccessListRequest>, String>,
    }
    impl<'a> CreateCloudManagerOrgServiceAccountAccessList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::UserAccessListRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < UserAccessListRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedServiceAccountIpAccessListEntries>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, client_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}/accessList", client
                .baseurl, encode_path(& org_id.to_string()), encode_path(& client_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_cloud_manager_org_service_account_access_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_cloud_manager_org_service_account_access_list_entry`]

[`Client::delete_cloud_manager_org_service_account_access_list_entry`]: super::Client::delete_cloud_manager_org_service_account_access_list_entry*/
    #[derive(Debug, Clone)]
    pub struct DeleteCloudManagerOrgServiceAccountAccessListEntry<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        client_id: Result<crate::service_account::ServiceAccountClientId, String>,
        ip_address: Result<::std::string::String, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
    }
    impl<'a> DeleteCloudManagerOrgServiceAccountAccessListEntry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                client_id: Err("client_id was not initialized".to_string()),
                ip_address: Err("ip_address was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn client_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::service_account::ServiceAccountClientId>,
        {
            self.client_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: service_account :: ServiceAccountClientId` for client_id failed"
                        .to_string()
                });
            self
        }
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.ip_address = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for ip_address failed"
                        .to_string()
                });
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/api/public/v1.0/orgs/{orgId}/serviceAccounts/{clientId}/accessList/{ipAddress}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, org_id, client_id, ip_address, envelope, pretty } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let client_id = client_id.map_err(Error::InvalidRequest)?;
            let ip_address = ip_address.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/public/v1.0/orgs/{}/serviceAccounts/{}/accessList/{}", client
                .baseurl, encode_path(& org_id.to_string()), encode_path(& client_id
                .to_string()), encode_path(& ip_address.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_cloud_manager_org_service_account_access_list_entry",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_api_key`]

[`Client::create_api_key`]: super::Client::create_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateOrgApiKeyRequest, String>,
    }
    impl<'a> CreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateOrgApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateOrgApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateOrgApiKeyRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateOrgApiKeyRequest,
            ) -> types::builder::CreateOrgApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v1.0/orgs/{orgId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, org_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateOrgApiKeyRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v1.0/orgs/{}/apiKeys", client.baseurl, encode_path(& org_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_api_key_access_list_entries`]

[`Client::create_api_key_access_list_entries`]: super::Client::create_api_key_access_list_entries*/
    #[derive(Debug, Clone)]
    pub struct CreateApiKeyAccessListEntries<'a> {
        client: &'a super::Client,
        org_id: Result<crate::object_id::ObjectId, String>,
        api_user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<::std::vec::Vec<types::UserAccessListRequest>, String>,
    }
    impl<'a> CreateApiKeyAccessListEntries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                org_id: Err("org_id was not initialized".to_string()),
                api_user_id: Err("api_user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn org_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.org_id = value.try_into().map_err(|e| format!("org_id: {e}"));
            self
        }
        pub fn api_user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.api_user_id = value.try_into().map_err(|e| format!("api_user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<types::UserAccessListRequest>>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < UserAccessListRequest >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/api/atlas/v1.0/orgs/{orgId}/apiKeys/{apiUserId}/accessList`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PaginatedApiUserAccessListResponse>,
            Error<types::ApiError>,
        > {
            let Self { client, org_id, api_user_id, envelope, pretty, body } = self;
            let org_id = org_id.map_err(Error::InvalidRequest)?;
            let api_user_id = api_user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v1.0/orgs/{}/apiKeys/{}/accessList", client.baseurl,
                encode_path(& org_id.to_string()), encode_path(& api_user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_key_access_list_entries",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_project_api_key`]

[`Client::create_project_api_key`]: super::Client::create_project_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateProjectApiKey<'a> {
        client: &'a super::Client,
        group_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateProjectApiKeyRequest, String>,
    }
    impl<'a> CreateProjectApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.group_id = value.try_into().map_err(|e| format!("group_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateProjectApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateProjectApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateProjectApiKeyRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateProjectApiKeyRequest,
            ) -> types::builder::CreateProjectApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v1.0/groups/{groupId}/apiKeys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiKey>, Error<types::ApiError>> {
            let Self { client, group_id, envelope, pretty, body } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateProjectApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v1.0/groups/{}/apiKeys", client.baseurl, encode_path(&
                group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_project_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_user_api_key`]

[`Client::create_user_api_key`]: super::Client::create_user_api_key*/
    #[derive(Debug, Clone)]
    pub struct CreateUserApiKey<'a> {
        client: &'a super::Client,
        user_id: Result<crate::object_id::ObjectId, String>,
        envelope: Result<Option<bool>, String>,
        pretty: Result<Option<bool>, String>,
        body: Result<types::builder::CreateUserApiKeyRequest, String>,
    }
    impl<'a> CreateUserApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                envelope: Ok(None),
                pretty: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::object_id::ObjectId>,
            V::Error: std::fmt::Display,
        {
            self.user_id = value.try_into().map_err(|e| format!("user_id: {e}"));
            self
        }
        pub fn envelope<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.envelope = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for envelope failed".to_string());
            self
        }
        pub fn pretty<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.pretty = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for pretty failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateUserApiKeyRequest>,
            <V as std::convert::TryInto<
                types::CreateUserApiKeyRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateUserApiKeyRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateUserApiKeyRequest,
            ) -> types::builder::CreateUserApiKeyRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/atlas/v1.0/users/{userId}/keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserApiKey>, Error<types::ApiError>> {
            let Self { client, user_id, envelope, pretty, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let envelope = envelope.map_err(Error::InvalidRequest)?;
            let pretty = pretty.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateUserApiKeyRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/atlas/v1.0/users/{}/keys", client.baseurl, encode_path(& user_id
                .to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("envelope", &envelope))
                .query(&progenitor_client::QueryParam::new("pretty", &pretty))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_user_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                408u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                413u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                415u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
