//! The client and types that progenitor generates from `openapi.yaml`.
//!
//! Never edited by hand: `build.rs` generates `src/generated/client.rs` (with the
//! `regenerate` feature, as this repository's builds do; every other build checks that the
//! committed file matches `openapi.yaml`) and this module includes it. Read it there.
//!
//! - [`Client`] has one builder method per operation: `create_org_api_key`,
//!   `create_project_api_key`, `create_agent_api_key` and the deprecated
//!   `create_user_api_key`.
//! - [`types`] holds the request and response bodies. Role names in responses are plain
//!   strings, so a role MongoDB adds later still decodes; request roles are the closed enums
//!   [`types::OrgRole`] and [`types::ProjectRole`].
//! - [`types::ObjectId`] and [`types::ApiKeyDescription`] are not generated: `build.rs`
//!   substitutes the hand-written [`crate::object_id::ObjectId`] and
//!   [`crate::description::ApiKeyDescription`] for the spec's schemas of those names (their
//!   `pattern`s would need a regex engine at run time) and re-exports them here.
// Builder setters and fields whose schema is a `$ref` have no text in the spec to document
// them with; everything the spec describes (operations, schemas, fields, enum values) is.
#![allow(missing_docs, clippy::all, clippy::pedantic)]

include!(concat!(env!("OUT_DIR"), "/client.rs"));

// `MEDIA_TYPES`: each operation's versioned media type, taken from the document by build.rs
// (build/media.rs), since progenitor reads `application/json` only.
include!(concat!(env!("OUT_DIR"), "/media_types.rs"));

/// The versioned media type the operation `operation_id` is sent and answered with
/// (`application/vnd.atlas.2023-01-01+json` for the Atlas Admin API v2), or `None` for an
/// operation of plain `application/json`. The ID as the spec writes it (`createOrgApiKey`)
/// or as progenitor's hooks are given it (`create_org_api_key`).
pub(crate) fn media_type(operation_id: &str) -> Option<&'static str> {
    // The spec's IDs first (what the typed methods use, on every call): a comparison each.
    MEDIA_TYPES
        .iter()
        .find(|(id, _)| *id == operation_id)
        .or_else(|| {
            MEDIA_TYPES
                .iter()
                .find(|(id, _)| is_snake_case_of(operation_id, id))
        })
        .map(|(_, media)| *media)
}

/// Whether `snake` is `camel` in snake case (`create_org_api_key`, `createOrgApiKey`),
/// compared byte by byte without building the snake-case form.
fn is_snake_case_of(snake: &str, camel: &str) -> bool {
    let mut expected = camel
        .bytes()
        .flat_map(|c| {
            if c.is_ascii_uppercase() {
                [Some(b'_'), Some(c.to_ascii_lowercase())]
            } else {
                [Some(c), None]
            }
        })
        .flatten();
    snake.bytes().all(|b| expected.next() == Some(b)) && expected.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::is_snake_case_of;

    #[test]
    fn snake_case_is_recognized_exactly() {
        assert!(is_snake_case_of("create_org_api_key", "createOrgApiKey"));
        assert!(!is_snake_case_of("create_org_api_ke", "createOrgApiKey"));
        assert!(!is_snake_case_of("create_org_api_keys", "createOrgApiKey"));
        assert!(!is_snake_case_of("createOrgApiKey", "createOrgApiKey"));
        assert!(is_snake_case_of("", ""));
    }
}

/// The generated client sends each operation's versioned media type as `Accept` (and as
/// `Content-Type` of a body), as the Admin API v2 requires; the rest of it is progenitor's.
impl progenitor_client::ClientHooks for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> std::result::Result<(), progenitor_client::Error<E>> {
        if let Some(media) = media_type(info.operation_id) {
            let value = reqwest::header::HeaderValue::from_static(media);
            let has_body = request.body().is_some();
            let headers = request.headers_mut();
            headers.insert(reqwest::header::ACCEPT, value.clone());
            if has_body {
                headers.insert(reqwest::header::CONTENT_TYPE, value);
            }
        }
        Ok(())
    }
}

/// What the generated types lack to be used like the standard ones.
mod conveniences {
    use std::fmt;

    use super::types::{OrgRole, ProjectRole, PublicKey};

    impl fmt::Display for PublicKey {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self)
        }
    }

    impl AsRef<str> for PublicKey {
        fn as_ref(&self) -> &str {
            self
        }
    }

    impl PartialEq<str> for PublicKey {
        fn eq(&self, other: &str) -> bool {
            self.as_str() == other
        }
    }

    impl PartialEq<&str> for PublicKey {
        fn eq(&self, other: &&str) -> bool {
            self.as_str() == *other
        }
    }

    // Roles have Display and FromStr from the generator; `&String` works as `&str` does.
    macro_rules! from_string_ref {
        ($($role:ty),*) => {$(
            impl TryFrom<&String> for $role {
                type Error = <$role as TryFrom<&'static str>>::Error;

                fn try_from(value: &String) -> Result<Self, Self::Error> {
                    value.parse()
                }
            }
        )*};
    }
    from_string_ref!(OrgRole, ProjectRole);
}
