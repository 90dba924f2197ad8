//! Digest nonces that the server can verify without remembering them, and the bounded record
//! of which (nonce, nc) pairs were already used.
//!
//! A nonce is 24 bytes written as 32 characters of the base64 alphabet, like Atlas's: when it
//! was issued (nanoseconds since this emulator started), 4 random bytes, and the first 12 bytes
//! of an HMAC-SHA-256 of those 12 bytes under a key drawn at start-up. Issuing one stores
//! nothing, so unauthenticated traffic leaves nothing behind; a nonce this process did not
//! issue fails the MAC and is treated like an expired one (`stale=true`).
//!
//! Only requests whose digest verified reach [`Nonces::consume`], which records the nonce
//! count. Each nonce's record is a floor (every count up to it was used) and the few counts
//! above it that arrived out of order, so a client counting 1, 2, 3, ... costs one small
//! entry per nonce however many requests it signs. Entries older than the nonce lifetime are
//! swept: such a nonce is refused by its timestamp before the record is consulted. A client
//! that takes a fresh nonce for every request still cannot grow the record past
//! [`MAX_PER_SHARD`] entries a shard: past it the shard forgets its older half and answers
//! every nonce of its issued up to then `stale=true`, so that no count of a forgotten nonce
//! can be replayed (a digest client signs again with the new nonce of that answer).

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use hmac::{KeyInit as _, Mac as _};

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// Why a nonce or a nonce count was refused (the digest itself was right).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NonceRefusal {
    /// Expired, made stale by [`Nonces::expire_all`], or not issued by this process.
    Stale,
    /// This (nonce, nc) was accepted before.
    Replay,
}

/// Counts above the floor of one nonce that may wait for the counts below them; past this a
/// client is answered `stale=true` and starts over with a new nonce.
const MAX_OUT_OF_ORDER: usize = 1024;
const SHARDS: usize = 64;
/// Nonces on record per shard: 65,536 in all, a few megabytes.
const MAX_PER_SHARD: usize = 1024;

/// Issues and checks nonces; see the module documentation.
pub(crate) struct Nonces {
    key: HmacSha256,
    started: Instant,
    lifetime: Duration,
    /// Nonces issued at or before this many nanoseconds after `started` are stale.
    expired_up_to: AtomicU64,
    shards: Box<[Mutex<Shard>]>,
}

#[derive(Default)]
struct Shard {
    /// By the nonce's 24 bytes.
    uses: HashMap<[u8; 24], Uses>,
    last_sweep: u64,
    /// This shard's nonces issued at or before this many nanoseconds after `started` are
    /// stale: their records may have been forgotten to make room.
    forgotten_up_to: u64,
}

impl Shard {
    /// Forgets the older half of the record and makes every nonce of this shard issued up to
    /// the newest of them stale.
    fn forget_older_half(&mut self) {
        let mut issued: Vec<u64> = self.uses.values().map(|u| u.issued).collect();
        let middle = issued.len() / 2;
        let (_, threshold, _) = issued.select_nth_unstable(middle);
        let threshold = *threshold;
        self.uses.retain(|_, u| u.issued > threshold);
        self.forgotten_up_to = self.forgotten_up_to.max(threshold);
    }
}

/// The counts used with one nonce: all of `1..=floor`, and `above`.
struct Uses {
    issued: u64,
    floor: u32,
    above: BTreeSet<u32>,
}

impl Nonces {
    pub(crate) fn new(lifetime: Duration) -> Self {
        let secret = crate::random::bytes::<32>();
        Nonces {
            key: HmacSha256::new_from_slice(&secret).expect("HMAC takes keys of any length"),
            started: Instant::now(),
            lifetime,
            expired_up_to: AtomicU64::new(0),
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }

    fn now(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn mac(&self, stamp: &[u8; 12]) -> [u8; 12] {
        let mut mac = self.key.clone();
        mac.update(stamp);
        let tag = mac.finalize().into_bytes();
        let mut out = [0; 12];
        out.copy_from_slice(&tag[..12]);
        out
    }

    /// A new nonce: 32 characters of the base64 alphabet.
    pub(crate) fn issue(&self) -> String {
        // Strictly after the last `expire_all`, so that a nonce issued right after it is fresh.
        let issued = self
            .now()
            .max(self.expired_up_to.load(Ordering::Acquire) + 1);
        let mut raw = [0u8; 24];
        raw[..8].copy_from_slice(&issued.to_be_bytes());
        raw[8..12].copy_from_slice(&crate::random::bytes::<4>());
        let stamp: [u8; 12] = raw[..12].try_into().unwrap_or_default();
        raw[12..].copy_from_slice(&self.mac(&stamp));
        STANDARD_NO_PAD.encode(raw)
    }

    /// Makes every nonce issued so far stale, as if its lifetime had passed.
    pub(crate) fn expire_all(&self) {
        self.expired_up_to.fetch_max(self.now(), Ordering::AcqRel);
    }

    /// Records the use of count `nc` with `nonce`: `Ok` for a fresh nonce of this process and
    /// a count never used with it.
    pub(crate) fn consume(&self, nonce: &str, nc: u32) -> Result<(), NonceRefusal> {
        let raw = decode(nonce)?;
        let issued = u64::from_be_bytes(raw[..8].try_into().unwrap_or_default());
        let now = self.now();
        let lifetime = u64::try_from(self.lifetime.as_nanos()).unwrap_or(u64::MAX);
        if issued <= self.expired_up_to.load(Ordering::Acquire)
            || now.saturating_sub(issued) >= lifetime
        {
            return Err(NonceRefusal::Stale);
        }
        let shard = &self.shards[usize::from(raw[8]) % SHARDS];
        let mut shard = shard.lock().unwrap_or_else(|p| p.into_inner());
        if now.saturating_sub(shard.last_sweep) > lifetime / 4 {
            shard
                .uses
                .retain(|_, u| now.saturating_sub(u.issued) < lifetime);
            shard.last_sweep = now;
        }
        if issued <= shard.forgotten_up_to {
            return Err(NonceRefusal::Stale);
        }
        // A nonce on record was verified at its first use: its MAC need not be computed again.
        if let Some(uses) = shard.uses.get_mut(&raw) {
            return uses.record(nc);
        }
        let stamp: [u8; 12] = raw[..12].try_into().unwrap_or_default();
        if !crate::digest::constant_time_eq(&self.mac(&stamp), &raw[12..]) {
            return Err(NonceRefusal::Stale);
        }
        if shard.uses.len() >= MAX_PER_SHARD {
            shard.forget_older_half();
        }
        if issued <= shard.forgotten_up_to {
            return Err(NonceRefusal::Stale);
        }
        let mut uses = Uses {
            issued,
            floor: 0,
            above: BTreeSet::new(),
        };
        uses.record(nc)?;
        shard.uses.insert(raw, uses);
        Ok(())
    }

    /// How many nonces have counts on record (for `GET /_emulator/stats`).
    pub(crate) fn recorded(&self) -> usize {
        self.shards
            .iter()
            .map(|s| s.lock().unwrap_or_else(|p| p.into_inner()).uses.len())
            .sum()
    }
}

/// The 24 bytes of a nonce; anything else is not one of ours (`stale`).
fn decode(nonce: &str) -> Result<[u8; 24], NonceRefusal> {
    let mut raw = [0u8; 24];
    match STANDARD_NO_PAD.decode_slice(nonce.as_bytes(), &mut raw) {
        Ok(24) if nonce.len() == 32 => Ok(raw),
        _ => Err(NonceRefusal::Stale),
    }
}

impl Uses {
    fn record(&mut self, nc: u32) -> Result<(), NonceRefusal> {
        if nc <= self.floor || self.above.contains(&nc) {
            return Err(NonceRefusal::Replay);
        }
        if nc == self.floor + 1 {
            self.floor = nc;
            while self.above.remove(&(self.floor + 1)) {
                self.floor += 1;
            }
            return Ok(());
        }
        if self.above.len() >= MAX_OUT_OF_ORDER {
            return Err(NonceRefusal::Stale);
        }
        self.above.insert(nc);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_look_like_atlas_and_verify_without_being_stored() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let nonce = nonces.issue();
        assert_eq!(nonce.len(), 32);
        assert!(
            nonce
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
        );
        assert_eq!(nonces.recorded(), 0, "issuing stores nothing");
        for _ in 0..1000 {
            nonces.issue();
        }
        assert_eq!(nonces.recorded(), 0);
        assert_eq!(nonces.consume(&nonce, 1), Ok(()));
        assert_eq!(nonces.recorded(), 1);
    }

    #[test]
    fn each_count_once_in_any_order() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let nonce = nonces.issue();
        for nc in [1, 3, 2, 5] {
            assert_eq!(nonces.consume(&nonce, nc), Ok(()), "nc {nc}");
        }
        for nc in [1, 2, 3, 5] {
            assert_eq!(nonces.consume(&nonce, nc), Err(NonceRefusal::Replay));
        }
        assert_eq!(nonces.consume(&nonce, 4), Ok(()));
    }

    #[test]
    fn forged_altered_and_expired_nonces_are_stale() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let other = Nonces::new(Duration::from_secs(300));
        assert_eq!(
            nonces.consume(&other.issue(), 1),
            Err(NonceRefusal::Stale),
            "another process's nonce"
        );
        let mut altered = nonces.issue().into_bytes();
        altered[3] = if altered[3] == b'A' { b'B' } else { b'A' };
        let altered = String::from_utf8(altered).unwrap();
        assert_eq!(nonces.consume(&altered, 1), Err(NonceRefusal::Stale));
        for junk in ["", "short", &"A".repeat(32), &"é".repeat(16)] {
            assert_eq!(nonces.consume(junk, 1), Err(NonceRefusal::Stale));
        }
        let old = nonces.issue();
        nonces.expire_all();
        let fresh = nonces.issue();
        assert_eq!(nonces.consume(&old, 1), Err(NonceRefusal::Stale));
        assert_eq!(nonces.consume(&fresh, 1), Ok(()));

        let short = Nonces::new(Duration::from_millis(1));
        let nonce = short.issue();
        std::thread::sleep(Duration::from_millis(5));
        assert_eq!(short.consume(&nonce, 1), Err(NonceRefusal::Stale));
    }

    #[test]
    fn a_fresh_nonce_for_every_request_cannot_grow_the_record_past_its_bound() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let first = nonces.issue();
        nonces.consume(&first, 1).unwrap();
        let mut last = String::new();
        for _ in 0..100_000 {
            last = nonces.issue();
            assert_eq!(nonces.consume(&last, 1), Ok(()));
        }
        assert!(
            nonces.recorded() <= SHARDS * MAX_PER_SHARD,
            "{}",
            nonces.recorded()
        );
        // The first one's record was forgotten: it is stale, never replayable.
        assert_eq!(nonces.consume(&first, 1), Err(NonceRefusal::Stale));
        assert_eq!(nonces.consume(&first, 2), Err(NonceRefusal::Stale));
        assert_eq!(nonces.consume(&last, 1), Err(NonceRefusal::Replay));
        assert_eq!(nonces.consume(&last, 2), Ok(()));
    }

    #[test]
    fn the_record_is_bounded_per_nonce_and_swept() {
        let nonces = Nonces::new(Duration::from_secs(300));
        let nonce = nonces.issue();
        for nc in 1..=10_000 {
            assert_eq!(nonces.consume(&nonce, nc), Ok(()));
        }
        for nc in 0..MAX_OUT_OF_ORDER as u32 {
            assert_eq!(nonces.consume(&nonce, 20_000 + 2 * nc), Ok(()));
        }
        assert_eq!(
            nonces.consume(&nonce, 90_000),
            Err(NonceRefusal::Stale),
            "too many gaps: start over with a new nonce"
        );
        let nonces = Nonces::new(Duration::from_millis(40));
        for _ in 0..101 {
            nonces.consume(&nonces.issue(), 1).unwrap();
        }
        assert_eq!(nonces.recorded(), 101);
        std::thread::sleep(Duration::from_millis(60));
        // Each shard sweeps on its next use; use them all.
        let (mut used, mut fresh) = (std::collections::HashSet::new(), 0);
        while used.len() < SHARDS {
            let nonce = nonces.issue();
            let raw = STANDARD_NO_PAD.decode(&nonce).unwrap();
            used.insert(raw[8] as usize % SHARDS);
            nonces.consume(&nonce, 1).unwrap();
            fresh += 1;
        }
        assert_eq!(nonces.recorded(), fresh, "every old entry was swept");
    }
}
