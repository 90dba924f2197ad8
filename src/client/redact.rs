//! What may be shown of text that came from the server: control characters made visible (a
//! hostile server must not be able to retitle a terminal, clear it, or print a fake prompt),
//! long text cut, and the values of secret-looking fields masked.

use std::borrow::Cow;
use std::fmt::Write as _;

/// `text` with every control character (C0, DEL and C1) and every bidirectional-text control
/// (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, which can make a terminal
/// show text in another order than it was sent) written as a visible escape (`\x1b`, `\r`,
/// `\n`, `\u{9b}`, `\u{202e}`), so that it can be shown on a terminal as it is.
///
/// ```
/// use mongodb_api_keys::client::printable;
/// assert_eq!(printable("fine"), "fine");
/// assert_eq!(printable("\x1b]0;pwned\x07\r\n$ "), "\\x1b]0;pwned\\x07\\r\\n$ ");
/// assert_eq!(printable("key \u{202e}txt.exe"), "key \\u{202e}txt.exe");
/// ```
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x80 && c.is_control() => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if hidden(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The most characters of one piece of server text an error message shows.
const SHOWN_CHARS: usize = 1_000;

/// Server text as error messages show it: [`printable`], and at most 1,000 characters of it
/// (a server's `detail` can be as long as the response cap allows).
pub(crate) fn shown(text: &str) -> String {
    let visible = printable(text);
    match visible.char_indices().nth(SHOWN_CHARS) {
        None => visible.into_owned(),
        Some((cut, _)) => format!(
            "{}... [{} more characters not shown]",
            &visible[..cut],
            visible[cut..].chars().count()
        ),
    }
}

/// Whether `c` acts on the terminal instead of showing: a control character or a
/// bidirectional-text control.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// At most 200 characters of a body, with the values of secret-looking fields masked. The
/// result may still hold control characters: `Display` implementations pass it through
/// [`printable`].
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    // HTML error pages: keep the text, not the markup.
    let bytes = &strip_tags(bytes);
    let text = String::from_utf8_lossy(bytes);
    let masked = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(mut value) => {
            mask(&mut value);
            value.to_string()
        }
        Err(_) => {
            let lower = text.to_ascii_lowercase();
            if ["key", "secret", "password", "token"]
                .iter()
                .any(|w| lower.contains(w))
            {
                return "[not shown: it is not JSON and may contain a secret]".into();
            }
            text.into_owned()
        }
    };
    masked.chars().take(200).collect()
}

fn strip_tags(bytes: &[u8]) -> Vec<u8> {
    if !bytes.trim_ascii_start().starts_with(b"<") {
        return bytes.to_vec();
    }
    let mut text = Vec::with_capacity(bytes.len());
    let mut in_tag = false;
    for &b in bytes {
        match b {
            b'<' => in_tag = true,
            b'>' => {
                in_tag = false;
                text.push(b' ');
            }
            _ if !in_tag => text.push(b),
            _ => {}
        }
    }
    // Invalid UTF-8 (a page in Latin-1, a cut answer) shows as replacement characters; the
    // rest of the text is still shown.
    let text = String::from_utf8_lossy(&text);
    let words: Vec<&str> = text.split_whitespace().collect();
    words.join(" ").into_bytes()
}

fn mask(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let k = key.to_ascii_lowercase();
                // `apiKey` is the private half in the emulator's start-up line.
                if k.contains("private")
                    || k == "key"
                    || k == "apikey"
                    || k.contains("password")
                    || k.contains("secret")
                    || k.contains("token")
                {
                    *v = serde_json::Value::String("[REDACTED]".into());
                } else {
                    mask(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(mask),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_server_text_is_cut_where_it_is_shown() {
        assert_eq!(shown("short\x1b"), "short\\x1b");
        let long = "é".repeat(5_000);
        let cut = shown(&long);
        assert!(cut.starts_with(&"é".repeat(1_000)), "{}", &cut[..20]);
        assert!(
            cut.ends_with("... [4000 more characters not shown]"),
            "{cut}"
        );
    }

    #[test]
    fn every_control_character_becomes_visible() {
        for c in (0u32..0x20).chain(0x7f..0xa0).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            let shown = printable(&text);
            assert!(!shown.chars().any(char::is_control), "{c:?}: {shown}");
        }
        assert_eq!(printable("é ü 日本"), "é ü 日本");
        assert_eq!(printable("\u{9b}2J"), "\\u{9b}2J");
    }

    #[test]
    fn excerpts_mask_secrets_and_strip_markup() {
        let json = br#"{"privateKey":"s3cret","detail":"x","token":"t","apiKey":"k3y"}"#;
        let shown = excerpt(json);
        assert!(
            !shown.contains("s3cret") && !shown.contains("\"t\"") && !shown.contains("k3y"),
            "{shown}"
        );
        assert_eq!(excerpt(b"<html><h1>Bad Gateway</h1></html>"), "Bad Gateway");
        assert!(excerpt(b"api key = abc").starts_with("[not shown"));
    }

    /// Found by fuzzing (`fuzz/fuzz_targets/envelope.rs`): one byte of invalid UTF-8 in an
    /// HTML page (`<>\xff`, or a Latin-1 page) made the whole excerpt empty.
    #[test]
    fn html_with_invalid_utf8_keeps_its_text() {
        assert_eq!(excerpt(b"<>\xff"), "\u{fffd}");
        assert_eq!(
            excerpt(b"<html><h1>Passerelle \xe9chou\xe9e</h1> <p>502</p></html>"),
            "Passerelle \u{fffd}chou\u{fffd}e 502"
        );
    }
}
