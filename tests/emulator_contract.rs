//! The emulator serves the contract it implements: `GET /openapi.yaml` is `openapi.yaml` and
//! `GET /openapi.json` is what `mongodb-api-keys spec --json` prints, byte for byte, at the host
//! root, without authentication, whatever `envelope` and `pretty` say.

mod common;

use mongodb_api_keys::spec;
use reqwest::header::CONTENT_TYPE;

/// (path, content type, the exact body).
fn documents() -> [(&'static str, &'static str, &'static str); 2] {
    [
        ("/openapi.yaml", "application/yaml", spec::OPENAPI_YAML),
        (
            "/openapi.json",
            "application/json",
            spec::openapi_json_pretty(),
        ),
    ]
}

#[tokio::test]
async fn both_documents_are_served_exactly_with_their_content_types_and_no_credentials() {
    let e = common::emulator().await;
    let origin = format!("http://{}", e.addr());
    for (path, content_type, body) in documents() {
        for query in ["", "?envelope=true", "?pretty=true&envelope=true"] {
            let answer = common::http()
                .get(format!("{origin}{path}{query}"))
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), 200, "{path}{query}");
            assert_eq!(
                answer.headers()[CONTENT_TYPE],
                content_type,
                "{path}{query}"
            );
            let text = answer.text().await.unwrap();
            assert!(text == body, "{path}{query}: not the embedded document");
        }
    }
    let stats = e.stats();
    assert_eq!(stats.challenges, 0, "no digest challenge for the documents");
    assert_eq!(e.stats().keys_created, Default::default());
}

#[tokio::test]
async fn the_json_document_is_the_yaml_one_and_names_the_embedded_version() {
    let e = common::emulator().await;
    let get = |path: &'static str| {
        let url = format!("http://{}{path}", e.addr());
        async move {
            common::http()
                .get(url)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let json: serde_json::Value = serde_json::from_str(&get("/openapi.json").await).unwrap();
    let yaml: serde_json::Value = serde_yaml_ng::from_str(&get("/openapi.yaml").await).unwrap();
    assert_eq!(json, yaml);
    assert_eq!(json["info"]["version"], spec::VERSION);
}

#[tokio::test]
async fn head_has_no_body_and_other_methods_get_mongodbs_405() {
    let e = common::emulator().await;
    for (path, content_type, body) in documents() {
        let url = format!("http://{}{path}", e.addr());
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

/// `curl http://ADDR/openapi.json` against `serve` is `mongodb-api-keys spec --json`, final
/// newline included; the same for the YAML and `spec`.
#[cfg(feature = "cli")]
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
    assert!(served_json == spec_json, "GET /openapi.json != spec --json");
    assert!(served_yaml == spec_yaml, "GET /openapi.yaml != spec");
}
