//! Accepting and serving connections with bounds on time and number, so that no client can
//! hold the emulator's sockets or memory: HTTP/1.1 from hyper, one task per connection.
//!
//! Each connection is in one of five phases (`slots.rs` keeps them), and a watchdog in its
//! task closes it when the phase's deadline passes:
//!
//! | phase | from | deadline |
//! |---|---|---|
//! | new | accept | `header_timeout`: an idle or dripping socket never sends a whole head |
//! | idle | a response | `idle_timeout` (keep-alive) |
//! | head | the first byte of a later request | `header_timeout` |
//! | body | the complete head | `body_timeout` for the whole body, however it is dripped: `extract::read_body` answers `408` then |
//! | busy | the end of the body | none here: a handler's own wait is bounded |
//!
//! hyper's own `header_read_timeout` starts when it waits for a head, so it also counts the
//! idle wait between two requests and cannot give a keep-alive connection longer than its
//! head timeout; and tower-http's body timeout restarts at every frame, so a body dripped one
//! byte at a time never ends. Hence this module. At `max_connections`, a new connection
//! replaces the connection not being served whose phase began longest ago (the longest idle,
//! the slowest head or body), never itself; one address holds at most
//! `max_connections_per_address`. When every open connection is being served, new ones wait
//! in the listen backlog.

use std::io;
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::{Body as _, Bytes, Frame, Incoming, SizeHint};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::oneshot;
use tower::Service as _;

use super::slots::{Admission, BODY, BUSY, Connections, HEAD, IDLE, Tracked};

/// The largest request head and read buffer per connection (hyper's minimum is 8 KiB).
const MAX_BUFFER: usize = 16 * 1024;

/// Binds `addr` with the configured backlog.
pub(crate) fn bind(addr: SocketAddr, backlog: u32) -> io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(backlog)
}

/// Accepts connections until `stop` fires, then lets requests in flight finish.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    connections: Arc<Connections>,
    mut stop: oneshot::Receiver<()>,
) -> io::Result<()> {
    'accept: loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut stop => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            // Out of file descriptors or a connection reset before it was accepted: the
            // listener is fine; wait a little so that a full table is not a busy loop.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let (id, tracked) = loop {
            match connections.admit(peer.ip()) {
                Admission::Admitted(id, tracked) => break (id, tracked),
                // Dropping the stream closes it: its address has its share, all being served.
                Admission::AddressBusy => continue 'accept,
                // Every connection is being served: this one waits, the next in the backlog.
                Admission::Full => tokio::select! {
                    _ = connections.freed.notified() => {}
                    _ = &mut stop => break 'accept,
                },
            }
        };
        let _ = stream.set_nodelay(true);
        let connections = connections.clone();
        let app = app.clone();
        tokio::spawn(async move {
            // Released when the task ends, also by a panic in a handler: a connection that
            // stayed registered would hold a slot and stop shutdown for good.
            let _release = Release {
                connections: &connections,
                id,
            };
            serve_one(stream, peer, app, &connections, &tracked).await;
        });
    }
    drain(&connections).await;
    Ok(())
}

/// Releases a connection's slot when dropped.
struct Release<'a> {
    connections: &'a Connections,
    id: u64,
}

impl Drop for Release<'_> {
    fn drop(&mut self) {
        self.connections.release(self.id);
    }
}

/// Asks every connection to close once its request in flight is answered, and waits.
async fn drain(connections: &Connections) {
    connections.stopping.store(true, Ordering::Release);
    loop {
        let open = connections.all();
        if open.is_empty() {
            return;
        }
        for tracked in &open {
            tracked.wake.notify_one();
        }
        connections.freed.notified().await;
    }
}

async fn serve_one(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    connections: &Arc<Connections>,
    tracked: &Arc<Tracked>,
) {
    let io = TokioIo::new(TrackedIo {
        inner: stream,
        tracked: tracked.clone(),
        connections: connections.clone(),
    });
    let (state, table) = (tracked.clone(), connections.clone());
    let service = hyper::service::service_fn(move |request| {
        answer(app.clone(), peer, state.clone(), table.clone(), request)
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(None)
        .max_buf_size(MAX_BUFFER);
    let mut conn = pin!(builder.serve_connection(io, service));
    let mut shutting_down = false;
    loop {
        let (deadline, _) = connections.deadline(tracked);
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = tokio::time::sleep_until(deadline.into()) => {
                // The phase may have changed while this timer ran: judge by the current one.
                if let (deadline, Some(timeout)) = connections.deadline(tracked)
                    && deadline <= Instant::now()
                {
                    timeout.counter(&connections.counters).fetch_add(1, Ordering::Relaxed);
                    return;
                }
            }
            _ = tracked.wake.notified() => {
                if tracked.evicted.load(Ordering::Acquire) {
                    return;
                }
                if connections.stopping.load(Ordering::Acquire) && !shutting_down {
                    shutting_down = true;
                    conn.as_mut().graceful_shutdown();
                }
            }
        }
    }
}

/// One request: its body is read in the body phase, then served (busy), then the connection
/// is idle.
async fn answer(
    mut app: Router,
    peer: SocketAddr,
    tracked: Arc<Tracked>,
    connections: Arc<Connections>,
    request: hyper::Request<Incoming>,
) -> Result<axum::response::Response, std::convert::Infallible> {
    let phase = match request.body().is_end_stream() {
        true => BUSY,
        false => BODY,
    };
    connections.enter(&tracked, phase);
    let mut request = request.map(|body| {
        Body::new(TrackedBody {
            inner: body,
            tracked: tracked.clone(),
            connections: connections.clone(),
        })
    });
    request.extensions_mut().insert(ConnectInfo(peer));
    let response = app.call(request).await;
    connections.enter(&tracked, IDLE);
    response
}

/// A request's body, moving its connection from the body phase to busy at its end.
struct TrackedBody {
    inner: Incoming,
    tracked: Arc<Tracked>,
    connections: Arc<Connections>,
}

impl hyper::body::Body for TrackedBody {
    type Data = Bytes;
    type Error = hyper::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, hyper::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if matches!(polled, Poll::Ready(None)) && self.tracked.phase() == BODY {
            self.connections.enter(&self.tracked, BUSY);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The socket, noting the first byte of each request that follows an idle wait.
struct TrackedIo {
    inner: TcpStream,
    tracked: Arc<Tracked>,
    connections: Arc<Connections>,
}

impl AsyncRead for TrackedIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before && self.tracked.phase() == IDLE {
            // A shorter deadline than the idle one: wake the watchdog to re-arm.
            self.connections.enter(&self.tracked, HEAD);
            self.tracked.wake.notify_one();
        }
        result
    }
}

impl AsyncWrite for TrackedIo {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}
