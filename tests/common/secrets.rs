//! Realistic credentials for tests that check where secrets go: a UUID private key, an
//! `mdb_sa_sk_` client secret, a JWT-shaped token, and the answers that carry them.

/// A private API key as Atlas makes them (a UUIDv4).
pub const PRIVATE_KEY: &str = "754c8808-0ba8-4153-8eea-85daa09d408a";
/// The public half that goes with it.
pub const PUBLIC_KEY: &str = "zmmrboas";
/// A service account's client ID.
pub const CLIENT_ID: &str = "mdb_sa_id_65f1c0ffee0123456789abcd";
/// Its secret.
pub const CLIENT_SECRET: &str = "mdb_sa_sk_4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b";
/// An access token, shaped like the JWTs Atlas issues.
pub const TOKEN: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtZGJfc2FfaWRfNjVmMWMwZmZlZTAxMjM0NTY3ODlhYmNkIiwiZXhwIjoxNzk5OTk5OTk5fQ.Zm9yZ2VkLXNpZ25hdHVyZS1mb3ItdGVzdHMtb25seQ";
/// A second one, for a renewal.
pub const TOKEN_2: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJtZGJfc2FfaWRfNjVmMWMwZmZlZTAxMjM0NTY3ODlhYmNkIiwiZXhwIjoxODAwMDAwMDAwfQ.c2Vjb25kLWZvcmdlZC1zaWduYXR1cmUtZm9yLXRlc3Rz";
/// The new key's secret in a create's answer.
pub const NEW_PRIVATE_KEY: &str = "c8150efd-c7a0-4afd-8c4f-01bdd56c8977";
/// An organization ID.
pub const ORG: &str = "5980cfc70b6d97029d82e3f6";

/// The `Basic` value of [`CLIENT_ID`] and [`CLIENT_SECRET`].
pub fn basic() -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}"))
}

/// Atlas's digest challenge, as a header line.
pub const CHALLENGE: &str = "WWW-Authenticate: Digest realm=\"MMS Public API\", domain=\"\", nonce=\"669gyxpgL6MGDuSZvQ80Spv3k+Jc99ed\", algorithm=MD5, qop=\"auth\", stale=false\r\n";
/// A bearer challenge for an expired token, as a header line.
pub const BEARER_CHALLENGE: &str = "WWW-Authenticate: Bearer error=\"invalid_token\"\r\n";
/// The 401 body of a challenge.
pub const CHALLENGE_BODY: &str =
    r#"{"detail":"You are not authorized for this resource.","error":401,"reason":"Unauthorized"}"#;

/// A token answer carrying `token`.
pub fn token_answer(token: &str) -> String {
    format!(r#"{{"access_token":"{token}","expires_in":3600,"token_type":"Bearer"}}"#)
}

/// A created organization key as the contract describes it.
pub fn created_key() -> serde_json::Value {
    serde_json::json!({
        "desc": "k",
        "id": "5c47ba5127d9d61b9fd8a27b",
        "privateKey": NEW_PRIVATE_KEY,
        "publicKey": "gswvkocq",
        "roles": [{"orgId": ORG, "roleName": "ORG_MEMBER"}],
    })
}

/// An error body.
pub fn api_error(status: u16, code: &str, detail: &str) -> String {
    serde_json::json!({"detail": detail, "error": status, "errorCode": code, "parameters": [], "reason": "Error"})
        .to_string()
}
