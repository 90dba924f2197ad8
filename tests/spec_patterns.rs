//! The spec's `IpAddress` and `CidrBlock` patterns, and the parsers the crate checks the same
//! fields with (the standard library's `IpAddr`, [`CidrBlock`]), accept exactly the same
//! texts: what a generated client lets through, the emulator and this client accept, and the
//! other way round. (`build.rs` maps the two schemas to those types, so the patterns are never
//! compiled at run time.)

use std::net::IpAddr;
use std::sync::LazyLock;

use mongodb_api_keys::CidrBlock;
use proptest::prelude::*;
use serde_json::{Value, json};

fn pattern(name: &str) -> String {
    let doc = mongodb_api_keys::spec::openapi_json();
    doc["components"]["schemas"][name]["pattern"]
        .as_str()
        .unwrap_or_else(|| panic!("{name} has no pattern"))
        .to_owned()
}

/// Whether `text` matches the pattern of schema `name`, as a JSON Schema validator says.
fn matches(validator: &jsonschema::Validator, text: &str) -> bool {
    validator.is_valid(&Value::String(text.to_owned()))
}

fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::draft4::new(&json!({ "type": "string", "pattern": pattern(name) })).unwrap()
}

/// Compiled once: the patterns are long.
static ADDRESS: LazyLock<jsonschema::Validator> = LazyLock::new(|| validator("IpAddress"));
static BLOCK: LazyLock<jsonschema::Validator> = LazyLock::new(|| validator("CidrBlock"));

fn parses_as_address(text: &str) -> bool {
    text.parse::<IpAddr>().is_ok()
}

fn parses_as_block(text: &str) -> bool {
    text.parse::<CidrBlock>().is_ok()
}

/// The pattern without its anchors, for proptest's generator (which has none).
fn unanchored(name: &str) -> String {
    let p = pattern(name);
    p.strip_prefix('^')
        .and_then(|p| p.strip_suffix('$'))
        .expect("an anchored pattern")
        .to_owned()
}

/// A hex group of 1 to 4 digits, leading zeros and either case included.
fn group() -> impl Strategy<Value = String> {
    (1u32..=4)
        .prop_flat_map(|width| (0..16u32.pow(width), Just(width as usize), any::<bool>()))
        .prop_map(|(n, width, upper)| {
            let text = format!("{n:0width$x}");
            if upper { text.to_uppercase() } else { text }
        })
}

/// IPv6 texts in every syntactic form RFC 3986 allows: eight groups, or `::` standing for
/// one or more groups with up to seven around it, optionally ending in an IPv4 address that
/// counts as two groups.
fn ipv6_text() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(group(), 8),
        0usize..=8,
        0usize..=8,
        any::<bool>(),
        any::<[u8; 4]>(),
        any::<bool>(),
    )
        .prop_map(|(groups, head, tail, compress, v4, with_v4)| {
            let slots = if with_v4 { 6 } else { 8 };
            let ending = with_v4.then(|| std::net::Ipv4Addr::from(v4).to_string());
            let join = |gs: &[String]| gs.join(":");
            if compress {
                // `::` stands for at least one group.
                let head = head.min(slots - 1);
                let tail = tail.min(slots - 1 - head);
                let mut right: Vec<String> = groups[head..head + tail].to_vec();
                right.extend(ending);
                format!("{}::{}", join(&groups[..head]), join(&right))
            } else {
                let mut all: Vec<String> = groups[..slots].to_vec();
                all.extend(ending);
                join(&all)
            }
        })
}

/// A text with one character replaced, inserted or removed: mostly not an address.
fn mutated(text: String, at: usize, op: u8, c: char) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = if chars.is_empty() {
        0
    } else {
        at % chars.len()
    };
    match op % 3 {
        0 if !chars.is_empty() => chars[at] = c,
        1 => chars.insert(at, c),
        _ if !chars.is_empty() => {
            chars.remove(at);
        }
        _ => chars.push(c),
    }
    chars.into_iter().collect()
}

fn address_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ipv6_text(),
        any::<[u8; 4]>().prop_map(|b| std::net::Ipv4Addr::from(b).to_string()),
        any::<IpAddr>().prop_map(|a| a.to_string()),
    ]
}

fn near_miss(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (
        text,
        any::<usize>(),
        any::<u8>(),
        prop::sample::select(vec!['0', '9', 'f', 'G', ':', '.', '/', '%', ' ', '-', '3']),
    )
        .prop_map(|(t, at, op, c)| mutated(t, at, op, c))
}

fn block_text() -> impl Strategy<Value = String> {
    (address_text(), 0u16..=140, any::<bool>()).prop_map(|(address, prefix, zero)| {
        let prefix = if zero {
            format!("0{prefix}")
        } else {
            prefix.to_string()
        };
        format!("{address}/{prefix}")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn what_the_address_pattern_generates_parses(text in proptest::string::string_regex(&unanchored("IpAddress")).unwrap()) {
        prop_assert!(parses_as_address(&text), "{text:?} matches the pattern but does not parse");
    }

    #[test]
    fn what_the_block_pattern_generates_parses(text in proptest::string::string_regex(&unanchored("CidrBlock")).unwrap()) {
        prop_assert!(parses_as_block(&text), "{text:?} matches the pattern but does not parse");
    }

    #[test]
    fn the_address_pattern_and_parser_agree(text in prop_oneof![address_text(), near_miss(address_text())]) {
        prop_assert_eq!(matches(&ADDRESS, &text), parses_as_address(&text), "{:?}", text);
    }

    #[test]
    fn the_block_pattern_and_parser_agree(text in prop_oneof![block_text(), near_miss(block_text())]) {
        prop_assert_eq!(matches(&BLOCK, &text), parses_as_block(&text), "{:?}", text);
    }
}

#[test]
fn the_forms_people_write_are_accepted_and_the_mistakes_refused() {
    let (address, block) = (&*ADDRESS, &*BLOCK);
    for text in [
        "192.0.2.10",
        "::1",
        "::",
        "2001:db8::1",
        "::ffff:192.0.2.10",
        "1:2:3:4:5:6:7::",
        "FE80::1",
    ] {
        assert!(matches(address, text) && parses_as_address(text), "{text}");
    }
    for text in [
        "300.1.2.3",
        "010.0.0.1",
        "fe80::1%eth0",
        "1::2::3",
        "192.0.2.10/32",
        "kzurbumc",
        "",
    ] {
        assert!(
            !matches(address, text) && !parses_as_address(text),
            "{text}"
        );
    }
    for text in ["10.0.0.0/8", "0.0.0.0/0", "2001:db8::/32", "::1/128"] {
        assert!(matches(block, text) && parses_as_block(text), "{text}");
    }
    for text in [
        "10.0.0.0/33",
        "::/129",
        "10.0.0.0/08",
        "10.0.0.0",
        "10.0.0.0/",
        "10.0.0.0%2F8",
    ] {
        assert!(!matches(block, text) && !parses_as_block(text), "{text}");
    }
}
