//! The access tokens of service accounts and what bounds them, per account: at most
//! [`MAX_ACTIVE_TOKENS`] active (MongoDB's limit; past it the token endpoint answers `403
//! access_denied`), expired ones swept, and the token endpoint's window per address, for at
//! most [`MAX_ADDRESSES`] addresses at once, idle windows swept. A token knows the secret that
//! obtained it, so that deleting the secret (or the account) revokes it.
//!
//! Issuing costs the same however many tokens are live: an account's tokens are kept in
//! issue order, which is expiry order (every token lives `lifetime`), so an issue looks only
//! at the expired tokens at the front of its own account's list. Tokens are stored as SHA-256
//! hashes, looked up by hash. Their expiry is read on the emulator's clock (`clock.rs`: tests
//! move it), the windows on the real one.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use dashmap::DashMap;
use sha2::{Digest as _, Sha256};

use super::ratelimit::{RateLimit, Verdict, Window, seconds_until};

/// Active access tokens one service account may hold: MongoDB's limit ("Rate Limits for
/// MongoDB Atlas Managed MCP Server": 100 active tokens per service account).
pub(crate) const MAX_ACTIVE_TOKENS: usize = 100;

/// Addresses whose token requests one service account's windows hold at once. MongoDB
/// documents no such number (its window is per address and account); past it a request from
/// yet another address is answered as rate-limited, so that a client changing its address
/// cannot grow the emulator's memory. A real client uses one or a few.
pub(crate) const MAX_ADDRESSES: usize = 1000;

pub(crate) fn sha256(text: &str) -> [u8; 32] {
    Sha256::digest(text.as_bytes()).into()
}

struct Token {
    client_id: String,
    secret_id: String,
    expires: Instant,
}

/// A token of this account: its hash, when it expires, the secret that obtained it.
struct Issued {
    hash: [u8; 32],
    expires: Instant,
    secret_id: String,
}

/// One service account's active tokens, oldest first, and its windows by address.
#[derive(Default)]
struct Account {
    issued: VecDeque<Issued>,
    windows: HashMap<IpAddr, Window>,
    last_sweep: Option<Instant>,
}

/// Why no token was issued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotIssued {
    /// The account holds [`MAX_ACTIVE_TOKENS`] active tokens.
    Limit,
    /// The account is gone (deleted meanwhile).
    NoAccount,
}

/// Every service account's tokens and token-endpoint windows.
pub(crate) struct Tokens {
    pub(crate) lifetime: Duration,
    pub(crate) limit: RateLimit,
    by_hash: DashMap<[u8; 32], Token>,
    /// Client ID -> its account's bounds; the accounts are made at start.
    accounts: DashMap<String, Mutex<Account>>,
}

fn lock(account: &Mutex<Account>) -> MutexGuard<'_, Account> {
    account.lock().unwrap_or_else(|p| p.into_inner())
}

impl Tokens {
    pub(crate) fn new(lifetime: Duration, limit: RateLimit) -> Self {
        Tokens {
            lifetime,
            limit,
            by_hash: DashMap::new(),
            accounts: DashMap::new(),
        }
    }

    /// Lets service account `client_id` hold tokens and windows.
    pub(crate) fn add_account(&self, client_id: &str) {
        self.accounts.insert(client_id.to_owned(), Mutex::default());
    }

    /// Forgets service account `client_id`: its tokens are refused from now on.
    pub(crate) fn remove_account(&self, client_id: &str) {
        if let Some((_, account)) = self.accounts.remove(client_id) {
            let account = account.into_inner().unwrap_or_else(|p| p.into_inner());
            for issued in account.issued {
                self.by_hash.remove(&issued.hash);
            }
        }
    }

    /// Counts a token request of `client_id` from `ip` in the window of that address.
    pub(crate) fn take(&self, client_id: &str, ip: IpAddr) -> Verdict {
        let Some(account) = self.accounts.get(client_id) else {
            // Only authenticated service accounts get here, and each has its account.
            return Verdict::Limited { retry_after: 1 };
        };
        let mut account = lock(&account);
        let (now, ip) = (Instant::now(), ip.to_canonical());
        if !account.windows.contains_key(&ip)
            && let Err(limited) = account.room_for_address(self.limit, now)
        {
            return limited;
        }
        account.windows.entry(ip).or_default().take(self.limit, now)
    }

    /// A new token for `client_id`, obtained with its secret `secret_id` at `now` (the
    /// emulator's clock), or why not.
    pub(crate) fn issue(
        &self,
        client_id: &str,
        secret_id: &str,
        now: Instant,
    ) -> Result<String, NotIssued> {
        let account = self.accounts.get(client_id).ok_or(NotIssued::NoAccount)?;
        let mut account = lock(&account);
        while let Some(first) = account.issued.front()
            && first.expires <= now
        {
            self.by_hash.remove(&first.hash);
            account.issued.pop_front();
        }
        if account.issued.len() >= MAX_ACTIVE_TOKENS {
            return Err(NotIssued::Limit);
        }
        let token = crate::digest::hex(&crate::random::bytes::<32>());
        let (hash, expires) = (sha256(&token), now + self.lifetime);
        let stored = Token {
            client_id: client_id.to_owned(),
            secret_id: secret_id.to_owned(),
            expires,
        };
        self.by_hash.insert(hash, stored);
        account.issued.push_back(Issued {
            hash,
            expires,
            secret_id: secret_id.to_owned(),
        });
        Ok(token)
    }

    /// Whose a token is, `(client ID, secret ID)`, if it is known and not expired at `now`
    /// (an expired one is swept).
    pub(crate) fn holder(&self, token: &str, now: Instant) -> Option<(String, String)> {
        let hash = sha256(token);
        if let Some(t) = self.by_hash.get(&hash).filter(|t| t.expires > now) {
            return Some((t.client_id.clone(), t.secret_id.clone()));
        }
        self.by_hash.remove_if(&hash, |_, t| t.expires <= now);
        None
    }

    /// Forgets `token` if it is one of `client_id`'s.
    pub(crate) fn revoke(&self, client_id: &str, token: &str) {
        let hash = sha256(token);
        let revoked = self
            .by_hash
            .remove_if(&hash, |_, t| t.client_id == client_id);
        if let (Some(_), Some(account)) = (revoked, self.accounts.get(client_id)) {
            lock(&account).issued.retain(|issued| issued.hash != hash);
        }
    }

    /// Forgets every token the secret `secret_id` of `client_id` obtained.
    pub(crate) fn revoke_secret(&self, client_id: &str, secret_id: &str) {
        let Some(account) = self.accounts.get(client_id) else {
            return;
        };
        lock(&account).issued.retain(|issued| {
            let keep = issued.secret_id != secret_id;
            if !keep {
                self.by_hash.remove(&issued.hash);
            }
            keep
        });
    }
}

impl Account {
    /// Room for the window of a new address: idle windows are forgotten once a period, or
    /// when [`MAX_ADDRESSES`] are held; when all of those are still in use, rate-limited
    /// until the first of them goes idle.
    fn room_for_address(&mut self, limit: RateLimit, now: Instant) -> Result<(), Verdict> {
        let due = self
            .last_sweep
            .is_none_or(|t| now.duration_since(t) >= limit.period);
        if due || self.windows.len() >= MAX_ADDRESSES {
            self.windows.retain(|_, w| !w.is_idle(limit, now));
            self.last_sweep = Some(now);
        }
        if self.windows.len() < MAX_ADDRESSES {
            return Ok(());
        }
        let soonest = self.windows.values().filter_map(|w| w.idle_at(limit)).min();
        Err(Verdict::Limited {
            retry_after: seconds_until(soonest.unwrap_or(now), now),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lifetime: Duration, period: Duration) -> Tokens {
        let limit = RateLimit {
            capacity: 10,
            period,
        };
        let tokens = Tokens::new(lifetime, limit);
        tokens.add_account("a");
        tokens.add_account("b");
        tokens
    }

    #[test]
    fn an_account_holds_at_most_100_active_tokens() {
        let t = tokens(Duration::from_secs(3600), Duration::from_secs(60));
        let now = Instant::now();
        let issued: Vec<String> = (0..MAX_ACTIVE_TOKENS)
            .map(|_| t.issue("a", "s1", now).unwrap())
            .collect();
        assert_eq!(t.issue("a", "s1", now), Err(NotIssued::Limit), "the 101st");
        assert!(t.issue("b", "s1", now).is_ok(), "per account");
        // Another account cannot revoke it; its own can, which frees a place.
        t.revoke("b", &issued[7]);
        assert_eq!(t.issue("a", "s1", now), Err(NotIssued::Limit));
        t.revoke("a", &issued[7]);
        assert!(t.holder(&issued[7], now).is_none());
        assert_eq!(
            t.holder(&issued[8], now),
            Some(("a".to_owned(), "s1".to_owned()))
        );
        assert!(t.issue("a", "s1", now).is_ok());
        assert_eq!(t.by_hash.len(), MAX_ACTIVE_TOKENS + 1);
    }

    #[test]
    fn expired_tokens_are_swept_and_free_their_places() {
        let t = tokens(Duration::from_secs(3600), Duration::from_secs(60));
        let now = Instant::now();
        let old: Vec<String> = (0..MAX_ACTIVE_TOKENS)
            .map(|_| t.issue("a", "s1", now).unwrap())
            .collect();
        let later = now + Duration::from_secs(3600);
        assert!(t.holder(&old[0], later).is_none(), "expired");
        let fresh = t.issue("a", "s1", later).unwrap();
        assert_eq!(t.by_hash.len(), 1, "the 100 expired ones are gone");
        assert_eq!(lock(&t.accounts.get("a").unwrap()).issued.len(), 1);
        assert!(t.holder(&fresh, later).is_some());
    }

    #[test]
    fn a_secret_or_an_account_takes_its_tokens_with_it() {
        let t = tokens(Duration::from_secs(3600), Duration::from_secs(60));
        let now = Instant::now();
        let first = t.issue("a", "s1", now).unwrap();
        let second = t.issue("a", "s2", now).unwrap();
        let other = t.issue("b", "s1", now).unwrap();
        t.revoke_secret("a", "s1");
        assert!(t.holder(&first, now).is_none());
        assert!(t.holder(&second, now).is_some());
        assert!(
            t.holder(&other, now).is_some(),
            "another account's secret s1"
        );
        t.remove_account("a");
        assert!(t.holder(&second, now).is_none());
        assert_eq!(t.issue("a", "s2", now), Err(NotIssued::NoAccount));
        assert_eq!(t.by_hash.len(), 1);
    }

    #[test]
    fn windows_per_address_for_a_bounded_number_of_addresses() {
        let t = tokens(Duration::from_secs(3600), Duration::from_millis(200));
        let ip = |n: u32| IpAddr::from(std::net::Ipv4Addr::from(0x0a00_0000 + n));
        for _ in 0..10 {
            assert!(matches!(t.take("a", ip(0)), Verdict::Allowed { .. }));
        }
        assert!(matches!(t.take("a", ip(0)), Verdict::Limited { .. }));
        for n in 1..MAX_ADDRESSES as u32 {
            assert!(matches!(t.take("a", ip(n)), Verdict::Allowed { .. }));
        }
        // Every window in use: one address more is refused, for this account only.
        let next = ip(MAX_ADDRESSES as u32);
        assert!(matches!(t.take("a", next), Verdict::Limited { .. }));
        assert!(matches!(t.take("b", next), Verdict::Allowed { .. }));
        let windows = |id: &str| lock(&t.accounts.get(id).unwrap()).windows.len();
        assert_eq!(windows("a"), MAX_ADDRESSES);
        // Once idle, the windows are forgotten as new addresses come.
        std::thread::sleep(Duration::from_millis(250));
        assert!(matches!(t.take("a", next), Verdict::Allowed { .. }));
        assert_eq!(windows("a"), 1);
    }
}
