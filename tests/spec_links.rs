//! Every link of `openapi.yaml`, followed on the emulator: the operation it starts from is
//! called with its request example, the link's parameters are read from that call as the link
//! says (`$response.body#/...`, `$request.path.NAME`), and the operation it names must then
//! answer with a success it documents. A link that names a field the answer lacks, or leads
//! to a 404, fails here, deterministically, and not only when Schemathesis' stateful phase
//! happens to pick it within its time (`cli/tests/interop.rs` runs that phase, for what random
//! sequences of calls find).

mod common;

use std::collections::BTreeMap;

use mongodb_api_keys::emulator::{Config, Emulator};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

/// One operation of the document: its method, path template and definition.
struct Operation {
    method: String,
    path: String,
    definition: Value,
}

/// One link: the operation whose answer it starts from, the status of that answer, and the
/// link itself (`operationId`, `parameters`).
struct Link {
    from: String,
    status: String,
    link: Value,
}

/// `node`, or what its `$ref` names in `doc`.
fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str() {
        Some(reference) => doc
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{reference} names nothing")),
        None => node,
    }
}

fn operations(doc: &Value) -> BTreeMap<String, Operation> {
    let mut found = BTreeMap::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, definition) in item.as_object().unwrap() {
            if let Some(id) = definition["operationId"].as_str() {
                let operation = Operation {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    definition: definition.clone(),
                };
                found.insert(id.to_owned(), operation);
            }
        }
    }
    found
}

fn links(doc: &Value, operations: &BTreeMap<String, Operation>) -> Vec<Link> {
    let mut found = Vec::new();
    for (from, operation) in operations {
        for (status, response) in operation.definition["responses"].as_object().unwrap() {
            let response = resolve(doc, response);
            for link in response["links"].as_object().into_iter().flatten() {
                let link = resolve(doc, link.1).clone();
                let (from, status) = (from.clone(), status.clone());
                found.push(Link { from, status, link });
            }
        }
    }
    found
}

/// A call made: its path parameters, status and answer.
struct Called {
    path: BTreeMap<String, String>,
    status: u16,
    body: Value,
}

/// Calls `operation` with `path` parameters (the fixtures' for those not given) and its
/// request example as the body.
async fn call(e: &Emulator, operation: &Operation, mut path: BTreeMap<String, String>) -> Called {
    let f = e.fixtures();
    for (name, value) in [
        ("orgId", &f.org_id),
        ("groupId", &f.project_id),
        ("userId", &f.user_id),
    ] {
        path.entry(name.to_owned()).or_insert_with(|| value.clone());
    }
    let mut target = operation.path.clone();
    for (name, value) in &path {
        let encoded = utf8_percent_encode(value, NON_ALPHANUMERIC).to_string();
        target = target.replace(&format!("{{{name}}}"), &encoded);
    }
    assert!(
        !target.contains('{'),
        "{target}: a path parameter is missing"
    );
    let body = operation.definition["requestBody"]["content"]
        .as_object()
        .map(|content| {
            let media = content.values().next().unwrap();
            let example = &media["example"];
            assert!(!example.is_null(), "{}: no request example", operation.path);
            example.to_string()
        });
    let url = format!("{}{target}", e.origin());
    let answer = common::call(e, &operation.method, &url, body.as_deref()).await;
    let body = serde_json::from_str(&answer.text).unwrap_or(Value::Null);
    Called {
        path,
        status: answer.status,
        body,
    }
}

/// The value of a link parameter's runtime expression, read from `called`.
fn evaluate(expression: &str, called: &Called) -> String {
    let value = if let Some(pointer) = expression.strip_prefix("$response.body#") {
        called.body.pointer(pointer).cloned()
    } else if let Some(name) = expression.strip_prefix("$request.path.") {
        called.path.get(name).map(|v| Value::String(v.clone()))
    } else {
        panic!("{expression}: an expression this test does not read")
    };
    match value {
        Some(Value::String(text)) => text,
        other => panic!("{expression} is {other:?} in {}", called.body),
    }
}

/// Calls `id` with what it needs: an operation whose path the fixtures fill alone is called
/// as it is; another is reached through a link to it, from an operation reached the same way.
async fn reach(
    e: &Emulator,
    operations: &BTreeMap<String, Operation>,
    links: &[Link],
    id: &str,
) -> Called {
    let operation = &operations[id];
    let own = ["{orgId}", "{groupId}", "{userId}"];
    let bare = own
        .iter()
        .fold(operation.path.clone(), |p, n| p.replace(n, ""));
    if !bare.contains('{') {
        return call(e, operation, BTreeMap::new()).await;
    }
    let via = links
        .iter()
        .find(|l| l.link["operationId"] == id)
        .unwrap_or_else(|| panic!("{id}: no link leads to it and the fixtures do not fill it"));
    let from = Box::pin(reach(e, operations, links, &via.from)).await;
    follow(e, operations, via, &from).await
}

/// Follows `link` from `from`, the call it starts from.
async fn follow(
    e: &Emulator,
    operations: &BTreeMap<String, Operation>,
    link: &Link,
    from: &Called,
) -> Called {
    assert_eq!(
        from.status.to_string(),
        link.status,
        "{} answered {}: {}",
        link.from,
        from.status,
        from.body
    );
    let mut path = from.path.clone();
    for (name, expression) in link.link["parameters"].as_object().unwrap() {
        let name = name.strip_prefix("path.").unwrap_or(name);
        path.insert(
            name.to_owned(),
            evaluate(expression.as_str().unwrap(), from),
        );
    }
    let to = link.link["operationId"].as_str().unwrap();
    call(e, &operations[to], path).await
}

#[tokio::test]
async fn every_link_leads_to_a_documented_success() {
    let doc = mongodb_api_keys::spec::openapi_json();
    let operations = operations(&doc);
    let links = links(&doc, &operations);
    assert!(links.len() >= 40, "{} links", links.len());
    let e = Emulator::start(Config::default()).await.unwrap();
    for link in &links {
        let to = link.link["operationId"].as_str().unwrap();
        // A fresh start for each link: a link that deletes must not take another's resource.
        let from = reach(&e, &operations, &links, &link.from).await;
        let answer = follow(&e, &operations, link, &from).await;
        let documented = &operations[to].definition["responses"][answer.status.to_string()];
        assert!(
            (200..300).contains(&answer.status) && !documented.is_null(),
            "{} -> {to}: {} {}",
            link.from,
            answer.status,
            answer.body
        );
    }
}
