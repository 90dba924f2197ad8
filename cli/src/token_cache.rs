//! A service account's access token kept between runs, so that a script running the CLI a
//! hundred times an hour makes one token request, not a hundred (the token endpoint allows 10
//! a minute per client and address).
//!
//! One file per client ID and token URL in the user's cache directory
//! (`$XDG_CACHE_HOME/mongodb-api-keys/tokens/` when that is an absolute path, else
//! `~/.cache/...`), created with mode 0600 in a 0700 directory, holding the token and its
//! expiry, never the secret.
//!
//! A file is ignored, never trusted, when it does not parse, is over 64 KiB, names another
//! client or URL, or has expired; when it is a symbolic link, belongs to another user or can
//! be read by others; or when it lies in a directory of this cache that another user owns or
//! may use. Writing tightens this cache's own directories to 0700 and writes nothing into one
//! that another user owns.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mongodb_api_keys::Secret;
use mongodb_api_keys::client::{AccessToken, Client};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// The largest cache file read.
const MAX_FILE_BYTES: u64 = 64 * 1024;

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
        // A relative XDG_CACHE_HOME is ignored, as the XDG specification says.
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|d| d.is_absolute())
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(PathBuf::from)
                    .filter(|h| h.is_absolute())
                    .map(|h| h.join(".cache"))
            })?;
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

    /// Drops the token kept for `client_id` from `token_url`, if any: one of its secrets was
    /// deleted or replaced by this CLI, and the token may be revoked with it.
    pub(crate) fn forget(client_id: &str, token_url: &str) {
        if let Some(cache) = TokenCache::new(client_id, token_url)
            && let Err(e) = std::fs::remove_file(&cache.path)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::debug!(path = %cache.path.display(), "cannot drop the access token: {e}");
        }
    }

    /// Whether this is the cache of `client_id`'s tokens.
    pub(crate) fn is_for(&self, client_id: &str) -> bool {
        self.client_id == client_id
    }

    /// The directories of this cache, outermost first (`mongodb-api-keys`, `tokens`).
    fn dirs(&self) -> [&Path; 2] {
        let tokens = self.path.parent().unwrap_or(&self.path);
        [tokens.parent().unwrap_or(tokens), tokens]
    }

    /// The token kept for this client, if a trustworthy one is there.
    pub(crate) fn load(&mut self) -> Option<AccessToken> {
        let [app, tokens] = self.dirs();
        if !private(app, Kind::Dir)
            || !private(tokens, Kind::Dir)
            || !private(&self.path, Kind::File)
        {
            return None;
        }
        // A token file is a few hundred bytes; a larger one is not ours.
        let mut text = Vec::new();
        std::fs::File::open(&self.path)
            .ok()?
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut text)
            .ok()?;
        if text.len() as u64 > MAX_FILE_BYTES {
            return None;
        }
        let cached: CachedToken = serde_json::from_slice(&text).ok()?;
        if cached.client_id != self.client_id || cached.token_url != self.token_url {
            return None;
        }
        let expires_at = UNIX_EPOCH.checked_add(Duration::from_secs(cached.expires_at))?;
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
        let [app, tokens] = self.dirs();
        create_private_dir(tokens)?;
        for dir in [app, tokens] {
            tighten(dir);
            if !private(dir, Kind::Dir) {
                return Err(std::io::Error::other(format!(
                    "{} belongs to another user or others may use it",
                    dir.display()
                )));
            }
        }
        let temporary = self
            .path
            .with_extension(format!("{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&temporary);
        let written = create_private_file(&temporary).and_then(|mut file| {
            file.write_all(&serde_json::to_vec(&cached)?)?;
            file.sync_all()?;
            std::fs::rename(&temporary, &self.path)
        });
        if written.is_err() {
            // Never leave a copy of the token behind.
            let _ = std::fs::remove_file(&temporary);
        }
        written
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
}

/// Whether `path` is a `kind` (not a symbolic link) that only the user running the CLI owns
/// and may use.
#[cfg(unix)]
fn private(path: &Path, kind: Kind) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    let is_kind = match kind {
        Kind::File => meta.file_type().is_file(),
        Kind::Dir => meta.file_type().is_dir(),
    };
    is_kind && owned_privately(meta.uid(), meta.mode(), current_user())
}

/// Owned by `user`, and no permission for the group or others.
fn owned_privately(owner: u32, mode: u32, user: u32) -> bool {
    owner == user && mode & 0o077 == 0
}

#[cfg(unix)]
fn current_user() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail (POSIX).
    unsafe { libc::geteuid() }
}

/// Makes a directory of this cache that the user owns 0700 (it may have been created
/// wider, by hand or by an older version).
#[cfg(unix)]
fn tighten(dir: &Path) {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    if let Ok(meta) = std::fs::symlink_metadata(dir)
        && meta.is_dir()
        && meta.uid() == current_user()
        && meta.mode() & 0o077 != 0
    {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
    }
}

#[cfg(not(unix))]
fn private(path: &Path, kind: Kind) -> bool {
    match kind {
        Kind::File => path.is_file(),
        Kind::Dir => path.is_dir(),
    }
}

#[cfg(not(unix))]
fn tighten(_dir: &Path) {}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt as _;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::create(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_the_user_owns_and_keeps_private_are_trusted() {
        assert!(owned_privately(1000, 0o100600, 1000));
        assert!(owned_privately(1000, 0o40700, 1000));
        assert!(
            !owned_privately(65534, 0o100600, 1000),
            "another user's file"
        );
        assert!(
            !owned_privately(65534, 0o100600, 0),
            "another user's file, even for root"
        );
        assert!(
            !owned_privately(1000, 0o100640, 1000),
            "the group may read it"
        );
        assert!(
            !owned_privately(1000, 0o40707, 1000),
            "others may write in it"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_not_a_private_file() {
        let dir = std::env::temp_dir().join(format!("token-cache-link-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        create_private_dir(&dir).unwrap();
        let file = dir.join("real.json");
        create_private_file(&file).unwrap();
        std::os::unix::fs::symlink(&file, dir.join("link.json")).unwrap();
        assert!(private(&file, Kind::File));
        assert!(private(&dir, Kind::Dir));
        assert!(!private(&dir.join("link.json"), Kind::File));
        assert!(!private(&file, Kind::Dir));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
