//! The hand-written layer around the generated [`Client`](crate::generated::Client).

use progenitor_client::ClientHooks;

use crate::generated::Client;

/// The generated client sends each request as it is built.
impl ClientHooks for Client {}
