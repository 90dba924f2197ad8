//! The texts of a service account as the spec defines them: its client ID
//! ([`ServiceAccountClientId`], `mdb_sa_id_` and 24 hexadecimal digits), its name
//! ([`ServiceAccountName`], 1 to 64 letters, numbers, spaces and `- _ . , '`), its description
//! ([`ServiceAccountDescription`], 1 to 250 of the same) and a Cloud Manager service account's
//! name ([`CloudManagerServiceAccountName`], ASCII only).
//!
//! The spec's `pattern`s (MongoDB's `^[\p{L}\p{N}\-_.,' ]*$` among them) would be checked by a
//! regular-expression engine at run time in generated newtypes; `build.rs` replaces the schemas
//! with these types, which check the same rules by hand: a letter is a character of Unicode's
//! general category L and a number one of category N, as `\p{L}` and `\p{N}` mean, looked up in
//! the tables of `unicode-general-category` (Unicode 16), not with `char::is_alphabetic`, which
//! also takes marks and symbols (`Ⓐ`). The spec gives the pattern as `x-pattern` (JSON
//! Schema's patterns have no `\p{L}`). The emulator refuses what they refuse, with `400
//! VALIDATION_ERROR`.
//!
//! ```
//! use mongodb_api_keys::service_account::{ServiceAccountClientId, ServiceAccountName};
//!
//! let name: ServiceAccountName = "Déploiement 2, l'équipe".parse()?;
//! assert_eq!(name.as_str(), "Déploiement 2, l'équipe");
//! assert!("CI/CD".parse::<ServiceAccountName>().is_err());
//! assert!("mdb_sa_id_6657d8f2c5e9a13b7a2d4e10".parse::<ServiceAccountClientId>().is_ok());
//! # Ok::<(), mongodb_api_keys::service_account::InvalidServiceAccountValue>(())
//! ```

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};
use unicode_general_category::{GeneralCategory, get_general_category};

/// The prefix of every client ID.
const CLIENT_ID_PREFIX: &str = "mdb_sa_id_";

/// Why a text is not a service account's client ID, name or description. The message names
/// the rule, never the text.
///
/// ```
/// use mongodb_api_keys::service_account::ServiceAccountName;
///
/// let long = "x".repeat(65).parse::<ServiceAccountName>().unwrap_err();
/// assert_eq!(long.to_string(), "the name has 65 characters; MongoDB requires 1 to 64");
/// let slash = "a/b".parse::<ServiceAccountName>().unwrap_err();
/// assert_eq!(
///     slash.to_string(),
///     "the name has a character MongoDB refuses (U+002F) at character 2: it takes letters, \
///      numbers, spaces and - _ . , '"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidServiceAccountValue {
    /// A name or description of `count` characters, outside `min` to `max`.
    Length {
        /// `name` or `description`.
        field: &'static str,
        /// How many characters it has.
        count: usize,
        /// The fewest it may have.
        min: usize,
        /// The most it may have.
        max: usize,
    },
    /// A character the field's pattern refuses: its code point, at this 0-based position.
    Character {
        /// `name` or `description`.
        field: &'static str,
        /// The 0-based position of the character.
        at: usize,
        /// Its code point.
        code: u32,
        /// Whether only ASCII letters and digits are taken (Cloud Manager's names).
        ascii: bool,
    },
    /// Not `mdb_sa_id_` and 24 hexadecimal digits.
    ClientId,
}

impl fmt::Display for InvalidServiceAccountValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Length {
                field,
                count,
                min,
                max,
            } => write!(
                f,
                "the {field} has {count} characters; MongoDB requires {min} to {max}"
            ),
            Self::Character {
                field,
                at,
                code,
                ascii,
            } => {
                let letters = if ascii {
                    "ASCII letters, digits"
                } else {
                    "letters, numbers"
                };
                write!(
                    f,
                    "the {field} has a character MongoDB refuses (U+{code:04X}) at character {}: \
                     it takes {letters}, spaces and - _ . , '",
                    at + 1
                )
            }
            Self::ClientId => {
                f.write_str("not a service account client ID: mdb_sa_id_ and 24 hexadecimal digits")
            }
        }
    }
}

impl std::error::Error for InvalidServiceAccountValue {}

/// The punctuation MongoDB's pattern takes besides letters and numbers.
const PUNCTUATION: &str = "-_.,' ";

/// Whether `c` is a letter (category L) or a number (category N), as `\p{L}` and `\p{N}` are.
fn letter_or_number(c: char) -> bool {
    use GeneralCategory::*;
    matches!(
        get_general_category(c),
        UppercaseLetter
            | LowercaseLetter
            | TitlecaseLetter
            | ModifierLetter
            | OtherLetter
            | DecimalNumber
            | LetterNumber
            | OtherNumber
    )
}

/// Checks `value` as a `field` of `min..=max` characters, each one `allowed` takes.
fn check_text(
    value: &str,
    field: &'static str,
    (min, max): (usize, usize),
    ascii: bool,
) -> Result<(), InvalidServiceAccountValue> {
    for (at, c) in value.chars().enumerate() {
        let letter = match ascii {
            true => c.is_ascii_alphanumeric(),
            false => letter_or_number(c),
        };
        if !(letter || PUNCTUATION.contains(c)) {
            let code = c.into();
            return Err(InvalidServiceAccountValue::Character {
                field,
                at,
                code,
                ascii,
            });
        }
    }
    let count = value.chars().count();
    match (min..=max).contains(&count) {
        true => Ok(()),
        false => Err(InvalidServiceAccountValue::Length {
            field,
            count,
            min,
            max,
        }),
    }
}

/// A string newtype whose every constructor checks `$check`: `FromStr`, `TryFrom<&str>`,
/// `TryFrom<&String>`, `TryFrom<String>` and `Deserialize`; it displays, serializes and
/// dereferences as the plain string. The same shape as `ObjectId` and `ApiKeyDescription`.
macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $expecting:literal, $check:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Why `value` breaks the rule, if it does. Allocates nothing when it does not.
            pub fn check(value: &str) -> Result<(), InvalidServiceAccountValue> {
                let check: fn(&str) -> Result<(), InvalidServiceAccountValue> = $check;
                check(value)
            }

            /// The text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidServiceAccountValue;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::check(value).map(|()| Self(value.to_owned()))
            }
        }

        impl TryFrom<&str> for $name {
            type Error = InvalidServiceAccountValue;

            fn try_from(value: &str) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl TryFrom<&String> for $name {
            type Error = InvalidServiceAccountValue;

            fn try_from(value: &String) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidServiceAccountValue;

            /// Keeps the string's allocation when it is valid.
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::check(&value).map(|()| Self(value))
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> Self {
                value.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            /// Decodes a JSON string, refusing one that breaks the rule.
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct TextVisitor;

                impl Visitor<'_> for TextVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: de::Error>(self, value: &str) -> Result<$name, E> {
                        value.parse().map_err(E::custom)
                    }

                    fn visit_string<E: de::Error>(self, value: String) -> Result<$name, E> {
                        $name::try_from(value).map_err(E::custom)
                    }
                }

                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}

checked_string!(
    /// A service account's client ID: `mdb_sa_id_` and 24 hexadecimal digits, either case
    /// (MongoDB's pattern `^mdb_sa_id_[a-fA-F\d]{24}$`), such as
    /// `mdb_sa_id_6657d8f2c5e9a13b7a2d4e10`. The user name of the token endpoint's HTTP Basic
    /// credentials.
    ///
    /// ```
    /// use mongodb_api_keys::service_account::ServiceAccountClientId;
    ///
    /// let id: ServiceAccountClientId = "mdb_sa_id_6657D8F2C5E9A13B7A2D4E10".parse()?;
    /// assert!(id.starts_with("mdb_sa_id_"));
    /// assert!("mdb_sa_id_6657d8f2".parse::<ServiceAccountClientId>().is_err());
    /// # Ok::<(), mongodb_api_keys::service_account::InvalidServiceAccountValue>(())
    /// ```
    ServiceAccountClientId,
    "a service account client ID: mdb_sa_id_ and 24 hexadecimal digits",
    |value| {
        let digits = value.strip_prefix(CLIENT_ID_PREFIX);
        match digits.is_some_and(|d| d.len() == 24 && d.bytes().all(|b| b.is_ascii_hexdigit())) {
            true => Ok(()),
            false => Err(InvalidServiceAccountValue::ClientId),
        }
    }
);

checked_string!(
    /// A service account's name (Atlas): 1 to 64 characters, each a letter (Unicode category
    /// L), a number (category N), a space or one of `- _ . , '`, as MongoDB's pattern
    /// `^[\p{L}\p{N}\-_.,' ]*$` says. Names need not be unique.
    ///
    /// ```
    /// use mongodb_api_keys::service_account::ServiceAccountName;
    ///
    /// assert!("Équipe 7, l'intégration".parse::<ServiceAccountName>().is_ok());
    /// assert!("Ⓐ".parse::<ServiceAccountName>().is_err()); // a symbol, not a letter
    /// assert!("".parse::<ServiceAccountName>().is_err());
    /// ```
    ServiceAccountName,
    "a name of 1 to 64 letters, numbers, spaces and - _ . , '",
    |value| check_text(value, "name", (1, 64), false)
);

checked_string!(
    /// A service account's description: 1 to 250 characters, the same ones as a
    /// [`ServiceAccountName`] (MongoDB's pattern).
    ///
    /// ```
    /// use mongodb_api_keys::service_account::ServiceAccountDescription;
    ///
    /// assert!("Deploys from CI, nightly".parse::<ServiceAccountDescription>().is_ok());
    /// assert!("Deploys: nightly".parse::<ServiceAccountDescription>().is_err());
    /// ```
    ServiceAccountDescription,
    "a description of 1 to 250 letters, numbers, spaces and - _ . , '",
    |value| check_text(value, "description", (1, 250), false)
);

checked_string!(
    /// A Cloud Manager service account's name: 1 to 64 characters, each an ASCII letter or
    /// digit, a space or one of `- _ . , '`, as Cloud Manager documents it (its documentation
    /// gives no length; Atlas's is taken).
    ///
    /// ```
    /// use mongodb_api_keys::service_account::CloudManagerServiceAccountName;
    ///
    /// assert!("CI deployer".parse::<CloudManagerServiceAccountName>().is_ok());
    /// assert!("Équipe".parse::<CloudManagerServiceAccountName>().is_err());
    /// ```
    CloudManagerServiceAccountName,
    "a name of 1 to 64 ASCII letters, digits, spaces and - _ . , '",
    |value| check_text(value, "name", (1, 64), true)
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_numbers_are_unicode_categories_l_and_n() {
        // L: every kind of letter; N: decimal, letter and other numbers.
        for text in ["aZ", "ß", "Ǆ", "ʰ", "漢", "Ⅻ", "²", "٣", "-_.,' "] {
            assert!(ServiceAccountName::check(text).is_ok(), "{text}");
        }
        // Marks, symbols, other punctuation and separators are none of them.
        for (text, code) in [
            ("e\u{301}", 0x301),
            ("Ⓐ", 0x24b6),
            ("a/b", 0x2f),
            ("a\tb", 0x9),
            ("a\u{a0}b", 0xa0),
            ("🦀", 0x1f980),
        ] {
            let error = ServiceAccountName::check(text).unwrap_err();
            assert!(
                matches!(error, InvalidServiceAccountValue::Character { code: c, .. } if c == code),
                "{text}: {error:?}"
            );
        }
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        assert!(ServiceAccountName::check(&"é".repeat(64)).is_ok());
        let long = ServiceAccountName::check(&"é".repeat(65)).unwrap_err();
        assert_eq!(
            long,
            InvalidServiceAccountValue::Length {
                field: "name",
                count: 65,
                min: 1,
                max: 64
            }
        );
        assert!(ServiceAccountDescription::check(&"x".repeat(250)).is_ok());
        assert!(ServiceAccountDescription::check(&"x".repeat(251)).is_err());
        assert!(ServiceAccountDescription::check("").is_err());
    }

    #[test]
    fn cloud_manager_names_are_ascii() {
        assert!(CloudManagerServiceAccountName::check("CI-deployer_2, l'équipe").is_err());
        assert!(CloudManagerServiceAccountName::check("CI-deployer_2, l'equipe").is_ok());
        let error = CloudManagerServiceAccountName::check("é").unwrap_err();
        assert!(error.to_string().contains("ASCII letters"), "{error}");
    }

    #[test]
    fn client_ids_are_the_prefix_and_24_hex_digits() {
        for good in [
            "mdb_sa_id_6657d8f2c5e9a13b7a2d4e10",
            "mdb_sa_id_6657D8F2C5E9A13B7A2D4E10",
        ] {
            let id: ServiceAccountClientId = good.parse().unwrap();
            assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{good}\""));
        }
        for bad in [
            "mdb_sa_id_6657d8f2c5e9a13b7a2d4e1",
            "mdb_sa_id_6657d8f2c5e9a13b7a2d4e100",
            "mdb_sa_id_6657d8f2c5e9a13b7a2d4e1g",
            "MDB_SA_ID_6657d8f2c5e9a13b7a2d4e10",
            "6657d8f2c5e9a13b7a2d4e10",
        ] {
            assert_eq!(
                bad.parse::<ServiceAccountClientId>(),
                Err(InvalidServiceAccountValue::ClientId),
                "{bad}"
            );
        }
        assert!(serde_json::from_str::<ServiceAccountClientId>("\"mdb_sa_id_x\"").is_err());
    }
}
