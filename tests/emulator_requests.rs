//! How the emulator reads a request, as MongoDB's Java back end does: the body's media type
//! (Jersey's `415`), its size (`413`), boolean query parameters (Java's `Boolean.valueOf`:
//! never refused), and JSON objects that name a member twice (refused).

mod common;

use common::{ORG_BODY, digest_post_as, emulator, send_as};
use mongodb_api_keys::emulator::Emulator;
use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

fn org_url(e: &Emulator) -> String {
    format!("{}/orgs/{}/apiKeys", e.atlas_url(), e.fixtures().org_id)
}

async fn signed_as(e: &Emulator, url: &str, body: &str, content_type: &str) -> common::Answer {
    let f = e.fixtures();
    digest_post_as(url, &f.username, &f.api_key, body, content_type).await
}

#[tokio::test]
async fn a_body_that_is_not_json_gets_jerseys_415_after_authentication() {
    let e = emulator().await;
    let url = org_url(&e);
    for content_type in [
        "text/plain",
        "application/x-www-form-urlencoded",
        "application/vnd.atlas.2023-01-01+json",
        "application/xml",
        "json",
        "application/json garbage",
        "",
    ] {
        let answer = signed_as(&e, &url, ORG_BODY, content_type).await;
        assert_eq!(answer.status, 415, "{content_type:?}: {}", answer.text);
        let error = answer.json();
        assert_eq!(error["error"], 415);
        assert!(error.get("errorCode").is_none(), "{error}");
        common::assert_matches_schema("ApiError", &error);
    }
    // Refused before the path is looked at, as Jersey refuses while choosing the method.
    let unknown = url.replace(&e.fixtures().org_id, &"0".repeat(24));
    assert_eq!(
        signed_as(&e, &unknown, ORG_BODY, "text/plain").await.status,
        415
    );
    // Without credentials it is the challenge, as for any request.
    let unsigned = send_as(&common::http(), &url, ORG_BODY, None, "text/plain").await;
    assert_eq!(unsigned.status, 401);
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "APPLICATION/JSON;charset=ISO-8859-1",
        "application/*",
        "*/*",
    ] {
        let answer = signed_as(&e, &url, ORG_BODY, content_type).await;
        assert_eq!(answer.status, 200, "{content_type:?}: {}", answer.text);
    }
    assert_eq!(e.stats().keys_created.org, 5);
}

/// Two `Content-Type` headers, and none: raw requests, since clients write one.
#[tokio::test]
async fn two_media_types_are_refused_and_none_is_read_as_json() {
    let config = mongodb_api_keys::emulator::Config {
        authentication: false,
        ..Default::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let target = common::target_of(&org_url(&e));
    for (headers, status) in [
        (
            "Content-Type: application/json\r\nContent-Type: application/json\r\n",
            "415",
        ),
        ("", "200"),
    ] {
        let mut socket = tokio::net::TcpStream::connect(e.addr()).await.unwrap();
        let request = format!(
            "POST {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{ORG_BODY}",
            ORG_BODY.len()
        );
        socket.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        socket.read_to_string(&mut answer).await.unwrap();
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{headers:?}: {answer}"
        );
    }
}

#[tokio::test]
async fn a_body_over_64_kib_gets_413_and_the_connection_is_closed() {
    let e = emulator().await;
    let url = org_url(&e);
    let limit = 64 * 1024;
    // At the limit the body is read (and refused as JSON, later, by authentication first).
    let at_limit = send_as(
        &common::http(),
        &url,
        &" ".repeat(limit),
        None,
        "application/json",
    )
    .await;
    assert_eq!(at_limit.status, 401, "{}", at_limit.text);
    for body in [" ".repeat(limit + 1), " ".repeat(10 * limit)] {
        let answer = send_as(&common::http(), &url, &body, None, "application/json").await;
        assert_eq!(answer.status, 413, "{}", answer.text);
        assert_eq!(answer.headers["connection"], "close");
        let error = answer.json();
        assert_eq!(
            error["detail"],
            "The request body is larger than 65536 bytes, the most this server reads."
        );
        common::assert_matches_schema("ApiError", &error);
    }
    // A chunked body has no length to refuse up front: it is refused once past the limit.
    let mut socket = tokio::net::TcpStream::connect(e.addr()).await.unwrap();
    let head = format!(
        "POST {} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
        common::target_of(&url)
    );
    socket.write_all(head.as_bytes()).await.unwrap();
    let chunk = format!("{:x}\r\n{}\r\n", 4096, " ".repeat(4096));
    for _ in 0..17 {
        if socket.write_all(chunk.as_bytes()).await.is_err() {
            break; // closed once past the limit
        }
    }
    let mut answer = Vec::new();
    let _ = socket.read_to_end(&mut answer).await;
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert_eq!(
        e.stats().requests,
        1,
        "only the body at the limit reached authentication"
    );
}

/// Jersey reads a `boolean` query parameter with Java's `Boolean.valueOf` on its first value:
/// `true` in any letter case is true, anything else false, blank the default; nothing is
/// refused. (Perl's OpenAPI::Client sends `pretty=1`.)
#[tokio::test]
async fn boolean_query_parameters_are_read_as_java_reads_them() {
    let e = emulator().await;
    let url = org_url(&e);
    let post = |query: &str| {
        let url = format!("{url}{query}");
        let e = &e;
        async move { signed_as(e, &url, ORG_BODY, "application/json").await }
    };
    for (query, enveloped, pretty) in [
        ("?envelope=TRUE", true, false),
        ("?envelope=True&pretty=tRuE", true, true),
        ("?envelope=1&pretty=1", false, false),
        ("?envelope=yes&pretty=on", false, false),
        ("?envelope=&pretty=%20", false, false),
        ("?envelope=false&envelope=true", false, false),
        ("?envelope=true&envelope=false", true, false),
        ("?envelope=%74rue", true, false),
    ] {
        let answer = post(query).await;
        assert_eq!(answer.status, 200, "{query}: {}", answer.text);
        let body: Value = answer.json();
        assert_eq!(body.get("content").is_some(), enveloped, "{query}: {body}");
        assert_eq!(
            answer.text.contains("\" : "),
            pretty,
            "{query}: {}",
            answer.text
        );
    }
    // `includeCount` on a list (here an organization's keys, on Ops Manager and the Admin
    // API v2).
    let f = e.fixtures();
    for base in [e.ops_manager_url(), common::api_url(&e, "/api/atlas/v2")] {
        let list = format!("{base}/orgs/{}/apiKeys", f.org_id);
        for (query, counted) in [
            ("?includeCount=FALSE", false),
            ("?includeCount=0", false),
            ("?includeCount=1", false),
            ("?includeCount=", true),
            ("", true),
            ("?includeCount=True", true),
        ] {
            let url = format!("{list}{query}");
            let answer = common::call(&e, "GET", &url, None).await;
            assert_eq!(answer.status, 200, "{query}: {}", answer.text);
            assert_eq!(
                answer.json().get("totalCount").is_some(),
                counted,
                "{query}"
            );
        }
    }
}
