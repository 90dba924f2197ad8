//! Configuration: [`ClientBuilder`] (where, who, how long, how much, which TLS roots) and
//! [`RetryPolicy`]; [`ClientBuilder::from_env`] reads the Atlas CLI and mongocli variables.

use std::time::Duration;

use super::pipeline::{Pipeline, Settings};
use super::transport::{CaCertificates, Proxy, Transport};
use super::{AccessToken, Client, Credentials, Error};

/// How answers of 429 (rate limited; the server did nothing) are retried. No other answer
/// is ever retried: where the server may have acted, retrying could create a second key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// How many times a request is sent at most while answered 429 (1 = no retry).
    pub max_attempts: u32,
    /// The most time spent waiting between those attempts, in total.
    pub max_total_wait: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts, 60 s of waiting at most.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            max_total_wait: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry `n` when the server sent no `Retry-After`: 1 s, 2 s, 4 s, ...
    pub(crate) fn backoff(&self, n: u32) -> Duration {
        Duration::from_secs(1u64 << n.saturating_sub(1).min(6))
    }
}

/// Atlas's Admin API v1.0.
pub const ATLAS_BASE_URL: &str = "https://cloud.mongodb.com/api/atlas/v1.0";

/// Cloud Manager's API: Ops Manager's operations (agent keys among them), hosted by MongoDB.
pub const CLOUD_MANAGER_BASE_URL: &str = "https://cloud.mongodb.com/api/public/v1.0";

/// Everything a user sets once. Start with [`Client::builder`], [`ClientBuilder::atlas`],
/// [`ClientBuilder::cloud_manager`], [`ClientBuilder::ops_manager`] or
/// [`ClientBuilder::from_env`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    credentials: Option<Credentials>,
    token_url: Option<String>,
    cached_token: Option<AccessToken>,
    /// How requests travel: TLS, proxy, timeouts (`transport.rs`).
    transport: Transport,
    envelope: bool,
    pretty: bool,
    retry: RetryPolicy,
    max_response_bytes: usize,
    allow_legacy_digest: bool,
    allow_insecure_http: bool,
}

/// The largest answer read by default: MongoDB's answers to these calls are under 2 KiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 1024 * 1024;

impl ClientBuilder {
    /// A builder for the API at `base_url`, e.g. `https://cloud.mongodb.com/api/atlas/v1.0`.
    ///
    /// One rule for every way of giving a URL (this, [`ClientBuilder::with_base_url`],
    /// `MONGODB_ATLAS_BASE_URL`): a bare host means `https://`, and a URL without a path gets
    /// Atlas's `/api/atlas/v1.0` ([`ClientBuilder::ops_manager`] adds `/api/public/v1.0`).
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    /// assert_eq!(ClientBuilder::new("http://127.0.0.1:8080").base_url(), "http://127.0.0.1:8080/api/atlas/v1.0");
    /// assert_eq!(ClientBuilder::new("cloud.mongodb.com").base_url(), "https://cloud.mongodb.com/api/atlas/v1.0");
    /// assert_eq!(ClientBuilder::new("http://h/api/public/v1.0/").base_url(), "http://h/api/public/v1.0");
    /// ```
    pub fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: with_default_path(base_url, ATLAS_PATH),
            credentials: None,
            token_url: None,
            cached_token: None,
            transport: Transport::default(),
            envelope: false,
            pretty: false,
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            allow_legacy_digest: false,
            allow_insecure_http: false,
        }
    }

    /// MongoDB Atlas.
    pub fn atlas() -> Self {
        ClientBuilder::new(ATLAS_BASE_URL)
    }

    /// MongoDB Cloud Manager, [`CLOUD_MANAGER_BASE_URL`]: Ops Manager's API hosted by MongoDB,
    /// where agent keys exist (Atlas has none).
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    /// assert_eq!(ClientBuilder::cloud_manager().base_url(), "https://cloud.mongodb.com/api/public/v1.0");
    /// ```
    pub fn cloud_manager() -> Self {
        ClientBuilder::new(CLOUD_MANAGER_BASE_URL)
    }

    /// An Ops Manager at `host:port` (HTTPS) or at a URL; `/api/public/v1.0` is added when
    /// the URL has no path.
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    /// assert_eq!(ClientBuilder::ops_manager("om.example.com:8443").base_url(), "https://om.example.com:8443/api/public/v1.0");
    /// assert_eq!(ClientBuilder::ops_manager("http://localhost:8080/").base_url(), "http://localhost:8080/api/public/v1.0");
    /// ```
    pub fn ops_manager(host_or_url: &str) -> Self {
        let mut builder = ClientBuilder::new(ATLAS_BASE_URL);
        builder.base_url = with_default_path(host_or_url, "/api/public/v1.0");
        builder
    }

    /// From the variables Atlas CLI and mongocli users already have:
    /// `MONGODB_ATLAS_PUBLIC_API_KEY` / `MONGODB_ATLAS_PRIVATE_API_KEY` (or `MCLI_PUBLIC_API_KEY`
    /// / `MCLI_PRIVATE_API_KEY`), `MONGODB_ATLAS_BASE_URL` (Atlas; `/api/atlas/v1.0` added when
    /// it has no path), `MONGODB_ATLAS_OPS_MANAGER_URL` or `MCLI_OPS_MANAGER_URL` (Ops Manager),
    /// `MCLI_OPS_MANAGER_CA_CERTIFICATE` (a PEM file) and `MCLI_OPS_MANAGER_SKIP_VERIFY`
    /// (`yes`/`true`). Without a URL variable, Atlas.
    pub fn from_env() -> Self {
        ClientBuilder::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    /// [`ClientBuilder::from_env`] with another source of variables.
    pub fn from_lookup(var: impl Fn(&str) -> Option<String>) -> Self {
        let first = |names: &[&str]| names.iter().find_map(|n| var(n));
        let mut builder =
            if let Some(url) = first(&["MONGODB_ATLAS_OPS_MANAGER_URL", "MCLI_OPS_MANAGER_URL"]) {
                ClientBuilder::ops_manager(&url)
            } else if let Some(url) = first(&["MONGODB_ATLAS_BASE_URL"]) {
                ClientBuilder::new(&url)
            } else {
                ClientBuilder::atlas()
            };
        // A service account wins over an access token, which wins over an API key: MongoDB
        // recommends service accounts, and a token is the more deliberate setting.
        let public = first(&["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"]);
        let private = first(&["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"]);
        let client_id = first(&["MONGODB_ATLAS_CLIENT_ID"]);
        let client_secret = first(&["MONGODB_ATLAS_CLIENT_SECRET"]);
        let token = first(&["MONGODB_ATLAS_ACCESS_TOKEN"]);
        if let (Some(id), Some(secret)) = (client_id, client_secret) {
            builder = builder.service_account(&id, &secret);
        } else if let Some(token) = token {
            builder = builder.access_token(&token);
        } else if let (Some(public), Some(private)) = (public, private) {
            builder = builder.credentials(&public, &private);
        }
        if let Some(path) = first(&[
            "MONGODB_ATLAS_OPS_MANAGER_CA_CERTIFICATE",
            "MCLI_OPS_MANAGER_CA_CERTIFICATE",
        ]) {
            builder = builder.ca_certificate_file(path);
        }
        if first(&[
            "MONGODB_ATLAS_OPS_MANAGER_SKIP_VERIFY",
            "MCLI_OPS_MANAGER_SKIP_VERIFY",
        ])
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "yes" | "true" | "1"))
        {
            builder = builder.danger_accept_invalid_certificates(true);
        }
        builder
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Replaces the base URL, keeping every other setting (the same rule as
    /// [`ClientBuilder::new`]).
    pub fn with_base_url(mut self, base_url: &str) -> Self {
        self.base_url = with_default_path(base_url, ATLAS_PATH);
        self
    }

    /// The API key to authenticate with (HTTP Digest).
    pub fn credentials(mut self, public_key: &str, private_key: &str) -> Self {
        self.credentials = Some(Credentials::new(public_key, private_key));
        self
    }

    /// The service account to authenticate with (OAuth 2.0 client credentials), which MongoDB
    /// recommends over API keys. Atlas and Cloud Manager only: Ops Manager has none.
    pub fn service_account(mut self, client_id: &str, client_secret: &str) -> Self {
        self.credentials = Some(Credentials::service_account(client_id, client_secret));
        self
    }

    /// An access token obtained elsewhere, sent with every call as it is (nothing renews it).
    pub fn access_token(mut self, token: &str) -> Self {
        self.credentials = Some(Credentials::access_token(token));
        self
    }

    /// Where a service account's tokens come from; default the base URL's origin followed by
    /// `/api/oauth/token` (`https://cloud.mongodb.com/api/oauth/token` for Atlas).
    pub fn token_url(mut self, url: &str) -> Self {
        self.token_url = Some(url.to_owned());
        self
    }

    /// The token URL a service account's client of this builder uses: the one given to
    /// [`ClientBuilder::token_url`], else the base URL's origin and `/api/oauth/token`.
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    /// assert_eq!(ClientBuilder::atlas().effective_token_url(), "https://cloud.mongodb.com/api/oauth/token");
    /// ```
    pub fn effective_token_url(&self) -> String {
        if let Some(url) = &self.token_url {
            return url.clone();
        }
        match reqwest::Url::parse(&self.base_url) {
            Ok(url) => format!("{}/api/oauth/token", &url[..url::Position::BeforePath]),
            Err(_) => format!("{}/api/oauth/token", self.base_url),
        }
    }

    /// A service account's token kept from earlier (`Client::access_token`), used until
    /// shortly before it expires instead of asking for a new one.
    pub fn cached_token(mut self, token: AccessToken) -> Self {
        self.cached_token = Some(token);
        self
    }

    /// Replaces the `User-Agent` (default `mongodb-api-keys/<version> (<os>; <arch>)`).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.transport.user_agent = user_agent.into();
        self
    }

    /// How long to wait for a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.transport.connect_timeout = timeout;
        self
    }

    /// How long a whole request may take (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.transport.timeout = timeout;
        self
    }

    /// Trusts the CA certificates in a PEM file too (an Ops Manager with its own CA). The file
    /// is read by [`ClientBuilder::build`], which reports a missing or malformed file.
    ///
    /// ```
    /// # use mongodb_api_keys::client::ClientBuilder;
    /// # use std::{path::Path, time::Duration};
    /// let error = ClientBuilder::ops_manager("om.example.com:8443")
    ///     .credentials("abcdefgh", "...")
    ///     .ca_certificate_file(Path::new("/nonexistent/company-ca.pem"))
    ///     .timeout(Duration::from_secs(30))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(error.to_string().contains("cannot read the CA certificate file /nonexistent/company-ca.pem"));
    /// ```
    pub fn ca_certificate_file(mut self, path: impl AsRef<std::path::Path>) -> Self {
        let path = path.as_ref().to_owned();
        self.transport
            .ca_certificates
            .push(CaCertificates::File(path));
        self
    }

    /// Trusts the CA certificates of this PEM text too; checked by [`ClientBuilder::build`].
    pub fn ca_certificate_pem(mut self, pem: impl AsRef<[u8]>) -> Self {
        self.transport
            .ca_certificates
            .push(CaCertificates::Pem(pem.as_ref().to_vec()));
        self
    }

    /// Accepts any server certificate. Only for a test Ops Manager: anyone on the path can
    /// read the keys you create.
    pub fn danger_accept_invalid_certificates(mut self, accept: bool) -> Self {
        self.transport.accept_invalid_certificates = accept;
        self
    }

    /// Sends every request through this proxy. Without it (and without
    /// [`ClientBuilder::no_proxy`]), `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and `NO_PROXY`
    /// are honoured. An error reaching the server names the proxy it went through.
    pub fn proxy(mut self, url: &str) -> Self {
        self.transport.proxy = Proxy::Url(url.to_owned());
        self
    }

    /// Connects directly, whatever `HTTPS_PROXY` and friends say (a local emulator behind a
    /// corporate proxy setting, say).
    pub fn no_proxy(mut self) -> Self {
        self.transport.proxy = Proxy::Direct;
        self
    }

    /// Sends requests with this `reqwest::Client` instead of one built from the settings
    /// above: its own timeouts, TLS, proxies and pool apply, and `user_agent`,
    /// `connect_timeout`, `timeout`, the CA certificates, `proxy` and
    /// `danger_accept_invalid_certificates` are ignored. Configure it not to follow
    /// redirects (`reqwest::redirect::Policy::none()`), as this crate does: a create sent
    /// again to another address could make a second key.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.transport.http_client = Some(client);
        self
    }

    /// The credentials to authenticate with (what [`ClientBuilder::credentials`] makes).
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Adds `envelope=true` to every call; the client unwraps the answer, so callers see no
    /// difference but the server's.
    pub fn envelope(mut self, on: bool) -> Self {
        self.envelope = on;
        self
    }

    /// Adds `pretty=true` to every call.
    pub fn pretty(mut self, on: bool) -> Self {
        self.pretty = on;
        self
    }

    /// How 429 answers are retried.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The largest answer the client reads (default 1 MiB). A larger or endless body is
    /// `Error::InvalidResponse` naming the limit; no more than the limit is ever buffered.
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Accepts digest challenges without `qop` (RFC 2069), or with only `qop` values this
    /// client cannot honour, and signs without `qop`. Off by default: such a challenge from
    /// a server that should offer `qop="auth"` (as Atlas and Ops Manager do) is a downgrade
    /// that weakens the signature (no client nonce, no nonce count), so the call is refused
    /// before anything is signed. MD5 stays accepted either way: it is all Atlas offers.
    pub fn allow_legacy_digest(mut self, allow: bool) -> Self {
        self.allow_legacy_digest = allow;
        self
    }

    /// Lets a service account's secret and bearer tokens (or an access token) go over plain
    /// `http://` to a host that is not this machine. Off by default: anyone on the path could
    /// read them and act as the service account. `http://` to a loopback address
    /// (`127.0.0.1`, `::1`, `localhost`), such as a local emulator, needs no permission.
    ///
    /// ```
    /// use mongodb_api_keys::client::ClientBuilder;
    ///
    /// let refused = ClientBuilder::new("http://atlas-proxy.internal:8080")
    ///     .service_account("mdb_sa_id_0123456789abcdef01234567", "mdb_sa_sk_...")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(refused.to_string().contains("allow_insecure_http"));
    /// let allowed = ClientBuilder::new("http://atlas-proxy.internal:8080")
    ///     .service_account("mdb_sa_id_0123456789abcdef01234567", "mdb_sa_sk_...")
    ///     .allow_insecure_http(true)
    ///     .build();
    /// assert!(allowed.is_ok());
    /// ```
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }

    /// The client. Reports what the setters deferred: a CA file that cannot be read or
    /// holds no certificate, a malformed proxy URL, a base URL that is not http(s), a
    /// bearer secret that would go over plain http ([`ClientBuilder::allow_insecure_http`]).
    /// API keys over plain http to another host are allowed (Ops Manager is often served
    /// that way inside a network) with a `tracing` warning: digest never sends the private
    /// key, but the keys it creates come back in clear ([`Client::cleartext_remote`]).
    pub fn build(self) -> Result<Client, Error> {
        let url = reqwest::Url::parse(&self.base_url).map_err(|e| {
            Error::Config(format!(
                "base URL {:?} is not a URL ({e}); expected e.g. {ATLAS_BASE_URL}",
                self.base_url
            ))
        })?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(Error::Config(format!(
                "base URL {:?} must be http:// or https:// with a host, e.g. {ATLAS_BASE_URL}",
                self.base_url
            )));
        }
        let (http, proxy) = self.transport.http_client(&url)?;
        // The settings without who: for clients of other credentials (`Client::as_service_account`).
        let settings = ClientBuilder {
            credentials: None,
            cached_token: None,
            ..self.clone()
        };
        let token_url = self.effective_token_url();
        let credentials = self.credentials.clone().ok_or_else(|| {
            Error::Config(
                "no credentials: set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY \
                 (or MCLI_PUBLIC_API_KEY and MCLI_PRIVATE_API_KEY), or call .credentials()"
                    .into(),
            )
        })?;
        let token_url = match &credentials {
            Credentials::ApiKey { .. } => token_url,
            _ => self.bearer_over_https(&url, token_url)?,
        };
        if matches!(credentials, Credentials::ApiKey { .. }) && cleartext_remote(&url) {
            tracing::warn!(
                base_url = %url,
                "plain http to a host that is not this machine: the API keys created come back \
                 in clear; use https"
            );
        }
        if let Credentials::AccessToken(token) = &credentials
            && !super::credentials::usable_token(super::credentials::expose(token))
        {
            return Err(Error::Config(
                "the access token is empty or holds characters an HTTP header cannot carry \
                 (spaces, control characters, non-ASCII); expected the token as the token \
                 endpoint gave it"
                    .into(),
            ));
        }
        let pipeline = Pipeline::new(
            http,
            Settings {
                credentials,
                envelope: self.envelope,
                pretty: self.pretty,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                allow_legacy_digest: self.allow_legacy_digest,
                proxy,
                token_url,
                cached_token: self.cached_token,
            },
        );
        Ok(Client::new(url, pipeline, settings))
    }
}

impl ClientBuilder {
    /// `token_url`, when neither it nor the base URL would carry a bearer secret over plain
    /// http to another host (unless allowed).
    fn bearer_over_https(&self, base: &reqwest::Url, token_url: String) -> Result<String, Error> {
        if self.allow_insecure_http {
            return Ok(token_url);
        }
        let token = reqwest::Url::parse(&token_url).map_err(|e| {
            Error::Config(format!(
                "token URL {token_url:?} is not a URL ({e}); expected e.g. \
                 https://cloud.mongodb.com/api/oauth/token"
            ))
        })?;
        for (url, what) in [
            (base, "bearer tokens (the base URL)"),
            (&token, "the client secret (the token URL)"),
        ] {
            if cleartext_remote(url) {
                return Err(Error::Config(format!(
                    "refusing to send {what} over plain http to {}, which is not this machine: \
                     anyone on the path could read it. Use https, or allow it with \
                     ClientBuilder::allow_insecure_http(true) (the CLI's \
                     --allow-insecure-http)",
                    url.host_str().unwrap_or_default()
                )));
            }
        }
        Ok(token_url)
    }
}

/// Whether `url` is plain http to a host that is not a loopback address.
pub(crate) fn cleartext_remote(url: &reqwest::Url) -> bool {
    url.scheme() == "http" && !is_loopback(url)
}

/// `127.0.0.0/8`, `::1` (also as `::ffff:127.0.0.1`), `localhost` and `*.localhost`
/// (RFC 6761: always this machine).
fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        None => false,
    }
}

/// Atlas's API path, added to a base URL given without one.
const ATLAS_PATH: &str = "/api/atlas/v1.0";

fn with_default_path(host_or_url: &str, path: &str) -> String {
    let url = if host_or_url.contains("://") {
        host_or_url.to_owned()
    } else {
        format!("https://{host_or_url}")
    };
    match reqwest::Url::parse(&url) {
        Ok(parsed) if parsed.path() == "/" || parsed.path().is_empty() => {
            format!("{}{path}", url.trim_end_matches('/'))
        }
        _ => url.trim_end_matches('/').to_owned(),
    }
}
