//! The table of open connections: each one's phase, when that phase began and the client
//! address it came from, and the choice of which one to close when a new connection needs
//! room.
//!
//! A new connection is never the one closed to make room for itself: it is not in the table
//! while room is made. Room is made by closing, among the connections that are not being
//! served, the one whose phase began longest ago: the longest idle keep-alive, the slowest
//! head, the slowest body. A connection is being served only from the end of its request's
//! body to its response, so a body trickled one byte at a time holds no protected slot.
//!
//! One client address (an IPv6 address counts by its /64, which one host usually has whole)
//! holds at most `max_connections_per_address` connections: a new one past that closes the
//! oldest of its own address's, or is refused when all of them are being served, so that one
//! address cannot take the table from the others.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use super::config::Limits;

/// Accepted; no byte of a whole request head yet.
pub(crate) const NEW: u8 = 0;
/// Between a response and the next request's first byte.
pub(crate) const IDLE: u8 = 1;
/// A later request's head is arriving.
pub(crate) const HEAD: u8 = 2;
/// The head is complete; the body is arriving.
pub(crate) const BODY: u8 = 3;
/// The request was read whole and is being answered: the only phase never closed for room.
pub(crate) const BUSY: u8 = 4;

/// One connection's phase, since when (milliseconds since the table was made), and where
/// it comes from.
pub(crate) struct Tracked {
    phase: AtomicU8,
    since: AtomicU64,
    client: IpAddr,
    /// Woken when the connection is evicted, and at shutdown.
    pub(crate) wake: Notify,
    pub(crate) evicted: AtomicBool,
}

impl Tracked {
    pub(crate) fn phase(&self) -> u8 {
        self.phase.load(Ordering::Acquire)
    }
}

/// What [`Connections::admit`] decided about a new connection.
pub(crate) enum Admission {
    /// Registered, under this ID.
    Admitted(u64, Arc<Tracked>),
    /// Every connection of its address is being served: close it.
    AddressBusy,
    /// Every open connection is being served: wait until one closes or goes idle.
    Full,
}

/// The open connections and what happened to them.
pub(crate) struct Connections {
    pub(crate) limits: Limits,
    started: Instant,
    table: Mutex<Table>,
    next_id: AtomicU64,
    /// Notified when a connection closes or goes idle: room may be made now.
    pub(crate) freed: Notify,
    pub(crate) stopping: AtomicBool,
    pub(crate) counters: Counters,
}

/// Connection counters for `GET /_emulator/stats`.
#[derive(Default)]
pub(crate) struct Counters {
    pub(crate) accepted: AtomicU64,
    pub(crate) header_timeouts: AtomicU64,
    pub(crate) idle_timeouts: AtomicU64,
    pub(crate) evicted: AtomicU64,
    pub(crate) evicted_per_address: AtomicU64,
    pub(crate) refused: AtomicU64,
}

#[derive(Default)]
struct Table {
    open: HashMap<u64, Arc<Tracked>>,
    per_client: HashMap<IpAddr, usize>,
}

impl Table {
    fn count(&self, client: IpAddr) -> usize {
        self.per_client.get(&client).copied().unwrap_or(0)
    }

    fn insert(&mut self, id: u64, tracked: Arc<Tracked>) {
        *self.per_client.entry(tracked.client).or_default() += 1;
        self.open.insert(id, tracked);
    }

    fn remove(&mut self, id: u64) -> Option<Arc<Tracked>> {
        let tracked = self.open.remove(&id)?;
        if let Some(count) = self.per_client.get_mut(&tracked.client) {
            *count -= 1;
            if *count == 0 {
                self.per_client.remove(&tracked.client);
            }
        }
        Some(tracked)
    }

    /// The connection not being served (of `client`, if given) whose phase began first.
    fn oldest_unserved(&self, client: Option<IpAddr>) -> Option<u64> {
        self.open
            .iter()
            .filter(|(_, t)| client.is_none_or(|c| t.client == c) && t.phase() != BUSY)
            .min_by_key(|(id, t)| (t.since.load(Ordering::Acquire), **id))
            .map(|(id, _)| *id)
    }
}

/// The address a connection counts under: IPv4 as is (an IPv4-mapped IPv6 address as its
/// IPv4 one), IPv6 by its /64.
pub(crate) fn client_of(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(u128::from(v6) & !u128::from(u64::MAX))),
        v4 => v4,
    }
}

impl Connections {
    pub(crate) fn new(limits: Limits) -> Self {
        Connections {
            limits,
            started: Instant::now(),
            table: Mutex::default(),
            next_id: AtomicU64::new(0),
            freed: Notify::new(),
            stopping: AtomicBool::new(false),
            counters: Counters::default(),
        }
    }

    fn millis(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    fn lock(&self) -> MutexGuard<'_, Table> {
        self.table.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Connections open now.
    pub(crate) fn open(&self) -> usize {
        self.lock().open.len()
    }

    /// Every open connection.
    pub(crate) fn all(&self) -> Vec<Arc<Tracked>> {
        self.lock().open.values().cloned().collect()
    }

    /// Makes room for a new connection from `peer`, never by closing it, and registers it.
    pub(crate) fn admit(&self, peer: IpAddr) -> Admission {
        let client = client_of(peer);
        let mut table = self.lock();
        if table.count(client) >= self.limits.max_connections_per_address {
            if !self.evict(&mut table, Some(client)) {
                self.counters.refused.fetch_add(1, Ordering::Relaxed);
                return Admission::AddressBusy;
            }
            let counter = &self.counters.evicted_per_address;
            counter.fetch_add(1, Ordering::Relaxed);
        }
        if table.open.len() >= self.limits.max_connections {
            if !self.evict(&mut table, None) {
                return Admission::Full;
            }
            self.counters.evicted.fetch_add(1, Ordering::Relaxed);
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let tracked = Arc::new(Tracked {
            phase: AtomicU8::new(NEW),
            since: AtomicU64::new(self.millis()),
            client,
            wake: Notify::new(),
            evicted: AtomicBool::new(false),
        });
        table.insert(id, tracked.clone());
        self.counters.accepted.fetch_add(1, Ordering::Relaxed);
        Admission::Admitted(id, tracked)
    }

    /// Closes the oldest connection not being served (of `client`, if given); `false` when
    /// there is none. Its slot is free at once; its task closes the socket when woken.
    fn evict(&self, table: &mut Table, client: Option<IpAddr>) -> bool {
        let Some(tracked) = table
            .oldest_unserved(client)
            .and_then(|id| table.remove(id))
        else {
            return false;
        };
        tracked.evicted.store(true, Ordering::Release);
        tracked.wake.notify_one();
        true
    }

    /// Forgets a connection whose task ended (a no-op for one already evicted).
    pub(crate) fn release(&self, id: u64) {
        self.lock().remove(id);
        self.freed.notify_one();
    }

    /// Moves `tracked` to `phase`, starting now.
    pub(crate) fn enter(&self, tracked: &Tracked, phase: u8) {
        tracked.since.store(self.millis(), Ordering::Release);
        tracked.phase.store(phase, Ordering::Release);
        if phase == IDLE {
            // A connection that can be closed for room again: a newcomer waiting may go in.
            self.freed.notify_one();
        }
    }

    /// When the current phase of `t` ends, and the timeout that ends the connection then
    /// (`None` for a body, read within the body timeout by `extract::read_body`, and while
    /// a request is being served: check again later).
    pub(crate) fn deadline(&self, t: &Tracked) -> (Instant, Option<Timeout>) {
        let since = self.started + Duration::from_millis(t.since.load(Ordering::Acquire));
        match t.phase() {
            NEW | HEAD => (since + self.limits.header_timeout, Some(Timeout::Header)),
            IDLE => (since + self.limits.idle_timeout, Some(Timeout::Idle)),
            _ => (Instant::now() + self.limits.idle_timeout, None),
        }
    }
}

/// Which deadline closed a connection.
#[derive(Clone, Copy)]
pub(crate) enum Timeout {
    Header,
    Idle,
}

impl Timeout {
    pub(crate) fn counter(self, counters: &Counters) -> &AtomicU64 {
        match self {
            Timeout::Header => &counters.header_timeouts,
            Timeout::Idle => &counters.idle_timeouts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max: usize, per_address: usize) -> Limits {
        Limits {
            max_connections: max,
            max_connections_per_address: per_address,
            ..Limits::default()
        }
    }

    fn admitted(admission: Admission) -> (u64, Arc<Tracked>) {
        match admission {
            Admission::Admitted(id, tracked) => (id, tracked),
            Admission::AddressBusy => panic!("refused: its address is busy"),
            Admission::Full => panic!("refused: full"),
        }
    }

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([127, 0, 0, last])
    }

    #[test]
    fn room_is_made_by_closing_the_oldest_unserved_never_the_newcomer() {
        let c = Connections::new(limits(3, 3));
        let (_, busy) = admitted(c.admit(ip(1)));
        c.enter(&busy, BUSY);
        let (_, idle) = admitted(c.admit(ip(2)));
        c.enter(&idle, IDLE);
        let (_, body) = admitted(c.admit(ip(3)));
        c.enter(&body, BODY);
        // Full: the idle one began first among those not being served.
        let (_, newcomer) = admitted(c.admit(ip(4)));
        assert!(idle.evicted.load(Ordering::Acquire));
        // Then the body in flight, and then the newcomer of before, which is now the oldest.
        admitted(c.admit(ip(5)));
        assert!(body.evicted.load(Ordering::Acquire));
        assert!(!newcomer.evicted.load(Ordering::Acquire));
        admitted(c.admit(ip(6)));
        assert!(newcomer.evicted.load(Ordering::Acquire));
        assert!(!busy.evicted.load(Ordering::Acquire), "being served");
        assert_eq!(c.counters.evicted.load(Ordering::Relaxed), 3);
        assert_eq!(c.open(), 3);
    }

    #[test]
    fn one_address_holds_its_share_and_no_more() {
        let c = Connections::new(limits(10, 2));
        let (_, first) = admitted(c.admit(ip(1)));
        let (_, second) = admitted(c.admit(ip(1)));
        admitted(c.admit(ip(2)));
        let (_, third) = admitted(c.admit(ip(1)));
        assert!(first.evicted.load(Ordering::Acquire), "its own oldest");
        assert!(!second.evicted.load(Ordering::Acquire));
        assert_eq!(c.open(), 3);
        assert_eq!(c.counters.evicted_per_address.load(Ordering::Relaxed), 1);
        // Both of its connections being served: the next one is refused, others still come in.
        c.enter(&second, BUSY);
        c.enter(&third, BUSY);
        assert!(matches!(c.admit(ip(1)), Admission::AddressBusy));
        admitted(c.admit(ip(3)));
        assert_eq!(c.counters.refused.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_table_of_connections_being_served_waits_and_slots_come_back() {
        let c = Connections::new(limits(2, 2));
        let (a, first) = admitted(c.admit(ip(1)));
        let (_, second) = admitted(c.admit(ip(2)));
        c.enter(&first, BUSY);
        c.enter(&second, BUSY);
        assert!(matches!(c.admit(ip(3)), Admission::Full));
        c.release(a);
        c.release(a);
        admitted(c.admit(ip(3)));
        assert_eq!(c.open(), 2);
        assert!(
            !c.lock().per_client.contains_key(&ip(1)),
            "no count left behind"
        );
    }

    #[test]
    fn ipv6_clients_count_by_their_64_block_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(client_of(a), client_of(b));
        assert_ne!(client_of(a), client_of(other));
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert_eq!(client_of(mapped), IpAddr::from([192, 0, 2, 1]));
    }
}
