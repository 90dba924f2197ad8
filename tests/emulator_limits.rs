//! The emulator holds under hostile traffic: unauthenticated requests leave nothing behind,
//! stalled and idle connections are closed, the connection cap makes room for new clients,
//! the control plane needs its token and bounds its faults, answers never echo the Host
//! header, and the opt-in rate limit answers as Atlas does. Every bound is shown by counting
//! (the emulator's stats, what a socket receives), not by timing.

mod common;

use std::time::Duration;

use common::{ORG_BODY, emulator, operations, post, send};
use mongodb_api_keys::emulator::{Config, Emulator, Fault, Limits};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

#[tokio::test]
async fn unauthenticated_traffic_leaves_nothing_behind() {
    let e = emulator().await;
    let url = operations(&e)[0].0.clone();
    let client = common::http();
    let forged = format!(
        r#"Digest username="{}", realm="MMS Public API", nonce="{}", uri="/x", response="00", qop=auth, nc=00000001, cnonce="c", algorithm=MD5"#,
        e.fixtures().username,
        "A".repeat(32)
    );
    for i in 0..2000 {
        let auth = (i % 2 == 0).then(|| forged.clone());
        assert_eq!(send(&client, &url, ORG_BODY, auth).await.status, 401);
    }
    let stats = e.stats();
    assert_eq!((stats.challenges, stats.nonces_on_record), (2000, 0));
    // Authenticated traffic is recorded: one entry per nonce, whatever the number of calls.
    let client = common::client(&e);
    for _ in 0..50 {
        common::org_key(&client, &e).await.unwrap();
    }
    assert_eq!(e.stats().nonces_on_record, 1);
}

fn short_limits() -> Config {
    Config {
        limits: Limits {
            header_timeout: Duration::from_millis(300),
            body_timeout: Duration::from_millis(300),
            idle_timeout: Duration::from_millis(600),
            max_connections: 4,
            max_connections_per_address: 4,
            backlog: 16,
        },
        ..Config::default()
    }
}

/// Everything the server sends until it closes the connection (or 10 s pass).
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut received));
    assert!(read.await.is_ok(), "the server never closed the connection");
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test]
async fn idle_dripping_and_stalled_connections_are_closed() {
    let e = Emulator::start(short_limits()).await.unwrap();
    let connect = || TcpStream::connect(e.addr());
    // An idle socket, and a head that never ends.
    let mut idle = connect().await.unwrap();
    let mut dripping = connect().await.unwrap();
    dripping
        .write_all(b"POST /api/atlas/v1.0/orgs/x/apiKeys HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    assert_eq!(until_closed(&mut idle).await, "");
    assert_eq!(until_closed(&mut dripping).await, "");
    assert_eq!(e.stats().connections.header_timeouts, 2);
    // A body that stalls: answered 408 and closed.
    let mut stalled = connect().await.unwrap();
    stalled
        .write_all(b"POST /api/atlas/v1.0/orgs/5980cfc70b6d97029d82e3f6/apiKeys HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"desc\"")
        .await
        .unwrap();
    // The body is read before anything else answers: 408 within the body timeout.
    let answer = until_closed(&mut stalled).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    // A keep-alive connection is closed once idle for the idle timeout, not before.
    let mut keep_alive = connect().await.unwrap();
    let stats = format!(
        "GET /_emulator/stats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n\r\n",
        e.control_token()
    );
    keep_alive.write_all(stats.as_bytes()).await.unwrap();
    let answer = until_closed(&mut keep_alive).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let connections = e.stats().connections;
    assert_eq!(
        (connections.header_timeouts, connections.idle_timeouts),
        (2, 1)
    );
}

#[tokio::test]
async fn an_authenticated_body_that_stalls_is_answered_408() {
    let config = Config {
        authentication: false,
        ..short_limits()
    };
    let e = Emulator::start(config).await.unwrap();
    let mut stalled = TcpStream::connect(e.addr()).await.unwrap();
    let head = format!(
        "POST /api/atlas/v1.0/orgs/{}/apiKeys HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{{\"desc\"",
        e.fixtures().org_id
    );
    stalled.write_all(head.as_bytes()).await.unwrap();
    let answer = until_closed(&mut stalled).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("The request body was not received in time."),
        "{answer}"
    );
    assert_eq!(e.stats().keys_created.org, 0);
}

#[tokio::test]
async fn a_challenge_keeps_the_connection_open_for_the_signed_request() {
    // A body sent after its head (as a client that waits for the head to be written does):
    // answered 401 only once read, so the connection stays usable for the next request.
    let e = emulator().await;
    let mut stream = TcpStream::connect(e.addr()).await.unwrap();
    let path = operations(&e)[0]
        .0
        .replace(&format!("http://{}", e.addr()), "");
    for _ in 0..2 {
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            ORG_BODY.len()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(50)).await;
        stream.write_all(ORG_BODY.as_bytes()).await.unwrap();
        let mut answer = vec![0u8; 4096];
        let n = stream.read(&mut answer).await.unwrap();
        let answer = String::from_utf8_lossy(&answer[..n]);
        assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
        assert!(
            !answer.to_ascii_lowercase().contains("connection: close"),
            "{answer}"
        );
    }
    assert_eq!(e.stats().connections.accepted, 1);
}

#[tokio::test]
async fn at_the_connection_cap_stalled_connections_make_room_for_new_clients() {
    let e = Emulator::start(Config {
        limits: Limits {
            max_connections: 4,
            ..Limits::default()
        },
        ..Config::default()
    })
    .await
    .unwrap();
    let mut stalled = Vec::new();
    for _ in 0..12 {
        let mut stream = TcpStream::connect(e.addr()).await.unwrap();
        stream.write_all(b"POST / HTTP/1.1\r\n").await.unwrap();
        stalled.push(stream);
    }
    let client = common::client(&e);
    common::org_key(&client, &e)
        .await
        .expect("a client still gets through");
    let connections = e.stats().connections;
    assert!(connections.open <= 4, "{connections:?}");
    assert!(connections.evicted >= 9, "{connections:?}");
    // The oldest stalled connections were the ones closed.
    let mut first = stalled.remove(0);
    assert_eq!(until_closed(&mut first).await, "");
}

async fn control(
    e: &Emulator,
    method: &str,
    path: &str,
    body: Option<Value>,
    token: Option<&str>,
) -> (u16, String) {
    let client = common::http();
    let url = format!("http://{}/_emulator/{path}", e.addr());
    let mut request = client.request(method.parse().unwrap(), url);
    if let Some(body) = body {
        request = request.json(&body);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Faults out of bounds: refused with the reason, even with the token.
async fn bad_faults_are_refused(e: &Emulator, token: &str) {
    for (bad, why) in [
        (
            json!({"status": 500, "count": 4294967295u64}),
            "count must be 1 to 1000",
        ),
        (
            json!({"delayMs": 3600000, "count": 1}),
            "delayMs must be at most 60000",
        ),
        (json!({"status": 200, "count": 1}), "400 to 599"),
        (
            json!({"status": 418, "count": 1}),
            "status 418 is not one the spec declares for every operation",
        ),
        (
            json!({"status": 409, "count": 1, "operation": "createOrgApiKey"}),
            "not one the spec declares for createOrgApiKey",
        ),
        (
            json!({"status": 500, "count": 1, "extra": 1}),
            "unknown field",
        ),
    ] {
        let (status, text) = control(e, "POST", "faults", Some(bad), Some(token)).await;
        assert_eq!(status, 400, "{text}");
        assert!(text.contains(why), "{text}");
    }
}

#[tokio::test]
async fn the_control_plane_needs_its_token_and_bounds_faults() {
    let e = emulator().await;
    let token = e.control_token().to_owned();
    let fault = json!({"status": 500, "count": 4});
    assert_eq!(
        control(&e, "POST", "faults", Some(fault.clone()), None)
            .await
            .0,
        401
    );
    assert_eq!(
        control(&e, "POST", "faults", Some(fault.clone()), Some("wrong"))
            .await
            .0,
        401
    );
    assert_eq!(
        control(&e, "POST", "expire-nonces", None, None).await.0,
        401
    );
    assert_eq!(control(&e, "DELETE", "faults", None, None).await.0, 401);
    for read in ["faults", "stats"] {
        let (status, text) = control(&e, "GET", read, None, None).await;
        assert_eq!(status, 401, "GET {read} without the token: {text}");
        let (status, _) = control(&e, "GET", read, None, Some("wrong")).await;
        assert_eq!(status, 401, "GET {read} with a wrong token");
    }
    bad_faults_are_refused(&e, &token).await;
    assert_eq!(
        control(&e, "POST", "faults", Some(fault), Some(&token))
            .await
            .0,
        204
    );
    let (status, listed) = control(&e, "GET", "faults", None, Some(&token)).await;
    assert_eq!(
        (status, serde_json::from_str::<Value>(&listed).unwrap()),
        (200, json!([{"status": 500, "delayMs": 0, "count": 4}]))
    );
    assert_eq!(post(&e, &operations(&e)[0].0, ORG_BODY).await.status, 500);
    assert_eq!(
        control(&e, "DELETE", "faults", None, Some(&token)).await.0,
        204
    );
    assert_eq!(
        post(&e, &operations(&e)[0].0, ORG_BODY).await.status,
        200,
        "cleared"
    );
    let too_many = Fault {
        status: Some(500),
        count: 1001,
        ..Fault::default()
    };
    assert!(e.inject(too_many).is_err());
}

/// At most 1,000 faults wait at once, so `GET /_emulator/faults` lists at most 1,000 (it
/// listed every one of 200,000, 16.8 MB); a status only where the spec declares it.
#[tokio::test]
async fn the_fault_queue_and_its_listing_are_bounded() {
    let e = emulator().await;
    let token = e.control_token().to_owned();
    let one = |status: u16, operation: Option<&str>| Fault {
        status: Some(status),
        count: 1,
        operation: operation.map(str::to_owned),
        ..Fault::default()
    };
    for _ in 0..Fault::MAX_QUEUED {
        e.inject(one(503, None)).unwrap();
    }
    let refused = e.inject(one(503, None)).unwrap_err().to_string();
    assert!(refused.contains("1000 faults are waiting"), "{refused}");
    let over_http = json!({"status": 503, "count": 1});
    let (status, text) = control(&e, "POST", "faults", Some(over_http), Some(&token)).await;
    assert_eq!(status, 400, "{text}");
    let (status, listed) = control(&e, "GET", "faults", None, Some(&token)).await;
    assert_eq!(status, 200);
    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), Fault::MAX_QUEUED);
    // Each fault used up makes room for one more.
    assert_eq!(post(&e, &operations(&e)[0].0, ORG_BODY).await.status, 503);
    e.inject(one(503, None)).unwrap();
    e.clear_faults();
    // 409 is declared only where a key's access list can refuse entries.
    assert!(e.inject(one(409, None)).is_err());
    assert!(e.inject(one(409, Some("createOrgApiKey"))).is_err());
    e.inject(one(409, Some("createApiKeyAccessListEntries")))
        .unwrap();
    e.inject(one(409, Some("createOrgApiKeyAccessListEntry")))
        .unwrap();
    // 406 and 410 only on the Admin API v2; 408, 413 and 415 only with a body.
    e.inject(one(406, Some("listOrgApiKeys"))).unwrap();
    assert!(e.inject(one(406, Some("listAgentApiKeys"))).is_err());
    e.inject(one(415, Some("addGroupApiKey"))).unwrap();
    assert!(e.inject(one(415, Some("deleteOrgApiKey"))).is_err());
    for status in [400, 401, 403, 404, 429, 500, 503] {
        e.inject(one(status, None)).unwrap();
    }
    for status in [402, 405, 406, 408, 410, 413, 415, 418, 422, 502, 504] {
        assert!(e.inject(one(status, None)).is_err(), "{status}");
    }
}

/// The text of a signed POST of `ORG_BODY` to `url` with this `Host` header.
async fn signed_with_host(e: &Emulator, url: &str, host: &str) -> String {
    let answer = common::http()
        .post(url)
        .header("host", host)
        .body(ORG_BODY)
        .send()
        .await
        .unwrap();
    let challenge = answer.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_owned();
    let challenge = mongodb_api_keys::digest::Challenge::parse(&challenge).unwrap();
    let target = common::target_of(url);
    let request = mongodb_api_keys::digest::Request {
        method: "POST",
        uri: &target,
        body: ORG_BODY.as_bytes(),
    };
    let f = e.fixtures();
    let auth = challenge.sign(&f.username, &f.api_key, &request, 1, "c");
    common::http()
        .post(url)
        .header("host", host)
        .header("authorization", auth.to_string())
        .body(ORG_BODY)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn only_loopback_unless_allowed_and_links_never_echo_the_host_header() {
    let remote = Config {
        addr: "0.0.0.0:0".parse().unwrap(),
        ..Config::default()
    };
    let error = Emulator::start(remote).await.err().expect("refused");
    assert!(
        error.to_string().contains("not a loopback address"),
        "{error}"
    );

    let e = emulator().await;
    let url = operations(&e)[0].0.clone();
    let key = signed_with_host(&e, &url, "evil.example").await;
    assert!(!key.contains("evil.example"), "{key}");
    assert!(
        key.contains(&format!(
            "\"href\":\"http://{}/api/atlas/v1.0/orgs/",
            e.addr()
        )),
        "{key}"
    );

    let public = Config {
        public_url: Some("https://emulator.example:8443/".into()),
        ..Config::default()
    };
    let e = Emulator::start(public).await.unwrap();
    let key = common::org_key(
        &common::client_at(&e, &format!("http://{}/api/atlas/v1.0", e.addr())),
        &e,
    )
    .await
    .unwrap();
    // The client calls the Admin API v2, whose links are under /api/atlas/v2.
    let href = &key.links.as_ref().unwrap()[0].href;
    assert!(
        href.starts_with("https://emulator.example:8443/api/atlas/v2/orgs/"),
        "{href}"
    );
    assert_eq!(e.fixtures().origin, "https://emulator.example:8443");
}

#[tokio::test]
async fn the_rate_limit_answers_as_atlas_does() {
    let config = Config {
        rate_limit: Some("5/60".parse().unwrap()),
        ..Config::default()
    };
    let e = Emulator::start(config).await.unwrap();
    let url = operations(&e)[0].0.clone();
    // Unauthenticated requests draw nothing from the organization's bucket.
    for _ in 0..10 {
        assert_eq!(
            send(&common::http(), &url, ORG_BODY, None).await.status,
            401
        );
    }
    let first = std::time::Instant::now();
    for remaining in (0..5).rev() {
        let answer = post(&e, &url, ORG_BODY).await;
        assert_eq!(answer.status, 200, "{}", answer.text);
        assert_eq!(answer.headers["ratelimit-limit"], "5");
        assert_eq!(
            answer.headers["ratelimit-remaining"],
            remaining.to_string().as_str()
        );
    }
    let limited = post(&e, &url, ORG_BODY).await;
    assert_eq!(limited.status, 429, "{}", limited.text);
    // The window's oldest request leaves it 60 s after it was made: the wait is 60 s less the
    // whole seconds since (however slow this machine is), never more, never zero.
    let retry_after: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let elapsed = first.elapsed().as_secs() + 1;
    assert!(
        (60u64.saturating_sub(elapsed).max(1)..=60).contains(&retry_after),
        "Retry-After {retry_after} after {elapsed} s"
    );
    assert_eq!(limited.headers["ratelimit-remaining"], "0");
    assert_eq!(limited.json()["errorCode"], "RATE_LIMITED");
    common::assert_matches_schema("ApiError", &limited.json());
    // The same organization with its ID percent-encoded draws from the same bucket.
    let org_id = &e.fixtures().org_id;
    let encoded = url.replace(
        org_id.as_str(),
        &format!("{}%{:X}", &org_id[..23], org_id.as_bytes()[23]),
    );
    let limited = post(&e, &encoded, ORG_BODY).await;
    assert_eq!(limited.status, 429, "{encoded}: {}", limited.text);
    let stats = e.stats();
    assert_eq!((stats.keys_created.org, stats.rate_limited), (5, 2));
}

#[tokio::test]
async fn lifetimes_and_timeouts_beyond_a_year_or_of_zero_are_refused() {
    let configs = [
        Config {
            token_lifetime: Duration::from_secs(u64::MAX),
            ..Config::default()
        },
        Config {
            nonce_lifetime: Duration::ZERO,
            ..Config::default()
        },
        Config {
            limits: Limits {
                idle_timeout: Duration::MAX,
                ..Limits::default()
            },
            ..Config::default()
        },
    ];
    for (config, named) in
        configs
            .into_iter()
            .zip(["--token-lifetime", "--nonce-lifetime", "--idle-timeout"])
    {
        let Err(error) = Emulator::start(config).await else {
            panic!("{named}: started");
        };
        assert!(error.to_string().contains(named), "{error}");
    }
}
