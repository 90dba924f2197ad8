//! `WWW-Authenticate: Digest ...`: the [`Challenge`] a server sends, and the [`Signer`] a
//! client answers it with.

use std::fmt;

use secrecy::ExposeSecret as _;

use super::Hex;
use super::authorization::{AuthorizationFields, write_credentials};
use super::prefix::ResponsePrefix;
use super::syntax::{Params, quote, split_challenges};
use super::{
    ATLAS_REALM, Algorithm, Authorization, DigestError, Qop, Request, password_hash, response,
    user_hash,
};

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
        let hash = password_hash(algorithm, username, &self.realm, password);
        Signer {
            prefix: ResponsePrefix::new(algorithm, &hash, &self.nonce),
            password_hash: hash.into(),
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
    password_hash: secrecy::SecretString,
    /// The credentials but for what each request sets: uri, response, nc and cnonce.
    template: Authorization,
    /// The response's hash state after `H(ha1:nonce:` (not for `-sess` algorithms).
    prefix: Option<ResponsePrefix>,
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
        let fields = AuthorizationFields {
            uri: request.uri,
            response: response.as_str(),
            nc,
            cnonce,
            ..self.template.fields()
        };
        write_credentials(&mut out, &fields);
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
            response: self.response(request, nc, cnonce).as_str().to_owned(),
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

    fn response(&self, request: &Request<'_>, nc: Option<u32>, cnonce: Option<&str>) -> Hex {
        let t = &self.template;
        if let (Some(prefix), Some(qop), Some(nc), Some(cnonce)) = (&self.prefix, t.qop, nc, cnonce)
        {
            return prefix.response(nc, cnonce, qop, request);
        }
        response(
            t.algorithm,
            self.password_hash.expose_secret(),
            &t.nonce,
            cnonce,
            t.qop,
            nc,
            request,
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::digest::tests::rfc_7616;

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
    }

    /// The signer's precomputed `H(ha1:nonce:` gives the response computed in one go, for
    /// every algorithm and qop, as a server verifying it computes it.
    #[test]
    fn a_signers_precomputed_prefix_gives_the_whole_response() {
        let post = Request {
            method: "POST",
            uri: "/api/atlas/v2/orgs/5980cfc70b6d97029d82e3f6/apiKeys?pretty=true",
            body: b"{\"desc\":\"x\"}",
        };
        for algorithm in Algorithm::ALL {
            for qop in [Qop::Auth, Qop::AuthInt] {
                let mut challenge = rfc_7616(algorithm);
                challenge.qop = vec![qop];
                let signer = challenge.signer("Mufasa", "Circle of Life");
                assert_eq!(signer.prefix.is_some(), !algorithm.is_session());
                for nc in [1, 2, u32::MAX] {
                    let signed = signer.authorization(&post, nc, "0a4f113b");
                    let expected = super::super::response(
                        algorithm,
                        &password_hash(algorithm, "Mufasa", &challenge.realm, "Circle of Life"),
                        &challenge.nonce,
                        Some("0a4f113b"),
                        Some(qop),
                        Some(nc),
                        &post,
                    );
                    assert_eq!(signed.response, expected.as_str(), "{algorithm} {qop:?}");
                    assert!(signed.verify("Circle of Life", &post));
                }
            }
        }
    }

    #[test]
    fn signer_debug_output_hides_the_password_and_its_hash() {
        let signer = rfc_7616(Algorithm::Md5).signer("Mufasa", "Circle of Life");
        let debug = format!("{signer:?}");
        assert!(
            !debug.contains(signer.password_hash.expose_secret()),
            "{debug}"
        );
        assert!(!debug.contains("Circle of Life"), "{debug}");
    }

    mod properties {
        use super::*;
        use crate::digest::tests::strategies::challenge;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn challenges_we_format_parse_back_identically(c in challenge()) {
                prop_assert_eq!(Challenge::parse(&c.to_string()).unwrap(), c);
            }
        }
    }
}
