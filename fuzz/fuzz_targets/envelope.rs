//! What the client does with an answer before the generated code decodes it, on arbitrary
//! (status, body) pairs: envelope unwrapping, error-body normalisation, the excerpt shown in
//! error messages (secrets masked), and `printable`; and, from the same bytes, a token
//! endpoint's answer and a `Retry-After` value (the body as the header's value).
//!
//! Input: two bytes of status (little-endian, mapped onto 100..=999; 200 when the second is
//! 0xc0 or more), then the body.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::client::fuzzing::{
    excerpt, normalize_error_body, retry_after, token_answer, unwrap_envelope,
};
use mongodb_api_keys::client::printable;
use mongodb_api_keys::generated::types::ApiError;

const CANARY: &str = "CANARY-SECRET-7f3a";

fuzz_target!(|data: &[u8]| {
    let Some((head, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    // A 200 is what an envelope comes with: a quarter of the inputs.
    let status = match head[1] {
        0xc0.. => 200,
        _ => 100 + u16::from_le_bytes(*head) % 900,
    };

    let (unwrapped_status, unwrapped) =
        unwrap_envelope(status, body).expect("100..=999 is an HTTP status");
    if (unwrapped_status, unwrapped.as_slice()) != (status, body) {
        assert_eq!(status, 200, "only a 200 is an envelope");
        assert!((100..=999).contains(&unwrapped_status));
        serde_json::from_slice::<serde_json::Value>(&unwrapped)
            .expect("an envelope's content is JSON");
    }

    for (status, body) in [(status, body), (unwrapped_status, unwrapped.as_slice())] {
        normalized(status, body);
        shown(body);
    }
    secrets_are_masked(body);
    let text = String::from_utf8_lossy(body);
    let visible = printable(&text);
    assert!(!visible.chars().any(hidden), "{visible:?}");
    if !text.chars().any(hidden) {
        assert_eq!(visible, text);
    }
    waits_and_tokens(status, body);
});

/// Control characters and bidirectional-text controls: what `printable` makes visible.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A `Retry-After` or a token lifetime, however large, is a bounded wait and never a panic.
fn waits_and_tokens(status: u16, body: &[u8]) {
    const CENTURY: u64 = 100 * 365 * 24 * 3600;
    // Seconds are cut to a century; an HTTP date names a year up to 9999.
    const TO_YEAR_9999: u64 = 8_000 * 366 * 24 * 3600;
    if let Some(wait) = retry_after(body) {
        assert!(wait <= TO_YEAR_9999, "{wait}");
        if body.iter().all(u8::is_ascii_digit) {
            assert!(wait <= CENTURY, "{wait}");
        }
    }
    match token_answer(status, body).expect("100..=999 is an HTTP status") {
        Ok(lifetime) => {
            assert!((200..300).contains(&status), "a token from a {status}");
            assert!(lifetime <= CENTURY, "{lifetime}");
        }
        Err(code) => assert!(!code.is_empty()),
    }
}

/// An error status comes out with a body that decodes as MongoDB's error; any other answer
/// is left alone.
fn normalized(status: u16, body: &[u8]) {
    let (out_status, out, content_type) =
        normalize_error_body(status, body).expect("100..=999 is an HTTP status");
    assert_eq!(out_status, status);
    if !(400..=599).contains(&status) {
        assert_eq!((out.as_slice(), content_type), (body, None));
        return;
    }
    let error: ApiError = serde_json::from_slice(&out).unwrap_or_else(|e| {
        panic!(
            "the normalised body of a {status} is no ApiError ({e}): {}",
            String::from_utf8_lossy(&out)
        )
    });
    if out != body {
        assert_eq!(content_type.as_deref(), Some("application/json"));
        assert_eq!(i64::from(error.error), i64::from(status));
    }
}

/// The excerpt is short, once made printable has no control character, and reads invalid
/// UTF-8 as replacement characters (the bytes around them are still shown).
fn shown(body: &[u8]) {
    let excerpt = excerpt(body);
    let lossy = String::from_utf8_lossy(body);
    assert_eq!(
        excerpt,
        mongodb_api_keys::client::fuzzing::excerpt(lossy.as_bytes()),
        "{lossy:?}"
    );
    assert!(excerpt.chars().count() <= 200, "{excerpt:?}");
    let visible = printable(&excerpt);
    assert!(!visible.chars().any(char::is_control), "{visible:?}");
}

/// A JSON body with secret-looking fields around it: the excerpt never shows their values.
fn secrets_are_masked(body: &[u8]) {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return;
    };
    if String::from_utf8_lossy(body).contains("CANARY") {
        return;
    }
    // Keys sort before the fuzzed value, so that the 200-character cut leaves them in.
    let wrapped = serde_json::json!({
        "aPassword": CANARY,
        "aa": [{"privateKey": CANARY, "nested": {"apiToken": CANARY}}],
        "z": value,
    });
    let excerpt = excerpt(wrapped.to_string().as_bytes());
    assert!(!excerpt.contains("CANARY"), "{excerpt}");
}
