//! [`ApiKeyDescription`]: the `desc` of an organization API key, as the spec's
//! `ApiKeyDescription` schema defines it: 1 to 250 characters, none a control character.
//!
//! The schema's `pattern` (no character of Unicode's `Cc` category) would be checked by a
//! regular-expression engine at run time in a generated newtype; `build.rs` replaces the
//! schema with this type, which checks the same rules with `char::is_control`, and it is
//! re-exported as `mongodb_api_keys::generated::types::ApiKeyDescription`. The emulator refuses
//! what it refuses, with MongoDB's `400 INVALID_API_KEY_DESC`.
//!
//! ```
//! use mongodb_api_keys::description::ApiKeyDescription;
//!
//! let desc: ApiKeyDescription = "CI deployer".parse()?;
//! assert_eq!(desc.as_str(), "CI deployer");
//! assert!("".parse::<ApiKeyDescription>().is_err());
//! assert!("tab\there".parse::<ApiKeyDescription>().is_err());
//! # Ok::<(), mongodb_api_keys::description::InvalidDescription>(())
//! ```

use std::fmt;
use std::ops::Deref;
use std::str::FromStr;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// The fewest characters a description may have.
pub const MIN_CHARS: usize = 1;
/// The most characters a description may have (MongoDB's limit).
pub const MAX_CHARS: usize = 250;

/// The description of an organization API key: 1 to 250 characters (counted as Unicode
/// scalar values, as MongoDB counts them), none of them a control character (U+0000 to U+001F,
/// U+007F to U+009F: a tab and a line break included).
///
/// Every way to make one checks the rules: [`FromStr`], `TryFrom<&str>`, `TryFrom<String>`,
/// `TryFrom<&String>` and [`Deserialize`]. It displays, serializes and dereferences as the
/// plain string.
///
/// ```
/// use mongodb_api_keys::description::ApiKeyDescription;
///
/// let desc = ApiKeyDescription::try_from("é".repeat(250))?;
/// assert_eq!(desc.chars().count(), 250);
/// assert!(ApiKeyDescription::try_from("é".repeat(251)).is_err());
/// assert_eq!(serde_json::to_string(&desc).unwrap(), format!("\"{}\"", "é".repeat(250)));
/// assert!(serde_json::from_str::<ApiKeyDescription>(r#""a\u001bb""#).is_err());
/// # Ok::<(), mongodb_api_keys::description::InvalidDescription>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ApiKeyDescription(String);

impl ApiKeyDescription {
    /// Why `value` is not a description, if it is not one. Allocates nothing when it is.
    ///
    /// ```
    /// use mongodb_api_keys::description::ApiKeyDescription;
    ///
    /// assert!(ApiKeyDescription::check("New API key").is_ok());
    /// assert!(ApiKeyDescription::check("\u{85}").is_err()); // a C1 control (NEL)
    /// ```
    pub fn check(value: &str) -> Result<(), InvalidDescription> {
        let mut count = 0;
        for (at, c) in value.chars().enumerate() {
            if c.is_control() {
                return Err(InvalidDescription::Control { at, code: c.into() });
            }
            count += 1;
        }
        if (MIN_CHARS..=MAX_CHARS).contains(&count) {
            Ok(())
        } else {
            Err(InvalidDescription::Length(count))
        }
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ApiKeyDescription {
    type Err = InvalidDescription;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::check(value).map(|()| Self(value.to_owned()))
    }
}

impl TryFrom<&str> for ApiKeyDescription {
    type Error = InvalidDescription;

    fn try_from(value: &str) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl TryFrom<&String> for ApiKeyDescription {
    type Error = InvalidDescription;

    fn try_from(value: &String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl TryFrom<String> for ApiKeyDescription {
    type Error = InvalidDescription;

    /// Keeps the string's allocation when it is valid.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::check(&value).map(|()| Self(value))
    }
}

impl From<ApiKeyDescription> for String {
    fn from(value: ApiKeyDescription) -> Self {
        value.0
    }
}

impl fmt::Display for ApiKeyDescription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for ApiKeyDescription {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Deref for ApiKeyDescription {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Serialize for ApiKeyDescription {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for ApiKeyDescription {
    /// Decodes a JSON string, refusing one that breaks a rule with the
    /// [`InvalidDescription`] message.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DescriptionVisitor;

        impl Visitor<'_> for DescriptionVisitor {
            type Value = ApiKeyDescription;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string of 1 to 250 characters without control characters")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<ApiKeyDescription, E> {
                value.parse().map_err(E::custom)
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<ApiKeyDescription, E> {
                ApiKeyDescription::try_from(value).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(DescriptionVisitor)
    }
}

/// Why a text is not an [`ApiKeyDescription`]. The message names the rule, never the text.
///
/// ```
/// use mongodb_api_keys::description::ApiKeyDescription;
///
/// let long = "x".repeat(251).parse::<ApiKeyDescription>().unwrap_err();
/// assert_eq!(long.to_string(), "the description has 251 characters; MongoDB requires 1 to 250");
/// let control = "a\u{1b}[2J".parse::<ApiKeyDescription>().unwrap_err();
/// assert_eq!(
///     control.to_string(),
///     "the description has a control character (U+001B) at character 2; MongoDB refuses them"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidDescription {
    /// It has this many characters, outside 1 to 250.
    Length(usize),
    /// A control character, its code point, at this (0-based) character position.
    Control {
        /// The 0-based position of the character.
        at: usize,
        /// Its code point.
        code: u32,
    },
}

impl fmt::Display for InvalidDescription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Length(count) => write!(
                f,
                "the description has {count} characters; MongoDB requires {MIN_CHARS} to {MAX_CHARS}"
            ),
            Self::Control { at, code } => write!(
                f,
                "the description has a control character (U+{code:04X}) at character {}; \
                 MongoDB refuses them",
                at + 1
            ),
        }
    }
}

impl std::error::Error for InvalidDescription {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_to_250_characters_without_controls_are_a_description() {
        for value in [
            "x",
            "New API key for test purposes",
            &"é".repeat(250),
            "🦀 ok",
        ] {
            let desc: ApiKeyDescription = value.parse().unwrap();
            assert_eq!((desc.as_str(), &*desc), (value, value));
            assert_eq!(ApiKeyDescription::try_from(value.to_owned()).unwrap(), desc);
            assert_eq!(String::from(desc), value);
        }
    }

    #[test]
    fn every_control_character_is_refused_wherever_it_is() {
        let controls = (0..=0x1f).chain(0x7f..=0x9f).filter_map(char::from_u32);
        for control in controls {
            for value in [
                control.to_string(),
                format!("a{control}"),
                format!("{control}b"),
            ] {
                let error = value.parse::<ApiKeyDescription>().unwrap_err();
                assert!(
                    matches!(error, InvalidDescription::Control { code, .. } if code == u32::from(control)),
                    "{value:?}: {error:?}"
                );
                assert!(!error.to_string().contains(control), "the message shows it");
            }
        }
        // Not controls: format characters, private use, non-characters are other rules'.
        assert!("a\u{200b}b\u{a0}c".parse::<ApiKeyDescription>().is_ok());
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        assert_eq!(
            "".parse::<ApiKeyDescription>(),
            Err(InvalidDescription::Length(0))
        );
        assert_eq!(
            "é".repeat(251).parse::<ApiKeyDescription>(),
            Err(InvalidDescription::Length(251))
        );
        // 250 characters of 4 bytes each: 1,000 bytes, still 250 characters.
        assert!("🦀".repeat(250).parse::<ApiKeyDescription>().is_ok());
    }

    #[test]
    fn serde_checks_the_rules() {
        let desc: ApiKeyDescription = "d".parse().unwrap();
        assert_eq!(serde_json::to_string(&desc).unwrap(), "\"d\"");
        assert_eq!(
            serde_json::from_str::<ApiKeyDescription>("\"d\"").unwrap(),
            desc
        );
        for bad in [r#""""#, r#""a\nb""#, r#""\u0085""#, "1"] {
            assert!(
                serde_json::from_str::<ApiKeyDescription>(bad).is_err(),
                "{bad}"
            );
        }
    }
}
