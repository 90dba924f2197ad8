//! Create MongoDB Atlas and Ops Manager API keys from Rust.
//!
//! - [`spec`]: the hand-written OpenAPI document everything is generated from.
//! - [`generated`]: the client and types progenitor generates from it at build time.
//! - [`object_id::ObjectId`]: the spec's `ObjectId` (24 lower-case hex digits), which the
//!   generated code uses; also `generated::types::ObjectId`.
//! - [`Secret`]: shown-once credentials in responses, redacted in `Debug` output.
#![warn(missing_docs)]

pub mod client;
pub mod digest;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod generated;
pub mod object_id;
mod random;
mod secret;
pub mod spec;

pub use secret::Secret;
