//! Where TLS trust comes from, so that a command starts as fast as curl.
//!
//! The client's TLS is the platform's (OpenSSL on Linux, through native-tls). Building an
//! OpenSSL context loads the system's CA bundle: openssl's `SslConnector` and native-tls each
//! read the whole PEM file (about 140 certificates), and OpenSSL 3 decodes certificates slowly
//! enough that this took 36 of the 40 ms of `org-key create` against a local emulator,
//! even for an `http://` URL (counted with callgrind: 490 of 507 million instructions).
//!
//! OpenSSL can also find trusted certificates one at a time in a hashed directory (the
//! `c_rehash` links that Debian, Ubuntu, Alpine and SUSE keep next to the bundle), loading
//! only the issuers a handshake needs. Before anything else runs, the command line points
//! OpenSSL there (`SSL_CERT_DIR`) and gives it an empty bundle (`SSL_CERT_FILE=/dev/null`),
//! when: the user has set neither variable, and such a directory exists. Elsewhere (no hashed
//! directory, macOS, Windows) nothing changes. The trust is the same: the directory is made
//! from the same certificates as the bundle. `--ca-cert` still adds its certificates.

/// Directories where distributions keep hashed links to the system's CA certificates.
#[cfg(all(unix, not(target_os = "macos")))]
const HASHED_DIRS: &[&str] = &["/etc/ssl/certs", "/etc/pki/tls/certs"];

/// Points OpenSSL at a hashed certificate directory instead of the bundle; see the module
/// documentation. Call before any other thread starts: it sets environment variables.
pub(crate) fn prefer_lazy_system_roots() {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        if std::env::var_os("SSL_CERT_FILE").is_some() || std::env::var_os("SSL_CERT_DIR").is_some()
        {
            return;
        }
        let Some(dir) = HASHED_DIRS.iter().find(|dir| is_hashed(dir)) else {
            return;
        };
        // SAFETY: called first thing in `main`, before the runtime or anything else starts
        // a thread, so no other thread can read the environment concurrently.
        unsafe {
            std::env::set_var("SSL_CERT_FILE", "/dev/null");
            std::env::set_var("SSL_CERT_DIR", dir);
        }
    }
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
