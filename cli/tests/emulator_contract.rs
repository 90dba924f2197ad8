//! The emulator serves the contract it implements at the host root, without authentication,
//! whatever `envelope` and `pretty` say: `GET /openapi.yaml` is `openapi.yaml` and `GET
//! /openapi.json` its JSON form as `mongodb-api-keys spec --json` prints it, except that every
//! `servers` list and the OAuth token URL are relative, naming the emulator itself: a tool
//! that reads the document without a base URL of its own calls the emulator, never MongoDB.

#[path = "../../tests/common/mod.rs"]
mod common;

use mongodb_api_keys::spec;
use reqwest::header::CONTENT_TYPE;
use serde_json::{Value, json};

/// (path, content type) of both documents.
const DOCUMENTS: [(&str, &str); 2] = [
    ("/openapi.yaml", "application/yaml"),
    ("/openapi.json", "application/json"),
];

async fn get(e: &mongodb_api_keys::emulator::Emulator, target: &str) -> reqwest::Response {
    let url = format!("http://{}{target}", e.addr());
    common::http().get(url).send().await.unwrap()
}

/// `document` without what the served copy changes: every `servers` and OAuth URL.
fn without_servers(mut document: Value) -> Value {
    document.as_object_mut().unwrap().remove("servers");
    for item in document["paths"].as_object_mut().unwrap().values_mut() {
        for operation in item.as_object_mut().unwrap().values_mut() {
            if let Some(operation) = operation.as_object_mut() {
                operation.remove("servers");
            }
        }
    }
    let flows = &mut document["components"]["securitySchemes"]["serviceAccounts"]["flows"];
    flows["clientCredentials"]
        .as_object_mut()
        .unwrap()
        .remove("tokenUrl");
    document
}

/// The `url`s of a `servers` list.
fn urls(servers: &Value) -> Vec<&str> {
    servers
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect()
}

/// Every server URL and OAuth flow URL anywhere in `document`.
fn called_urls(document: &Value) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![document];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    match (key.as_str(), child) {
                        ("servers", Value::Array(list)) => found.extend(
                            list.iter()
                                .filter_map(|s| s["url"].as_str().map(str::to_owned)),
                        ),
                        ("tokenUrl" | "authorizationUrl" | "refreshUrl", Value::String(url)) => {
                            found.push(url.clone())
                        }
                        _ => stack.push(child),
                    }
                }
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    found
}

#[tokio::test]
async fn both_documents_are_served_with_their_content_types_and_no_credentials() {
    let e = common::emulator().await;
    let mut served = Vec::new();
    for (path, content_type) in DOCUMENTS {
        let mut texts = Vec::new();
        for query in ["", "?envelope=true", "?pretty=true&envelope=TRUE"] {
            let answer = get(&e, &format!("{path}{query}")).await;
            assert_eq!(answer.status(), 200, "{path}{query}");
            assert_eq!(
                answer.headers()[CONTENT_TYPE],
                content_type,
                "{path}{query}"
            );
            texts.push(answer.text().await.unwrap());
        }
        assert!(
            texts.iter().all(|t| *t == texts[0]),
            "{path}: envelope or pretty changed it"
        );
        served.push(texts.swap_remove(0));
    }
    let (yaml, json_text) = (&served[0], &served[1]);
    let json: Value = serde_json::from_str(json_text).unwrap();
    assert_eq!(serde_yaml_ng::from_str::<Value>(yaml).unwrap(), json);
    assert_eq!(
        *json_text,
        serde_json::to_string_pretty(&json).unwrap() + "\n",
        "indented, with a final newline, as `spec --json` prints"
    );
    assert_eq!(json["info"]["version"], spec::VERSION);
    assert_eq!(without_servers(json), without_servers(spec::openapi_json()));
    // The YAML is the committed text outside the servers blocks and the token URL.
    let kept = |text: &str| -> usize {
        text.lines()
            .filter(|l| spec::OPENAPI_YAML.lines().any(|c| c == *l))
            .count()
    };
    let committed_lines = spec::OPENAPI_YAML.lines().count();
    assert!(
        kept(yaml) + 30 > committed_lines,
        "the YAML was rewritten beyond its servers"
    );
    assert_eq!(
        e.stats().challenges,
        0,
        "no digest challenge for the documents"
    );
    assert_eq!(e.stats().keys_created, Default::default());
}

#[tokio::test]
async fn the_served_servers_name_the_emulator_never_mongodb() {
    let e = common::emulator().await;
    let document_url = format!("http://{}/openapi.json", e.addr());
    let served: Value = get(&e, "/openapi.json").await.json().await.unwrap();
    let committed = spec::openapi_json();
    assert!(
        urls(&committed["servers"])
            .iter()
            .all(|u| u.starts_with("https://")),
        "the committed contract keeps MongoDB's hosts for other teams' clients"
    );
    assert_eq!(urls(&served["servers"]), vec!["/"]);
    // Resolved against where the document was read, as OpenAPI resolves relative servers:
    // the emulator's origin, under which every operation's whole path is served.
    let base = reqwest::Url::parse(&document_url).unwrap();
    let origin = base.join(urls(&served["servers"])[0]).unwrap();
    assert_eq!(origin.as_str().trim_end_matches('/'), e.origin());
    let flow = &served["components"]["securitySchemes"]["serviceAccounts"]["flows"];
    assert_eq!(
        flow["clientCredentials"]["tokenUrl"],
        json!("/api/oauth/token")
    );
    // No URL a tool would call names a host (examples, prose and the contact still do).
    let yaml: Value =
        serde_yaml_ng::from_str(&get(&e, "/openapi.yaml").await.text().await.unwrap()).unwrap();
    for document in [&served, &yaml] {
        let called = called_urls(document);
        // The one server (no operation names its own) and the token URL.
        assert_eq!(called.len(), 2, "{called:?}");
        assert!(called.iter().all(|u| u.starts_with('/')), "{called:?}");
    }
}

#[tokio::test]
async fn head_has_no_body_and_other_methods_get_mongodbs_405() {
    let e = common::emulator().await;
    for (path, content_type) in DOCUMENTS {
        let url = format!("http://{}{path}", e.addr());
        let body = get(&e, path).await.text().await.unwrap();
        let head = common::http().head(&url).send().await.unwrap();
        assert_eq!(head.status(), 200);
        assert_eq!(head.headers()[CONTENT_TYPE], content_type);
        assert_eq!(
            head.headers()["content-length"],
            body.len().to_string().as_str()
        );
        assert!(head.bytes().await.unwrap().is_empty());

        let post = common::http().post(&url).body("{}").send().await.unwrap();
        assert_eq!(post.status(), 405, "{path}");
        let error: serde_json::Value = post.json().await.unwrap();
        assert_eq!(error["error"], 405, "{error}");
        common::assert_matches_schema("ApiError", &error);
    }
}

#[tokio::test]
async fn documents_live_at_the_host_root_only() {
    let e = common::emulator().await;
    for base in [e.atlas_url(), e.ops_manager_url()] {
        let answer = common::http()
            .get(format!("{base}/openapi.json"))
            .send()
            .await
            .unwrap();
        // Under a base path it is an unknown resource, as for MongoDB's API.
        assert_eq!(answer.status(), 404, "{base}/openapi.json");
        let error: serde_json::Value = answer.json().await.unwrap();
        assert_eq!(error["errorCode"], "RESOURCE_NOT_FOUND", "{error}");
    }
}

/// `curl http://ADDR/openapi.json` against `serve` is `mongodb-api-keys spec --json` but for
/// its relative servers, formatted the same (indented, final newline); the same for the YAML
/// and `spec`.
#[tokio::test]
async fn serve_answers_what_the_spec_command_prints() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let bin = env!("CARGO_BIN_EXE_mongodb-api-keys");
    let printed = |args: &[&str]| {
        let output = Command::new(bin).args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        output.stdout
    };
    let spec_json = printed(&["spec", "--json"]);
    let spec_yaml = printed(&["spec"]);
    assert!(spec_json.ends_with(b"}\n"));

    let mut serve = Command::new(bin)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(serve.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let fixtures: serde_json::Value = serde_json::from_str(&line).unwrap();
    let addr = fixtures["addr"].as_str().unwrap().to_owned();
    let curl = common::program("curl", "curl");
    let fetched = |path: &str| {
        let output = Command::new(&curl)
            .args(["--silent", "--show-error", "--fail"])
            .arg(format!("http://{addr}{path}"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "curl {path}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    };
    let served_json = fetched("/openapi.json");
    let served_yaml = fetched("/openapi.yaml");
    serve.kill().unwrap();
    serve.wait().unwrap();
    let parse_json = |bytes: &[u8]| serde_json::from_slice::<Value>(bytes).unwrap();
    let parse_yaml = |bytes: &[u8]| serde_yaml_ng::from_slice::<Value>(bytes).unwrap();
    assert_eq!(
        without_servers(parse_json(&served_json)),
        without_servers(parse_json(&spec_json)),
        "GET /openapi.json is not spec --json but for its servers"
    );
    assert_eq!(
        without_servers(parse_yaml(&served_yaml)),
        without_servers(parse_yaml(&spec_yaml)),
        "GET /openapi.yaml is not spec but for its servers"
    );
    let pretty = serde_json::to_vec_pretty(&parse_json(&served_json)).unwrap();
    assert_eq!(served_json, [pretty, b"\n".to_vec()].concat());
    assert_ne!(served_json, spec_json, "the servers differ");
}
