//! Entries of an API key's access list: one IP address, or a block of addresses in CIDR
//! notation, parsed with the standard library's address parsers (IPv4, and IPv6 with its
//! compressed forms such as `::1`). The client checks entries with this type before sending
//! anything, and the emulator checks them with the same rules.
//!
//! The spec gives `ipAddress` and `cidrBlock` patterns (RFC 3986's address grammar, which needs
//! no lookahead); `build.rs` maps them to [`std::net::IpAddr`] and [`CidrBlock`], so no regular
//! expression is compiled at run time, and `tests/spec.rs` checks that the patterns and these
//! parsers accept the same texts.
//!
//! ```
//! use mongodb_api_keys::AccessListEntry;
//!
//! let office: AccessListEntry = "198.51.100.0/24".parse()?;
//! assert!(office.contains("198.51.100.7".parse()?));
//! let laptop: AccessListEntry = "2001:db8::1".parse()?;
//! assert_eq!(laptop.cidr_block().to_string(), "2001:db8::1/128");
//!
//! let wrong = "10.0.0.0/33".parse::<AccessListEntry>().unwrap_err();
//! assert!(wrong.to_string().contains("0 to 32"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// One access-list entry: an address (sent as `ipAddress`) or a CIDR block (sent as
/// `cidrBlock`). Made with [`str::parse`] (`"192.0.2.10"`, `"198.51.100.0/24"`,
/// `"2001:db8::/32"`) or from an [`IpAddr`] or a [`CidrBlock`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessListEntry {
    /// One address.
    Address(IpAddr),
    /// A block of addresses.
    Block(CidrBlock),
}

/// A block of addresses in CIDR notation: those whose first [`CidrBlock::prefix`] bits are
/// those of [`CidrBlock::address`]. Parsed from and written as text (`198.51.100.0/24`), also
/// in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CidrBlock {
    address: IpAddr,
    prefix: u8,
}

/// Why a text is not an access-list entry; the message names the text and the rule.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidEntry(String);

const EXPECTED: &str = "expected an IPv4 address such as 192.0.2.10, an IPv6 address such as \
                        2001:db8::1, or a CIDR block such as 198.51.100.0/24 or 2001:db8::/32";

impl CidrBlock {
    /// A block; refused when `prefix` is longer than the address (32 bits for IPv4, 128 for
    /// IPv6).
    pub fn new(address: IpAddr, prefix: u8) -> Result<Self, InvalidEntry> {
        let bits = bits(address);
        if prefix > bits {
            return Err(InvalidEntry(format!(
                "{address}/{prefix}: the prefix length {prefix} is longer than an {} address \
                 (0 to {bits})",
                family(address)
            )));
        }
        Ok(CidrBlock { address, prefix })
    }

    /// The address the block is written with.
    pub fn address(&self) -> IpAddr {
        self.address
    }

    /// The prefix length: 0 to 32 for IPv4, 0 to 128 for IPv6.
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// Whether `ip` is in the block. An IPv4 address written as IPv6 (`::ffff:192.0.2.10`)
    /// counts as the IPv4 address.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.address, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                same_prefix(&net.octets(), &ip.octets(), self.prefix)
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                same_prefix(&net.octets(), &ip.octets(), self.prefix)
            }
            _ => false,
        }
    }
}

/// An address, `/`, and a prefix length written without leading zeros: `198.51.100.0/24`.
impl FromStr for CidrBlock {
    type Err = InvalidEntry;

    fn from_str(text: &str) -> Result<Self, InvalidEntry> {
        let not_a_block = || {
            InvalidEntry(format!(
                "{text:?} is not a CIDR block: expected an address, `/` and a prefix length, \
                 such as 198.51.100.0/24 or 2001:db8::/32"
            ))
        };
        let (address, prefix) = text.split_once('/').ok_or_else(not_a_block)?;
        let address: IpAddr = address.parse().map_err(|_| not_a_block())?;
        // Digits only, no leading zero (`u8::from_str` would also take `+8` and `008`).
        let digits = prefix.bytes().all(|b| b.is_ascii_digit());
        if !digits
            || prefix.is_empty()
            || prefix.len() > 3
            || (prefix.len() > 1 && prefix.starts_with('0'))
        {
            return Err(not_a_block());
        }
        let prefix: u16 = prefix.parse().map_err(|_| not_a_block())?;
        let bits = bits(address);
        match u8::try_from(prefix) {
            Ok(prefix) if prefix <= bits => Ok(CidrBlock { address, prefix }),
            _ => Err(InvalidEntry(format!(
                "{text:?}: the prefix length {prefix} is longer than an {} address (0 to {bits})",
                family(address)
            ))),
        }
    }
}

impl fmt::Display for CidrBlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.address, self.prefix)
    }
}

impl serde::Serialize for CidrBlock {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for CidrBlock {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl TryFrom<&str> for CidrBlock {
    type Error = InvalidEntry;

    fn try_from(text: &str) -> Result<Self, InvalidEntry> {
        text.parse()
    }
}

impl TryFrom<String> for CidrBlock {
    type Error = InvalidEntry;

    fn try_from(text: String) -> Result<Self, InvalidEntry> {
        text.parse()
    }
}

impl AccessListEntry {
    /// Parses what the API's `ipAddress` field holds: one address, no prefix.
    pub fn parse_address(text: &str) -> Result<Self, InvalidEntry> {
        match text.parse() {
            Ok(address) => Ok(AccessListEntry::Address(address)),
            Err(_) => Err(InvalidEntry(format!(
                "{text:?} is not an IP address: expected an IPv4 address such as 192.0.2.10 \
                 or an IPv6 address such as 2001:db8::1, without a prefix length"
            ))),
        }
    }

    /// Parses what the API's `cidrBlock` field holds: an address, `/`, a prefix length.
    pub fn parse_block(text: &str) -> Result<Self, InvalidEntry> {
        text.parse().map(AccessListEntry::Block)
    }

    /// Whether `ip` is this address, or in this block. An IPv4 address written as IPv6
    /// (`::ffff:192.0.2.10`) counts as the IPv4 address.
    pub fn contains(&self, ip: IpAddr) -> bool {
        match self {
            AccessListEntry::Address(address) => address.to_canonical() == ip.to_canonical(),
            AccessListEntry::Block(block) => block.contains(ip),
        }
    }

    /// The entry as a CIDR block: an address gets `/32` (IPv4) or `/128` (IPv6).
    pub fn cidr_block(&self) -> CidrBlock {
        match *self {
            AccessListEntry::Address(address) => CidrBlock {
                address,
                prefix: bits(address),
            },
            AccessListEntry::Block(block) => block,
        }
    }

    /// The address, for an entry made as one address.
    pub fn ip_address(&self) -> Option<IpAddr> {
        match *self {
            AccessListEntry::Address(address) => Some(address),
            AccessListEntry::Block(_) => None,
        }
    }
}

/// An address (`192.0.2.10`) or a CIDR block (`198.51.100.0/24`).
impl FromStr for AccessListEntry {
    type Err = InvalidEntry;

    fn from_str(text: &str) -> Result<Self, InvalidEntry> {
        if text.contains('/') {
            return AccessListEntry::parse_block(text);
        }
        text.parse().map(AccessListEntry::Address).map_err(|_| {
            InvalidEntry(format!(
                "{text:?} is not an IP address or CIDR block: {EXPECTED}"
            ))
        })
    }
}

impl TryFrom<&str> for AccessListEntry {
    type Error = InvalidEntry;

    fn try_from(text: &str) -> Result<Self, InvalidEntry> {
        text.parse()
    }
}

impl TryFrom<String> for AccessListEntry {
    type Error = InvalidEntry;

    fn try_from(text: String) -> Result<Self, InvalidEntry> {
        text.parse()
    }
}

impl From<IpAddr> for AccessListEntry {
    fn from(address: IpAddr) -> Self {
        AccessListEntry::Address(address)
    }
}

impl From<CidrBlock> for AccessListEntry {
    fn from(block: CidrBlock) -> Self {
        AccessListEntry::Block(block)
    }
}

/// As it parses back: the address, or the block in CIDR notation.
impl fmt::Display for AccessListEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccessListEntry::Address(address) => address.fmt(f),
            AccessListEntry::Block(block) => block.fmt(f),
        }
    }
}

fn bits(address: IpAddr) -> u8 {
    match address {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

fn family(address: IpAddr) -> &'static str {
    match address {
        IpAddr::V4(_) => "IPv4",
        IpAddr::V6(_) => "IPv6",
    }
}

/// Whether the first `prefix` bits of `a` and `b` are equal.
fn same_prefix(a: &[u8], b: &[u8], prefix: u8) -> bool {
    let (whole, rest) = (usize::from(prefix / 8), prefix % 8);
    if a[..whole] != b[..whole] {
        return false;
    }
    rest == 0 || {
        let mask = 0xffu8 << (8 - rest);
        a[whole] & mask == b[whole] & mask
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> AccessListEntry {
        text.parse().unwrap()
    }

    #[test]
    fn addresses_and_blocks_parse_as_the_standard_library_reads_them() {
        for text in [
            "192.0.2.10",
            "::1",
            "2001:db8::1",
            "10.0.0.0/8",
            "0.0.0.0/0",
            "2001:db8::/32",
            "::/0",
            "::1/128",
        ] {
            assert_eq!(entry(text).to_string(), text);
        }
        assert_eq!(
            entry("192.0.2.10").cidr_block().to_string(),
            "192.0.2.10/32"
        );
        assert_eq!(entry("::1").cidr_block().to_string(), "::1/128");
    }

    #[test]
    fn malformed_entries_name_the_value_and_the_rule() {
        for (text, says) in [
            ("300.1.2.3", "not an IP address or CIDR block"),
            ("10.0.0.0/33", "0 to 32"),
            ("::/129", "0 to 128"),
            ("10.0.0.0/+8", "not a CIDR block"),
            ("10.0.0.0/08", "not a CIDR block"),
            ("10.0.0.0/", "not a CIDR block"),
            ("10.0.0.0/8/8", "not a CIDR block"),
            ("010.0.0.1", "not an IP address"),
            ("fe80::1%eth0", "not an IP address"),
            ("", "not an IP address"),
            ("kzurbumc", "not an IP address"),
        ] {
            let error = text.parse::<AccessListEntry>().unwrap_err().to_string();
            assert!(error.contains(says), "{text}: {error}");
        }
        assert!(AccessListEntry::parse_address("10.0.0.0/8").is_err());
        assert!(AccessListEntry::parse_block("10.0.0.1").is_err());
    }

    #[test]
    fn blocks_contain_the_addresses_their_prefix_covers() {
        let ten = entry("10.0.0.0/8");
        assert!(ten.contains("10.255.1.2".parse().unwrap()));
        assert!(!ten.contains("11.0.0.1".parse().unwrap()));
        assert!(ten.contains("::ffff:10.1.2.3".parse().unwrap()));
        assert!(!ten.contains("::1".parse().unwrap()));
        let odd = entry("192.0.2.128/25");
        assert!(odd.contains("192.0.2.200".parse().unwrap()));
        assert!(!odd.contains("192.0.2.127".parse().unwrap()));
        assert!(entry("::/0").contains("2001:db8::5".parse().unwrap()));
        assert!(entry("0.0.0.0/0").contains("203.0.113.9".parse().unwrap()));
        assert!(entry("127.0.0.1").contains("127.0.0.1".parse().unwrap()));
        assert!(!entry("127.0.0.1").contains("127.0.0.2".parse().unwrap()));
        assert!(entry("2001:db8::/33").contains("2001:db8:7fff::1".parse().unwrap()));
        assert!(!entry("2001:db8::/33").contains("2001:db8:8000::1".parse().unwrap()));
    }
}
