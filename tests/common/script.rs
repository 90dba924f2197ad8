//! A scripted peer at the socket level: each connection gets the next step of a script (an
//! answer, a cut, a stall), and once the script is done the port is closed, so that the next
//! connection is refused. Every request is kept, so that a test can say what reached the
//! server. Answers close their connection, so each request opens a new one.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

/// One connection's fate.
#[derive(Clone, Debug)]
pub enum Step {
    /// Reads the request, answers `status` (`"200 OK"`) with `headers` (each line ending in
    /// CRLF) and a JSON `body`.
    Answer {
        status: &'static str,
        headers: String,
        body: String,
    },
    /// Reads the request and closes the connection without answering.
    Cut,
}

impl Step {
    /// A JSON answer without extra headers.
    pub fn json(status: &'static str, body: impl Into<String>) -> Self {
        Step::Answer {
            status,
            headers: String::new(),
            body: body.into(),
        }
    }

    /// A JSON answer with extra header lines.
    pub fn with_headers(status: &'static str, headers: &str, body: impl Into<String>) -> Self {
        Step::Answer {
            status,
            headers: headers.to_owned(),
            body: body.into(),
        }
    }
}

/// A running script: its origin, and the request heads it read, in order.
pub struct Scripted {
    pub origin: String,
    pub heads: Arc<Mutex<Vec<String>>>,
}

impl Scripted {
    /// `origin` followed by Atlas's v1.0 path.
    pub fn atlas_url(&self) -> String {
        format!("{}/api/atlas/v1.0", self.origin)
    }

    /// The request lines (`POST /path HTTP/1.1`) it read, in order.
    pub fn request_lines(&self) -> Vec<String> {
        let heads = self.heads.lock().unwrap();
        heads
            .iter()
            .map(|h| h.lines().next().unwrap_or_default().to_owned())
            .collect()
    }
}

/// Serves `steps` in order, one connection each, then closes the port.
pub async fn serve(steps: Vec<Step>) -> Scripted {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let heads = Arc::new(Mutex::new(Vec::new()));
    let seen = heads.clone();
    let mut steps: VecDeque<Step> = steps.into();
    if steps.is_empty() {
        drop(listener); // refused from the first connection on
        return Scripted { origin, heads };
    }
    tokio::spawn(async move {
        let mut listener = Some(listener);
        while let Some(step) = steps.pop_front() {
            let Ok((mut socket, _)) = listener.as_ref().unwrap().accept().await else {
                return;
            };
            if steps.is_empty() {
                listener = None; // the next connection is refused
            }
            let head = super::read_request(&mut socket).await;
            seen.lock().unwrap().push(head);
            if let Step::Answer {
                status,
                headers,
                body,
            } = step
            {
                let answer = format!(
                    "HTTP/1.1 {status}\r\n{headers}Content-Type: application/json\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = socket.write_all(answer.as_bytes()).await;
            }
            let _ = socket.shutdown().await;
        }
        drop(listener);
    });
    Scripted { origin, heads }
}
