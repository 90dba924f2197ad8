//! An answer checked against the document the emulator serves (`GET /openapi.json`), as a
//! client of the contract reads it: its status declared for the operation, its media type
//! one that status declares, its body that media type's schema (none where none is
//! declared), every header it carries declared there and valid.
//!
//! An enveloped answer (`envelope=true`: HTTP 200) is unwrapped by the rule the spec states on
//! the `envelope` parameter (`x-envelope`): `{"status", "content"}` stands for an answer of
//! that status with that body, `{"status"}` alone for one without a body (a `204`), and a list
//! answer keeps its shape and gains `status`. Its headers are declared by that status, or by
//! the operation's success.

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

/// The status and body an answer stands for: itself, or what its envelope wraps.
fn unwrapped(enveloped: bool, answer: &Exchange, what: &str) -> (u16, Option<Value>) {
    let body: Option<Value> = (!answer.body.is_empty()).then(|| {
        serde_json::from_str(&answer.body)
            .unwrap_or_else(|e| panic!("{what}: not JSON ({e}): {}", answer.body))
    });
    // Everything is enveloped but the digest challenge, which a client must see.
    if !enveloped || answer.status == 401 {
        return (answer.status, body);
    }
    assert_eq!(answer.status, 200, "{what}: enveloped, yet {answer:?}");
    let Some(Value::Object(mut object)) = body else {
        panic!("{what}: an envelope that is not an object: {answer:?}");
    };
    let status = object.remove("status").and_then(|s| s.as_u64());
    let status = u16::try_from(status.unwrap_or_else(|| panic!("{what}: no status")))
        .unwrap_or_else(|_| panic!("{what}: a status out of range"));
    let content = match object.remove("content") {
        Some(content) => {
            assert!(object.is_empty(), "{what}: more than status and content");
            Some(content)
        }
        // A list keeps its shape; an answer without a body is `{"status"}` alone.
        None if object.contains_key("results") => Some(Value::Object(object)),
        None => {
            assert!(object.is_empty(), "{what}: {answer:?}");
            None
        }
    };
    (status, content)
}

/// Checks `answer`, to `method` on the operation at `spec_path` with `query`, against the
/// served `document`; `what` names the case in failures. The status it stands for.
pub fn check(
    document: &Value,
    (method, spec_path): (&str, &str),
    query: &str,
    answer: &Exchange,
    what: &str,
) -> u16 {
    let operation = &document["paths"][spec_path][method.to_ascii_lowercase()];
    assert!(operation.is_object(), "{what}: no {method} {spec_path}");
    let responses = &operation["responses"];
    let enveloped = query.contains("envelope=true");
    let (status, content) = unwrapped(enveloped, answer, what);
    let declared = resolve(document, &responses[status.to_string()]);
    assert!(
        declared.is_object(),
        "{what}: {status} is not declared: {answer:?}"
    );
    let media = answer.header("content-type").unwrap_or_default();
    let essence = media.split(';').next().unwrap_or_default().trim();
    match (content, declared["content"].as_object()) {
        (None, None) => {}
        (Some(content), Some(declared)) => {
            let schema = &declared
                .get(essence)
                .unwrap_or_else(|| panic!("{what}: {essence} is not declared: {answer:?}"))["schema"];
            assert_valid(document, schema, &content, what);
        }
        (content, declared) => {
            panic!("{what}: a body {content:?} where the spec declares {declared:?}")
        }
    }
    let success = responses
        .as_object()
        .and_then(|r| r.iter().find(|(s, _)| s.starts_with('2')).map(|(_, r)| r))
        .expect("a success");
    let also = if enveloped { success } else { declared };
    check_headers(document, [declared, also], answer, what);
    status
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
