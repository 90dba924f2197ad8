//! An answer checked against the document the emulator serves (`GET /openapi.json`), as a
//! client of the contract reads it: its status declared for the operation, its body that
//! status's schema, every header it carries declared there and valid.
//!
//! An enveloped error (`envelope=true`: HTTP 200, `{"status", "content"}`) is read as the
//! status it stands for, as MongoDB's envelope means it: its body must be one of the `200`
//! schemas (`ApiErrorEnvelope`), its `content` the schema of that status, and its headers
//! declared by the `200` or by that status.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use serde_json::{Value, json};

/// One answer: status, headers (names in lower case), body.
#[derive(Debug)]
pub struct Exchange {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Exchange {
    /// The value of header `name` (lower case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        let found = self.headers.iter().find(|(n, _)| n == name);
        found.map(|(_, v)| v.as_str())
    }
}

/// Headers any HTTP answer may carry, which OpenAPI does not describe.
const HTTP_HEADERS: [&str; 5] = [
    "content-type",
    "content-length",
    "date",
    "connection",
    "transfer-encoding",
];

/// Checks `answer`, to a `POST` of the operation at `spec_path` with `query`, against the
/// served `document`; `what` names the case in failures.
pub fn check(document: &Value, spec_path: &str, query: &str, answer: &Exchange, what: &str) {
    let responses = &document["paths"][spec_path]["post"]["responses"];
    let body: Value = serde_json::from_str(&answer.body)
        .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}", answer.body));
    let content_type = answer.header("content-type").unwrap_or_default();
    assert!(
        content_type.starts_with("application/json"),
        "{what}: {answer:?}"
    );
    let envelope = query.contains("envelope=true");
    if envelope {
        // Everything is enveloped but the digest challenge, which a client must see.
        assert!(matches!(answer.status, 200 | 401), "{what}: {answer:?}");
    }
    let (status, content) = match &body {
        Value::Object(o) if envelope && answer.status == 200 && o.contains_key("content") => {
            let status = o["status"].as_u64().unwrap();
            (u16::try_from(status).unwrap(), o["content"].clone())
        }
        _ => (answer.status, body.clone()),
    };
    let declared = resolve(document, &responses[status.to_string()]);
    assert!(
        declared.is_object(),
        "{what}: {status} is not declared: {answer:?}"
    );
    let schema = &declared["content"]["application/json"]["schema"];
    assert_valid(document, schema, &content, what);
    if envelope && answer.status == 200 {
        let ok = &responses["200"]["content"]["application/json"]["schema"];
        assert_valid(document, ok, &body, what);
    }
    check_headers(document, [&responses["200"], declared], answer, what);
}

/// Every header of `answer` is declared by one of `responses` (or is plain HTTP), and valid.
fn check_headers(document: &Value, responses: [&Value; 2], answer: &Exchange, what: &str) {
    let mut allowed: Vec<String> = HTTP_HEADERS.iter().map(|h| (*h).to_owned()).collect();
    for response in responses {
        let declared = resolve(document, response)["headers"].as_object();
        for (name, header) in declared.into_iter().flatten() {
            allowed.push(name.to_ascii_lowercase());
            if let Some(value) = answer.header(&name.to_ascii_lowercase()) {
                let schema = &resolve(document, header)["schema"];
                let value = value.parse::<i64>().map_or(json!(value), Value::from);
                assert_valid(document, schema, &value, &format!("{what}: header {name}"));
            }
        }
    }
    for (name, _) in &answer.headers {
        assert!(
            allowed.contains(name),
            "{what}: {name} is not declared: {answer:?}"
        );
    }
}

/// `$ref`s followed to what they name in `document`.
pub fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        value = document.pointer(reference.trim_start_matches('#')).unwrap();
    }
    value
}

thread_local! {
    /// Validators by the schema they check: compiling one takes the whole `components`.
    static VALIDATORS: RefCell<HashMap<String, Rc<jsonschema::Validator>>> = Default::default();
}

/// Validates `instance` against `schema` of `document` (its `$ref`s into `components`).
pub fn assert_valid(document: &Value, schema: &Value, instance: &Value, what: &str) {
    let key = schema.to_string();
    let cached = VALIDATORS.with(|v| v.borrow().get(&key).cloned());
    let validator = cached.unwrap_or_else(|| {
        let mut full = schema.clone();
        full["components"] = document["components"].clone();
        let built = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&full)
            .unwrap();
        let built = Rc::new(built);
        VALIDATORS.with(|v| v.borrow_mut().insert(key, built.clone()));
        built
    });
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{what}: {instance} does not match: {errors:?}"
    );
}
