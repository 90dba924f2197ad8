//! `mongodb-api-keys -v serve` writes one line per request to stderr (`--help`: "Log each call
//! and HTTP exchange"): method, path, status, duration. Never a secret (credentials, nonces,
//! the control token, a created key's secret, the query), and never a byte from the network
//! raw on the terminal.

#[path = "../../tests/common/mod.rs"]
mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

/// The lines of `serve`'s stderr so far, read by a thread.
#[derive(Clone, Default)]
struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    fn requests(&self) -> Vec<String> {
        let lines = self.0.lock().unwrap();
        lines
            .iter()
            .filter(|l| l.contains(" request "))
            .cloned()
            .collect()
    }

    /// Waits until `n` request lines are in (or 10 s pass), and returns them.
    async fn wait_for(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.requests().len() < n && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.requests()
    }
}

/// `mongodb-api-keys -v serve` on a free port: the process, its fixtures, its stderr lines.
fn verbose_serve() -> (std::process::Child, Value, Lines) {
    let bin = env!("CARGO_BIN_EXE_mongodb-api-keys");
    let mut serve = Command::new(bin)
        .args(["-v", "serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(serve.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let lines = Lines::default();
    let stderr = serve.stderr.take().unwrap();
    let sink = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            sink.0.lock().unwrap().push(line);
        }
    });
    (serve, serde_json::from_str(&line).unwrap(), lines)
}

#[tokio::test]
async fn verbose_serve_logs_one_line_per_request_and_no_secret() {
    let (mut serve, f, lines) = verbose_serve();
    let text = |name: &str| f[name].as_str().unwrap().to_owned();
    let (addr, base, org) = (text("addr"), text("baseUrl"), text("orgId"));
    let (user, api_key, token) = (text("username"), text("apiKey"), text("controlToken"));

    // 1-2: a challenge, then the signed create.
    let url = format!("{base}/orgs/{org}/apiKeys?pretty=true&token=QUERY-SECRET");
    let created = common::digest_post(&url, &user, &api_key, common::ORG_BODY).await;
    assert_eq!(created.status, 200, "{}", created.text);
    let private_key = created.json()["privateKey"].as_str().unwrap().to_owned();
    // 3: the control plane, with its token.
    let stats = common::http()
        .get(format!("http://{addr}/_emulator/stats"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(stats.status(), 200);
    // 4: a path with bytes that must not reach a terminal as they are.
    let mut socket = tokio::net::TcpStream::connect(&addr).await.unwrap();
    socket
        .write_all(
            "GET /caf\u{e9}/%1b[2J HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".as_bytes(),
        )
        .await
        .unwrap();
    let mut answer = String::new();
    socket.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");

    let logged = lines.wait_for(4).await;
    serve.kill().unwrap();
    serve.wait().unwrap();
    assert_eq!(logged.len(), 4, "one line per request: {logged:#?}");
    let path = format!("path=/api/atlas/v1.0/orgs/{org}/apiKeys");
    for (line, (method, path, status)) in logged.iter().zip([
        ("POST", path.as_str(), 401),
        ("POST", path.as_str(), 200),
        ("GET", "path=/_emulator/stats", 200),
        ("GET", "path=/caf\\u{e9}/%1b[2J", 404),
    ]) {
        assert!(line.contains(&format!("method={method} ")), "{line}");
        assert!(line.contains(&format!("{path} ")), "{line}");
        assert!(line.contains(&format!("status={status} ")), "{line}");
        assert!(line.contains(" duration_ms="), "{line}");
    }
    let everything = lines.0.lock().unwrap().join("\n");
    for secret in [
        &api_key,
        &token,
        &private_key,
        "QUERY-SECRET",
        "Digest ",
        "Bearer ",
        "nonce",
    ] {
        assert!(
            !everything.contains(secret),
            "{secret:?} in the log:\n{everything}"
        );
    }
    assert!(
        everything
            .chars()
            .all(|c| c == '\n' || (' '..='~').contains(&c)),
        "a character from the network, raw:\n{everything:?}"
    );
}
