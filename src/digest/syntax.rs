//! The grammar both headers share: lists of auth-params (RFC 7235), quoted-strings and
//! RFC 8187 ext-values.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::DigestError;

pub(super) fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    push_quoted(&mut out, value);
    out
}

/// Appends `value` as a quoted-string, escaping `"` and `\\`.
pub(super) fn push_quoted(out: &mut String, value: &str) {
    out.push('"');
    if value.contains('"') || value.contains('\\') {
        for c in value.chars() {
            if c == '"' || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        }
    } else {
        out.push_str(value);
    }
    out.push('"');
}

/// RFC 8187 `UTF-8''percent-encoded` value.
pub(super) fn encode_ext_value(value: &str) -> String {
    let mut out = String::from("UTF-8''");
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

pub(super) fn decode_ext_value(value: &str) -> Result<String, DigestError> {
    let bad = || DigestError::Malformed(format!("`username*={value}` is not an RFC 8187 value"));
    let (charset, rest) = value.split_once('\'').ok_or_else(bad)?;
    let (_language, encoded) = rest.split_once('\'').ok_or_else(bad)?;
    if !charset.eq_ignore_ascii_case("utf-8") {
        return Err(bad());
    }
    let mut bytes = Vec::with_capacity(encoded.len());
    let mut it = encoded.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hi = it
                .next()
                .and_then(|h| (h as char).to_digit(16))
                .ok_or_else(bad)?;
            let lo = it
                .next()
                .and_then(|l| (l as char).to_digit(16))
                .ok_or_else(bad)?;
            bytes.push((hi * 16 + lo) as u8);
        } else {
            bytes.push(b);
        }
    }
    String::from_utf8(bytes).map_err(|_| bad())
}

/// One challenge or credential of a header: its scheme and its auth-params (name as sent,
/// value unquoted), borrowed from the header unless a quoted value had escapes.
pub(super) struct Params<'a> {
    scheme: &'a str,
    params: Vec<(&'a str, Cow<'a, str>)>,
}

impl Params<'_> {
    pub(super) fn is_digest(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("digest")
    }

    /// The value of the first directive named `name` (case-insensitive).
    pub(super) fn get(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }

    pub(super) fn owned(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_owned)
    }

    /// The first directive name that occurs more than once (case-insensitive): RFC 7235
    /// section 2.1 allows each name once.
    pub(super) fn repeated(&self) -> Option<&str> {
        self.params.iter().enumerate().find_map(|(i, (name, _))| {
            self.params[..i]
                .iter()
                .any(|(earlier, _)| earlier.eq_ignore_ascii_case(name))
                .then_some(*name)
        })
    }
}

fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Splits a header value into challenges or credentials (RFC 7235 section 2.1). A token68
/// (as in `Basic dXNlcg==`) is skipped. Works on bytes: every delimiter is ASCII, so each
/// slice taken stays on UTF-8 character boundaries.
pub(super) fn split_challenges(header: &str) -> Result<Vec<Params<'_>>, DigestError> {
    let bytes = header.as_bytes();
    let mut i = 0;
    let mut out: Vec<Params<'_>> = Vec::new();
    loop {
        i = skip(bytes, i, b" \t,");
        if i >= bytes.len() {
            return Ok(out);
        }
        let name = token(header, i)?;
        let after_name = i + name.len();
        i = skip(bytes, after_name, b" \t");
        let is_param = bytes.get(i) == Some(&b'=') && !out.is_empty();
        if !is_param {
            // A new scheme: `Digest`, `Basic`, ...; what follows is its parameters.
            i = after_name;
            out.push(Params {
                scheme: name,
                params: Vec::with_capacity(12), // a credential has 10 or 11
            });
            continue;
        }
        i = skip(bytes, i + 1, b" \t");
        let value = if bytes.get(i) == Some(&b'"') {
            let (value, closing) = quoted_value(header, i + 1, name)?;
            i = closing + 1;
            value
        } else {
            let value = bare_value(header, i);
            i += value.len();
            if value.starts_with('=') {
                continue; // token68 padding, e.g. `Basic abc==`
            }
            Cow::Borrowed(value)
        };
        if let Some(last) = out.last_mut() {
            last.params.push((name, value));
        }
    }
}

/// The index of the first byte at or after `i` that is not in `set`.
fn skip(bytes: &[u8], mut i: usize, set: &[u8]) -> usize {
    while i < bytes.len() && set.contains(&bytes[i]) {
        i += 1;
    }
    i
}

/// The token (a scheme or a parameter name) that starts at `start`; an error when no token
/// starts there.
fn token(header: &str, start: usize) -> Result<&str, DigestError> {
    let rest = &header[start..];
    let len = rest
        .bytes()
        .position(|b| !is_tchar(b))
        .unwrap_or(rest.len());
    if len == 0 {
        let found = rest.chars().next().unwrap_or_default();
        return Err(DigestError::Malformed(format!("unexpected `{found}`")));
    }
    Ok(&rest[..len])
}

/// The unquoted value that starts at `start`: up to the next space, tab or comma.
fn bare_value(header: &str, start: usize) -> &str {
    let rest = &header[start..];
    let len = rest
        .bytes()
        .position(|b| b" \t,".contains(&b))
        .unwrap_or(rest.len());
    &rest[..len]
}

/// The content of the quoted-string that starts at `start` (just after its opening quote),
/// unescaped, and the index of its closing quote. `name` is the parameter's, for the error.
fn quoted_value<'a>(
    header: &'a str,
    start: usize,
    name: &str,
) -> Result<(Cow<'a, str>, usize), DigestError> {
    // Most values have no escapes: find the closing quote with memchr.
    let plain = header[start..]
        .find('"')
        .filter(|&end| !header[start..start + end].contains('\\'));
    if let Some(end) = plain {
        return Ok((Cow::Borrowed(&header[start..start + end]), start + end));
    }
    let closing = closing_quote(header.as_bytes(), start).ok_or_else(|| {
        DigestError::Malformed(format!("the value of `{name}` has no closing quote"))
    })?;
    Ok((Cow::Owned(unescape(&header[start..closing])), closing))
}

/// The index of the `"` that closes a quoted-string whose content starts at `i`, skipping
/// backslash escapes. The byte after a `\\` is literal: a multi-byte character's continuation
/// bytes are never `"` or `\\`, so skipping one byte is enough.
fn closing_quote(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        match bytes.get(i)? {
            b'"' => return Some(i),
            b'\\' if i + 1 < bytes.len() => i += 2,
            _ => i += 1,
        }
    }
}

/// A quoted-string's content without its backslash escapes.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::digest::{Authorization, Challenge};

    #[test]
    fn quoted_values_unescape_any_character() {
        let header = r#"Digest realm="a\é\"b\\", nonce=n, qop="auth""#;
        let challenge = Challenge::parse(header).unwrap();
        assert_eq!(challenge.realm, r#"aé"b\"#);
        assert_eq!(challenge.nonce, "n");
        for broken in [r#"Digest realm="abc"#, r#"Digest realm="abc\"#] {
            let error = Challenge::parse(broken).unwrap_err().to_string();
            assert!(error.contains("no closing quote"), "{broken}: {error}");
        }
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn arbitrary_input_never_panics(s in "\\PC{0,80}") {
                let _ = Challenge::parse(&s);
                let _ = Authorization::parse(&s);
            }
        }
    }
}
