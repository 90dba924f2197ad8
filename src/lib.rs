//! MongoDB Atlas and Ops Manager API keys from Rust, their whole life: create organization
//! keys, keys assigned to a project, Ops Manager agent keys and the deprecated personal keys;
//! list, read, update, rotate and delete them and their access lists (Atlas Admin API v2,
//! Ops Manager and Cloud Manager v1.0). HTTP Digest in one round trip per call, typed errors,
//! retries that never duplicate a key, and secrets that never reach a log.
//!
//! # Start here
//!
//! ```
//! # #[cfg(not(feature = "emulator"))] fn main() {} // this example runs against the emulator
//! # #[cfg(feature = "emulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emulator = mongodb_api_keys::emulator::Emulator::start(Default::default()).await?;
//! # let f = emulator.fixtures();
//! # let (base_url, public_key, private_key) = (&f.base_url, &f.username, &f.api_key);
//! # let org_id = &f.org_id;
//! use mongodb_api_keys::{Client, Error, OrgRole};
//!
//! // Client::from_env() reads the Atlas CLI's variables (MONGODB_ATLAS_PUBLIC_API_KEY, ...);
//! // here, a local emulator of the API.
//! let client = Client::builder(base_url).credentials(public_key, private_key).build()?;
//!
//! match client.create_org_api_key(org_id, "CI deployer", &[OrgRole::OrgMember]).await {
//!     Ok(key) => {
//!         // Shown once: store it now. `Debug` and serialization never show it.
//!         let secret: &str = key.private_key.expose_secret();
//!         println!("created {} ({} characters of secret)", key.public_key, secret.len());
//!     }
//!     // Created, but the answer was not as the contract says: the key and its secret are
//!     // in the error. Store them; creating again would make a second key.
//!     Err(Error::UnexpectedSuccess { body, .. }) => println!("store: {}", body.expose_secret()),
//!     // Sent, but no complete answer: the key may exist. Never retry this blindly.
//!     Err(error) if error.outcome() == mongodb_api_keys::Outcome::Unknown => {
//!         eprintln!("check before retrying: {error}")
//!     }
//!     Err(error) if error.is_retryable() => eprintln!("nothing happened; try again: {error}"),
//!     Err(error) => return Err(error.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! # What is where
//!
//! - [`Client`] and its typed calls, [`ClientBuilder`] (where, who, timeouts, CA
//!   certificates, proxy, limits), [`Error`] (the one error type; [`Error::outcome`] says
//!   what happened on the server, [`ErrorCode`] is MongoDB's code). The [`client`] module
//!   holds the rest of their API.
//! - [`types`]: every type the calls take and return (keys, roles, access lists, IDs).
//! - [`generated`]: the client and types progenitor generates from [`spec`] at build time.
//!   The types are the ones [`types`] lists; the generated `Client` is the contract's plain
//!   client (no digest, no retries, no masking), for those who bring their own
//!   authentication, such as a bearer token in a `reqwest::Client`'s default headers.
//! - [`Secret`]: shown-once credentials in responses. No `Display`, redacted in `Debug` and
//!   in serialization unless [`Secret::reveal_while`] says otherwise; read with
//!   [`Secret::expose_secret`].
//! - [`object_id::ObjectId`]: the spec's 24-hex IDs.
//! - [`AccessListEntry`]: an address or CIDR block of a key's access list, checked with the
//!   standard library's parsers before anything is sent.
//! - [`service_account`]: a service account's client ID, name and description, checked as the
//!   spec's patterns say without a regex engine.
//! - [`digest`]: HTTP Digest (RFC 7616) without I/O, for clients and servers.
//! - [`spec`]: the OpenAPI document, as YAML and JSON.
//! - `emulator` (feature `emulator`): a local MongoDB admin API for tests.
//!
//! # Features
//!
//! By default the crate is the client (no server, no command line, no code generator);
//! `lean-idna` (default) gives `url` its IDNA tables from unicode-rs instead of ICU4X, the
//! same host names in 17 fewer crates (`default-features = false` turns it off). `emulator` adds
//! [`emulator`], a local MongoDB admin API for tests (axum, hyper): the one line
//! `mongodb-api-keys = { version = "0.1", features = ["emulator"] }` under
//! `[dev-dependencies]`. The command line is the `mongodb-api-keys-cli` package.
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The README's and the Rust guide's code blocks are compiled (and run, unless `no_run`) as
// doc tests, so that what they show keeps working.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
#[doc = include_str!("../docs/rust-client.md")]
struct DocumentedExamples;

pub mod access_list;
pub mod client;
pub mod description;
pub mod digest;
#[cfg(feature = "emulator")]
#[cfg_attr(docsrs, doc(cfg(feature = "emulator")))]
pub mod emulator;
pub mod generated;
pub mod object_id;
mod random;
mod secret;
pub mod service_account;
pub mod spec;
pub mod types;

pub use access_list::{AccessListEntry, CidrBlock};
pub use client::{Client, ClientBuilder, Error, ErrorCode, Outcome};
pub use generated::types::{ApiKey, OrgRole, ProjectRole};
pub use secret::Secret;
