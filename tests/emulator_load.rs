//! Honest clients get in while hostile connections hold the emulator's slots: keep-alive
//! connections that got their 401 and sit idle, and bodies that trickle one byte and stall.
//! The hostile connections come from many addresses (each from its own 127.0.x.y, as many
//! clients would; Linux routes all of 127.0.0.0/8 to loopback) or all from one, the honest
//! client's own included. Each bound is shown by counting: creates that succeeded, the
//! emulator's connection stats, what the hostile sockets receive.

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use common::ORG_BODY;
use mongodb_api_keys::client::Client;
use mongodb_api_keys::emulator::{Config, Emulator, Limits};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// The connection limit of these tests: small, so that the hostile side fills it quickly.
const CAP: usize = 64;
/// Honest creates per test; the bar is that every one succeeds.
const CREATES: usize = 20;

async fn emulator(per_address: usize) -> Emulator {
    let limits = Limits {
        max_connections: CAP,
        max_connections_per_address: per_address,
        ..Limits::default()
    };
    Emulator::start(Config {
        limits,
        ..Config::default()
    })
    .await
    .unwrap()
}

/// The source address of the `i`th hostile client of a crowd, on loopback.
fn crowd(i: usize) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 1 + (i / 250) as u8, 1 + (i % 250) as u8)
}

async fn connect_from(to: SocketAddr, source: Ipv4Addr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::from((source, 0))).unwrap();
    socket.connect(to).await.unwrap()
}

/// A keep-alive connection from `source` that sent one unauthenticated create, read its
/// whole 401, and now sits idle.
async fn idle_after_401(e: &Emulator, source: Ipv4Addr) -> TcpStream {
    let mut stream = connect_from(e.addr(), source).await;
    let request = format!(
        "POST /api/atlas/v1.0/orgs/{}/apiKeys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{ORG_BODY}",
        e.fixtures().org_id,
        ORG_BODY.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = read_answer(&mut stream).await;
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    stream
}

/// A connection from `source` that sent a head announcing 1,000 bytes of body, then one.
async fn trickling(e: &Emulator, source: Ipv4Addr) -> TcpStream {
    let mut stream = connect_from(e.addr(), source).await;
    let head = format!(
        "POST /api/atlas/v1.0/orgs/{}/apiKeys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{",
        e.fixtures().org_id
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream
}

/// One whole answer (head and `Content-Length` body), as text.
async fn read_answer(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "closed mid-answer");
        received.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&received).into_owned();
        let Some(end) = text.find("\r\n\r\n") else {
            continue;
        };
        let length = text[..end]
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length:")?
                    .trim()
                    .parse()
                    .ok()
            })
            .unwrap_or(0usize);
        if received.len() >= end + 4 + length {
            return text;
        }
    }
}

/// Whether the server closed `stream` (end of file or reset), waiting at most 10 s for it.
async fn closed_by_server(stream: &mut TcpStream) -> bool {
    let mut byte = [0u8; 1];
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut byte)).await;
    matches!(read, Ok(Ok(0) | Err(_)))
}

/// Whether `stream` is still open with nothing to read: the server has not closed it.
fn still_open(stream: &TcpStream) -> bool {
    let mut byte = [0u8; 1];
    matches!(stream.try_read(&mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

/// `CREATES` creates, each from a new client (a new connection) that is kept, so that every
/// one needs a slot of its own; each must succeed within 10 s. Returns the successes.
async fn honest_creates(e: &Emulator) -> (usize, Vec<Client>) {
    let (mut created, mut clients) = (0, Vec::new());
    for _ in 0..CREATES {
        let client = common::client(e);
        let create = common::org_key(&client, e);
        if let Ok(Ok(_)) = tokio::time::timeout(Duration::from_secs(10), create).await {
            created += 1;
        }
        clients.push(client);
    }
    (created, clients)
}

#[tokio::test]
async fn idle_keep_alives_from_many_addresses_leave_room_for_honest_clients() {
    let e = emulator(CAP).await;
    let mut hostile = Vec::new();
    for i in 0..CAP {
        hostile.push(idle_after_401(&e, crowd(i)).await);
    }
    assert_eq!(e.stats().connections.open, CAP as u64, "the table is full");
    let (created, _clients) = honest_creates(&e).await;
    assert_eq!(created, CREATES);
    let connections = e.stats().connections;
    assert!(connections.evicted >= CREATES as u64, "{connections:?}");
    // The longest idle went first; the newest hostile connection is still open.
    assert!(closed_by_server(&mut hostile[0]).await);
    assert!(still_open(&hostile[CAP - 1]));
}

#[tokio::test]
async fn bodies_trickled_from_many_addresses_leave_room_for_honest_clients() {
    // The default body timeout (30 s) is far longer than the 10 s each create may take: room
    // is made by closing the slowest bodies, not by their timeout.
    let e = emulator(CAP).await;
    let mut hostile = Vec::new();
    for i in 0..CAP + 6 {
        hostile.push(trickling(&e, crowd(i)).await);
    }
    let (created, _clients) = honest_creates(&e).await;
    assert_eq!(created, CREATES);
    let connections = e.stats().connections;
    assert!(connections.evicted >= 6 + CREATES as u64, "{connections:?}");
    assert_eq!(connections.header_timeouts, 0, "{connections:?}");
    assert!(closed_by_server(&mut hostile[0]).await, "the slowest first");
    assert_eq!(e.stats().keys_created.org, CREATES as u64);
}

#[tokio::test]
async fn one_address_holds_at_most_its_share_of_the_connections() {
    let e = emulator(24).await;
    let mut hostile = Vec::new();
    for _ in 0..40 {
        hostile.push(idle_after_401(&e, Ipv4Addr::new(127, 0, 0, 2)).await);
    }
    let connections = e.stats().connections;
    assert_eq!(
        (connections.open, connections.evicted_per_address),
        (24, 16)
    );
    assert_eq!(connections.evicted, 0);
    assert!(
        closed_by_server(&mut hostile[0]).await,
        "its own oldest first"
    );
    assert!(still_open(&hostile[39]));
    // Another address, the honest client's, has the rest of the table to itself.
    let (created, _clients) = honest_creates(&e).await;
    assert_eq!(created, CREATES);
    let connections = e.stats().connections;
    assert_eq!(
        (connections.evicted_per_address, connections.evicted),
        (16, 0),
        "{connections:?}"
    );
}

#[tokio::test]
async fn an_honest_client_on_the_hostile_address_still_gets_in() {
    // Both on 127.0.0.1: the honest client's new connections replace the address's oldest,
    // which are the hostile ones.
    let e = emulator(16).await;
    let mut hostile = Vec::new();
    for _ in 0..40 {
        hostile.push(idle_after_401(&e, Ipv4Addr::LOCALHOST).await);
    }
    let (created, _clients) = honest_creates(&e).await;
    assert_eq!(created, CREATES);
    let connections = e.stats().connections;
    assert!(connections.open <= 16, "{connections:?}");
    assert!(
        connections.evicted_per_address >= 24 + CREATES as u64,
        "{connections:?}"
    );
}

#[tokio::test]
async fn a_body_dripped_byte_by_byte_has_one_deadline_for_the_whole_body() {
    // A byte every 20 ms keeps the socket busy far longer than the body timeout (1,000 bytes:
    // 20 s); a timeout that restarted at every byte would never end it.
    let e = Emulator::start(Config {
        limits: Limits {
            body_timeout: Duration::from_millis(500),
            ..Limits::default()
        },
        ..Config::default()
    })
    .await
    .unwrap();
    let stream = trickling(&e, Ipv4Addr::LOCALHOST).await;
    let (mut reader, mut writer) = stream.into_split();
    let dripper = tokio::spawn(async move {
        let mut sent = 1;
        while sent < 1000 && writer.write_all(b" ").await.is_ok() {
            sent += 1;
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        sent
    });
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut answer));
    assert!(read.await.is_ok(), "never answered");
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    drop(reader);
    let sent = dripper.await.unwrap();
    assert!(
        sent < 1000,
        "the whole body was sent ({sent} bytes) before the answer"
    );
}
