//! `WWW-Authenticate` values from a server: whatever the bytes, parsing never panics, and a
//! challenge that parses signs a request whose `Authorization` parses back to the same
//! credentials and verifies with the password it was signed with.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mongodb_api_keys::digest::{Authorization, Challenge, Request};

const REQUEST: Request<'static> = Request {
    method: "POST",
    uri: "/api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys?pretty=true",
    body: br#"{"desc":"CI deployer","roles":["ORG_MEMBER"]}"#,
};
const PASSWORD: &str = "the-private-key";
const CNONCE: &str = "0a4f113b";

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    } else {
        check(&String::from_utf8_lossy(data));
    }
});

fn check(header: &str) {
    let all = Challenge::parse_all(header);
    let best = Challenge::parse(header);
    if let (Ok(all), Ok(best)) = (&all, &best)
        && !all.is_empty()
    {
        assert!(
            all.contains(best),
            "parse picks one of parse_all's challenges"
        );
    }
    for challenge in all.into_iter().flatten().chain(best) {
        // An ASCII user name travels as `username`, any other as `username*` (RFC 8187);
        // with `userhash` either is hashed.
        for username in ["kzurbumc", "J\u{e4}s\u{f8}n Doe"] {
            signs_and_verifies(&challenge, username);
        }
    }
}

fn signs_and_verifies(challenge: &Challenge, username: &str) {
    for nc in [1, u32::MAX] {
        let signed = challenge.sign(username, PASSWORD, &REQUEST, nc, CNONCE);
        let header = signed.to_string();
        let signer_header = challenge
            .signer(username, PASSWORD)
            .header(&REQUEST, nc, CNONCE);
        assert_eq!(
            signer_header, header,
            "Signer::header writes what sign formats"
        );
        let parsed = Authorization::parse(&header)
            .unwrap_or_else(|e| panic!("our own Authorization does not parse: {e}: {header}"));
        assert_eq!(parsed.nonce, challenge.nonce);
        assert_eq!(parsed.realm, challenge.realm);
        assert_eq!(parsed.opaque, challenge.opaque);
        assert_eq!(parsed.algorithm, challenge.algorithm);
        assert_eq!(parsed, signed, "{header}");
        assert!(parsed.is_for_user(username), "{header}");
        assert!(parsed.verify_as(username, PASSWORD, &REQUEST), "{header}");
        assert!(
            !parsed.verify_as(username, "another-key", &REQUEST),
            "{header}"
        );
        // Without userhash the header names the user itself.
        assert_eq!(
            parsed.verify(PASSWORD, &REQUEST),
            !challenge.userhash,
            "{header}"
        );
    }
}
