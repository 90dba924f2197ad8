//! A signer's precomputed part of every response: the hash state after `H(ha1:nonce:`.

use super::{Algorithm, Hex, Qop, Request, request_hash};

/// The hash state after `H(ha1:nonce:`, the part of every response that is the same for
/// every request signed under one challenge (RFC 7616 section 3.4.1, with a qop and no
/// `-sess`): kept by a signer, it saves hashing that block again on each request.
#[derive(Clone)]
pub(crate) enum ResponsePrefix {
    Md5(md5::Md5),
    Sha256(sha2::Sha256),
    Sha512_256(sha2::Sha512_256),
}

impl ResponsePrefix {
    /// The state for `alg` after `password_hash:nonce:`; `None` for a `-sess` algorithm,
    /// whose HA1 changes with each client nonce.
    pub(crate) fn new(alg: Algorithm, password_hash: &str, nonce: &str) -> Option<Self> {
        fn absorbed<D: sha2::Digest>(password_hash: &str, nonce: &str) -> D {
            let mut hasher = D::new();
            for part in [password_hash.as_bytes(), b":", nonce.as_bytes(), b":"] {
                hasher.update(part);
            }
            hasher
        }
        Some(match alg {
            Algorithm::Md5 => ResponsePrefix::Md5(absorbed(password_hash, nonce)),
            Algorithm::Sha256 => ResponsePrefix::Sha256(absorbed(password_hash, nonce)),
            Algorithm::Sha512_256 => ResponsePrefix::Sha512_256(absorbed(password_hash, nonce)),
            _ => return None,
        })
    }

    /// The response for a request with a qop: the rest of `H(ha1:nonce:nc:cnonce:qop:ha2)`.
    pub(crate) fn response(&self, nc: u32, cnonce: &str, qop: Qop, request: &Request<'_>) -> Hex {
        fn rest<D: sha2::Digest + Clone>(prefix: &D, parts: &[&[u8]]) -> Hex {
            let mut hasher = prefix.clone();
            for (i, part) in parts.iter().enumerate() {
                if i > 0 {
                    hasher.update(b":");
                }
                hasher.update(part);
            }
            Hex::of(&hasher.finalize())
        }
        let alg = match self {
            ResponsePrefix::Md5(_) => Algorithm::Md5,
            ResponsePrefix::Sha256(_) => Algorithm::Sha256,
            ResponsePrefix::Sha512_256(_) => Algorithm::Sha512_256,
        };
        let ha2 = request_hash(alg, Some(qop), request);
        let nc = Hex::of(&nc.to_be_bytes());
        let parts = [
            nc.as_bytes(),
            cnonce.as_bytes(),
            qop.name().as_bytes(),
            ha2.as_bytes(),
        ];
        match self {
            ResponsePrefix::Md5(d) => rest(d, &parts),
            ResponsePrefix::Sha256(d) => rest(d, &parts),
            ResponsePrefix::Sha512_256(d) => rest(d, &parts),
        }
    }
}
