//! The client every command uses: its settings resolved once by
//! `ClientBuilder::from_lookup`, the command line taking precedence over the environment, and
//! a service account's token kept between runs.

use std::io::IsTerminal as _;
use std::time::Duration;

use std::cell::Cell;

use mongodb_api_keys::client::{self, Client, ClientBuilder};
use mongodb_api_keys::generated::types;

use super::global::{Global, Output};
use super::output::{json, print, print_raw};
use super::token_cache::TokenCache;
use super::{CliError, Exit};

/// Where `--org-id` and `--project-id` default from, as in the Atlas CLI and mongocli.
pub(crate) const ORG_ID_ENV: &[&str] = &["MONGODB_ATLAS_ORG_ID", "MCLI_ORG_ID"];
pub(crate) const PROJECT_ID_ENV: &[&str] = &["MONGODB_ATLAS_PROJECT_ID", "MCLI_PROJECT_ID"];

/// Table on a terminal, JSON when piped, unless `--output` says.
pub(crate) fn output(g: &Global) -> Output {
    g.output.unwrap_or(if std::io::stdout().is_terminal() {
        Output::Table
    } else {
        Output::Json
    })
}

/// The client the global options and the environment describe, and where its service
/// account's token is kept between runs.
pub(crate) struct CliClient {
    pub(crate) api: Client,
    /// How `api` was built, for a client of other credentials with the same settings.
    builder: ClientBuilder,
    cache: Option<TokenCache>,
    /// Whether the API version's deprecation was told already (once a run).
    told: Cell<bool>,
    /// Whether this run deleted or replaced a secret of the service account it signs in as:
    /// its token is then not kept.
    stale: Cell<bool>,
}

impl CliClient {
    /// The variables are read by `ClientBuilder::from_lookup`, with the command line's values
    /// standing in for them.
    pub(crate) fn new(g: &Global) -> Result<Self, CliError> {
        let private_key = read_secret(g.private_key_file.as_deref(), "private key")?;
        let client_secret = read_secret(g.client_secret_file.as_deref(), "client secret")?;
        let overrides = Overrides {
            private_key: private_key.as_deref(),
            client_secret: client_secret.as_deref(),
            ..Overrides::of(g)
        };
        let lookup = |name: &str| overrides.lookup(name);
        let has = |names: &[&str]| names.iter().any(|n| lookup(n).is_some());
        let service_account =
            has(&["MONGODB_ATLAS_CLIENT_ID"]) && has(&["MONGODB_ATLAS_CLIENT_SECRET"]);
        if !service_account && !has(&["MONGODB_ATLAS_ACCESS_TOKEN"]) {
            require_api_key(&has)?;
        }
        let mut builder = ClientBuilder::from_lookup(lookup)
            .envelope(g.envelope)
            .pretty(g.pretty)
            .allow_insecure_http(g.allow_insecure_http)
            .timeout(Duration::from_secs(g.timeout));
        if let Some(bundle) = &g.trust_bundle {
            builder = builder.ca_certificate_file(bundle);
        }
        let mut cache = None;
        if service_account && !g.no_token_cache {
            if let Some(client_id) = lookup("MONGODB_ATLAS_CLIENT_ID") {
                cache = TokenCache::new(&client_id, &builder.effective_token_url());
            }
            if let Some(token) = cache.as_mut().and_then(TokenCache::load) {
                builder = builder.cached_token(token);
            }
        }
        let api = builder.clone().build()?;
        if api.cleartext_remote() {
            eprintln!(
                "warning: {} is plain http to a host that is not this machine: the keys you \
                 create come back in clear (their secrets included); use https",
                client::printable(api.base_url())
            );
        }
        Ok(CliClient {
            api,
            builder,
            cache,
            told: Cell::new(false),
            stale: Cell::new(false),
        })
    }

    /// Keeps the service account's token for the next run, whatever the call's outcome (the
    /// token is good either way), and passes the outcome on.
    pub(crate) fn finish<T>(&self, outcome: Result<T, client::Error>) -> Result<T, CliError> {
        if let Some(cache) = &self.cache
            && !self.stale.get()
        {
            cache.save(&self.api);
        }
        if let Some(notice) = self.api.deprecation()
            && !self.told.replace(true)
        {
            eprintln!("warning: {notice}");
        }
        Ok(outcome?)
    }

    /// Drops the tokens this CLI keeps for the service account `client_id` (one of its
    /// secrets was deleted or replaced: MongoDB revokes the tokens a deleted secret obtained),
    /// and keeps none of this run's for it.
    pub(crate) fn forget_tokens_of(&self, client_id: &str) {
        let token_url = self.builder.effective_token_url();
        TokenCache::forget(client_id, &token_url);
        if self.cache.as_ref().is_some_and(|c| c.is_for(client_id)) {
            self.stale.set(true);
        }
    }

    /// A client with the same settings (where, TLS, timeouts) and another API key: to prove
    /// a key works.
    pub(crate) fn as_key(&self, public_key: &str, private_key: &str) -> Result<Client, CliError> {
        Ok(self
            .builder
            .clone()
            .credentials(public_key, private_key)
            .build()?)
    }

    /// Prints a created key. A key created without its access list is printed too (its
    /// secret is shown only this once) before the error goes to stderr with exit code 7.
    pub(crate) fn print_key(
        &self,
        g: &Global,
        created: Result<types::ApiKey, client::Error>,
    ) -> Result<(), CliError> {
        if let Err(client::Error::AccessListNotApplied { key, .. }) = &created {
            print(&json(&**key), output(g), g.pretty)?;
        }
        self.print_created(g, created)
    }

    /// Prints a created credential, whatever shape it came in: a success that did not
    /// match the contract (`Error::UnexpectedSuccess`) is printed as the server sent it,
    /// secret included, before the error goes to stderr with exit code 9.
    pub(crate) fn print_created<T: serde::Serialize>(
        &self,
        g: &Global,
        created: Result<T, client::Error>,
    ) -> Result<(), CliError> {
        if let Err(client::Error::UnexpectedSuccess { body, .. }) = &created {
            print_raw(body.expose_secret(), output(g), g.pretty)?;
        }
        let value = self.finish(created)?;
        print(&json(&value), output(g), g.pretty)
    }
}

/// An API key's public and private halves, or a usage error naming both ways to authenticate.
fn require_api_key(has: &dyn Fn(&[&str]) -> bool) -> Result<(), CliError> {
    for (what, names, flag) in [
        ("public key", PUBLIC_KEY_ENV, "--public-key"),
        ("private key", PRIVATE_KEY_ENV, "--private-key-file"),
    ] {
        if !has(names) {
            return Err(CliError::new(
                Exit::Usage,
                format!(
                    "no {what}: set {} or pass {flag}; or use a service account \
                     (MONGODB_ATLAS_CLIENT_ID and MONGODB_ATLAS_CLIENT_SECRET, or --client-id \
                     and --client-secret-file)",
                    names.join(" (or ") + ")"
                ),
            ));
        }
    }
    Ok(())
}

/// The trimmed contents of a file holding a secret, if a path was given.
fn read_secret(path: Option<&str>, what: &str) -> Result<Option<String>, CliError> {
    let Some(path) = path else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(path).map_err(|e| {
        CliError::new(
            Exit::Usage,
            format!("cannot read the {what} file {path}: {e}"),
        )
    })?;
    Ok(Some(text.trim().to_owned()))
}

const PUBLIC_KEY_ENV: &[&str] = &["MONGODB_ATLAS_PUBLIC_API_KEY", "MCLI_PUBLIC_API_KEY"];
const PRIVATE_KEY_ENV: &[&str] = &["MONGODB_ATLAS_PRIVATE_API_KEY", "MCLI_PRIVATE_API_KEY"];

/// Command-line values, in the place of the variables they replace.
struct Overrides<'a> {
    base_url: Option<&'a str>,
    ops_manager_url: Option<&'a str>,
    public_key: Option<&'a str>,
    private_key: Option<&'a str>,
    client_id: Option<&'a str>,
    client_secret: Option<&'a str>,
    ca_cert: Option<&'a str>,
}

impl<'a> Overrides<'a> {
    /// The values of the command line's flags (the secrets are read from their files later).
    fn of(g: &'a Global) -> Self {
        Overrides {
            base_url: g
                .base_url
                .as_deref()
                .or(g.cloud_manager.then_some(client::CLOUD_MANAGER_BASE_URL)),
            ops_manager_url: g.ops_manager_url.as_deref(),
            public_key: g.public_key.as_deref(),
            private_key: None,
            client_id: g.client_id.as_deref(),
            client_secret: None,
            ca_cert: g.ca_cert.as_deref(),
        }
    }

    fn lookup(&self, name: &str) -> Option<String> {
        let flag = match name {
            // A URL on the command line hides both URL variables.
            "MONGODB_ATLAS_BASE_URL" if self.ops_manager_url.is_some() => return None,
            "MONGODB_ATLAS_OPS_MANAGER_URL" | "MCLI_OPS_MANAGER_URL" if self.base_url.is_some() => {
                return None;
            }
            "MONGODB_ATLAS_BASE_URL" => self.base_url,
            "MONGODB_ATLAS_OPS_MANAGER_URL" => self.ops_manager_url,
            "MONGODB_ATLAS_PUBLIC_API_KEY" => self.public_key,
            "MONGODB_ATLAS_PRIVATE_API_KEY" => self.private_key,
            "MONGODB_ATLAS_CLIENT_ID" => self.client_id,
            "MONGODB_ATLAS_CLIENT_SECRET" => self.client_secret,
            "MONGODB_ATLAS_OPS_MANAGER_CA_CERTIFICATE" => self.ca_cert,
            _ => None,
        };
        flag.map(str::to_owned).or_else(|| env(name))
    }
}

/// Whether every URL a key command would call is plain `http://` (the base URL, and the token
/// URL, which is on the same origin): then the process needs no TLS trust at all.
pub(crate) fn plain_http_only(g: &Global) -> bool {
    let overrides = Overrides::of(g);
    let builder = ClientBuilder::from_lookup(|name| overrides.lookup(name));
    [builder.base_url().to_owned(), builder.effective_token_url()]
        .iter()
        .all(|url| url.to_ascii_lowercase().starts_with("http://"))
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

pub(crate) fn id_or_env(
    id: Option<String>,
    flag: &str,
    names: &[&str],
) -> Result<String, CliError> {
    id.or_else(|| names.iter().find_map(|n| env(n)))
        .ok_or_else(|| {
            CliError::new(
                Exit::Usage,
                format!("{flag} is required (or set {})", names.join(" or ")),
            )
        })
}
