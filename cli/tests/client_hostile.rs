//! The client and the CLI against servers that misbehave, written here at the socket level:
//! huge and endless bodies, terminal control sequences in error text, a `Retry-After` years
//! away, a digest challenge without `qop`, and an answer that stops halfway. Each bound is
//! shown by counting (bytes, requests, peak memory), not by timing.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use mongodb_api_keys::client::{Client, Error, ErrorCode};
use mongodb_api_keys::generated::types::OrgRole;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};

const ORG: &str = "5980cfc70b6d97029d82e3f6";

/// What a raw server saw: requests, requests that carried `Authorization`, bytes it wrote.
#[derive(Default)]
struct Seen {
    requests: AtomicUsize,
    signed: AtomicUsize,
    written: AtomicUsize,
}

/// A server that reads each request and lets `answer` write whatever it likes.
async fn raw_server<F, Fut>(answer: F) -> (String, Arc<Seen>)
where
    F: Fn(TcpStream, Arc<Seen>) -> Fut + Clone + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base_url = format!("http://{}/api/atlas/v1.0", listener.local_addr().unwrap());
    let seen = Arc::new(Seen::default());
    let counted = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let (answer, seen) = (answer.clone(), counted.clone());
            tokio::spawn(async move {
                let head = common::read_request(&mut socket).await;
                seen.requests.fetch_add(1, Ordering::SeqCst);
                if head.to_ascii_lowercase().contains("\nauthorization:") {
                    seen.signed.fetch_add(1, Ordering::SeqCst);
                }
                answer(socket, seen).await;
            });
        }
    });
    (base_url, seen)
}

fn client(base_url: &str) -> Client {
    Client::builder(base_url)
        .credentials("kzurbumc", "the-private-key")
        .timeout(std::time::Duration::from_secs(5))
        .build()
        .unwrap()
}

async fn create(client: &Client) -> Result<(), Error> {
    client
        .create_org_api_key(ORG, "k", &[OrgRole::OrgMember])
        .await
        .map(drop)
}

/// Writes one JSON answer with `status` (`"200 OK"`), any `extra` header lines (each ending
/// in CRLF) and `body`, then the connection closes.
async fn write_json(socket: &mut TcpStream, status: &str, extra: &str, body: &str) {
    let answer = format!(
        "HTTP/1.1 {status}\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = socket.write_all(answer.as_bytes()).await;
}

/// Writes zeros forever (or until the client goes), counting what was written.
async fn stream_zeros(mut socket: TcpStream, seen: Arc<Seen>, head: &str) {
    if socket.write_all(head.as_bytes()).await.is_err() {
        return;
    }
    let zeros = vec![b'0'; 64 * 1024];
    let chunk = format!("{:x}\r\n", zeros.len());
    let chunked = head.contains("chunked");
    loop {
        if chunked && socket.write_all(chunk.as_bytes()).await.is_err() {
            return;
        }
        if socket.write_all(&zeros).await.is_err() {
            return;
        }
        if chunked && socket.write_all(b"\r\n").await.is_err() {
            return;
        }
        seen.written.fetch_add(zeros.len(), Ordering::SeqCst);
    }
}

#[tokio::test]
async fn huge_and_endless_bodies_stop_at_the_limit() {
    for head in [
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
    ] {
        let (base_url, seen) =
            raw_server(move |socket, seen| async move { stream_zeros(socket, seen, head).await })
                .await;
        let error = create(&client(&base_url)).await.unwrap_err();
        assert!(
            matches!(error, Error::InvalidResponse { status: 200, .. }),
            "{error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("1048576-byte limit"), "{message}");
        assert!(message.contains("max_response_bytes"), "{message}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        // What the server managed to write before the client hung up: the limit, plus what
        // the sockets' buffers hold.
        let written = seen.written.load(Ordering::SeqCst);
        assert!(
            written < 16 * 1024 * 1024,
            "{written} bytes written for {head:?}"
        );
    }
    // A declared length over the limit is refused without reading it.
    let (base_url, _) = raw_server(|socket, seen| async move {
        stream_zeros(
            socket,
            seen,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n",
        )
        .await
    })
    .await;
    let small = Client::builder(&base_url)
        .credentials("kzurbumc", "k")
        .max_response_bytes(1000)
        .build()
        .unwrap();
    let error = create(&small).await.unwrap_err();
    assert!(error.to_string().contains("1000-byte limit"), "{error}");
}

/// An error answer whose text tries to drive the terminal.
const HOSTILE_ERROR: &str = "{\"detail\":\"\\u001b]0;owned\\u0007\\u001b[2J\\r\\n$ sudo rm -rf /\",\"error\":400,\"errorCode\":\"BAD\\u001b[31m\",\"reason\":\"Bad Request\"}";

#[tokio::test]
async fn control_characters_from_the_server_never_reach_the_terminal() {
    let (base_url, _) = raw_server(|mut socket, _| async move {
        write_json(&mut socket, "400 Bad Request", "", HOSTILE_ERROR).await;
    })
    .await;
    let error = create(&client(&base_url)).await.unwrap_err();
    let shown = error.to_string();
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    assert!(shown.contains("\\x1b]0;owned\\x07"), "{shown}");
    let output = cli(&base_url, 3).await;
    assert_eq!(output.status.code(), Some(4));
    assert!(
        !output.stderr.iter().any(|b| matches!(b, 0x1b | 0x07)),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = String::from_utf8_lossy(&output.stderr).lines().count();
    assert_eq!(
        lines,
        1,
        "no forged line: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The CLI creating an organization key against `base_url`, with `--timeout SECS`, under
/// `wrapper` (a program that runs it, such as `time`) if any; run off the test's thread so
/// that the servers above keep answering.
async fn cli_under(wrapper: &[&str], base_url: &str, timeout_secs: u32) -> std::process::Output {
    let bin = env!("CARGO_BIN_EXE_mongodb-api-keys");
    let mut args: Vec<String> = wrapper.iter().map(|a| a.to_string()).collect();
    args.push(bin.into());
    let timeout = timeout_secs.to_string();
    args.extend(
        [
            "--base-url",
            base_url,
            "--timeout",
            &timeout,
            "org-key",
            "create",
            "--org-id",
            ORG,
        ]
        .map(str::to_owned),
    );
    args.extend(["--desc", "k", "--role", "ORG_MEMBER"].map(str::to_owned));
    tokio::task::spawn_blocking(move || {
        Command::new(&args[0])
            .args(&args[1..])
            .env_clear()
            .env("MONGODB_ATLAS_PUBLIC_API_KEY", "kzurbumc")
            .env("MONGODB_ATLAS_PRIVATE_API_KEY", "the-private-key")
            .output()
            .unwrap()
    })
    .await
    .unwrap()
}

async fn cli(base_url: &str, timeout_secs: u32) -> std::process::Output {
    cli_under(&[], base_url, timeout_secs).await
}

#[tokio::test]
async fn a_retry_after_beyond_the_policy_returns_at_once_saying_until_when() {
    let (base_url, seen) = raw_server(|mut socket, _| async move {
        let body = r#"{"detail":"Slow down.","error":429,"errorCode":"RATE_LIMITED","reason":"Too Many Requests"}"#;
        let retry = "Retry-After: Thu, 01 Jan 2037 00:00:00 GMT\r\n";
        write_json(&mut socket, "429 Too Many Requests", retry, body).await;
    })
    .await;
    let error = create(&client(&base_url)).await.unwrap_err();
    assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
    assert!(
        error.to_string().contains("Thu, 01 Jan 2037 00:00:00 GMT"),
        "{error}"
    );
    assert_eq!(
        seen.requests.load(Ordering::SeqCst),
        1,
        "no retry, no back-off"
    );
    let output = cli(&base_url, 3).await;
    assert_eq!(output.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&output.stderr).contains("2037"));
    assert_eq!(seen.requests.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_challenge_without_qop_is_refused_before_anything_is_signed() {
    let challenge = |mut socket: TcpStream, _| async move {
        let answer = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Digest realm=\"MMS Public API\", nonce=\"abc\", algorithm=MD5\r\nContent-Length: 0\r\n\r\n";
        let _ = socket.write_all(answer.as_bytes()).await;
    };
    let (base_url, seen) = raw_server(challenge).await;
    let error = create(&client(&base_url)).await.unwrap_err();
    assert!(matches!(error, Error::InsecureChallenge(_)), "{error:?}");
    assert!(error.to_string().contains("allow_legacy_digest"), "{error}");
    let output = cli(&base_url, 3).await;
    assert_eq!(
        output.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        (
            seen.requests.load(Ordering::SeqCst),
            seen.signed.load(Ordering::SeqCst)
        ),
        (2, 0),
        "one unsigned probe each, nothing signed"
    );
    // Opted in, the client signs without qop (and this server keeps refusing).
    let legacy = Client::builder(&base_url)
        .credentials("kzurbumc", "k")
        .allow_legacy_digest(true)
        .build()
        .unwrap();
    let error = create(&legacy).await.unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)), "{error:?}");
    assert_eq!(seen.signed.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_answer_that_stops_halfway_is_an_unknown_outcome() {
    let (base_url, _) = raw_server(|mut socket, _| async move {
        let answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 300\r\n\r\n{\"desc\":\"k\",\"id\":";
        let _ = socket.write_all(answer.as_bytes()).await;
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    })
    .await;
    let quick = Client::builder(&base_url)
        .credentials("kzurbumc", "k")
        .timeout(std::time::Duration::from_millis(500))
        .build()
        .unwrap();
    let error = create(&quick).await.unwrap_err();
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
    assert!(!error.is_retryable());
    let output = cli(&base_url, 1).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("the key may have been created"), "{stderr}");
    // Cut instead of stalled: the same.
    let (base_url, _) = raw_server(|mut socket, _| async move {
        let answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 300\r\n\r\n{\"desc\"";
        let _ = socket.write_all(answer.as_bytes()).await;
    })
    .await;
    let error = create(&client(&base_url)).await.unwrap_err();
    assert!(matches!(error, Error::OutcomeUnknown { .. }), "{error:?}");
}

#[tokio::test]
async fn the_cli_stays_small_whatever_the_server_sends() {
    let time = common::program("time", "time");
    for head in [
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
    ] {
        let (base_url, _) =
            raw_server(move |socket, seen| async move { stream_zeros(socket, seen, head).await })
                .await;
        let time = time.to_string_lossy();
        let output = cli_under(&[&time, "-f", "peak-kb=%M"], &base_url, 10).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_ne!(output.status.code(), Some(0), "{stderr}");
        let peak_kb: u64 = stderr
            .lines()
            .find_map(|l| l.strip_prefix("peak-kb="))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or_else(|| panic!("no peak in {stderr}"));
        assert!(
            peak_kb < 64 * 1024,
            "peak {peak_kb} KiB for {head:?}: {stderr}"
        );
    }
}

/// A service account whose token endpoint is `base_url`'s (the default), with a short timeout.
fn service_account(base_url: &str) -> Client {
    Client::builder(base_url)
        .service_account("mdb_sa_id_0123456789abcdef01234567", "mdb_sa_sk_secret")
        .timeout(std::time::Duration::from_millis(500))
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_token_endpoint_that_fails_means_nothing_was_sent_to_the_api() {
    // It stalls after its status line: no token, and the create never goes out.
    let (base_url, seen) = raw_server(|mut socket, _| async move {
        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\n").await;
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
    })
    .await;
    let error = create(&service_account(&base_url)).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert!(error.is_retryable(), "{error}");
    let text = error.to_string();
    assert!(text.contains("nothing was sent"), "{text}");
    assert!(
        text.contains("no access token from the token endpoint"),
        "{text}"
    );
    assert!(!text.contains("may have been created"), "{text}");
    assert_eq!(
        seen.requests.load(Ordering::SeqCst),
        1,
        "only the token request"
    );
    // It sends an endless answer: refused at the limit, still before any API request.
    let head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    let (base_url, seen) =
        raw_server(move |socket, seen| async move { stream_zeros(socket, seen, head).await }).await;
    let error = create(&service_account(&base_url)).await.unwrap_err();
    let Error::TokenRefused { error: code, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(code, "invalid_response");
    let text = error.to_string();
    assert!(text.contains("1048576-byte limit"), "{text}");
    assert!(text.contains("nothing was sent to the API"), "{text}");
    assert_eq!(
        seen.requests.load(Ordering::SeqCst),
        1,
        "only the token request"
    );
}

#[tokio::test]
async fn a_token_lifetime_too_long_for_a_date_is_cut_not_a_panic() {
    // The first request is the token's; it says the token lives for u64::MAX seconds.
    let (base_url, seen) = raw_server(|mut socket, seen| async move {
        let body = if seen.requests.load(Ordering::SeqCst) == 1 {
            r#"{"access_token":"t","expires_in":18446744073709551615,"token_type":"Bearer"}"#
        } else {
            r#"{"detail":"No organization with ID 5980cfc70b6d97029d82e3f6 exists.","error":404,"errorCode":"ORG_NOT_FOUND","reason":"Not Found"}"#
        };
        let status = if body.contains("access_token") { "200 OK" } else { "404 Not Found" };
        write_json(&mut socket, status, "", body).await;
    })
    .await;
    let client = service_account(&base_url);
    for _ in 0..2 {
        let error = create(&client).await.unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::OrgNotFound),
            "{error:?}"
        );
    }
    assert_eq!(
        seen.requests.load(Ordering::SeqCst),
        3,
        "one token for both calls"
    );
}

#[tokio::test]
async fn a_token_answer_that_cannot_be_sent_is_refused_before_the_api() {
    for token in ["", "tok\\u0001abc"] {
        let body =
            format!(r#"{{"access_token":"{token}","expires_in":3600,"token_type":"Bearer"}}"#);
        let (base_url, seen) = raw_server(move |mut socket, _| {
            let body = body.clone();
            async move {
                write_json(&mut socket, "200 OK", "", &body).await;
            }
        })
        .await;
        let error = create(&service_account(&base_url)).await.unwrap_err();
        let Error::TokenRefused { error: code, .. } = &error else {
            panic!("{token:?}: {error:?}");
        };
        assert_eq!(code, "invalid_response");
        assert!(
            error.to_string().contains("nothing was sent to the API"),
            "{error}"
        );
        assert_eq!(
            seen.requests.load(Ordering::SeqCst),
            1,
            "only the token request"
        );
    }
}

#[tokio::test]
async fn a_token_endpoint_that_is_down_or_moved_is_said_as_such() {
    let answers = [
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 25\r\nConnection: close\r\n\r\n<h1>upstream is down</h1>",
        "HTTP/1.1 307 Temporary Redirect\r\nLocation: https://elsewhere.example/token\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    ];
    for answer in answers {
        let (base_url, seen) = raw_server(move |mut socket, _| async move {
            let _ = socket.write_all(answer.as_bytes()).await;
        })
        .await;
        let error = create(&service_account(&base_url)).await.unwrap_err();
        let text = error.to_string();
        if answer.contains("502") {
            // Down: nothing reached the API, so trying again is safe.
            assert!(matches!(error, Error::Transport { .. }), "{error:?}");
            assert!(
                text.contains("HTTP 502") && text.contains("upstream is down"),
                "{text}"
            );
        } else {
            assert!(matches!(error, Error::TokenRefused { .. }), "{error:?}");
            assert!(text.contains("https://elsewhere.example/token"), "{text}");
        }
        assert_eq!(seen.requests.load(Ordering::SeqCst), 1, "{text}");
    }
}
