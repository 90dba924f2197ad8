//! The document the emulator serves (`GET /openapi.yaml`, `GET /openapi.json`): `openapi.yaml`
//! with every `servers` list and OAuth URL made relative, so that they name the emulator the
//! document was read from, never MongoDB's hosts. A tool pointed at a running emulator without
//! a base URL of its own (Schemathesis without `--url`) then calls that emulator, not
//! production. `openapi.yaml` itself keeps MongoDB's hosts: other teams generate clients from it.
//!
//! The YAML is rewritten line by line (so that it stays the committed text everywhere else),
//! the JSON form structurally, and the two are compared: a spec whose layout the line rewrite
//! misreads fails the build instead of serving a document that says something else.

use serde_json::Value;

/// What each rewritten server says, by its path.
fn description(path: &str) -> String {
    match path {
        "/" => "This emulator, at the origin this document was read from (the paths are whole, \
                /api/atlas/v2/... and /api/public/v1.0/...)."
            .into(),
        "/api/atlas/v1.0" => "This emulator's Atlas API (relative to the URL this document was \
                              read from)."
            .into(),
        "/api/public/v1.0" => "This emulator's Ops Manager API (relative to the URL this \
                               document was read from)."
            .into(),
        other => {
            format!("This emulator, at {other} (relative to the URL this document was read from).")
        }
    }
}

/// The path of an absolute URL (`https://{host}:{port}/api/public/v1.0` gives
/// `/api/public/v1.0`); a relative one as it is.
fn path_of(url: &str) -> String {
    let url = url.trim().trim_matches(|c| c == '\'' || c == '"');
    match url.split_once("://") {
        Some((_, rest)) => match rest.find('/') {
            Some(at) => rest[at..].to_owned(),
            None => "/".to_owned(),
        },
        None => url.to_owned(),
    }
}

/// The paths of `urls`, each once, in order.
fn relative(urls: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for path in urls.into_iter().map(|u| path_of(&u)) {
        if !paths.contains(&path) {
            paths.push(path);
        }
    }
    paths
}

const OAUTH_URLS: [&str; 3] = ["tokenUrl", "authorizationUrl", "refreshUrl"];

/// The served YAML text and its JSON value, checked to say the same.
pub(crate) fn served(text: &str, json: &Value) -> Result<(String, Value), String> {
    let yaml = served_yaml(text);
    let from_yaml: Value = serde_yaml_ng::from_str(&yaml)
        .map_err(|e| format!("the served copy of the spec does not parse: {e}"))?;
    let value = served_value(json.clone());
    if from_yaml != value {
        return Err(
            "the served copy of the spec (relative `servers`) came out differently from its \
             text and from its JSON form: keep each `servers:` list as `- url: ...` entries"
                .into(),
        );
    }
    Ok((yaml, value))
}

/// `text` with each `servers:` block replaced by the relative servers of its URLs, and each
/// OAuth URL by its path.
fn served_yaml(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let indent = indent_of(line);
        let content = line.trim();
        i += 1;
        if content == "servers:" {
            let mut urls = Vec::new();
            while i < lines.len() && (lines[i].trim().is_empty() || indent_of(lines[i]) > indent) {
                if let Some(url) = lines[i].trim().strip_prefix("- url:") {
                    urls.push(url.to_owned());
                }
                i += 1;
            }
            out.push_str(line);
            out.push('\n');
            let pad = " ".repeat(indent);
            for path in relative(urls) {
                out.push_str(&format!("{pad}  - url: {path}\n"));
                out.push_str(&format!("{pad}    description: {}\n", description(&path)));
            }
            continue;
        }
        match OAUTH_URLS
            .iter()
            .find_map(|name| content.strip_prefix(&format!("{name}:")).map(|v| (name, v)))
        {
            Some((name, url)) => {
                out.push_str(&format!("{}{name}: {}\n", &line[..indent], path_of(url)));
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// The same rewrite on the JSON form: the root's, each path item's and each operation's
/// `servers`, and the OAuth flows' URLs.
fn served_value(mut spec: Value) -> Value {
    fn rewrite(servers: Option<&mut Value>) {
        let Some(Value::Array(list)) = servers else {
            return;
        };
        let urls = list
            .iter()
            .filter_map(|s| s["url"].as_str().map(str::to_owned))
            .collect::<Vec<_>>();
        *list = relative(urls)
            .into_iter()
            .map(|path| serde_json::json!({ "url": path, "description": description(&path) }))
            .collect();
    }
    rewrite(spec.get_mut("servers"));
    if let Some(Value::Object(paths)) = spec.get_mut("paths") {
        for item in paths.values_mut() {
            rewrite(item.get_mut("servers"));
            if let Value::Object(operations) = item {
                for operation in operations.values_mut() {
                    rewrite(operation.get_mut("servers"));
                }
            }
        }
    }
    let schemes = spec.pointer_mut("/components/securitySchemes");
    for scheme in schemes.and_then(Value::as_object_mut).into_iter().flatten() {
        let flows = scheme.1.get_mut("flows").and_then(Value::as_object_mut);
        for flow in flows.into_iter().flat_map(|f| f.values_mut()) {
            for name in OAUTH_URLS {
                if let Some(Value::String(url)) = flow.get_mut(name) {
                    *url = path_of(url);
                }
            }
        }
    }
    spec
}
