//! HTTP Digest authentication (RFC 7616, with RFC 2617 and RFC 2069), shared by the client
//! and the emulator. No network code: challenges and credentials in and out as header
//! values, hashes computed with the `md-5` and `sha2` crates.
//!
//! Supported: MD5, MD5-sess, SHA-256, SHA-256-sess, SHA-512-256, SHA-512-256-sess; qop
//! `auth`, `auth-int` and none (RFC 2069); `opaque`, `userhash`, `charset=UTF-8` and
//! `username*` for non-ASCII user names.
//!
//! ```
//! use mongodb_api_keys::digest::{Authorization, Challenge, Request};
//!
//! // The server challenges, the client signs, the server verifies.
//! let challenge = Challenge::atlas("669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", false);
//! let header = challenge.to_string();
//! assert_eq!(
//!     header,
//!     r#"Digest realm="MMS Public API", domain="", nonce="669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", algorithm=MD5, qop="auth", stale=false"#
//! );
//! let request = Request { method: "POST", uri: "/api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys", body: b"{}" };
//! let signed = Challenge::parse(&header)?.sign("kzurbumc", "the-private-key", &request, 1, "0a4f113b");
//! let received = Authorization::parse(&signed.to_string())?;
//! assert!(received.verify("the-private-key", &request));
//! assert!(!received.verify("a-wrong-key", &request));
//! # Ok::<(), mongodb_api_keys::digest::DigestError>(())
//! ```

mod authorization;
mod challenge;
mod prefix;
mod syntax;

use std::fmt;
use std::str::FromStr;

pub use authorization::{Authorization, user_hash};
pub use challenge::{Challenge, Signer};

/// What went wrong reading a `WWW-Authenticate` or `Authorization` header.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DigestError {
    /// The header is not a list of auth-params as RFC 7235 writes them.
    #[error("malformed digest header: {0}")]
    Malformed(String),
    /// A directive the scheme requires is absent.
    #[error("the digest header has no `{0}` directive")]
    Missing(&'static str),
    /// The header offers no Digest challenge with an algorithm and qop this crate supports.
    #[error(
        "no supported Digest challenge (supported: MD5, SHA-256 and SHA-512-256, each also \
         -sess; qop auth or auth-int)"
    )]
    Unsupported,
}

/// A digest hash algorithm, with its session (`-sess`) variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Algorithm {
    /// `MD5`, what Atlas and Ops Manager challenge with.
    Md5,
    /// `MD5-sess`.
    Md5Sess,
    /// `SHA-256`.
    Sha256,
    /// `SHA-256-sess`.
    Sha256Sess,
    /// `SHA-512-256`: SHA-512/256 (FIPS 180-4), not SHA-512 truncated.
    Sha512_256,
    /// `SHA-512-256-sess`.
    Sha512_256Sess,
}

impl Algorithm {
    /// Every algorithm, weakest first.
    pub const ALL: [Algorithm; 6] = [
        Algorithm::Md5,
        Algorithm::Md5Sess,
        Algorithm::Sha256,
        Algorithm::Sha256Sess,
        Algorithm::Sha512_256,
        Algorithm::Sha512_256Sess,
    ];

    /// The name as it appears in headers, e.g. `SHA-256-sess`.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Sess => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Sess => "SHA-256-sess",
            Algorithm::Sha512_256 => "SHA-512-256",
            Algorithm::Sha512_256Sess => "SHA-512-256-sess",
        }
    }

    /// Whether this is a `-sess` variant (HA1 also covers the nonce and cnonce).
    pub fn is_session(self) -> bool {
        matches!(
            self,
            Algorithm::Md5Sess | Algorithm::Sha256Sess | Algorithm::Sha512_256Sess
        )
    }

    /// The lower-case hexadecimal hash of `data`.
    ///
    /// ```
    /// use mongodb_api_keys::digest::Algorithm;
    /// assert_eq!(Algorithm::Md5.hex_hash(b""), "d41d8cd98f00b204e9800998ecf8427e");
    /// ```
    pub fn hex_hash(self, data: &[u8]) -> String {
        self.hex_hash_joined(&[data]).as_str().to_owned()
    }

    /// The hash of `parts` joined with `:`, as digest's `H(a:b:c)`, without building the
    /// joined string.
    fn hex_hash_joined(self, parts: &[&[u8]]) -> Hex {
        fn run<D: sha2::Digest>(parts: &[&[u8]]) -> Hex {
            let mut hasher = D::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    hasher.update(b":");
                }
                hasher.update(part);
            }
            Hex::of(&hasher.finalize())
        }
        match self {
            Algorithm::Md5 | Algorithm::Md5Sess => run::<md5::Md5>(parts),
            Algorithm::Sha256 | Algorithm::Sha256Sess => run::<sha2::Sha256>(parts),
            Algorithm::Sha512_256 | Algorithm::Sha512_256Sess => run::<sha2::Sha512_256>(parts),
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algorithm {
    type Err = DigestError;

    /// Case-insensitive: `md5` and `MD5` are the same algorithm.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(s))
            .ok_or(DigestError::Unsupported)
    }
}

/// Quality of protection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qop {
    /// `auth`: authenticates the method and request-target.
    Auth,
    /// `auth-int`: also the hash of the request body.
    AuthInt,
}

impl Qop {
    /// The name as it appears in headers.
    pub fn name(self) -> &'static str {
        match self {
            Qop::Auth => "auth",
            Qop::AuthInt => "auth-int",
        }
    }
}

impl FromStr for Qop {
    type Err = DigestError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            q if q.eq_ignore_ascii_case("auth") => Ok(Qop::Auth),
            q if q.eq_ignore_ascii_case("auth-int") => Ok(Qop::AuthInt),
            _ => Err(DigestError::Unsupported),
        }
    }
}

/// The parts of an HTTP request that a digest response covers.
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    /// The method, e.g. `POST`.
    pub method: &'a str,
    /// The request-target exactly as sent: path and query string.
    pub uri: &'a str,
    /// The body (hashed only with qop `auth-int`).
    pub body: &'a [u8],
}

/// The realm of Atlas's and Ops Manager's challenges.
pub const ATLAS_REALM: &str = "MMS Public API";

/// `H(username:realm:password)`: the first half of every response, and what a server can
/// store instead of the password (as Apache's `htdigest` does); as good as the password for
/// this realm.
///
/// ```
/// use mongodb_api_keys::digest::{password_hash, Algorithm};
/// // RFC 2617 section 3.5.
/// assert_eq!(
///     password_hash(Algorithm::Md5, "Mufasa", "testrealm@host.com", "Circle Of Life"),
///     "939e7578ed9e3c518a452acee763bce9"
/// );
/// ```
pub fn password_hash(algorithm: Algorithm, username: &str, realm: &str, password: &str) -> String {
    let parts = [username.as_bytes(), realm.as_bytes(), password.as_bytes()];
    algorithm.hex_hash_joined(&parts).as_str().to_owned()
}

/// The request digest (RFC 7616 section 3.4.1) from the [`password_hash`]
/// `H(username:realm:password)`.
fn response(
    alg: Algorithm,
    password_hash: &str,
    nonce: &str,
    cnonce: Option<&str>,
    qop: Option<Qop>,
    nc: Option<u32>,
    request: &Request<'_>,
) -> Hex {
    let (nonce, cnonce) = (nonce.as_bytes(), cnonce.unwrap_or("").as_bytes());
    let session_key;
    let ha1 = if alg.is_session() {
        session_key = alg.hex_hash_joined(&[password_hash.as_bytes(), nonce, cnonce]);
        session_key.as_str()
    } else {
        password_hash
    };
    let ha2 = request_hash(alg, qop, request);
    match (qop, nc) {
        (Some(qop), Some(nc)) => {
            let nc = Hex::of(&nc.to_be_bytes()); // 8 lower-case hex digits, as `{nc:08x}`
            let parts = [
                ha1.as_bytes(),
                nonce,
                nc.as_bytes(),
                cnonce,
                qop.name().as_bytes(),
                ha2.as_bytes(),
            ];
            alg.hex_hash_joined(&parts)
        }
        _ => alg.hex_hash_joined(&[ha1.as_bytes(), nonce, ha2.as_bytes()]),
    }
}

/// `H(A2)`: the method and request-target, and with `auth-int` the body's hash.
pub(super) fn request_hash(alg: Algorithm, qop: Option<Qop>, request: &Request<'_>) -> Hex {
    let (method, uri) = (request.method.as_bytes(), request.uri.as_bytes());
    match qop {
        Some(Qop::AuthInt) => {
            alg.hex_hash_joined(&[method, uri, alg.hex_hash(request.body).as_bytes()])
        }
        _ => alg.hex_hash_joined(&[method, uri]),
    }
}

/// Compares two byte strings in time that depends on their lengths only.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Lower-case hexadecimal (the emulator's IDs and tokens).
#[cfg(feature = "emulator")]
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes
        .chunks(Hex::MAX_BYTES)
        .map(|chunk| Hex::of(chunk).as_str().to_owned())
        .collect()
}

/// Lower-case hexadecimal of at most 64 bytes (a SHA-512/256 or MD5 digest, a nonce count, a
/// client nonce), on the stack: signing a request writes several, with no allocation.
pub(crate) struct Hex {
    digits: [u8; 2 * Hex::MAX_BYTES],
    len: usize,
}

impl Hex {
    /// The most bytes one holds.
    pub(crate) const MAX_BYTES: usize = 64;

    /// `bytes` (at most [`Hex::MAX_BYTES`]; more are left out) as hexadecimal.
    pub(crate) fn of(bytes: &[u8]) -> Hex {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut hex = Hex {
            digits: [0; 2 * Hex::MAX_BYTES],
            len: 2 * bytes.len().min(Hex::MAX_BYTES),
        };
        for (pair, &b) in hex.digits.chunks_exact_mut(2).zip(bytes) {
            pair[0] = DIGITS[usize::from(b >> 4)];
            pair[1] = DIGITS[usize::from(b & 15)];
        }
        hex
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.digits[..self.len]
    }

    pub(crate) fn as_str(&self) -> &str {
        // Hexadecimal digits are ASCII.
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 2617 section 3.5.
    #[test]
    fn rfc_2617_vectors() {
        let challenge = Challenge::parse(
            r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#,
        )
        .unwrap();
        assert_eq!(challenge.qop, [Qop::Auth, Qop::AuthInt]);
        let request = Request {
            method: "GET",
            uri: "/dir/index.html",
            body: b"",
        };
        let auth = challenge.sign("Mufasa", "Circle Of Life", &request, 1, "0a4f113b");
        assert_eq!(auth.response, "6629fae49393a05397450978507c4ef1");
        assert_eq!(
            Algorithm::Md5.hex_hash(b"Mufasa:testrealm@host.com:Circle Of Life"),
            "939e7578ed9e3c518a452acee763bce9"
        );
        // RFC 2069: the same inputs without qop.
        let mut old = challenge.clone();
        old.qop.clear();
        let auth = old.sign("Mufasa", "Circle Of Life", &request, 1, "0a4f113b");
        assert_eq!(auth.response, "670fd8c2df070c60b045671b8b24ff02");
        assert_eq!((auth.nc, auth.cnonce.as_deref()), (None, None));
        assert!(auth.verify("Circle Of Life", &request));
    }

    /// The challenge of RFC 7616 section 3.9.1, with `algorithm`.
    pub(super) fn rfc_7616(algorithm: Algorithm) -> Challenge {
        Challenge {
            realm: "http-auth@example.org".into(),
            domain: None,
            nonce: "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v".into(),
            opaque: Some("FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS".into()),
            stale: false,
            algorithm,
            qop: vec![Qop::Auth],
            charset_utf8: false,
            userhash: false,
        }
    }

    pub(super) const CNONCE: &str = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    /// RFC 7616 section 3.9.1 (with errata 4495: "Circle of Life").
    #[test]
    fn rfc_7616_vectors() {
        let get = Request {
            method: "GET",
            uri: "/dir/index.html",
            body: b"",
        };
        let md5 = rfc_7616(Algorithm::Md5);
        assert_eq!(
            md5.sign("Mufasa", "Circle of Life", &get, 1, CNONCE)
                .response,
            "8ca523f5e9506fed4657c9700eebdbec"
        );
        assert_eq!(
            md5.sign("Mufasa", "Circle of Life", &get, 2, CNONCE)
                .response,
            "4b5d595ecf2db9df612ea5b45cd97101"
        );
        assert_eq!(
            rfc_7616(Algorithm::Sha256)
                .sign("Mufasa", "Circle of Life", &get, 1, CNONCE)
                .response,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"
        );
    }

    /// Per algorithm, the expected responses to [`rfc_7616`]'s challenge with qop `auth`
    /// (a GET) and `auth-int` (a POST with a body).
    const PYTHON_HASHLIB: [(Algorithm, &str, &str); 6] = [
        (
            Algorithm::Md5,
            "8ca523f5e9506fed4657c9700eebdbec",
            "d0f77729a2d61002bd7321f2f57cab65",
        ),
        (
            Algorithm::Sha256,
            "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
            "7fd420a2bbcb83db16fe9dca1724a78612111ae46b04afc9655a3c04175e5809",
        ),
        (
            Algorithm::Sha512_256,
            "430d05014cecc49cab6fbe03176d41a1da86cbfe24a16580e22aaad928d960d0",
            "4f76d9accf0d5a095885eb9685700629a7e7c9e99492dd24f412944157a72eb1",
        ),
        (
            Algorithm::Md5Sess,
            "e783283f46242139c486a698fec7211d",
            "2e109d8b6e544939f377083300215307",
        ),
        (
            Algorithm::Sha256Sess,
            "2fd51b3a77ad75bad6afad6003e818d767133c46d9e2749e7f5232ae1ea3efd7",
            "5d17ea2c9112d0f19893146b53169ab87e999938897b26e4970ca5f2eceaf35a",
        ),
        (
            Algorithm::Sha512_256Sess,
            "3f2a34f923c38b0fb26dce2fdfc2ce326c23cecf86fbb1444f3e51fbbc2cb92e",
            "c53251a5f8efd8b0245275401f0c3e0cce3d9ca535efbe5ae4bc57533593d1b4",
        ),
    ];

    /// Expected values computed with Python's hashlib (`sha512_256`, `md5`, `sha256`), an
    /// implementation independent of this one.
    #[test]
    fn every_algorithm_and_qop_against_python_hashlib() {
        for (algorithm, auth, auth_int) in PYTHON_HASHLIB {
            check_auth(algorithm, auth);
            check_auth_int(algorithm, auth_int);
        }
        assert_eq!(
            Algorithm::Md5.hex_hash(b""),
            "d41d8cd98f00b204e9800998ecf8427e"
        );
    }

    /// A GET signed with qop `auth` gets `expected` and verifies.
    fn check_auth(algorithm: Algorithm, expected: &str) {
        let get = Request {
            method: "GET",
            uri: "/dir/index.html",
            body: b"",
        };
        let signed = rfc_7616(algorithm).sign("Mufasa", "Circle of Life", &get, 1, CNONCE);
        assert_eq!(signed.response, expected, "{algorithm} auth");
        assert!(signed.verify("Circle of Life", &get));
    }

    /// A POST signed with qop `auth-int` gets `expected`, verifies, and stops verifying once
    /// its body changes.
    fn check_auth_int(algorithm: Algorithm, expected: &str) {
        let post = Request {
            method: "POST",
            uri: "/dir/index.html",
            body: br#"{"desc":"x"}"#,
        };
        let mut challenge = rfc_7616(algorithm);
        challenge.qop = vec![Qop::AuthInt];
        let signed = challenge.sign("Mufasa", "Circle of Life", &post, 1, CNONCE);
        assert_eq!(signed.response, expected, "{algorithm} auth-int");
        assert!(signed.verify("Circle of Life", &post));
        let tampered = Request {
            body: br#"{"desc":"y"}"#,
            ..post
        };
        assert!(
            !signed.verify("Circle of Life", &tampered),
            "auth-int covers the body"
        );
    }

    /// Generators for the property tests of the submodules.
    pub(super) mod strategies {
        use super::super::{Algorithm, Challenge, Qop};
        use proptest::prelude::*;

        pub(crate) fn text() -> impl Strategy<Value = String> {
            // Anything a header can carry but control characters, quotes and backslashes
            // included.
            "[ -~\u{a0}-\u{17f}]{0,24}"
        }

        pub(crate) fn token() -> impl Strategy<Value = String> {
            "[A-Za-z0-9+/=._~-]{1,40}"
        }

        prop_compose! {
            pub(crate) fn challenge()(
                realm in text(), domain in proptest::option::of(text()), nonce in token(),
                opaque in proptest::option::of(text()), stale: bool,
                algorithm in proptest::sample::select(Algorithm::ALL.to_vec()),
                qop in proptest::sample::select(vec![vec![], vec![Qop::Auth], vec![Qop::AuthInt], vec![Qop::Auth, Qop::AuthInt]]),
                charset_utf8: bool, userhash: bool,
            ) -> Challenge {
                Challenge { realm, domain, nonce, opaque, stale, algorithm, qop, charset_utf8, userhash }
            }
        }
    }
}
