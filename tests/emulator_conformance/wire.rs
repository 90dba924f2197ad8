//! The conformance run's requests on the wire: one signed after the challenge of a first
//! unsigned request, and one whose body stalls (the 408, read off the socket).

use mongodb_api_keys::digest::{Challenge, Request};
use mongodb_api_keys::emulator::Emulator;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use super::JSON;
use crate::common::{self, served::Exchange};

/// A request: method, URL, body, `Accept` and `Content-Type`, signed as whom (none:
/// unsigned).
pub struct Call<'a> {
    pub method: &'a str,
    pub url: String,
    pub body: &'a str,
    pub accept: Option<&'a str>,
    pub content_type: &'a str,
    pub who: Option<(&'a str, &'a str)>,
}

/// Sends `call`, signed after the challenge of a first unsigned request.
pub async fn send(call: Call<'_>) -> Exchange {
    // One client per test thread: building one loads the system's certificates.
    thread_local!(static CLIENT: reqwest::Client = common::http());
    let client = CLIENT.with(Clone::clone);
    let request = |auth: Option<String>| {
        let mut request = client
            .request(call.method.parse().unwrap(), &call.url)
            .header("content-type", call.content_type)
            .body(call.body.to_owned());
        if let Some(accept) = call.accept {
            request = request.header("accept", accept);
        }
        match auth {
            Some(auth) => request.header("authorization", auth),
            None => request,
        }
    };
    let mut response = request(None).send().await.unwrap();
    if let (Some((user, password)), 401) = (call.who, response.status().as_u16()) {
        let challenge = response.headers()["www-authenticate"].to_str().unwrap();
        let challenge = Challenge::parse(challenge).unwrap();
        let target = common::target_of(&call.url);
        let signed = Request {
            method: call.method,
            uri: &target,
            body: call.body.as_bytes(),
        };
        let auth = challenge.sign(user, password, &signed, 1, "c0ffee");
        response = request(Some(auth.to_string())).send().await.unwrap();
    }
    let headers = response.headers().iter();
    let headers = headers.map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()));
    Exchange {
        status: response.status().as_u16(),
        headers: headers.collect(),
        body: response.text().await.unwrap(),
    }
}

/// A body that stops after 7 of its 100 bytes: the emulator's 408, read off the socket.
pub async fn stalled(e: &Emulator, method: &str, url: &str) -> Exchange {
    let mut socket = tokio::net::TcpStream::connect(e.addr()).await.unwrap();
    let target = common::target_of(url);
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: x\r\nContent-Type: {JSON}\r\nContent-Length: 100\r\n\r\n{{\"desc\""
    );
    socket.write_all(head.as_bytes()).await.unwrap();
    let mut raw = String::new();
    socket.read_to_string(&mut raw).await.unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines.next().unwrap().split(' ').nth(1).unwrap();
    let headers = lines.map(|l| l.split_once(": ").unwrap());
    Exchange {
        status: status.parse().unwrap(),
        headers: headers
            .map(|(n, v)| (n.to_ascii_lowercase(), v.to_owned()))
            .collect(),
        body: body.to_owned(),
    }
}
