//! Accepting and serving connections with bounds on time and number, so that no client can
//! hold the emulator's sockets or memory: HTTP/1.1 from hyper, one task per connection.
//!
//! Each connection is in one of four phases, and a watchdog in its task closes it when the
//! phase's deadline passes:
//!
//! | phase | from | deadline |
//! |---|---|---|
//! | new | accept | `header_timeout`: an idle or dripping socket never sends a whole head |
//! | idle | a response | `idle_timeout` (keep-alive) |
//! | head | the first byte of a later request | `header_timeout` |
//! | busy | the complete head | none here: the body is read within `body_timeout` by the handlers, and a handler's own wait is bounded |
//!
//! hyper's own `header_read_timeout` also counts the idle wait between two requests, so it
//! cannot give a keep-alive connection longer than its head timeout; and tower-http's body
//! timeout restarts at every frame, so a body dripped one byte at a time never ends. Hence
//! this module. At `max_connections`, a new connection replaces the oldest one that is not
//! being served (new or in a head first, then idle); when every open connection is being
//! served, new ones wait in the listen backlog.

use std::collections::HashMap;
use std::io;
use std::net::SocketAddr;
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpSocket, TcpStream};
use tokio::sync::{Notify, oneshot};
use tower::Service as _;

/// Time and connection bounds of a running emulator (`serve --header-timeout` and friends).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// How long a client may take to send a request's head, from its connection or from the
    /// first byte of a later request.
    pub header_timeout: Duration,
    /// How long a client may take to send a request's body, once its head is complete.
    pub body_timeout: Duration,
    /// How long a keep-alive connection may sit idle between two requests.
    pub idle_timeout: Duration,
    /// Connections open at once; past it the oldest connection not being served is closed,
    /// or new ones wait in the backlog when every open connection is being served.
    pub max_connections: usize,
    /// The listen backlog: connections the kernel holds before they are accepted.
    pub backlog: u32,
}

impl Default for Limits {
    /// 10 s for a head, 30 s for a body, 60 s idle, 1,024 connections, a backlog of 1,024.
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: 1024,
            backlog: 1024,
        }
    }
}

/// The largest request head and read buffer per connection (hyper's minimum is 8 KiB).
const MAX_BUFFER: usize = 16 * 1024;

const NEW: u8 = 0;
const IDLE: u8 = 1;
const HEAD: u8 = 2;
const BUSY: u8 = 3;

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

/// The open connections and what happened to them.
pub(crate) struct Connections {
    limits: Limits,
    started: Instant,
    open: Mutex<HashMap<u64, Arc<Tracked>>>,
    next_id: AtomicU64,
    freed: Notify,
    stopping: AtomicBool,
    pub(crate) counters: Counters,
}

/// Connection counters for `GET /_emulator/stats`.
#[derive(Default)]
pub(crate) struct Counters {
    pub(crate) accepted: AtomicU64,
    pub(crate) header_timeouts: AtomicU64,
    pub(crate) idle_timeouts: AtomicU64,
    pub(crate) evicted: AtomicU64,
}

/// One connection's phase and when it began (milliseconds since the server started).
struct Tracked {
    phase: AtomicU8,
    since: AtomicU64,
    wake: Notify,
    evicted: AtomicBool,
}

impl Connections {
    pub(crate) fn new(limits: Limits) -> Self {
        Connections {
            limits,
            started: Instant::now(),
            open: Mutex::default(),
            next_id: AtomicU64::new(0),
            freed: Notify::new(),
            stopping: AtomicBool::new(false),
            counters: Counters::default(),
        }
    }

    fn millis(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Tracked>>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Connections open now.
    pub(crate) fn open(&self) -> usize {
        self.lock().len()
    }

    fn register(&self) -> (u64, Arc<Tracked>) {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let tracked = Arc::new(Tracked {
            phase: AtomicU8::new(NEW),
            since: AtomicU64::new(self.millis()),
            wake: Notify::new(),
            evicted: AtomicBool::new(false),
        });
        self.lock().insert(id, tracked.clone());
        self.counters.accepted.fetch_add(1, Ordering::Relaxed);
        (id, tracked)
    }

    fn release(&self, id: u64) {
        self.lock().remove(&id);
        self.freed.notify_one();
    }

    /// Closes the oldest connection that is not being served, preferring those that never
    /// completed a head. `false` when every open connection is being served.
    fn evict_one(&self) -> bool {
        let mut open = self.lock();
        let victim = open
            .iter()
            .filter_map(|(id, t)| {
                let phase = t.phase.load(Ordering::Acquire);
                let rank = match phase {
                    NEW | HEAD => 0,
                    IDLE => 1,
                    _ => return None,
                };
                Some(((rank, t.since.load(Ordering::Relaxed)), *id))
            })
            .min()
            .map(|(_, id)| id);
        let Some(tracked) = victim.and_then(|id| open.remove(&id)) else {
            return false;
        };
        tracked.evicted.store(true, Ordering::Release);
        tracked.wake.notify_one();
        self.counters.evicted.fetch_add(1, Ordering::Relaxed);
        true
    }

    /// When the current phase of `t` ends, and the timeout that ends the connection then
    /// (`None` while a request is being served: check again later).
    fn deadline(&self, t: &Tracked) -> (Instant, Option<Timeout>) {
        let since = self.started + Duration::from_millis(t.since.load(Ordering::Acquire));
        match t.phase.load(Ordering::Acquire) {
            NEW | HEAD => (since + self.limits.header_timeout, Some(Timeout::Header)),
            IDLE => (since + self.limits.idle_timeout, Some(Timeout::Idle)),
            _ => (Instant::now() + self.limits.idle_timeout, None),
        }
    }
}

#[derive(Clone, Copy)]
enum Timeout {
    Header,
    Idle,
}

impl Timeout {
    fn counter(self, counters: &Counters) -> &AtomicU64 {
        match self {
            Timeout::Header => &counters.header_timeouts,
            Timeout::Idle => &counters.idle_timeouts,
        }
    }
}

/// Accepts connections until `stop` fires, then lets requests in flight finish.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    connections: Arc<Connections>,
    mut stop: oneshot::Receiver<()>,
) -> io::Result<()> {
    loop {
        while connections.open() >= connections.limits.max_connections && !connections.evict_one() {
            tokio::select! {
                _ = connections.freed.notified() => {}
                _ = &mut stop => {
                    drain(&connections).await;
                    return Ok(());
                }
            }
        }
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
        let _ = stream.set_nodelay(true);
        let (id, tracked) = connections.register();
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
        let open: Vec<Arc<Tracked>> = connections.lock().values().cloned().collect();
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
    connections: &Connections,
    tracked: &Arc<Tracked>,
) {
    let io = TokioIo::new(TrackedIo {
        inner: stream,
        tracked: tracked.clone(),
        connections_started: connections.started,
    });
    let state = tracked.clone();
    let started = connections.started;
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        set_phase(&state, started, BUSY);
        request.extensions_mut().insert(ConnectInfo(peer));
        let answer = app.clone().call(request.map(Body::new));
        let state = state.clone();
        async move {
            let response = answer.await;
            set_phase(&state, started, IDLE);
            response
        }
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

fn set_phase(tracked: &Tracked, started: Instant, phase: u8) {
    let now = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    tracked.since.store(now, Ordering::Release);
    tracked.phase.store(phase, Ordering::Release);
}

/// The socket, noting the first byte of each request that follows an idle wait.
struct TrackedIo {
    inner: TcpStream,
    tracked: Arc<Tracked>,
    connections_started: Instant,
}

impl AsyncRead for TrackedIo {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        if buf.filled().len() > before && self.tracked.phase.load(Ordering::Acquire) == IDLE {
            // A shorter deadline than the idle one: wake the watchdog to re-arm.
            set_phase(&self.tracked, self.connections_started, HEAD);
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
