//! What the client does with an answer before the generated code decodes it, on arbitrary
//! (status, body) pairs: envelope unwrapping, error-body normalisation, the excerpt shown in
//! error messages (secrets masked), and `printable`.
//!
//! Input: two bytes of status (little-endian, mapped onto 100..=999; 200 when the second is
//! 0xc0 or more), then the body.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::client::fuzzing::{excerpt, normalize_error_body, unwrap_envelope};
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
    assert!(!visible.chars().any(char::is_control), "{visible:?}");
    if !text.chars().any(char::is_control) {
        assert_eq!(visible, text);
    }
});

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
