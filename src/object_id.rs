//! [`ObjectId`]: a MongoDB ObjectId as the spec writes it, 24 lower-case hexadecimal digits.
//!
//! The spec's `ObjectId` schema says `pattern: ^[0-9a-f]{24}$`. Generated as is, that would be
//! a newtype checked by a regular-expression engine at run time; `build.rs` replaces it with
//! this type, which checks the same rule with a loop over the bytes. The generated code uses
//! it everywhere the spec names `ObjectId` (path parameters, response fields), and it is
//! re-exported as `mongodb_api_keys::generated::types::ObjectId`.
//!
//! ```
//! use mongodb_api_keys::object_id::ObjectId;
//!
//! let id: ObjectId = "5980cfc70b6d97029d82e3f6".parse()?;
//! assert_eq!(id.as_str(), "5980cfc70b6d97029d82e3f6");
//! assert!("5980CFC70B6D97029D82E3F6".parse::<ObjectId>().is_err());
//! # Ok::<(), mongodb_api_keys::object_id::InvalidObjectId>(())
//! ```

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// The number of hexadecimal digits in an ObjectId (12 bytes).
const LENGTH: usize = 24;

/// The longest part of a refused value that an [`InvalidObjectId`] message quotes, in
/// characters.
const SHOWN: usize = 40;

/// A MongoDB ObjectId: exactly 24 lower-case hexadecimal digits, such as
/// `5980cfc70b6d97029d82e3f6`.
///
/// Every way to make one checks the rule: [`FromStr`], `TryFrom<&str>`, `TryFrom<String>`,
/// `TryFrom<&String>` and [`Deserialize`], so a malformed ID in a response is a decode error
/// and a malformed ID given to a generated builder is refused before anything is sent.
/// Upper-case digits are refused too, as the spec's pattern refuses them.
///
/// It displays, serializes and dereferences as the plain string.
///
/// ```
/// use mongodb_api_keys::object_id::ObjectId;
///
/// let id = ObjectId::try_from("5980cfc70b6d97029d82e3f6")?;
/// assert_eq!(id.to_string(), "5980cfc70b6d97029d82e3f6");
/// assert_eq!(serde_json::to_string(&id).unwrap(), r#""5980cfc70b6d97029d82e3f6""#);
///
/// let decoded: ObjectId = serde_json::from_str(r#""5980cfc70b6d97029d82e3f6""#).unwrap();
/// assert_eq!(decoded, id);
/// assert!(serde_json::from_str::<ObjectId>(r#""5980cfc70b6d97029d82e3f""#).is_err());
/// # Ok::<(), mongodb_api_keys::object_id::InvalidObjectId>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId(String);

impl ObjectId {
    /// Whether `value` is an ObjectId: exactly 24 bytes, each `0`–`9` or `a`–`f`. Allocates
    /// nothing.
    ///
    /// ```
    /// use mongodb_api_keys::object_id::ObjectId;
    ///
    /// assert!(ObjectId::is_valid("5980cfc70b6d97029d82e3f6"));
    /// assert!(!ObjectId::is_valid("5980cfc70b6d97029d82e3f")); // 23 digits
    /// assert!(!ObjectId::is_valid("5980CFC70B6D97029D82E3F6")); // upper case
    /// assert!(!ObjectId::is_valid("5980cfc70b6d97029d82e3fé")); // not ASCII
    /// ```
    #[must_use]
    pub const fn is_valid(value: &str) -> bool {
        let bytes = value.as_bytes();
        if bytes.len() != LENGTH {
            return false;
        }
        let mut i = 0;
        while i < LENGTH {
            if !matches!(bytes[i], b'0'..=b'9' | b'a'..=b'f') {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The 24 digits.
    ///
    /// ```
    /// use mongodb_api_keys::object_id::ObjectId;
    ///
    /// let id: ObjectId = "5e2211c17a3e5a48f5497de3".parse()?;
    /// assert_eq!(id.as_str(), "5e2211c17a3e5a48f5497de3");
    /// # Ok::<(), mongodb_api_keys::object_id::InvalidObjectId>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ObjectId {
    type Err = InvalidObjectId;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        if Self::is_valid(value) {
            Ok(Self(value.to_owned()))
        } else {
            Err(InvalidObjectId::new(value))
        }
    }
}

impl TryFrom<&str> for ObjectId {
    type Error = InvalidObjectId;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl TryFrom<&String> for ObjectId {
    type Error = InvalidObjectId;

    fn try_from(value: &String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl TryFrom<String> for ObjectId {
    type Error = InvalidObjectId;

    /// Keeps the string's allocation when it is valid.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        if Self::is_valid(&value) {
            Ok(Self(value))
        } else {
            Err(InvalidObjectId::new(&value))
        }
    }
}

impl From<ObjectId> for String {
    fn from(value: ObjectId) -> Self {
        value.0
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for ObjectId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for ObjectId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl Deref for ObjectId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for ObjectId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for ObjectId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Serialize for ObjectId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ObjectId {
    /// Decodes a JSON string, refusing one that is not an ObjectId with the
    /// [`InvalidObjectId`] message.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectIdVisitor;

        impl Visitor<'_> for ObjectIdVisitor {
            type Value = ObjectId;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string of 24 lower-case hexadecimal digits")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<ObjectId, E> {
                value.parse().map_err(E::custom)
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<ObjectId, E> {
                ObjectId::try_from(value).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(ObjectIdVisitor)
    }
}

/// A value that is not an ObjectId. Its message quotes the value (escaped, and cut after 40
/// characters) and states the rule.
///
/// ```
/// use mongodb_api_keys::object_id::ObjectId;
///
/// let error = "5980cfc70b6d97029d82e3f".parse::<ObjectId>().unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "\"5980cfc70b6d97029d82e3f\" is not a MongoDB ObjectId: expected 24 lower-case \
///      hexadecimal digits, e.g. 5980cfc70b6d97029d82e3f6"
/// );
///
/// let long = "x".repeat(1000).parse::<ObjectId>().unwrap_err().to_string();
/// assert!(long.starts_with(&format!("\"{}\"… (1000 characters) is not", "x".repeat(40))));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidObjectId {
    /// The value's first [`SHOWN`] characters.
    shown: String,
    /// The value's length in characters, when it had more than [`SHOWN`].
    cut_from: Option<usize>,
}

impl InvalidObjectId {
    fn new(value: &str) -> Self {
        match value.char_indices().nth(SHOWN) {
            None => Self {
                shown: value.to_owned(),
                cut_from: None,
            },
            Some((end, _)) => Self {
                shown: value[..end].to_owned(),
                cut_from: Some(value.chars().count()),
            },
        }
    }
}

impl fmt::Display for InvalidObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.shown)?;
        if let Some(length) = self.cut_from {
            write!(f, "… ({length} characters)")?;
        }
        write!(
            f,
            " is not a MongoDB ObjectId: expected {LENGTH} lower-case hexadecimal digits, \
             e.g. 5980cfc70b6d97029d82e3f6"
        )
    }
}

impl std::error::Error for InvalidObjectId {}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const VALID: &str = "5980cfc70b6d97029d82e3f6";

    fn refused(value: &str) -> String {
        assert!(!ObjectId::is_valid(value), "{value:?} is valid");
        let parsed = value.parse::<ObjectId>().unwrap_err();
        assert_eq!(ObjectId::try_from(value).unwrap_err(), parsed);
        assert_eq!(ObjectId::try_from(&value.to_owned()).unwrap_err(), parsed);
        assert_eq!(ObjectId::try_from(value.to_owned()).unwrap_err(), parsed);
        parsed.to_string()
    }

    #[test]
    fn twenty_four_lower_case_hex_digits_are_an_object_id() {
        for value in [
            VALID,
            "000000000000000000000000",
            "0123456789abcdefabcdef01",
        ] {
            let id: ObjectId = value.parse().unwrap();
            assert_eq!(id.as_str(), value);
            assert_eq!(id.to_string(), value);
            assert_eq!(AsRef::<str>::as_ref(&id), value);
            assert_eq!(&*id, value);
            assert_eq!(id, value);
            assert_eq!(ObjectId::try_from(value).unwrap(), id);
            assert_eq!(ObjectId::try_from(value.to_owned()).unwrap(), id);
            assert_eq!(ObjectId::try_from(&value.to_owned()).unwrap(), id);
            assert_eq!(String::from(id), value);
        }
    }

    #[test]
    fn upper_case_digits_are_refused() {
        refused("5980CFC70B6D97029D82E3F6");
        refused("5980cfc70b6d97029d82e3fA");
    }

    #[test]
    fn any_other_length_is_refused() {
        for length in [0, 1, 23, 25, 40] {
            let value = "a".repeat(length);
            let message = refused(&value);
            assert!(
                message.starts_with(&format!("{value:?} is not")),
                "{message}"
            );
        }
    }

    #[test]
    fn non_hex_characters_are_refused() {
        for value in [
            "5980cfc70b6d97029d82e3fg",
            "5980cfc70b6d97029d82e3f ",
            " 980cfc70b6d97029d82e3f6",
            "5980cfc70b6d97029d82e3f\n",
            "5980cfc70b6d97029d82e3f\0",
            "0x80cfc70b6d97029d82e3f6",
            "5980cfc70b6d9702-d82e3f6",
        ] {
            refused(value);
        }
    }

    #[test]
    fn non_ascii_and_multibyte_input_is_refused() {
        // 23 digits and one two-byte character: 24 characters, 25 bytes.
        refused("5980cfc70b6d97029d82e3fé");
        // 22 digits and one two-byte character: 24 bytes, 23 characters.
        refused("5980cfc70b6d97029d82e3é");
        // Full-width digits, and a combining mark after a digit.
        refused("５９８０ｃｆｃ７０ｂ６ｄ９７０２９ｄ８２ｅ３ｆ６");
        refused("5980cfc70b6d97029d82e3f\u{301}");
        refused("🦀🦀🦀🦀🦀🦀");
    }

    #[test]
    fn the_message_names_the_value_and_the_rule() {
        assert_eq!(
            refused("5980cfc70b6d97029d82e3f"),
            "\"5980cfc70b6d97029d82e3f\" is not a MongoDB ObjectId: expected 24 lower-case \
             hexadecimal digits, e.g. 5980cfc70b6d97029d82e3f6"
        );
        // Control characters are escaped, not printed.
        let message = refused("abc\u{1b}[31m\nnext");
        assert!(
            message.starts_with(r#""abc\u{1b}[31m\nnext" is not"#),
            "{message}"
        );
        assert!(!message.contains('\u{1b}') && !message.contains('\n'));
    }

    #[test]
    fn long_values_are_cut_in_the_message_on_a_character_boundary() {
        let message = refused(&"é".repeat(10_000));
        assert!(
            message.starts_with(&format!(
                "\"{}\"… (10000 characters) is not",
                "é".repeat(40)
            )),
            "{message}"
        );
        assert!(message.chars().count() < 200, "{message}");
        // 40 characters are shown whole; 41 are cut.
        assert!(refused(&"z".repeat(40)).starts_with(&format!("{:?} is not", "z".repeat(40))));
        assert!(refused(&"z".repeat(41)).contains("… (41 characters) is not"));
    }

    #[test]
    fn serde_round_trips_a_valid_id_as_a_plain_string() {
        let id: ObjectId = VALID.parse().unwrap();
        let json = serde_json::to_value(&id).unwrap();
        assert_eq!(json, serde_json::Value::String(VALID.to_owned()));
        assert_eq!(serde_json::from_value::<ObjectId>(json).unwrap(), id);
        let text = format!("\"{VALID}\"");
        assert_eq!(serde_json::to_string(&id).unwrap(), text);
        assert_eq!(serde_json::from_str::<ObjectId>(&text).unwrap(), id);
        // Escaped input decodes through the owned-string path.
        let escaped = format!("\"\\u0035{}\"", &VALID[1..]);
        assert_eq!(serde_json::from_str::<ObjectId>(&escaped).unwrap(), id);
    }

    #[test]
    fn serde_refuses_anything_else() {
        for json in [
            r#""5980CFC70B6D97029D82E3F6""#,
            r#""5980cfc70b6d97029d82e3f""#,
            r#""5980cfc70b6d97029d82e3fé""#,
            r#""""#,
        ] {
            let error = serde_json::from_str::<ObjectId>(json)
                .unwrap_err()
                .to_string();
            assert!(
                error.contains("is not a MongoDB ObjectId"),
                "{json}: {error}"
            );
        }
        for json in [
            "5980",
            "null",
            "[]",
            r#"{"$oid": "5980cfc70b6d97029d82e3f6"}"#,
        ] {
            assert!(serde_json::from_str::<ObjectId>(json).is_err(), "{json}");
        }
        let from_value = serde_json::from_value::<ObjectId>(serde_json::json!("nope"))
            .unwrap_err()
            .to_string();
        assert!(from_value.starts_with("\"nope\" is not"), "{from_value}");
    }

    #[test]
    fn ordering_hashing_and_lookups_follow_the_string() {
        let low: ObjectId = "000000000000000000000001".parse().unwrap();
        let high: ObjectId = "00000000000000000000000f".parse().unwrap();
        assert!(low < high);
        let set: HashSet<ObjectId> = [low.clone(), high, low.clone()].into_iter().collect();
        assert_eq!(set.len(), 2);
        assert!(set.contains("000000000000000000000001"));
    }
}
