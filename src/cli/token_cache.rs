//! A service account's access token kept between runs, so that a script running the CLI a
//! hundred times an hour makes one token request, not a hundred (the token endpoint allows 10
//! a minute per client and address).
//!
//! One file per client ID and token URL in the user's cache directory
//! (`$XDG_CACHE_HOME/mongodb-api-keys/tokens/`, else `~/.cache/...`), created with mode 0600
//! in a 0700 directory, holding the token and its expiry, never the secret. A file that does
//! not parse, names another client or URL, has expired, or can be read by others is ignored,
//! never trusted.

use std::io::Write as _;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mongodb_api_keys::Secret;
use mongodb_api_keys::client::{AccessToken, Client};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// Where one client's token is kept.
pub(crate) struct TokenCache {
    path: PathBuf,
    client_id: String,
    token_url: String,
    loaded: Option<AccessToken>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CachedToken {
    client_id: String,
    token_url: String,
    access_token: String,
    /// Seconds since the Unix epoch.
    expires_at: u64,
}

impl TokenCache {
    /// The cache of `client_id`'s tokens from `token_url`; `None` without a cache directory.
    pub(crate) fn new(client_id: &str, token_url: &str) -> Option<Self> {
        let base = std::env::var_os("XDG_CACHE_HOME")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
        let name = Sha256::digest(format!("{client_id}\n{token_url}").as_bytes());
        let name: String = name[..16].iter().map(|b| format!("{b:02x}")).collect();
        Some(TokenCache {
            path: base
                .join("mongodb-api-keys/tokens")
                .join(format!("{name}.json")),
            client_id: client_id.to_owned(),
            token_url: token_url.to_owned(),
            loaded: None,
        })
    }

    /// The token kept for this client, if a trustworthy one is there.
    pub(crate) fn load(&mut self) -> Option<AccessToken> {
        if !private(&self.path) {
            return None;
        }
        let text = std::fs::read(&self.path).ok()?;
        let cached: CachedToken = serde_json::from_slice(&text).ok()?;
        if cached.client_id != self.client_id || cached.token_url != self.token_url {
            return None;
        }
        let expires_at = UNIX_EPOCH + Duration::from_secs(cached.expires_at);
        if expires_at <= SystemTime::now() {
            return None;
        }
        let token = AccessToken {
            token: Secret::from(cached.access_token),
            expires_at,
        };
        self.loaded = Some(token.clone());
        Some(token)
    }

    /// Keeps the client's token if it is not the one loaded. Failing to write is not an error
    /// of the command: the next run asks for a token again.
    pub(crate) fn save(&self, client: &Client) {
        let Some(token) = client.access_token() else {
            return;
        };
        if self.loaded.as_ref() == Some(&token) {
            return;
        }
        if let Err(e) = self.write(&token) {
            tracing::debug!(path = %self.path.display(), "cannot keep the access token: {e}");
        }
    }

    fn write(&self, token: &AccessToken) -> std::io::Result<()> {
        let cached = CachedToken {
            client_id: self.client_id.clone(),
            token_url: self.token_url.clone(),
            access_token: token.token.expose_secret().to_owned(),
            expires_at: token
                .expires_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
        };
        let dir = self.path.parent().unwrap_or(&self.path);
        create_private_dir(dir)?;
        let temporary = self
            .path
            .with_extension(format!("{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&temporary);
        let mut file = create_private_file(&temporary)?;
        file.write_all(&serde_json::to_vec(&cached)?)?;
        file.sync_all()?;
        std::fs::rename(&temporary, &self.path)
    }
}

#[cfg(unix)]
fn private(path: &std::path::Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.mode() & 0o077 == 0)
}

#[cfg(not(unix))]
fn private(path: &std::path::Path) -> bool {
    path.is_file()
}

#[cfg(unix)]
fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn create_private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private_file(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    std::fs::File::create(path)
}
