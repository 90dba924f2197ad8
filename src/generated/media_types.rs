/// Each operation's versioned media type (`Accept`, and `Content-Type` of a body),
/// by `operationId`, from `openapi.yaml`.
pub(crate) const MEDIA_TYPES: &[(&str, &str)] = &[
    ("addGroupApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("createGroupApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("createOrgApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("createOrgApiKeyAccessListEntry", "application/vnd.atlas.2023-01-01+json"),
    ("deleteOrgApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("deleteOrgApiKeyAccessListEntry", "application/vnd.atlas.2023-01-01+json"),
    ("getOrgApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("getOrgApiKeyAccessListEntry", "application/vnd.atlas.2023-01-01+json"),
    ("listGroupApiKeys", "application/vnd.atlas.2023-01-01+json"),
    ("listOrgApiKeyAccessListEntries", "application/vnd.atlas.2023-01-01+json"),
    ("listOrgApiKeys", "application/vnd.atlas.2023-01-01+json"),
    ("removeGroupApiKey", "application/vnd.atlas.2023-01-01+json"),
    ("updateGroupApiKeyRoles", "application/vnd.atlas.2023-01-01+json"),
    ("updateOrgApiKey", "application/vnd.atlas.2023-01-01+json"),
];
