//! A string that must not leak: private keys, agent keys, personal keys.

use std::cell::Cell;
use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A secret credential that MongoDB shows once, such as a new API key's `privateKey`.
///
/// The only way to the value is [`Secret::expose_secret`], a call you can search for.
/// `Debug` prints `[REDACTED]`, so logging a response never leaks it; there is no `Display`,
/// so `to_string()` cannot quietly turn the key into the word `[REDACTED]` on its way to a
/// file; serializing writes `"[REDACTED]"` too, unless inside [`Secret::reveal_while`]. The
/// memory is zeroed on drop ([`secrecy`]).
///
/// ```
/// use mongodb_api_keys::Secret;
/// let key = Secret::from("754c8808-0ba8-4153-8eea-85daa09d408a");
/// assert_eq!(format!("{key:?}"), "Secret([REDACTED])");
/// assert_eq!(key.expose_secret(), "754c8808-0ba8-4153-8eea-85daa09d408a");
/// assert_eq!(serde_json::to_string(&key).unwrap(), r#""[REDACTED]""#);
/// ```
///
/// ```compile_fail
/// let key = mongodb_api_keys::Secret::from("754c8808-0ba8-4153-8eea-85daa09d408a");
/// std::fs::write("key.txt", key.to_string()); // no Display: use expose_secret()
/// ```
#[derive(Clone)]
pub struct Secret(SecretString);

thread_local! {
    static REVEALED: Cell<bool> = const { Cell::new(false) };
}

impl Secret {
    /// A private key as MongoDB shows it in every read after its creation:
    /// `********-****-****-` and its last 12 characters.
    ///
    /// ```
    /// use mongodb_api_keys::Secret;
    /// assert_eq!(
    ///     Secret::mask_private_key("754c8808-0ba8-4153-8eea-85daa09d408a"),
    ///     "********-****-****-85daa09d408a"
    /// );
    /// ```
    pub fn mask_private_key(private_key: &str) -> String {
        let tail = private_key
            .char_indices()
            .rev()
            .nth(11)
            .map_or(private_key, |(at, _)| &private_key[at..]);
        format!("********-****-****-{tail}")
    }

    /// An agent API key as Ops Manager lists it: its last 4 characters, the others `*`.
    ///
    /// ```
    /// use mongodb_api_keys::Secret;
    /// assert_eq!(Secret::mask_agent_key("3f9a2c7e5b1d8b87"), "************8b87");
    /// ```
    pub fn mask_agent_key(key: &str) -> String {
        let count = key.chars().count();
        let shown = count.min(4);
        let tail: String = key.chars().skip(count - shown).collect();
        format!("{}{tail}", "*".repeat(count - shown))
    }

    /// The secret itself. Call this only where the value must go (a file, a vault).
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// Runs `serialize` with secrets serialized in clear, on this thread, for output that is
    /// meant to carry them (the CLI printing a new key, a server answering a create); outside
    /// it they serialize as `"[REDACTED]"`, so that a logging layer that serializes responses
    /// cannot leak them.
    ///
    /// ```
    /// use mongodb_api_keys::Secret;
    /// let key = Secret::from("754c8808-0ba8-4153-8eea-85daa09d408a");
    /// let json = Secret::reveal_while(|| serde_json::to_string(&key)).unwrap();
    /// assert_eq!(json, r#""754c8808-0ba8-4153-8eea-85daa09d408a""#);
    /// assert_eq!(serde_json::to_string(&key).unwrap(), r#""[REDACTED]""#);
    /// ```
    pub fn reveal_while<R>(serialize: impl FnOnce() -> R) -> R {
        /// Puts the previous setting back, also when `serialize` panics.
        struct Restore(bool);
        impl Drop for Restore {
            fn drop(&mut self) {
                REVEALED.with(|r| r.set(self.0));
            }
        }
        let _restore = Restore(REVEALED.with(|r| r.replace(true)));
        serialize()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(SecretString::from(value))
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(SecretString::from(value))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose_secret() == other.expose_secret()
    }
}

impl Serialize for Secret {
    /// `"[REDACTED]"`, or the secret inside [`Secret::reveal_while`].
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if REVEALED.with(Cell::get) {
            serializer.serialize_str(self.expose_secret())
        } else {
            serializer.serialize_str("[REDACTED]")
        }
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}
