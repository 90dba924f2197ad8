//! `Authorization` values from a client, as the emulator reads them: whatever the bytes,
//! parsing and verifying never panic, and credentials that parse are formatted into a value
//! that parses back to the same credentials.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::digest::{ATLAS_REALM, Algorithm, Authorization, Request, password_hash};

const USERNAME: &str = "kzurbumc";
const PASSWORD: &str = "the-private-key";
const REQUEST: Request<'static> = Request {
    method: "POST",
    uri: "/api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys",
    body: b"{}",
};

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => check(text),
        Err(_) => check(&String::from_utf8_lossy(data)),
    }
});

fn check(header: &str) {
    let Ok(auth) = Authorization::parse(header) else {
        return;
    };
    let hash = password_hash(auth.algorithm, USERNAME, ATLAS_REALM, PASSWORD);
    let other_hash = password_hash(Algorithm::Sha512_256, USERNAME, ATLAS_REALM, PASSWORD);
    let request = Request {
        uri: &auth.uri,
        ..REQUEST
    };
    for request in [REQUEST, request] {
        let _ = auth.verify_hash(USERNAME, &hash, &request);
        let _ = auth.verify_hash(USERNAME, &other_hash, &request);
        let _ = auth.verify_hash(&auth.username, "", &request);
        let _ = auth.verify(PASSWORD, &request);
        let _ = auth.verify_as(USERNAME, PASSWORD, &request);
    }
    let _ = auth.is_for_user(USERNAME);
    let _ = auth.is_for_user(&auth.username);
    let _ = format!("{auth:?}");

    let formatted = auth.to_string();
    let reparsed = Authorization::parse(&formatted).unwrap_or_else(|e| {
        panic!("{header:?} parsed, its formatting {formatted:?} does not: {e}")
    });
    assert_eq!(
        reparsed, auth,
        "{header:?} formatted as {formatted:?} parses to other credentials"
    );
    assert_eq!(reparsed.to_string(), formatted, "formatting is stable");
}
