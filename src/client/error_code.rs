//! MongoDB's `errorCode` values as an enum, so that callers compare codes, not strings.
//! The names are the ones MongoDB documents for these operations (its error-code page and
//! its specs; `../shared/notes` in the repository lists the sources). A code this list does
//! not know is kept as [`ErrorCode::Other`], never lost.

use std::fmt;

macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $text:literal,)*) => {
        /// A MongoDB `errorCode`, as [`super::Error::error_code`] gives it.
        ///
        /// ```
        /// use mongodb_api_keys::client::ErrorCode;
        ///
        /// let code: ErrorCode = "NOT_ORG_OWNER".into();
        /// assert_eq!(code, ErrorCode::NotOrgOwner);
        /// assert_eq!(code.as_str(), "NOT_ORG_OWNER");
        /// // A code this crate does not know yet is kept as it came.
        /// let newer = ErrorCode::from("SOME_NEW_CODE");
        /// assert!(matches!(newer, ErrorCode::Other(_)));
        /// assert_eq!(newer.as_str(), "SOME_NEW_CODE");
        /// ```
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
            /// A code this version of the crate does not name. Compare with
            /// [`ErrorCode::as_str`]; a later version may give it a variant of its own.
            Other(OtherCode),
        }

        impl ErrorCode {
            /// The code as MongoDB sends it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(ErrorCode::$variant => $text,)*
                    ErrorCode::Other(code) => &code.0,
                }
            }
        }

        impl From<&str> for ErrorCode {
            fn from(code: &str) -> Self {
                match code {
                    $($text => ErrorCode::$variant,)*
                    other => ErrorCode::Other(OtherCode(other.to_owned())),
                }
            }
        }
    };
}

error_codes! {
    /// 401: the credentials lack the role the operation needs.
    UserUnauthorized = "USER_UNAUTHORIZED",
    /// 401: the operation needs Organization Owner.
    NotOrgOwner = "NOT_ORG_OWNER",
    /// 401: the operation needs Organization User Admin (Ops Manager).
    NotOrgUserAdmin = "NOT_ORG_USER_ADMIN",
    /// 401: the operation needs Organization Project Creator.
    NotOrgGroupCreator = "NOT_ORG_GROUP_CREATOR",
    /// 401: the operation needs Project User Admin (or Project Owner).
    NotGroupUserAdmin = "NOT_GROUP_USER_ADMIN",
    /// 401: the operation needs the API key administrator role.
    NotApiKeyAdmin = "NOT_API_KEY_ADMIN",
    /// 401: the credentials are not a member of the project (or it does not exist).
    NotInGroup = "NOT_IN_GROUP",
    /// 401: the credentials belong to another organization.
    UserCannotAccessOrg = "USER_CANNOT_ACCESS_ORG",
    /// 401: the credentials cannot access the project.
    UserCannotAccessGroup = "USER_CANNOT_ACCESS_GROUP",
    /// 401: Ops Manager has no billing roles.
    BillingUnsupported = "BILLING_UNSUPPORTED",
    /// 403: the calling address is not on the credentials' API access list.
    IpAddressNotOnAccessList = "IP_ADDRESS_NOT_ON_ACCESS_LIST",
    /// 403: the organization requires an API access list and the credentials have none.
    OrgRequiresAccessList = "ORG_REQUIRES_ACCESS_LIST",
    /// 403: the organization has as many API keys as it may.
    MaxPublicApiKeyReached = "MAX_PUBLIC_API_KEY_REACHED",
    /// 400: the organization has as many API keys as it may.
    MaxApiKeysPerOrgExceeded = "MAX_API_KEYS_PER_ORG_EXCEEDED",
    /// 400: a key needs a description.
    ApiKeyRequiresDescription = "API_KEY_REQUIRES_DESCRIPTION",
    /// 400: the description is too long or malformed.
    InvalidApiKeyDesc = "INVALID_API_KEY_DESC",
    /// 400: a key needs at least one role.
    MissingApiKeyRoles = "MISSING_API_KEY_ROLES",
    /// 400: not an organization role.
    InvalidRoleForOrg = "INVALID_ROLE_FOR_ORG",
    /// 400: not a project role.
    InvalidRoleForGroup = "INVALID_ROLE_FOR_GROUP",
    /// 400: a value outside its enumeration (a role this product lacks, say).
    InvalidEnumValue = "INVALID_ENUM_VALUE",
    /// 400: an attribute with a wrong value.
    InvalidAttribute = "INVALID_ATTRIBUTE",
    /// 400: a required attribute is missing.
    MissingAttribute = "MISSING_ATTRIBUTE",
    /// 400: the JSON does not match the expected format.
    InvalidJson = "INVALID_JSON",
    /// 400: the body is not JSON.
    MalformedJson = "MALFORMED_JSON",
    /// 400: an attribute of the wrong type.
    InvalidJsonAttribute = "INVALID_JSON_ATTRIBUTE",
    /// 400: a value failed validation.
    ValidationError = "VALIDATION_ERROR",
    /// 400: a query parameter is not valid.
    InvalidQueryParameter = "INVALID_QUERY_PARAMETER",
    /// 400: an access-list entry is neither an address nor a CIDR block.
    InvalidIpAddressOrCidrNotation = "INVALID_IP_ADDRESS_OR_CIDR_NOTATION",
    /// 400: the same address twice in one request.
    DuplicateAddressesInInput = "DUPLICATE_ADDRESSES_IN_INPUT",
    /// 400: no API key with that ID (MongoDB lists this one as a 400).
    ApiKeyNotFound = "API_KEY_NOT_FOUND",
    /// 404: no organization with that ID.
    OrgNotFound = "ORG_NOT_FOUND",
    /// 404: no project with that ID.
    GroupNotFound = "GROUP_NOT_FOUND",
    /// 404: not an organization ID.
    InvalidOrgId = "INVALID_ORG_ID",
    /// 404: not a project ID.
    InvalidGroupId = "INVALID_GROUP_ID",
    /// 404: no user with that ID.
    UserNotFound = "USER_NOT_FOUND",
    /// 404: nothing at that path.
    ResourceNotFound = "RESOURCE_NOT_FOUND",
    /// 410: personal API keys can no longer be created.
    PersonalApiKeysDeprecated = "PERSONAL_API_KEYS_DEPRECATED",
    /// 429: too many requests; nothing was done.
    RateLimited = "RATE_LIMITED",
    /// 429: too many requests (token-bucket wording); nothing was done.
    RateLimitedTokenBucket = "RATE_LIMITED_TOKEN_BUCKET",
    /// 500: MongoDB's own failure.
    UnexpectedError = "UNEXPECTED_ERROR",
}

/// A code [`ErrorCode`] has no variant for; only this crate makes one, so that
/// `ErrorCode::Other` never stands for a code that has a variant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OtherCode(String);

impl From<String> for ErrorCode {
    fn from(code: String) -> Self {
        ErrorCode::from(code.as_str())
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for ErrorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl ErrorCode {
    /// What to do about a permission error with this code: the role it needs, or the
    /// access-list problem. `None` for codes that are not about permission.
    pub(crate) fn permission_hint(&self) -> Option<&'static str> {
        use ErrorCode::*;
        Some(match self {
            NotOrgOwner => {
                "the credentials need the Organization Owner role (ORG_OWNER) in this organization"
            }
            NotOrgUserAdmin => {
                "the credentials need Organization Owner or Organization User Admin in this \
                 organization"
            }
            NotOrgGroupCreator => {
                "the credentials need Organization Project Creator (ORG_GROUP_CREATOR)"
            }
            NotGroupUserAdmin => {
                "the credentials need Project Owner (GROUP_OWNER) or Project User Admin in this \
                 project"
            }
            NotApiKeyAdmin => "the credentials need a role that may manage API keys",
            NotInGroup | UserCannotAccessGroup => {
                "the credentials have no role in this project (or it does not exist): give \
                 them a project role, or use credentials of that project"
            }
            UserCannotAccessOrg => {
                "the credentials belong to another organization: use credentials of this one"
            }
            UserUnauthorized => "the credentials lack the role this operation needs",
            BillingUnsupported => "Ops Manager has no billing roles: choose another role",
            IpAddressNotOnAccessList => {
                "the address this request came from is not on the credentials' API access \
                 list: add it (or its CIDR block) to their access list"
            }
            OrgRequiresAccessList => {
                "the organization requires an API access list and the credentials have none: \
                 add an entry for the address you call from"
            }
            MaxPublicApiKeyReached | MaxApiKeysPerOrgExceeded => {
                "the organization has as many API keys as it may: delete keys it no longer \
                 uses"
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_code_reads_back_as_itself_and_unknown_ones_are_kept() {
        for code in [
            "NOT_ORG_OWNER",
            "IP_ADDRESS_NOT_ON_ACCESS_LIST",
            "RATE_LIMITED",
        ] {
            let parsed = ErrorCode::from(code);
            assert!(!matches!(parsed, ErrorCode::Other(_)), "{code}");
            assert_eq!(parsed.as_str(), code);
            assert_eq!(parsed.to_string(), code);
        }
        let other = ErrorCode::from("EMULATOR_ACCESS_LIST_LIMIT");
        assert_eq!(other, "EMULATOR_ACCESS_LIST_LIMIT");
        assert!(matches!(other, ErrorCode::Other(_)));
    }
}
