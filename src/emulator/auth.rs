//! Digest authentication as MongoDB does it: the exact Atlas challenge, nonces that cannot be
//! forged and expire (`stale=true`), `uri` checked against the request-target, the challenged
//! algorithm enforced, each (nonce, nc) accepted once.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::digest::{ATLAS_REALM, Algorithm, Authorization, Challenge, Qop, Request};

/// Who a request authenticated as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Principal {
    /// A MongoDB user, with its personal API key as the password.
    User { user_id: String },
    /// A programmatic API key (created through this emulator), by its public key.
    ApiKey,
}

/// The passwords of one digest user name (a user's personal keys, or one API key's private
/// key), stored as `H(username:realm:password)` like Apache's `htdigest` file, and whose
/// they are.
#[derive(Clone)]
pub(crate) struct Account {
    pub(crate) user_keys: Vec<String>,
    pub(crate) principal: Principal,
}

/// Why a request was not authenticated; each answer is a 401 with a fresh challenge.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No or unreadable credentials, an unknown user, a wrong password or request digest.
    Denied,
    /// The digest was right for a nonce that expired or that this server does not know.
    Stale,
    /// This (nonce, nc) was accepted before.
    Replay,
}

struct NonceState {
    issued: Instant,
    used: HashSet<u32>,
}

/// The nonces this server issued. A nonce is 192 random bits and is valid only while it is
/// in this table and younger than the lifetime: it cannot be forged or guessed.
pub(crate) struct Nonces {
    lifetime: Duration,
    table: Mutex<NonceTable>,
}

struct NonceTable {
    by_nonce: HashMap<String, NonceState>,
    last_sweep: Instant,
    /// Nonces issued at or before this instant are stale (see `expire_all`).
    expired_up_to: Option<Instant>,
}

impl Nonces {
    pub(crate) fn new(lifetime: Duration) -> Self {
        Nonces {
            lifetime,
            table: Mutex::new(NonceTable {
                by_nonce: HashMap::new(),
                last_sweep: Instant::now(),
                expired_up_to: None,
            }),
        }
    }

    /// A new nonce: 32 characters of the base64 alphabet, like Atlas's.
    pub(crate) fn issue(&self) -> String {
        const ALPHABET: &[u8; 64] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let nonce: String = crate::random::bytes::<32>()
            .iter()
            .map(|b| ALPHABET[usize::from(b & 63)] as char)
            .collect();
        let now = Instant::now();
        let mut table = self.lock();
        // Forget nonces long past their lifetime; a request still using one is answered
        // `stale=true` all the same.
        if now.duration_since(table.last_sweep) > self.lifetime {
            let keep = self.lifetime * 2;
            table
                .by_nonce
                .retain(|_, state| now.duration_since(state.issued) < keep);
            table.last_sweep = now;
        }
        table.by_nonce.insert(
            nonce.clone(),
            NonceState {
                issued: now,
                used: HashSet::new(),
            },
        );
        nonce
    }

    /// Makes every nonce issued so far stale, as if its lifetime had passed.
    pub(crate) fn expire_all(&self) {
        self.lock().expired_up_to = Some(Instant::now());
    }

    /// Records the use of (nonce, nc): `Ok` for a fresh nonce and a count never seen.
    fn consume(&self, nonce: &str, nc: u32) -> Result<(), Refusal> {
        let mut table = self.lock();
        let expired = table.expired_up_to;
        let Some(state) = table.by_nonce.get_mut(nonce) else {
            return Err(Refusal::Stale);
        };
        if state.issued.elapsed() >= self.lifetime || expired.is_some_and(|t| state.issued <= t) {
            return Err(Refusal::Stale);
        }
        if !state.used.insert(nc) {
            return Err(Refusal::Replay);
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, NonceTable> {
        // A panic while holding the lock cannot leave the table inconsistent.
        self.table
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The challenge to send with a 401.
pub(crate) fn challenge(nonces: &Nonces, algorithm: Algorithm, stale: bool) -> String {
    let mut challenge = Challenge::atlas(&nonces.issue(), stale);
    challenge.algorithm = algorithm;
    challenge.to_string()
}

/// Checks an `Authorization` header against the accounts, for a request with this method,
/// request-target and body.
pub(crate) fn authenticate(
    header: Option<&str>,
    request: &Request<'_>,
    algorithm: Algorithm,
    nonces: &Nonces,
    account: impl Fn(&str) -> Option<(String, std::sync::Arc<Account>)>,
) -> Result<Principal, Refusal> {
    let auth = header
        .and_then(|h| Authorization::parse(h).ok())
        .ok_or(Refusal::Denied)?;
    // The challenge offered qop="auth" with one algorithm; the answer must use exactly those,
    // sign the request-target actually sent, and count from 1 (Atlas rejects nc=00000000).
    if auth.algorithm != algorithm
        || auth.qop != Some(Qop::Auth)
        || auth.uri != request.uri
        || auth.realm != ATLAS_REALM
        || auth.nc == Some(0)
    {
        return Err(Refusal::Denied);
    }
    let (username, account) = account(&auth.username).ok_or(Refusal::Denied)?;
    if !account
        .user_keys
        .iter()
        .any(|key| auth.verify_key(&username, key, request))
    {
        return Err(Refusal::Denied);
    }
    nonces.consume(&auth.nonce, auth.nc.unwrap_or_default())?;
    Ok(account.principal.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accounts(name: &str) -> Option<(String, std::sync::Arc<Account>)> {
        (name == "alice").then(|| {
            let account = Account {
                user_keys: vec![crate::digest::user_key(
                    Algorithm::Md5,
                    "alice",
                    ATLAS_REALM,
                    "secret",
                )],
                principal: Principal::User {
                    user_id: "u".into(),
                },
            };
            ("alice".to_owned(), std::sync::Arc::new(account))
        })
    }

    #[test]
    fn nonces_are_single_use_per_count_and_expire() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let header = challenge(&nonces, Algorithm::Md5, false);
        let challenge = Challenge::parse(&header).unwrap();
        assert_eq!(challenge.nonce.len(), 32);
        let request = Request {
            method: "POST",
            uri: "/api/atlas/v1.0/x",
            body: b"{}",
        };
        let sign = |nc| {
            challenge
                .sign("alice", "secret", &request, nc, "c")
                .to_string()
        };
        let check = |h: &str| authenticate(Some(h), &request, Algorithm::Md5, &nonces, accounts);
        assert_eq!(
            check(&sign(1)),
            Ok(Principal::User {
                user_id: "u".into()
            })
        );
        assert_eq!(check(&sign(1)), Err(Refusal::Replay));
        assert!(check(&sign(3)).is_ok(), "counts may arrive out of order");
        assert!(check(&sign(2)).is_ok());
        let wrong = challenge
            .sign("alice", "wrong", &request, 4, "c")
            .to_string();
        assert_eq!(check(&wrong), Err(Refusal::Denied));
        let other_uri = Request {
            uri: "/api/atlas/v1.0/y",
            ..request
        };
        let moved = challenge
            .sign("alice", "secret", &other_uri, 5, "c")
            .to_string();
        assert_eq!(
            check(&moved),
            Err(Refusal::Denied),
            "uri must be the request-target"
        );
        nonces.expire_all();
        assert_eq!(check(&sign(6)), Err(Refusal::Stale));
        let forged = Challenge {
            nonce: "A".repeat(32),
            ..challenge.clone()
        };
        let forged = forged.sign("alice", "secret", &request, 1, "c").to_string();
        assert_eq!(
            check(&forged),
            Err(Refusal::Stale),
            "unknown nonces never authenticate"
        );
    }

    #[test]
    fn the_challenged_algorithm_is_enforced() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let mut challenge = Challenge::parse(&challenge(&nonces, Algorithm::Md5, false)).unwrap();
        challenge.algorithm = Algorithm::Sha256;
        let request = Request {
            method: "POST",
            uri: "/x",
            body: b"",
        };
        let header = challenge
            .sign("alice", "secret", &request, 1, "c")
            .to_string();
        let result = authenticate(Some(&header), &request, Algorithm::Md5, &nonces, accounts);
        assert_eq!(result, Err(Refusal::Denied));
    }
}
