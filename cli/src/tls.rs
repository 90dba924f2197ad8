//! Where TLS trust comes from, so that a command starts as fast as curl whatever the
//! environment.
//!
//! The client's TLS is the platform's (OpenSSL on Linux, through native-tls), and reqwest
//! builds its TLS context when the client is built, even for an `http://` URL. Building it
//! loads the CA bundle twice: openssl's `SslConnector` reads the file OpenSSL's defaults name
//! (`SSL_CERT_FILE`, or the system bundle), then native-tls reads the file `openssl-probe`
//! finds (the same one). OpenSSL 3 decodes certificates slowly: with `SSL_CERT_FILE` set
//! (CI images, Nix shells, corporate machines set it) that made one `org-key create` over
//! http 6.2 times as slow as `curl --digest`.
//!
//! So, before anything else runs, the command line decides what OpenSSL loads itself: nothing
//! (`SSL_CERT_FILE=/dev/null`), and:
//! - a command whose URLs are all `http://` (and no proxy is reached over https) needs no
//!   trust at all: nothing more is loaded;
//! - otherwise, with a hashed certificate directory (the `c_rehash` links Debian, Ubuntu,
//!   Alpine and SUSE keep next to the bundle) and no `SSL_CERT_FILE` of the user's, OpenSSL
//!   finds trusted certificates there one at a time (`SSL_CERT_DIR`), loading only the
//!   issuers a handshake needs;
//! - otherwise the bundle (the user's `SSL_CERT_FILE`, or the system's) is read once, by the
//!   client, as extra CA certificates ([`Trust::bundle`]), as curl reads it once.
//!
//! The trust is the same in every case: the directory is made from the same certificates as
//! the bundle, and a directory the user names in `SSL_CERT_DIR` is kept. `--ca-cert` still adds
//! its certificates. macOS and Windows use their own stores: nothing changes there.

use std::path::PathBuf;

/// What the client must load itself.
#[derive(Debug, Default)]
pub(crate) struct Trust {
    /// A CA bundle to read once, as extra CA certificates.
    pub(crate) bundle: Option<PathBuf>,
}

/// Directories where distributions keep hashed links to the system's CA certificates.
#[cfg(all(unix, not(target_os = "macos")))]
const HASHED_DIRS: &[&str] = &["/etc/ssl/certs", "/etc/pki/tls/certs"];

/// Sets what OpenSSL loads for a command whose URLs are all plain http (`plain_http_only`) or
/// not; see the module documentation. Call before any other thread starts: it sets
/// environment variables.
pub(crate) fn configure(plain_http_only: bool) -> Trust {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        // A file that is not there is ignored, as OpenSSL ignores it.
        let user_file = set("SSL_CERT_FILE")
            .map(PathBuf::from)
            .filter(|p| p.is_file());
        let user_dir = set("SSL_CERT_DIR");
        let trust = if plain_http_only && !proxy_over_https() {
            Trust::default()
        } else if let Some(file) = user_file {
            Trust { bundle: Some(file) }
        } else if let Some(dir) = HASHED_DIRS
            .iter()
            .find(|dir| user_dir.is_none() && is_hashed(dir))
        {
            // SAFETY: as below, before any other thread exists.
            unsafe { std::env::set_var("SSL_CERT_DIR", dir) };
            Trust::default()
        } else {
            Trust {
                bundle: openssl_probe::probe().cert_file,
            }
        };
        // SAFETY: called first thing in `main` after parsing the arguments, before the
        // runtime or anything else starts a thread, so no other thread can read the
        // environment concurrently.
        unsafe { std::env::set_var("SSL_CERT_FILE", "/dev/null") };
        trust
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = plain_http_only;
        Trust::default()
    }
}

/// Whether a proxy variable names an https proxy: reaching it needs trust even for an
/// http URL.
#[cfg(all(unix, not(target_os = "macos")))]
fn proxy_over_https() -> bool {
    [
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ]
    .iter()
    .filter_map(std::env::var_os)
    .any(|v| {
        v.to_string_lossy()
            .trim()
            .to_ascii_lowercase()
            .starts_with("https://")
    })
}

/// Whether `dir` holds OpenSSL's hashed links (`5ad8a5d6.0`, ...).
#[cfg(all(unix, not(target_os = "macos")))]
fn is_hashed(dir: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let (hash, n) = name.split_once('.').unwrap_or(("", ""));
        hash.len() == 8
            && hash.bytes().all(|b| b.is_ascii_hexdigit())
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
    })
}
