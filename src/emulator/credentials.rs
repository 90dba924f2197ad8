//! The credentials of every principal, by digest user name (looked up, never scanned), and
//! the public keys of programmatic API keys: drawn uniformly, and unique across every
//! credential by construction. A key's credential is only ever stored into a vacant entry;
//! a drawn public key that is taken (another key's, the fixture user's name) is drawn
//! again, so that no second credential can answer to an existing name.

use std::sync::Arc;

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;

use super::principal::Principal;
use crate::digest::{ATLAS_REALM, Algorithm};

/// The passwords of one digest user name, stored as `H(username:realm:password)` like
/// Apache's `htdigest` file, and whose they are. An API key has one; a user has its own
/// personal keys (at most `MAX_PERSONAL_KEYS` and the fixture's).
#[derive(Clone)]
pub(crate) struct Credential {
    pub(crate) password_hashes: Vec<String>,
    pub(crate) principal: Principal,
}

/// Draws of a taken public key before giving up: with 26^8 public keys and at most a few
/// hundred taken, a second draw is already a one-in-hundreds-of-millions event; only a
/// broken generator gets this far.
const DRAWS: usize = 64;

/// Digest user name -> credential.
pub(crate) struct Credentials {
    algorithm: Algorithm,
    by_name: DashMap<String, Arc<Credential>>,
}

impl Credentials {
    pub(crate) fn new(algorithm: Algorithm) -> Self {
        Credentials {
            algorithm,
            by_name: DashMap::new(),
        }
    }

    /// The credential of digest user name `name`.
    pub(crate) fn get(&self, name: &str) -> Option<Arc<Credential>> {
        self.by_name.get(name).map(|c| c.clone())
    }

    /// How many passwords `name` has.
    pub(crate) fn passwords(&self, name: &str) -> usize {
        self.by_name
            .get(name)
            .map_or(0, |c| c.password_hashes.len())
    }

    /// Lets user `name` authenticate with `password` too, as `principal`, unless it already
    /// has `max` passwords (checked and added under the entry's lock, so that concurrent
    /// requests cannot pass `max` together); whether it was added.
    pub(crate) fn add_user_password(
        &self,
        name: &str,
        password: &str,
        principal: Principal,
        max: usize,
    ) -> bool {
        let hash = self.hash(name, password);
        let mut entry = self.by_name.entry(name.to_owned()).or_insert_with(|| {
            Arc::new(Credential {
                password_hashes: Vec::new(),
                principal,
            })
        });
        if entry.password_hashes.len() >= max {
            return false;
        }
        Arc::make_mut(&mut entry).password_hashes.push(hash);
        true
    }

    /// Stores a new API key's credential (`password`, acting as `principal`) under a public
    /// key from `draw`, drawing again while the one drawn is taken; the public key, or `None`
    /// when [`DRAWS`] draws were all taken (nothing is stored then).
    pub(crate) fn insert_key(
        &self,
        password: &str,
        principal: Principal,
        mut draw: impl FnMut() -> String,
    ) -> Option<String> {
        for _ in 0..DRAWS {
            let name = draw();
            if let Entry::Vacant(vacant) = self.by_name.entry(name.clone()) {
                let credential = Credential {
                    password_hashes: vec![self.hash(&name, password)],
                    principal,
                };
                vacant.insert(Arc::new(credential));
                return Some(name);
            }
        }
        None
    }

    /// Forgets the credential of `name`: a request signed with it is refused from now on.
    pub(crate) fn remove(&self, name: &str) {
        self.by_name.remove(name);
    }

    /// Makes the credential of `name` act as `principal` from now on (new roles).
    pub(crate) fn set_principal(&self, name: &str, principal: Principal) {
        if let Some(mut credential) = self.by_name.get_mut(name) {
            Arc::make_mut(&mut credential).principal = principal;
        }
    }

    fn hash(&self, name: &str, password: &str) -> String {
        crate::digest::password_hash(self.algorithm, name, ATLAS_REALM, password)
    }
}

/// A public key as MongoDB makes them: 8 lower-case letters, each of the 26 equally likely.
pub(crate) fn public_key() -> String {
    let mut pool = [0u8; 16];
    let mut used = pool.len();
    letters(8, || {
        if used == pool.len() {
            crate::random::fill(&mut pool);
            used = 0;
        }
        used += 1;
        pool[used - 1]
    })
}

/// `n` letters from random bytes by rejection sampling: a byte below 234 (9 x 26) gives the
/// letter `byte % 26`, each letter from exactly 9 values; 234 to 255 are drawn again.
/// (`byte % 26` over all 256 values would make `a` to `v` more likely than `w` to `z`.)
fn letters(n: usize, mut next_byte: impl FnMut() -> u8) -> String {
    let mut out = String::with_capacity(n);
    while out.len() < n {
        let byte = next_byte();
        if byte < 234 {
            out.push(char::from(b'a' + byte % 26));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::principal::Who;

    fn key(id: &str) -> Principal {
        Principal {
            who: Who::ApiKey { id: id.into() },
            grants: Arc::new([]),
        }
    }

    #[test]
    fn letters_are_uniform_by_rejection_sampling() {
        // Every byte value once: the 234 accepted give each letter exactly 9 times.
        let mut bytes = 0..=255u8;
        let drawn = letters(26 * 9, || bytes.next().unwrap());
        for letter in 'a'..='z' {
            assert_eq!(drawn.matches(letter).count(), 9, "{letter} in {drawn}");
        }
        // 234 to 255 are drawn again, not folded onto `a` to `v`.
        let mut bytes = [234u8, 255, 0, 250, 25].into_iter();
        assert_eq!(letters(2, || bytes.next().unwrap()), "az");
        let key = public_key();
        assert!(key.len() == 8 && key.bytes().all(|b| b.is_ascii_lowercase()));
    }

    #[test]
    fn a_taken_public_key_is_drawn_again_and_never_shared() {
        let credentials = Credentials::new(Algorithm::Md5);
        let user = Principal {
            who: Who::User {
                user_id: "u".into(),
            },
            grants: Arc::new([]),
        };
        // A user whose name looks like a public key: taken too.
        assert!(credentials.add_user_password("aaaaaaaa", "secret", user.clone(), 1));
        assert!(!credentials.add_user_password("aaaaaaaa", "other", user, 1));
        let mut draws = ["aaaaaaaa", "bbbbbbbb", "bbbbbbbb", "aaaaaaaa", "cccccccc"]
            .into_iter()
            .map(String::from);
        let mut draw = || draws.next().unwrap();
        assert_eq!(
            credentials
                .insert_key("one", key("1"), &mut draw)
                .as_deref(),
            Some("bbbbbbbb")
        );
        assert_eq!(
            credentials
                .insert_key("two", key("2"), &mut draw)
                .as_deref(),
            Some("cccccccc")
        );
        // A generator that only ever collides stores nothing.
        let stuck = credentials.insert_key("three", key("3"), || "bbbbbbbb".into());
        assert_eq!(stuck, None);
        // Each name answers for its first owner only, with its one password.
        let owner = |name: &str| {
            let credential = credentials.get(name).unwrap();
            (
                credential.principal.who.clone(),
                credential.password_hashes.len(),
            )
        };
        assert_eq!(owner("bbbbbbbb"), (Who::ApiKey { id: "1".into() }, 1));
        assert_eq!(owner("cccccccc"), (Who::ApiKey { id: "2".into() }, 1));
        assert_eq!(credentials.passwords("aaaaaaaa"), 1);
        assert!(matches!(owner("aaaaaaaa").0, Who::User { .. }));
    }
}
