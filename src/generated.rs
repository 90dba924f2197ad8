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
//! - [`types::ObjectId`] is not generated: `build.rs` substitutes the hand-written
//!   [`crate::object_id::ObjectId`] for the spec's `ObjectId` schema and re-exports it here.
#![allow(missing_docs, clippy::all, clippy::pedantic)]

include!(concat!(env!("OUT_DIR"), "/generated.rs"));
