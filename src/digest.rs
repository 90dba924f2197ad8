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

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::str::FromStr;

use secrecy::ExposeSecret as _;

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
        self.hex_hash_joined(&[data])
    }

    /// The hash of `parts` joined with `:`, as digest's `H(a:b:c)`, without building the
    /// joined string.
    fn hex_hash_joined(self, parts: &[&[u8]]) -> String {
        fn run<D: sha2::Digest>(parts: &[&[u8]]) -> String {
            let mut hasher = D::new();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    hasher.update(b":");
                }
                hasher.update(part);
            }
            hex(&hasher.finalize())
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

/// A `WWW-Authenticate: Digest ...` challenge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Challenge {
    /// The protection space, e.g. `MMS Public API`.
    pub realm: String,
    /// The `domain` directive, when present (Atlas sends an empty one).
    pub domain: Option<String>,
    /// The server nonce.
    pub nonce: String,
    /// Opaque data the client must send back unchanged.
    pub opaque: Option<String>,
    /// `true` when the previous request was right but its nonce had expired.
    pub stale: bool,
    /// The hash algorithm (MD5 when the header names none).
    pub algorithm: Algorithm,
    /// The qop values offered; empty for RFC 2069 servers.
    pub qop: Vec<Qop>,
    /// `charset=UTF-8`: user name and password are UTF-8.
    pub charset_utf8: bool,
    /// `userhash=true`: the client should send `H(username:realm)` instead of the user name.
    pub userhash: bool,
}

impl Challenge {
    /// The challenge Atlas and Ops Manager send, byte for byte once formatted.
    pub fn atlas(nonce: &str, stale: bool) -> Challenge {
        Challenge {
            realm: ATLAS_REALM.into(),
            domain: Some(String::new()),
            nonce: nonce.into(),
            opaque: None,
            stale,
            algorithm: Algorithm::Md5,
            qop: vec![Qop::Auth],
            charset_utf8: false,
            userhash: false,
        }
    }

    /// Every Digest challenge in a `WWW-Authenticate` value that this crate can answer, in
    /// header order. Other schemes, unknown directives and unsupported algorithms are skipped.
    pub fn parse_all(header: &str) -> Result<Vec<Challenge>, DigestError> {
        Ok(split_challenges(header)?
            .iter()
            .filter(|params| params.is_digest())
            .filter_map(|params| Challenge::from_params(params).ok())
            .collect())
    }

    /// The strongest supported Digest challenge in a `WWW-Authenticate` value (several
    /// challenges may share one header; join several headers with `, ` first).
    pub fn parse(header: &str) -> Result<Challenge, DigestError> {
        let challenges = Challenge::parse_all(header)?;
        if challenges.is_empty()
            && !header
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("digest")
        {
            return Err(DigestError::Unsupported);
        }
        match challenges.into_iter().max_by_key(|c| c.algorithm) {
            Some(best) => Ok(best),
            // Report why the Digest challenge was refused.
            None => {
                let all = split_challenges(header)?;
                let params = all
                    .iter()
                    .find(|params| params.is_digest())
                    .ok_or(DigestError::Unsupported)?;
                Challenge::from_params(params)
            }
        }
    }

    fn from_params(params: &Params<'_>) -> Result<Challenge, DigestError> {
        let get = |name: &str| params.owned(name);
        let algorithm = match get("algorithm") {
            Some(a) => a.parse()?,
            None => Algorithm::Md5,
        };
        let qop = match get("qop") {
            None => Vec::new(),
            Some(list) => {
                let offered: Vec<Qop> = list.split(',').filter_map(|q| q.parse().ok()).collect();
                if offered.is_empty() {
                    return Err(DigestError::Unsupported);
                }
                offered
            }
        };
        Ok(Challenge {
            realm: get("realm").ok_or(DigestError::Missing("realm"))?,
            domain: get("domain"),
            nonce: get("nonce").ok_or(DigestError::Missing("nonce"))?,
            opaque: get("opaque"),
            stale: get("stale").is_some_and(|s| s.eq_ignore_ascii_case("true")),
            algorithm,
            qop,
            charset_utf8: get("charset").is_some_and(|c| c.eq_ignore_ascii_case("utf-8")),
            userhash: get("userhash").is_some_and(|u| u.eq_ignore_ascii_case("true")),
        })
    }

    /// The qop a client should answer with: `auth` when offered (no body hashing), else
    /// `auth-int`, else none (RFC 2069).
    pub fn preferred_qop(&self) -> Option<Qop> {
        [Qop::Auth, Qop::AuthInt]
            .into_iter()
            .find(|q| self.qop.contains(q))
    }

    /// Signs `request` for this challenge: the `Authorization` a client sends. `nc` is the
    /// nonce count (1 for the first use of a nonce) and `cnonce` a fresh random string.
    pub fn sign(
        &self,
        username: &str,
        password: &str,
        request: &Request<'_>,
        nc: u32,
        cnonce: &str,
    ) -> Authorization {
        self.signer(username, password)
            .authorization(request, nc, cnonce)
    }

    /// This challenge prepared for signing many requests as one user: what does not change
    /// from one request to the next (the user's half of the hash, `H(username:realm:password)`)
    /// is computed once. A client keeps one per server nonce.
    ///
    /// ```
    /// use mongodb_api_keys::digest::{Authorization, Challenge, Request};
    ///
    /// let challenge = Challenge::atlas("669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", false);
    /// let signer = challenge.signer("kzurbumc", "the-private-key");
    /// let request = Request { method: "POST", uri: "/api/atlas/v1.0/orgs/x/apiKeys", body: b"{}" };
    /// let header = signer.header(&request, 1, "0a4f113b");
    /// assert_eq!(header, challenge.sign("kzurbumc", "the-private-key", &request, 1, "0a4f113b").to_string());
    /// assert!(Authorization::parse(&header)?.verify("the-private-key", &request));
    /// # Ok::<(), mongodb_api_keys::digest::DigestError>(())
    /// ```
    pub fn signer(&self, username: &str, password: &str) -> Signer {
        let algorithm = self.algorithm;
        Signer {
            user_key: user_key(algorithm, username, &self.realm, password).into(),
            template: Authorization {
                username: if self.userhash {
                    user_hash(algorithm, username, &self.realm)
                } else {
                    username.to_owned()
                },
                realm: self.realm.clone(),
                nonce: self.nonce.clone(),
                uri: String::new(),
                response: String::new(),
                algorithm,
                cnonce: None,
                opaque: self.opaque.clone(),
                qop: self.preferred_qop(),
                nc: None,
                userhash: self.userhash,
            },
        }
    }
}

/// A [`Challenge`] prepared to sign requests as one user (see [`Challenge::signer`]).
///
/// It holds `H(username:realm:password)`, which is as good as the password for this realm:
/// `Debug` does not show it.
#[derive(Clone)]
pub struct Signer {
    /// `H(username:realm:password)`, zeroed on drop like the password it stands for.
    user_key: secrecy::SecretString,
    /// The credentials but for what each request sets: uri, response, nc and cnonce.
    template: Authorization,
}

impl fmt::Debug for Signer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("template", &self.template)
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// The `Authorization` header value for `request`: the same text as
    /// [`Challenge::sign`] formats, built without intermediate strings.
    pub fn header(&self, request: &Request<'_>, nc: u32, cnonce: &str) -> String {
        let (nc, cnonce) = self.counted(nc, cnonce);
        let response = self.response(request, nc, cnonce);
        let mut out = String::with_capacity(256 + request.uri.len());
        let credentials = Credentials {
            uri: request.uri,
            response: &response,
            nc,
            cnonce,
            ..self.template.credentials()
        };
        write_credentials(&mut out, &credentials);
        out
    }

    /// The credentials for `request`, as a value: what [`Signer::header`] writes.
    ///
    /// ```
    /// use mongodb_api_keys::digest::{Challenge, Request};
    ///
    /// let signer = Challenge::atlas("669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", false).signer("kzurbumc", "the-private-key");
    /// let request = Request { method: "POST", uri: "/api/atlas/v1.0/orgs/x/apiKeys", body: b"{}" };
    /// let credentials = signer.authorization(&request, 7, "0a4f113b");
    /// assert_eq!((credentials.nc, credentials.uri.as_str()), (Some(7), request.uri));
    /// assert_eq!(credentials.to_string(), signer.header(&request, 7, "0a4f113b"));
    /// ```
    pub fn authorization(&self, request: &Request<'_>, nc: u32, cnonce: &str) -> Authorization {
        let (nc, cnonce) = self.counted(nc, cnonce);
        Authorization {
            response: self.response(request, nc, cnonce),
            uri: request.uri.to_owned(),
            cnonce: cnonce.map(str::to_owned),
            nc,
            ..self.template.clone()
        }
    }

    /// `nc` and `cnonce` are sent only with a qop (RFC 2069 servers know neither).
    fn counted<'a>(&self, nc: u32, cnonce: &'a str) -> (Option<u32>, Option<&'a str>) {
        match self.template.qop {
            Some(_) => (Some(nc), Some(cnonce)),
            None => (None, None),
        }
    }

    fn response(&self, request: &Request<'_>, nc: Option<u32>, cnonce: Option<&str>) -> String {
        let t = &self.template;
        response(
            t.algorithm,
            self.user_key.expose_secret(),
            &t.nonce,
            cnonce,
            t.qop,
            nc,
            request,
        )
    }
}

/// `H(username:realm:password)`: the first half of every response, and what a server can
/// store instead of the password (as Apache's `htdigest` does); as good as the password for
/// this realm.
///
/// ```
/// use mongodb_api_keys::digest::{user_key, Algorithm};
/// // RFC 2617 section 3.5.
/// assert_eq!(
///     user_key(Algorithm::Md5, "Mufasa", "testrealm@host.com", "Circle Of Life"),
///     "939e7578ed9e3c518a452acee763bce9"
/// );
/// ```
pub fn user_key(algorithm: Algorithm, username: &str, realm: &str, password: &str) -> String {
    algorithm.hex_hash_joined(&[username.as_bytes(), realm.as_bytes(), password.as_bytes()])
}

/// The request digest (RFC 7616 section 3.4.1) from the user's key `H(username:realm:password)`.
fn response(
    alg: Algorithm,
    user_key: &str,
    nonce: &str,
    cnonce: Option<&str>,
    qop: Option<Qop>,
    nc: Option<u32>,
    request: &Request<'_>,
) -> String {
    let (nonce, cnonce) = (nonce.as_bytes(), cnonce.unwrap_or("").as_bytes());
    let session_key;
    let ha1 = if alg.is_session() {
        session_key = alg.hex_hash_joined(&[user_key.as_bytes(), nonce, cnonce]);
        &session_key
    } else {
        user_key
    };
    let (method, uri) = (request.method.as_bytes(), request.uri.as_bytes());
    let ha2 = match qop {
        Some(Qop::AuthInt) => {
            alg.hex_hash_joined(&[method, uri, alg.hex_hash(request.body).as_bytes()])
        }
        _ => alg.hex_hash_joined(&[method, uri]),
    };
    match (qop, nc) {
        (Some(qop), Some(nc)) => {
            let nc = hex(&nc.to_be_bytes()); // 8 lower-case hex digits, as `{nc:08x}`
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

/// The fields of an `Authorization: Digest` value, borrowed, for [`write_credentials`].
struct Credentials<'a> {
    username: &'a str,
    userhash: bool,
    realm: &'a str,
    nonce: &'a str,
    uri: &'a str,
    algorithm: Algorithm,
    response: &'a str,
    opaque: Option<&'a str>,
    qop: Option<Qop>,
    nc: Option<u32>,
    cnonce: Option<&'a str>,
}

/// Writes the header value: quoted strings where RFC 7616 quotes them, bare `algorithm`,
/// `qop` and `nc` (as curl and the Go clients send them).
fn write_credentials(out: &mut String, c: &Credentials<'_>) {
    if c.username.is_ascii() || c.userhash {
        out.push_str("Digest username=");
        push_quoted(out, c.username);
    } else {
        out.push_str("Digest username*=");
        out.push_str(&encode_ext_value(c.username));
    }
    for (name, value) in [
        (", realm=", c.realm),
        (", nonce=", c.nonce),
        (", uri=", c.uri),
    ] {
        out.push_str(name);
        push_quoted(out, value);
    }
    out.push_str(", algorithm=");
    out.push_str(c.algorithm.name());
    out.push_str(", response=");
    push_quoted(out, c.response);
    if let Some(opaque) = c.opaque {
        out.push_str(", opaque=");
        push_quoted(out, opaque);
    }
    if let (Some(qop), Some(nc), Some(cnonce)) = (c.qop, c.nc, c.cnonce) {
        out.push_str(", qop=");
        out.push_str(qop.name());
        out.push_str(", nc=");
        out.push_str(&hex(&nc.to_be_bytes()));
        out.push_str(", cnonce=");
        push_quoted(out, cnonce);
    }
    if c.userhash {
        out.push_str(", userhash=true");
    }
}

impl fmt::Display for Challenge {
    /// Formats the header value in the order and quoting Atlas uses (`", "` separators).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Digest realm={}", quote(&self.realm))?;
        if let Some(domain) = &self.domain {
            write!(f, ", domain={}", quote(domain))?;
        }
        write!(f, ", nonce={}", quote(&self.nonce))?;
        if let Some(opaque) = &self.opaque {
            write!(f, ", opaque={}", quote(opaque))?;
        }
        write!(f, ", algorithm={}", self.algorithm)?;
        if !self.qop.is_empty() {
            let list: Vec<&str> = self.qop.iter().map(|q| q.name()).collect();
            write!(f, ", qop={}", quote(&list.join(",")))?;
        }
        write!(f, ", stale={}", self.stale)?;
        if self.charset_utf8 {
            f.write_str(", charset=UTF-8")?;
        }
        if self.userhash {
            f.write_str(", userhash=true")?;
        }
        Ok(())
    }
}

/// The `Authorization: Digest ...` credentials a client sends.
///
/// `Debug` hides `response`: with the nonce it is enough to replay the request.
#[derive(Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The user name, or `H(username:realm)` when `userhash` is set.
    pub username: String,
    /// The realm of the challenge.
    pub realm: String,
    /// The nonce of the challenge.
    pub nonce: String,
    /// The request-target the client signed.
    pub uri: String,
    /// The request digest, lower-case hex.
    pub response: String,
    /// The hash algorithm.
    pub algorithm: Algorithm,
    /// The client nonce (with qop only).
    pub cnonce: Option<String>,
    /// The challenge's opaque value, echoed.
    pub opaque: Option<String>,
    /// The qop chosen, or none (RFC 2069).
    pub qop: Option<Qop>,
    /// The nonce count (with qop only).
    pub nc: Option<u32>,
    /// Whether `username` is hashed.
    pub userhash: bool,
}

impl fmt::Debug for Authorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authorization")
            .field("username", &self.username)
            .field("realm", &self.realm)
            .field("nonce", &self.nonce)
            .field("uri", &self.uri)
            .field("response", &"[REDACTED]")
            .field("algorithm", &self.algorithm)
            .field("qop", &self.qop)
            .field("nc", &self.nc)
            .finish_non_exhaustive()
    }
}

impl Authorization {
    /// Parses an `Authorization` header value. Values may be quoted or bare (Python
    /// `requests` quotes `algorithm` and `qop`); `username*` (RFC 8187) is decoded.
    pub fn parse(header: &str) -> Result<Authorization, DigestError> {
        let all = split_challenges(header)?;
        let params = match all.as_slice() {
            [params] if params.is_digest() => params,
            [] => return Err(DigestError::Missing("Digest")),
            _ => {
                return Err(DigestError::Malformed(
                    "expected one `Digest` credential".into(),
                ));
            }
        };
        let (get, owned) = (
            |name: &str| params.get(name),
            |name: &str| params.owned(name),
        );
        let username = match (owned("username"), get("username*")) {
            (Some(name), None) => name,
            (None, Some(ext)) => decode_ext_value(ext)?,
            (Some(_), Some(_)) => {
                return Err(DigestError::Malformed(
                    "both `username` and `username*`".into(),
                ));
            }
            (None, None) => return Err(DigestError::Missing("username")),
        };
        let qop = get("qop").map(|q| q.parse()).transpose()?;
        let nc = match get("nc") {
            Some(nc) => Some(u32::from_str_radix(nc, 16).map_err(|_| {
                DigestError::Malformed(format!("nc={nc} is not 8 hexadecimal digits"))
            })?),
            None => None,
        };
        if qop.is_some() && (nc.is_none() || get("cnonce").is_none()) {
            return Err(DigestError::Missing(if nc.is_none() {
                "nc"
            } else {
                "cnonce"
            }));
        }
        Ok(Authorization {
            username,
            realm: owned("realm").ok_or(DigestError::Missing("realm"))?,
            nonce: owned("nonce").ok_or(DigestError::Missing("nonce"))?,
            uri: owned("uri").ok_or(DigestError::Missing("uri"))?,
            response: owned("response").ok_or(DigestError::Missing("response"))?,
            algorithm: match get("algorithm") {
                Some(a) => a.parse()?,
                None => Algorithm::Md5,
            },
            cnonce: owned("cnonce"),
            opaque: owned("opaque"),
            qop,
            nc,
            userhash: get("userhash").is_some_and(|u| u.eq_ignore_ascii_case("true")),
        })
    }

    /// Whether these credentials name `username` (hashed or not).
    pub fn is_for_user(&self, username: &str) -> bool {
        if self.userhash {
            constant_time_eq(
                self.username.as_bytes(),
                user_hash(self.algorithm, username, &self.realm).as_bytes(),
            )
        } else {
            self.username == username
        }
    }

    /// Whether `response` is right for `password` and `request`, compared in constant time.
    /// The caller checks the rest: that the nonce is fresh and its own, that `uri` is the
    /// request-target, that the algorithm is the one it challenged with.
    ///
    /// With `userhash` the plain user name cannot be recovered from the header, so this
    /// returns `false`; a server resolves the name itself and calls
    /// [`Authorization::verify_as`].
    pub fn verify(&self, password: &str, request: &Request<'_>) -> bool {
        !self.userhash && self.verify_as(&self.username, password, request)
    }

    /// Like [`Authorization::verify`], for a server that has already resolved the (possibly
    /// hashed) user name to `username`.
    pub fn verify_as(&self, username: &str, password: &str, request: &Request<'_>) -> bool {
        let key = user_key(self.algorithm, username, &self.realm, password);
        self.verify_key(username, &key, request)
    }

    /// Like [`Authorization::verify_as`], for a server that stores [`user_key`]
    /// (`H(username:realm:password)` for this algorithm and realm) instead of the password.
    ///
    /// ```
    /// use mongodb_api_keys::digest::{user_key, Algorithm, Authorization, Challenge, Request, ATLAS_REALM};
    ///
    /// // Stored when the key is made; the password itself is not kept.
    /// let stored = user_key(Algorithm::Md5, "kzurbumc", ATLAS_REALM, "the-private-key");
    /// let request = Request { method: "POST", uri: "/api/atlas/v1.0/orgs/x/apiKeys", body: b"{}" };
    /// let header = Challenge::atlas("669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", false)
    ///     .signer("kzurbumc", "the-private-key")
    ///     .header(&request, 1, "0a4f113b");
    /// assert!(Authorization::parse(&header)?.verify_key("kzurbumc", &stored, &request));
    /// # Ok::<(), mongodb_api_keys::digest::DigestError>(())
    /// ```
    pub fn verify_key(&self, username: &str, user_key: &str, request: &Request<'_>) -> bool {
        let expected = self.expected_response(user_key, request);
        self.is_for_user(username)
            && constant_time_eq(expected.as_bytes(), self.response.as_bytes())
    }

    fn credentials(&self) -> Credentials<'_> {
        Credentials {
            username: &self.username,
            userhash: self.userhash,
            realm: &self.realm,
            nonce: &self.nonce,
            uri: &self.uri,
            algorithm: self.algorithm,
            response: &self.response,
            opaque: self.opaque.as_deref(),
            qop: self.qop,
            nc: self.nc,
            cnonce: self.cnonce.as_deref(),
        }
    }

    fn expected_response(&self, user_key: &str, request: &Request<'_>) -> String {
        response(
            self.algorithm,
            user_key,
            &self.nonce,
            self.cnonce.as_deref(),
            self.qop,
            self.nc,
            request,
        )
    }
}

impl fmt::Display for Authorization {
    /// Formats the header value: quoted strings where RFC 7616 quotes them, bare `algorithm`,
    /// `qop` and `nc` (as curl and the Go clients send them).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_credentials(&mut out, &self.credentials());
        f.write_str(&out)
    }
}

/// `H(username:realm)`, what a client sends as the user name when the challenge says
/// `userhash=true`.
pub fn user_hash(algorithm: Algorithm, username: &str, realm: &str) -> String {
    algorithm.hex_hash(format!("{username}:{realm}").as_bytes())
}

/// Compares two byte strings in time that depends on their lengths only.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Lower-case hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digits: Vec<u8> = bytes
        .iter()
        .flat_map(|&b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
        .collect();
    String::from_utf8(digits).unwrap_or_else(|_| unreachable!("hexadecimal digits are ASCII"))
}

fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    push_quoted(&mut out, value);
    out
}

/// Appends `value` as a quoted-string, escaping `"` and `\\`.
fn push_quoted(out: &mut String, value: &str) {
    out.push('"');
    if value.contains('"') || value.contains('\\') {
        for c in value.chars() {
            if c == '"' || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        }
    } else {
        out.push_str(value);
    }
    out.push('"');
}

/// RFC 8187 `UTF-8''percent-encoded` value.
fn encode_ext_value(value: &str) -> String {
    let mut out = String::from("UTF-8''");
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn decode_ext_value(value: &str) -> Result<String, DigestError> {
    let bad = || DigestError::Malformed(format!("`username*={value}` is not an RFC 8187 value"));
    let (charset, rest) = value.split_once('\'').ok_or_else(bad)?;
    let (_language, encoded) = rest.split_once('\'').ok_or_else(bad)?;
    if !charset.eq_ignore_ascii_case("utf-8") {
        return Err(bad());
    }
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut it = encoded.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hi = it
                .next()
                .and_then(|h| (h as char).to_digit(16))
                .ok_or_else(bad)?;
            let lo = it
                .next()
                .and_then(|l| (l as char).to_digit(16))
                .ok_or_else(bad)?;
            bytes.push((hi * 16 + lo) as u8);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).map_err(|_| bad())
}

/// One challenge or credential of a header: its scheme and its auth-params (name as sent,
/// value unquoted), borrowed from the header unless a quoted value had escapes.
struct Params<'a> {
    scheme: &'a str,
    params: Vec<(&'a str, Cow<'a, str>)>,
}

impl Params<'_> {
    fn is_digest(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("digest")
    }

    /// The value of the first directive named `name` (case-insensitive).
    fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }

    fn owned(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_owned)
    }
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Splits a header value into challenges or credentials (RFC 7235 section 2.1). A token68
/// (as in `Basic dXNlcg==`) is skipped. Works on bytes: every delimiter is ASCII, so each
/// slice taken stays on UTF-8 character boundaries.
fn split_challenges(header: &str) -> Result<Vec<Params<'_>>, DigestError> {
    let bytes = header.as_bytes();
    let mut i = 0;
    let mut out: Vec<Params<'_>> = Vec::new();
    let skip = |i: &mut usize, set: &[u8]| {
        while *i < bytes.len() && set.contains(&bytes[*i]) {
            *i += 1;
        }
    };
    loop {
        skip(&mut i, b" \t,");
        if i >= bytes.len() {
            return Ok(out);
        }
        let start = i;
        while i < bytes.len() && is_tchar(bytes[i]) {
            i += 1;
        }
        if start == i {
            let found = header[i..].chars().next().unwrap_or_default();
            return Err(DigestError::Malformed(format!("unexpected `{found}`")));
        }
        let name = &header[start..i];
        let before_ws = i;
        skip(&mut i, b" \t");
        let is_param = bytes.get(i) == Some(&b'=') && !out.is_empty();
        if !is_param {
            // A new scheme: `Digest`, `Basic`, ...; what follows is its parameters.
            i = before_ws;
            out.push(Params {
                scheme: name,
                params: Vec::with_capacity(12), // a credential has 10 or 11
            });
            continue;
        }
        i += 1;
        skip(&mut i, b" \t");
        let quoted = bytes.get(i) == Some(&b'"');
        let value = if quoted {
            i += 1;
            let start = i;
            // Most values have no escapes: find the closing quote with memchr.
            let plain = header[start..]
                .find('"')
                .filter(|&end| !header[start..start + end].contains('\\'));
            let escaped = plain.is_none();
            i = match plain {
                Some(end) => start + end,
                None => closing_quote(bytes, start).ok_or_else(|| {
                    DigestError::Malformed(format!("the value of `{name}` has no closing quote"))
                })?,
            };
            let raw = &header[start..i];
            i += 1;
            if escaped {
                Cow::Owned(unescape(raw))
            } else {
                Cow::Borrowed(raw)
            }
        } else {
            let start = i;
            while i < bytes.len() && !b" \t,".contains(&bytes[i]) {
                i += 1;
            }
            Cow::Borrowed(&header[start..i])
        };
        if !quoted && value.starts_with('=') {
            continue; // token68 padding, e.g. `Basic abc==`
        }
        if let Some(last) = out.last_mut() {
            last.params.push((name, value));
        }
    }
}

/// The index of the `"` that closes a quoted-string whose content starts at `i`, skipping
/// backslash escapes. The byte after a `\\` is literal: a multi-byte character's continuation
/// bytes are never `"` or `\\`, so skipping one byte is enough.
fn closing_quote(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        match bytes.get(i)? {
            b'"' => return Some(i),
            b'\\' if i + 1 < bytes.len() => i += 2,
            _ => i += 1,
        }
    }
}

/// A quoted-string's content without its backslash escapes.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
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

    fn rfc_7616(algorithm: Algorithm) -> Challenge {
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

    const CNONCE: &str = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

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

    /// Expected values computed with Python's hashlib (`sha512_256`, `md5`, `sha256`), an
    /// implementation independent of this one.
    #[test]
    fn every_algorithm_and_qop_against_python_hashlib() {
        let get = Request {
            method: "GET",
            uri: "/dir/index.html",
            body: b"",
        };
        let post = Request {
            method: "POST",
            uri: "/dir/index.html",
            body: br#"{"desc":"x"}"#,
        };
        let cases = [
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
        for (algorithm, auth, auth_int) in cases {
            let mut challenge = rfc_7616(algorithm);
            let signed = challenge.sign("Mufasa", "Circle of Life", &get, 1, CNONCE);
            assert_eq!(signed.response, auth, "{algorithm} auth");
            assert!(signed.verify("Circle of Life", &get));
            challenge.qop = vec![Qop::AuthInt];
            let signed = challenge.sign("Mufasa", "Circle of Life", &post, 1, CNONCE);
            assert_eq!(signed.response, auth_int, "{algorithm} auth-int");
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
        assert_eq!(
            Algorithm::Md5.hex_hash(b""),
            "d41d8cd98f00b204e9800998ecf8427e"
        );
    }

    /// RFC 7616 section 3.9.2 set-up (SHA-512-256, userhash, a non-ASCII user name); the
    /// RFC's published numbers are wrong (errata 4897), these come from Python's hashlib.
    #[test]
    fn userhash_and_utf8_user_names() {
        let name = "J\u{e4}s\u{f8}n Doe";
        assert_eq!(
            user_hash(Algorithm::Sha512_256, name, "api@example.org"),
            "793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b"
        );
        let challenge = Challenge {
            realm: "api@example.org".into(),
            domain: None,
            nonce: "5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK".into(),
            opaque: Some("HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS".into()),
            stale: false,
            algorithm: Algorithm::Sha512_256,
            qop: vec![Qop::Auth],
            charset_utf8: true,
            userhash: true,
        };
        let get = Request {
            method: "GET",
            uri: "/doe.json",
            body: b"",
        };
        let signed = challenge.sign(
            name,
            "Secret, or not?",
            &get,
            1,
            "NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v",
        );
        assert_eq!(
            signed.response,
            "3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5"
        );
        assert_eq!(
            signed.username,
            "793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b"
        );
        let received = Authorization::parse(&signed.to_string()).unwrap();
        assert!(received.verify_as(name, "Secret, or not?", &get));
        assert!(!received.verify_as("Jason Doe", "Secret, or not?", &get));

        // Without userhash the non-ASCII name travels as `username*` (RFC 8187).
        let plain = Challenge {
            userhash: false,
            ..challenge
        };
        let signed = plain.sign(name, "Secret, or not?", &get, 1, "c");
        let header = signed.to_string();
        assert!(
            header.starts_with("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe,"),
            "{header}"
        );
        let received = Authorization::parse(&header).unwrap();
        assert_eq!(received.username, name);
        assert!(received.verify("Secret, or not?", &get));
    }

    #[test]
    fn parses_what_real_servers_send() {
        // Lower-case algorithm, bare values, several challenges, unknown directives.
        let c = Challenge::parse(
            r#"Basic realm="x", Digest realm="r", nonce=abc, algorithm=md5, qop=auth, foo="bar", Digest realm="r", nonce="n2", algorithm=SHA-256, qop="auth""#,
        )
        .unwrap();
        assert_eq!((c.algorithm, c.nonce.as_str()), (Algorithm::Sha256, "n2"));
        let c = Challenge::parse(r#"Digest realm="a \"quoted\" realm", nonce="n""#).unwrap();
        assert_eq!(
            (c.realm.as_str(), c.algorithm, c.qop.len()),
            ("a \"quoted\" realm", Algorithm::Md5, 0)
        );
        assert_eq!(
            Challenge::parse(r#"Basic realm="x""#),
            Err(DigestError::Unsupported)
        );
        assert_eq!(
            Challenge::parse(r#"Digest realm="r", nonce="n", algorithm=SHA-1"#),
            Err(DigestError::Unsupported)
        );
        assert_eq!(
            Challenge::parse(r#"Digest realm="r""#),
            Err(DigestError::Missing("nonce"))
        );
        assert!(matches!(
            Challenge::parse(r#"Digest realm="r"#),
            Err(DigestError::Malformed(_))
        ));
        // Python requests quotes algorithm and qop.
        let a = Authorization::parse(
            r#"Digest username="u", realm="r", nonce="n", uri="/x?y=1", response="abc", algorithm="MD5", qop="auth", nc=0000000a, cnonce="c""#,
        )
        .unwrap();
        assert_eq!(
            (a.algorithm, a.qop, a.nc, a.uri.as_str()),
            (Algorithm::Md5, Some(Qop::Auth), Some(10), "/x?y=1")
        );
        assert_eq!(
            Authorization::parse(
                r#"Digest username="u", realm="r", nonce="n", uri="/", response="x", qop=auth, cnonce="c""#
            ),
            Err(DigestError::Missing("nc"))
        );
    }

    #[test]
    fn debug_output_hides_the_response() {
        let get = Request {
            method: "GET",
            uri: "/",
            body: b"",
        };
        let auth = rfc_7616(Algorithm::Md5).sign("Mufasa", "Circle of Life", &get, 1, CNONCE);
        let debug = format!("{auth:?}");
        assert!(!debug.contains(&auth.response), "{debug}");
        let signer = rfc_7616(Algorithm::Md5).signer("Mufasa", "Circle of Life");
        let debug = format!("{signer:?}");
        assert!(!debug.contains(signer.user_key.expose_secret()), "{debug}");
        assert!(!debug.contains("Circle of Life"), "{debug}");
    }

    #[test]
    fn quoted_values_unescape_any_character() {
        let header = r#"Digest realm="a\é\"b\\", nonce=n, qop="auth""#;
        let challenge = Challenge::parse(header).unwrap();
        assert_eq!(challenge.realm, r#"aé"b\"#);
        assert_eq!(challenge.nonce, "n");
        for broken in [r#"Digest realm="abc"#, r#"Digest realm="abc\"#] {
            let error = Challenge::parse(broken).unwrap_err().to_string();
            assert!(error.contains("no closing quote"), "{broken}: {error}");
        }
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        fn text() -> impl Strategy<Value = String> {
            // Anything a header can carry but control characters, quotes and backslashes
            // included.
            "[ -~\u{a0}-\u{17f}]{0,24}"
        }

        fn token() -> impl Strategy<Value = String> {
            "[A-Za-z0-9+/=._~-]{1,40}"
        }

        prop_compose! {
            fn challenge()(
                realm in text(), domain in proptest::option::of(text()), nonce in token(),
                opaque in proptest::option::of(text()), stale: bool,
                algorithm in proptest::sample::select(Algorithm::ALL.to_vec()),
                qop in proptest::sample::select(vec![vec![], vec![Qop::Auth], vec![Qop::AuthInt], vec![Qop::Auth, Qop::AuthInt]]),
                charset_utf8: bool, userhash: bool,
            ) -> Challenge {
                Challenge { realm, domain, nonce, opaque, stale, algorithm, qop, charset_utf8, userhash }
            }
        }

        proptest! {
            #[test]
            fn challenges_we_format_parse_back_identically(c in challenge()) {
                prop_assert_eq!(Challenge::parse(&c.to_string()).unwrap(), c);
            }

            #[test]
            fn credentials_we_format_parse_back_identically_and_verify(
                c in challenge(), user in text(), password in text(), uri in "/[ -~]{0,30}",
                body in proptest::collection::vec(any::<u8>(), 0..64), nc in 1u32.., cnonce in token(),
            ) {
                let request = Request { method: "POST", uri: &uri, body: &body };
                let signed = c.sign(&user, &password, &request, nc, &cnonce);
                let parsed = Authorization::parse(&signed.to_string()).unwrap();
                prop_assert_eq!(&parsed, &signed);
                let header = c.signer(&user, &password).header(&request, nc, &cnonce);
                prop_assert_eq!(header, signed.to_string(), "the signer's fast path writes the same header");
                prop_assert!(parsed.verify_as(&user, &password, &request));
                let other = format!("{password}x");
                prop_assert!(!parsed.verify_as(&user, &other, &request));
            }

            #[test]
            fn arbitrary_input_never_panics(s in "\\PC{0,80}") {
                let _ = Challenge::parse(&s);
                let _ = Authorization::parse(&s);
            }
        }
    }
}
