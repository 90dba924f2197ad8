//! Masking by value: every secret the client holds (the private API key, the service
//! account's secret and its `Basic` value, the bearer tokens it sent) is replaced by
//! `[REDACTED]` in whatever a server sends back, before anything else reads it: a server that
//! echoes a credential in an error's `detail`, a plain-text page or a header cannot get it
//! into a message, a log or a panic. Matching words such as "key" or "secret" (what
//! `redact::excerpt` does) cannot catch a value that comes without them; comparing against
//! the values themselves does.

use std::borrow::Cow;
use std::sync::RwLock;

use base64::Engine as _;
use bytes::Bytes;
use memchr::memmem::Finder;
use reqwest::header::{HeaderMap, HeaderValue};

use super::Credentials;
use super::credentials::expose;

/// What replaces a secret.
pub(crate) const MASK: &str = "[REDACTED]";

/// Shorter values are not masked: replacing every occurrence of a few characters would
/// garble ordinary text, and none of MongoDB's credentials is that short (a private key is
/// a 36-character UUID, a client secret `mdb_sa_sk_` and more, a token a JWT).
const SHORTEST: usize = 6;

/// How many bearer tokens are remembered: the current one and those before it, for an
/// answer that echoes an older token.
const TOKENS_KEPT: usize = 8;

/// The secrets one client holds, in every form a server could send them back in.
#[derive(Default)]
pub(crate) struct KnownSecrets {
    /// The credentials' own secrets, fixed for the client's life.
    fixed: Vec<Form>,
    /// Bearer tokens, newest last, each in its forms.
    tokens: RwLock<Vec<(String, Vec<Form>)>>,
}

/// One spelling of a secret, with its searcher built once (not at every answer).
struct Form {
    text: String,
    finder: Finder<'static>,
}

impl Form {
    fn new(text: String) -> Self {
        let finder = Finder::new(text.as_bytes()).into_owned();
        Form { text, finder }
    }

    fn found_in(&self, haystack: &[u8]) -> bool {
        self.finder.find(haystack).is_some()
    }
}

impl KnownSecrets {
    /// The secrets of `credentials`.
    pub(crate) fn new(credentials: &Credentials) -> Self {
        let mut known = KnownSecrets::default();
        match credentials {
            Credentials::ApiKey { private_key, .. } => known.fixed = forms(expose(private_key)),
            Credentials::ServiceAccount {
                client_id,
                client_secret,
            } => {
                let secret = expose(client_secret);
                let basic = base64::engine::general_purpose::STANDARD
                    .encode(format!("{client_id}:{secret}"));
                known.fixed = forms(secret);
                known.fixed.extend(forms(&basic));
            }
            Credentials::AccessToken(token) => known.fixed = forms(expose(token)),
        }
        known
    }

    /// Remembers a bearer token this client is about to send.
    pub(crate) fn add_token(&self, token: &str) {
        let mut tokens = self.tokens.write().unwrap_or_else(|p| p.into_inner());
        if tokens.iter().any(|(t, _)| t == token) {
            return;
        }
        if tokens.len() == TOKENS_KEPT {
            tokens.remove(0);
        }
        tokens.push((token.to_owned(), forms(token)));
    }

    /// Every form of every secret held now.
    fn each(&self, mut f: impl FnMut(&Form)) {
        let tokens = self.tokens.read().unwrap_or_else(|p| p.into_inner());
        let token_forms = tokens.iter().flat_map(|(_, forms)| forms);
        for secret in self.fixed.iter().chain(token_forms) {
            f(secret);
        }
    }

    /// `text` with every known secret replaced.
    pub(crate) fn mask_text<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut text = Cow::Borrowed(text);
        self.each(|secret| {
            if secret.found_in(text.as_bytes()) {
                text = Cow::Owned(text.replace(secret.text.as_str(), MASK));
            }
        });
        text
    }

    /// A body with every known secret replaced: in JSON, in its strings as decoded (a
    /// secret spelled with escapes such as `\u0041` or `\/` is found too, and the JSON stays
    /// JSON); in anything else, as bytes.
    pub(crate) fn mask_body(&self, body: Bytes) -> Bytes {
        let mut found = body.contains(&b'\\');
        self.each(|secret| found |= secret.found_in(&body));
        if !found {
            return body; // the common case: nothing to parse
        }
        match serde_json::from_slice::<serde_json::Value>(&body) {
            Ok(mut value) => {
                if self.mask_json(&mut value) {
                    Bytes::from(value.to_string())
                } else {
                    body
                }
            }
            Err(_) => self.mask_bytes(body),
        }
    }

    /// Every header value with every known secret replaced.
    pub(crate) fn mask_headers(&self, headers: &mut HeaderMap) {
        for value in headers.values_mut() {
            let Ok(text) = value.to_str() else {
                let masked = self.mask_bytes(Bytes::copy_from_slice(value.as_bytes()));
                if masked.as_ref() != value.as_bytes()
                    && let Ok(new) = HeaderValue::from_maybe_shared(masked)
                {
                    *value = new;
                }
                continue;
            };
            if let Cow::Owned(masked) = self.mask_text(text)
                && let Ok(new) = HeaderValue::from_str(&masked)
            {
                *value = new;
            }
        }
    }

    fn mask_bytes(&self, body: Bytes) -> Bytes {
        let mut body = body;
        self.each(|secret| {
            let finder = &secret.finder;
            if finder.find(&body).is_none() {
                return;
            }
            let mut out = Vec::with_capacity(body.len());
            let mut rest = &body[..];
            while let Some(at) = finder.find(rest) {
                out.extend_from_slice(&rest[..at]);
                out.extend_from_slice(MASK.as_bytes());
                rest = &rest[at + secret.text.len()..];
            }
            out.extend_from_slice(rest);
            body = Bytes::from(out);
        });
        body
    }

    /// Masks the strings (keys too) of `value`; whether anything changed.
    fn mask_json(&self, value: &mut serde_json::Value) -> bool {
        use serde_json::Value;
        match value {
            Value::String(s) => match self.mask_text(s) {
                Cow::Owned(masked) => {
                    *s = masked;
                    true
                }
                Cow::Borrowed(_) => false,
            },
            Value::Number(n) => {
                let text = n.to_string();
                let masked = matches!(self.mask_text(&text), Cow::Owned(_));
                if masked {
                    *value = Value::String(MASK.to_owned());
                }
                masked
            }
            Value::Array(items) => items
                .iter_mut()
                .fold(false, |changed, v| self.mask_json(v) | changed),
            Value::Object(map) => {
                let mut changed = false;
                let entries = std::mem::take(map);
                for (key, mut v) in entries {
                    changed |= self.mask_json(&mut v);
                    let key = match self.mask_text(&key) {
                        Cow::Owned(masked) => {
                            changed = true;
                            masked
                        }
                        Cow::Borrowed(_) => key,
                    };
                    map.insert(key, v);
                }
                changed
            }
            _ => false,
        }
    }
}

/// `secret` as sent and in the forms a server may echo it in: JSON-escaped, percent-encoded.
fn forms(secret: &str) -> Vec<Form> {
    spellings(secret).into_iter().map(Form::new).collect()
}

fn spellings(secret: &str) -> Vec<String> {
    if secret.len() < SHORTEST {
        return Vec::new();
    }
    let mut forms = vec![secret.to_owned()];
    let json = serde_json::to_string(secret).unwrap_or_default();
    let json = json.trim_matches('"');
    let encoded = percent_encoding::utf8_percent_encode(secret, percent_encoding::NON_ALPHANUMERIC)
        .to_string();
    for form in [json.to_owned(), encoded, secret.replace('/', "\\/")] {
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRIVATE_KEY: &str = "754c8808-0ba8-4153-8eea-85daa09d408a";
    const CLIENT_SECRET: &str = "mdb_sa_sk_Zx9/+Qm2v0d8Yk3LwTn7s1RaPbUe4Hj6";

    #[test]
    fn a_private_key_is_masked_wherever_it_appears() {
        let known = KnownSecrets::new(&Credentials::new("abcdefgh", PRIVATE_KEY));
        let body = format!(r#"{{"detail":"bad password {PRIVATE_KEY}","error":401}}"#);
        let masked = known.mask_body(Bytes::from(body));
        let masked = std::str::from_utf8(&masked).unwrap();
        assert!(
            !masked.contains(PRIVATE_KEY) && masked.contains(MASK),
            "{masked}"
        );
        // Spelled with JSON escapes, it is still found once decoded.
        let escaped = PRIVATE_KEY.replace('7', "\\u0037");
        let body = format!(r#"{{"detail":"echo {escaped}"}}"#);
        let masked = known.mask_body(Bytes::from(body));
        let value: serde_json::Value = serde_json::from_slice(&masked)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&masked)));
        assert_eq!(value["detail"], format!("echo {MASK}"));
    }

    #[test]
    fn a_client_secret_its_basic_value_and_tokens_are_masked() {
        let known = KnownSecrets::new(&Credentials::service_account(
            "mdb_sa_id_0123456789abcdef01234567",
            CLIENT_SECRET,
        ));
        let basic = base64::engine::general_purpose::STANDARD.encode(format!(
            "mdb_sa_id_0123456789abcdef01234567:{CLIENT_SECRET}"
        ));
        let token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZGJfc2EifQ.c2lnbmF0dXJl";
        known.add_token(token);
        let escaped = CLIENT_SECRET.replace('/', "\\/");
        for text in [
            format!("invalid_client: {CLIENT_SECRET}"),
            format!("Authorization: Basic {basic}"),
            format!("Bearer {token} expired"),
            format!(r#"{{"error_description":"{escaped}"}}"#),
        ] {
            let masked = known.mask_body(Bytes::from(text.clone()));
            let masked = String::from_utf8_lossy(&masked);
            for secret in [CLIENT_SECRET, &basic, token, &escaped] {
                assert!(!masked.contains(secret), "{text} -> {masked}");
            }
        }
        let mut headers = HeaderMap::new();
        headers.insert(
            "www-authenticate",
            HeaderValue::from_str(&format!("Bearer error=\"{token}\"")).unwrap(),
        );
        known.mask_headers(&mut headers);
        assert_eq!(headers["www-authenticate"], "Bearer error=\"[REDACTED]\"");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_masked_too() {
        let known = KnownSecrets::new(&Credentials::new("abcdefgh", PRIVATE_KEY));
        let mut body = b"\xff\xfe ".to_vec();
        body.extend_from_slice(PRIVATE_KEY.as_bytes());
        let masked = known.mask_body(Bytes::from(body));
        assert_eq!(&masked[..], b"\xff\xfe [REDACTED]");
    }
}
