//! `Authorization: Digest ...`: the credentials a client sends, parsed, formatted and
//! verified.

use std::fmt;

use super::syntax::{Params, decode_ext_value, encode_ext_value, push_quoted, split_challenges};
use super::{Algorithm, DigestError, Hex, Qop, Request, constant_time_eq, password_hash, response};

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
    /// `requests` quotes `algorithm` and `qop`); `username*` (RFC 8187) is decoded. A
    /// directive given twice (RFC 7235 section 2.1 allows each once) and an empty `cnonce`
    /// (RFC 7616 section 3.4: the client's nonce, which an empty value is not) are refused.
    ///
    /// ```
    /// use mongodb_api_keys::digest::Authorization;
    ///
    /// let twice = r#"Digest username="u", realm="r", nonce="n", uri="/", response="x", nonce="m""#;
    /// assert!(Authorization::parse(twice).is_err());
    /// ```
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
        if let Some(name) = params.repeated() {
            return Err(DigestError::Malformed(format!(
                "the directive `{name}` is given more than once"
            )));
        }
        let (get, owned) = (
            |name: &str| params.get(name),
            |name: &str| params.owned(name),
        );
        if get("cnonce") == Some("") {
            return Err(DigestError::Malformed("an empty `cnonce`".into()));
        }
        let username = username(params)?;
        let qop = get("qop").map(|q| q.parse()).transpose()?;
        let nc = nonce_count(get("nc"))?;
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
        let hash = password_hash(self.algorithm, username, &self.realm, password);
        self.verify_hash(username, &hash, request)
    }

    /// Like [`Authorization::verify_as`], for a server that stores [`password_hash`]
    /// (`H(username:realm:password)` for this algorithm and realm) instead of the password.
    ///
    /// ```
    /// use mongodb_api_keys::digest::{password_hash, Algorithm, Authorization, Challenge, Request, ATLAS_REALM};
    ///
    /// // Stored when the key is made; the password itself is not kept.
    /// let stored = password_hash(Algorithm::Md5, "kzurbumc", ATLAS_REALM, "the-private-key");
    /// let request = Request { method: "POST", uri: "/api/atlas/v1.0/orgs/x/apiKeys", body: b"{}" };
    /// let header = Challenge::atlas("669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed", false)
    ///     .signer("kzurbumc", "the-private-key")
    ///     .header(&request, 1, "0a4f113b");
    /// assert!(Authorization::parse(&header)?.verify_hash("kzurbumc", &stored, &request));
    /// # Ok::<(), mongodb_api_keys::digest::DigestError>(())
    /// ```
    pub fn verify_hash(&self, username: &str, password_hash: &str, request: &Request<'_>) -> bool {
        let expected = self.expected_response(password_hash, request);
        self.is_for_user(username)
            && constant_time_eq(expected.as_bytes(), self.response.as_bytes())
    }

    /// The fields to write, borrowed.
    pub(super) fn fields(&self) -> AuthorizationFields<'_> {
        AuthorizationFields {
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

    fn expected_response(&self, password_hash: &str, request: &Request<'_>) -> String {
        response(
            self.algorithm,
            password_hash,
            &self.nonce,
            self.cnonce.as_deref(),
            self.qop,
            self.nc,
            request,
        )
        .as_str()
        .to_owned()
    }
}

/// `username`, or `username*` (RFC 8187) decoded; one of them, not both.
fn username(params: &Params<'_>) -> Result<String, DigestError> {
    match (params.owned("username"), params.get("username*")) {
        (Some(name), None) => Ok(name),
        (None, Some(ext)) => decode_ext_value(ext),
        (Some(_), Some(_)) => Err(DigestError::Malformed(
            "both `username` and `username*`".into(),
        )),
        (None, None) => Err(DigestError::Missing("username")),
    }
}

/// The nonce count `nc`, when given.
fn nonce_count(nc: Option<&str>) -> Result<Option<u32>, DigestError> {
    match nc {
        // Exactly 8 hex digits (RFC 7616 3.4); `from_str_radix` alone would take `+1`.
        Some(nc) if nc.len() == 8 && nc.bytes().all(|b| b.is_ascii_hexdigit()) => {
            Ok(u32::from_str_radix(nc, 16).ok())
        }
        Some(nc) => Err(DigestError::Malformed(format!(
            "nc={nc} is not 8 hexadecimal digits"
        ))),
        None => Ok(None),
    }
}

impl fmt::Display for Authorization {
    /// Formats the header value: quoted strings where RFC 7616 quotes them, bare `algorithm`,
    /// `qop` and `nc` (as curl and the Go clients send them).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_credentials(&mut out, &self.fields());
        f.write_str(&out)
    }
}

/// `H(username:realm)`, what a client sends as the user name when the challenge says
/// `userhash=true`.
pub fn user_hash(algorithm: Algorithm, username: &str, realm: &str) -> String {
    algorithm.hex_hash(format!("{username}:{realm}").as_bytes())
}

/// The fields of an `Authorization: Digest` value, borrowed, for [`write_credentials`].
pub(super) struct AuthorizationFields<'a> {
    pub(super) username: &'a str,
    pub(super) userhash: bool,
    pub(super) realm: &'a str,
    pub(super) nonce: &'a str,
    pub(super) uri: &'a str,
    pub(super) algorithm: Algorithm,
    pub(super) response: &'a str,
    pub(super) opaque: Option<&'a str>,
    pub(super) qop: Option<Qop>,
    pub(super) nc: Option<u32>,
    pub(super) cnonce: Option<&'a str>,
}

/// Writes the header value: quoted strings where RFC 7616 quotes them, bare `algorithm`,
/// `qop` and `nc` (as curl and the Go clients send them).
pub(super) fn write_credentials(out: &mut String, c: &AuthorizationFields<'_>) {
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
    // Each as present: a signer sets all three or none (RFC 2069), but credentials that were
    // parsed may have `nc` or `cnonce` without `qop`, and formatting must not drop them (a
    // `-sess` response covers the cnonce even without qop).
    if let Some(qop) = c.qop {
        out.push_str(", qop=");
        out.push_str(qop.name());
    }
    if let Some(nc) = c.nc {
        out.push_str(", nc=");
        out.push_str(Hex::of(&nc.to_be_bytes()).as_str());
    }
    if let Some(cnonce) = c.cnonce {
        out.push_str(", cnonce=");
        push_quoted(out, cnonce);
    }
    if c.userhash {
        out.push_str(", userhash=true");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::Challenge;
    use crate::digest::tests::{CNONCE, rfc_7616};

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
    fn parses_what_real_clients_send() {
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

    /// RFC 7235 section 2.1: each directive once, whatever the letter case of its name; an
    /// empty `cnonce` is no client nonce.
    #[test]
    fn repeated_directives_and_an_empty_cnonce_are_refused() {
        let right = r#"Digest username="u", realm="r", nonce="n", uri="/", response="x", qop=auth, nc=00000001, cnonce="c""#;
        assert!(Authorization::parse(right).is_ok());
        for wrong in [
            format!(r#"{right}, nonce="n""#),
            format!(r#"{right}, NONCE="m""#),
            format!("{right}, qop=auth"),
            format!(r#"{right}, Username="v""#),
            right.replace(r#"cnonce="c""#, r#"cnonce="""#),
        ] {
            assert!(
                matches!(Authorization::parse(&wrong), Err(DigestError::Malformed(_))),
                "{wrong}"
            );
        }
    }

    /// `nc` is exactly 8 hex digits: no sign, no other length.
    #[test]
    fn nc_is_eight_hex_digits() {
        for nc in ["+0000001", "1", "000000001", "0000000g", ""] {
            let header = format!(
                r#"Digest username="u", realm="r", nonce="n", uri="/", response="x", qop=auth, nc={nc}, cnonce="c""#
            );
            assert!(
                matches!(
                    Authorization::parse(&header),
                    Err(DigestError::Malformed(_)) | Err(DigestError::Missing(_))
                ),
                "nc={nc} was accepted"
            );
        }
    }

    /// Found by fuzzing (`fuzz/fuzz_targets/authorization.rs`): RFC 2617's example with `qop`
    /// misspelt parsed with its `nc` and `cnonce`, which formatting dropped.
    #[test]
    fn nc_and_cnonce_without_qop_survive_formatting() {
        let header = r#"Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", q'p=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41""#;
        let parsed = Authorization::parse(header).unwrap();
        assert_eq!(
            (parsed.qop, parsed.nc, parsed.cnonce.as_deref()),
            (None, Some(1), Some("0a4f113b"))
        );
        let formatted = parsed.to_string();
        assert_eq!(
            Authorization::parse(&formatted).unwrap(),
            parsed,
            "{formatted}"
        );

        // A -sess response covers the cnonce even without qop: formatting keeps it verifying.
        let get = Request {
            method: "GET",
            uri: "/dir/index.html",
            body: b"",
        };
        let mut sess = Authorization {
            algorithm: Algorithm::Md5Sess,
            nc: None,
            ..parsed
        };
        sess.response = sess.expected_response(
            &password_hash(Algorithm::Md5Sess, "Mufasa", &sess.realm, "Circle Of Life"),
            &get,
        );
        assert!(sess.verify("Circle Of Life", &get));
        let reparsed = Authorization::parse(&sess.to_string()).unwrap();
        assert!(reparsed.verify("Circle Of Life", &get), "{reparsed:?}");
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
    }

    mod properties {
        use super::*;
        use crate::digest::tests::strategies::{challenge, text, token};
        use proptest::prelude::*;

        proptest! {
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
        }
    }
}
