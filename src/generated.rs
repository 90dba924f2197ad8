//! The client and types that progenitor generates from `openapi.yaml` at build time.
//!
//! Never edited by hand: `build.rs` writes `$OUT_DIR/generated.rs` and this module includes
//! it. To read the generated code, see the README ("Reading the generated code").
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

include!(concat!(env!("OUT_DIR"), "/generated.rs"));

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
